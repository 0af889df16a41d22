## Mehnat immigrantiga ruxsatnoma (dialogs/trees/labour-permit.yaml daraxti).

labour-permit-title = Mehnat immigrantiga ruxsatnoma
lp-point-header = kuchini yoʻqotgani haqidagi izoh
lp-point-title = sarlavha
lp-source-eaeu-treaty = Yevroosiyo iqtisodiy ittifoqi toʻgʻrisidagi shartnoma (Astana, 29.05.2014), asosiy manbalarimizdan tashqarida
lp-point-eaeu-art97 = 97-modda, { $point }-band

lp-role-question = Siz kimsiz?
lp-role-immigrant = Chet ellikman, ishlamoqchiman
lp-role-employer = Uy xoʻjaligiga ishga olaman

lp-citizenship-question = Siz qaysi davlat fuqarosisiz? YeOII (ЕАЭС) davlatlari fuqarolari ruxsatnomasiz ishlaydi.
lp-citizenship-question-employer = Ishchingiz qaysi davlat fuqarosi? YeOII (ЕАЭС) davlatlari fuqarolari ruxsatnomasiz ishlaydi.
lp-citizenship-am = Armaniston
lp-citizenship-by = Belarus
lp-citizenship-kg = Qirgʻiziston
lp-citizenship-ru = Rossiya
lp-citizenship-other = Boshqa davlat

lp-result-eaeu = YeOII davlati fuqarosiga Qozogʻistonda ishlash uchun ruxsatnoma kerak emas.
lp-reason-eaeu-no-permit = YeOII toʻgʻrisidagi shartnoma: aʼzo davlatlar mehnatkashlariga ishlash uchun ruxsatnoma talab qilinmaydi.
lp-reason-eaeu-employer = Ish beruvchi sizni mahalliy mehnat bozorini himoya qiladigan cheklovlarsiz ishga olishi mumkin.
lp-reason-eaeu-employer-hire = Bunday ishchini mahalliy mehnat bozorini himoya qiladigan cheklovlarsiz ishga olishingiz mumkin.
lp-reason-eaeu-registration = Bu turgan joyi boʻyicha roʻyxatga olishni (регистрация по месту пребывания) bekor qilmaydi: uni vaqtincha yashash joyidagi politsiya olib boradi.
lp-note-eaeu-silent = Qozogʻistonda qancha muddat boʻlish mumkinligi va qanday shartlarda roʻyxatga turish kerakligini bu manba aytmaydi.
lp-link-registration = Turgan joyida roʻyxatga olish

lp-has-permit-question = Sizda allaqachon mehnat immigrantiga ruxsatnoma bormi?
lp-has-permit-no = Yoʻq, birinchisi kerak
lp-has-permit-yes = Ha, amaldagisi bor
lp-has-permit-old = Ha, 2019-yil qoidasi boʻyicha
lp-has-permit-lost = Ha, lekin yoʻqolgan/buzilgan
lp-has-permit-revoked = Qaytarib olish masalasi

lp-result-old-rules = 2019-yilgi qoidalar endi amal qilmaydi: ular boʻyicha hozir ruxsatnoma berilmaydi va uzaytirilmaydi.
lp-reason-2019-repealed = 2019-yilgi reglament (IIV buyrugʻi № 532) IIVning 31.03.2020 dagi № 273 buyrugʻi bilan kuchini yoʻqotgan.
lp-reason-provider-now = Hozir ruxsatnomani tuman yoki shahar akimati beradi; ariza Aholiga xizmat koʻrsatish markazi (ЦОН), egov.kz yoki migration.enbek.kz orqali topshiriladi.
lp-reason-term-now = Ruxsatnoma 1–12 oyga beriladi. Ruxsatnomangizdagi tugash sanasini tekshiring.
lp-link-check-dates = Ruxsatnoma muddatini tekshirish
lp-link-first-permit = Ruxsatnomani qanday olish kerak

lp-no-work-without-permit = Ruxsatnoma boʻlmaguncha ishlash mumkin emas. Ruxsatnomani kvota doirasida tuman yoki viloyat ahamiyatidagi shahar akimati beradi.

lp-property-question = Ish ish beruvchining mulki boʻlgan uyda yoki kvartirada boʻladimi?
lp-property-owned = Ha, uy-joy oʻziniki
lp-property-rented = Yoʻq, uy-joy ijaraga olingan
lp-property-unsure = Bilmayman
lp-property-unsure-info = Ruxsatnoma ish beruvchiga tegishli uy-joy manziliga beriladi. Bu uy-joy kimniki ekanini ish beruvchidan aniqlang: aks holda ruxsatnoma berilmasligi mumkin.

lp-result-not-eligible-property = Bizning manbalarga koʻra, ijaradagi manzil boʻyicha ishlash uchun ruxsatnoma, ehtimol, berilmaydi.
lp-reason-owned-property = Ruxsatnoma ish beruvchiga tegishli va siz ishlaydigan uy-joy manziliga beriladi.
lp-reason-owned-property-employer = Ruxsatnoma sizga mulk huquqi asosida tegishli va ishchi ishlaydigan uy-joy manziliga beriladi.
lp-reason-territory = Ruxsatnomani boshqa odamga berib boʻlmaydi; u faqat berilgan tuman yoki shaharda amal qiladi.
lp-note-rented-ambiguous = Ijaradagi uy-joy haqida qoidalar toʻgʻridan-toʻgʻri aytmaydi. Biz ehtiyotkor talqindan kelib chiqamiz: ish beruvchining mulki boʻlishi kerak. Hujjat topshirishdan oldin akimatda aniqlang.

lp-in-kz-question = Ariza topshiradigan kuni Qozogʻistonda boʻlasizmi?
lp-abroad-info = migration.enbek.kz orqali ruxsatnoma siz Qozogʻistonga kirganingizdan keyin ish beruvchi bilan niyat toʻgʻrisidagi kelishuvni imzolaganingizda beriladi. Oxirgi 12 oyda chegarani kesib oʻtgani haqida belgilari bor pasport kerak.

lp-term-question = Ruxsatnoma sizga necha oyga kerak? 1 dan 12 gacha.

lp-file-date-question = Arizani qachon topshirasiz? Sanani yozing. Qaror muddati ariza qabul qilingan kundan hisoblanadi.
lp-file-hours-question = Soat nechada? Ish kuni tugagandan keyin, dam olish yoki bayram kunida topshirilgan ariza keyingi ish kunida qabul qilinadi.
lp-file-in-hours = Ish vaqtida
lp-file-after-hours = Kechqurun yoki dam olish kunida
lp-passport-question = Pasportingiz qaysi sanagacha amal qiladi? Muddati oʻtgan hujjatlar qabul qilinmaydi.
lp-passport-stamp-question = Pasportingizda topshirish kunidan oldingi 12 oy ichida Qozogʻiston chegarasini kesib oʻtganlik (kirish yoki chiqish) haqida belgi bormi?
lp-passport-stamp-yes = Ha, bor
lp-passport-stamp-no = Yoʻq
lp-passport-stamp-unsure = Ishonchim komil emas

lp-has-medical-question = Sizda allaqachon 028/u shaklidagi tibbiy maʼlumotnoma (медицинская справка формы 028/у) bormi? U oxirgi 12 oy ichida berilgan boʻlishi kerak.
lp-has-medical-yes = Ha, bor
lp-has-medical-no = Hali yoʻq
lp-medical-date-question = 028/u maʼlumotnomasi qaysi sanada berilgan? Undagi sanani yozing.

lp-has-insurance-question = Sizda ruxsatnoma uchun tibbiy sugʻurta allaqachon bormi? U arizada soʻragan butun muddatni qoplashi kerak.
lp-has-insurance-yes = Ha, bor
lp-has-insurance-no = Hali yoʻq
lp-insurance-until-question = Sugʻurta qaysi sanagacha amal qiladi? Oxirgi kunni yozing.

lp-block-passport = Tayyor emas: pasport { $until } gacha amal qiladi, ariza esa { $accepted } da qabul qilinadi. Avval pasportni yangilang.
lp-block-passport-stamp-missing = Xavfli: pasportda topshirishdan oldingi 12 oy ichida Qozogʻiston chegarasini kesib oʻtganlik haqida belgi yoʻq. Qoidaning qatʼiy talqinida bunday belgi majburiy, usiz hujjatlar qabul qilinmaydi; boshqa talqinda pasport faqat bor belgilarni koʻrsatadi.
lp-blocked-passport-stamp-missing = Biz qatʼiy talqindan kelib chiqamiz. Pasport bunday belgisiz qabul qilinadimi, topshirishdan oldin akimatdan, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-block-passport-stamp-unsure = Topshirishdan oldin aniqlang: pasportda topshirishdan oldingi 12 oy ichida Qozogʻiston chegarasini kesib oʻtganlik haqida belgi bor-yoʻqligini tekshiring. Qoidaning qatʼiy talqinida u majburiy va usiz hujjatlarni qabul qilishdan bosh tortiladi; boshqa talqinda pasport faqat shu muddatdagi belgilarni koʻrsatadi.
lp-blocked-passport-stamp-unsure = Belgi bor boʻlsa — javobni oʻzgartiring: «✏️ Javobni oʻzgartirish». Yoʻq boʻlsa — biz qatʼiy talqindan kelib chiqamiz: pasport usiz qabul qilinadimi, topshirishdan oldin akimatdan, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-block-medical = Tayyor emas: 028/u maʼlumotnomasi { $valid_until } gacha yaroqli, ariza esa { $accepted } da qabul qilinadi. Yangi maʼlumotnoma oling.
lp-block-medical-decision = Xavfli: 028/u maʼlumotnomasi { $valid_until } gacha yaroqli, ariza { $accepted } da qabul qilinadi, qaror esa — { $decision_by } dan kechiktirmay. Qoida 12 oy qaysi kunga nisbatan hisoblanishini aytmaydi: qaror kuniga nisbatan boʻlsa — maʼlumotnoma 12 oydan eski boʻlib qolishi mumkin; topshirish kuniga nisbatan boʻlsa — u yaroqli.
lp-blocked-medical-decision = Ishonchli — topshirishdan oldin yangi 028/u maʼlumotnomasini olish. Qaysi kun hisobga olinishini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-block-insurance = Xavfli: sugʻurta { $until } gacha. Qoidaning qatʼiy talqinida u ruxsatnomaning birinchi kunidan boshlab arizadagi butun muddatni, yaʼni { $needed } gacha qoplashi kerak; boshqa talqinda muddati arizadagi muddatdan ({ $months } oy) kam boʻlmagan polis yetarli.
lp-blocked-insurance-short = Biz qatʼiy talqindan kelib chiqamiz: ishonchli — topshirishdan oldin sugʻurtani uzaytirish, aks holda arizani qabul qilishdan bosh tortilishi mumkin. Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlash mumkin.
lp-block-insurance-expired = Tayyor emas: sugʻurta { $until } da tugagan, ariza esa { $accepted } da qabul qilinadi. Arizadagi butun muddatga yangisini rasmiylashtiring.
lp-block-extension-late = Kech: ariza { $accepted } da qabul qilinadi, muddatning oxirgi kuni esa — { $closes }. { $last_days ->
        [same] Ertaroq topshiring: { $last_wd } dan kechiktirmay, ish vaqtida.
        [safe-passed] { $last_wd } dan kechiktirmay, ish vaqtida topshiring: bu soʻzma-soʻz hisob boʻyicha oxirgi kun (ehtiyotkor hisob boʻyicha oxirgi ish kuni { $safe_wd } edi).
       *[differ] Ertaroq topshiring: ishonchli — { $safe_wd } dan kechiktirmay (ish vaqtida); soʻzma-soʻz hisob boʻyicha — { $last_wd }.
    }
lp-blocked-not-extended = Agar ariza muddat tugashiga 5 kalendar kundan kamroq qolganda topshirilsa, ruxsatnoma uzaytirilmaydi.
lp-block-extension-late-closed = Kech: uzaytirish muddati yopildi — ariza qabul qilinishi mumkin boʻlgan oxirgi kun { $last_wd } edi. Arizaning qabul kuni — { $accepted }, bu muddatdan keyin: bunday ariza boʻyicha ruxsatnoma uzaytirilmaydi. Ruxsatnoma { $expiry } gacha amal qiladi; undan keyin ruxsatnomasiz ishlash mumkin emas.
lp-block-extension-late-expired = Kech: ruxsatnoma muddati { $expiry } da tugadi, uzaytirish muddati esa undan ham oldin yopilgan — ariza qabul qilinishi mumkin boʻlgan oxirgi kun { $last_wd } edi. Arizaning qabul kuni — { $accepted }, bu muddatdan keyin: bunday ariza boʻyicha ruxsatnoma uzaytirilmaydi.
lp-blocked-not-extended-closed = Agar ariza muddat tugashiga 5 kalendar kundan kamroq qolganda topshirilsa, ruxsatnoma uzaytirilmaydi — buni endi tuzatib boʻlmaydi. Amaldagi ruxsatnomasiz ishlash mumkin emas. Keyin nima qilish kerakligini bizning manbalar aytmaydi: akimatga yoki Aholiga xizmat koʻrsatish markaziga (ЦОН) murojaat qiling.
# the window's last day D-1 a day off (`closes_day_off`): said so, with its last working day (¶12)
lp-block-new-late = { $closes_day_off ->
        [yes] Kech: ariza { $accepted } da qabul qilinadi, yangi ruxsatnoma uchun muddat esa { $closes } da yopiladi, lekin u ish kuni emas: muddatning oxirgi ish kuni — { $closes_wd }.
       *[other] Kech: ariza { $accepted } da qabul qilinadi, yangi ruxsatnoma uchun muddat esa { $closes } da yopiladi.
    }
lp-blocked-new-window = Muddatdan tashqari ariza qabul qilinadimi, bizning manbalar aytmaydi. Muddat tugagandan keyin ishlash mumkin emas.
lp-block-new-late-closed = Kech: bizning talqinimizda yangi ruxsatnoma uchun muddat { $closes } da yopilgan, arizaning qabul kuni esa — { $accepted }. Boshqa talqinda { $expiry } da ham topshirish mumkin — bu ruxsatnoma muddatining oxirgi kuni: zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
# as lp-block-new-late-closed, the permit's last day a day off (¶12, A04)
lp-block-new-late-closed-day-off = Kech: bizning talqinimizda yangi ruxsatnoma uchun muddat { $closes } da yopilgan, arizaning qabul kuni esa — { $accepted }. Boshqa talqinda ruxsatnoma muddatining oxirgi kuni — { $expiry } da ham topshirish mumkin, lekin u ish kuni emas: shu kuni topshirilgan ariza faqat { $expiry_accepted } da, ruxsatnoma muddati tugagach qabul qilinadi; yuborilgan kun hisoblanadimi, qoidalar aniqlashtirmaydi. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-block-new-late-expired = Kech: ruxsatnoma muddati { $expiry } da tugadi, yangi ruxsatnoma uchun muddat esa bizning talqinimizda { $closes } da yopilgan (eng kech talqinda — { $expiry } da); arizaning qabul kuni — { $accepted }.
lp-blocked-new-window-expired = Yangi ruxsatnomaga endi oʻz vaqtida ariza topshirib boʻlmaydi: har qanday talqinda muddat ruxsatnoma muddatining oxirgi kunidan kechikmay tugaydi. Bizning talqinimizdagi muddatdan tashqari topshirilgan ariza qabul qilinadimi, bizning manbalar aytmaydi — akimatga yoki Aholiga xizmat koʻrsatish markaziga (ЦОН) murojaat qiling. Amaldagi ruxsatnomasiz ishlash mumkin emas.
lp-block-abroad = Tayyor emas: ariza topshiradigan kuni siz Qozogʻistonda boʻlmaysiz. migration.enbek.kz orqali ruxsatnoma faqat mamlakatga kirganingizdan keyin, ish beruvchi bilan niyat toʻgʻrisidagi kelishuvni imzolaganingizda beriladi; Aholiga xizmat koʻrsatish markazida (ЦОН) hujjatlar shaxsan topshiriladi.
lp-block-abroad-tson = Tayyor emas: xizmat markazida (ЦОН) hujjatlar shaxsan topshiriladi, siz esa ariza kuni Qozogʻistonda boʻlmaysiz.
lp-block-enbek-window = Topshirishdan oldin aniqlang: migration.enbek.kz da ruxsatnoma kelishuv imzolangan kundan ({ $signed }) boshlab 10 kalendar kunda olinadi: ishonchli — { $safe_by }, boshqa talqinda — { $latest }, qaror — { $decision_by } dan kechiktirmay.
lp-blocked-enbek-window-consequence = Kvota faqat shu 10 kun sizniki. Qaror kechiksa nima boʻlishini qoidalar aytmaydi: ertaroq topshiring yoki akimatda aniqlang.
lp-block-enbek-unsigned = Tayyor emas: niyat toʻgʻrisidagi kelishuv ({ $signed }) kerakli hujjat, u topshirishgacha ({ $filed }) imzolanadi.
lp-blocked-abroad = Arizani Qozogʻistonga kirganingizdan keyin topshiring: qaror muddati ariza qabul qilingan kundan hisoblanadi. Chet eldan egov.kz orqali topshirish mumkinmi, bizning manbalar aytmaydi — 1414 dan aniqlang.
lp-block-property-unknown = Avval uy-joy ish beruvchiga tegishlimi yoki yoʻqmi, shuni aniqlang: ruxsatnoma faqat uning mulki boʻlgan, siz ishlaydigan manzilga beriladi.
lp-blocked-property-unknown = Bu maʼlum boʻlmaguncha, ruxsatnoma beriladimi yoki yoʻqmi, biz ayta olmaymiz. Ijaradagi uy-joy haqida qoidalar toʻgʻridan-toʻgʻri aytmaydi — topshirishdan oldin akimatda aniqlang.
lp-block-medical-missing = Tayyor emas: oxirgi 12 oy ichida berilgan 028/u shaklidagi tibbiy maʼlumotnoma (медицинская справка формы 028/у) kerak. Uni ariza topshirishdan oldin oling.
lp-block-insurance-missing = Tayyor emas: arizadagi butun muddatga tibbiy sugʻurta kerak. Uni ariza topshirishdan oldin rasmiylashtiring.
lp-block-extension-disputed-open-accepted = Ehtiyotkor hisob boʻyicha erta: ariza { $accepted } da qabul qilinadi — bu faqat soʻzma-soʻz hisoblanganda uzaytirish muddatining birinchi kuni. { $moved ->
        [yes] Ishonchli — { $safe_opens } dan boshlab topshirish; u ish kuni emas, shu kuni topshirilgan ariza { $safe_accepted } da qabul qilinadi.
       *[no] Ishonchli — { $safe_opens } dan boshlab topshirish.
    }
lp-blocked-extension-disputed-open = «Muddat tugashidan koʻpi bilan 30 kalendar kun oldin»ni uzaytirish muddati bir kun keyinroq ochiladi, deb ham tushunish mumkin. Uzaytirish muddati ochilmasdan oldin topshirilgan ariza qabul qilinmasligi mumkin — bir kun keyinroq topshirish ishonchliroq.
lp-block-extension-disputed-open-sent = Erta, agar topshirish kuni deb yuborilgan kun hisoblansa: ariza { $filed } da yuboriladi — uzaytirish muddatining ishonchli boshlanishidan ({ $safe_opens }) oldin. U { $accepted } da qabul qilinadi: qabul kuni boʻyicha bu allaqachon uzaytirish muddati ichida.
lp-blocked-extension-disputed-open-sent = Qoidalar topshirish kuni nima ekanini aniqlashtirmaydi — yuborilgan kunmi yoki qabul qilingan kunmi. Uzaytirish muddati ochilmasdan oldin topshirilgan ariza qabul qilinmasligi mumkin: arizani uzaytirish muddatining ishonchli birinchi kunidan boshlab yuborish ishonchliroq.
lp-block-extension-disputed-close = Xavfli: ariza { $accepted } da qabul qilinadi — bu faqat soʻzma-soʻz hisoblanganda muddatning oxirgi kuni. { $last_days ->
        [safe-passed] Ehtiyotkor hisob boʻyicha oxirgi ish kuni { $safe_wd } edi: imkon qadar tezroq topshiring.
       *[other] Ishonchli — { $safe_wd } dan kechiktirmay, ish vaqtida topshirish.
    }
lp-blocked-extension-disputed-close = Agar ehtiyotkor talqin toʻgʻri boʻlsa, ariza muddat tugashiga 5 kundan kamroq qolganda topshirilgan boʻladi — bunday ruxsatnoma uzaytirilmaydi. Ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
lp-block-extension-disputed-close-gone = Arizaning qabul kuni — { $accepted }: bu faqat soʻzma-soʻz hisoblanganda uzaytirish muddatining oxirgi kuni; ehtiyotkor hisob boʻyicha oxirgi ish kuni { $safe_wd } edi. Bu kun oʻtdi, muddat yopildi: agar ariza topshirilmagan boʻlsa, ruxsatnomani endi uzaytirib boʻlmaydi.
lp-blocked-extension-disputed-close-gone = Ehtiyotkor talqinda muddat tugashiga 5 kundan kam qolganda topshirilgan ariza boʻyicha ruxsatnoma uzaytirilmaydi, soʻzma-soʻz talqinda esa ariza koʻrib chiqiladi. Davlat organi hal qiladi; uzaytirilmasa nima qilishni manbalarimiz aytmaydi: akimatga yoki Aholiga xizmat koʻrsatish markaziga (ЦОН) murojaat qiling.
# our window's last day D-1 a day off (`closes_day_off`): said so, with its last working day (¶12)
lp-block-new-disputed = { $closes_day_off ->
        [yes] Xavfli: ariza { $accepted } da qabul qilinadi. Bir talqinga koʻra, uni { $safe } dan kechiktirmay (muddat tugashidan 4 kun oldin) topshirish kerak edi; bizning talqinimizda muddat { $closes } gacha, lekin u ish kuni emas: muddatning oxirgi ish kuni — { $closes_wd }. Imkon qadar tezroq, ish vaqtida topshiring.
       *[other] Xavfli: ariza { $accepted } da qabul qilinadi. Bir talqinga koʻra, uni { $safe } dan kechiktirmay (muddat tugashidan 4 kun oldin) topshirish kerak edi; bizning talqinimizda muddat { $closes } gacha. Imkon qadar tezroq topshiring.
    }
lp-blocked-new-disputed = Agar qatʼiy talqin toʻgʻri boʻlsa, yangi ruxsatnomaga ariza qabul qilinmasligi mumkin. Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang. Muddat tugagandan keyin ishlash mumkin emas.

lp-channel-question = Hujjatlarni qanday topshirasiz? Aholiga xizmat koʻrsatish markazi (ЦОН) — «Fuqarolar uchun hukumat» davlat korporatsiyasining xizmat markazi.
lp-channel-gov-corp = Xizmat markazida (ЦОН), shaxsan
lp-channel-egov = Onlayn egov.kz da
lp-channel-enbek = Onlayn migration.enbek.kz da
lp-enbek-agreement-question = Ish beruvchi bilan mehnat shartnomasini tuzish niyati toʻgʻrisidagi kelishuvni qachon imzoladingiz yoki imzolaysiz? migration.enbek.kz da u Qozogʻistonga kirgach imzolanadi.
lp-enbek-after-entry-question = Kelishuv Qozogʻistonga kirganingizdan keyin imzolanganmi (yoki imzolanadimi)?
lp-block-enbek-before-entry = { $answer ->
        [unsure] Topshirishdan oldin aniqlang: migration.enbek.kz orqali ruxsatnoma niyat toʻgʻrisidagi kelishuv Qozogʻistonga kirgandan keyin imzolanganda beriladi, siz esa kelishuvingiz kirganingizdan keyin imzolanganiga ishonchingiz komil emas.
       *[other] Xavfli: migration.enbek.kz orqali ruxsatnoma niyat toʻgʻrisidagi kelishuv Qozogʻistonga kirgandan keyin imzolanganda beriladi, sizniki esa kirishingizdan oldin imzolangan.
    }
lp-blocked-enbek-before-entry = Qoidani ikki xil tushunish mumkin: kirgandan keyin niyat toʻgʻrisidagi kelishuv imzolanadi — yoki kirgandan keyin mehnat shartnomasi tuziladi. Qatʼiy talqinda kirishdan oldin imzolangan kelishuv migration.enbek.kz uchun toʻgʻri kelmaydi: topshirishdan oldin 1414 dan aniqlang yoki arizani Aholiga xizmat koʻrsatish markazida (ЦОН) yoki egov.kz orqali topshiring — ular uchun qoidalarda bunday shart yoʻq.

lp-result-first-permit = Ruxsatnomaga ariza topshirish mumkin. Qaror — { $decision_by } dan kechiktirmay.
lp-reason-quota = Ruxsatnomalar migratsiya organi belgilaydigan kvota doirasida beriladi.
lp-reason-decision-accepted = Arizaning qabul kuni — { $accepted }; qaror topshirilgan kunni hisoblamaganda 2 ish kunida chiqariladi.
lp-reason-decision-time = Qaror topshirilgan kunni hisoblamaganda 2 ish kuni ichida qabul qilinadi; dam olish, bayram kunida yoki ish vaqtidan keyin topshirilgan ariza keyingi ish kunida qabul qilinadi. Muddat: { $decision_by }.
lp-reason-no-work-until-issued = Faqat ruxsatnoma berilgandan keyin ishlash mumkin.
lp-note-citizenship-not-decidable = Akimat fuqaroligingizni «Aholi migratsiyasi toʻgʻrisida»gi Qonunning 43-1-moddasi boʻyicha tekshiradi. Uning matni bizning manbalarda yoʻq, shuning uchun bot fuqaroligingiz mos kelishini ayta olmaydi.
lp-note-citizenship-quota-not-decidable = Akimat fuqaroligingizni «Aholi migratsiyasi toʻgʻrisida»gi Qonunning 43-1-moddasi boʻyicha tekshiradi (uning matni bizning manbalarda yoʻq) va ruxsatnomalarni migratsiya organi kvotasi doirasida beradi. Fuqaroligingiz mos keladimi va kvotada joy qolganmi, bot ayta olmaydi: akimatda yoki 1414 dan aniqlang.
lp-note-provider-conditions-silent = Akimat, shuningdek, «Aholi migratsiyasi toʻgʻrisida»gi Qonunning 43-2-moddasi 5-bandidagi shartlarni tekshiradi. Uning matni bizning manbalarda yoʻq: u yerda nima talab qilinishini 1414 dan aniqlang.
lp-result-abroad-egov = Chet eldan egov.kz orqali topshirish mumkinmi, 1414 yoki egov.kz dan aniqlang: bizning manbalar buni aytmaydi. Ariza qabul qilinsa — qaror { $decision_by } dan kechiktirmay.
lp-result-abroad-egov-filed-if = Agar ariza egov.kz orqali { $accepted } da qabul qilingan boʻlsa, qaror — { $decision_by } dan kechiktirmay; qaror boʻlmasa — egov.kz dagi shaxsiy kabinetingizni tekshiring yoki 1414 dan soʻrang. Agar topshirmagan boʻlsangiz — avval chet eldan egov.kz orqali topshirish mumkinmi, 1414 dan aniqlang (bizning manbalar buni aytmaydi), keyin yangi sanani tanlang: «✏️ Javobni oʻzgartirish».
lp-note-egov-abroad-silent = Aholiga xizmat koʻrsatish markazida (ЦОН) shaxsan, migration.enbek.kz orqali — mamlakatga kirgandan keyin topshiriladi. egov.kz orqali topshirish uchun Qozogʻistonda boʻlish kerakmi, manbalar aytmaydi: topshirishdan oldin 1414 dan aniqlang.

lp-documents-first = Birinchi ruxsatnoma uchun hujjatlar:
lp-doc-application = Siz va ish beruvchi imzolagan ruxsatnoma berish haqidagi ariza (sizga nusxasi beriladi).
lp-doc-application-employer = Ishchi va siz imzolagan ruxsatnoma berish haqidagi ariza (ariza nusxasi beriladi).
lp-doc-application-extension = Siz va ish beruvchi imzolagan ruxsatnomani uzaytirish haqidagi ariza.
lp-doc-tax-receipt = Jismoniy shaxslar daromad soligʻi boʻyicha oldindan toʻlov toʻlangani haqidagi kvitansiya.
lp-doc-passport = Oxirgi 12 oyda Qozogʻiston chegarasini kesib oʻtgani haqida belgilari bor amaldagi pasport.
lp-doc-passport-employer = Ishchining oxirgi 12 oyda Qozogʻiston chegarasini kesib oʻtgani haqida belgilari bor amaldagi pasporti.
lp-doc-medical = Oxirgi 12 oy ichida berilgan 028/u shaklidagi tibbiy maʼlumotnoma.
lp-doc-medical-yours = Sizning 028/u maʼlumotnomangiz — ariza { $valid_until } dan kechiktirmay qabul qilinsa, yaroqli.
lp-doc-medical-renew = Yangi 028/u maʼlumotnomasi: { $issued } dagi maʼlumotnoma topshirish kunida 12 oydan eski boʻlib qoladi.
lp-doc-medical-decision = Yangi 028/u maʼlumotnomasi — ishonchliroq: sizniki { $valid_until } gacha yaroqli, qaror esa — { $decision_by } dan kechiktirmay. Agar 12 oy topshirish kuniga nisbatan hisoblansa, sizniki ham yaroqli: 1414 dan aniqlang.
# `short` no: the policy the user named is long enough on our reading (its start not asked, A09)
lp-doc-insurance = { $short ->
        [no] Yagona sugʻurta bazasiga kiritilgan, { $until } gacha boʻlgan tibbiy sugʻurtangiz (birlamchi yordam va statsionarda shoshilinch yordam). Bizning talqinimizda u { $from } danoq amal qilishi kerak: polisdagi boshlanish sanasini tekshiring.
       *[other] Yagona sugʻurta bazasiga kiritilgan, butun muddatga ({ $months } oy) tibbiy sugʻurta (birlamchi yordam va statsionarda shoshilinch yordam).
    }
lp-doc-insurance-yours = Yagona sugʻurta bazasiga kiritilgan, { $until } gacha boʻlgan tibbiy sugʻurtangiz (birlamchi yordam va statsionarda shoshilinch yordam). Bizning talqinimizda u { $from } danoq amal qilishi kerak: polisdagi boshlanish sanasini tekshiring.
lp-doc-insurance-employer = Yagona sugʻurta bazasiga kiritilgan, arizadagi butun muddatga ishchining tibbiy sugʻurtasi (birlamchi yordam va statsionarda shoshilinch yordam).
lp-doc-insurance-extension = Yagona sugʻurta bazasiga kiritilgan, butun yangi muddatga tibbiy sugʻurta (birlamchi yordam va statsionarda shoshilinch yordam).
lp-doc-agreement = Siz va ish beruvchi imzolagan mehnat shartnomasini tuzish niyati toʻgʻrisidagi kelishuv.
lp-doc-agreement-employer = Siz va ishchi imzolagan mehnat shartnomasini tuzish niyati toʻgʻrisidagi kelishuv.
lp-doc-enbek-registration = migration.enbek.kz da roʻyxatdan oʻtish: pasport maʼlumotlari, malaka, koʻnikmalar va ish staji.
lp-doc-enbek-ten-days-from-signing = migration.enbek.kz orqali ruxsatnoma niyat toʻgʻrisidagi kelishuv imzolangan kundan boshlab 10 kalendar kun ichida olinadi; shu vaqt davomida kvota siz uchun saqlanadi.
lp-note-tax-amount-silent = Soliq toʻlovi miqdorini Soliq kodeksi belgilaydi (360-moddaning 2-bandi yoki 658-moddaning 5-bandi). Uning matni bizning manbalarda yoʻq: miqdorni egov.kz yoki 1414 dan aniqlang.
lp-note-passport-stamps = Pasportda topshirish kunidan oldingi 12 oy ichida Qozogʻiston chegarasini kesib oʻtganlik haqida belgi yoʻqmi (masalan, avvalroq kirgansiz, shundan beri chiqmagansiz)? 2.3-bandni ikki xil tushunish mumkin: bunday belgi majburiy — unda usiz hujjatlarni qabul qilishdan bosh tortiladi — yoki pasport faqat shu muddatdagi belgilarni koʻrsatadi. Birinchisidan kelib chiqing: topshirishdan oldin akimatdan, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-note-insurance-reading = Qoida: sugʻurta «amal qilish muddati arizada koʻrsatilgan muddatdan kam boʻlmagan». Ruxsatnomaning boshlanish sanasi aytilmagan, shuning uchun biz qatʼiy hisoblaymiz: qaror kunidan (uzaytirishda — hozirgi ruxsatnoma tugagan kunning ertasidan; 12 oydan keyingi yangi ruxsatnomada — shu ikki sanadan kechrogʻidan) soʻralgan oylar oxirigacha.
lp-note-incomplete-refused = Hujjatlar yetishmasa yoki biror hujjatning muddati oʻtgan boʻlsa, arizani qabul qilishdan bosh tortiladi.
lp-note-where-result = Natija arizani qayerda topshirgan boʻlsangiz, oʻsha yerga keladi: Aholiga xizmat koʻrsatish markazi (ЦОН) yoki egov.kz / migration.enbek.kz dagi shaxsiy kabinetga.
lp-note-where-result-employer = Natija ishchi arizani qayerda topshirgan boʻlsa, oʻsha yerga keladi: Aholiga xizmat koʻrsatish markazi (ЦОН) yoki uning egov.kz / migration.enbek.kz dagi shaxsiy kabinetiga.

lp-expiry-question = Ruxsatnomangiz amal qiladigan oxirgi kun qaysi? Ruxsatnomadagi sanani yozing.
lp-cumulative-question = Barcha uzaytirishlar bilan birga ruxsatnomangiz jami necha oy? (1 dan 12 gacha)

lp-result-expired = Ruxsatnomangiz muddati { $expiry } da tugagan. Uni endi uzaytirib boʻlmaydi.
lp-reason-not-extended-late = Agar ariza muddat tugashiga 5 kalendar kundan kamroq qolganda topshirilsa, ruxsatnoma uzaytirilmaydi.
lp-reason-no-work-after-expiry = { $expiry } dan keyin amaldagi ruxsatnomasiz ishlash mumkin emas.
lp-reason-decision-after-expiry = Qaror { $expiry } dan kech, { $decision_by } gacha chiqishi mumkin. { $expiry } dan keyin amaldagi ruxsatnomasiz ishlab boʻlmaydi.
lp-note-after-expiry-silent = Keyin nima qilish kerakligini bizning manbalar aytmaydi. Uzaytirishga umid qilmang — akimatga yoki Aholiga xizmat koʻrsatish markaziga (ЦОН) murojaat qiling.
lp-expired-extension-filed-question = Ruxsatnoma muddati { $expiry } da tugagan. Uzaytirishga arizangiz soʻzma-soʻz hisob boʻyicha muddatning oxirgi kuni — { $closes } dan kechiktirmay qabul qilinganmi? Kechqurun, dam olish yoki bayram kuni topshirilgan ariza keyingi ish kuni qabul qilinadi.
lp-expired-extension-safe-question = «Muddat tugashidan kamida 5 kalendar kun oldin» degan qoidani ehtiyotkorroq ham tushunish mumkin — 5 kun toʻliq qolishi kerak. Unda muddatning oxirgi ish kuni — { $safe_wd }. Ariza { $safe_wd } dan kechiktirmay qabul qilinganmi?
lp-result-expired-extension-disputed = Uzaytirishga ariza faqat soʻzma-soʻz hisobda muddatida qabul qilingan ({ $closes } dan kechiktirmay). Ehtiyotkor hisobda muddatning oxirgi ish kuni { $safe_wd } edi — unda ariza kech topshirilgan. Uzaytirishni davlat organi hal qiladi: topshirgan joyingizdan yoki 1414 dan soʻrang. { $expiry } dan keyin uzaytirilgan ruxsatnomasiz ishlamang.
lp-result-expired-extension-pending = Siz uzaytirishga muddatida ariza topshirgansiz: akimat qarorini kuting. { $expiry } dan keyin uzaytirilgan ruxsatnomasiz ishlamang. Qaror haqida ariza topshirgan joyingizdan yoki 1414 dan bilib oling.
lp-reason-decision-time-accepted = Qaror topshirilgan kunni hisoblamaganda 2 ish kunida chiqadi; ish vaqtidan keyin, dam olish yoki bayram kuni topshirilgan ariza keyingi ish kuni qabul qilinadi.
lp-note-pending-after-expiry-silent = Muddat tugagandan qaror chiqquncha holatingiz qanday boʻlishini bizning manbalar aytmaydi. Bir narsa aniq: amaldagi ruxsatnomasiz ishlash mumkin emas. Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-expired-new-filed-question = Ruxsatnoma muddati { $expiry } da tugagan. Yangi ruxsatnomaga arizani { $expiry } dan kechiktirmay topshirishga ulgurdingizmi?
lp-result-expired-new-pending = Yangi ruxsatnomaga muddat tugamay topshirgansiz; vaqtidami — 4 kun haqidagi qoida talqiniga bogʻliq. Akimat qarorini kuting, topshirgan joyda yoki 1414 dan soʻrang. { $expiry } dan keyin yangi ruxsatnomasiz ishlamang.
lp-result-expired-cap = Ruxsatnomangiz muddati { $expiry } da tugagan. Uni uzaytirib boʻlmasdi — 12 oy toʻlgan, yangi ruxsatnomaga ariza topshirish muddati ham oʻtdi.
lp-note-after-expiry-new-silent = Muddat tugagach yangi ruxsatnomaga ariza topshirish mumkinmi, manbalarimiz aytmaydi. Ishlamang va akimatga yoki Aholiga xizmat koʻrsatish markaziga (ЦОН) murojaat qiling.

lp-result-extension-too-early = Uzaytirishga hali erta: ishonchli — { $opens } dan boshlab topshirish.
lp-reason-window = Uzaytirishga muddat tugashidan 30–5 kalendar kun oldin topshiriladi. Birinchi kun: ishonchli — { $safe_opens }; soʻzma-soʻz hisob boʻyicha — { $opens }.
lp-reason-window-last-day = { $last_days ->
        [same] Oxirgi kun — { $last_wd }, ish vaqtida, har ikki hisoblash usuli boʻyicha ham: soʻzma-soʻz hisob boʻyicha muddat { $closes } gacha, lekin u ish kuni emas.
       *[other] Oxirgi kun: ishonchli — { $safe_wd }; soʻzma-soʻz hisob boʻyicha — { $closes }.
    }
lp-reason-last-working-day = Dam olish yoki bayram kunida topshirilgan ariza faqat keyingi ish kunida qabul qilinadi. Shuning uchun ishonchli oxirgi kun — { $last_wd }, ish vaqtida.
lp-reason-max-extension = Uzaytirishlar bilan birga ruxsatnoma 12 oydan uzun boʻlmaydi: koʻpi bilan { $max_months } oyga uzaytirish mumkin.
lp-note-window-reading = «Muddat tugashidan kamida 5 kalendar kun oldin»ni ikki xil tushunish mumkin: oxirgi kun — muddat tugashidan 5 kun oldin yoki 6 kun oldin (5 kun toʻliq qolishi uchun). Ishonchli sana — ertarogʻi. Uzaytirish muddatining boshlanishi («koʻpi bilan 30 kun oldin») ham xuddi shunday: 30 kun yoki 29 kun oldin — kechrogʻi ishonchliroq. Dam olish kunida ariza faqat keyingi ish kunida qabul qilinadi.
lp-note-new-permit-months = Agar bu ruxsatnoma yangi boʻlsa — avvalgilari boʻyicha 12 oy oʻtgach olingan boʻlsa (22-band) — 12 oylik hisob qaytadan boshlanadimi, qoidalar aytmaydi. Qatʼiy talqinda uzaytirishlar bilan 12 oy allaqachon toʻlgan va uni uzaytirib boʻlmaydi: topshirishdan oldin akimatda yoki 1414 dan aniqlang.

lp-extension-months-question = Uzaytirish muddati ochiq. Necha oyga uzaytirmoqchisiz? { $max_months } dan koʻp emas.
lp-result-extension-too-long = Buncha uzaytirib boʻlmaydi: siz { $asked } oy soʻrayapsiz, mumkini esa { $max_months } oydan koʻp emas. Boshqa muddat koʻrsating.

lp-result-extension-now = Uzaytirishga ariza topshirish mumkin. Qaror — { $decision_by } dan kechiktirmay.
lp-reason-late-not-extended-both = { $last_days ->
        [same] Ariza { $closes } dan keyin qabul qilinsa (oxirgi ish kuni — { $last_wd }), ruxsatnoma uzaytirilmaydi.
       *[other] Ehtiyotkor hisob boʻyicha ariza { $safe_wd } dan keyin qabul qilinsa, ruxsatnoma uzaytirilmaydi; soʻzma-soʻz hisob boʻyicha — { $closes } dan keyin.
    }
lp-result-extension-day-off = Bugun ish kuni emas: ariza faqat { $accepted } da qabul qilinadi, bu muddatning oxirgi kunidan ({ $closes }) keyin.
lp-reason-accepted-next-working-day = Dam olish va bayram kunlarida arizalar keyingi ish kunida qabul qilinadi — sizda bu { $accepted }.
lp-note-day-off-reading = Qoidalar topshirish sanasi nima ekanini aniqlashtirmaydi — yuborilgan kunmi yoki qabul qilingan kunmi. Biz ehtiyotkor variantni olamiz — qabul qilingan kun. Zudlik bilan Aholiga xizmat koʻrsatish markazi (ЦОН) yoki akimatda aniqlang.

lp-result-extension-too-late = Uzaytirish muddati oʻtdi: topshirishning oxirgi kuni { $closes } edi. Ruxsatnoma { $expiry } gacha amal qiladi.
lp-note-after-late-silent = Uzaytirish muddati oʻtkazib yuborilsa, nima qilish kerakligini bizning manbalar aytmaydi. Muddat tugagandan keyin ishlamang va akimatga yoki Aholiga xizmat koʻrsatish markaziga (ЦОН) murojaat qiling.

lp-documents-extension = Uzaytirish uchun hujjatlar:
lp-note-extension-same-list = Manbalarda uzaytirish uchun alohida roʻyxat yoʻq; hujjatlar toʻliq boʻlmasa yoki muddati oʻtgan boʻlsa rad etish uzaytirishga ham tegishli. Xuddi shu toʻliq toʻplamni tayyorlang.

lp-result-new-permit-too-early = Muddatingiz allaqachon 12 oy: uzaytirib boʻlmaydi, yangi ruxsatnoma kerak. Eng erta talqinda { $safe } da topshirish kerak, boshqa talqinda esa muddat faqat { $late_opens } da ochiladi: arizani qaysi kundan qabul qilishlarini Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
lp-result-new-permit-day-off = Muddatingiz allaqachon 12 oy: yangi ruxsatnoma kerak. Muddat tugashidan 4 kun oldingi kun, { $safe }, — dam olish kuni: shu kuni topshirilgan ariza { $accepted } da qabul qilinadi. Har qanday talqinda toʻgʻri keladigan bitta kun yoʻq — Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
lp-result-new-permit-day-off-earliest = Muddatingiz 12 oy: yangi ruxsatnoma kerak. Muddat tugashidan 4 kun oldin, { $safe }, — dam olish kuni: eng erta talqinda undan oldingi oxirgi ish kuni — { $safe_wd } dan kechiktirmay topshiring. Boshqa talqinlarda muddat { $safe } da yoki keyinroq ochiladi, u kuni topshirilgan ariza { $accepted } da qabul qilinadi. Hamma talqinga mos kun yoʻq — xizmat markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.
lp-reason-cap-reached = Ruxsatnoma uzaytirishlar bilan birga — 12 oydan koʻp emas.
lp-reason-new-permit-window = Yangi ruxsatnomaga ariza muddat tugashidan oldingi 4 kalendar kun ichida topshiriladi: { $opens } dan { $closes } gacha.{ $closes_day_off ->
        [yes] {" "}{ $closes } — ish kuni emas: muddatning oxirgi ish kuni — { $closes_wd }.
       *[other] {""}
    }
lp-reason-new-permit-window-both = Yangi ruxsatnomaga qachon ariza topshirishni «muddat tugashidan oldingi 4 kalendar kun ichida» qoidasi aniq aytmaydi. Uni shunday tushunish mumkin: { $safe } dan kechiktirmay; { $opens } dan { $closes } gacha (bizning talqinimiz); { $late_opens } dan { $expiry } gacha.{ $closes_day_off ->
        [yes] {" "}{ $closes } — ish kuni emas: muddatning oxirgi ish kuni — { $closes_wd }.
       *[other] {""}
    }
lp-note-new-permit-reading = «Muddat tugashidan oldingi 4 kalendar kun ichida»ni «kamida 4 kun oldin», oxirgi kundan oldingi 4 kun yoki oxirgi kun bilan birga oxirgi 4 kun deb tushunish mumkin. Barcha talqinlarga birdek toʻgʻri keladigan bitta ham kun yoʻq: biz eng ertasiga — muddat tugashidan 4 kun oldingi kunga qarab boramiz. Agar u dam olish kuni boʻlsa, ariza keyingi ish kunida qabul qilinadi. Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang.

lp-result-new-permit-now = Yangi ruxsatnomaga ariza { $accepted } da qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang: 4 kun haqidagi qoida turlicha talqin qilinadi va barcha talqinlarga birdek toʻgʻri keladigan bitta ham kun yoʻq. Qabul qilinsa — qaror { $decision_by } dan kechiktirmay.
lp-result-new-permit-now-filed-if = Agar yangi ruxsatnomaga ariza { $accepted } da qabul qilingan boʻlsa, qaror — { $decision_by } dan kechiktirmay; qaror boʻlmasa — ariza topshirgan joyingizdan yoki 1414 dan soʻrang. Agar topshirmagan boʻlsangiz: bizning talqinimizda muddat { $closes } gacha ochiq (eng erta talqinda { $safe } dan kechiktirmay topshirish kerak edi) — ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang va imkon qadar tezroq topshiring.
# as lp-result-new-permit-now-filed-if, our window's last day D-1 a day off: said so, with its last working day (¶12)
lp-result-new-permit-now-filed-if-day-off = Agar yangi ruxsatnomaga ariza { $accepted } da qabul qilingan boʻlsa, qaror — { $decision_by } dan kechiktirmay; qaror boʻlmasa — ariza topshirgan joyingizdan yoki 1414 dan soʻrang. Agar topshirmagan boʻlsangiz: bizning talqinimizda muddat { $closes } gacha ochiq, lekin u ish kuni emas: muddatning oxirgi ish kuni — { $closes_wd } (eng erta talqinda { $safe } dan kechiktirmay topshirish kerak edi). Ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang va imkon qadar tezroq, ish vaqtida topshiring.
lp-result-new-permit-now-closing-day-off = Agar yangi ruxsatnomaga ariza { $accepted } da qabul qilingan boʻlsa, qaror — { $decision_by } dan kechiktirmay; qaror boʻlmasa — ariza topshirgan joyingizdan yoki 1414 dan soʻrang. Agar topshirmagan boʻlsangiz: bugun ish kuni emas — hozir topshirilgan ariza faqat { $accepted_now } da qabul qilinadi, bu bizning talqinimizda muddatning oxirgi kuni — { $closes } dan keyin. Ariza qabul qilinadimi, zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-result-new-permit-now-closed = Agar yangi ruxsatnomaga ariza { $accepted } da qabul qilingan boʻlsa, qaror — { $decision_by } dan kechiktirmay; qaror boʻlmasa — ariza topshirgan joyingizdan yoki 1414 dan soʻrang. Agar topshirmagan boʻlsangiz: bizning talqinimizda muddat { $closes } da tugagan; boshqa talqinda { $expiry } da ham topshirish mumkin. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-result-new-permit-now-closed-day-off = Agar yangi ruxsatnomaga ariza { $accepted } da qabul qilingan boʻlsa, qaror — { $decision_by } dan kechiktirmay; qaror boʻlmasa — ariza topshirgan joyingizdan yoki 1414 dan soʻrang. Agar topshirmagan boʻlsangiz: bizning talqinimizda muddat { $closes } da tugagan. Boshqa talqinda ruxsatnoma muddatining oxirgi kuni — { $expiry } da ham topshirish mumkin, lekin u ish kuni emas: shu kuni topshirilgan ariza faqat { $expiry_accepted } da, ruxsatnoma muddati tugagach qabul qilinadi. Topshirish sanasi qabul kuni boʻlsa, bu kech; yuborilgan kun hisoblanadimi, qoidalar aniqlashtirmaydi. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-result-new-permit-now-ended = Ruxsatnoma muddati { $expiry } da tugadi: amaldagi ruxsatnomasiz ishlash mumkin emas. Agar yangi ruxsatnomaga ariza { $accepted } da qabul qilingan boʻlsa, qaror — { $decision_by } dan kechiktirmay; qaror boʻlmasa — ariza topshirgan joyingizdan yoki 1414 dan soʻrang. Agar topshirmagan boʻlsangiz, topshirish muddati oʻtdi: ruxsatnoma muddati tugaganidan keyin topshirish mumkinmi, bizning manbalar aytmaydi — akimatga yoki Aholiga xizmat koʻrsatish markaziga (ЦОН) murojaat qiling.
lp-result-new-permit-too-late = Bizning talqinimizda yangi ruxsatnoma uchun muddat { $closes } da tugagan; boshqa talqinda { $expiry } da ham topshirish mumkin. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
# our window over, the permit's last day (today) a day off: a filing on it is accepted after the end (¶12); whether the sending day counts is not said (A04)
lp-result-new-permit-too-late-day-off = Bizning talqinimizda yangi ruxsatnoma uchun muddat { $closes } da tugagan. Boshqa talqinda ruxsatnoma muddatining oxirgi kuni — { $expiry } da ham topshirish mumkin, lekin u ish kuni emas: shu kuni topshirilgan ariza faqat { $expiry_accepted } da, ruxsatnoma muddati tugagach qabul qilinadi. Topshirish sanasi qabul kuni boʻlsa, bu kech; yuborilgan kun hisoblanadimi, qoidalar aniqlashtirmaydi. Zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.
lp-result-new-permit-closing-day-off = Bugun ish kuni emas: yangi ruxsatnomaga ariza faqat { $accepted } da qabul qilinadi, bu bizning talqinimizda muddatning oxirgi kuni — { $closes } dan keyin. Ariza qabul qilinadimi, zudlik bilan Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan aniqlang.

lp-documents-new-permit = Yangi ruxsatnoma uchun hujjatlar:
lp-note-new-permit-full-list = Manbalarda yangi ruxsatnoma uchun alohida roʻyxat yoʻq. Birinchisidagi kabi toʻliq toʻplamni tayyorlang: yangi 028/u maʼlumotnomasi, sugʻurta va kvitansiya.

lp-lost-question = Ruxsatnomani qanday olgansiz?
lp-lost-gov-corp = Xizmat markazida (ЦОН), qogʻozda
lp-lost-online = Onlayn (egov.kz, enbek)
lp-result-lost-copy = Aholiga xizmat koʻrsatish markaziga (ЦОН) murojaat qiling: ruxsatnoma nusxasi murojaat qilgan kuningiz beriladi.
lp-reason-lost-copy = Aholiga xizmat koʻrsatish markazi (ЦОН) bergan ruxsatnoma yoʻqolsa yoki buzilsa, nusxasi murojaat qilingan kuni beriladi.
lp-result-lost-online = Onlayn olingan ruxsatnomani qanday tiklashni bizning manbalar tasvirlamaydi.
lp-reason-lost-only-gov-corp = Murojaat kuni nusxa berish qoidasi faqat Aholiga xizmat koʻrsatish markazi (ЦОН) bergan ruxsatnomalarga tegishli.
lp-reason-where-result = Onlayn ariza natijasi egov.kz yoki migration.enbek.kz dagi shaxsiy kabinetga keladi — uni oʻsha yerda tekshiring.

lp-result-revocation = Ruxsatnomani qaytarib olish xizmat nomida tilga olingan, lekin qaytarib olish asoslari ham, tartibi ham bizning manbalarda tasvirlanmagan.
lp-reason-revocation-silent = Qaytarib olish haqida manbalarda xizmat nomidan boshqa hech narsa yoʻq.
lp-reason-refusal-grounds = Rad etish asoslari xizmat koʻrsatish Talablarida belgilangan, ular esa bizning manbalarda yoʻq.

lp-employer-question = Sizni nima qiziqtiradi?
lp-employer-hire = Chet ellikni ishga olmoqchiman
lp-employer-search-abroad = Chet eldan ishchi qidiryapman
lp-employer-contract = Mehnat shartnomasi
lp-employer-terminated = Shartnoma bekor qilindi

lp-result-employer-hire = Ruxsatnomani ishchining oʻzi oladi, lekin sizsiz uni ololmaydi. Sizdan nima kerak:
lp-reason-employer-signs = Ruxsatnoma berish haqidagi arizani siz va ishchi imzolaysiz.
lp-reason-employer-agreement = Ishchi bilan mehnat shartnomasini tuzish niyati toʻgʻrisidagi kelishuvni imzolash kerak.

lp-vacancy-published-question = Vakansiya enbek.kz da qaysi sanada eʼlon qilingan?
lp-result-employer-search = migration.enbek.kz da chet eldan ishchi qidirish ishonchli tarzda — { $search_from } dan.
lp-reason-search-abroad = Chet eldan qidirish — eʼlondan 15 kun keyin: ishonchli (ish kunlari) { $search_from } dan, kalendar kunlari boʻyicha — { $search_from_calendar } dan.
lp-reason-enbek-after-entry = migration.enbek.kz orqali ruxsatnoma ishchi mamlakatga kirgandan va niyat toʻgʻrisidagi kelishuv imzolangandan keyin beriladi.
lp-note-search-reading = Qoidalar bu kalendar kunlarimi yoki ish kunlarimi, aniqlashtirmaydi. «Erta emas» degan ruxsat uchun kechroq sana ishonchli — eʼlon kunini hisoblamaganda 15 ish kuni. Kalendar kunlari boʻyicha qidiruvni ertaroq boshlash mumkin: 1414 dan aniqlang.

lp-result-employer-contract = Ruxsatnoma olgan ishchi bilan mehnat shartnomasi quyidagi usullardan biri bilan rasmiylashtiriladi:
lp-reason-contract-register = Shartnoma tuzilgani va bekor qilingani haqidagi maʼlumotlarni mehnat shartnomalarini hisobga olishning yagona tizimiga kiritish.
lp-reason-contract-hr-enbek = Yoki mehnat shartnomasini hr.enbek.kz portalida tuzish.
lp-note-contract-deadline-silent = Maʼlumotlarni kiritish muddati bizning manbalarda koʻrsatilmagan.

lp-terminated-question = Mehnat shartnomasi qaysi sanada bekor qilingan?
lp-result-employer-terminated-channels = Shartnoma bekor qilingani haqidagi xabarnomani { $urged } gacha yuboring: Aholiga xizmat koʻrsatish markaziga (ЦОН), egov.kz yoki migration.enbek.kz orqali.
lp-result-termination-passed = Shartnoma bekor qilingani haqida Aholiga xizmat koʻrsatish markaziga (ЦОН) xabar berish muddati oʻtdi: { $one_day ->
        [yes] { $notice_by }.
       *[no] ishonchli — { $urged }, bekor qilingan kun hisoblanmasa — { $notice_by }.
    } Xabarnomani hozir yuboring: xizmat markaziga, egov.kz yoki migration.enbek.kz orqali.
lp-result-termination-last-day = Shartnoma bekor qilingani haqida Aholiga xizmat koʻrsatish markaziga (ЦОН) xabar berishning ishonchli muddati ({ $urged }) oʻtdi; bekor qilingan kun hisoblanmasa, oxirgi kun — { $notice_by }. Xabarnomani hozir yuboring: xizmat markaziga, egov.kz yoki migration.enbek.kz orqali.
lp-reason-termination-notice = Agar ish ruxsatnoma muddatidan oldin tugagan boʻlsa, ish beruvchi shartnoma bekor qilingan kundan boshlab 2 ish kuni ichida xabarnomani Aholiga xizmat koʻrsatish markaziga (ЦОН), egov.kz yoki migration.enbek.kz orqali yuboradi. { $one_day ->
        [yes] Muddat — { $urged } gacha, har ikki hisoblash usuli boʻyicha ham.
       *[no] Ishonchli — { $urged } gacha; bekor qilingan kun hisoblanmasa — { $notice_by } gacha.
    }
lp-reason-termination-both = Agar ish ruxsatnoma muddatidan oldin tugagan boʻlsa, muddat — 2 ish kuni: { $one_day ->
        [yes] { $urged } gacha, har ikki hisoblash usuli boʻyicha ham.
       *[no] ishonchli — { $urged } gacha; bekor qilingan kun hisoblanmasa — { $notice_by } gacha.
    }
lp-note-termination-reading = Qoida bekor qilingan kunning oʻzi hisoblanadimi, aniqlashtirmaydi. Agar hisoblansa, muddat ertaroq keladi — shuning uchun biz ertaroq sanaga qarab boramiz.
lp-note-revocation-not-implied = Manbalar xabarnoma ishchining ruxsatnomasini qaytarib olishini aytmaydi.
