## Barcha xizmatlar boʻyicha saqlangan muddatlar uchun eslatmalar va /status qatorlari (dialogs/schedules/).

status-application = Ariza topshirildi: javob — { $decision_by } dan kechiktirmay.
rem-decision-due = Arizangiz boʻyicha javob — { $decision_by } dan kechiktirmay. Agar javob boʻlmasa, egov.kz dagi shaxsiy kabinetingizni tekshiring yoki 1414 aloqa markaziga qoʻngʻiroq qiling.

ended-lp-permit = Ruxsatnoma { $date } da tugadi: amaldagi ruxsatnomasiz ishlash mumkin emas. Agar uzaytirishga yoki yangi ruxsatnomaga ariza muddatida topshirilgan boʻlsa, qarorni kuting — u haqda ariza topshirgan joyingizdan yoki 1414 dan bilib oling. Topshirilmagan boʻlsa, ruxsatnomani endi uzaytirib boʻlmaydi; keyin nima qilish kerakligini bizning manbalar aytmaydi — Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
ended-lp-termination = Shartnoma bekor qilingani haqida xabar berish muddati { $date } da tugadi. Xabarnomani imkon qadar tezroq yuboring.
ended-lp-application = Qaror { $date } dan kechiktirmay kelishi kerak edi. Agar u boʻlmasa, Aholiga xizmat koʻrsatish markazida (ЦОН) yoki 1414 aloqa markazida soʻrang: shikoyat tartibi bizning manbalarda yoʻq.

status-se-permit = Mustaqil ishga joylashish uchun maʼlumotnoma { $expiry } gacha amal qiladi. Uzaytirishga mehnat shartnomasi tuzilgan kundan boshlab 5 ish kuni ichida, lekin { $file_by } dan kechiktirmay ariza topshiring{ $moved ->
        [yes] { " " }— bu maʼlumotnomaning oxirgi ish kuni; ish vaqtida topshiring: keyinroq topshirilgan ariza u tugaganidan keyingina qabul qilinadi.
       *[no] , ish vaqtida: keyinroq topshirilgan ariza maʼlumotnoma tugaganidan keyingina qabul qilinadi.
    }
# no working day left before the certificate ends (row 9: a filing on a day off is accepted the next working day)
status-se-cert-no-working-day = Maʼlumotnoma { $expiry } gacha amal qiladi, lekin u tugaguncha ish kuni qolmadi: hozir topshirilgan uzaytirish arizasi u tugaganidan keyingina qabul qilinadi. Shundan keyin maʼlumotnomani uzaytirish mumkinmi, qoidalar aytmaydi — 1414 aloqa markazidan yoki egov.kz dan aniqlang.
ended-se-permit = Maʼlumotnoma { $date } da tugadi. Uni shu kundan keyin uzaytirish mumkinmi, qoidalar aytmaydi: 1414 aloqa markazidan yoki egov.kz dan aniqlang.
rem-se-permit-soon = Mustaqil ishga joylashish uchun maʼlumotnoma { $expiry } da tugaydi. Agar mehnat shartnomasi tuzgan boʻlsangiz, uzaytirishga shartnoma tuzilgan kundan boshlab 5 ish kuni ichida, lekin { $file_by } dan kechiktirmay ariza topshiring{ $moved ->
        [yes] { " " }— bu maʼlumotnomaning oxirgi ish kuni; ish vaqtida topshiring: keyinroq topshirilgan ariza u tugaganidan keyingina qabul qilinadi.
       *[no] , ish vaqtida: keyinroq topshirilgan ariza maʼlumotnoma tugaganidan keyingina qabul qilinadi.
    }
rem-se-permit-expiry = Mustaqil ishga joylashish uchun maʼlumotnoma { $expiry } da tugaydi. Agar mehnat shartnomasi tuzgan boʻlsangiz, uni uzaytirishga shartnoma tuzilgan kundan boshlab 5 ish kuni ichida, lekin { $file_by } dan kechiktirmay ariza topshiring{ $moved ->
        [yes] { " " }— bu maʼlumotnomaning oxirgi ish kuni; ish vaqtida topshiring: keyinroq topshirilgan ariza u tugaganidan keyingina qabul qilinadi.
       *[no] , ish vaqtida: keyinroq topshirilgan ariza maʼlumotnoma tugaganidan keyingina qabul qilinadi.
    } Maʼlumotnomani muddati tugaganidan keyin uzaytirish mumkinmi, qoidalar aytmaydi — 1414 aloqa markazida yoki egov.kz da aniqlang.
status-se-duty = { $deadline } dan kechiktirmay topshiring{ $one_day ->
        [yes] .
       *[no] { " " }(boshqa hisoblash usuli boʻyicha — { $latest } dan kechiktirmay).
    }
status-se-duty-cert-first = { $safe } dan kechiktirmay topshiring: maʼlumotnoma { $expiry } da tugaydi, { $deadline } muddatidan oldin.
# one way of counting's last day gone, the other's still ahead
status-se-duty-late = Bir hisoblash usuli boʻyicha topshirish muddati oʻtdi ({ $deadline }); boshqa hisoblash usuli boʻyicha — { $latest } dan kechiktirmay. Imkon qadar tezroq topshiring.
# one count's day gone; the other's runs past the certificate's end, which cuts it short
status-se-duty-late-cert = Bir hisoblash usuli boʻyicha topshirish muddati oʻtdi ({ $deadline }); boshqa hisoblash usuli boʻyicha u uzoqroq davom etadi, lekin maʼlumotnoma faqat { $expiry } gacha amal qiladi. U amal qilayotganda topshiring: oxirgi ish kuni — { $last }.
ended-se-duty = 5 ish kunlik muddat { $date } da tugadi. Kechiksangiz nima boʻlishini qoidalar aytmaydi: 1414 aloqa markazidan aniqlang.
ended-se-application = Qaror { $date } dan kechiktirmay kelishi kerak edi. Agar u boʻlmasa, maʼlumotnoma beradigan akimatga shikoyat qiling: u 5 ish kunida koʻrib chiqiladi.
rem-se-duty-extend = Maʼlumotnomani uzaytirishga { $deadline } dan kechiktirmay ariza topshiring: mehnat shartnomasi tuzilgan kundan boshlab 5 ish kuni{ $one_day ->
        [yes] .
       *[no] { " " }(boshqa hisoblash usuli boʻyicha — { $latest } dan kechiktirmay).
    }
rem-se-cert-ends-first = Maʼlumotnomani uzaytirishga { $safe } dan kechiktirmay ariza bering — bu uning oxirgi ish kuni: u { $expiry } gacha amal qiladi, { $deadline } muddatidan oldin. Maʼlumotnomani muddati tugaganidan keyin uzaytirish mumkinmi, qoidalar aytmaydi — 1414 aloqa markazida yoki egov.kz da aniqlang.
rem-se-duty-reissue = Maʼlumotnomani qayta rasmiylashtirishga { $deadline } dan kechiktirmay ariza topshiring: oʻzgarish sanasidan boshlab 5 ish kuni{ $one_day ->
        [yes] .
       *[no] { " " }(boshqa hisoblash usuli boʻyicha — { $latest } dan kechiktirmay).
    }
rem-se-duty-duplicate = Maʼlumotnoma dublikatiga { $deadline } dan kechiktirmay ariza topshiring: yoʻqolgan yoki buzilgan sanadan boshlab 5 ish kuni{ $one_day ->
        [yes] .
       *[no] { " " }(boshqa hisoblash usuli boʻyicha — { $latest } dan kechiktirmay).
    }
# the earlier count's day gone, the other count's last day: today (a working day, never moved)
rem-se-duty-latest-day = Bir hisoblash usuli boʻyicha topshirish muddati oʻtdi ({ $deadline }); boshqa hisoblash usuli boʻyicha bugun, { $latest }, — oxirgi kun. { $duty ->
        [reissue] Maʼlumotnomani qayta rasmiylashtirishga
        [duplicate] Maʼlumotnoma dublikatiga
       *[extend] Maʼlumotnomani uzaytirishga
    } bugun, ish vaqtida ariza topshiring: keyinroq topshirilgan ariza shu kundan keyingina qabul qilinadi. Shubhangiz boʻlsa, 1414 aloqa markazidan soʻrang.

status-ep-permit = Ruxsatnoma { $expiry } gacha amal qiladi. Uzaytirish boʻyicha qaror vaqtida chiqishi uchun { $latest } dan kechiktirmay topshiring — bu bizning rejalashtirish uchun sanamiz: bizning manbalardagi qoidalar topshirish muddatini belgilamaydi (akimatdan yoki 1414 dan aniqlang).
# the planning date gone while the permit still runs (/status, /track)
status-ep-permit-late = Ruxsatnoma { $expiry } gacha amal qiladi. Uzaytirishga vaqt zaxirasi bilan ({ $latest } dan kechiktirmay) topshirishning endi iloji yoʻq: imkon qadar tezroq, ish vaqtida topshiring. Ruxsatnoma qarordan oldin tugasa nima boʻlishini bizning manbalar aytmaydi — akimatdan yoki 1414 dan aniqlang.
status-ep-permit-no-working-day = Ruxsatnoma { $expiry } gacha amal qiladi, lekin u tugaguncha ish kuni qolmadi: hozir topshirilgan uzaytirish arizasi { $accepted } da — ruxsatnoma tugaganidan keyin qabul qilinadi. Uni shundan keyin uzaytirish mumkinmi, bizning manbalar aytmaydi — akimatdan yoki 1414 dan aniqlang.
ended-ep-permit = Ruxsatnoma { $date } da tugadi. Uni shu kundan keyin uzaytirish mumkinmi, bizning manbalar aytmaydi: akimatda yoki 1414 aloqa markazida soʻrang.
rem-ep-extension-plan = Ruxsatnoma { $expiry } da tugaydi. Uzaytirishga qachon ariza topshirishni bizning manbalardagi qoidalar aytmaydi — akimatdan yoki 1414 dan aniqlang. Uzaytirish oʻziga belgilangan ish kunlari ichida hal qilinadi, shuning uchun { $latest } dan kechiktirmay topshiring (bizning rejalashtirish uchun sanamiz). Hujjatlarni hozirdan tayyorlay boshlang.
rem-ep-extension-latest = { $latest } — uzaytirishga ariza topshirib, ruxsatnoma tugashidan ({ $expiry }) oldin qaror olish uchun oxirgi ish kuni (rejalashtirish uchun sana, qonundagi muddat emas).
rem-ep-expiry-last-day = Ruxsatnoma { $expiry } da tugaydi. Bugun, { $last_wd }, — u hali amal qilib turganda uzaytirishga ariza topshirish uchun oxirgi ish kuni: ish vaqti tugaganidan keyin yoki dam olish kunida topshirilgan ariza { $accepted } da, ruxsatnoma tugaganidan keyin qabul qilinadi. Agar uzaytirish haqida hali qaror boʻlmasa, akimatda yoki 1414 aloqa markazida soʻrang.
status-ep-issue = Ariza topshirildi: qaror haqidagi xabarnoma — { $decision_by } dan kechiktirmay, yigʻim bilan birga butun jarayon — { $total_by } dan kechiktirmay.
rem-ep-issue-notice-due = Ruxsatnoma boʻyicha qaror haqidagi xabarnoma — { $decision_by } dan kechiktirmay. Berish haqida qaror chiqqandan keyin yigʻim 10 ish kuni ichida toʻlanadi; butun jarayon — { $total_by } dan kechiktirmay.
status-ep-fee = Ruxsatnoma uchun yigʻimni { $pay_by } dan kechiktirmay toʻlang.
status-ep-fee-notice = Ruxsatnoma uchun yigʻimni { $pay_by } dan kechiktirmay toʻlang (xabarnomadan hisoblansa — { $pay_by_notice } dan kechiktirmay).
# the day from the decision gone, the one from the notice ahead
status-ep-fee-notice-late = Yigʻimni toʻlash muddati qarordan hisoblaganda { $pay_by } da tugadi; qaror haqidagi xabarnomadan hisoblansa — oxirgi kun { $pay_by_notice }. Darhol toʻlang va endi nima qilish kerakligini akimatda soʻrang.
ended-ep-fee = Yigʻimni toʻlash muddati qarordan hisoblaganda { $date } da tugadi; qaror haqidagi xabarnomadan hisoblansa, keyinroq boʻlishi mumkin. Darhol toʻlang va endi nima qilish kerakligini akimatda soʻrang.
ended-ep-fee-notice = Yigʻimni toʻlash muddati qarordan ham, u haqidagi xabarnomadan ham hisoblaganda tugadi: ikkalasining kechrogʻi { $date } da tugadi. Darhol toʻlang va endi nima qilish kerakligini akimatda soʻrang.
ended-ep-application = Qaror { $date } dan kechiktirmay kelishi kerak edi. Agar u boʻlmasa, akimatda yoki 1414 aloqa markazida soʻrang: qayerga shikoyat qilishni bizning manbalar aytmaydi.
rem-ep-fee-nudge = Ruxsatnoma uchun yigʻimni { $pay_by } dan kechiktirmay toʻlash kerak: qaror kunidan boshlab 10 ish kuni. Oldindan toʻlang.
rem-ep-fee-last-day = { $reading ->
        [later] { $pay_by } — ruxsatnoma uchun yigʻimni toʻlashning ishonchli oxirgi kuni (qaror kunidan boshlab 10 ish kuni; { $received } da olingan xabarnomadan hisoblansa — { $pay_by_notice } dan kechiktirmay).
        [same] { $pay_by } — ruxsatnoma uchun yigʻimni toʻlashning oxirgi kuni: qarordan ham, u haqidagi xabarnomadan ham hisoblaganda muddat shu kuni tugaydi.
       *[unknown] { $pay_by } — ruxsatnoma uchun yigʻimni toʻlashning ishonchli oxirgi kuni (qaror kunidan boshlab 10 ish kuni; qaror haqidagi xabarnomadan hisoblansa — keyinroq).
    }
# the day from the decision gone; the one from the notice (a working day, never moved) is today
rem-ep-fee-notice-last-day = Ruxsatnoma uchun yigʻimni toʻlashning ishonchli muddati — qaror kunidan boshlab 10 ish kuni — { $pay_by } da tugadi. { $received } da olingan qaror haqidagi xabarnomadan hisoblansa, bugun, { $pay_by_notice }, — oxirgi kun. Yigʻimni bugun toʻlang. Shubhangiz boʻlsa, akimatda yoki 1414 aloqa markazida soʻrang.

status-ks-status = Kandas maqomi (статус кандаса) { $valid_to } gacha amalda. Uzaytirish javobi vaqtida kelishi uchun { $latest } gacha ish vaqtida topshiring — bu reja sanamiz, muddat emas: qachon topshirish qoidalarda yoʻq (akimat yoki 1414 dan soʻrang).
status-ks-status-estimated = Kandas maqomi (статус кандаса) { $valid_to } gacha amal qiladi — bizning taxminimizcha, kelgan kundan hisoblaganda (yilni boshqacha hisoblaganda — { $valid_to_late } gacha); guvohnomadagi «gacha» (по) sanasiga tayaning. Uzaytirish boʻyicha javob vaqtida kelishi uchun { $latest } gacha ish vaqtida topshiring — bu rejalashtirish uchun bizning sanamiz, muddat emas: qachon topshirish kerakligini qoidalar aytmaydi (akimatdan yoki 1414 dan aniqlang).
# the day to file for an answer before the end gone while the status still runs (/status, /track)
status-ks-status-late = Kandas maqomi (статус кандаса) { $valid_to } gacha amal qiladi. Uzaytirishga imkon qadar tezroq ariza topshiring: javob shu kungacha kelishi uchun { $latest } dan kechiktirmay topshirish kerak edi. Bu rejalashtirish uchun bizning sanamiz, muddat emas: qachon topshirish kerakligini qoidalar aytmaydi — akimatdan yoki 1414 dan aniqlang.
status-ks-status-estimated-late = Kandas maqomi (статус кандаса) { $valid_to } gacha amal qiladi — bizning taxminimizcha, kelgan kundan hisoblaganda (yilni boshqacha hisoblaganda — { $valid_to_late } gacha); guvohnomadagi «gacha» (по) sanasiga tayaning. Uzaytirishga imkon qadar tezroq ariza topshiring: javob shu kungacha kelishi uchun { $latest } dan kechiktirmay topshirish kerak edi. Bu rejalashtirish uchun bizning sanamiz, muddat emas: qachon topshirish kerakligini qoidalar aytmaydi — akimatdan yoki 1414 dan aniqlang.
# the earlier reading's last day gone, the later one's not yet: that one day (arrival, /status, /track)
status-ks-status-estimated-last-day = Bizning taxminimizcha, kelgan kundan hisoblaganda kandas maqomi (статус кандаса) { $valid_to } gacha amal qilgan — agar kelgan kun yilning birinchi kuni boʻlsa; agar unday boʻlmasa, maqomning oxirgi kuni — { $valid_to_late }. Guvohnomadagi «gacha» (по) sanasi bilan solishtiring. Agar uzaytirishga hali ariza topshirmagan boʻlsangiz, darhol akimatga yoki 1414 ga murojaat qiling: maqomni u tugaganidan keyin uzaytirish mumkinmi, qoidalar aytmaydi.
ended-ks-status = Kandas maqomi (статус кандаса) va guvohnomasi { $date } da tugadi. Maqomni shu kundan keyin uzaytirish mumkinmi, qoidalar aytmaydi: 1414 aloqa markazidan aniqlang.
ended-ks-application = Qaror { $date } dan kechiktirmay kelishi kerak edi. Agar u boʻlmasa, akimatga shikoyat qiling: u 5 ish kunida koʻrib chiqiladi.
ended-rq-application = Qaror { $date } dan kechiktirmay kelishi kerak edi. Agar u boʻlmasa, akimatga shikoyat qiling: u roʻyxatga olingan kundan boshlab 5 ish kunida koʻrib chiqiladi.
rem-ks-certificate-due = Kandas guvohnomasi — { $certificate_by } dan kechiktirmay (kelgach 3 kun; kalendar yoki ish kunimi — qoidalar aytmaydi, bu kechrogʻi). Unda maqom muddati: «gacha» sanasini /track da saqlang.
rem-ks-extension-prepare = Kandas maqomi (статус кандаса) { $valid_to } da tugaydi. Uzaytirish 3 ish kunida hal qilinadi: javob maqom tugashidan oldin kelishi uchun { $latest } gacha topshiring — bu rejalashtirish uchun bizning sanamiz, muddat emas: qachon topshirish kerakligini qoidalar aytmaydi (akimatdan yoki 1414 dan aniqlang). Hujjatlarni hozir tayyorlang.
rem-ks-extension-prepare-estimated = Bizning taxminimizcha, kelgan kundan hisoblaganda kandas maqomi (статус кандаса) { $valid_to } da tugaydi (yilni boshqacha hisoblaganda — { $valid_to_late } da); guvohnomangizdagi «gacha» (по) sanasi hisobga olinadi. Uzaytirish 3 ish kunida hal qilinadi: javob maqom tugashidan oldin kelishi uchun { $latest } gacha topshiring — bu rejalashtirish uchun bizning sanamiz, muddat emas: qachon topshirish kerakligini qoidalar aytmaydi (akimatdan yoki 1414 dan aniqlang). Hujjatlarni hozir tayyorlang.
rem-ks-extension-latest = { $latest } — kandas maqomini (статус кандаса) uzaytirishga ariza topshirib, u tugashidan ({ $valid_to }) oldin javob olish (3 ish kuni) uchun oxirgi ish kuni. Bu rejalashtirish uchun bizning sanamiz, muddat emas: qachon topshirish kerakligini qoidalar aytmaydi — akimatdan yoki 1414 dan aniqlang.
rem-ks-extension-latest-estimated = { $latest } — kandas maqomini (статус кандаса) uzaytirishga ariza topshirib, u tugashidan ({ $valid_to }) oldin javob olish (3 ish kuni) uchun oxirgi ish kuni (tugash sanasi — kelgan kundan hisoblangan bizning taxminimiz, yilni boshqacha hisoblaganda — { $valid_to_late }; guvohnomangizdagi tugash sanasi ertaroq boʻlsa, unga tayaning). Bu rejalashtirish uchun bizning sanamiz, muddat emas: qachon topshirish kerakligini qoidalar aytmaydi — akimatdan yoki 1414 dan aniqlang.
rem-ks-status-ends = Kandas maqomi va guvohnomasi { $valid_to } da tugaydi.
rem-ks-status-ends-estimated = Bizning taxminimizcha, kelgan kundan hisoblaganda kandas maqomi (статус кандаса) va guvohnomasi { $valid_to } da tugaydi (yilni boshqacha hisoblaganda — { $valid_to_late } da); guvohnomadagi «gacha» (по) sanasini tekshiring.
rem-ks-informed = Uzaytirish haqidagi qaror Aholiga xizmat koʻrsatish markaziga (ЦОН) { $informed_by } dan kechiktirmay keladi: natijani oʻsha yerdan soʻrang.

status-trp-sixteen = Bolaning vaqtincha yashash uchun ruxsatnomasiga { $safe_by } dan kechiktirmay ariza topshiring (eng kechi — { $latest }).
status-trp-sixteen-late = Bolaning vaqtincha yashash uchun ruxsatnomasiga (разрешение на временное проживание) ariza topshirishning ishonchli muddati oʻtdi ({ $safe_by }); eng kechi — { $latest }. Imkon qadar tezroq topshiring.
status-trp-sixteen-none-left = Bolaning vaqtincha yashash uchun ruxsatnomasiga (разрешение на временное проживание) ariza topshirish: muddat tugashigacha ({ $latest }) ish kuni qolmadi — hozir topshirilgan ariza { $next_wd } da qabul qilinadi. U ulguradimi, Qoidalar aniqlashtirmaydi — politsiyada yoki 1414 dan aniqlang.
ended-trp-sixteen = 16 yoshga toʻlgan bola uchun ariza topshirishga berilgan 10 kun { $date } da tugadi. Endi nima qilish kerakligini migratsiya politsiyasida yoki 1414 aloqa markazida soʻrang.
rem-trp-sixteen-soon = Bola { $birthday } da 16 yoshga toʻladi. Qabul qiluvchi tomon 10 kalendar kuni ichida vaqtincha yashash uchun ruxsatnomaga (разрешение на временное проживание) ariza topshirishi kerak; ishonchli oxirgi kun — { $safe_by }. Hujjatlarni tayyorlang.
rem-trp-sixteen-last = { $safe_last } — ishonchli muddatgacha ({ $safe_by }) 16 yoshga toʻlgan bolaning vaqtincha yashash uchun ruxsatnomasiga (разрешение на временное проживание) ariza topshirish mumkin boʻlgan oxirgi ish kuni. Eng kech talqin boʻyicha — { $latest }.
rem-trp-sixteen-last-both = Bugun, { $safe_last }, — muddatning ikkala talqini boʻyicha ham (ishonchli — { $safe_by }, eng kechi — { $latest }) 16 yoshga toʻlgan bolaning vaqtincha yashash uchun ruxsatnomasiga (разрешение на временное проживание) ariza topshirish uchun oxirgi ish kuni: muddat tugaguncha faqat dam olish kunlari qoldi, dam olish kunida topshirilgan ariza esa faqat { $next_wd } da qabul qilinadi. Bugun, ish vaqtida topshiring.
# the safe day gone, the latest reading's last day (a working day) today.
rem-trp-sixteen-latest-day = 16 yoshga toʻlgan bolaning vaqtincha yashash uchun ruxsatnomasiga (разрешение на временное проживание) ariza topshirishning ishonchli muddati oʻtdi ({ $safe_by }). Eng kech talqin boʻyicha bugun, { $latest }, — oxirgi kun: bugun, ish vaqtida topshiring — keyinroq topshirilgan ariza shu kundan keyingina qabul qilinadi. Shubhangiz boʻlsa, migratsiya politsiyasida yoki 1414 aloqa markazida soʻrang.
status-trp-transfer = Korporatsiya ichidagi oʻtkazish { $ends } da tugaydi.
ended-trp-transfer = Korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) { $date } da tugadi. Uni tugaganidan keyin uzaytirish mumkinmi, bizning manbalar aytmaydi — 1414 dan aniqlang.
ended-trp-application = Qaror { $date } dan kechiktirmay kelishi kerak edi. Agar u boʻlmasa, u haqida ariza topshirgan joyingizdan yoki 1414 aloqa markazidan soʻrang.
rem-trp-transfer-soon = Korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) { $ends } da tugaydi. U koʻpi bilan 3 yil davom etadi, uni bir yilga uzaytirish huquqi bor: qanday uzaytirishni ish beruvchidan yoki 1414 dan oldindan aniqlang.
rem-trp-transfer-ends = Korporatsiya ichidagi oʻtkazish { $ends } da tugaydi.

status-prp-application = Ariza topshirildi: qaror haqidagi xabarnoma, bizning hisobimizcha, { $notice_latest } dan kechiktirmay (umumiy muddat Qoidalarning 3-ilovasida, u bizning manbalarda yoʻq).
ended-prp-application = Bizning hisobimizcha, qaror haqidagi xabarnoma { $date } dan kechiktirmay kelishi kerak edi. Umumiy muddat Qoidalarning 3-ilovasida, u bizning manbalarda yoʻq: javob boʻlmasa, migratsiya politsiyasida, 1414 aloqa markazida yoki egov.kz da soʻrang.
rem-prp-notice-estimate = Bizning hisobimizcha, doimiy yashash uchun ruxsatnoma (разрешение на постоянное проживание) boʻyicha qaror haqidagi xabarnoma uchun oxirgi kun — { $notice_latest }. Umumiy muddat Qoidalarning 3-ilovasida, u bizning manbalarda yoʻq: javob boʻlmasa, migratsiya politsiyasida, 1414 aloqa markazida yoki egov.kz da soʻrang.
status-prp-hearing = Eshitish (tinglov): { $ready_by } ga tayyor boʻling; u { $latest } dan kechiktirmay oʻtkaziladi.
status-prp-hearing-any-day = Eshitish (tinglov) { $latest } dan kechiktirmay oʻtkaziladi: kelishga tayyor boʻling.
ended-prp-hearing = Eshitish muddati { $date } da tugadi. Eshitish boʻlmagan boʻlsa, zudlik bilan politsiya bilan bogʻlaning.
rem-prp-hearing = Arizangiz boʻyicha eshitish (tinglov) — { $latest } dan kechiktirmay; u ertaroq, { $ready_by } da ham boʻlishi mumkin. Kelishga tayyor boʻling.
status-prp-exit = Qozogʻistondan { $safe } dan kechiktirmay chiqib keting (eng kechi — { $outer }). Qayta { $reapply } dan topshirish mumkin.
# the safe day to leave gone, the other reading's ahead
status-prp-exit-late = Bizning hisobimizcha chiqib ketishning ishonchli muddati ({ $safe }) oʻtdi; boshqa talqin boʻyicha — { $outer } dan kechiktirmay. Agar hali Qozogʻistonda boʻlsangiz, zudlik bilan migratsiya politsiyasiga murojaat qiling. Qayta { $reapply } dan topshirish mumkin.
# the item is over whether or not the user left: said for one who is still here
ended-prp-exit-if-here = Chiqib ketish uchun berilgan 30 kun { $date } da tugadi. Agar hali Qozogʻistonda boʻlsangiz, darhol migratsiya politsiyasiga murojaat qiling.
rem-prp-exit-nudge = Bekor qilingandan keyin Qozogʻistondan { $safe } dan kechiktirmay chiqib ketish kerak (ishonchli oxirgi kun; boshqa talqin boʻyicha — { $outer }).
rem-prp-exit-last = { $safe } — bekor qilingandan keyin Qozogʻistondan chiqib ketish uchun ishonchli oxirgi kun (boshqa talqin boʻyicha — { $outer }).
# the safe day to leave gone, the other reading's last day (a working day) today.
rem-prp-exit-outer-day = Bekor qilingandan keyin Qozogʻistondan chiqib ketishning ishonchli muddati ({ $safe }) oʻtdi. Boshqa talqin boʻyicha bugun, { $outer }, — oxirgi kun. Agar hali Qozogʻistonda boʻlsangiz, bugun chiqib keting. Shubhangiz boʻlsa, darhol migratsiya politsiyasiga murojaat qiling yoki 1414 ga qoʻngʻiroq qiling.
status-prp-reapply = Doimiy yashash uchun ruxsatnomaga { $safe } dan qayta topshirish mumkin.
rem-prp-reapply = { $safe } dan doimiy yashash uchun ruxsatnomaga (разрешение на постоянное проживание) qayta ariza topshirish mumkin (xulosa chiqqanidan keyin bir yil oʻtdi).

## Yozuv nima haqida: /status qatorida, eslatmada va taqvimda birinchi turadi (dialogs/schedules, `name`)
item-lp-permit = { track-service-lp }
item-lp-application = { track-service-lp } — ariza
item-lp-termination = { track-service-lp } — shartnoma bekor qilinishi
item-se-permit = { track-service-se }
item-se-application = { track-service-se } — { $request ->
        [issue] olish uchun ariza
        [extend] uzaytirish uchun ariza
        [reissue] qayta rasmiylashtirish uchun ariza
        [duplicate] dublikat uchun ariza
       *[other] ariza
    }
item-se-duty = { track-service-se } — { $duty ->
        [extend] uzaytirish
        [reissue] qayta rasmiylashtirish
        [duplicate] dublikat
       *[other] 5 ish kunlik muddat
    }
item-ep-ict = { track-service-ep } (korporatsiya ichidagi oʻtkazish)
item-ep-permit = { $goal ->
        [ict] { item-ep-ict }
       *[other] { track-service-ep }
    }
item-ep-application = { $request ->
        [ict-issue] { item-ep-ict } — berish uchun ariza
        [ict-extend] { item-ep-ict } — uzaytirish uchun ariza
        [ict-reissue] { item-ep-ict } — qayta rasmiylashtirish uchun ariza
        [issue] { track-service-ep } — berish uchun ariza
        [extend] { track-service-ep } — uzaytirish uchun ariza
        [reissue] { track-service-ep } — qayta rasmiylashtirish uchun ariza
       *[other] { track-service-ep } — ariza
    }
item-ep-fee = { track-service-ep } — yigʻim
item-ks-status = { track-service-ks }
item-ks-application = { track-service-ks } — { $request ->
        [assign] berish uchun ariza
        [extend] uzaytirish uchun ariza
       *[other] ariza
    }
item-rq-application = { track-service-rq } — { $applicant ->
        [kandas] kandas arizasi
        [resettler] koʻchib keluvchi arizasi
       *[other] ariza
    }
item-trp-permit = { track-service-trp }
item-trp-application = { track-service-trp } — ariza
item-trp-sixteen = { track-service-trp } — bola 16 yoshga toʻladi
item-trp-transfer = { track-service-trp } — korporatsiya ichidagi oʻtkazish
item-prp-application = { track-service-prp } — ariza
item-prp-hearing = { track-service-prp } — eshitish
item-prp-exit = { track-service-prp } — bekor qilingach chiqib ketish
item-prp-reapply = { track-service-prp } — rad javobidan keyin qayta topshirish

## /track: qaysi xizmat, aynan nima, keyin sanalar

track-service-question = Qaysi xizmat haqida gap ketyapti?
track-service-lp = Mehnat immigrantiga ruxsatnoma
track-service-se = Mustaqil ish uchun maʼlumotnoma
track-service-ep = Ish beruvchiga ruxsatnoma
track-service-ks = Kandas maqomi
track-service-rq = Hududiy kvota
track-service-trp = Vaqtincha yashash
track-service-prp = Doimiy yashash
track-kind-question = Nimani saqlaymiz?
track-kind-se-permit = Menda bor maʼlumotnoma
track-kind-se-duty = 5 ish kunlik muddat
track-kind-ep-permit = Bizning ruxsatnomamiz
track-kind-ep-fee = Yigʻimni toʻlash
track-kind-ks-status = Maqomim (guvohnoma)
track-ks-arrival-estimate = Yil — kelgan kundan taxminimiz (qaror shu kuni kuchga kiradi): { $valid_to } yoki, ertasidan hisoblasa, { $valid_to_late } gacha. Aniq sana — guvohnomada «gacha» (по): olgach, uni kuzating (pastdagi tugma).
track-kind-ks-arrival = Hududga yetib keldim
track-kind-trp-sixteen = Bola 16 yoshga toʻlyapti
track-kind-trp-transfer = Korporatsiya ichidagi oʻtkazish
track-kind-prp-hearing = Eshitish haqida xabarnoma
track-kind-prp-exit = Bekor qilindi: chiqib ketish
track-kind-prp-reapply = Rad javobi: qayta topshirish
track-request-question = Ariza nimaga topshirilgan?
track-request-ict-issue = Oʻtkazish: berish
track-request-ict-extend = Oʻtkazish: uzaytirish
track-request-ict-reissue = Oʻtkazish: oʻzgartirib berish
track-request-ks-extend = Maqomni uzaytirish
track-duty-question = Nima sodir boʻldi?
track-duty-se-extend = Mehnat shartnomasi tuzdim
track-duty-se-reissue = F.I.Sh., pasport, ish oʻzgardi
track-duty-se-duplicate = Maʼlumotnoma yoʻqoldi yo buzildi
track-event-question = Bu qaysi sanada sodir boʻldi?
track-expiry-question = Hujjat qaysi sanagacha amal qiladi? Unda koʻrsatilgan oxirgi kunni yozing.
track-goal-question = Bu qanday ruxsatnoma?
track-goal-categories = 1–4-toifalar yoki mavsumiy
track-applicant-question = Kvotaga kim ariza topshirgan?
track-applicant-kandas = Kandas
track-applicant-resettler = Koʻchib keluvchi
track-result-check = Quyidagi sanalarni tekshiring. Hozircha hech narsa saqlanmagan: «🔔 Muddatlarni eslatish» tugmasini bosing — saqlab, soat 9:00 da (Olmaota vaqti) eslataman.

tracking-saved-again = Bu allaqachon saqlangan: yozuvni yangiladim, takror yozuv yoʻq. Eng yaqin eslatma — { $next } soat 9:00 da (Olmaota vaqti). Barcha muddatlar: /status.
# a second 🔔 press within seconds of the first (a toast, at most 200 characters)
tracking-saved-above = 🔔 Allaqachon saqlangan — tasdiq biroz yuqorida.
tracking-saved-again-no-upcoming = Bu allaqachon saqlangan: yozuvni yangiladim, takror yozuv yoʻq. Uning barcha muddatlari oʻtib ketgan, eslatma boʻlmaydi. Barcha muddatlar: /status.
tracking-saved-again-no-reminders-left = Bu allaqachon saqlangan: yozuvni yangiladim, takror yozuv yoʻq. U boʻyicha boshqa eslatma boʻlmaydi: nima qolgani quyida aytilgan. Barcha muddatlar: /status.
# after a save: current items of the same thing (same title) with other dates — an answer
# corrected after saving, or a renewed permit whose old item still reminds. $items: their
# /status lines, numbered "1) …" when $count > 1
tracking-saved-twin = { $count ->
        [one] Bu avval ham boshqa sanalar bilan saqlangan:
       *[other] Bu avval yana { $count } marta boshqa sanalar bilan saqlangan:
    }
    { $items }
    Agar yangi yozuv avvalgisining oʻrnini bossa, avvalgisini oʻchiring — aks holda u boʻyicha ham eslatmalar kelaveradi. Ikkalasi ham kerak boʻlsa, hech narsa qilmang.
# under that text, one per earlier item; $n is 0 when there is one
button-twin-delete = { $n ->
        [0] 🗑 Avvalgisini oʻchirish
       *[other] 🗑 Avvalgisini oʻchirish ({ $n })
    }

## A temporary residence permit held: reminders on the user's own last day (the Rules set no term)
track-kind-trp-permit = Ruxsatnomam: amal qilish muddati
status-trp-permit = Vaqtincha yashash uchun ruxsatnoma { $expiry } gacha amal qiladi (siz koʻrsatgan sana).
track-note-trp-permit-silent = Manbalarimizdagi qoidalarda RVP muddati ham, uni qachon va qanday uzaytirish yoki yangisini olish kerakligi ham belgilanmagan. Oxirgi kundan 60 va 14 kun oldin eslataman: bu qoida emas, bizning tanlovimiz. Agar boʻlish muddati tugasa, RVP hujjatlari faqat ikki holatda qabul qilinadi. Nima qilish kerakligini 1414 yoki egov.kz dan bilib oling.
rem-trp-permit-soon = Vaqtincha yashash uchun ruxsatnomangiz (разрешение на временное проживание) { $expiry } gacha amal qiladi. Uni qanday va qachon uzaytirish yoki yangisini olish kerakligini qoidalar aytmaydi; agar boʻlish muddati tugasa, RVP hujjatlari faqat ikki holatda qabul qilinadi. Nima kerakligini 1414 yoki egov.kz dan oldindan bilib oling va oʻz vaqtida topshiring.
ended-trp-permit = Vaqtincha yashash uchun ruxsatnoma (разрешение на временное проживание) { $date } da tugadi. Agar boʻlish muddati tugagan boʻlsa, RVP hujjatlari faqat ikki holatda qabul qilinadi. 1414 ga qoʻngʻiroq qiling.

## /track: a self-employment extension duty asks the certificate's last day (AMB-09)
track-se-cert-question = Maʼlumotnomangiz qaysi sanagacha amal qilishini bilasizmi? Sana maʼlumotnomada koʻrsatilgan; maʼlumotnoma 5 ish kuni oʻtishidan oldin tugashi mumkin.
track-se-cert-date = Ha, sanani kiritaman
track-se-cert-unknown = Bilmayman
track-se-result-cert-ended = Maʼlumotnomangizning oxirgi kuni — { $expiry }: u amal qilayotganda uzaytirishga ariza berib boʻlmaydi. U boʻyicha eslatmalarni rejalashtirmayman.
track-se-reason-accepted-after = Uzaytirishga ariza mehnat shartnomasi tuzilgandan keyin beriladi, dam olish kunida yoki ish vaqtidan keyin yuborilgan ariza esa keyingi ish kunida qabul qilinadi: { $expiry } gacha buning uchun ish kuni qolmaydi.
track-se-cert-first = { $safe } dan kechiktirmay ariza bering — bu maʼlumotnomaning oxirgi ish kuni: u { $expiry } gacha amal qiladi, { $deadline } muddatidan oldin. Maʼlumotnomani muddati tugaganidan keyin uzaytirish mumkinmi, qoidalar aytmaydi, dam olish kunida yuborilgan ariza esa keyingi ish kunida qabul qilinadi.
track-se-cert-later = Maʼlumotnoma { $expiry } gacha amal qiladi: u { $deadline } muddatidan oldin tugamaydi.
track-se-note-cert-unknown = Maʼlumotnoma qaysi sanagacha amal qilishini koʻrsatmadingiz. Bu muhim: agar u { $deadline } dan oldin tugasa, u amal qilayotganda ariza bering — muddati tugagan maʼlumotnomani uzaytirish mumkinmi, qoidalar aytmaydi. Maʼlumotnomadagi sanani tekshiring; uni keyinroq qoʻshish mumkin: /status da ✏️.

## /track: the employer's fee asks the day the notice came (rows 5 and 8, AMB-14)
track-ep-notice-same = Qaror kunida
track-ep-notice-other = Boshqa kunda
track-ep-notice-unknown = Hali yoʻq / bilmayman
track-ep-notice-date = Xabarnoma qaysi sanada keldi?
