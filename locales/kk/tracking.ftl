## Рұқсаттарды бақылау және еске салу (/track, /status, /calendar, /roster).

track-title = 🔔 Мерзімдер туралы еске салу
track-what-question = Еске салу үшін нені сақтау керек?
track-what-my-permit = Менің жұмысқа рұқсатым
track-what-worker-permit = Менің жұмыскерімнің рұқсаты
track-what-application = Берілген өтініш (шешім күтілуде)
track-what-termination = Жұмыскермен шарт бұзылды
track-worker-name-question = Жұмыскерді қалай белгілейік? Оның атын немесе қысқа белгісін жазыңыз (64 таңбаға дейін), мысалы «Айгерим».
track-worker-expiry-question = Жұмыскер рұқсатының соңғы күні қай күн? Рұқсаттағы күнді жазыңыз.
track-worker-cumulative-question = Жұмыскердің рұқсаты барлық ұзартуларымен бірге барлығы неше ай? (1-ден 12-ге дейін)
track-filed-on-question = Өтініш қай күні берілді?
track-hours-question = Жұмыс уақытында ма?
track-hours-next-day = Жұмыс күні аяқталғаннан кейін, демалыс не мереке күні берілген өтініш келесі жұмыс күні қабылданады.
track-hours-unsaid = Кешке, демалыс не мереке күні берілген өтініш қашан тіркелетінін бұл қызметтің қағидалары айтпайды. Сенімді болу үшін келесі жұмыс күнінен санаймыз: шешім күні кешірек шығады.
track-result-permit = Рұқсат { $expiry } күніне дейін жарамды. Төмендегі мерзімдерді тексеріңіз. Әзірге ештеңе сақталған жоқ: «🔔 Мерзімдерді еске салу» батырмасын басыңыз — мен оларды сақтап, еске саламын.
track-result-application = Өтініш бойынша шешім ең кеші { $decision_by } күні қабылданады. Әзірге ештеңе сақталған жоқ: «🔔 Мерзімдерді еске салу» батырмасын басыңыз — мен сақтап, сол күні еске саламын.

button-track = 🔔 Мерзімдерді еске салу
tracking-saved = Дайын, сақталды. Ең жақын еске салу — { $next } күні сағат 9:00-де (Алматы уақыты). Барлық мерзімдер: /status.
tracking-saved-no-upcoming = Дайын, сақталды. Бұл жазбаның барлық мерзімдері өтіп кеткен, сондықтан еске салу болмайды. Барлық мерзімдер: /status.
# saved, not over, but no reminder left ahead (e.g. only the later reading's day is left)
tracking-saved-no-reminders-left = Дайын, сақталды. Бұл жазба бойынша енді еске салу болмайды: не қалғаны төменде айтылған. Барлық мерзімдер: /status.
tracking-not-saved = Сақтау мүмкін болмады: күндер жетіспейді. Сұрақтарға қайта жауап беріңіз.

status-title = Сіздің рұқсаттарыңыз бен өтініштеріңіз (ең жақын мерзімдер жоғарыда):
status-empty = Әзірге ештеңе сақталмаған. /track жіберіңіз немесе нәтиже экранындағы «🔔 Мерзімдерді еске салу» батырмасын басыңыз.
status-company-workers = 🏢 Компанияңыздың жұмыскерлері ({ $count }) — /workers ішінде.
status-item-self = Менікі
status-next-reminder = келесі еске салу: { $date }
status-no-reminders = енді еске салу болмайды
status-done = ✅ орындалды
status-lp-permit-extension = Рұқсат { $expiry } күніне дейін: ұзартуға сенімдісі — { $opens } күнінен { $last_wd } күніне дейін беру (сөзбе-сөз есеппен кезең { $closes } күніне дейін).
# the cautious last working day gone, the literal one still ahead (A03)
status-lp-permit-extension-safe-passed = Рұқсат { $expiry } күніне дейін: сақ есеп бойынша ұзартуға өтініш берудің соңғы жұмыс күні { $safe_wd } болған. Сөзбе-сөз есеппен { $last_wd } күніне дейін, жұмыс уақытында беруге болады: өтінішті мүмкіндігінше тез беріңіз, ал өтініш қабылдана ма, ХҚКО-дан немесе 1414-тен алдын ала нақтылаңыз.
# led by the earliest reading's last working day (D-4, or the working day before it), then our window (A05)
status-lp-permit-new = Рұқсат { $expiry } күніне дейін: жалпы мерзім 12 айға жетті — жаңа рұқсат керек. Ең ерте түсінік бойынша өтінішті { $safe_wd } күнінен кешіктірмей, жұмыс уақытында беру керек; біздің түсінігімізше — { $opens } күнінен { $closes } күнін қоса алғанға дейін. Өтінішті қай күннен қабылдайтынын ХҚКО-дан немесе 1414-тен алдын ала нақтылаңыз.
# the earliest reading's last working day ($safe: D-4, or the working day before it) gone, our window still open (A05)
status-lp-permit-new-safe-passed = Рұқсат { $expiry } күніне дейін: жалпы мерзім 12 айға жетті. Бір түсіндіру бойынша жаңа рұқсатқа өтінішті { $safe } күнінен кешіктірмей беру керек еді; біздің түсінігімізше кезең { $closes } күніне дейін. Өтінішті мүмкіндігінше тез беріңіз, ал өтініш қабылдана ма, ХҚКО-дан немесе 1414-тен алдын ала нақтылаңыз.
status-lp-permit-months-unknown = Рұқсат { $expiry } күніне дейін: неше ай толғаны тізімде көрсетілмеген. 12-ден аз болса — ұзарту, сенімдісі { $opens } күнінен { $last_wd } күніне дейін; 12 болса — жаңа рұқсат, ең ерте түсінік бойынша { $new_safe } күнінен кешіктірмей, жұмыс уақытында (күнін ХҚКО-дан немесе 1414-тен нақтылаңыз).
status-lp-permit-months-unknown-late = Рұқсат { $expiry } күніне дейін: неше ай толғаны тізімде көрсетілмеген, ал ұзартуға өтініш берудің сенімді соңғы күні ({ $last_wd }) өтті. 12 ай толған болса — жаңа рұқсат керек, ең ерте түсінік бойынша өтінішті { $new_safe } күнінен кешіктірмей, жұмыс уақытында беру керек. ХҚКО-дан немесе 1414-тен шұғыл нақтылаңыз және айларды тізімге қосыңыз.
status-lp-application = Өтініш берілді: шешім ең кеші { $decision_by } күні қабылданады.
status-lp-termination = { $one_day ->
        [yes] Шарттың бұзылғаны туралы { $urged } күніне дейін хабарлаңыз.
       *[no] Шарттың бұзылғаны туралы сенімді түрде { $urged } күніне дейін хабарлаңыз (бұзылған күн есептелмесе — { $notice_by } күніне дейін).
    }
status-hint = Төмендегі батырмалар: ✏️ — күндерді өзгерту, ✅ — орындалды деп белгілеу (еске салу тоқтайды), 🗑 — жою.
button-item-done = ✅ { $n }
button-item-undo-done = ↩️ Еске салуларды қайтару
button-item-delete = 🗑 { $n }
item-deleted = «{ $n }» жазбасы оның еске салуларымен бірге жойылды.
item-delete-question = «{ $n }» жазбасы еске салуларымен бірге жойылсын ба? Оны қайтару үшін күндерін қайта енгізу керек болады.
button-item-delete-yes = 🗑 Иә, жою
button-item-keep = ⬅️ Жоймау
item-done = «{ $n }» жазбасы орындалды деп белгіленді: ол бойынша енді еске салу болмайды.
item-not-found = Бұл жазба енді жоқ.

button-reminder-open = 📋 Мерзімдерді ашу
button-reminder-snooze = ⏰ Ертең еске салу
button-reminder-done = ✅ Орындалды
reminder-snoozed = Жақсы, ертең сағат 9:00-де еске саламын.
reminder-snooze-too-late = Ертең кеш болады: бұл — соңғы күн. Мұны бүгін жасаған дұрыс.
# ⏰ on a reminder whose item was marked done (a toast)
reminder-item-done = Бұл жазба орындалды деп әлдеқашан белгіленген: ол бойынша еске салу болмайды.

rem-lp-extension-opens = Рұқсатты ұзарту кезеңі ашық: сенімдісі — өтінішті { $opens } күнінен { $last_wd } күнін қоса алғанға дейін беру (сөзбе-сөз есептегенде кезең { $closes } күніне дейін).
rem-lp-extension-nudge = Ұзартуға өтініш берудің сенімді соңғы күні — { $last_wd }, жұмыс уақытында (сөзбе-сөз есептегенде кезең { $closes } күніне дейін). Әлі бермеген болсаңыз, құжаттарды қазір дайындаңыз.
rem-lp-extension-last-day = Бүгін ({ $last_wd }) — ұзартуға өтініш берудің сенімді соңғы күні, тек жұмыс уақытында: кешке берілген өтініш келесі жұмыс күні қабылданады. Сөзбе-сөз есептегенде кезең { $closes } күніне дейін; кешірек берілсе, рұқсат ұзартылмауы мүмкін.
rem-lp-new-permit-prepare = Рұқсатты ұзарту мүмкін емес: жалпы мерзім 12 айға жетті. Жаңа рұқсатқа құжаттарды дайындаңыз. Ең ерте түсінік бойынша өтінішті { $safe_wd } күнінен кешіктірмей, жұмыс уақытында беру керек; біздің түсінігімізше — { $opens } күнінен { $closes } күнін қоса алғанға дейін. Өтінішті қай күннен қабылдайтынын ХҚКО-дан немесе 1414-тен алдын ала нақтылаңыз.
rem-lp-months-unknown = Рұқсат { $expiry } күніне дейін жарамды, ал неше ай толғаны тізімде көрсетілмеген. 12-ден аз болса — ұзартуға, сенімдісі { $opens } күнінен { $last_wd } күніне дейін; 12 болса — жаңа рұқсатқа, ең ерте түсінік бойынша { $new_safe } күнінен кешіктірмей, жұмыс уақытында өтініш беріледі (күнін ХҚКО-дан немесе 1414-тен нақтылаңыз). Айларды тізімге қосыңыз (months_total бағаны).
rem-lp-new-permit-opens = Жаңа рұқсатқа өтініш беру кезеңі: { $opens } күнінен { $closes } күнін қоса алғанға дейін (біздің түсінігімізше). Ең ерте түсінік бойынша бірінші күні — { $opens } күні — беру керек, ал басқа түсінік бойынша кезең бір күннен кейін ашылады: өтінішті қай күннен қабылдайтынын ХҚКО-дан немесе 1414-тен нақтылаңыз.
rem-lp-new-permit-last-day = Бүгін ({ $last_wd }) — біздің түсінігімізше жаңа рұқсатқа өтініш беру кезеңінің соңғы жұмыс күні ({ $closes } күніне дейін). Қатаң түсіндіру бойынша мерзім өтіп кетті: өтінішті бүгін беріңіз және ХҚКО-дан немесе 1414-тен нақтылаңыз.
rem-lp-expiry = Рұқсат { $expiry } күнін қоса алғанға дейін жарамды. Қолданыстағы рұқсатсыз жұмыс істеуге болмайды.
rem-lp-decision-due = Бүгін — өтініш бойынша шешім қабылданатын соңғы күн ({ $decision_by }). Нәтижені ХҚКО-да немесе жеке кабинетте тексеріңіз.
rem-lp-termination-urged = Еңбек шартының бұзылғаны туралы хабарламаны бүгін жіберіңіз: { $one_day ->
        [yes] бүгін — соңғы күн.
       *[no] бұзылған күн есептелсе, бүгін — соңғы күн (әйтпесе — { $notice_by }).
    }
rem-lp-termination-last-day = Бүгін ({ $notice_by }) — бұзылған күн есептелмесе, еңбек шартының бұзылғаны туралы хабарлаудың соңғы күні (есептелсе, мерзім { $urged } болды).

calendar-caption = Күнтізбеге арналған мерзімдеріңіз: .ics файлын телефонда, Google немесе Outlook күнтізбесінде ашыңыз.
calendar-empty = Күнтізбеге әзірге мерзімдер жоқ: рұқсатты /track арқылы сақтаңыз.
calendar-name = Мерзімдер: рұқсаттар мен өтініштер

roster-prompt = Жұмыскерлер тізімі бар CSV немесе XLSX файлын жіберіңіз — компанияңыз үшін олардың рұқсаттарын бақылауға қосамын.
cmd-track = Еске салу үшін мерзімді сақтау
cmd-status = Менің мерзімдерім
cmd-calendar = Мерзімдер күнтізбеге (.ics)
cmd-roster = Жұмыскерлер тізімін жүктеу (CSV, XLSX)
text-error-length = Өтінеміз, қысқарақ жазыңыз: { $max } таңбадан аспауы керек.
hint-input-text = Жауапты бір хабарламамен жазыңыз.
button-item-edit = ✏️ { $n }

tracking-too-many = Сақталмады: сізде { $max } жазба бар — бұл шегі. Қажет емесін /status ішінде жойыңыз (🗑 батырмасы), сонда жаңасын қосуға болады.
status-item-unreadable = сақталған күндерді оқу мүмкін емес. Оларды өзгертіңіз (✏️) немесе жазбаны жойыңыз (🗑).
status-page = { $pages } беттің { $page }-беті.
button-page-prev = ◀️ Артқа
button-page-next = Әрі қарай ▶️

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
