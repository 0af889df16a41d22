## Ish beruvchiga xorijiy ishchi kuchini jalb qilish uchun ruxsatnoma va korporatsiya ichidagi oʻtkazish (dialogs/trees/employer-permit.yaml daraxti).

employer-permit-title = Ish beruvchiga xorijiy ishchi kuchi uchun ruxsatnoma

## Bandlar yozuvlari: Qoidalarga 2-ilova yangi tahrirda (12.07.2026 dan) va № 222 buyruqqa 4-ilova tahririda (11.07.2026 gacha).

ep-pt-app2-row = 2-ilova, { $point }-qator
ep-pt-app2-doc = 2-ilova, 10-qator, { $point }-band
ep-pt-app2-refusal = 2-ilova, 11-qator, { $point }-band
ep-pt-o4-row = 4-ilova, { $point }-qator
ep-pt-o4-doc = 4-ilova, 10-qator, { $point }-band
ep-pt-o4-refusal = 4-ilova, 11-qator, { $point }-band
ep-pt-list4 = roʻyxat, 4-band, { $point }-xatboshi

## Nima kerak

ep-goal-question = Tashkilotingizga nima kerak?
ep-goal-issue = Yangi ruxsatnoma
ep-goal-ict = Korporatsiya ichidagi oʻtkazish
ep-goal-extend = Ruxsatnomani uzaytirish
ep-goal-reissue = Qayta rasmiylashtirish
ep-goal-fee = Qarordan keyin yigʻimni toʻlash
ep-goal-worker = Chet ellikman, ish qidiryapman

## Topshirish sanasi: qoidalar tahriri shunga bogʻliq

ep-when-question = Arizani qachon topshirasiz (yoki topshirgansiz)? 12.07.2026 dan qoidalarning bir qismi yangi tahrirda amal qiladi, shuning uchun sana muhim.
ep-when-today = Bugun
ep-when-other = Boshqa kuni
ep-apply-date-question = Ariza topshirish sanasini yozing.

ep-result-before-order = Bu sanada № 222 buyruqqacha boʻlgan tahrirdagi qoidalar amal qilgan. Ularning matni bizning manbalarda yoʻq, shuning uchun bot oʻshanda nima talab qilinganini ayta olmaydi.
ep-reason-order-entry = № 222 buyruq birinchi rasmiy eʼlon qilingan kundan keyin oʻn kalendar kun oʻtgach kuchga kiradi.
ep-reason-order-switch = Oʻzgarishlarning bir qismi, jumladan 2-ilovaning (xizmatga qoʻyiladigan talablar roʻyxatining) yangi tahriri 12.07.2026 dan amal qiladi. Shu sanagacha 2-ilova № 222 buyruqqa 4-ilova tahririda amal qiladi.
ep-note-entry-derivation = Buyruq eʼlon qilingan sanani bizning manbalar aytmaydi. Buyruq { $registered } da roʻyxatdan oʻtgan, shuning uchun u { $earliest } dan oldin kuchga kira olmagan — bu bizning hisobimiz, norma emas.
ep-note-before-order-silent = № 222 buyruqqacha boʻlgan tahrirdagi qoidalar bizning manbalarda yoʻq, shuning uchun bot bu sana uchun na hujjatlarni, na muddatlarni aytadi.

ep-note-interim = Sizning sanangizda xizmatga qoʻyiladigan talablar roʻyxati (Qoidalarga 2-ilova) № 222 buyruqqa 4-ilova tahririda amal qiladi, 12.07.2026 dan esa — yangi tahrirda. Mazmunan ular bir xil; havolalar sizning sanangizda amal qiladigan tahrirga berilgan.
ep-note-old-body-silent = 12.07.2026 gacha Qoidalarning shu sanadan oʻzgargan bandlari (jumladan 3, 6, 7, 9, 10, 14, 39, 47, 79 va 80-bandlar: arizani kim va qaysi portal orqali topshiradi, hisobot, qoidabuzarliklarni tekshirish) oldingi tahrirda amal qiladi. Uning matni bizning manbalarda yoʻq, shuning uchun bot sizning sanangiz uchun bu qoidalarni koʻrsatmaydi.
ep-note-entry-unknown = № 222 buyruq birinchi rasmiy eʼlon qilinganidan keyin oʻn kalendar kun oʻtgach kuchga kiradi, eʼlon sanasini esa bizning manbalar aytmaydi. Agar sizning sanangizda buyruq hali amal qilmagan boʻlsa, oldingi qoidalar qoʻllangan, — buni aniqlang.
ep-note-switch-registration = Ish vaqtidan tashqari yoki dam olish kunida yuborilgan ariza faqat { $registered } da qabul qilinadi, yaʼni 12.07.2026 da yangi tahrirga oʻtilgandan keyin. Tahrirni qaysi sana belgilashini — yuborilgan yoki qabul qilingan — qoidalar aytmaydi. Akimatda (mahalliy ijro organida) aniqlang.

## Ish beruvchi emas

ep-result-not-employer = Bu ruxsatnomani chet ellik emas, ish beruvchi oladi.
ep-reason-employer-applies = Arizani ish beruvchi yoki u vakolat bergan shaxs topshiradi va u ish beruvchining ERIsi (ЭЦП) bilan imzolanadi.
ep-reason-employer-signs = Ariza ish beruvchining ERIsi bilan imzolanadi.
ep-reason-bin = Xizmatni onlayn olish va uning borishini bilish biznes-identifikatsiya raqami (BIN, БИН) va ERI boʻlganda mumkin.
ep-note-self-employment = Qozogʻistonda mustaqil ishga joylashish uchun alohida xizmat bor — mustaqil ishga joylashish uchun malaka muvofiqligi haqida maʼlumotnoma (справка о соответствии квалификации для самостоятельного трудоустройства); uni chet ellikning oʻzi soʻraydi.
ep-note-household = Agar ruxsatnomani oʻzingiz uchun izlayotgan boʻlsangiz, «Immigrantga ruxsatnoma» boʻlimini oching — pastdagi tugma.

## Yangi ruxsatnoma

ep-employer-type-question = Ishchilarni kim jalb qiladi? Bu yerda «Xorijiy firma» — Qozogʻistonda filiali va vakolatxonasi yoʻq (uskuna montaji) yoki odamlarni oʻzining shoʻba korxonasiga, filialiga yuboradigan firma.
ep-employer-kz = Qozogʻistondagi firma yoki YaTT
ep-employer-foreign-installation = Xorijiy firma: montaj
ep-employer-foreign-subsidiary = Xorijiy firma: filialga
ep-employer-foreign-other = Xorijiy firma: boshqa

ep-result-foreign-other = Filiali yoʻq xorijiy kompaniya uchun maxsus tartib faqat uskuna montaji va oʻzining shoʻba korxonasi, filiali yoki vakolatxonasida ishlash uchun tasvirlangan. Boshqa ishlar uchun tartib bizning manbalarda yoʻq.
ep-reason-p39-only = Maxsus tartib (Qoidalarning 39-bandi): uskunani montaj qilish va ishga tushirish shartnomasi yoki oʻzining shoʻba korxonasi, filiali, vakolatxonasida ishlash.
ep-reason-p39-docs = Maxsus hujjatlardan faqat 39-band boʻyicha ishlar shartnomasi va ishchilarni shoʻba korxonaga, filialga yoki vakolatxonaga oʻtkazish haqidagi xat (kelishuv) aytilgan.
ep-note-foreign-other-silent = Filiali yoʻq xorijiy kompaniya boshqa ishlar uchun ruxsatnomani qanday olishini bizning manbalar aytmaydi. Ishlar boshlanishidan oldin tartibni mahalliy ijro organidan aniqlang.

ep-category-question = Qanday ishchilarni jalb qilyapsiz? Agar hammasi Armaniston, Belarus, Qirgʻiziston yoki Rossiya fuqarolari boʻlsa, «Hammasi — YeOII fuqarolari» ni tanlang.
ep-category-seasonal = Mavsumiy ishchilarni
ep-category-1-4 = 1, 2, 3 yoki 4-toifa boʻyicha
ep-category-unknown = Toifani bilmayman
ep-category-eaeu = Hammasi — YeOII fuqarolari
ep-category-unknown-info = Ishchilar toifalari haqida:
ep-reason-categories = Ruxsatnoma birinchi, ikkinchi, uchinchi va toʻrtinchi toifalar boʻyicha hamda mavsumiy chet ellik ishchilar uchun beriladi.
ep-note-categories-silent = Har bir toifaga qaysi lavozimlar va ishlar kirishi Qoidalarning bizning manbalarda yoʻq qismlarida belgilangan. Shuning uchun bot siz uchun toifani aniqlay olmaydi.

ep-local-content-question = Bulardan birortasi sizga mos keladimi? Kadrlardagi mahalliy tarkib haqida maʼlumot kerakmi, javobga bogʻliq. «Oʻzini oʻzi band qilgan» — mustaqil ishga joylashish uchun maʼlumotnomasi bor ishchi.
ep-lc-small = Biz — kichik biznes
ep-lc-state = Davlat muassasasi yoki korxonasi
ep-lc-branch = Xorijiy kompaniya filiali
ep-lc-quota = Kelib chiqqan davlat kvotasi
ep-lc-selfemp = Ishchi — oʻzini oʻzi band qilgan
ep-lc-none = Bularning hech biri
ep-headcount-question = Sizda 10 kishidan koʻp boʻlmagan xodim ishlaydimi?
ep-headcount-yes = Ha, 10 yoki kamroq
ep-headcount-no = Yoʻq, 10 dan koʻp
ep-investment-question = Ishchilar ustuvor investitsiya loyihasi uchun kerakmi?
ep-regions-question = Ruxsatnoma bitta maʼmuriy-hududiy birlik doirasida amal qiladimi yoki bittadan koʻpida?
ep-regions-one = Bittasida
ep-regions-several = Bir nechtasida

ep-result-issue = Ruxsatnomaga ariza berishingiz mumkin; hujjatlar — pastda.
ep-reason-provider-channels = Ruxsatnomani viloyat, respublika ahamiyatidagi shahar yoki poytaxt akimati beradi. Faqat onlayn topshiriladi: egov.kz, elicense.kz yoki migration.enbek.kz.
ep-reason-who-where = Ish beruvchi yoki vakili chet elliklar ishlaydigan joydagi akimatga (mahalliy ijro organi) topshiradi: egov.kz, elicense.kz yoki migration.enbek.kz.
ep-reason-p39-installation = Filiali yoʻq xorijiy kompaniya, uskuna montaji: ishlar buyurtmachisining vakolatli shaxsi egov.kz yoki elicense.kz orqali ish joyidagi akimatga topshiradi.
ep-reason-p39-subsidiary = Ishchilar xorijiy kompaniyaning shoʻba korxonasi, filiali yoki vakolatxonasiga boradi: shu tashkilotning vakolatli shaxsi egov.kz yoki elicense.kz orqali ish joyidagi akimatga topshiradi.
ep-reason-multi-unit = Bittadan koʻp maʼmuriy-hududiy birlik doirasida amal qiladigan ruxsatnomani berish yoki uzaytirish yana 3 ish kuni kelishiladi; ular boshqa muddatlarga kiradimi, qoidalar aytmaydi — zaxira vaqt qoldiring.
ep-reason-after-hours = Portallar kecha-kunduz ishlaydi, lekin ish vaqti tugagandan keyin, dam olish yoki bayram kunida yuborilgan ariza keyingi ish kunida qabul qilinadi. Mahalliy ijro organlari dushanbadan jumagacha 9:00 dan 18:30 gacha ishlaydi, tanaffus 13:00 dan 14:30 gacha.
ep-reason-fee-paid = Xizmat pullik (stavkalar — Hukumatning 03.10.2025 dagi № 819 qarori). Yigʻim bankda 10 ish kuni ichida toʻlanadi: qarordan yoki xabarnomadan boshlab — qoidalar qatorlari turlicha.
ep-reason-result-form = Xizmat elektron shaklda koʻrsatiladi. Natija — ruxsatnoma (Qoidalarga 1-ilova shaklida) yoki asoslantirilgan rad javobi (мотивированный отказ).
ep-reason-report-replacement = Ruxsatnomani olgach, ish beruvchi migration.enbek.kz portaliga chet ellik ishchilarni Qozogʻiston fuqarolari bilan almashtirish va jalb qilinayotgan xorijiy ishchi kuchi haqidagi maʼlumotlarni kiritadi (Qoidalarga 11-ilova shakli).

ep-note-notice-conflict = Talablar roʻyxatida xabar berish muddati haqida ikki qator bor: berish haqidagi qaror haqida 8 ish kuni va berish yoki rad etish haqidagi qaror haqida 4 ish kuni. Shaxsiy kabinetni erta sanadan tekshiring.
ep-note-count-from = Qoidalar ariza qabul qilingan kun hisoblanadimi, aniqlashtirmaydi. Kechroq sanaga moʻljallang (hisob keyingi ish kunidan); javob ertaroq ham kelishi mumkin.
ep-note-p39-channel = 39-band faqat egov.kz va elicense.kz veb-portalini aytadi, talablar roʻyxati esa migration.enbek.kz ga ham ruxsat beradi. egov.kz yoki elicense.kz orqali topshirish ishonchliroq.
ep-note-fee-amount-silent = Yigʻim miqdori Hukumatning 03.10.2025 dagi № 819 qarori bilan belgilangan. Uning matni bizning manbalarda yoʻq, shuning uchun bot summani aytmaydi.
ep-note-issue-terms-silent = Ruxsatnoma qancha muddatga berilishi, qanday kvotalar va qozogʻistonlik kadrlar ulushlari amal qilishi va har bir toifaga nima kirishini bizning manbalar aytmaydi: bular Qoidalarning № 222 buyruq oʻzgartirmagan qismlari.
ep-note-no-bin-silent = BINi yoʻq ish beruvchi (masalan, jismoniy shaxs) arizani qanday topshirishini bizning manbalar aytmaydi.
ep-note-p39-signature = 39-bandga koʻra arizani ishlar bajariladigan tashkilotning vakolatli shaxsi topshiradi, roʻyxat esa ish beruvchining ERIsi (ЭЦП) bilan tasdiqlangan arizani talab qiladi — bu yerda bu xorijiy kompaniya. Kimning ERIsi va BINi kerak — xorijiy kompaniyaningmi yoki shu tashkilotningmi, qoidalar aniqlashtirmaydi. Topshirishdan oldin akimat yoki 1414 dan aniqlang.
ep-note-exempt-silent = Qaysi chet elliklar uchun ish beruvchiga ruxsatnoma kerak emasligini bizning manbalardagi Qoidalar sanab oʻtmaydi. Ishchilar orasida Armaniston, Belarus, Qirgʻiziston yoki Rossiya fuqarolari boʻlsa, ularni kiritish kerakmi, 1414 dan aniqlang: YeOII toʻgʻrisidagi shartnoma (Договор о ЕАЭС) ularni «milliy mehnat bozorini himoya qilish boʻyicha cheklovlarni hisobga olmasdan» ishga olishga imkon beradi.
ep-note-report-silent = Bu maʼlumotlarni qanchalik tez-tez va qaysi muddatda kiritishni bizning manbalar aytmaydi.

ep-documents-issue = Ruxsatnoma uchun hujjatlar:
ep-doc-application-seasonal = Qoidalarga 1-ilova shaklidagi, ish beruvchining ERIsi bilan imzolangan ariza.
ep-doc-application = Ish beruvchining ERIsi bilan imzolangan ariza.
ep-doc-workers-details = Har bir ishchi haqida maʼlumot: F.I.Sh. (shu jumladan lotin harflarida), tugʻilgan sana, fuqarolik, pasport raqami, berilgan sanasi va bergan organ, doimiy yashash davlati, chiqib kelgan davlat, Malaka talablari (kasb standartlari, malaka maʼlumotnomalari, Mashgʻulotlar klassifikatori — НК РК 01-2017) boʻyicha taʼlim va mutaxassislik.
ep-doc-workers = Jalb qilinayotgan ishchilar haqida maʼlumot: F.I.Sh. (shu jumladan lotin harflarida), tugʻilgan sana, fuqarolik, pasport maʼlumotlari, yashash va chiqib kelgan davlat, taʼlim, Malaka talablari boʻyicha mutaxassislik.
ep-doc-id = Chet ellik ishchining shaxsini tasdiqlovchi hujjatning elektron nusxasi.
ep-doc-fee = Ruxsatnoma berish uchun yigʻim toʻlanganini tasdiqlovchi hujjat: u roʻyxatda bor, lekin qachon toʻlash haqida qoidalar turlicha (izohga qarang).
ep-doc-education = Taʼlim haqidagi notarial tasdiqlangan hujjatlarning elektron nusxalari, tarjimasi bilan (agar hujjat qozoq yoki rus tilida boʻlmasa), belgilangan tartibda legallashtirilgan, agar Qozogʻistonning xalqaro shartnomasida boshqacha nazarda tutilmagan boʻlsa.
ep-doc-p39-contract = Ishlarni bajarish (xizmatlar koʻrsatish) shartnomasining notarial tasdiqlangan elektron nusxasi, agar u qozoq yoki rus tilida boʻlmasa, tarjimasi bilan (filiali yoʻq kompaniya, Qoidalarning 39-bandi).
ep-doc-p39-transfer = Ishchi va uni vaqtincha oʻtkazayotgan xorijiy kompaniya kelishgan oʻtkazish haqidagi xat yoki kelishuvning notarial tasdiqlangan elektron nusxasi, agar hujjat qozoq yoki rus tilida boʻlmasa, tarjimasi bilan.
ep-doc-qualification-letter = Ish beruvchining ishchi malakasi va tajribasi lavozimga mos ekani haqidagi xatining elektron nusxasi.
ep-doc-replacement-done = Ruxsatnomalar berishda chet ellik ishchilarni Qozogʻiston fuqarolari bilan almashtirish bajarilgani haqida maʼlumot (Qoidalarning 14-bandi).
ep-doc-local-content = Qoidalarga 6-ilova shaklida kadrlardagi mahalliy tarkib haqida maʼlumot.
ep-doc-local-content-strict = 6-ilova shaklida kadrlardagi mahalliy tarkib haqida maʼlumot. Tashkilotingiz istisnolar qatorida aytilgan, lekin sizda 10 dan ortiq xodim bor: 10 kishilik chegarani barcha istisnolarga ham, faqat filiallar va vakolatxonalarga ham tegishli deb tushunish mumkin. Uni ilova qilish ishonchliroq.
ep-doc-local-content-unclear = 6-ilova shaklida kadrlardagi mahalliy tarkib haqida maʼlumot. Sizning holatingiz istisnolar qatorida aytilgan, lekin istisno matni noaniq tuzilgan, shuning uchun uni ilova qilish ishonchliroq.
ep-doc-investment = Ustuvor investitsiya loyihalari uchun: kadrlardagi mahalliy tarkib boʻyicha shartlar haqidagi hujjatning notarial tasdiqlangan nusxasi (Qoidalarga 7-ilova shakli).
ep-doc-replacement = Chet ellik ishchilarni Qozogʻiston fuqarolari bilan almashtirish haqida maʼlumot (Qoidalarning 14-bandi).
ep-doc-units-contract = Agar ish bir nechta maʼmuriy-hududiy birlikda boʻlsa: tegishli birlik hududida xizmatlar koʻrsatish shartnomasining elektron nusxasi.
ep-doc-units-letter = Agar ish bir nechta maʼmuriy-hududiy birlikda boʻlsa: shu birlik vakolatli organining soʻralayotgan xorijiy ishchi kuchiga boʻlgan ehtiyojni qondirish haqidagi xatining elektron nusxasi.

ep-note-seasonal-p39 = Mavsumiy ishchilar roʻyxatida bu hujjat yoʻq; u 39-band holatlari uchun 1–4-toifalar roʻyxatida aytilgan. Biz qatʼiy talqinni olamiz va uni qoʻshamiz — akimatda (mahalliy ijro organida) aniqlang.
ep-note-lc-exempt = Kadrlardagi mahalliy tarkib haqidagi maʼlumotni (6-ilova) topshirishingiz shart emas: istisno kichik tadbirkorlik subyektlari, davlat muassasalari va korxonalari, xodimlari soni 10 kishidan oshmaydigan xorijiy kompaniyalar filiallari va vakolatxonalari uchun qilingan.
ep-note-replacement-twice = Chet ellik ishchilarni Qozogʻiston fuqarolari bilan almashtirish haqidagi maʼlumot roʻyxatda ikki marta aytilgan (6 va 9-kichik bandlar). Ehtimol, bu bitta hujjat, lekin biz ikkala bandni ham keltiramiz.
ep-note-investment-only = Ustuvor investitsiya loyihalari uchun hujjat (7-ilova) roʻyxatda toʻgʻridan-toʻgʻri shartli deb belgilanmagan. Biz uni faqat shunday loyihalar uchun kerak deb tushunamiz; shubhangiz boʻlsa, aniqlang.
ep-note-fee-document = Qoidalar turlicha: 1) yigʻim toʻlangani haqidagi hujjat arizaga ilova qilinadigan hujjatlar roʻyxatida aytilgan; 2) 5-qatorga koʻra yigʻim qarordan boshlab 10 ish kuni ichida toʻlanadi, 8-qatorga koʻra — xabarnoma olingandan boshlab; toʻlov haqidagi maʼlumotlarni ish beruvchi davlat tizimlaridan oladi (7-band). Qaysi tartib amal qilishini qoidalar tushuntirmaydi. Topshirishdan oldin akimat yoki 1414 dan aniqlang; tasdiqlay olmasangiz, ariza toʻliq emas deb qaytarilmasligi uchun hujjatni ilova qilish ishonchliroq.
ep-note-fee-document-interim = Qoidalar turlicha: 1) yigʻim toʻlangani haqidagi hujjat arizaga ilova qilinadigan hujjatlar roʻyxatida aytilgan; 2) 5-qatorga koʻra yigʻim qarordan boshlab 10 ish kuni ichida toʻlanadi, 8-qatorga koʻra — xabarnoma olingandan boshlab. Qaysi tartib amal qilishini qoidalar tushuntirmaydi. Topshirishdan oldin akimat yoki 1414 dan aniqlang; tasdiqlay olmasangiz, ariza toʻliq emas deb qaytarilmasligi uchun hujjatni ilova qilish ishonchliroq.
ep-note-forms-silent = Ariza blankalari va Qoidalar ilovalaridagi shakllar (1, 6–9, 11) bizning manbalarda yoʻq. Ularni ariza topshiradigan portalda yoki 1414 dan aniqlang.

## YeOII davlatlari fuqarolari

ep-ict-citizenship-question = Oʻtkaziladigan ishchilarning hammasi Armaniston, Belarus, Qirgʻiziston yoki Rossiya (YeOII davlatlari) fuqarolarimi?
ep-citizenship-all-eaeu = Ha, hammasi
ep-citizenship-not-all = Yoʻq yoki hammasi emas
ep-result-eaeu = Armaniston, Belarus, Qirgʻiziston va Rossiya fuqarolariga Yevroosiyo iqtisodiy ittifoqi toʻgʻrisidagi shartnoma (Договор о ЕАЭС) tatbiq etiladi. Bunda ish beruvchiga ruxsatnoma kerakmi, u toʻgʻridan-toʻgʻri aytmaydi — ishga olishdan oldin aniqlang.
ep-reason-eaeu-employers = YeOII toʻgʻrisidagi shartnoma (Договор о ЕАЭС), 97-modda 1-band: aʼzo davlatning ish beruvchilari «aʼzo davlatlar mehnatkashlarini milliy mehnat bozorini himoya qilish boʻyicha cheklovlarni hisobga olmasdan mehnat faoliyatiga jalb qilishga haqli».
ep-reason-eaeu-worker = Oʻsha yerda: «aʼzo davlatlar mehnatkashlariga ishga joylashish davlatida mehnat faoliyatini amalga oshirish uchun ruxsatnoma olish talab qilinmaydi».
ep-note-eaeu-permit-unclear = 97-modda ish beruvchiga ruxsatnomani toʻgʻridan-toʻgʻri aytmaydi. Ehtiyotkor oʻqish: ruxsatnomadan faqat ishchilarning oʻzlari ozod qilingan, ish beruvchiga esa ruxsatnoma kerak boʻlishi mumkin. Boshqa oʻqish: u «milliy mehnat bozorini himoya qilish boʻyicha cheklovlar»dan biri va YeOII fuqarolari uchun kerak emas. Akimat yoki 1414 ikkinchisini tasdiqlamaguncha, ruxsatnomasiz ishga olmang.
ep-note-eaeu-rules-silent = Bizning manbalardagi ish beruvchilarga ruxsatnoma berish Qoidalari YeOII davlatlari fuqarolarini tilga olmaydi.

## Korporatsiya ichidagi oʻtkazish

ep-ict-action-question = Korporatsiya ichidagi oʻtkazish boʻyicha nima kerak?
ep-ict-new = Ruxsatnoma olish
ep-ict-reissue = Qayta rasmiylashtirish
ep-ict-extend = Ruxsatnomani uzaytirish
ep-ict-basis-question = Ishchining Qozogʻistondan tashqarida ishlaydigan, Jahon savdo tashkiloti (JST) aʼzosi boʻlgan davlatdagi kompaniya bilan mehnat shartnomasi yoki shu kompaniya va uning Qozogʻistondagi filiali, vakolatxonasi yoki affillangan shaxsi bilan oʻtkazish haqidagi xati (kelishuvi) bormi?
ep-ict-basis-unsure = Ishonchim komil emas

ep-result-ict-not-eligible = Biz tayanadigan qoidalarga koʻra, bunday shartnoma yoki xatsiz korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) uchun hujjatlar toʻplami toʻliq boʻlmaydi.
ep-reason-ict-basis = Qozogʻistondan tashqarida ishlaydigan, JST aʼzosi boʻlgan davlatdagi kompaniya bilan mehnat shartnomasi yoki uning QRdagi filiali, vakolatxonasi yoki affillangan shaxsi bilan oʻtkazish haqidagi xat (kelishuv) kerak.
ep-note-ict-other-route = Agar korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) mos kelmasa, oddiy ruxsatnomani tanlang — pastdagi tugma.
ep-note-ict-conditions-silent = Korporatsiya ichidagi oʻtkazishning (внутрикорпоративный перевод) boshqa shartlari (masalan, kompaniyadagi ish stajiga talablar va ruxsatnoma muddati) Qoidalarning bizning manbalarda yoʻq qismlarida belgilangan.
ep-result-ict-unsure = Topshirishdan oldin bu shartni tekshiring: bunday shartnoma yoki xatsiz hujjatlar toʻplami toʻliq emas.
ep-note-wto-silent = JST aʼzosi boʻlgan davlatlar roʻyxati bizning manbalarda yoʻq. Kompaniya taʼsis etilgan davlatning aʼzoligini tekshiring.

ep-result-ict = Siz korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) doirasida ariza topshirishingiz mumkin. Bu bepul. Quyida — qayerga topshirish va muddatlar; keyin — hujjatlar.
ep-reason-ict-route = Ish beruvchi yoki uning vakili egov.kz yoki elicense.kz orqali chet elliklar ishlaydigan joydagi akimatga topshiradi.
ep-reason-ict-issue-time = Arizaning qabul kuni — { $registered }. Berish — 8 ish kuni: { $due } gacha (qabul kuni bilan — { $early }).
ep-reason-ict-reissue-time = Arizaning qabul kuni — { $registered }. Qayta rasmiylashtirish — 6 ish kuni: { $due } gacha (qabul kuni bilan — { $early }).
ep-reason-ict-free = Korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) doirasida ruxsatnomalarni berish, uzaytirish va qayta rasmiylashtirish bepul.
ep-reason-report-special = Ruxsatnomani olgach, ish beruvchi migration.enbek.kz portaliga maxsus shartlar va jalb qilinayotgan xorijiy ishchi kuchi haqidagi maʼlumotlarni kiritadi (Qoidalarga 11-ilova shakli).
ep-note-ict-channel = 47-band faqat egov.kz va elicense.kz veb-portalini aytadi, talablar roʻyxati esa migration.enbek.kz ga ham ruxsat beradi. egov.kz yoki elicense.kz orqali topshirish ishonchliroq.
ep-note-ict-reissue-silent = Korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) boʻyicha ruxsatnoma qaysi hollarda qayta rasmiylashtirilishini bizning manbalar aniqlashtirmaydi.
ep-result-ict-reissue = Qoidalar korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) doirasida ruxsatnomani qayta rasmiylashtirishni nazarda tutadi, lekin qaysi sabablarga koʻra ekanini aytmaydi. Holatingiz mos keladimi, akimatda (mahalliy ijro organida) aniqlang.
ep-note-ict-reissue-channel = Oʻtkazishda qayta rasmiylashtirishga qanday topshirish haqida Qoidalarda alohida band yoʻq. Umumiy 3-band va talablar roʻyxati egov.kz, elicense.kz va migration.enbek.kz ga ruxsat beradi, oʻtkazishda ruxsatnoma olish (47-band) va qayta rasmiylashtirish (79-band) haqidagi bandlar esa faqat egov.kz va elicense.kz ni aytadi. egov.kz yoki elicense.kz orqali topshirish ishonchliroq.

ep-documents-ict = Korporatsiya ichidagi oʻtkazish uchun hujjatlar:
ep-doc-ict-contract = JST aʼzosi boʻlgan davlatdagi kompaniya bilan mehnat shartnomasining yoki uning Qozogʻistondagi filiali, vakolatxonasi yoki affillangan shaxsi bilan korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) haqidagi xatning (kelishuvning) notarial tasdiqlangan tarjimasining (agar hujjat qozoq yoki rus tilida boʻlmasa) elektron nusxasi.
ep-doc-ict-work-history = Ishchining mehnat faoliyati haqida Qozogʻistonda tan olinadigan tasdiqlovchi hujjatlar bilan maʼlumot.
ep-doc-ict-special-done = Ruxsatnomalar berishda yuklatilgan maxsus shartlar bajarilgani haqida maʼlumot (Qoidalarning 80-bandi).
ep-doc-ict-letters = Xorijiy kompaniyaning ishchi malakasi va tajribasi u oʻtkazilayotgan lavozimga mos ekani haqidagi xatining elektron nusxasi, shuningdek qabul qiluvchi tomonning ishchida kerakli malaka va tajriba borligi haqidagi xati.
ep-doc-ict-special-accepted = Ruxsatnomalarni olish va uzaytirish uchun qabul qilinadigan maxsus shartlar haqida maʼlumot (Qoidalarga 8-ilova shakli).
ep-doc-ict-local-content = Korporatsiya ichidagi oʻtkazishda (внутрикорпоративный перевод) kadrlardagi mahalliy tarkib haqida maʼlumot (Qoidalarga 9-ilova).
ep-doc-ict-programme = Kadrlardagi mahalliy tarkibni oshirish dasturining elektron nusxasi, agar u boʻlsa.
ep-note-ict-no-fee-document = Bu roʻyxatda toʻlov hujjati yoʻq: korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) doirasida xizmat bepul.

## Uzaytirish

ep-expiry-question = Ruxsatnoma qaysi sanagacha amal qiladi? Ruxsatnomada koʻrsatilgan oxirgi kunni yozing.
ep-result-extension = { $expiry } gacha amal qiladigan ruxsatnomani uzaytirish — xizmatning alohida kichik turi. Quyida — arizani qayerga topshirish va u qancha muddatda koʻrib chiqilishi; hujjatlar — pastdagi tugmada.
ep-reason-extension-time = Arizaning qabul kuni — { $registered }. Uzaytirish — 3 ish kuni: { $due } gacha (qabul kuni bilan — { $early }).
ep-reason-ict-extension-time = Arizaning qabul kuni — { $registered }. Oʻtkazishda uzaytirish — 6 ish kuni: { $due } gacha (qabul kuni bilan — { $early }).
ep-reason-extension-plan = Moʻljal (qoidalardagi muddat emas): qaror { $expiry } dan oldin kelishi uchun ish vaqtida { $latest } dan kechiktirmay topshiring.
ep-note-extension-window-silent = Ruxsatnoma tugashidan oldin qaysi kundan boshlab uzaytirishga ariza topshirish mumkinligini, qancha muddatga va necha marta uzaytirilishini bizning manbalar aytmaydi: bu ekrandagi muddatlar — faqat koʻrib chiqish vaqti. Ruxsatnoma tugashidan ancha oldin topshirilgan ariza qabul qilinadimi, akimatda yoki 1414 da aniqlang.
ep-note-extension-fee-inside = Yigʻimni toʻlash uchun 10 ish kuni uzaytirishning 3 ish kuniga kiradimi, qoidalar aniqlashtirmaydi. Shaxsiy kabinetni kuzatib boring va qaror haqida xabarnoma kelishi bilan darhol toʻlang.
ep-result-ext-filed-late = Uzaytirishga ariza { $filed } da topshirilgan; qaror — { $due } dan kechiktirmay, ruxsatnomaning oxirgi kuni esa — { $expiry }. Qaror ruxsatnomaning oxirgi kuni yoki undan keyin kelsa nima boʻlishini bizning manbalar aytmaydi — akimatda yoki 1414 da soʻrang.

ep-result-extension-expired = Ruxsatnoma { $expiry } gacha amal qiladi, ariza esa shu sanadan keyin qabul qilinadi. Muddati oʻtgan ruxsatnomani uzaytirish mumkinmi, bizning manbalar aytmaydi.
ep-reason-accepted-on = Ish vaqti tugagandan keyin, dam olish yoki bayram kunida yuborilgan ariza keyingi ish kunida qabul qilinadi. Arizangizning qabul kuni — { $registered }.
ep-note-expired-silent = Biz tayanadigan qoidalar na uzaytirishga ariza berish muddatini, na ruxsatnoma muddati tugashining oqibatlarini aytadi. Qanday harakat qilishni bilish uchun akimatga (mahalliy ijro organiga) murojaat qiling.

ep-documents-extension = Uzaytirish uchun hujjatlar:
ep-doc-local-content-extension = Kadrlardagi mahalliy tarkib haqida maʼlumot.
ep-note-extension-local-content = Uzaytirish uchun roʻyxat kadrlardagi mahalliy tarkib haqida maʼlumotni talab qiladi va istisnolarni (kichik biznes, davlat tashkilotlari, kichik filiallar va boshqalar) takrorlamaydi. Biz qatʼiy talqinni olamiz: uni har qanday holatda tayyorlang.
ep-doc-ict-special-years = Oldingi va joriy kalendar yillarida berilgan ruxsatnomalar boʻyicha maxsus shartlar bajarilgani haqida maʼlumot (Qoidalarning 80-bandi).
ep-doc-ict-local-content-ext = Korporatsiya ichidagi oʻtkazishda kadrlardagi mahalliy tarkib haqida maʼlumot.
ep-doc-ict-justification = Ruxsatnoma muddatini uzaytirish asoslanishi.
ep-doc-ict-special-info = Qabul qilinadigan maxsus shartlar haqida maʼlumot.
ep-note-ict-id-unnumbered = Shaxsni tasdiqlovchi hujjat nusxasi roʻyxatda raqamsiz, 4 va 5-bandlar oʻrtasida turibdi. Biz uni majburiy deb hisoblaymiz.

## Qayta rasmiylashtirish

ep-reissue-question = Nima uchun ruxsatnomani qayta rasmiylashtirish kerak?
ep-reissue-worker-data = Yangi F.I.Sh. yoki pasport
ep-reissue-reorganisation = Kompaniya qayta tashkil etildi
ep-reissue-employer-details = Yangi nom, rekvizitlar
ep-reissue-other = Boshqa sabab

ep-result-reissue = Sizning holatingiz uchun qoidalar qayta rasmiylashtirishni nazarda tutadi. Bu bepul. Quyida — qanday topshirish va muddatlar; keyin — hujjatlar.
ep-reason-reissue-cases = Ishchining F.I.Sh. yoki pasporti yangilanganda, ish beruvchi qayta tashkil etilganda, ruxsatnomadagi uning nomi yoki rekvizitlari oʻzgarganda qayta rasmiylashtiriladi.
ep-reason-reissue-route = Ish beruvchi yoki uning vakili egov.kz yoki elicense.kz orqali chet elliklar ishlaydigan joydagi akimatga (mahalliy ijro organiga) topshiradi.
ep-reason-reissue-time = Arizaning qabul kuni — { $registered }. Qayta rasmiylashtirish — 6 ish kuni: { $due } gacha (qabul kuni bilan — { $early }).
ep-reason-reissue-free = Avval berilgan ruxsatnomalarni qayta rasmiylashtirish bepul.
ep-note-reissue-deadline-silent = Maʼlumotlar oʻzgargandan keyin qaysi muddatda ariza topshirish kerakligi bizning manbalarda aytilmagan. Uni imkon qadar tezroq topshiring.
ep-note-reissue-channel = 79-band faqat egov.kz va elicense.kz veb-portalini aytadi, talablar roʻyxati esa migration.enbek.kz ga ham ruxsat beradi. egov.kz yoki elicense.kz orqali topshirish ishonchliroq.

ep-documents-reissue = Qayta rasmiylashtirish uchun hujjatlar:
ep-doc-change-worker = Ishchining F.I.Sh. yoki shaxsini tasdiqlovchi hujjatining raqami va seriyasi oʻzgarganini tasdiqlovchi hujjatlarning elektron nusxalari.
ep-doc-change-reorganisation = Qayta tashkil etishni (qoʻshilish, birlashish, boʻlinish, ajralib chiqish yoki oʻzgartirish) tasdiqlovchi hujjatlarning elektron nusxalari.
ep-doc-change-employer = Ruxsatnomada koʻrsatilgan ish beruvchi nomi yoki rekvizitlari oʻzgarganini tasdiqlovchi hujjatlarning elektron nusxalari.

ep-result-reissue-other = Qoidalar ruxsatnomani boshqa tarzda qayta rasmiylashtirishni ham nazarda tutadi, lekin qaysi sabablarga koʻra ekanini aytmaydi. Holatingiz mos keladimi, akimatda (mahalliy ijro organida) aniqlang.
ep-reason-reissue-generic = Ruxsatnomani qayta rasmiylashtirish — xizmatning alohida turi; uning uchun roʻyxatning 2-boʻlimi hujjatlari topshiriladi (1–4-toifalar boʻyicha berishdagi kabi).
ep-note-reissue-reasons-silent = Ishchi maʼlumotlari oʻzgarishi, qayta tashkil etish va nom yoki rekvizitlar oʻzgarishidan tashqari bu tur qaysi sabablar uchun moʻljallanganini bizning manbalar aytmaydi.
ep-note-reissue-fee-conflict = Qayta rasmiylashtirish bepul, lekin u havola qiladigan roʻyxatda yigʻim toʻlangani haqidagi hujjat bor. Biz toʻliq roʻyxatni keltiramiz; bu hujjat kerakmi, aniqlang.
ep-documents-reissue-other = 2-boʻlim hujjatlari (toʻliq roʻyxat, shartli bandlar belgilangan):
ep-doc-p39-contract-if = Agar xorijiy kompaniya 39-band boʻyicha filialsiz ishlasa: ishlarni bajarish (xizmatlar koʻrsatish) shartnomasining tarjimasi bilan notarial tasdiqlangan elektron nusxasi.
ep-doc-p39-transfer-if = Agar ishchilar xorijiy kompaniyaning shoʻba tashkilotiga, filialiga yoki vakolatxonasiga oʻtkazilsa: oʻtkazish haqidagi xat yoki kelishuvning tarjimasi bilan notarial tasdiqlangan elektron nusxasi.
ep-doc-local-content-if = Kadrlardagi mahalliy tarkib haqida maʼlumot (6-ilova), istisnolardan tashqari: kichik biznes, davlat muassasalari va korxonalari, 10 kishigacha boʻlgan xorijiy kompaniyalar filiallari va vakolatxonalari, mustaqil ishga joylashish uchun kelgan ishchilar, kelib chiqqan davlatlar boʻyicha kvotalar doirasidagi ruxsatnomalar. Istisnolar matni noaniq: holatingiz ularga kirishiga shubha qilsangiz, uni ilova qilish ishonchliroq.
ep-doc-fee-reissue = Yigʻim toʻlangani haqidagi hujjat — roʻyxatda aytilgan, garchi qayta rasmiylashtirish bepul boʻlsa ham (izohga qarang).

## Qarordan keyingi yigʻim

ep-fee-kind-question = Qaysi ruxsatnoma boʻyicha qaror qabul qilingan? Berish va uzaytirish uchun toʻlanadi (1–4-toifalar, mavsumiy); qayta rasmiylashtirish va korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) bepul.
ep-fee-kind-paid = Berish yoki uzaytirish
ep-fee-kind-free = Qayta rasmiylashtirish/oʻtkazish
ep-decision-date-question = Berish yoki uzaytirish haqidagi qaror qaysi sanada qabul qilingan?
ep-result-fee = Yigʻimni { $pay_by } dan kechiktirmay toʻlang.
ep-reason-fee-deadline = Ishonchli — { $pay_by } gacha: qarordan ({ $decided }) boshlab, shu kunni ham hisoblab, 10 ish kuni. Agar xabarnomadan ({ $received }) hisoblasa — { $pay_by_notice } gacha.
ep-reason-fee-deadline-day-off = Ishonchli — { $pay_by } gacha: qarordan ({ $decided }) boshlab 10 ish kuni; bu ish kuni emas, shuning uchun hisob undan keyingi birinchi ish kunidan boshlanadi. Agar xabarnomadan ({ $received }) hisoblasa — { $pay_by_notice } gacha.
ep-reason-fee-deadline-no-notice = Ishonchli — { $pay_by } gacha: qarordan ({ $decided }) boshlab 10 ish kuni{ $working_day ->
        [no] ; bu ish kuni emas, shuning uchun hisob undan keyingi birinchi ish kunidan boshlanadi
       *[yes] , shu kunni ham hisoblab
    }. Xabarnomadan hisoblanadigan muddat hali nomaʼlum: u kechroq tugaydi — xabarnoma kelgan kundan keyin 10 ish kuni oʻtgach.
ep-reason-fee-data = Yigʻim toʻlangani haqidagi maʼlumotlar davlat raqamli tizimlaridan «elektron hukumat» shlyuzi orqali olinadi.
ep-note-fee-reading = Qoidalar qatorlari bir-biriga mos kelmaydi: biri 10 ish kunini qaror kunidan, boshqasi — xabarnoma olingan kundan hisoblaydi; shu kunning oʻzi hisoblanadimi, bu ham aytilmagan. Ertaroq sanagacha toʻlang.
ep-note-fee-late-silent = Yigʻim oʻz vaqtida toʻlanmasa nima boʻlishini bizning manbalar aytmaydi.
ep-result-fee-free = Bu ruxsatnoma uchun yigʻim toʻlanmaydi.
ep-reason-free-cases = Bepul: avval berilgan ruxsatnomalarni qayta rasmiylashtirish, shuningdek korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) doirasida ruxsatnomalarni berish, uzaytirish va qayta rasmiylashtirish.

## Rad etish asoslari

ep-refusal-title = Xizmat koʻrsatish quyidagi asoslar bilan rad etilishi mumkin:
ep-ground-unreliable = Ish beruvchi taqdim etgan hujjatlar yoki ulardagi maʼlumotlar ishonchsiz.
ep-ground-requirements = Ish beruvchi yoki taqdim etilgan materiallar, maʼlumotlar va axborot Qozogʻiston normativ-huquqiy hujjatlari talablariga mos kelmaydi.
ep-ground-consent = Xizmat uchun kerak boʻlgan cheklangan foydalanishdagi shaxsiy maʼlumotlarga kirishga rozilik yoʻq («Shaxsiy maʼlumotlar va ularni himoya qilish toʻgʻrisida»gi Qonunning 8-moddasi).
ep-ground-other-laws = Qozogʻiston qonunlarida nazarda tutilgan boshqa asoslar.
ep-note-violations-check = Qaror qabul qilishdan oldin mahalliy ijro organi qoidabuzarliklar haqidagi maʼlumotlarni «Maʼmuriy ishlar yagona reyestri», «Migratsiya politsiyasi», «Mehnatni muhofaza qilish va xavfsizlik» tizimlarida, shuningdek xorijiy ishchi kuchi va mehnat shartnomalari tizimlarida (АЦС «ИРС», ЦС «ЕСУТД») tekshiradi.
ep-note-violations-silent = Aynan qaysi qoidabuzarliklar rad etishga olib kelishini bizning manbalar aytmaydi.
ep-note-refusal-delivery = Arizani qabul qilishdan rad etish va uni keyin koʻrib chiqishdan asoslantirilgan rad javobi (мотивированный отказ) mahalliy ijro organi rahbarining ERIsi bilan imzolanadi va portaldagi shaxsiy kabinetga elektron hujjat sifatida keladi.
ep-note-refusal-accept-silent = Arizani qabul qilish qaysi asoslar bilan rad etilishi mumkinligini bizning manbalar aytmaydi.
ep-note-refusal-old-silent = 12.07.2026 gacha tekshiruvlar qanday oʻtkazilgani va rad javoblari qanday yuborilgani (Qoidalarning 6, 9 va 10-bandlarining oldingi tahriri) bizning manbalarda aytilmagan.

## Topshirish vaqti, rad etish asoslari, yigʻim (issue 8)
ep-hours-question = Arizani qachon yuborasiz? Akimatlar du–ju 9:00 dan 18:30 gacha ishlaydi (tushlik 13:00–14:30). Kechroq, dam olish yoki bayram kunida yuborilgani keyingi ish kunida qabul qilinadi.
ep-hours-in = Ish vaqtida
ep-hours-after = Kechqurun, dam olish, bayramda
ep-court-question = Tashkilotingizga bu faoliyatni taqiqlaydigan yoki uni shu ruxsatnoma bilan bogʻliq maxsus huquqdan mahrum qiladigan, kuchga kirgan sud qarori bormi?
ep-court-none = Yoʻq
ep-court-ban = Ha, faoliyat taqiqlangan
ep-court-right = Ha, maxsus huquqdan mahrum
ep-consent-question = Ruxsatnoma uchun cheklangan foydalanishdagi shaxsiy maʼlumotlar kerak. Ularga kirishga rozilik berasizmi («Shaxsiy maʼlumotlar va ularni himoya qilish toʻgʻrisida»gi Qonunning 8-moddasi)?
ep-consent-yes = Ha, rozilik beraman
ep-consent-no = Yoʻq
ep-signature-question = Ish beruvchida biznes-identifikatsiya raqami (BIN) va ERI (ЭЦП) bormi? Ariza faqat onlayn, ish beruvchining ERIsi bilan tasdiqlangan holda topshiriladi; qoidalarga koʻra xizmat BIN va ERI boʻlganda onlayn olinadi.
ep-signature-yes = Ha, BIN va ERI bor
ep-signature-no = ERI yoʻq
ep-signature-no-bin = ERI bor, BIN yoʻq
ep-block-ban = Faoliyatni taqiqlash haqida sud qarori bor — qoidalarga koʻra bu ruxsatnoma berishni rad etish asosi.
ep-block-right = Maxsus huquqdan mahrum qilish haqida sud qarori bor — qoidalarga koʻra bu ruxsatnoma berishni rad etish asosi.
ep-block-consent = Shaxsiy maʼlumotlarga kirishga roziliksiz ruxsatnoma berilmaydi: topshirishda rozilik bering.
ep-block-signature = Tayyor emas: ariza faqat onlayn (egov.kz, elicense.kz yoki migration.enbek.kz), ish beruvchining ERIsi (ЭЦП) bilan tasdiqlangan holda topshiriladi.
ep-blocked-signature-consequence = Ish beruvchida ERI boʻlmasa, ariza topshirib boʻlmaydi.
ep-block-bin = Tayyor emas: qoidalarga koʻra xizmat BIN va ERI boʻlganda onlayn olinadi, ish beruvchida esa BIN yoʻq.
ep-blocked-bin-consequence = BINsiz arizani qanday topshirishni bizning manbalar aytmaydi: oldin akimatda yoki 1414 da aniqlang.
ep-result-no-bin = Topshirishdan oldin akimatda yoki 1414 dan aniqlang, BINsiz ariza qabul qilinadimi: bu yerda qoidalarni ikki xil talqin qilish mumkin.
ep-reason-no-bin-strict = Qatʼiy talqin: xizmat onlayn BIN va ERI «boʻlganda» olinadi, ariza esa faqat onlayn topshiriladi — BINsiz topshirib boʻlmasligi mumkin.
ep-reason-no-bin-persons = Boshqa talqin: xizmat «jismoniy va yuridik shaxslarga» koʻrsatiladi — demak, IIN va ERIsi bor YaTT ish beruvchi BINsiz ham topshira olishi mumkin.
ep-block-ext-late = Ertaroq topshiring: ariza { $registered } da qabul qilinadi, qaror — { $due } gacha, { $last_day ->
        [yes] bu ruxsatnomaning oxirgi kuni, zaxira yoʻq.
       *[other] ruxsatnoma esa { $expiry } gacha amal qiladi.
    } Ish vaqtida { $latest } dan kechiktirmay topshiring.
ep-block-ext-late-passed = Imkon qadar tezroq, ish vaqtida topshiring: ariza { $registered } da qabul qilinadi, qaror — { $due } gacha, { $last_day ->
        [yes] bu ruxsatnomaning oxirgi kuni.
       *[other] ruxsatnoma esa { $expiry } gacha amal qiladi.
    } Zaxira bilan topshirish ({ $latest } dan kechiktirmay) endi imkonsiz.
ep-block-ext-late-consequence = Ariza qabul qilinishidan yoki u boʻyicha qaror kelishidan oldin ruxsatnoma muddati tugasa nima boʻlishini bizning manbalar aytmaydi (ularda uzaytirishga ariza berish muddati yoʻq) — akimatda yoki 1414 da aniqlang.
ep-block-ext-expired = Ertaroq topshiring: { $filed } da topshirilgan ariza { $registered } da, ruxsatnoma muddati tugaganidan ({ $expiry }) keyin qabul qilinadi. Ish vaqtida { $latest } dan kechiktirmay topshiring.
ep-block-ext-expired-passed = Ruxsatnoma amal qilayotgan paytda ({ $expiry } gacha) imkon qadar tezroq, ish vaqtida topshiring: { $filed } da topshirilgan ariza { $registered } da, muddati tugaganidan keyin qabul qilinadi. Zaxira bilan topshirish ({ $latest } dan kechiktirmay) endi imkonsiz.
ep-reason-issue-notice = Arizaning qabul kuni — { $registered }. Qaror — { $by } gacha (qabul kuni bilan — { $early }); qoidalarning boshqa qatori boʻyicha — 4 ish kuni, { $short } gacha.
ep-reason-issue-total = Yigʻim toʻlovi bilan berishning butun muddati — 19 ish kuni: { $by } gacha (qabul kuni bilan — { $early }).
ep-notice-date-question = Qaror haqidagi xabarnomani qaysi sanada oldingiz? Qoidalar qatorlaridan biri toʻlov muddatini shu sanadan hisoblaydi.
ep-fee-dates-mismatch = Xabarnoma ({ $received }) qarordan ({ $decided }) oldin kelishi mumkin emas. Sanalarni tekshiring va qaytadan kiriting.
ep-ground-court = Faoliyatni taqiqlash yoki xizmat bilan bogʻliq maxsus huquqdan mahrum qilish haqida kuchga kirgan sud qarori bor.
ep-note-complaint-silent = Bu xizmat boʻyicha rad javobini qayerga va qanday muddatda shikoyat qilishni bizning manbalar aytmaydi.
ep-link-labour-permit = Immigrantga ruxsatnoma
ep-link-self-employment = Mustaqil ish uchun maʼlumotnoma
ep-link-other-permit = Boshqa ruxsatnomani tanlash
ep-link-new-permit = Yangi ruxsatnoma olish
