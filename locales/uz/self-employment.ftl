## Mustaqil ishga joylashish uchun malaka muvofiqligi haqida maʼlumotnoma
## (dialogs/trees/self-employment.yaml daraxti).

self-employment-title = Mustaqil ishga joylashish uchun maʼlumotnoma

## Manba bandlari yozuvlari.
se-point-app2-row = 2-ilova (yangi tahrir), { $point }-qator
se-point-app2-interim-row = 2-ilova (oʻtish davri tahriri), { $point }-qator
se-point-part2 = { $point }-bandning 2-qismi
se-point-list3 = roʻyxat, 3-band, { $point }-xatboshi

## Kim va qachon.
se-who-question = Mustaqil ishga joylashish uchun malaka muvofiqligi haqida maʼlumotnoma (справка о соответствии квалификации для самостоятельного трудоустройства) chet ellikning malakasi Qozogʻistonda mustaqil ishlash uchun mos ekanini tasdiqlaydi. Siz kimsiz?
se-who-foreigner = Boshqa davlat fuqarosi
se-who-stateless = Fuqaroligi yoʻq shaxs
se-who-representative = Men shunday shaxsning vakiliman
se-who-citizen = Qozogʻiston fuqarosi

se-result-not-foreigner = Bu xizmat siz uchun emas: maʼlumotnoma faqat chet elliklarga va fuqaroligi yoʻq shaxslarga beriladi.
se-reason-for-foreigners = Xizmat nomi: «Chet el fuqarosi yoki fuqaroligi yoʻq shaxsga mustaqil ishga joylashish uchun malaka muvofiqligi haqida maʼlumotnoma (справка о соответствии квалификации для самостоятельного трудоустройства) berish yoki uzaytirish».

se-apply-when-question = Arizani qachon topshirasiz? { $switch } dan boshlab qoidalarning yangi tahriri amal qiladi, shuning uchun qaysi qoidalar qoʻllanishi sanaga bogʻliq.
se-apply-today = Bugun
se-apply-other-date = Boshqa kuni
se-apply-complaint = Rad etish, kechikishga shikoyat
se-apply-date-question = Arizani topshiradigan (yoki topshirgan) sanangizni yozing.

se-result-before-order = { $apply } sanasi uchun bot javob bera olmaydi: № 222 buyruq oʻzgarishlari, ehtimol, hali amal qilmagan, oldingi qoidalar esa bizning manbalarda yoʻq.
se-reason-order-registered = № 222 buyruq Adliya vazirligida { $registered } da roʻyxatdan oʻtgan.
se-reason-order-in-force = Buyruq birinchi rasmiy eʼlon qilingan kundan keyin oʻn kalendar kun oʻtgach kuchga kiradi.
se-note-order-date-derived = Eʼlon qilingan sana bizning manbalarda koʻrsatilmagan. Biz buyruq roʻyxatdan oʻtishidan ({ $registered }) oldin eʼlon qilinishi mumkin emas edi, deb hisoblaymiz, shuning uchun u { $earliest } dan oldin amal qila olmagan.
se-note-old-rules-silent = № 222 buyruqqa qadar qanday qoidalar amal qilganini bizning manbalar aytmaydi.

## Nima kerak.
se-what-question = Sizga nima kerak?
se-what-issue = Birinchi marta olish
se-what-extend = Maʼlumotnomani uzaytirish
se-what-reissue = Qayta rasmiylashtirish
se-what-duplicate = Maʼlumotnoma dublikati

## Birinchi maʼlumotnoma.
se-profession-question = Kasbingiz iqtisodiyotning ustuvor tarmoqlari va ularda chet elliklarning mustaqil ishga joylashishi uchun talab qilinadigan kasblar roʻyxatida bormi?
se-profession-yes = Ha, bor
se-profession-no = Yoʻq
se-profession-unsure = Bilmayman

se-result-not-priority = Maʼlumotnoma, ehtimol, berilmaydi: u ustuvor tarmoqlar roʻyxatidagi kasblar uchun moʻljallangan.
se-reason-refusal-qualification = Agar malakangiz va taʼlim darajangiz roʻyxat boʻyicha iqtisodiyotning ustuvor tarmoqlarida talab qilinadigan kasblarga qoʻyiladigan talablarga mos kelmasa, maʼlumotnoma berishdan bosh tortiladi.
se-note-list-silent = Kasblar roʻyxatining oʻzi va ularga qoʻyiladigan talablar bizning manbalarda yoʻq, shuning uchun bot kasbingizni tekshira olmaydi.

se-education-question = Malakangizni qaysi hujjat tasdiqlaydi?
se-education-recognised = QRda tan olingan diplom
se-education-english = Ingliz tili oʻqitish sertifikati
se-education-unrecognised = Hali tan olinmagan diplom
se-education-none = Ikkalasi ham yoʻq

se-result-no-education = Taʼlim haqidagi hujjat yoki ingliz tilini oʻqitish sertifikatisiz toʻliq hujjatlar toʻplamini yigʻib boʻlmaydi.
se-reason-education-required = Qozoq yoki rus tiliga notarial tasdiqlangan tarjimalar kerak: yo Qozogʻistonda tan olingan yoki nostrifikatsiyadan oʻtgan taʼlim haqidagi hujjatlarning, yo ingliz tilini oʻqitish sertifikatlarining.
se-note-treaty-silent = Agar Qozogʻistonning ratifikatsiya qilingan xalqaro shartnomalarida boshqacha nazarda tutilgan boʻlsa, qoidalar istisno qiladi. Bu shartnomalar matni bizning manbalarda yoʻq.

se-work-doc-question = Sizda mehnat faoliyati haqidagi hujjatning (masalan, mehnat daftarchasining) qozoq yoki rus tiliga tarjimasi bilan notarial tasdiqlangan nusxasi bormi?


se-result-issue-ready = Maʼlumotnomaga ariza topshirishingiz mumkin. Maʼlumotnoma { $months } oygacha muddatga beriladi.
se-reason-validity = Maʼlumotnoma { $months } oygacha muddatga beriladi; aniq tugash sanasi maʼlumotnomaning oʻzida boʻladi.
se-reason-time-issue = Arizaning qabul kuni — { $registered }. Maʼlumotnoma { $days } ish kunida beriladi: { $by } dan kechiktirmay (qabul kuni bilan — { $early }).
se-reason-free = Xizmat bepul.
se-reason-channels-all = Arizani onlayn topshirish mumkin: egov.kz, elicense.kz yoki migration.enbek.kz da. Boshqa topshirish usullari qoidalarda aytilmagan.
se-reason-provider = Maʼlumotnomani akimat (mahalliy ijro organi) beradi.
se-reason-status-cabinet = egov.kz da topshirgandan keyin «shaxsiy kabinet»da ariza qabul qilingani va natija qachon boʻlishi (sana va vaqt) koʻrinadi.
se-reason-result-cabinet = Natija — maʼlumotnoma yoki asoslantirilgan rad javobi (мотивированный отказ) — egov.kz dagi «shaxsiy kabinet»ga vakolatli shaxs imzosi bilan elektron hujjat sifatida keladi.
se-reason-result-form = Natija — malaka muvofiqligi haqida maʼlumotnoma yoki asoslantirilgan rad javobi.
se-reason-representative = Arizani chet ellik yoki fuqaroligi yoʻq shaxs nomidan vakolatli shaxs topshirishi mumkin.
se-note-score-silent = Baholash ballari qanday hisoblanishini bizning manbalar aytmaydi: u yerda faqat olti ball chegarasi bor. Bot sizning natijangizni hisoblay olmaydi.
se-note-time-reading = Qoidalar roʻyxatga olish kuni hisoblanadimi, aniqlashtirmaydi. Kechroq sanaga moʻljallang; natija ertaroq kelishi mumkin.
se-note-complaint = Xizmat koʻrsatadigan akimatga (mahalliy ijro organi) kelib tushgan shikoyat roʻyxatga olingan kundan boshlab 5 ish kuni ichida koʻrib chiqiladi.
se-note-representative-silent = Vakolatli shaxsning ariza topshirish huquqi { $switch } dan boshlab amal qiladigan tahrirdagi Qoidalarning 3-bandida toʻgʻridan-toʻgʻri aytilgan. Bu bandning oldingi matni bizning manbalarda yoʻq.
se-note-version-interim = Siz { $switch } dan oldin topshiryapsiz. Shu sanagacha xizmatga qoʻyiladigan talablar roʻyxati (Qoidalarga 2-ilova) oʻtish davri tahririda amal qiladi — № 222 buyruqqa 3-ilova. Undagi hujjatlar, muddatlar, toʻlov va rad etish asoslari yangi tahrirdagi bilan bir xil.
se-note-version-unknown = № 222 buyruq birinchi rasmiy eʼlon qilinganidan keyin oʻn kalendar kun oʻtgach kuchga kiradi, eʼlon qilingan sana esa bizning manbalarda koʻrsatilmagan; unga qadar Qoidalarning oldingi tahriri amal qilgan, u bizda yoʻq. Bundan tashqari, Qoidalarning 3, 5, 13, 17, 22 va 22-1-bandlari (topshirish usuli, maqom, natija qayerga kelishi, 5 ish kunlik muddatlar) faqat { $switch } dan boshlab oʻzgaradi, ularning oldingi matni esa bizda yoʻq. Sizning sanangiz uchun bot bu qoidalarni tasdiqlay olmaydi.

se-result-issue-check = Topshirishdan oldin quyidagi bandlarni aniqlang: maʼlumotnoma berilishi shularga bogʻliq.
se-note-profession-unsure = Kasbingiz ustuvor tarmoqlar va talab qilinadigan kasblar roʻyxatida bor-yoʻqligini tekshiring. Roʻyxatning oʻzi bizning manbalarda yoʻq; agar kasbingiz unda boʻlmasa, maʼlumotnoma berilmaydi.
se-note-unrecognised = Avval diplomni Qozogʻistonda tan oldiring yoki nostrifikatsiyadan oʻtkazing: buni qoidalar talab qiladi. Xalqaro shartnomada boshqacha nazarda tutilgan boʻlishi mumkin, ammo shartnomalar matni bizda yoʻq.

se-documents-issue = Maʼlumotnoma olish uchun hujjatlar:
se-doc-application = Maʼlumotnoma berish haqidagi ariza (Qoidalarga 1-ilova shaklida).
se-doc-id-copy = Shaxsni tasdiqlovchi hujjatning (pasportning) elektron nusxasi.
se-doc-education = Qozogʻistonda tan olingan yoki nostrifikatsiyadan oʻtgan taʼlim haqidagi hujjatning qozoq yoki rus tiliga notarial tasdiqlangan tarjimasi.
se-doc-english = Ingliz tilini oʻqitish sertifikatining qozoq yoki rus tiliga notarial tasdiqlangan tarjimasi.
se-doc-work = Mehnat faoliyatini tasdiqlovchi hujjatning notarial tasdiqlangan nusxasi va uning qozoq yoki rus tiliga tarjimasi.
se-doc-iin = egov.kz, elicense.kz yoki migration.enbek.kz orqali topshirish uchun ERI (elektron raqamli imzo, ЭЦП) olishga IIN (individual identifikatsiya raqami, ИИН) kerak.
se-note-treaty = Agar ratifikatsiya qilingan xalqaro shartnomada boshqacha nazarda tutilgan boʻlsa, qoidalar taʼlim hujjatlarini tan olish uchun istisno qiladi. Shartnomalar matni bizda yoʻq, shuning uchun qatʼiy variantni maslahat beramiz: tan olingan yoki nostrifikatsiyadan oʻtgan diplom.
se-note-iin-silent = Chet ellik IIN va ERIni qanday olishini bizning manbalar aytmaydi.
se-note-contact-centre = Xizmat tartibi va holati haqida Yagona aloqa markazidan bilish mumkin; bu xizmat qoidalarida raqam «1411» deb bosilgan. Oʻsha buyruqda boshqa xizmat uchun 1414 raqami koʻrsatilgan. «1411» javob bermasa, 1414 ga qoʻngʻiroq qiling.

## Uzaytirish.
se-ext-contract-question = Ish beruvchi bilan mehnat shartnomasini tuzdingizmi?

se-result-ext-no-contract = Maʼlumotnomani faqat ish beruvchi bilan mehnat shartnomasi tuzilgandan keyin uzaytirish mumkin.
se-reason-ext-needs-contract = Maʼlumotnomani uzaytirish uchun ish beruvchi bilan mehnat shartnomasi tuzilgan kundan boshlab 5 ish kuni ichida hujjatlarni egov.kz orqali yuborish kerak.
se-reason-ext-contract-copy = Uzaytirish uchun mehnat shartnomasining nusxasi kerak.
se-note-no-contract-silent = Maʼlumotnoma amal qilish muddatida mehnat shartnomasi tuzilmasa nima boʻlishini bizning manbalar aytmaydi.

se-ext-contract-date-question = Mehnat shartnomasini qaysi sanada tuzgansiz?
se-ext-expiry-question = Maʼlumotnomangiz qaysi sanagacha amal qiladi? Maʼlumotnomadagi sanani yozing.

se-result-ext-expired = Maʼlumotnomangiz { $expiry } gacha amal qilgan, siz esa { $apply } da topshiryapsiz — muddati tugaganidan keyin.
se-result-ext-no-day-left = Maʼlumotnoma { $expiry } gacha amal qiladi, lekin muddati tugaguncha ish kuni qolmadi: hozir yuborilgan ariza faqat { $registered } da, yaʼni maʼlumotnoma muddati tugaganidan keyin qabul qilinadi.
se-reason-accepted-next-working-day = Ish vaqti tugagandan keyin, dam olish yoki bayram kunida yuborilgan ariza keyingi ish kunida qabul qilinadi.
se-reason-ext-needs-certificate = Uzaytirish uchun avval berilgan maʼlumotnoma va mehnat shartnomasining nusxasi topshiriladi.
se-note-expired-silent = Muddati tugagan maʼlumotnomani uzaytirish mumkinmi, bizning manbalar aytmaydi. Aniqlamaguningizcha uzaytirishga umid qilmang.

se-result-ext-ready = Uzaytirishga arizani { $deadline } dan kechiktirmay topshiring.
se-result-duty-filed = Ariza { $filed } da muddatida topshirildi: uni { $deadline } dan kechiktirmay topshirish kerak edi. Qaror — { $decision_by } dan kechiktirmay.
se-reason-duty-extension = Muddat — mehnat shartnomasi kunidan ({ $event }) boshlab { $days } ish kuni: { $one_day ->
        [yes] { $deadline } gacha, har ikki hisoblash usuli boʻyicha ham.
       *[no] ishonchli — { $deadline } gacha; shartnoma kunini hisoblamasa — { $latest } gacha.
    }
se-reason-time-extension = Arizaning qabul kuni — { $registered }. { $days } ish kunida uzaytiriladi: { $by } dan kechiktirmay (qabul kuni bilan — { $early }).
se-reason-channel-egov = egov.kz orqali topshiring.
se-note-time-start = Qoidalar roʻyxatga olish kuni hisoblanadimi, aniqlashtirmaydi. Kechroq sanaga moʻljallang; natija ertaroq kelishi mumkin.
se-note-two-readings = Qoidalar voqea kunining oʻzi hisoblanadimi, aniqlashtirmaydi. Kechikmasligingiz uchun biz sizni ertaroq sana boʻyicha olib boramiz; ikkinchi sana — boshqa talqin.
se-note-channel-egov = Umumiy talablar roʻyxatida egov.kz, elicense.kz va migration.enbek.kz aytilgan, uzaytirish yoki qayta rasmiylashtirish haqidagi bandda esa — faqat egov.kz. Biz egov.kz ni maslahat beramiz: u ikkala joyda ham aytilgan.
se-note-extension-term-silent = Maʼlumotnoma qancha muddatga va necha marta uzaytirilishini bizning manbalar aytmaydi.
se-note-event-before-july = Voqea ({ $event }) 5 ish kuni haqidagi qoidaning yangi tahriri amal qila boshlagan { $switch } dan oldin boʻlgan. Qoidaning oldingi matni bizning manbalarda yoʻq, bu holat uchun oʻtish qoidalari ham yoʻq. Biz yangi tahrir boʻyicha muddatni xavfsiz moʻljal sifatida koʻrsatamiz.
se-note-duty-safe-target = { $days } ish kunlik muddat Qoidalarning { $switch } dan amal qiladigan tahririda belgilangan. Undan oldin qanday muddat amal qilganini bizning manbalar aytmaydi. { $deadline } ni xavfsiz sana deb hisoblang va undan kechiktirmay topshiring.
se-result-duty-interim = Xavfsiz moʻljal — { $deadline } dan kechiktirmay topshirish. { $days } ish kuni haqidagi qoida faqat { $switch } dan amal qiladi, oldingi muddat esa bizning manbalarda yoʻq.
se-result-duty-interim-filed = Ariza { $filed } da topshirildi. Xavfsiz moʻljal { $deadline } dan kechiktirmay topshirish edi: { $days } ish kuni haqidagi qoida faqat { $switch } dan amal qiladi, oldingi muddat esa bizning manbalarda yoʻq.
se-reason-duty-extension-new = Qoidalarning { $switch } dan amal qiladigan tahririda: mehnat shartnomasi kunidan ({ $event }) boshlab { $days } ish kuni — { $one_day ->
        [yes] { $deadline } gacha, har ikki hisoblash usuli boʻyicha ham.
       *[no] ishonchli { $deadline } gacha; shartnoma kunini hisoblamasa — { $latest } gacha.
    }
se-reason-duty-reissue-new = Qoidalarning { $switch } dan amal qiladigan tahririda: oʻzgarish sanasidan ({ $event }) boshlab { $days } ish kuni — { $one_day ->
        [yes] { $deadline } gacha, har ikki hisoblash usuli boʻyicha ham.
       *[no] ishonchli { $deadline } gacha; oʻzgarish kunini hisoblamasa — { $latest } gacha.
    }
se-reason-duty-duplicate-new = Qoidalarning { $switch } dan amal qiladigan tahririda: yoʻqolgan yoki buzilgan sanadan ({ $event }) boshlab { $days } ish kuni — { $one_day ->
        [yes] { $deadline } gacha, har ikki hisoblash usuli boʻyicha ham.
       *[no] ishonchli { $deadline } gacha; shu kunni hisoblamasa — { $latest } gacha.
    }

se-documents-extension = Maʼlumotnomani uzaytirish uchun hujjatlar:
se-doc-ext-application = Maʼlumotnomani uzaytirish haqidagi ariza (Qoidalarga 1-ilova shaklida).
se-doc-ext-certificate = Sizga avval berilgan maʼlumotnoma.
se-doc-ext-contract = Mehnat shartnomasining nusxasi.

## Qayta rasmiylashtirish.
se-reissue-question = Nima oʻzgardi?
se-reissue-name = Familiya, ism, otasining ismi
se-reissue-passport = Pasport raqami yoki seriyasi
se-reissue-employer = Ish beruvchi oʻzgardi

se-result-reissue-employer-old = { $switch } dan oldingi topshirish sanasi uchun bot ish beruvchi oʻzgarganda maʼlumotnomani qayta rasmiylashtirish kerakmi, ayta olmaydi.
se-reason-reissue-old-grounds = Talablar roʻyxatining oʻtish davri tahririda maʼlumotnomani qayta rasmiylashtirish faqat familiya, ism, otasining ismi, shaxsni tasdiqlovchi hujjat raqami va seriyasi oʻzgarganda nazarda tutilgan.
se-reason-employer-from-july = Ish beruvchining oʻzgarishi qayta rasmiylashtirish asosi sifatida Qoidalarning { $switch } dan amal qiladigan tahriridagi 22-bandning 2-qismida aytilgan.
se-note-employer-old-silent = { $switch } gacha ish beruvchi oʻzgarganda nima amal qilganini bizning manbalar aytmaydi.

se-reissue-date-question = Oʻzgarish qaysi sanada boʻlgan?

se-result-reissue-ready = Maʼlumotnomani qayta rasmiylashtirishga arizani { $deadline } dan kechiktirmay topshiring.
se-reason-duty-reissue = Muddat — oʻzgarish sanasidan ({ $event }) boshlab { $days } ish kuni: { $one_day ->
        [yes] { $deadline } gacha, har ikki hisoblash usuli boʻyicha ham.
       *[no] ishonchli — { $deadline } gacha; oʻzgarish kunini hisoblamasa — { $latest } gacha.
    }
se-reason-time-reissue = Arizaning qabul kuni — { $registered }. { $days } ish kunida qayta rasmiylashtiriladi: { $by } dan kechiktirmay (qabul kuni bilan — { $early }).

se-documents-reissue = Maʼlumotnomani qayta rasmiylashtirish uchun hujjatlar:
se-doc-reissue-application = Maʼlumotnomani qayta rasmiylashtirish haqidagi ariza (Qoidalarga 1-ilova shaklida).
se-doc-reissue-changed = Oʻzgargan familiya, ism, otasining ismi yoki shaxsni tasdiqlovchi hujjatning raqami va seriyasi koʻrsatilgan hujjat nusxasi.
se-doc-reissue-employer = Ish beruvchi oʻzgarganini tasdiqlovchi hujjatlar nusxalari.
se-note-employer-docs = Talablar roʻyxatida ish beruvchi oʻzgarganda alohida hujjatlar roʻyxati yoʻq; Qoidalar faqat «koʻrsatilgan maʼlumotlarni tasdiqlovchi hujjatlar nusxalari» haqida aytadi. Aynan qaysi hujjatlar mos kelishini topshirishdan oldin aniqlang.

## Dublikat.
se-dup-date-question = Maʼlumotnoma qaysi sanada yoʻqolgan yoki buzilgan?

se-result-dup-ready = Maʼlumotnoma dublikatiga arizani { $deadline } dan kechiktirmay topshiring.
se-reason-duty-duplicate = Muddat — yoʻqolgan yoki buzilgan sanadan ({ $event }) boshlab { $days } ish kuni: { $one_day ->
        [yes] { $deadline } gacha, har ikki hisoblash usuli boʻyicha ham.
       *[no] ishonchli — { $deadline } gacha; shu kunni hisoblamasa — { $latest } gacha.
    }
se-reason-time-duplicate = Arizaning qabul kuni — { $registered }. Dublikat { $days } ish kunida beriladi: { $by } dan kechiktirmay (qabul kuni bilan — { $early }).
se-note-loss-found-later = Agar yoʻqolganini keyinroq payqagan boʻlsangiz, muddat yoʻqolgan sanadan yoki siz payqagan sanadan hisoblanadimi, qoidalar aytmaydi. Ertaroq sanadan hisoblash xavfsizroq.

se-documents-duplicate = Maʼlumotnoma dublikati uchun hujjatlar:
se-doc-dup-application = Maʼlumotnoma dublikatini berish haqidagi ariza (Qoidalarga 1-ilova shaklida).

## Umumiy tugunlar.
se-result-duty-late = Bizning hisobimizcha, topshirish muddati { $deadline } da tugagan, siz esa { $apply } da topshiryapsiz.
se-reason-duty-other-reading-in-time = Muddat boshlangan kunni hisoblamasa, muddat — { $latest } gacha, { $apply } hali muddatida: oʻsha kuni ish vaqtida topshiring.
se-reason-duty-other-reading-accepted = Muddat boshlangan kunni hisoblamasa, muddat — { $latest } gacha: { $apply } da yuborilgan ariza keyingi ish kunida, { $registered } da qabul qilinadi — bu hali muddatida.
se-note-late-silent = Muddatdan keyin topshirilsa nima boʻlishini bizning manbalar aytmaydi. Imkon qadar tezroq topshiring va oqibatlarini aniqlang.

se-result-dates-mismatch = Topshirish sanasi ({ $apply }) voqea sanasidan ({ $event }) oldin. Sanalarni tekshiring va arizani qachon topshirishingizni koʻrsating.

## Tanlov, ERI, topshirish vaqti, shikoyat (issue 8)
se-what-complaint = Rad etish, kechikishga shikoyat
se-complaint-where-question = Shikoyatni qayerga topshirdingiz?
se-complaint-to-provider = Maʼlumotnoma beradigan akimatga
se-complaint-to-other = Boshqa organga
se-link-employer-permit = Ish beruvchiga ruxsatnoma
se-link-labour-permit = Immigrantga ruxsatnoma
se-note-other-way = Agar bu maʼlumotnoma sizga mos kelmasa, «Immigrantga ruxsatnoma» xizmatini koʻring — pastdagi tugma.
se-eds-question = Ariza faqat onlayn — «elektron hukumat» portali egov.kz orqali, ERI (ЭЦП) — elektron raqamli imzo bilan topshiriladi. ERI uchun IIN (ИИН) kerak. Sizda IIN va amaldagi ERI bormi?
se-eds-yes = Ha, bor
se-eds-no = Yoʻq
se-hours-question = Arizani qachon yuborasiz? Ish kuni tugagandan keyin, dam olish yoki bayram kunida u faqat keyingi ish kunida qabul qilinadi.
se-hours-in = Ish vaqtida (du–ju)
se-hours-after = Kechqurun, dam olish, bayramda
se-work-doc-yes = Ha, tasdiqlangan, tarjimasi bor
se-work-doc-no = Yoʻq yoki tasdiqlanmagan
se-score-question = Chet ellikni baholash natijasi olti balldan past boʻlsa, maʼlumotnoma berilmaydi. Sizning natijangiz qanday?
se-score-pass = 6 ball va undan koʻp
se-score-below = 6 balldan kam
se-score-unknown = Bilmayman
se-note-score-unknown = Ballar qanday hisoblanishini bizning manbalar aytmaydi — faqat olti ball chegarasi bor. Topshirishdan oldin natijangizni bilib oling.
se-block-eds = Hali tayyor emas: IIN oling, keyin ERI — ularsiz arizani onlayn topshirib boʻlmaydi.
se-block-eds-consequence = Qoidalarda onlayn portallardan boshqa topshirish usuli yoʻq. Chet ellik IIN va ERIni qanday olishini bizning manbalar aytmaydi — 1414 dan aniqlang.
se-block-work-doc = Hali tayyor emas: mehnat faoliyati haqidagi hujjatning qozoq yoki rus tiliga tarjimasi bilan notarial tasdiqlangan nusxasi kerak.
se-block-doc-consequence = Bu hujjat majburiy roʻyxatda bor. Toʻliq boʻlmagan ariza bilan nima qilinishini bizning manbalar aytmaydi — hammasini yigʻganingizda topshiring.
se-block-score = Baholash natijasi olti balldan past — bu maʼlumotnoma berishni rad etish asosi.
se-block-late-acceptance-readings = Ish vaqtida yuboring: { $one_day ->
        [yes] oxirgi kun — { $deadline }, kechqurun yoki dam olish kunida yuborilgan ariza esa faqat { $registered } da qabul qilinadi.
       *[no] ishonchli hisobda oxirgi kun — { $deadline }, kechqurun yoki dam olish kunida yuborilgan ariza esa faqat { $registered } da qabul qilinadi. Muddat boshlangan kunni hisoblamasa, oxirgi kun — { $latest }, bunday ariza hali muddatida.
    }
se-block-late-consequence = Muddatdan keyin topshirilsa nima boʻlishini bizning manbalar aytmaydi. Oxirgi kundan kechiktirmay ish vaqtida yuboring.
se-block-cert-acceptance = Ish vaqtida { $safe } dan kechiktirmay yuboring: maʼlumotnoma { $expiry } gacha amal qiladi, kechqurun yoki dam olish kunida yuborilgan ariza esa faqat { $registered } da, yaʼni maʼlumotnoma muddati tugaganidan keyin qabul qilinadi.
se-block-cert-consequence = Maʼlumotnomani muddati tugaganidan keyin uzaytirish mumkinmi, bizning manbalar aytmaydi. Arizani maʼlumotnoma hali amal qilayotganda, ish vaqtida yuboring.
se-reason-refusal-grounds = Malaka roʻyxatdagi kasblarga mos kelmasa, baho 6 balldan past boʻlsa yoki hujjatlar ishonchsiz boʻlsa, rad etiladi.
se-complaint-date-question = Xizmat koʻrsatadigan akimatga (mahalliy ijro organi) kelib tushgan shikoyat roʻyxatga olingan kundan boshlab 5 ish kuni ichida koʻrib chiqiladi. Akimat shikoyatingizni qaysi sanada roʻyxatga olgan?
se-result-complaint = Shikoyatga javob { $by } dan kechiktirmay kelishi kerak.
se-reason-complaint-time-days = { $registered } da roʻyxatga olingan shikoyat 5 ish kuni koʻrib chiqiladi: { $one_day ->
        [yes] { $by } dan kechiktirmay, har ikki hisoblash usuli boʻyicha ham.
       *[no] { $by } dan kechiktirmay (roʻyxatga olish kunini ham hisoblasa — { $early }).
    }
se-note-complaint-reading = Qoidalar shikoyat roʻyxatga olingan kun hisoblanadimi, aniqlashtirmaydi. Javob ertaroq kelishi mumkin; shikoyat faqat kechroq sanadan keyin muddati oʻtgan hisoblanadi.
se-note-complaint-other-silent = Qarorni yana qayerga va qanday muddatlarda shikoyat qilish mumkinligini bu xizmat uchun bizning manbalar aytmaydi.
se-result-complaint-other = 5 ish kunlik muddatni qoidalar faqat xizmat koʻrsatadigan akimatga kelib tushgan shikoyat uchun belgilaydi. Boshqa organga berilgan shikoyat muddati bizning manbalarda yoʻq.
se-note-complaint-entry = Shu tahrirdagi 25-band № 222 buyruq kuchga kirgan kundan — birinchi rasmiy eʼlon qilinganidan keyin oʻn kalendar kun oʻtgach amal qiladi, eʼlon qilingan sana esa bizning manbalarda koʻrsatilmagan. Agar { $registered } da buyruq hali amal qilmagan boʻlsa, muddat boshqacha boʻlishi mumkin: oldingi tahrir bizda yoʻq.

## Topshirish sanasi 2026-yil 12-iyuldan oldin boʻlgan birinchi maʼlumotnoma
se-result-issue-interim = Topshirish sanangiz ({ $apply }) — { $switch } dan oldin: unga qaysi qoidalar qoʻllanishini bot tasdiqlay olmaydi. Akimatda yoki 1414 orqali aniqlang; quyida — maʼlum narsalar.
se-result-issue-interim-overdue = Ariza { $filed } da — { $switch } dan oldin topshirilgan. Oʻtish davri tahririga koʻra maʼlumotnoma { $decision_by } dan kechiktirmay berilishi kerak edi, lekin u sizning sanangizga qoʻllanganmi, bot tasdiqlay olmaydi. Natija boʻlmasa, akimatda yoki 1414 orqali aniqlang; akimatga shikoyat 5 ish kunida koʻrib chiqiladi.

## Keyinroq qayta ochilgan suhbat: majburiyat muddati har qanday hisobda oʻtgan, maʼlumotnoma muddati tugagan
se-result-duty-late-ended = { $one_day ->
        [yes] { $days } ish kunlik muddat { $latest } da tugagan.
       *[no] { $days } ish kunlik muddat har qanday hisobda tugagan: muddat boshlangan kun hisoblansa — { $deadline } da, hisoblanmasa — { $latest } da.
    } Kechikkanda nima boʻlishini qoidalar aytmaydi: hali topshirmagan boʻlsangiz, imkon qadar tezroq topshiring va oqibatlari haqida 1414 aloqa markazidan soʻrang.
se-result-duty-late-filed-if = Agar ariza { $apply } da topshirilgan boʻlsa, ishonchli hisob boʻyicha bu muddatdan ({ $deadline }) keyin; muddat boshlangan kun hisoblanmasa, muddat — { $latest } gacha. Agar hali topshirilmagan boʻlsa — { $latest } dan kechiktirmay, ish vaqtida topshiring.
se-result-ext-no-day-left-ended = Maʼlumotnoma muddati { $expiry } da tugadi: { $apply } da yuborilgan ariza faqat { $registered } da — maʼlumotnoma muddati tugaganidan keyin qabul qilinishi mumkin edi. Endi nima qilish kerakligini 1414 aloqa markazidan yoki egov.kz dan soʻrang.
