## Абзорҳои кормандони маркази тамос: нақшҳо, истинодҳо ва рамзҳои QR.
staff-admins-only = Ин фармон танҳо барои маъмурони бот аст.
staff-only = Ин фармон танҳо барои кормандони маркази тамос аст.
staff-usage = Чунин: /staff add ID, /staff remove ID ё /staff list (ID — id-и рақамии корбари Telegram).
staff-added = Тайёр: { $user } акнун корманд аст.
staff-already = { $user } аллакай корманд аст.
staff-removed = Тайёр: { $user } дигар корманд нест.
staff-not-member = { $user } корманд набуд.
staff-list-title = Кормандон (id — кӣ дод — кай):
staff-list-row = { $user } — { $by } — { $on }
staff-list-empty = Ҳоло корманд нест (маъмурон дар ADMIN_IDS муайян мешаванд).
link-choose-service = Кадом хизматрасониро бо истинод кушоем?
link-choose-language = Бо кадом забон?
link-unknown-service = Чунин хизматрасонӣ нест. Барои интихоб аз рӯйхат /link-ро бе калима фиристед.
link-unknown-node = Дар ин хизматрасонӣ чунин савол нест. Метавонед истинодро ба тамоми хизматрасонӣ диҳед.
link-too-long = Истинод аз 64 аломат дарозтар шуд: нишонаи маъракаро кӯтоҳ кунед.
link-ready = Истинод ба «{ $service }» (нишона: { $campaign }):
    { $url }
    Рамзи QR-ро чоп кардан ё аз экран нишон додан мумкин аст.
