## Пайгирии иҷозатномаҳо ва ёдраскуниҳо (/track, /status, /calendar, /roster).

track-title = 🔔 Ёдраскунӣ дар бораи мӯҳлатҳо
track-what-question = Барои ёдраскунӣ чиро нигоҳ дорем?
track-what-my-permit = Иҷозатномаи кории ман
track-what-worker-permit = Иҷозатномаи коргари ман
track-what-application = Ариза додам (қарорро интизорам)
track-what-termination = Шартнома бо коргар бекор шуд
track-worker-name-question = Коргарро чӣ ном гузорем? Ном ё нишонаи кӯтоҳ нависед (то 64 аломат), масалан «Айгерим».
track-worker-expiry-question = Рӯзи охирини эътибори иҷозатномаи коргар кадом аст? Санаро аз иҷозатнома нависед.
track-worker-cumulative-question = Иҷозатномаи коргар бо ҳамаи тамдидҳо ҳамагӣ чанд моҳ аст? (аз 1 то 12)
track-filed-on-question = Ариза кадом рӯз дода шудааст?
track-hours-question = Дар вақти корӣ?
track-hours-next-day = Аризае, ки баъд аз охири рӯзи корӣ, дар рӯзи истироҳат ё ид дода шудааст, рӯзи кории навбатӣ қабул мешавад.
track-hours-unsaid = Аризае, ки бегоҳ, дар рӯзи истироҳат ё ид дода шудааст, кай ба қайд гирифта мешавад, қоидаҳои ин хизмат намегӯянд. Барои бехатарӣ аз рӯзи кории наздиктарин ҳисоб мекунем: санаи қарор дертар мебарояд.
track-result-permit = Иҷозатнома то { $expiry } эътибор дорад. Мӯҳлатҳои поёнро санҷед. Ҳоло ҳеҷ чиз нигоҳ дошта нашудааст: «🔔 Дар бораи мӯҳлатҳо ёдрас кунед»-ро пахш кунед — ман онҳоро нигоҳ медорам ва ёдрас мекунам.
track-result-application = Қарор оид ба ариза — на дертар аз { $decision_by }. Ҳоло ҳеҷ чиз нигоҳ дошта нашудааст: «🔔 Дар бораи мӯҳлатҳо ёдрас кунед»-ро пахш кунед — ман нигоҳ медорам ва дар ҳамон рӯз ёдрас мекунам.

button-track = 🔔 Дар бораи мӯҳлатҳо ёдрас кунед
tracking-saved = Тайёр, нигоҳ дошта шуд. Ёдраскунии наздиктарин — { $next } соати 9:00 (вақти Алмато). Ҳамаи мӯҳлатҳо: /status.
tracking-saved-no-upcoming = Тайёр, нигоҳ дошта шуд. Ҳамаи мӯҳлатҳои он аллакай гузаштаанд, бинобар ин ёдраскунӣ намешавад. Ҳамаи мӯҳлатҳо: /status.
# saved, not over, but no reminder left ahead (e.g. only the later reading's day is left)
tracking-saved-no-reminders-left = Тайёр, нигоҳ дошта шуд. Оид ба он дигар ёдраскунӣ намешавад: он чи боқӣ мондааст, дар поён гуфта шудааст. Ҳамаи мӯҳлатҳо: /status.
tracking-not-saved = Нигоҳ дошта нашуд: санаҳо намерасанд. Ба саволҳо бори дигар ҷавоб диҳед.

status-title = Иҷозатномаҳо ва аризаҳои шумо (мӯҳлатҳои наздиктарин дар боло):
status-empty = Ҳоло ҳеҷ чиз нигоҳ дошта нашудааст. /track фиристед ё дар экрани натиҷа «🔔 Дар бораи мӯҳлатҳо ёдрас кунед»-ро пахш кунед.
status-company-workers = 🏢 Коргарони ширкати шумо ({ $count }) — дар /workers.
status-item-self = Аз они ман
status-next-reminder = ёдраскунии навбатӣ: { $date }
status-no-reminders = дигар ёдраскунӣ намешавад
status-done = ✅ иҷро шуд
status-lp-permit-extension = Иҷозатнома то { $expiry }: барои тамдид бехатар — аз { $opens } то { $last_wd } ариза диҳед (аз рӯи ҳисоби айнан равзана то { $closes }).
# the cautious last working day gone, the literal one still ahead (A03)
status-lp-permit-extension-safe-passed = Иҷозатнома то { $expiry }: аз рӯи ҳисоби эҳтиёткорона рӯзи кории охирин барои аризаи тамдид { $safe_wd } буд. Аз рӯи ҳисоби айнан то { $last_wd }, дар вақти корӣ ариза додан мумкин аст: ҳар чӣ зудтар ариза диҳед ва пешакӣ дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед, ки оё аризаро қабул мекунанд.
status-lp-permit-new = Иҷозатнома то { $expiry }: 12 моҳ пур шуд — иҷозатномаи нав лозим аст. Аз рӯи фаҳмиши аз ҳама барвақттар бояд на дертар аз { $safe_wd }, дар вақти корӣ ариза диҳед; аз рӯи фаҳмиши мо — аз { $opens } то { $closes }. Пешакӣ дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед, ки аризаро аз кадом рӯз қабул мекунанд.
# the earliest reading's day (D-4) gone, our window still open (A05)
status-lp-permit-new-safe-passed = Иҷозатнома то { $expiry }: 12 моҳ пур шуд. Аз рӯи як хониш аризаи иҷозатномаи навро бояд на дертар аз { $safe } медодед; аз рӯи хониши мо равзана то { $closes } аст. Ҳар чӣ зудтар ариза диҳед ва пешакӣ дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед, ки оё аризаро қабул мекунанд.
status-lp-permit-months-unknown = Иҷозатнома то { $expiry }: чанд моҳ пур шудааст, дар рӯйхат нишон дода нашудааст. Камтар аз 12 — тамдид, бехатар аз { $opens } то { $last_wd }; 12 — иҷозатномаи нав, аз рӯи фаҳмиши аз ҳама барвақттар на дертар аз { $new_safe }, дар вақти корӣ (рӯзро дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед).
status-lp-permit-months-unknown-late = Иҷозатнома то { $expiry }: чанд моҳ пур шудааст, дар рӯйхат нишон дода нашудааст, ва рӯзи охирини бехатари аризаи тамдид ({ $last_wd }) гузашт. Агар 12 моҳ пур шуда бошад — иҷозатномаи нав лозим аст, аз рӯи фаҳмиши аз ҳама барвақттар бояд на дертар аз { $new_safe }, дар вақти корӣ ариза диҳед. Фавран дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед ва моҳҳоро ба рӯйхат илова кунед.
status-lp-application = Ариза дода шуд: қарор — на дертар аз { $decision_by }.
status-lp-termination = { $one_day ->
        [yes] Дар бораи бекор кардани шартнома то { $urged } огоҳ кунед.
       *[no] Дар бораи бекор кардани шартнома бехатар то { $urged } огоҳ кунед (агар рӯзи бекор кардан ҳисоб нашавад — то { $notice_by }).
    }
status-hint = Тугмаҳои поён: ✏️ — иваз кардани санаҳо, ✅ — иҷрошуда қайд кардан (ёдраскуниҳо қатъ мешаванд), 🗑 — нест кардан.
button-item-done = ✅ { $n }
button-item-undo-done = ↩️ Ёдраскуниҳоро баргардонед
button-item-delete = 🗑 { $n }
item-deleted = Сабти «{ $n }» бо ёдраскуниҳояш нест карда шуд.
item-delete-question = Сабти «{ $n }» бо ёдраскуниҳояш нест карда шавад? Барои барқарор кардан санаҳоро аз нав ворид кардан лозим мешавад.
button-item-delete-yes = 🗑 Ҳа, нест кунед
button-item-keep = ⬅️ Нест накунед
item-done = Сабти «{ $n }» иҷрошуда қайд шуд: дигар оид ба он ёдраскунӣ намешавад.
item-not-found = Ин сабт дигар нест.

button-reminder-open = 📋 Кушодани мӯҳлатҳо
button-reminder-snooze = ⏰ Фардо ёдрас кунед
button-reminder-done = ✅ Иҷро шуд
reminder-snoozed = Хуб, фардо соати 9:00 ёдрас мекунам.
reminder-snooze-too-late = Фардо дер мешавад: ин рӯзи охирин аст. Беҳтар аст имрӯз анҷом диҳед.
# ⏰ on a reminder whose item was marked done (a toast)
reminder-item-done = Ин сабт аллакай иҷрошуда қайд шудааст: оид ба он ёдраскунӣ намешавад.

rem-lp-extension-opens = Равзанаи тамдиди иҷозатнома кушода аст: бехатар — аризаро аз { $opens } то { $last_wd } диҳед (аз рӯи ҳисоби айнан равзана то { $closes }).
rem-lp-extension-nudge = Рӯзи охирини бехатар барои додани аризаи тамдид — { $last_wd }, дар вақти корӣ (аз рӯи ҳисоби айнан равзана то { $closes }). Агар ҳанӯз ариза надода бошед — ҳуҷҷатҳоро ҳозир тайёр кунед.
rem-lp-extension-last-day = Имрӯз, { $last_wd }, — рӯзи охирини бехатар барои додани аризаи тамдид, танҳо дар вақти корӣ: аризаи бегоҳ додашуда рӯзи кории навбатӣ қабул мешавад. Аз рӯи ҳисоби айнан равзана то { $closes }; агар дертар диҳед, иҷозатномаро шояд тамдид накунанд.
rem-lp-new-permit-prepare = Иҷозатномаро тамдид кардан мумкин нест: 12 моҳ пур шуд. Ҳуҷҷатҳоро барои иҷозатномаи нав тайёр кунед. Аз рӯи фаҳмиши аз ҳама барвақттар бояд на дертар аз { $safe_wd }, дар вақти корӣ ариза диҳед; аз рӯи фаҳмиши мо — аз { $opens } то { $closes }. Пешакӣ дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед, ки аризаро аз кадом рӯз қабул мекунанд.
rem-lp-months-unknown = Иҷозатнома то { $expiry } эътибор дорад, вале чанд моҳ пур шудааст, дар рӯйхат нишон дода нашудааст. Агар камтар аз 12 бошад — барои тамдид, бехатар аз { $opens } то { $last_wd }; агар 12 бошад — барои иҷозатномаи нав, аз рӯи фаҳмиши аз ҳама барвақттар на дертар аз { $new_safe }, дар вақти корӣ ариза медиҳанд (рӯзро дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед). Моҳҳоро ба рӯйхат илова кунед (сутуни months_total).
rem-lp-new-permit-opens = Равзана барои аризаи иҷозатномаи нав: аз { $opens } то { $closes } (аз рӯи фаҳмиши мо). Аз рӯи фаҳмиши аз ҳама барвақттар бояд дар рӯзи аввал, { $opens }, диҳед, аз рӯи фаҳмиши дигар равзана як рӯз дертар кушода мешавад: дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед, ки аризаро аз кадом рӯз қабул мекунанд.
rem-lp-new-permit-last-day = Имрӯз, { $last_wd }, — аз рӯи фаҳмиши мо рӯзи кории охирини равзана барои иҷозатномаи нав (то { $closes }). Аз рӯи хониши сахт мӯҳлат аллакай гузаштааст: имрӯз ариза диҳед ва дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед.
rem-lp-expiry = Иҷозатнома то { $expiry } эътибор дорад, ин рӯз ҳам дохил аст. Бе иҷозатномаи амалкунанда кор кардан мумкин нест.
rem-lp-decision-due = Имрӯз мӯҳлати охирини қарор оид ба ариза аст ({ $decision_by }). Натиҷаро дар Маркази хизматрасонии аҳолӣ (ЦОН) ё дар кабинети шахсӣ санҷед.
rem-lp-termination-urged = Имрӯз огоҳинома дар бораи бекор кардани шартномаи меҳнатиро фиристед: { $one_day ->
        [yes] имрӯз рӯзи охирин аст.
       *[no] агар рӯзи бекор кардан ҳисоб шавад, имрӯз рӯзи охирин аст (вагарна — { $notice_by }).
    }
rem-lp-termination-last-day = Имрӯз, { $notice_by }, — агар рӯзи бекор кардан ҳисоб нашавад, рӯзи охирин барои огоҳ кардан дар бораи бекор кардани шартномаи меҳнатӣ (агар ҳисоб шавад, мӯҳлат { $urged } буд).

calendar-caption = Мӯҳлатҳои шумо барои тақвим: файли .ics-ро дар телефон, Google ё Outlook кушоед.
calendar-empty = Барои тақвим ҳоло мӯҳлат нест: иҷозатномаро тавассути /track нигоҳ доред.
calendar-name = Мӯҳлатҳо: иҷозатномаҳо ва аризаҳо

roster-prompt = Файли CSV ё XLSX-ро бо рӯйхати коргарон фиристед — иҷозатномаҳои онҳоро барои ширкататон ба пайгирӣ илова мекунам.
cmd-track = Нигоҳ доштани мӯҳлат барои ёдраскунӣ
cmd-status = Мӯҳлатҳои ман
cmd-calendar = Мӯҳлатҳо ба тақвим (.ics)
cmd-roster = Боргузории рӯйхати коргарон (CSV, XLSX)
text-error-length = Лутфан, кӯтоҳтар нависед: на зиёда аз { $max } аломат.
hint-input-text = Ҷавобро бо як паём нависед.
button-item-edit = ✏️ { $n }

tracking-too-many = Нигоҳ дошта нашуд: шумо аллакай { $max } сабт доред — ин ҳадди охир аст. Сабтҳои нолозимро дар /status нест кунед (тугмаи 🗑), баъд навҳоро илова кардан мумкин аст.
status-item-unreadable = санаҳои нигоҳдоштаро хондан намешавад. Онҳоро иваз кунед (✏️) ё сабтро нест кунед (🗑).
status-page = Саҳифаи { $page } аз { $pages }.
button-page-prev = ◀️ Бозгашт
button-page-next = Минбаъд ▶️

# labour permit, a day off in a window and a roster without months (audit F1, F2): English until translated
status-lp-permit-extension-day-off = Permit valid until { $expiry }: today is a day off, and the last working day of the extension window, { $last_wd }, has passed. An application filed now is accepted only on { $accepted }, after the window (read literally, it runs to { $closes }): if the filing date is the day of acceptance, the permit will not be extended. Whether the day of sending counts instead, the rules do not say: ask the akimat or 1414 at once, and do not count on an extension without their answer.
status-lp-permit-new-day-off = Permit valid until { $expiry }: the 12-month total is reached. Today is a day off: an application for a new permit filed now is accepted only on { $accepted }, after { $closes }, the last day of the window on our reading; on the earliest reading it had to be filed by { $safe_wd }. Whether the day of sending counts, and whether you may still apply on the permit's last day, { $expiry }, the rules do not say: ask a TsON or 1414 at once.
status-lp-permit-months-unknown-safe-passed = Permit valid until { $expiry }: the roster does not say how many months are used, and the safe last day to apply for an extension ({ $safe_wd }) has passed. Under 12 — read literally, you can apply for the extension until { $last_wd }, in working hours. 12 — a new permit: on the earliest reading apply by { $new_safe }, in working hours. Apply as soon as you can, ask a TsON or 1414 first whether the application will be accepted, and add the months to the roster.
status-lp-permit-months-unknown-day-off = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — an extension: the window's last working day, { $last_wd }, has passed and today is a day off — an application filed now is accepted only on { $accepted }, after the window (read literally, it runs to { $closes }); whether the day of sending counts, the rules do not say, so do not count on an extension. 12 — a new permit: on the earliest reading apply by { $new_safe }, in working hours. Ask a TsON or 1414 at once and add the months to the roster.
status-lp-permit-months-unknown-day-off-new-passed = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — an extension: the window's last working day, { $last_wd }, has passed and today is a day off — an application filed now is accepted only on { $accepted }, after the window (read literally, it runs to { $closes }); whether the day of sending counts, the rules do not say, so do not count on an extension. 12 — a new permit: on the earliest reading it had to be filed by { $new_safe }, in working hours; on ours the window runs to { $n_closes }: apply as soon as you can. Ask a TsON or 1414 at once and add the months to the roster.
status-lp-permit-months-unknown-all-day-off = Permit valid until { $expiry }: the roster does not say how many months are used. Today is a day off, and the last working day before the end of both the extension window and the new-permit window on our reading was { $last_wd }: an application filed now is accepted only on { $accepted }, after both windows (the extension's runs to { $closes } read literally, the new permit's to { $n_closes }). Whether the day of sending counts, and whether a new permit may still be applied for on the permit's last day, { $expiry }, the rules do not say: do not count on an extension, ask a TsON or 1414 at once and add the months to the roster.
status-lp-permit-months-unknown-new-passed = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — the time to apply for an extension has passed: the last day to apply was { $closes }. 12 — a new permit: on the earliest reading it had to be filed by { $new_safe }, in working hours; on ours the window runs to { $n_closes }: apply as soon as you can. Ask a TsON or 1414 first whether the application will be accepted, and add the months to the roster.
status-lp-permit-months-unknown-new-day-off = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — the time to apply for an extension has passed: the last day to apply was { $closes }. 12 — a new permit: today is a day off, and an application filed now is accepted only on { $accepted }, after { $n_closes }, the last day of the window on our reading (on the earliest reading it had to be filed by { $new_safe }). Whether the day of sending counts, and whether you may still apply on the permit's last day, { $expiry }, the rules do not say. Ask a TsON or 1414 at once and add the months to the roster.
status-lp-permit-months-unknown-closed = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — the time to apply for an extension has passed: the last day to apply was { $closes }. 12 — on our reading the window for a new permit ended on { $n_closes }; on another reading you may still apply on { $expiry }. Ask a TsON or 1414 at once and add the months to the roster.
