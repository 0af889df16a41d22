## Инструменты сотрудников контакт-центра: роли, ссылки и QR-коды.
staff-admins-only = Эта команда только для администраторов бота.
staff-only = Эта команда только для сотрудников контакт-центра.
staff-usage = Так: /staff add ID, /staff remove ID или /staff list (ID — числовой id пользователя Telegram).
staff-added = Готово: { $user } теперь сотрудник.
staff-already = { $user } уже сотрудник.
staff-removed = Готово: { $user } больше не сотрудник.
staff-not-member = { $user } не был сотрудником.
staff-list-title = Сотрудники (id — кто выдал — когда):
staff-list-row = { $user } — { $by } — { $on }
staff-list-empty = Сотрудников пока нет (администраторы задаются в ADMIN_IDS).
link-choose-service = Какую услугу открыть по ссылке?
link-choose-language = На каком языке?
link-unknown-service = Такой услуги нет. Отправьте /link без слов, чтобы выбрать из списка.
link-unknown-node = В этой услуге нет такого вопроса. Можно дать ссылку на услугу целиком.
link-too-long = Ссылка получилась длиннее 64 символов: сократите метку кампании.
link-bad-tag = Метка кампании — от 1 до 16 латинских букв, цифр или «-» после «#», например #office1.
link-tag-needs-service = Метку кампании пишут после услуги, например: /link labour-permit #office1. Без метки — просто /link.
link-asks-first = ⚠️ Откроется с вопроса «{ $question }»: от ответов на вопросы до выбранного шага зависит, что нужно человеку.
link-ready = Ссылка на «{ $service }» (метка: { $campaign }):
    { $url }
    QR-код можно распечатать или показать с экрана.
