## Ruxsatnomalarni kuzatish va eslatmalar (/track, /status, /calendar, /roster).

track-title = 🔔 Muddatlar haqida eslatmalar
track-what-question = Eslatmalar uchun nimani saqlaymiz?
track-what-my-permit = Mening ishlash uchun ruxsatnomam
track-what-worker-permit = Ishchimning ruxsatnomasi
track-what-application = Ariza topshirdim (qaror kutaman)
track-what-termination = Ishchi shartnomasi bekor qilindi
track-worker-name-question = Ishchini qanday nomlaymiz? Ismini yoki qisqa belgini yozing (64 belgigacha), masalan «Aygerim».
track-worker-expiry-question = Ishchining ruxsatnomasi amal qiladigan oxirgi kun qaysi? Ruxsatnomadagi sanani yozing.
track-worker-cumulative-question = Barcha uzaytirishlar bilan birga ishchining ruxsatnomasi jami necha oy? (1 dan 12 gacha)
track-filed-on-question = Ariza qaysi sanada topshirilgan?
track-hours-question = Ish vaqtidami?
track-hours-next-day = Ish kuni tugagandan keyin, dam olish yoki bayram kunida topshirilgan ariza keyingi ish kunida qabul qilinadi.
track-hours-unsaid = Kechqurun, dam olish yoki bayram kunida topshirilgan ariza qachon roʻyxatga olinishini bu xizmat qoidalari aytmaydi. Ishonchli boʻlishi uchun eng yaqin ish kunidan hisoblaymiz: qaror sanasi kechroq chiqadi.
track-result-permit = Ruxsatnoma { $expiry } gacha amal qiladi. Quyidagi muddatlarni tekshiring. Hozircha hech narsa saqlanmagan: «🔔 Muddatlarni eslatish» tugmasini bosing — men ularni saqlayman va eslatib turaman.
track-result-application = Ariza boʻyicha qaror — { $decision_by } dan kechiktirmay. Hozircha hech narsa saqlanmagan: «🔔 Muddatlarni eslatish» tugmasini bosing — saqlayman va shu kuni eslataman.

button-track = 🔔 Muddatlarni eslatish
tracking-saved = Tayyor, saqlandi. Eng yaqin eslatma — { $next } soat 9:00 da (Olmaota vaqti). Barcha muddatlar: /status.
tracking-saved-no-upcoming = Tayyor, saqlandi. Bu boʻyicha barcha muddatlar oʻtib ketgan, shuning uchun eslatma boʻlmaydi. Barcha muddatlar: /status.
# saved, not over, but no reminder left ahead (e.g. only the later reading's day is left)
tracking-saved-no-reminders-left = Tayyor, saqlandi. Bu boʻyicha boshqa eslatma boʻlmaydi: nima qolgani quyida aytilgan. Barcha muddatlar: /status.
tracking-not-saved = Saqlab boʻlmadi: sanalar yetishmaydi. Savollardan yana bir bor oʻting.

status-title = Ruxsatnomalaringiz va arizalaringiz (eng yaqin muddatlar yuqorida):
status-empty = Hozircha hech narsa saqlanmagan. /track yuboring yoki natija ekranida «🔔 Muddatlarni eslatish» tugmasini bosing.
status-company-workers = 🏢 Kompaniyangiz ishchilari ({ $count }) — /workers da.
status-item-self = Meniki
status-next-reminder = keyingi eslatma: { $date }
status-no-reminders = boshqa eslatma boʻlmaydi
status-done = ✅ bajarildi
status-lp-permit-extension = Ruxsatnoma { $expiry } gacha: uzaytirishga ishonchli — { $opens } dan { $last_wd } gacha topshirish (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha).
# the cautious last working day gone, the literal one still ahead (A03)
status-lp-permit-extension-safe-passed = Ruxsatnoma { $expiry } gacha: ehtiyotkor hisob boʻyicha uzaytirishga topshirishning oxirgi ish kuni { $safe_wd } edi. Soʻzma-soʻz hisob boʻyicha { $last_wd } gacha, ish vaqtida topshirish mumkin: imkon qadar tezroq topshiring va ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
status-lp-permit-new = Ruxsatnoma { $expiry } gacha: 12 oy toʻldi — yangi ruxsatnoma kerak. Eng erta talqinda { $safe_wd } dan kechiktirmay, ish vaqtida topshirish kerak; bizning talqinimizda — { $opens } dan { $closes } gacha. Ariza qaysi kundan qabul qilinishini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
# the earliest reading's day (D-4) gone, our window still open (A05)
status-lp-permit-new-safe-passed = Ruxsatnoma { $expiry } gacha: 12 oy toʻldi. Bir talqinga koʻra, yangi ruxsatnomaga arizani { $safe } dan kechiktirmay topshirish kerak edi; bizning talqinimizda muddat { $closes } gacha. Imkon qadar tezroq topshiring va ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
status-lp-permit-months-unknown = Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish, ishonchli { $opens } dan { $last_wd } gacha; 12 — yangi ruxsatnoma, eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida (kunni Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang).
status-lp-permit-months-unknown-late = Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan, uzaytirishga topshirishning ishonchli oxirgi kuni ({ $last_wd }) esa oʻtib ketdi. 12 oy toʻlgan boʻlsa — yangi ruxsatnoma kerak, eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshirish kerak. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang va oylarni roʻyxatga qoʻshing.
status-lp-application = Ariza topshirildi: qaror — { $decision_by } dan kechiktirmay.
status-lp-termination = { $one_day ->
        [yes] Shartnoma bekor qilingani haqida { $urged } gacha xabar bering.
       *[no] Shartnoma bekor qilingani haqida ishonchli tarzda { $urged } gacha xabar bering (bekor qilingan kun hisoblanmasa — { $notice_by } gacha).
    }
status-hint = Pastdagi tugmalar: ✏️ — sanalarni oʻzgartirish, ✅ — bajarildi deb belgilash (eslatmalar toʻxtaydi), 🗑 — oʻchirish.
button-item-done = ✅ { $n }
button-item-undo-done = ↩️ Eslatmalarni qaytarish
button-item-delete = 🗑 { $n }
item-deleted = «{ $n }» yozuvi eslatmalari bilan birga oʻchirildi.
item-delete-question = «{ $n }» yozuvi eslatmalari bilan birga oʻchirilsinmi? Uni qaytarish uchun sanalarni qaytadan kiritish kerak boʻladi.
button-item-delete-yes = 🗑 Ha, oʻchirish
button-item-keep = ⬅️ Oʻchirmaslik
item-done = «{ $n }» yozuvi bajarildi deb belgilandi: u boʻyicha boshqa eslatma boʻlmaydi.
item-not-found = Bu yozuv endi yoʻq.

button-reminder-open = 📋 Muddatlarni ochish
button-reminder-snooze = ⏰ Ertaga eslatish
button-reminder-done = ✅ Bajarildi
reminder-snoozed = Yaxshi, ertaga soat 9:00 da eslataman.
reminder-snooze-too-late = Ertaga kech boʻladi: bu — oxirgi kun. Buni bugun qilgan maʼqul.
# ⏰ on a reminder whose item was marked done (a toast)
reminder-item-done = Bu yozuv allaqachon bajarildi deb belgilangan: u boʻyicha eslatma boʻlmaydi.

rem-lp-extension-opens = Ruxsatnomani uzaytirish muddati ochiq: ishonchli — arizani { $opens } dan { $last_wd } gacha topshirish (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha).
rem-lp-extension-nudge = Uzaytirishga ariza topshirishning ishonchli oxirgi kuni — { $last_wd }, ish vaqtida (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha). Hali topshirmagan boʻlsangiz — hujjatlarni hozir tayyorlang.
rem-lp-extension-last-day = Bugun, { $last_wd }, — uzaytirishga ariza topshirish uchun ishonchli oxirgi kun, faqat ish vaqtida: kechqurun topshirilgan ariza keyingi ish kunida qabul qilinadi. Soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha; keyinroq topshirilsa, ruxsatnoma uzaytirilmasligi mumkin.
rem-lp-new-permit-prepare = Ruxsatnomani uzaytirib boʻlmaydi: 12 oy toʻldi. Yangi ruxsatnoma uchun hujjatlarni tayyorlang. Eng erta talqinda { $safe_wd } dan kechiktirmay, ish vaqtida topshirish kerak; bizning talqinimizda — { $opens } dan { $closes } gacha. Ariza qaysi kundan qabul qilinishini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
rem-lp-months-unknown = Ruxsatnoma { $expiry } gacha amal qiladi, necha oy toʻlgani esa roʻyxatda koʻrsatilmagan. 12 dan kam boʻlsa — uzaytirishga, ishonchli { $opens } dan { $last_wd } gacha; 12 boʻlsa — yangi ruxsatnomaga, eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshiriladi (kunni Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang). Oylarni roʻyxatga qoʻshing (months_total ustuni).
rem-lp-new-permit-opens = Yangi ruxsatnomaga ariza topshirish muddati: { $opens } dan { $closes } gacha (bizning talqinimizda). Eng erta talqinda birinchi kuni — { $opens } da — topshirish kerak, boshqa talqinda esa muddat bir kun keyin ochiladi: arizani qaysi kundan qabul qilishlarini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
rem-lp-new-permit-last-day = Bugun, { $last_wd }, — bizning talqinimizda yangi ruxsatnoma uchun muddatning oxirgi ish kuni ({ $closes } gacha). Qatʼiy talqinda muddat allaqachon oʻtgan: arizani bugun topshiring va Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
rem-lp-expiry = Ruxsatnoma { $expiry } gacha amal qiladi, shu kun ham kiradi. Amaldagi ruxsatnomasiz ishlash mumkin emas.
rem-lp-decision-due = Bugun ariza boʻyicha qaror chiqarishning oxirgi muddati ({ $decision_by }). Natijani Aholiga xizmat koʻrsatish markazi (ЦОН) yoki shaxsiy kabinetda tekshiring.
rem-lp-termination-urged = Mehnat shartnomasi bekor qilingani haqidagi xabarnomani bugun yuboring: { $one_day ->
        [yes] bugun — oxirgi kun.
       *[no] agar bekor qilingan kun hisoblansa, bugun — oxirgi kun (aks holda — { $notice_by }).
    }
rem-lp-termination-last-day = Bugun, { $notice_by }, — agar bekor qilingan kun hisoblanmasa, mehnat shartnomasi bekor qilingani haqida xabar berish uchun oxirgi kun (hisoblansa, muddat { $urged } edi).

calendar-caption = Kalendar uchun muddatlaringiz: .ics faylini telefonda, Google yoki Outlookda oching.
calendar-empty = Kalendar uchun hozircha muddat yoʻq: ruxsatnomani /track orqali saqlang.
calendar-name = Muddatlar: ruxsatnomalar va arizalar

roster-prompt = Ishchilar roʻyxati bilan CSV yoki XLSX faylni yuboring — ularning ruxsatnomalarini kompaniyangiz uchun kuzatuvga qoʻshaman.
cmd-track = Eslatmalar uchun muddatni saqlash
cmd-status = Mening muddatlarim
cmd-calendar = Muddatlarni kalendarga (.ics)
cmd-roster = Ishchilar roʻyxatini yuklash (CSV, XLSX)
text-error-length = Iltimos, qisqaroq yozing: { $max } belgidan oshmasin.
hint-input-text = Javobni bitta xabarda yozing.
button-item-edit = ✏️ { $n }

tracking-too-many = Saqlanmadi: sizda allaqachon { $max } ta yozuv bor — bu chegara. Keraksizlarini /status da oʻchiring (🗑 tugmasi), shunda yangisini qoʻshish mumkin boʻladi.
status-item-unreadable = saqlangan sanalarni oʻqib boʻlmayapti. Ularni oʻzgartiring (✏️) yoki yozuvni oʻchiring (🗑).
status-page = Sahifa { $page } / { $pages }.
button-page-prev = ◀️ Orqaga
button-page-next = Davom ▶️

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
