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
status-lp-permit-extension = { $last_days ->
        [same] Ruxsatnoma { $expiry } gacha: uzaytirishga ishonchli — { $opens } dan { $last_wd } gacha, ish vaqtida topshirish: soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha, lekin u ish kuni emas.
       *[other] Ruxsatnoma { $expiry } gacha: uzaytirishga ishonchli — { $opens } dan { $last_wd } gacha topshirish (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha).
    }
# the cautious last working day gone, the literal one still ahead (A03)
status-lp-permit-extension-safe-passed = Ruxsatnoma { $expiry } gacha: ehtiyotkor hisob boʻyicha uzaytirishga topshirishning oxirgi ish kuni { $safe_wd } edi. Soʻzma-soʻz hisob boʻyicha { $last_wd } gacha, ish vaqtida topshirish mumkin: imkon qadar tezroq topshiring va ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
# our window's last day D-1 a day off (`closes_day_off`, `closes_wd`: dialogs/tracking/schedule.py with_working_days): said so, with its last working day
status-lp-permit-new = { $days ->
        [none] Ruxsatnoma { $expiry } gacha: 12 oy toʻldi — yangi ruxsatnoma kerak. Eng erta talqinda { $safe_wd } dan kechiktirmay, ish vaqtida topshirish kerak. Bizning talqinimizdagi muddatning barcha kunlari — { $opens } dan { $closes } gacha — ish kuni emas: ularda topshirilgan ariza faqat { $accepted } da, muddatdan keyin qabul qilinadi. Ariza qaysi kundan qabul qilinishini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
       *[other] { $closes_day_off ->
            [yes] Ruxsatnoma { $expiry } gacha: 12 oy toʻldi — yangi ruxsatnoma kerak. Eng erta talqinda { $safe_wd } dan kechiktirmay, ish vaqtida topshirish kerak; bizning talqinimizda — { $opens } dan { $closes } gacha, lekin u ish kuni emas: muddatning oxirgi ish kuni — { $closes_wd }. Ariza qaysi kundan qabul qilinishini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
           *[other] Ruxsatnoma { $expiry } gacha: 12 oy toʻldi — yangi ruxsatnoma kerak. Eng erta talqinda { $safe_wd } dan kechiktirmay, ish vaqtida topshirish kerak; bizning talqinimizda — { $opens } dan { $closes } gacha. Ariza qaysi kundan qabul qilinishini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
        }
    }
# the earliest reading's last working day ($safe: D-4, or the working day before it) gone, our window still open (A05)
# (`last_days` day-off: our window's last day D-1 is a day off, $last_wd its last working day, as status-lp-permit-extension's [same])
status-lp-permit-new-safe-passed = { $last_days ->
        [day-off] Ruxsatnoma { $expiry } gacha: 12 oy toʻldi. Bir talqinga koʻra, yangi ruxsatnomaga arizani { $safe } dan kechiktirmay topshirish kerak edi; bizning talqinimizda muddat { $closes } gacha, lekin u ish kuni emas: muddatning oxirgi ish kuni — { $last_wd }. Imkon qadar tezroq, ish vaqtida topshiring va ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
       *[other] Ruxsatnoma { $expiry } gacha: 12 oy toʻldi. Bir talqinga koʻra, yangi ruxsatnomaga arizani { $safe } dan kechiktirmay topshirish kerak edi; bizning talqinimizda muddat { $closes } gacha. Imkon qadar tezroq topshiring va ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
    }
status-lp-permit-months-unknown = Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish, ishonchli { $opens } dan { $last_wd } gacha; 12 — yangi ruxsatnoma, eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida (kunni Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang).
# the extension over (`literal` no), or, the day this goes out as a reminder, still open on the literal reading (yes: as status-lp-permit-months-unknown-safe-passed)
status-lp-permit-months-unknown-late = { $literal ->
        [yes] Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan, uzaytirishga topshirishning ishonchli oxirgi kuni ({ $last_wd }) esa oʻtib ketdi. 12 dan kam — soʻzma-soʻz hisob boʻyicha uzaytirishga { $literal_wd } gacha, ish vaqtida topshirish mumkin. 12 — yangi ruxsatnoma: eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshiring. Imkon qadar tezroq topshiring, ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang va oylarni roʻyxatga qoʻshing.
       *[other] Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish muddati oʻtdi: topshirishning oxirgi kuni { $closes } edi. 12 — yangi ruxsatnoma: eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshiring. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang va oylarni roʻyxatga qoʻshing.
    }
# today a day off after the extension window's last working day, still inside it by the
# calendar (¶12, A04): the careful reading (the day of acceptance: late) first
status-lp-permit-extension-day-off = Ruxsatnoma { $expiry } gacha: bugun ish kuni emas, uzaytirish muddatining oxirgi ish kuni — { $last_wd } — esa oʻtib ketdi. Hozir topshirilgan ariza faqat { $accepted } da qabul qilinadi — bu muddatdan keyin (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha): agar topshirish sanasi deb qabul qilingan kun hisoblansa, ruxsatnoma uzaytirilmaydi. Yuborilgan kun hisoblanadimi, qoidalar aniqlashtirmaydi: zudlik bilan akimatdan yoki 1414 dan aniqlang va ularning javobisiz uzaytirishga umid qilmang.
# today a day off after our new-permit window's last working day (or none in it), up to D-1 (¶12, A04, A05)
status-lp-permit-new-day-off = Ruxsatnoma { $expiry } gacha: 12 oy toʻldi. Bugun ish kuni emas: hozir topshirilgan yangi ruxsatnomaga ariza faqat { $accepted } da qabul qilinadi — bu bizning talqinimizda muddatning oxirgi kuni — { $closes } dan keyin; eng erta talqinda { $safe_wd } dan kechiktirmay topshirish kerak edi. Topshirish sanasi deb yuborilgan kun hisoblanadimi va ruxsatnoma muddatining oxirgi kuni — { $expiry } da topshirish mumkinmi, qoidalar aniqlashtirmaydi: zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
# months unknown, day by day as the lines of a known count say it (under 12 / 12):
# the extension's safe last working day gone, its literal one ahead; the earliest reading's day ahead
status-lp-permit-months-unknown-safe-passed = Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan, uzaytirishga topshirishning ishonchli oxirgi kuni ({ $safe_wd }) esa oʻtib ketdi. 12 dan kam — soʻzma-soʻz hisob boʻyicha uzaytirishga { $last_wd } gacha, ish vaqtida topshirish mumkin. 12 — yangi ruxsatnoma: eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshiring. Imkon qadar tezroq topshiring, ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang va oylarni roʻyxatga qoʻshing.
# the extension window's last working day gone, today a day off inside it; the earliest reading's day ahead
status-lp-permit-months-unknown-day-off = Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish: muddatning oxirgi ish kuni, { $last_wd }, oʻtib ketdi, bugun esa ish kuni emas — hozir topshirilgan ariza faqat { $accepted } da, muddatdan keyin qabul qilinadi (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha); topshirish sanasi deb yuborilgan kun hisoblanadimi, qoidalar aniqlashtirmaydi, shuning uchun uzaytirishga umid qilmang. 12 — yangi ruxsatnoma: eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshiring. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang va oylarni roʻyxatga qoʻshing.
# as above, the earliest reading's day gone too, our window's working days ahead
# our window's last day D-1 a day off (`n_closes_day_off`, `n_closes_wd`): said so, with its last working day
status-lp-permit-months-unknown-day-off-new-passed = { $n_closes_day_off ->
        [yes] Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish: muddatning oxirgi ish kuni, { $last_wd }, oʻtib ketdi, bugun esa ish kuni emas — hozir topshirilgan ariza faqat { $accepted } da, muddatdan keyin qabul qilinadi (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha); topshirish sanasi deb yuborilgan kun hisoblanadimi, qoidalar aniqlashtirmaydi, shuning uchun uzaytirishga umid qilmang. 12 — yangi ruxsatnoma: eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshirish kerak edi; bizning talqinimizda muddat { $n_closes } gacha, lekin u ish kuni emas: muddatning oxirgi ish kuni — { $n_closes_wd }; imkon qadar tezroq, ish vaqtida topshiring. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang va oylarni roʻyxatga qoʻshing.
       *[other] Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish: muddatning oxirgi ish kuni, { $last_wd }, oʻtib ketdi, bugun esa ish kuni emas — hozir topshirilgan ariza faqat { $accepted } da, muddatdan keyin qabul qilinadi (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha); topshirish sanasi deb yuborilgan kun hisoblanadimi, qoidalar aniqlashtirmaydi, shuning uchun uzaytirishga umid qilmang. 12 — yangi ruxsatnoma: eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshirish kerak edi; bizning talqinimizda muddat { $n_closes } gacha: imkon qadar tezroq topshiring. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang va oylarni roʻyxatga qoʻshing.
    }
# today a day off after the last working day of both windows (D-5..D-1 all days off)
status-lp-permit-months-unknown-all-day-off = Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. Bugun ish kuni emas, uzaytirish muddati ham, bizning talqinimizdagi yangi ruxsatnoma muddati ham tugashidan oldingi oxirgi ish kuni esa { $last_wd } edi: hozir topshirilgan ariza faqat { $accepted } da — ikkala muddatdan keyin qabul qilinadi (uzaytirish muddati — soʻzma-soʻz hisob boʻyicha { $closes } gacha, yangi ruxsatnomaniki — { $n_closes } gacha). Topshirish sanasi deb yuborilgan kun hisoblanadimi va ruxsatnoma muddatining oxirgi kuni — { $expiry } da yangi ruxsatnomaga topshirish mumkinmi, qoidalar aniqlashtirmaydi: uzaytirishga umid qilmang, zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang va oylarni roʻyxatga qoʻshing.
# the extension window over; the earliest reading's day gone, our window's working days ahead
# our window's last day D-1 a day off (`n_closes_day_off`, `n_closes_wd`): said so, with its last working day
status-lp-permit-months-unknown-new-passed = { $n_closes_day_off ->
        [yes] Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish muddati oʻtdi: topshirishning oxirgi kuni { $closes } edi. 12 — yangi ruxsatnoma: eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshirish kerak edi; bizning talqinimizda muddat { $n_closes } gacha, lekin u ish kuni emas: muddatning oxirgi ish kuni — { $n_closes_wd }; imkon qadar tezroq, ish vaqtida topshiring. Ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang va oylarni roʻyxatga qoʻshing.
       *[other] Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish muddati oʻtdi: topshirishning oxirgi kuni { $closes } edi. 12 — yangi ruxsatnoma: eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshirish kerak edi; bizning talqinimizda muddat { $n_closes } gacha: imkon qadar tezroq topshiring. Ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang va oylarni roʻyxatga qoʻshing.
    }
# the extension window over; today a day off after our new-permit window's last working day
status-lp-permit-months-unknown-new-day-off = Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish muddati oʻtdi: topshirishning oxirgi kuni { $closes } edi. 12 — yangi ruxsatnoma: bugun ish kuni emas, hozir topshirilgan ariza faqat { $accepted } da qabul qilinadi — bu bizning talqinimizda muddatning oxirgi kuni — { $n_closes } dan keyin (eng erta talqinda { $new_safe } dan kechiktirmay topshirish kerak edi). Topshirish sanasi deb yuborilgan kun hisoblanadimi va ruxsatnoma muddatining oxirgi kuni — { $expiry } da topshirish mumkinmi, qoidalar aniqlashtirmaydi. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang va oylarni roʻyxatga qoʻshing.
# both windows over on our reading: the permit's last day left on another
status-lp-permit-months-unknown-closed = Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish muddati oʻtdi: topshirishning oxirgi kuni { $closes } edi. 12 — bizning talqinimizda yangi ruxsatnoma uchun muddat { $n_closes } da tugagan; boshqa talqinda { $expiry } da ham topshirish mumkin. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang va oylarni roʻyxatga qoʻshing.
# as status-lp-permit-months-unknown-closed, the permit's last day a day off: a filing on it is accepted after the end (¶12, A04)
status-lp-permit-months-unknown-closed-day-off = Ruxsatnoma { $expiry } gacha: necha oy toʻlgani roʻyxatda koʻrsatilmagan. 12 dan kam — uzaytirish muddati oʻtdi: topshirishning oxirgi kuni { $closes } edi. 12 — bizning talqinimizda yangi ruxsatnoma uchun muddat { $n_closes } da tugagan; boshqa talqinda ruxsatnoma muddatining oxirgi kuni — { $expiry } da ham topshirish mumkin, lekin u ish kuni emas: shu kuni topshirilgan ariza faqat { $expiry_accepted } da, ruxsatnoma muddati tugagach qabul qilinadi; yuborilgan kun hisoblanadimi, qoidalar aniqlashtirmaydi. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang va oylarni roʻyxatga qoʻshing.
status-lp-application = Ariza topshirildi: qaror — { $decision_by } dan kechiktirmay.
status-lp-termination = { $one_day ->
        [yes] Shartnoma bekor qilingani haqida { $urged } gacha xabar bering.
       *[no] Shartnoma bekor qilingani haqida ishonchli tarzda { $urged } gacha xabar bering (bekor qilingan kun hisoblanmasa — { $notice_by } gacha).
    }
status-hint = Pastdagi tugmalar: ✏️ — sanalarni oʻzgartirish, ✅ — bajarildi deb belgilash (eslatmalar toʻxtaydi), 🗑 — oʻchirish, 📜 — muddatlar asoslangan qoidalardan iqtiboslar.
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

rem-lp-extension-opens = { $last_days ->
        [same] Ruxsatnomani uzaytirish muddati ochiq: ishonchli — arizani { $opens } dan { $last_wd } gacha, ish vaqtida topshirish (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha, lekin u ish kuni emas).
       *[other] Ruxsatnomani uzaytirish muddati ochiq: ishonchli — arizani { $opens } dan { $last_wd } gacha topshirish (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha).
    }
rem-lp-extension-nudge = { $last_days ->
        [same] Uzaytirishga ariza topshirishning ishonchli oxirgi kuni — { $last_wd }, ish vaqtida (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha, lekin u ish kuni emas). Hali topshirmagan boʻlsangiz — hujjatlarni hozir tayyorlang.
       *[other] Uzaytirishga ariza topshirishning ishonchli oxirgi kuni — { $last_wd }, ish vaqtida (soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha). Hali topshirmagan boʻlsangiz — hujjatlarni hozir tayyorlang.
    }
rem-lp-extension-last-day = { $last_days ->
        [same] Bugun, { $last_wd }, — uzaytirishga ariza topshirish uchun ishonchli oxirgi kun, qanday hisoblanmasin, faqat ish vaqtida: soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha, lekin u ish kuni emas, kechqurun yoki dam olish kunlarida topshirilgan ariza esa undan keyin qabul qilinadi — ruxsatnoma uzaytirilmasligi mumkin.
       *[other] Bugun, { $last_wd }, — uzaytirishga ariza topshirish uchun ishonchli oxirgi kun, faqat ish vaqtida: kechqurun topshirilgan ariza keyingi ish kunida qabul qilinadi. Soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha; keyinroq topshirilsa, ruxsatnoma uzaytirilmasligi mumkin.
    }
# our window's last day D-1 a day off (`closes_day_off`, `closes_wd`): said so, with its last working day
rem-lp-new-permit-prepare = { $days ->
        [none] Ruxsatnomani uzaytirib boʻlmaydi: 12 oy toʻldi. Yangi ruxsatnoma uchun hujjatlarni tayyorlang. Eng erta talqinda { $safe_wd } dan kechiktirmay, ish vaqtida topshirish kerak. Bizning talqinimizdagi muddatning barcha kunlari — { $opens } dan { $closes } gacha — ish kuni emas: ularda topshirilgan ariza faqat { $accepted } da, muddatdan keyin qabul qilinadi. Ariza qaysi kundan qabul qilinishini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
       *[other] { $closes_day_off ->
            [yes] Ruxsatnomani uzaytirib boʻlmaydi: 12 oy toʻldi. Yangi ruxsatnoma uchun hujjatlarni tayyorlang. Eng erta talqinda { $safe_wd } dan kechiktirmay, ish vaqtida topshirish kerak; bizning talqinimizda — { $opens } dan { $closes } gacha, lekin u ish kuni emas: muddatning oxirgi ish kuni — { $closes_wd }. Ariza qaysi kundan qabul qilinishini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
           *[other] Ruxsatnomani uzaytirib boʻlmaydi: 12 oy toʻldi. Yangi ruxsatnoma uchun hujjatlarni tayyorlang. Eng erta talqinda { $safe_wd } dan kechiktirmay, ish vaqtida topshirish kerak; bizning talqinimizda — { $opens } dan { $closes } gacha. Ariza qaysi kundan qabul qilinishini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
        }
    }
rem-lp-months-unknown = Ruxsatnoma { $expiry } gacha amal qiladi, necha oy toʻlgani esa roʻyxatda koʻrsatilmagan. 12 dan kam boʻlsa — uzaytirishga, ishonchli { $opens } dan { $last_wd } gacha; 12 boʻlsa — yangi ruxsatnomaga, eng erta talqinda { $new_safe } dan kechiktirmay, ish vaqtida topshiriladi (kunni Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang). Oylarni roʻyxatga qoʻshing (months_total ustuni).
# our window's last day D-1 a day off (`closes_day_off`, `closes_wd`): said so, with its last working day
rem-lp-new-permit-opens = { $closes_day_off ->
        [yes] Yangi ruxsatnomaga ariza topshirish muddati: { $opens } dan { $closes } gacha (bizning talqinimizda), lekin { $closes } ish kuni emas: muddatning oxirgi ish kuni — { $closes_wd }. Eng erta talqinda birinchi kuni — { $opens } da — topshirish kerak, boshqa talqinda esa muddat bir kun keyin ochiladi: arizani qaysi kundan qabul qilishlarini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
       *[other] Yangi ruxsatnomaga ariza topshirish muddati: { $opens } dan { $closes } gacha (bizning talqinimizda). Eng erta talqinda birinchi kuni — { $opens } da — topshirish kerak, boshqa talqinda esa muddat bir kun keyin ochiladi: arizani qaysi kundan qabul qilishlarini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
    }
# our window's last day D-1 a day off (`closes_day_off`): today, its last working day, is the last day to file on our reading
rem-lp-new-permit-last-day = { $closes_day_off ->
        [yes] Bugun, { $last_wd }, — bizning talqinimizda yangi ruxsatnoma uchun muddatning oxirgi ish kuni (muddat { $closes } gacha, lekin u ish kuni emas). Qatʼiy talqinda muddat allaqachon oʻtgan: arizani bugun, ish vaqtida topshiring va Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
       *[other] Bugun, { $last_wd }, — bizning talqinimizda yangi ruxsatnoma uchun muddatning oxirgi ish kuni ({ $closes } gacha). Qatʼiy talqinda muddat allaqachon oʻtgan: arizani bugun topshiring va Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
    }
rem-lp-expiry = Ruxsatnoma { $expiry } gacha amal qiladi, shu kun ham kiradi. Amaldagi ruxsatnomasiz ishlash mumkin emas.
rem-lp-decision-due = Bugun ariza boʻyicha qaror chiqarishning oxirgi muddati ({ $decision_by }). Natijani Aholiga xizmat koʻrsatish markazi (ЦОН) yoki shaxsiy kabinetda tekshiring.
rem-lp-termination-urged = Mehnat shartnomasi bekor qilingani haqidagi xabarnomani bugun yuboring: { $one_day ->
        [yes] bugun — oxirgi kun.
       *[no] agar bekor qilingan kun hisoblansa, bugun — oxirgi kun (aks holda — { $notice_by }).
    }
rem-lp-termination-last-day = Bugun, { $notice_by }, — agar bekor qilingan kun hisoblanmasa, mehnat shartnomasi bekor qilingani haqida xabar berish uchun oxirgi kun (hisoblansa, muddat { $urged } edi).

calendar-caption = Kalendar uchun muddatlaringiz: .ics faylini telefonda, Google yoki Outlookda oching.
calendar-empty = Kalendar uchun oldinda muddat yoʻq: na saqlangan ruxsatnomalaringizda, na kompaniya roʻyxatidagi ishchilarda. Ruxsatnomani /track orqali saqlang yoki ishchilar roʻyxatini /roster orqali yuklang.
calendar-name = Muddatlar: ruxsatnomalar va arizalar

roster-prompt = Ishchilar roʻyxati bilan CSV yoki XLSX faylni yuboring — ularning ruxsatnomalarini kompaniyangiz uchun kuzatuvga qoʻshaman.
cmd-track = Eslatmalar uchun muddatni saqlash
cmd-status = Mening muddatlarim
cmd-calendar = Muddatlarni kalendarga (.ics)
cmd-roster = Ishchilar roʻyxatini yuklash (CSV, XLSX)
text-error-length = Iltimos, qisqaroq yozing: { $max } belgidan oshmasin.
hint-input-text = Javobni bitta xabarda yozing.
button-item-edit = ✏️ { $n }
button-item-grounds = 📜 { $n }

tracking-too-many = Saqlanmadi: sizda allaqachon { $max } ta yozuv bor — bu chegara. Keraksizlarini /status da oʻchiring (🗑 tugmasi), shunda yangisini qoʻshish mumkin boʻladi.
status-item-unreadable = saqlangan sanalarni oʻqib boʻlmayapti. Ularni oʻzgartiring (✏️) yoki yozuvni oʻchiring (🗑).
status-page = Sahifa { $page } / { $pages }.
button-page-prev = ◀️ Orqaga
button-page-next = Davom ▶️
