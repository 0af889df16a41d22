## Общие тексты: кнопки, ошибки ввода, источники, команды.

button-continue = Дальше ➡️
button-back = ⬅️ Назад
button-restart = 🔄 Начать заново
button-menu = 🏠 Меню
button-quotes = 📜 Цитаты
common-yes = Да
common-no = Нет

grounds-title = Основания:
quotes-title = Дословные цитаты из правовых текстов (на русском языке):
quotes-sent-above = 📜 Цитаты уже отправлены — они чуть выше.

source-entry-rules = Правила въезда и пребывания иммигрантов в РК (постановление Правительства № 148 в редакции постановления № 111 от 04.03.2022)
source-mc-rules = Правила миграционного контроля и учёта иностранцев (постановление Правительства № 148 в редакции постановления № 111 от 04.03.2022)
source-decree-111 = Постановление Правительства РК от 04.03.2022 № 111
source-labour-permit-article = Статья «Выдача, продление и отзыв разрешения трудовому иммигранту» (отдел занятости и социальных программ, без даты; официальных Требований к услуге в наших источниках нет)
source-labour-permit-regulation-2019 = Регламент услуги 2019 года (приказ МВД № 532; утратил силу)
point-item = п. { $point }
point-paragraph = абз. { $point }
point-paragraph-item = абз. { $point }, п. { $item })

common-ask-official = Уточните в контакт-центре 1414 (бесплатно по Казахстану), на egov.kz или на migration.enbek.kz.

hint-input-date = Напишите дату в формате ДД.ММ.ГГГГ, например 31.12.2026.
hint-input-number = Напишите число цифрами.
hint-input-country = Напишите название страны, например «Узбекистан».

date-error-format = Не получилось прочитать дату. Напишите её так: ДД.ММ.ГГГГ, например 31.12.2026.
date-error-year-digits = Напишите год полностью, четырьмя цифрами: например 31.12.2026, а не 31.12.26.
date-error-month = { $typed } не бывает: в году 12 месяцев. Проверьте дату.
date-error-day = { $typed } не бывает: в { $month ->
        [1] январе
        [2] феврале
        [3] марте
        [4] апреле
        [5] мае
        [6] июне
        [7] июле
        [8] августе
        [9] сентябре
        [10] октябре
        [11] ноябре
       *[12] декабре
    } { NUMBER($year, useGrouping: 0) } года { $last } { $last ->
        [one] день
        [few] дня
       *[other] дней
    }. Проверьте дату.
date-error-range = Дата { $typed } не подходит: ожидается дата между { $earliest } и { $latest }. Проверьте её.
date-error-past = Дата { $typed } уже прошла. Напишите дату не раньше { $earliest }.
number-error-format = Напишите, пожалуйста, только число цифрами, например 6.
number-error-range = Число должно быть от { $min } до { $max }.
country-error-unknown = Не нашёл такую страну. Напишите название полностью, например «Кыргызстан», или код страны (KG).

# at the main menu (`at: menu`): typed words no button and no service matched
error-use-buttons = { $at ->
        [menu] Не понял ваш вопрос. Выберите подходящее кнопкой ниже, откройте список всех услуг — /services — или спросите в контакт-центре 1414 (бесплатно по Казахстану).
       *[other] Пожалуйста, выберите ответ кнопкой ниже или напишите его номер.
    }
# a country typed at a question whose buttons are countries (dialogs/search/countries.py)
search-understood-country = 🔎 Понял: { $country } — ответ «{ $answer }».
error-country-no-button = { $country } — такого ответа здесь нет. Ответы: { $answers }. Выберите кнопкой ниже или напишите номер ответа.
error-use-continue = Чтобы продолжить, нажмите кнопку под сообщением.
error-dialog-finished = Этот разговор завершён. Выберите, что дальше, кнопкой или откройте меню: /menu.
error-stale-button = Эта кнопка устарела. Вот текущий вопрос:
# a toast on a button that is not the dialog's (no question follows)
error-stale-button-short = Эта кнопка устарела.
# a screen of an earlier day routed again with today's date (engine.resume), then its toast
dialog-rerouted = ℹ️ Этот ответ был на день, когда вы спрашивали, а сроки с тех пор сдвинулись. Вот что на сегодня:
dialog-rerouted-short = Сроки с того дня сдвинулись.
error-too-long = Сообщение слишком длинное. Напишите короче, пожалуйста.
error-unsupported-message = Я понимаю только текст и кнопки. Напишите ответ текстом.
# a message the user edited after sending it (the screen follows)
error-edited-message = Изменённые сообщения я не читаю. Исправленный ответ отправьте новым сообщением, а если вопрос уже сменился — вернитесь к нему кнопкой «⬅️ Назад» или «✏️ Изменить ответ».

welcome = Здравствуйте! Я помогу разобраться с разрешениями на работу и жизнь в Казахстане: кто может подать заявление, какие нужны документы и до какого дня успеть. У каждого правила есть ссылка на источник.
    Я не госорган: решение принимает госорган, куда вы подаёте (ЦОН, акимат, полиция). Справки: 1414, egov.kz.
menu-title = Выберите услугу:
menu-service-labour-permit = 👷 Разрешение трудовому иммигранту
help-text = Как пользоваться ботом:
    • отвечайте кнопками или словами («нет», «дальше»); даты — в виде ДД.ММ.ГГГГ;
    • /start — приветствие и меню, /menu — выбрать услугу, /services — все услуги списком;
    • /back — на шаг назад, /restart — начать услугу заново;
    • /track — сохранить срок для напоминаний, /status — мои сроки, /calendar — сроки в календарь, /roster — список работников (CSV или XLSX), /workers — сроки работников (владельцу — и коллеги), /invite — пригласить коллегу, /leave — выйти из аккаунта компании;
    • /language — сменить язык;
    • /mydata — что бот хранит о вас, /forget — удалить всё, /privacy — что хранится, зачем и сколько;
    • /help — эта справка.
    Примечания и основания свёрнуты под ответом (нажмите, чтобы раскрыть); дословные цитаты — кнопка «📜 Цитаты».
language-choose = Выберите язык:
language-set = Язык: русский.
language-unknown = Языка «{ $code }» нет. Есть: { $codes }.
mydata-title = Что бот хранит о вас:
mydata-language = язык: { $language }
mydata-session = текущий разговор: услуга «{ $service }», ответов: { $answers }
mydata-none = ничего, кроме языка.
forget-done = Готово: все ваши данные удалены. Чтобы начать снова, отправьте /start.
cmd-start = Начать
cmd-menu = Выбор услуги
cmd-back = Назад на шаг
cmd-restart = Начать заново
cmd-language = Сменить язык
cmd-help = Помощь
cmd-mydata = Мои данные
cmd-forget = Удалить мои данные
chat-bye = До свидания!
chat-unknown-choice = Нет такого варианта. Напишите номер из списка.
source-outside-seeds = (официальный источник вне наших правовых текстов: { $url }, прочитан { $retrieved })
language-name = Русский
error-internal = Что-то пошло не так на нашей стороне. Ваши ответы сохранены — попробуйте ещё раз или отправьте /menu.
button-forget-yes = Да, удалить
button-cancel = Отмена
forget-cancelled = Ничего не удалено.
menu-hint = Чтобы начать, выберите услугу кнопкой.

## Проверки, блокирующие положительный ответ (engine: blocking checks), и ссылки.
common-blocked-not-accepted = С такими документами заявление не примут: в приёме откажут. Сначала исправьте это.
common-blocked-filed-past = Дата подачи ({ $filed }) уже прошла: если заявление не приняли из-за этого, исправьте и подайте снова; если приняли — узнайте о нём там, где подавали, или по 1414.
common-blocked-filed-past-merits-if = Если заявление подано { $filed }: это основание для отказа по существу — решение принимает госорган, а не приём документов. Узнайте о решении там, где подавали, или по 1414.
common-blocked-merits = Это одно из оснований для отказа, перечисленных в правилах. Окончательное решение принимает госорган.
common-blocked-more = И ещё { $n } — в примечаниях ниже.
## Итог, когда названная в нём дата уже прошла (tree `past:`)
common-result-filed-if = Если заявление подано { $filed }, решение — не позже { $decision_by }. Если нет — выберите новую дату: «✏️ Изменить ответ».
# a ✅ result whose filing day has gone (no past headline of its own): never a tick for a day gone
common-result-date-gone = Дата подачи, которую вы указали ({ $filed }), уже прошла. Если вы подали заявление, сроки ниже считаются от этого дня; если нет — выберите новую дату: «✏️ Изменить ответ».
common-result-complaint-overdue = Ответ на жалобу должен был прийти не позже { $answer_by }. Если его нет: куда обращаться дальше, наши источники не говорят — спросите в контакт-центре 1414.
common-link-egov = 🌐 egov.kz
common-link-enbek = 🌐 migration.enbek.kz
common-link-eqonaq = 🌐 eqonaq.kz
common-link-vmp = 🌐 vmp.gov.kz
common-link-elicense = 🌐 elicense.kz

## Экраны: прогресс, итог, документы, поделиться, изменить ответ.
date-error-day-zero = { $typed } не бывает: дни месяца начинаются с 1. Проверьте дату.
progress-question = Вопрос { $n } из ~{ $total }
progress-question-n = Вопрос { $n }
common-not-in-sources = Не всё есть в наших источниках — уточните: 1414 / egov.kz.
answers-title = Ваши ответы:
common-answer-value = { $value }
button-documents = 📄 Документы ({ $n })
button-share = ↗️ Поделиться
button-change = ✏️ Изменить ответ
change-title = Какой ответ изменить?
change-hint = Верну вас к этому вопросу. Остальные ответы сохраню, если они ещё подходят.
checklist-hint = Отмечайте, что уже готово: нажмите номер документа.
share-link = Проверить свой случай: { $link }
chat-grounds-hint = (/grounds — примечания и основания)
grounds-none = На этом экране нет примечаний и оснований.
services-title = Все услуги — выберите нужную:
deeplink-unknown = Эта ссылка никуда не ведёт — вот меню.
deeplink-asks-first = Сначала несколько вопросов: от ответов зависит, что нужно именно вам.
cmd-services = Все услуги списком
# a date written as DD.MM.YYYY whose year is far from any permit's (before 1900, after 2200): a typo
date-error-year = В дате { $typed } год { NUMBER($year, useGrouping: 0) } — похоже на опечатку. Проверьте год.
