## Yashash guvohnomasi — doimiy yashash uchun ruxsatnoma (dialogs/trees/permanent-residence.yaml daraxti).

permanent-residence-title = Yashash guvohnomasi

prp-unsure = Bilmayman

prp-situation-question = Yashash guvohnomasi — doimiy yashash uchun ruxsatnoma (разрешение на постоянное проживание) — chet ellikka Qozogʻistonda doimiy yashash huquqini beradi. Uni politsiya beradi. Sizda qanday holat?
prp-situation-apply = Olmoqchiman
prp-situation-filed = Arizani topshirib boʻldim
prp-situation-hearing = Eshitishga chaqirishdi
prp-situation-refused = Menga rad javobi berishdi
prp-situation-moving = Bor, koʻchyapman
prp-situation-annulled = Uni bekor qilishdi

## Topshirib boʻlgansiz

prp-filed-already-question = Arizani qaysi sanada topshirgansiz? Sanani yozing.
prp-result-filed-already = Yozma javob — taxminan { $notice_earliest } dan kechiktirmay (tekshiruvlar bir vaqtda oʻtsa) yoki { $notice_latest } dan kechiktirmay (ketma-ket oʻtsa). Eshitish (tinglov) haqida xabarnoma avvalroq ham kelishi mumkin: eshitishning oʻzi undan keyin 2 ish kunidan kechiktirmay oʻtkaziladi.
prp-result-filed-earliest-gone = Javobning erta taxminiy sanasi (tekshiruvlar bir vaqtda oʻtgan boʻlsa) oʻtib ketdi; agar ular ketma-ket oʻtsa — yozma javob taxminan { $notice_latest } dan kechiktirmay. Eshitish (tinglov) haqida xabarnoma istalgan kuni kelishi mumkin: eshitishning oʻzi undan keyin 2 ish kunidan kechiktirmay oʻtkaziladi.
prp-reason-steps = Ish { $registered_by } gacha ochiladi; tekshiruvlar va milliy xavfsizlik organi bilan kelishish — taxminan { $security_from_a } gacha (yoki { $security_from_b }).
prp-reason-step-conclusion = Xulosa — hamma organlar javobidan keyin 10 kunda, xabarnoma — yana 3 kunda. Rad etishdan oldin — eshitish (tinglov).
prp-reason-hearing-first = Rad etish uchun asoslar boʻlsa, avval sizni eshitishga (tinglovga) taklif qilishadi.
prp-reason-reapply-rule = Rad javobidan keyin yangi ariza — kamida bir yildan keyin.
prp-link-hearing = Xabarnoma keldi
prp-link-refused = Menga rad javobi berishdi

## Kim topshira oladi (11-band)

prp-in-kz-question = Siz hozir Qozogʻistondamisiz?

prp-prior-question = Avval sizga yashash guvohnomasi boʻyicha rad javobi berishganmi yoki uni bekor qilishganmi? Rad etish yoki bekor qilish haqidagi xulosadan keyin qayta arizani faqat bir yildan soʻng topshirish mumkin.
prp-prior-refused = Rad etishdi
prp-prior-annulled = Bekor qilishdi
prp-prior-date-question = Bu xulosa qaysi sanada chiqarilgan? Agar faqat xabarnoma sanasini bilsangiz, uni yozing.

prp-result-abroad = Chet eldan ariza topshirishni Qoidalar tasvirlamaydi.
prp-reason-channels = Ariza politsiyaga yoki Aholiga xizmat koʻrsatish markazi (ЦОН) orqali topshiriladi.
prp-reason-visa-routes-in-kz = Vizalar boʻyicha yoʻllar (doimiy yashash uchun, investor, kasb boʻyicha) — Qozogʻistonda turganlar uchun.
prp-note-abroad-silent = Elchixona yoki konsullik orqali topshirishni bizning manbalar aytmaydi: faqat politsiya va Aholiga xizmat koʻrsatish markazi (ЦОН). Rasmiylashtirishni chet eldan boshlash mumkinmi, Qoidalar aytmaydi.
prp-link-kandas = Kandas maqomi
prp-link-temporary = Vaqtincha yashash (РВП)

prp-ethnic-question = Siz etnik qozoqmisiz — qozoq millatiga mansub chet ellik yoki fuqaroligi yoʻq shaxsmisiz?

prp-refugee-question = Sizda Qozogʻistonda qochqin maqomi bormi?
prp-refugee-yes = Ha, maqom bor
prp-refugee-pending = Topshirganman, qarorni kutyapman

prp-visa-free-question = Siz Qozogʻiston bilan vizasiz kirish va boʻlish toʻgʻrisida kelishuvi bor davlatdan kelganmisiz?
prp-visa-free-citizen-question = Siz Qozogʻiston bilan shunday kelishuvi bor davlat fuqarosimisiz? Qoida vizasiz kelishuvi bor «davlatlardan kelganlar» deydi va shu davlat fuqaroligi ham kerakmi, aniqlashtirmaydi.
prp-note-visa-free-list-silent = Bunday davlatlar roʻyxati bizning manbalarda yoʻq. Ishonchingiz komil boʻlmasa, «Bilmayman»ni tanlang.

prp-visa-question = Hozir Qozogʻistonda qanday viza bilan turibsiz?
prp-visa-prp = Doimiy yashash uchun
prp-visa-investor = Investor vizasi
prp-visa-profession = Talab qilinadigan kasb boʻyicha
prp-visa-other = Boshqa yoki vizasiz

prp-investor-question = Investor vizangiz koʻp martalikmi va investitsiyalar boʻyicha vakolatli organ iltimosnomasi bilan berilganmi?
prp-visa-until-question = Vizangiz qaysi sanagacha amal qiladi? Viza boʻyicha yoʻl — Qozogʻistonda shunday viza bilan turganlar uchun: u amal qilayotganda topshiring.

prp-result-not-eligible = Javoblaringizga koʻra, siz yashash guvohnomasiga ariza bera oladigan birorta guruhga kirmaysiz.
prp-reason-routes-list = Ariza beradiganlar: doimiy yashash uchun viza, investor vizasi, kasb boʻyicha viza bilan; vizasiz davlatdan kelganlar; qochqinlar; etnik qozoqlar.
prp-reason-investor-both = Investor vizasi faqat koʻp martalik boʻlsa va investitsiyalar organi iltimosnomasi bilan berilgan boʻlsa mos keladi.
prp-reason-asylum-not-refugee = Boshpana izlayotgan shaxs hali qochqin emas: «qochqin» yoʻli maqom berilganda ochiladi.
prp-note-list-reading = Qoidalarda boshqa guruhlar yoʻq, biz roʻyxatni toʻliq deb oʻqiymiz. Lekin «Aholi migratsiyasi toʻgʻrisida»gi Qonun bizning manbalarda yoʻq: bu yakuniy huquqiy javob emas.
prp-note-family-not-route = Qozogʻiston aholisi bilan qarindoshlik bu roʻyxatda aytilmagan. Qarindosh-fuqaro yoki yashash guvohnomasi bor chet ellik vaqtincha yashash uchun ruxsatnoma (разрешение на временное проживание) olishda qabul qiluvchi tomon boʻlishi mumkin.

prp-result-route-unsure = Javoblaringizga koʻra, bot sizga mos kelishini ayta olmaydi. Avval quyidagi bandlarni aniqlang.
prp-reason-check-visa-free = Agar davlatingizning Qozogʻiston bilan vizasiz kirish toʻgʻrisida kelishuvi boʻlsa, ariza berishingiz mumkin.

## Qayerda va qachon

prp-channel-question = Arizani qayerda topshirasiz?
prp-channel-police = Politsiyaga
prp-channel-gov-corp = Xizmat markaziga (ЦОН)
prp-channel-online = Onlayn egov.kz da

prp-online-info = Yashash guvohnomasi uchun Qoidalar faqat politsiya va Aholiga xizmat koʻrsatish markazini (ЦОН) aytadi. Ikkalasidan birini tanlang.
prp-note-online-silent = Bu xizmat uchun Qoidalar egov.kz orqali topshirishni aytmaydi. Amalda bu imkoniyat bormi, rasmiy aniqlang.

prp-iin-question = Sizda Qozogʻistonda IIN (individual identifikatsiya raqami, ИИН) bormi?

prp-filed-question = Arizani qaysi sanada topshirasiz? Sanani yozing.
prp-passport-question = Pasportingiz qaysi sanagacha amal qiladi? Muddati oʻtgan hujjat bilan ariza qabul qilinmaydi.

prp-block-passport = Tayyor emas: pasport { $until } gacha amal qiladi, siz esa { $filed } da topshiryapsiz. Topshirishdan oldin pasportni uzaytiring.
prp-reason-passport-ok = Pasport { $until } gacha amal qiladi — topshirish kuni ({ $filed }) muddati oʻtmagan.
prp-block-passport-day-off = Tayyor emas: { $filed } — dam olish yoki bayram kuni, ariza eng erta { $accepted } da qabul qilinadi, pasport esa { $until } gacha amal qiladi. Topshirishdan oldin pasportni uzaytiring.
prp-reason-passport-ok-day-off = { $filed } — dam olish yoki bayram kuni: ariza eng erta { $accepted } da qabul qilinadi, muddatlarni shu kundan hisoblaymiz. Pasport { $until } gacha amal qiladi — qabul kuni muddati oʻtmagan.
prp-block-visa = Tayyor emas: viza { $until } gacha amal qiladi, siz esa { $filed } da topshiryapsiz. Viza amal qilayotganda topshiring.
prp-blocked-visa-consequence = Qoidalar viza boʻyicha yoʻlni Qozogʻistonda shunday viza bilan turganlarga beradi. Viza topshirishdan oldin tugasa nima boʻlishini ular aytmaydi. Ertaroq topshiring yoki politsiyada aniqlang.
prp-reason-visa-ok = Viza { $until } gacha amal qiladi — topshirish kuni ({ $filed }) muddati oʻtmaydi.
prp-block-visa-day-off = Tayyor emas: { $filed } — dam olish yoki bayram kuni, ariza eng erta { $accepted } da qabul qilinadi, viza esa { $until } gacha amal qiladi. Ertaroq, ish kunida topshiring.
prp-reason-visa-ok-day-off = Viza { $until } gacha amal qiladi — qabul kuni ({ $accepted }) muddati oʻtmaydi.

prp-block-reapply = Tayyor emas: qayta ariza xulosadan keyin kamida bir yil oʻtgach — ishonchli { $safe } dan, siz esa { $filed } da topshiryapsiz.
prp-blocked-reapply-consequence = Oldinroq topshirilgan ariza bilan nima boʻlishini Qoidalar aytmaydi: ular faqat bir yil oʻtmasdan topshirishni taqiqlaydi. Topshirish sanasini keyinga suring.
prp-reason-reapply-passed = Topshirish kunigacha ({ $filed }) xulosadan keyin bir yil oʻtadi: ishonchli — { $safe } dan.
prp-block-no-iin = Topshirishdan oldin aniqlang: Aholiga xizmat koʻrsatish markazi (ЦОН) arizani IIN boʻlsa rasmiylashtiradi, sizda esa u yoʻq yoki ishonchingiz komil emas.
prp-blocked-no-iin-consequence = IINsiz nima boʻlishini Qoidalar aytmaydi. Xizmat markazidan (ЦОН) oldindan soʻrang yoki politsiyaga topshiring: u uchun Qoidalarda bunday shart yoʻq.
prp-block-visa-free = Topshirishdan oldin aniqlang: Qoida vizasiz kelishuvi bor «davlatlardan kelganlar» deydi, shu davlat fuqaroligi kerakmi, aniqlashtirmaydi, siz esa uning fuqarosi emassiz yoki ishonchingiz komil emas.
prp-blocked-visa-free-consequence = Fuqarolik ham kerak boʻlsa, bu yoʻl sizga mos kelmaydi. Politsiyada yoki 1414 dan aniqlagach topshiring.
prp-link-channel = Boshqa joyni tanlash

prp-result-eligible = Yashash guvohnomasiga ariza bera olasiz. Javob — taxminan { $notice_earliest } dan kechiktirmay (tekshiruvlar bir vaqtda oʻtsa) yoki { $notice_latest } dan kechiktirmay (ketma-ket oʻtsa). Eshitish (tinglov) haqida xabarnoma avvalroq ham kelishi mumkin: eshitishning oʻzi undan keyin 2 ish kunidan kechiktirmay oʻtkaziladi.
prp-reason-route-ethnic = Etnik qozoqlar har qanday viza bilan ariza beradi.
prp-reason-route-refugee = Qozogʻistonda qochqin maqomi borlar ariza bera oladi.
prp-reason-route-visa-free = Vizasiz kirish toʻgʻrisida kelishuvi bor davlatdan kelganlar ariza bera oladi.
prp-reason-route-visa-prp = Qozogʻistonda doimiy yashash uchun viza bilan turganlar ariza bera oladi.
prp-reason-route-investor = Qozogʻistonda investitsiyalar organi iltimosnomasi bilan berilgan koʻp martalik investor vizasi bilan turganlar ariza bera oladi.
prp-reason-route-profession = Qozogʻistonda talab qilinadigan kasblar roʻyxati boʻyicha viza bilan turganlar ariza bera oladi.
prp-reason-channel-police = Politsiyada hujjatlarni qabul qilishda talon beriladi.
prp-reason-channel-gov-corp = Aholiga xizmat koʻrsatish markazi (ЦОН) IINni tekshirib, arizani politsiyaga yuboradi; politsiya muddatlari ariza u yerga kelgan kundan boshlanadi. Quyidagi sanalarni ariza qabul qilinadigan kundan hisoblaymiz (ish kunida topshirilsa — topshirish kunidan): ariza politsiyaga qachon kelishi nomaʼlum, amalda ular kechroq boʻlishi mumkin.
prp-note-timeline-reading = Muddatlar — kalendar kunlarida. Qoidalar birinchi uch qadam topshirish kunidan boshlanadimi (unda javob { $notice_earliest } gacha) yoki ketma-ket keladimi ({ $notice_latest } gacha), aytmaydi. Bu kafolat emas: javoblar kechroq kelishi mumkin.
prp-note-total-term-silent = Xizmatning umumiy muddati Qoidalarga 3-ilovada, u esa bizda yoʻq. Bank javobi va hisob boʻyicha tekshiruvlar uchun muddat koʻrsatilmagan.
prp-note-hours-silent = Dam olish yoki bayram kuni topshirilgan ariza qachon qabul qilingan hisoblanishini bu xizmat uchun Qoidalar aytmaydi. Ishonchli — keyingi ish kuni: hujjatlarning amal qilish muddatini shu kunga tekshiramiz va koʻrib chiqish muddatlarini ham shu kundan hisoblaymiz.
prp-note-gk-start = Aholiga xizmat koʻrsatish markazi (ЦОН) orqali topshirilganda politsiya muddatlari ariza politsiyaga kelgan kundan boshlanadi. Biz ularni ariza qabul qilinadigan kundan hisoblaymiz (ish kunida topshirilsa — topshirish kunidan): amalda sanalar kechroq boʻlishi mumkin. Markaz natijani xizmat muddati tugashidan kamida bir sutka oldin oladi.
prp-note-stay-reading = Qoida «Qozogʻistonda vaqtincha boʻlib turganlar» haqida gapiradi. Tavakkal qilmaslik uchun Qozogʻistonda ekaningizda va boʻlish muddatingiz tugamasdan topshiring.
prp-note-visa-free-reading = Qoida vizasiz kelishuvi bor «davlatlardan kelganlar» deydi va shu davlat fuqaroligi kerakmi, aniqlashtirmaydi. Topshirishdan oldin aniqlang.
prp-note-asylum-pending = Qochqin maqomi haqida qaror qabul qilinmaguncha, siz qochqin emas, boshpana izlayotgan shaxssiz. Biz boshqa yoʻlingizni hisobga oldik.
prp-note-fees-silent = Xizmat pullikmi va davlat boji bormi, bizning manbalar aytmaydi.
prp-note-validity-silent = Yashash guvohnomasining amal qilish muddati va uzaytirish tartibi bizning manbalarda koʻrsatilmagan.

prp-documents = Ariza uchun hujjatlar:
prp-doc-application = Yashash guvohnomasini berish haqidagi ariza.
prp-doc-appendix3 = Qoidalarga 3-ilova roʻyxati boʻyicha toʻplam — u bizning manbalarda yoʻq, rasmiy aniqlang.
prp-doc-solvency = Ehtimol, toʻlov qobiliyati haqidagi hujjatlar: politsiya ularning haqiqiyligini bankdan soʻraydi. Sizga kerakmi, summa va shakl — 3-ilovada, u bizda yoʻq.
prp-doc-iin = IIN: Aholiga xizmat koʻrsatish markazi (ЦОН) uni «Jismoniy shaxslar» bazasi boʻyicha tekshiradi.
prp-doc-valid = Toʻliq toʻplam, qabul kuni birorta hujjat muddati oʻtmagan boʻlsin (dam olish kuni topshirilsa — keyingi ish kunida) — aks holda qabul qilinmaydi.
prp-doc-each-adult = Har bir katta yoshli uchun — alohida ish: oila topshirsa, har biriga hujjat tayyorlang.
prp-note-documents-silent = Hujjatlarning aniq roʻyxati — faqat Qoidalarga 3-ilovada, u esa bizda yoʻq. Roʻyxatni topshirishdan oldin aniqlang.
prp-note-minors-silent = 18 yoshgacha boʻlgan bolalar qanday rasmiylashtirilishini Qoidalar aytmaydi.
prp-note-coupon = Politsiyada qabul qilishda talon beriladi — uni saqlab qoʻying.

## Rad etishdan oldin eshitish (17-band)

prp-hearing-date-question = Eshitish (tinglov) haqidagi xabarnomada qanday sana turibdi?

prp-result-hearing = { $notice } dagi xabarnoma: politsiyada rad etish uchun asoslar bor. { $ready_by } ga tayyor boʻling; eshitish — { $latest } dan kechiktirmay.
prp-reason-hearing-purpose = Eshitish haqidagi xabarnoma rad etish uchun asoslar boʻlganda, qarordan kamida 3 ish kuni oldin yuboriladi.
prp-reason-hearing-within = Eshitish — xabarnoma kunidan boshlab 2 ish kunidan kechiktirmay: { $latest } gacha.
prp-reason-act-not-before = Ish boʻyicha qaror { $act_not_before } dan oldin qabul qilinmaydi.
prp-reason-hearing-outcome = Eshitish natijalariga koʻra arizani keyin koʻrib chiqish-chiqmaslik hal qilinadi.
prp-reason-refusal-notice = Rad etilganda rad etish sababi koʻrsatilgan xabarnoma yuboriladi.
prp-result-hearing-passed = Bu sanalar oʻtib ketdi: eshitish { $latest } gacha boʻlishi kerak edi. Zudlik bilan politsiya bilan bogʻlaning.
prp-note-hearing-count = Xabarnoma kunining oʻzi hisoblanadimi, Qoidalar aytmaydi. Agar hisoblansa — oxirgi kun { $ready_by }, hisoblanmasa — { $latest }. Ertaroq sanaga tayyorlaning.
prp-note-hearing-count-day-off = Xabarnoma sanasi — { $notice }, dam olish yoki bayram kuni: bu kun ish kunlariga kirmaydi va har qanday talqinda oxirgi kun — { $latest }. Lekin eshitish birinchi ish kunidayoq, { $ready_by } da boʻlishi mumkin: unga tayyor boʻling.
prp-note-hearing-day-of-notice = «Xabarnoma kunidan» — bu yuborilgan yoki olingan kun. Biz xabarnomadagi sanadan hisoblaymiz: u ertaroq.
prp-note-grounds-silent = Rad etish asoslari «Davlat xizmatlari toʻgʻrisida»gi Qonunning 19-1-moddasida va «Aholi migratsiyasi toʻgʻrisida»gi Qonunning 49-moddasida, ular esa bizning manbalarda yoʻq.

## Rad javobi va qayta ariza (22-band)

prp-refusal-date-question = Rad etish haqidagi xulosa qaysi sanada chiqarilgan? Agar faqat xabarnoma sanasini bilsangiz, uni yozing.

prp-result-reapply-wait = Hozircha qayta topshirib boʻlmaydi. Ishonchli — { $safe } dan.
prp-result-reapply-now = Rad javobidan keyin bir yil oʻtdi: qayta topshirish mumkin (ishonchli — { $safe } dan). Sizga mos kelishini tekshiramiz.
prp-reason-reapply = Qayta — xulosadan keyin kamida bir yil oʻtgach: yil { $anniversary } da tugaydi, ishonchli — { $safe } dan.
prp-reason-reapply-full = Ariza qaytadan koʻrib chiqiladi: yana guruhlardan biriga kirishingiz va toʻliq toʻplam topshirishingiz kerak.
prp-note-reapply-reading = { $anniversary } kunining oʻzida topshirish mumkinmi, Qoidalar aniqlashtirmaydi. { $safe } dan boshlab topshirishni maslahat beramiz.
prp-note-leap-anchor = Xulosa 29-fevraldan, keyingi yilda esa bunday kun yoʻq. Biz yil { $anniversary } da tugaydi, deb hisoblaymiz — bu bizning taxminimiz. { $safe } dan boshlab topshiring.
prp-note-appeal-silent = Bu qarorni qayerga va qanday muddatda shikoyat qilishni bizning manbalar aytmaydi.

## Koʻchish (17-1-band)

prp-result-moving = Yashash joyingizni oʻzgartirganingizda sizni yangi manzil boʻyicha roʻyxatga olishadi.
prp-reason-moving-registration = Yangi manzil boʻyicha roʻyxatga olish — murojaat qilingan kuni (Ichki migrantlarni roʻyxatga olish qoidalari, № 1427 qaror).
prp-reason-moving-file = Ishingiz avval roʻyxatda turgan politsiyangizdan soʻrab olinadi.
prp-note-moving-deadline-silent = Koʻchgandan keyin qaysi muddatda murojaat qilish va qanday hujjatlar olish kerakligini bizning manbalar aytmaydi.

## Bekor qilish (18–22-bandlar)

prp-annul-known-question = Chiqib ketish muddati bekor qilish haqidagi xulosa tasdiqlangan kundan hisoblanadi. Qaysi sanani bilasiz?
prp-annul-known-approval = Tasdiqlangan sanani
prp-annul-known-notice = Faqat xabarnoma sanasini
prp-annul-approved-question = Bekor qilish haqidagi xulosa qaysi sanada tasdiqlangan?
prp-annul-notice-question = Bekor qilish haqidagi xabarnomada qanday sana turibdi?

prp-result-annulled = Yashash guvohnomasi bekor qilingan (xulosa { $approved } da tasdiqlangan). Chiqib ketish — { $safe } gacha (shu kun ham).
prp-result-annulled-notice = Chiqib ketish — { $safe } dan kechiktirmay, ehtimol, ertaroq. Tasdiqlangan sanani zudlik bilan politsiyadan bilib oling.
prp-reason-exit = Tasdiqlangan kundan 30 kalendar kun: ishonchli — { $safe } gacha (tasdiq kuni — 1-kun), aks holda — { $outer } gacha.
prp-reason-exit-from-approval = Xabarnomadan ({ $notice }): { $safe } yoki { $outer } gacha. Lekin muddat tasdiq kunidan hisoblanadi va ertaroq tugashi mumkin.
prp-reason-bridging-rvp = Bekor qilinganda chiqib ketishga kerakli muddatga vaqtincha yashashga ruxsatnoma (разрешение на временное проживание) beriladi.
prp-reason-annul-basis = «Aholi migratsiyasi toʻgʻrisida»gi Qonun 49-moddasi boʻyicha xulosa bilan bekor qilinadi; uni politsiya rahbariyati tasdiqlaydi.
prp-reason-reapply-after-annul = Yashash guvohnomasiga qayta ariza — kamida bir yildan keyin: ishonchli { $safe } dan.
prp-result-exit-passed = Hisobimizcha, chiqib ketish muddati ({ $safe }) oʻtdi. Zudlik bilan politsiyaga murojaat qiling.
prp-note-exit-count = Qoidalar tasdiqlangan kun birinchi kun hisoblanadimi, aniqlashtirmaydi. Agar hisoblanmasa — oxirgi kun { $outer }. Biz birinchi boʻlib ertaroq sanani koʻrsatamiz, { $safe }.
prp-note-bridging-term = Bu ruxsatnomaning aniq muddatini Qoidalar aytmaydi («chiqib ketish uchun zarur»). U 30 kunni uzaytiradi, deb umid qilmang.
prp-note-reapply-anchor = Yil xulosa chiqarilgan kundan hisoblanadi, uni esa boshqa kuni tasdiqlashlari mumkin edi. Biz maʼlum sanadan hisoblab, bir kun qoʻshamiz: yil { $anniversary } da tugaydi, { $safe } dan topshirish ishonchli.
prp-note-notice-date-later = Xabarnoma qabul qilingan qaror haqida yuboriladi, uni yuborish muddati belgilanmagan. Muddatingiz xabarnomadagi sanadan oldinroq boshlangan boʻlishi mumkin.
prp-note-annul-grounds-silent = Bekor qilish asoslari «Aholi migratsiyasi toʻgʻrisida»gi Qonunning 49-moddasida, u esa bizning manbalarda yoʻq.
