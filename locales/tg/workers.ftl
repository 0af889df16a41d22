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
# a member (not the owner) has no 👥 button: instead of workers-hint
workers-hint-member = Барои кушодани коргар рақамашро пахш кунед. ⬇️ CSV / XLSX — ҳамин ҷадвал бо файл. Ҳамкоронро соҳиби аккаунти ширкат даъват карда метавонад. Баромадан аз аккаунт — /leave.
workers-file-format-unreadable = Файлҳои Excel-и кӯҳна (.xls), OpenDocument (.ods) ва файлҳои дуии .xlsb-ро хонда наметавонам. Файлро дар Excel, LibreOffice ё Google Sheets кушоед, онро ҳамчун XLSX (Китоби Excel) ё CSV нигоҳ доред ва боз фиристед. Намунаи рӯйхат — /roster.
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
workers-export-caption-update = Коргарони шумо, аз ҳама фаврӣ — дар боло. Чор колонкаи аввалро ислоҳ карда, тавассути /roster баргардонда фиристодан мумкин аст: ҳамин тавр коргарони нав илова ва мӯҳлатҳо нав карда мешаванд. Сатре, ки аз файл нест карда шудааст, коргарро аз рӯйхат хориҷ намекунад — ӯро дар /workers хориҷ кунед (рақам → 🗑 Аз рӯйхат хориҷ кардан).
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
invite-other-company-leave = Шумо аллакай узви аккаунти ширкати дигар ҳастед, бинобар ин истинод истифода нашуд. Барои гузаштан ба ин ҳамкорон, аз он аккаунт бо фармони /leave бароед (бот тасдиқ мепурсад ва мегӯяд, ки бо рӯйхати коргарони он чӣ мешавад), баъд ин истинодро, то он эътибор дорад, боз кушоед.
invite-member-only = Ҳамкоронро танҳо соҳиби аккаунти ширкат даъват карда метавонад — касе, ки бо боргузории рӯйхаташ аккаунт сохта шуд (ё касе, ки ин нақш ба ӯ гузашт). Файле, ки иштирокчӣ боргузорӣ мекунад, ба рӯйхати умумӣ илова мешавад, вале ӯро соҳиб намекунад: аз соҳиб хоҳиш кунед, ки тавассути /invite истинод фиристад.
invite-used = Ин истиноди даъват аллакай истифода шудааст. Аз ҳамкоратон истиноди нав хоҳиш кунед.
invite-expired = Мӯҳлати истиноди даъват гузаштааст. Аз ҳамкоратон истиноди нав хоҳиш кунед.
invite-invalid = Истиноди даъват эътибор надорад. Аз ҳамкоратон истиноди нав хоҳиш кунед.

# /leave: leaving the company account (Companies.leave)
leave-not-member = Шумо узви аккаунти ширкат нестед.
leave-question-kept = Аз аккаунти ширкати «{ $company }» мебароед? Рӯйхати коргарон ({ $workers } нафар) дар назди ҳамкорон мемонад: дар аккаунт иштирокчиёни дигар ҳам ҳастанд ({ $others }). Шумо дигар рӯйхатро намебинед ва хулоса намегиред; бо истиноди нави даъват баргаштан мумкин аст.
leave-question-owner = Ҳамкоронро иштирокчие даъват хоҳад кард, ки аз ҳама дарозтар дар аккаунт аст.
leave-question-deleted = Аз аккаунти ширкати «{ $company }» мебароед? Шумо иштирокчии охирини он ҳастед, бинобар ин аккаунт ва рӯйхати коргарон ({ $workers } нафар) нест карда мешаванд. Инро баргардонда намешавад.
leave-question-own-data = Мӯҳлатҳои худи шумо (/status) ва танзимот боқӣ мемонанд.
button-leave-yes = 🚪 Ҳа, баромадан
leave-stale = Шумо дигар узви ин аккаунти ширкат нестед.
leave-done = Шумо аз аккаунти ширкати «{ $company }» баромадед. { $deleted ->
    [yes] Аккаунт ва рӯйхати коргарони он нест карда шуданд.
   *[no] Рӯйхати коргарон дар назди ҳамкорон монд.
} Истиноди даъвати ҳамкорон, агар ҳанӯз эътибор дошта бошад, акнун кор мекунад; боргузории рӯйхати худ — /roster.

digest-title = 📋 Коргароне, ки мӯҳлаташон дар { $days } рӯзи наздик аст (то { $until }): { $count }
digest-more = …ва боз { $count }: /workers.
digest-hint = Тафсилот ва файлҳо: /workers.

rem-lp-extension-opens-short = аризаи тамдидро бехатар додан мумкин аст
rem-lp-extension-nudge-short = ҳуҷҷатҳоро барои тамдид тайёр кардан
rem-lp-extension-last-day-short = рӯзи кории охирини бехатар барои додани аризаи тамдид
rem-lp-new-permit-prepare-short = ҳуҷҷатҳоро барои иҷозатномаи нав тайёр кардан
rem-lp-months-unknown-short = тамдид ё иҷозатномаи нав: моҳҳоро дар рӯйхат нишон диҳед
# the roster does not say how many months are used (dialogs/schedules/labour-permit.yaml, months-unknown-*): the line has one date, this occasion's
status-lp-permit-months-unknown-short = моҳҳо дар рӯйхат нестанд, вале мӯҳлат аз онҳо вобаста аст: агар 12 бошад — иҷозатномаи нав, 4 рӯз пеш аз охири мӯҳлат; агар камтар аз 12 бошад — рӯзи кории охирини бехатар барои додани аризаи тамдид
status-lp-permit-months-unknown-late-short = мӯҳлати бехатари тамдид гузашт, вале моҳҳо дар рӯйхат нестанд: фавран дар ЦОН ё 1414 аниқ кунед; агар 12 моҳ пур шуда бошад — иҷозатномаи нав, аз рӯи фаҳмиши аз ҳама барвақттар
rem-lp-months-unknown-new-permit-last-day-short = дигар тамдид кардан мумкин нест, вале моҳҳо дар рӯйхат нестанд: агар 12 моҳ пур шуда бошад — рӯзи кории охирини равзана барои иҷозатномаи нав (аз рӯи фаҳмиши мо)
# the same occasion's reminder (a saved deadline without the months)
rem-lp-months-unknown-new-permit-last-day = Иҷозатнома то { $expiry } эътибор дорад, вале чанд моҳ пур шудааст, дар рӯйхат нишон дода нашудааст. Онро дигар тамдид кардан мумкин нест: мӯҳлати додани аризаи тамдид гузашт. Агар 12 моҳ пур шуда бошад — { $last_wd } аз рӯи фаҳмиши мо рӯзи кории охирини равзана барои иҷозатномаи нав аст (то { $closes }); аз рӯи фаҳмиши аз ҳама барвақттар бояд на дертар аз { $new_safe } ариза медодед. Ҳар чӣ зудтар ариза диҳед, пешакӣ дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед, ки оё аризаро қабул мекунанд, ва моҳҳоро ба рӯйхат илова кунед.
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

# the owner's list of colleagues (👥 Colleagues under /workers): English copies, to be translated
workers-hint-colleagues = 👥 Colleagues: who is in the account; remove one there.
button-workers-colleagues = 👥 Colleagues ({ $count })
colleagues-title = 👥 Colleagues in the account “{ $company }”: { $count }
colleagues-line = { $n }. { $name }, since { $since }
colleagues-hint = ✖️ removes a colleague from the account: they no longer see the list of workers or get the digest. Names come from Telegram and are not stored.
colleagues-none = No colleagues are left in the account “{ $company }”: only you see the list. To invite one: 👥 below or /invite.
colleague-fallback = colleague { $n }
button-colleague-remove = ✖️ { $n }. { $name }
colleague-remove-question = Remove { $name } (in the account since { $since }) from the account “{ $company }”? They will no longer see the list of workers or get the digest; the list stays with you. I will tell them. A new invitation link brings them back.
button-colleague-remove-yes = ✖️ Yes, remove
button-colleagues-back = ⬅️ Colleagues
colleague-removed = ✅ { $name } is no longer in the account.
colleague-gone = This colleague is no longer in the company account.
colleague-self = You cannot remove yourself. To leave the account: /leave.
colleagues-owner-only = Only the company account's owner can see and remove colleagues.
colleague-removed-you = The owner of the company account “{ $company }” removed you from it. You no longer see its list of workers or get its digest. Your own deadlines (/status) stay; a new invitation link brings you back.
