## Передача разговора человеку: оператору контакт-центра в форуме операторов.
button-ask-person = 🙋 Спросить человека
button-handoff-end = ✖️ Завершить разговор
handoff-help = Не нашли ответа? Нажмите «🙋 Спросить человека»: вопрос получит оператор контакт-центра, ответ придёт в этот чат.
handoff-opened = Ваш вопрос передан оператору контакт-центра. Ответ придёт сюда, в этот чат.
    Всё, что вы напишете, пока разговор открыт, тоже получит оператор. Кнопки бота работают как обычно.
handoff-opened-later = Операторы отвечают с 09:00 до 18:00 по времени Алматы в рабочие дни. Ваш вопрос сохранён: оператор ответит { $day } после { $time }.
    Можете написать подробности сейчас — ничего не потеряется.
# typed while the bot's question waits for a typed answer: it went to the operator (once per conversation)
handoff-typed-to-operator = Передал оператору. Чтобы ответить на вопрос бота, сначала завершите разговор с оператором, затем напишите ответ ещё раз.
handoff-already-open = Вы уже пишете оператору: просто отправьте вопрос сюда.
handoff-unavailable = Связь с оператором сейчас недоступна. Позвоните в контакт-центр 1414 (бесплатно по Казахстану).
handoff-operator-says = 🙋 Оператор:
handoff-closed-by-operator = Оператор завершил разговор. Если остались вопросы, нажмите «🙋 Спросить человека» на экране с ☎️ или в /help, или позвоните в контакт-центр 1414 (бесплатно по Казахстану).
handoff-closed-by-user = Разговор с оператором завершён. Дальше вам отвечает бот.
handoff-not-open = Разговор с оператором уже завершён.

## Для операторов (язык операторов: OPERATORS_LANGUAGE).
handoff-op-title = №{ $id } · { $code } · { $service }
handoff-op-general = общий вопрос
handoff-op-head = 🙋 Обращение №{ $id }
    Услуга: { $service }
    Язык пользователя: { $language }
    Открыто: { $opened } (время Алматы)
handoff-op-outside = 🌙 Вне рабочего времени: пользователю сказано, что ответ будет { $day } после { $time }.
handoff-op-path = Путь и ответы:
handoff-op-no-path = Ответов нет: пользователь спросил из /help или меню.
handoff-op-result = Результат, который видел пользователь:
handoff-op-screen = Экран, на котором он был:
handoff-op-how = Ответьте в этой теме — бот перешлёт ответ пользователю. /close — завершить разговор.
handoff-op-closed = Разговор завершён, пользователю сообщили.
handoff-op-closed-by-user = Пользователь завершил разговор.
# an operator's /close: the user has blocked the bot, or the bot could not reach them (the conversation is closed either way)
handoff-op-closed-user-blocked = Разговор завершён. Пользователь заблокировал бота: сообщение о завершении ему не доставлено.
handoff-op-closed-not-told = Разговор завершён, но сообщить пользователю не удалось: Telegram не принял сообщение.
handoff-op-already-closed = Этот разговор уже завершён: сообщение пользователю не отправлено.
handoff-op-not-staff = Сообщение не передано: отвечать пользователям могут только сотрудники. Администратор добавляет сотрудника командой /staff add { $user }.
handoff-op-user-blocked = Пользователь заблокировал бота: сообщение не доставлено.
# the user edited a message while talking to an operator: the corrected message went to the operator too
handoff-edit-passed = ✏️ Исправление передано оператору.
# before a copy of a message the user edited after sending it (the copy shows it as it reads now)
handoff-op-user-edited = ✏️ Пользователь исправил ранее отправленное сообщение. Исправленный вариант — ниже.
