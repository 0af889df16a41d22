## Супоридани гуфтугӯ ба одам: ба оператори маркази тамос дар форуми операторҳо.
button-ask-person = 🙋 Аз одам пурсидан
button-handoff-end = ✖️ Анҷоми гуфтугӯ
handoff-help = Ҷавоб наёфтед? «🙋 Аз одам пурсидан»-ро пахш кунед: саволи шуморо оператори маркази тамос мегирад, ҷавоб ба ҳамин чат меояд.
handoff-opened = Саволи шумо ба оператори маркази тамос фиристода шуд. Ҷавоб ба ин ҷо, ба ҳамин чат меояд.
    То даме ки гуфтугӯ кушода аст, ҳар чизе ки менависед, ба оператор низ мерасад. Тугмаҳои бот чун одат кор мекунанд.
handoff-opened-later = Операторҳо дар рӯзҳои корӣ аз соати 09:00 то 18:00 (вақти Алмато) ҷавоб медиҳанд. Саволи шумо нигоҳ дошта шуд: оператор { $day } баъд аз соати { $time } ҷавоб медиҳад.
    Ҳозир метавонед тафсилотро нависед — ҳеҷ чиз гум намешавад.
# typed while the bot's question waits for a typed answer: it went to the operator (once per conversation)
handoff-typed-to-operator = Ба оператор фиристодам. Барои ҷавоб додан ба саволи бот аввал гуфтугӯро бо оператор ба охир расонед, баъд ҷавобатонро бори дигар нависед.
handoff-already-open = Шумо аллакай ба оператор менависед: фақат саволатонро ба ҳамин ҷо фиристед.
handoff-unavailable = Ҳоло бо оператор тамос гирифтан имкон надорад. Ба маркази тамоси 1414 занг занед (дар Қазоқистон ройгон).
handoff-operator-says = 🙋 Оператор:
handoff-closed-by-operator = Оператор гуфтугӯро ба охир расонд. Агар боз савол дошта бошед, «🙋 Аз одам пурсидан»-ро дар экране, ки ☎️ дорад, ё дар /help пахш кунед, ё ба маркази тамоси 1414 занг занед (дар Қазоқистон ройгон).
handoff-closed-by-user = Гуфтугӯ бо оператор ба охир расид. Акнун ба шумо боз бот ҷавоб медиҳад.
handoff-not-open = Гуфтугӯ бо оператор аллакай ба охир расидааст.

## Барои операторҳо (забони операторҳо: OPERATORS_LANGUAGE).
handoff-op-title = №{ $id } · { $code } · { $service }
handoff-op-general = саволи умумӣ
handoff-op-head = 🙋 Муроҷиати №{ $id }
    Хизматрасонӣ: { $service }
    Забони корбар: { $language }
    Кушода шуд: { $opened } (вақти Алмато)
handoff-op-outside = 🌙 Берун аз вақти корӣ: ба корбар гуфта шуд, ки ҷавоб { $day } баъд аз соати { $time } меояд.
handoff-op-path = Роҳ ва ҷавобҳо:
handoff-op-no-path = Ҷавобҳо нестанд: корбар аз /help ё меню пурсид.
handoff-op-result = Натиҷае, ки корбар дид:
handoff-op-screen = Экране, ки корбар дар он буд:
handoff-op-how = Дар ҳамин мавзӯъ ҷавоб диҳед — бот ҷавобро ба корбар мефиристад. /close — анҷоми гуфтугӯ.
handoff-op-closed = Гуфтугӯ ба охир расид, ба корбар хабар дода шуд.
handoff-op-closed-by-user = Корбар гуфтугӯро ба охир расонд.
# an operator's /close: the user has blocked the bot, or the bot could not reach them (the conversation is closed either way)
handoff-op-closed-user-blocked = The conversation is closed. The user has blocked the bot: they were not told it ended.
handoff-op-closed-not-told = The conversation is closed, but the user could not be told: Telegram did not accept the message.
handoff-op-already-closed = Ин гуфтугӯ аллакай ба охир расидааст: паём ба корбар фиристода нашуд.
handoff-op-not-staff = Паём ба корбар фиристода нашуд: ба корбарон танҳо кормандон ҷавоб дода метавонанд. Маъмур кормандро бо фармони /staff add { $user } илова мекунад.
handoff-op-user-blocked = Корбар ботро блок кардааст: паём нарасид.
handoff-edit-passed = ✏️ Ислоҳ ба оператор фиристода шуд.
handoff-op-user-edited = ✏️ Корбар паёми қаблан фиристодаашро ислоҳ кард. Варианти ислоҳшуда — дар поён.
