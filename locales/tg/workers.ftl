## Рӯйхати коргарони корфармо (/workers), даъват ба аккаунти ширкат ва хулосаи ҳаррӯза (bot/employer.py).

cmd-workers = Коргарони ман: мӯҳлатҳо ва файлҳо
workers-title = Коргарон: { $count }. Аз ҳама фаврӣ — дар боло:
workers-line = { $n }. { $name } — { $kind }, то { $expiry } эътибор дорад
workers-line-expired = { $n }. { $name } — { $kind }, ⛔ { $expiry } ба охир расид
workers-next = → { $action }: { $date }
workers-next-none = → мӯҳлатҳои оянда нест
workers-no-rules = → матнҳои ҳуқуқӣ барои ёдраскунӣ оид ба ин иҷозатнома сана намедиҳанд: дар 1414 ё дар egov.kz аниқ кунед
workers-unreadable = санаҳои нигоҳдоштаро хондан намешавад: ин коргарро тавассути /roster аз нав фиристед.
workers-empty = Ширкати шумо ҳоло рӯйхати коргарон надорад. Барои боргузории он /roster фиристед (CSV ё XLSX); ҳамкоре, ки рӯйхатро аллакай боргузорӣ кардааст, метавонад ба шумо истиноди даъват фиристад.
workers-hint = Барои кушодани коргар рақамашро пахш кунед. ⬇️ CSV / XLSX — ҳамин ҷадвал бо файл. 👥 — даъвати ҳамкор.
workers-action-deadline = мӯҳлат
workers-detail-title = 👤 { $name } — { $kind }
workers-detail-expiry = То { $expiry } эътибор дорад.
workers-detail-expired = ⛔ Мӯҳлати эътибори иҷозатнома { $expiry } ба охир расид.
workers-detail-months = Ҳамагӣ ба муддати { $months } моҳ дода шудааст.
workers-detail-ahead = Мӯҳлатҳои оянда:
workers-detail-occasion = { $date } — { $action }
workers-col-kind = намуди иҷозатнома
workers-col-next-action = амали навбатӣ
workers-col-next-date = санаи амали навбатӣ
workers-export-caption-update = Коргарони шумо, аз ҳама фаврӣ — дар боло. Чор колонкаи аввалро ислоҳ карда, тавассути /roster баргардонда фиристодан мумкин аст.
worker-deleted = { $name } аз рӯйхат хориҷ карда шуд.
worker-not-found = Ин коргар дар рӯйхати ширкати шумо нест.
button-worker = { $n }
button-worker-delete = 🗑 Аз рӯйхат хориҷ кардан
button-worker-delete-yes = 🗑 Ҳа, хориҷ кунед
worker-delete-question = { $name } аз рӯйхати ширкат хориҷ карда шавад? Рӯйхат умумӣ аст: коргар барои ҳамаи иштирокчиёни ширкат аз рӯйхат хориҷ мешавад ва ёдраскуниҳо дар бораи ӯ қатъ мегарданд.
button-workers-back = ⬅️ Ҳамаи коргарон
button-workers-csv = ⬇️ CSV
button-workers-xlsx = ⬇️ XLSX
button-workers-invite = 👥 Даъвати ҳамкор
button-workers-open = 📋 Коргарон

invite-owner-only = Ҳамкоронро танҳо касе даъват карда метавонад, ки рӯйхати ширкатро боргузорӣ кардааст.
invite-link = Ин истинодро ба ҳамкоратон фиристед. Он як бор кор мекунад ва { $days } рӯз эътибор дорад; касе, ки онро кушояд, ҳамин рӯйхати коргаронро мебинад ва тағйир дода метавонад:
invite-joined = Шумо ба аккаунти ширкати ҳамкоронатон ҳамроҳ шудед: коргарон — { $count }. Барои дидани онҳо /workers фиристед. Ҳар саҳар соати 9:00 хулосаи мӯҳлатҳои 14 рӯзи наздикро мефиристам. Барои қатъ кардани хулоса тугмаи 🔕-ро дар худи он ё дар /workers пахш кунед.
invite-already = Шумо аллакай дар ҳамин аккаунти ширкат ҳастед: /workers.
invite-other-company = Шумо аллакай узви аккаунти ширкати дигар ҳастед, бинобар ин истинод истифода нашуд.
invite-used = Ин истиноди даъват аллакай истифода шудааст. Аз ҳамкоратон истиноди нав хоҳиш кунед.
invite-expired = Мӯҳлати истиноди даъват гузаштааст. Аз ҳамкоратон истиноди нав хоҳиш кунед.
invite-invalid = Истиноди даъват эътибор надорад. Аз ҳамкоратон истиноди нав хоҳиш кунед.

digest-title = 📋 Коргароне, ки мӯҳлаташон дар { $days } рӯзи наздик аст (то { $until }): { $count }
digest-more = …ва боз { $count }: /workers.
digest-hint = Тафсилот ва файлҳо: /workers.

rem-lp-extension-opens-short = аризаи тамдидро бехатар додан мумкин аст
rem-lp-extension-nudge-short = ҳуҷҷатҳоро барои тамдид тайёр кардан
rem-lp-extension-last-day-short = рӯзи кории охирини бехатар барои додани аризаи тамдид
rem-lp-new-permit-prepare-short = ҳуҷҷатҳоро барои иҷозатномаи нав тайёр кардан
rem-lp-months-unknown-short = тамдид ё иҷозатномаи нав: моҳҳоро дар рӯйхат нишон диҳед
rem-lp-new-permit-opens-short = равзана барои иҷозатномаи нав кушода мешавад
lp-result-new-permit-day-off-short = равзана барои иҷозатномаи нав ба рӯзҳои истироҳат рост меояд: пешакӣ аниқ кунед
lp-result-new-permit-day-off-earliest-short = равзана барои иҷозатномаи нав ба рӯзҳои истироҳат рост меояд: пешакӣ аниқ кунед
rem-lp-new-permit-last-day-short = рӯзи кории охирин барои додани аризаи иҷозатномаи нав (аз рӯи хониши мо)
rem-lp-expiry-short = мӯҳлати иҷозатнома ба қарибӣ ба охир мерасад
rem-ep-extension-plan-short = ҳуҷҷатҳоро барои тамдид тайёр кардан
rem-ep-extension-latest-short = рӯзи кории охирин барои додани ариза, то тамдид дар вақт анҷом ёбад (сана барои нақша)
rem-ep-expiry-short = рӯзи охирини эътибори иҷозатнома
rem-se-permit-soon-short = 2 ҳафта пеш аз рӯзи кории охирини маълумотнома
rem-se-permit-expiry-short = рӯзи кории охирини маълумотнома барои додани аризаи тамдид
rem-trp-permit-soon-short = мӯҳлати РВП ба наздикӣ ба охир мерасад: дар 1414 пурсед, ки чӣ тавр тамдид кунед

# the daily digest turned off and on (its button on the digest and on /workers)
button-digest-off = 🔕 Хулосаро нафиристед
button-digest-on = 🔔 Хулоса соати 9:00
digest-turned-off = 🔕 Дигар хулоса намефиристам. Рӯйхат — дар /workers; тугмаи аз нав фаъол кардани хулоса низ он ҷост.
digest-turned-on = 🔔 Хулоса фаъол шуд: ҳар саҳар соати 9:00 — коргароне, ки мӯҳлаташон дар 14 рӯзи наздик аст.
