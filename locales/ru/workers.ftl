## Список работников работодателя (/workers), приглашения в аккаунт компании и ежедневная сводка (bot/employer.py).

cmd-workers = Мои работники: сроки и файлы
workers-title = Работников: { $count }. Самые срочные сверху:
workers-line = { $n }. { $name } — { $kind }, действует до { $expiry }
workers-line-expired = { $n }. { $name } — { $kind }, ⛔ истекло { $expiry }
workers-next = → { $action }: { $date }
workers-next-none = → сроков впереди нет
workers-no-rules = → правовые тексты не дают дат для напоминаний по этому разрешению: уточните в 1414 или на egov.kz
workers-unreadable = сохранённые даты не читаются: пришлите этого работника заново через /roster.
workers-empty = У вашей компании ещё нет списка работников. Отправьте /roster, чтобы загрузить его (CSV или XLSX); коллега, который уже загрузил список, может прислать вам ссылку-приглашение.
workers-hint = Нажмите номер, чтобы открыть работника. ⬇️ CSV / XLSX — эта таблица файлом. 👥 — пригласить коллегу.
workers-action-deadline = срок
workers-detail-title = 👤 { $name } — { $kind }
workers-detail-expiry = Действует до { $expiry }.
workers-detail-expired = ⛔ Срок действия разрешения истёк { $expiry }.
workers-detail-months = Выдано всего месяцев: { $months }.
workers-detail-ahead = Сроки впереди:
workers-detail-occasion = { $date } — { $action }
workers-col-kind = вид разрешения
workers-col-next-action = следующее действие
workers-col-next-date = дата следующего действия
workers-export-caption = Ваши работники, самые срочные сверху. Первые четыре колонки можно исправить и прислать обратно через /roster.
worker-deleted = { $name } — удалён(а) из списка.
worker-not-found = Этого работника нет в списке вашей компании.
button-worker = { $n }
button-worker-delete = 🗑 Удалить из списка
button-worker-delete-yes = 🗑 Да, удалить
worker-delete-question = Удалить { $name } из списка компании? Список общий: работник пропадёт у всех её участников, напоминания о нём прекратятся.
button-workers-back = ⬅️ Все работники
button-workers-csv = ⬇️ CSV
button-workers-xlsx = ⬇️ XLSX
button-workers-invite = 👥 Пригласить коллегу
button-workers-open = 📋 Работники

invite-owner-only = Приглашать коллег может только тот, кто загрузил список компании.
invite-link = Отправьте эту ссылку коллеге. Она сработает один раз и действует { $days } дн.; кто её откроет, будет видеть и менять тот же список работников:
invite-joined = Вы присоединились к аккаунту компании коллег: работников — { $count }. Отправьте /workers, чтобы их увидеть. Каждое утро в 9:00 буду присылать сводку сроков на ближайшие 14 дней. Отключить сводку — кнопка 🔕 в ней или в /workers.
invite-already = Вы уже в этом аккаунте компании: /workers.
invite-other-company = Вы уже состоите в аккаунте другой компании, поэтому ссылка не использована.
invite-used = Этой ссылкой-приглашением уже воспользовались. Попросите у коллеги новую.
invite-expired = Срок ссылки-приглашения истёк. Попросите у коллеги новую.
invite-invalid = Ссылка-приглашение недействительна. Попросите у коллеги новую.

digest-title = 📋 Работники со сроком в ближайшие { $days } дн. (до { $until }): { $count }
digest-more = …и ещё { $count }: /workers.
digest-hint = Подробности и файлы: /workers.

rem-lp-extension-opens-short = надёжно можно подавать на продление
rem-lp-extension-nudge-short = подготовить документы на продление
rem-lp-extension-last-day-short = надёжный последний рабочий день, чтобы подать на продление
rem-lp-new-permit-prepare-short = подготовить документы на новое разрешение
rem-lp-months-unknown-short = продление или новое разрешение: укажите месяцы в реестре
rem-lp-new-permit-opens-short = открывается окно для нового разрешения
lp-result-new-permit-day-off-short = окно для нового разрешения — на выходных: уточните заранее
lp-result-new-permit-day-off-earliest-short = окно для нового разрешения — на выходных: уточните заранее
rem-lp-new-permit-last-day-short = последний рабочий день, чтобы подать на новое разрешение (по нашему прочтению)
rem-lp-expiry-short = разрешение скоро заканчивается
rem-ep-extension-plan-short = подготовить документы на продление
rem-ep-extension-latest-short = последний рабочий день, чтобы успеть продлить (плановая дата)
rem-ep-expiry-short = последний день действия разрешения
rem-se-permit-soon-short = за 2 недели до последнего рабочего дня справки
rem-se-permit-expiry-short = последний рабочий день справки, чтобы подать на продление
rem-trp-permit-soon-short = РВП скоро истекает: узнать в 1414, как продлить

# the daily digest turned off and on (its button on the digest and on /workers)
button-digest-off = 🔕 Не присылать сводку
button-digest-on = 🔔 Присылать сводку в 9:00
digest-turned-off = 🔕 Сводку больше не присылаю. Список — в /workers; там же кнопка, чтобы снова её включить.
digest-turned-on = 🔔 Сводка включена: каждое утро в 9:00 — работники со сроком в ближайшие 14 дней.
