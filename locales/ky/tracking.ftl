## Уруксаттарды көзөмөлдөө жана эскертүүлөр (/track, /status, /calendar, /roster).

track-title = 🔔 Мөөнөттөр тууралуу эскертүүлөр
track-what-question = Эскертүүлөр үчүн эмнени сактайлы?
track-what-my-permit = Менин иштөөгө уруксатым
track-what-worker-permit = Менин жумушчумдун уруксаты
track-what-application = Берилген арыз (чечимди күтөм)
track-what-termination = Жумушчу менен келишим бузулду
track-worker-name-question = Жумушчуну кантип белгилейбиз? Атын же кыска белгини жазыңыз (64 белгиге чейин), мисалы «Айгерим».
track-worker-expiry-question = Жумушчунун уруксатынын жарактуу акыркы күнү кайсы? Уруксаттагы күндү жазыңыз.
track-worker-cumulative-question = Бардык узартуулары менен кошо жумушчунун уруксаты жалпы канча ай болот? (1ден 12ге чейин)
track-filed-on-question = Арыз кайсы күнү берилген?
track-hours-question = Жумуш убагындабы?
track-hours-next-day = Жумуш күнү бүткөндөн кийин, дем алыш же майрам күнү берилген арыз кийинки жумуш күнү кабыл алынат.
track-hours-unsaid = Кечинде, дем алыш же майрам күнү берилген арыз качан катталарын бул кызматтын эрежелери айтпайт. Ишенимдүү болушу үчүн жакынкы жумуш күнүнөн эсептейбиз: чечимдин күнү кечирээк чыгат.
track-result-permit = Уруксат { $expiry } чейин жарактуу. Төмөнкү мөөнөттөрдү текшериңиз. Азырынча эч нерсе сакталган жок: «🔔 Мөөнөттөрдү эскертүү» баскычын басыңыз — мен аларды сактап, эскертем.
track-result-application = Арыз боюнча чечим — { $decision_by } кечиктирбей. Азырынча эч нерсе сакталган жок: «🔔 Мөөнөттөрдү эскертүү» баскычын басыңыз — мен сактап, ошол күнү эскертем.

button-track = 🔔 Мөөнөттөрдү эскертүү
tracking-saved = Даяр, сакталды. Жакынкы эскертүү — { $next } саат 9:00дө (Алматы убактысы). Бардык мөөнөттөр: /status.
tracking-saved-no-upcoming = Даяр, сакталды. Ал боюнча бардык мөөнөттөр өтүп кеткен, ошондуктан эскертүүлөр болбойт. Бардык мөөнөттөр: /status.
# saved, not over, but no reminder left ahead (e.g. only the later reading's day is left)
tracking-saved-no-reminders-left = Даяр, сакталды. Ал боюнча мындан ары эскертүүлөр болбойт: эмне калганы төмөндө айтылган. Бардык мөөнөттөр: /status.
tracking-not-saved = Сактай алган жокмун: күндөр жетишпейт. Суроолордон дагы бир жолу өтүңүз.

status-title = Сиздин уруксаттарыңыз жана арыздарыңыз (жакынкы мөөнөттөр жогоруда):
status-empty = Азырынча эч нерсе сакталган жок. /track жөнөтүңүз же жыйынтык экранында «🔔 Мөөнөттөрдү эскертүү» баскычын басыңыз.
status-company-workers = 🏢 Компанияңыздын жумушчулары ({ $count }) — /workers ичинде.
status-item-self = Меники
status-next-reminder = кийинки эскертүү: { $date }
status-no-reminders = эскертүүлөр мындан ары болбойт
status-done = ✅ аткарылды
status-lp-permit-extension = Уруксат { $expiry } чейин: узартууга ишенимдүүсү — { $opens } баштап { $last_wd } чейин бериңиз (сөзмө-сөз эсеп боюнча мөөнөт { $closes } чейин).
# the cautious last working day gone, the literal one still ahead (A03)
status-lp-permit-extension-safe-passed = Уруксат { $expiry } чейин: этият эсеп боюнча узартууга арыз берүүнүн акыркы жумуш күнү { $safe_wd } болгон. Сөзмө-сөз эсеп боюнча { $last_wd } чейин, жумуш убагында берүүгө болот: мүмкүн болушунча тезирээк бериңиз жана арыз кабыл алынабы, калкты тейлөө борборунан (ЦОН) же 1414тен алдын ала тактаңыз.
# led by the earliest reading's last working day (D-4, or the working day before it), then our window (A05)
status-lp-permit-new = Уруксат { $expiry } чейин: 12 ай толду — жаңы уруксат керек. Эң эрте окуу боюнча арызды { $safe_wd } кечиктирбей, жумуш убагында берүү керек; биздин окуубуз боюнча — { $opens } баштап { $closes } чейин. Арызды кайсы күндөн кабыл аларын калкты тейлөө борборунан (ЦОН) же 1414тен алдын ала тактаңыз.
# the earliest reading's last working day ($safe: D-4, or the working day before it) gone, our window still open (A05)
status-lp-permit-new-safe-passed = Уруксат { $expiry } чейин: 12 ай толду. Бир окуу боюнча жаңы уруксатка арызды { $safe } кечиктирбей берүү керек болчу; биздин окуубуз боюнча мөөнөт { $closes } чейин. Мүмкүн болушунча тезирээк бериңиз жана арыз кабыл алынабы, калкты тейлөө борборунан (ЦОН) же 1414тен алдын ала тактаңыз.
status-lp-permit-months-unknown = Уруксат { $expiry } чейин: канча ай толгону тизмеде көрсөтүлгөн эмес. 12ден аз болсо — узартуу, ишенимдүүсү { $opens } баштап { $last_wd } чейин; 12 болсо — жаңы уруксат, эң эрте окуу боюнча { $new_safe } кечиктирбей, жумуш убагында (күнүн калкты тейлөө борборунан (ЦОН) же 1414тен тактаңыз).
status-lp-permit-months-unknown-late = Уруксат { $expiry } чейин: канча ай толгону тизмеде көрсөтүлгөн эмес, ал эми узартууга арыз берүүнүн ишенимдүү акыркы күнү ({ $last_wd }) өтүп кетти. 12 ай толгон болсо — жаңы уруксат керек, эң эрте окуу боюнча арызды { $new_safe } кечиктирбей, жумуш убагында берүү керек. Калкты тейлөө борборунан (ЦОН) же 1414тен тез арада тактаңыз жана айларды тизмеге кошуңуз.
status-lp-application = Арыз берилди: чечим — { $decision_by } кечиктирбей.
status-lp-termination = { $one_day ->
        [yes] Келишимдин бузулганы тууралуу { $urged } чейин кабарлаңыз.
       *[no] Келишимдин бузулганы тууралуу ишенимдүү түрдө { $urged } чейин кабарлаңыз (эгер бузулган күн эсептелбесе — { $notice_by } чейин).
    }
status-hint = Төмөнкү баскычтар: ✏️ — күндөрдү өзгөртүү, ✅ — аткарылды деп белгилөө (эскертүүлөр токтойт), 🗑 — өчүрүү.
button-item-done = ✅ { $n }
button-item-undo-done = ↩️ Эскертүүлөрдү кайтаруу
button-item-delete = 🗑 { $n }
item-deleted = «{ $n }» жазуусу эскертүүлөрү менен кошо өчүрүлдү.
item-delete-question = «{ $n }» жазуусу эскертүүлөрү менен кошо өчүрүлсүнбү? Аны кайтаруу үчүн күндөрүн кайра киргизүү керек болот.
button-item-delete-yes = 🗑 Ооба, өчүрүү
button-item-keep = ⬅️ Өчүрбөө
item-done = «{ $n }» жазуусу аткарылды деп белгиленди: ал боюнча эскертүүлөр мындан ары болбойт.
item-not-found = Бул жазуу эми жок.

button-reminder-open = 📋 Мөөнөттөрдү ачуу
button-reminder-snooze = ⏰ Эртең эскертүү
button-reminder-done = ✅ Аткарылды
reminder-snoozed = Макул, эртең саат 9:00дө эскертем.
reminder-snooze-too-late = Эртең кеч болот: бул — акыркы күн. Муну бүгүн кылганыңыз оң.
# ⏰ on a reminder whose item was marked done (a toast)
reminder-item-done = Бул жазуу буга чейин эле аткарылды деп белгиленген: ал боюнча эскертүүлөр болбойт.

rem-lp-extension-opens = Уруксатты узартуу мөөнөтү ачык: ишенимдүүсү — арызды { $opens } баштап { $last_wd } чейин бериңиз (сөзмө-сөз эсеп боюнча мөөнөт { $closes } чейин).
rem-lp-extension-nudge = Узартууга арыз берүүнүн ишенимдүү акыркы күнү — { $last_wd }, жумуш убагында (сөзмө-сөз эсеп боюнча мөөнөт { $closes } чейин). Эгер али бере элек болсоңуз — документтерди азыр даярдаңыз.
rem-lp-extension-last-day = Бүгүн, { $last_wd }, — узартууга арыз берүү үчүн ишенимдүү акыркы күн, жумуш убагында гана: кечинде берилген арыз кийинки жумуш күнү кабыл алынат. Сөзмө-сөз эсеп боюнча мөөнөт { $closes } чейин; кечирээк берилсе, уруксат узартылбашы мүмкүн.
rem-lp-new-permit-prepare = Уруксатты узартууга болбойт: 12 ай толду. Жаңы уруксатка документтерди даярдаңыз. Эң эрте окуу боюнча арызды { $safe_wd } кечиктирбей, жумуш убагында берүү керек; биздин окуубуз боюнча — { $opens } баштап { $closes } чейин. Арызды кайсы күндөн кабыл аларын калкты тейлөө борборунан (ЦОН) же 1414тен алдын ала тактаңыз.
rem-lp-months-unknown = Уруксат { $expiry } чейин жарактуу, ал эми канча ай толгону тизмеде көрсөтүлгөн эмес. 12ден аз болсо — узартууга, ишенимдүүсү { $opens } баштап { $last_wd } чейин; 12 болсо — жаңы уруксатка, эң эрте окуу боюнча { $new_safe } кечиктирбей, жумуш убагында арыз берилет (күнүн калкты тейлөө борборунан (ЦОН) же 1414тен тактаңыз). Айларды тизмеге кошуңуз (months_total тилкеси).
rem-lp-new-permit-opens = Жаңы уруксатка арыз берүү мөөнөтү: { $opens } баштап { $closes } чейин (биздин окуубуз боюнча). Эң эрте окуу боюнча биринчи күнү, { $opens }, берүү керек, ал эми башка окуу боюнча мөөнөт бир күн кийин ачылат: арызды кайсы күндөн кабыл аларын калкты тейлөө борборунан (ЦОН) же 1414тен тактаңыз.
rem-lp-new-permit-last-day = Бүгүн, { $last_wd }, — биздин окуубуз боюнча жаңы уруксат үчүн мөөнөттүн акыркы жумуш күнү ({ $closes } чейин). Катуу окуу боюнча мөөнөт өтүп кеткен: арызды бүгүн бериңиз жана калкты тейлөө борборунан (ЦОН) же 1414тен тактаңыз.
rem-lp-expiry = Уруксат { $expiry } чейин жарактуу, ошол күн да кирет. Жарактуу уруксатсыз иштөөгө болбойт.
rem-lp-decision-due = Бүгүн арыз боюнча чечимдин акыркы мөөнөтү ({ $decision_by }). Жыйынтыкты калкты тейлөө борборунан (ЦОН) же жеке кабинеттен текшериңиз.
rem-lp-termination-urged = Эмгек келишиминин бузулганы тууралуу кабарламаны бүгүн жөнөтүңүз: { $one_day ->
        [yes] бүгүн — акыркы күн.
       *[no] эгер бузулган күн эсептелсе, бүгүн — акыркы күн (болбосо — { $notice_by }).
    }
rem-lp-termination-last-day = Бүгүн, { $notice_by }, — бузулган күн эсептелбесе, эмгек келишиминин бузулганы тууралуу кабарлоонун акыркы күнү (эсептелсе, мөөнөт { $urged } болчу).

calendar-caption = Календарь үчүн мөөнөттөрүңүз: .ics файлын телефондо, Google же Outlook программасында ачыңыз.
calendar-empty = Календарь үчүн азырынча мөөнөттөр жок: уруксатты /track аркылуу сактаңыз.
calendar-name = Мөөнөттөр: уруксаттар жана арыздар

roster-prompt = Жумушчулардын тизмеси бар CSV же XLSX файлын жөнөтүңүз — алардын уруксаттарын компанияңыз үчүн көзөмөлгө кошом.
cmd-track = Эскертүүлөр үчүн мөөнөттү сактоо
cmd-status = Менин мөөнөттөрүм
cmd-calendar = Мөөнөттөрдү календарга (.ics)
cmd-roster = Жумушчулардын тизмесин жүктөө (CSV, XLSX)
text-error-length = Сураныч, кыскараак жазыңыз: { $max } белгиден ашпасын.
hint-input-text = Жоопту бир билдирүү менен жазыңыз.
button-item-edit = ✏️ { $n }

tracking-too-many = Сакталган жок: сизде буга чейин { $max } жазуу бар — бул чек. Керексиздерин /status ичинде өчүрүңүз (🗑 баскычы), ошондо жаңыларын кошсоңуз болот.
status-item-unreadable = сакталган күндөрдү окуу мүмкүн эмес. Аларды өзгөртүңүз (✏️) же жазууну өчүрүңүз (🗑).
status-page = Барак { $page } / { $pages }.
button-page-prev = ◀️ Артка
button-page-next = Андан ары ▶️

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
