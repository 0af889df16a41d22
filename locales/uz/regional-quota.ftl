## Kandaslar va koʻchib keluvchilarni qabul qilishning hududiy kvotasiga kiritish (dialogs/trees/regional-quota.yaml daraxti).

regional-quota-title = Kandaslar va koʻchib keluvchilar uchun hududiy kvota
rq-point-app2-row = 2-ilova, { $point }-qator

## Qachon va kim

rq-when-question = 2026-yil 12-iyuldan bu xizmat qoidalari yangi tahrirda amal qiladi, shuning uchun topshirish sanasi muhim. Arizani qachon topshirasiz (yoki topshirgansiz)?
rq-when-today = Bugun
rq-when-other = Boshqa kuni
rq-apply-date-question = Arizani topshiradigan (yoki topshirgan) sanangizni yozing.

rq-group-question = Siz kimsiz? Kvota — kandaslar, kandaslarning bevalari va bolalari hamda bandlik xizmati orqali koʻchib oʻtadigan Qozogʻiston fuqarolari uchun.
rq-group-kandas = Menda kandas maqomi bor
rq-group-widow = Kandasning bevasi yoki farzandi
rq-group-resettler = Qozogʻiston fuqarosi
rq-group-no-status = Maqomsiz etnik qozoq
rq-group-other = Bularning hech biri

## Kandaslar

rq-in-kz-question = Siz hozir Qozogʻistonda yashayapsizmi?
rq-in-kz-no = Yoʻq, hozircha chet elda
rq-included-before-question = Sizni ilgari kandaslarni qabul qilishning hududiy kvotasiga kiritishganmi?
rq-included-before-no = Yoʻq, hech qachon
rq-included-before-yes = Ha, kiritishgan

rq-result-kandas-abroad = Siz chet elda yashar ekansiz, bot sizga ariza topshirish mumkinmi, ayta olmaydi.
rq-reason-g3-lives-in-kz = Qozogʻiston hududida yashaydigan kandaslar kvotaga kiritish uchun ariza topshirishi mumkin.
rq-reason-g1-p9-silent = Kandas maqomini (статус кандаса) berish qoidalarining 9-bandi 1) kichik bandi shartlari asosida kandas maqomini olgan va ilgari kvotaga kiritilmagan etnik qozoqlar ham ariza topshirishi mumkin. Bu kichik band matni bizning manbalarda yoʻq, shuning uchun bot maqomingiz mos kelishini tekshira olmaydi.

rq-result-kandas-repeat = Sizni kvotaga qayta kiritish mumkinmi, qoidalar toʻgʻridan-toʻgʻri aytmaydi.
rq-reason-g1-not-before = Maqom berish qoidalarining 9-bandi 1) kichik bandi shartlari asosida kandas maqomini (статус кандаса) olgan etnik qozoqlar uchun qoida ularni ilgari hududiy kvotaga (региональная квота) kiritilmagan boʻlishini talab qiladi.
rq-reason-g3-no-such-condition = Qozogʻistonda yashaydigan kandaslar uchun qoida bu shartni takrorlamaydi.
rq-note-repeat-ambiguous = «Ilgari kvotaga kiritilmagan» sharti Qozogʻistonda yashaydigan kandaslarga ham tegishlimi, tushunarsiz. Biz sizga «mumkin» demaymiz: topshirishdan oldin qayta kiritish mumkinmi, akimatda aniqlang.

## Kandaslarning bevalari va bolalari

rq-widow-question = Bulardan qaysi biri siz haqingizda? «Kvotadan oldin» va «kvotadan keyin» — kandas (eringiz, ota-onangiz) hududiy kvotaga (региональная квота) kiritilishidan oldin yoki kiritilgandan keyin.
rq-widow-widow = Beva, kvotadan keyin kelgan
rq-widow-widow-before = Beva, kvotadan oldin kelgan
rq-widow-child-arrived = Farzand, kvotadan keyin kelgan
rq-widow-child-born = Farzand, QRda tugʻilgan
rq-widow-other = Bularning hech biri
rq-result-widow-not-covered = Javobingizga koʻra, siz qoidalar ariza topshirishga ruxsat beradigan kandaslarning bevalari va bolalari guruhiga kirmaysiz.
rq-result-widow-before = Eri kvotaga kiritilishidan oldin kelgan beva mos keladimi, qoidalar aniq aytmaydi. Topshirishdan oldin akimatda aniqlang: bir talqinga koʻra siz mos kelishingiz mumkin.
rq-g2-citizen-question-open = Siz Qozogʻiston fuqarosimisiz? Yoʻl javobingizga bogʻliq: fuqarolarga koʻchib keluvchilar kvotasi ochiq, fuqarolik esa kandasning bevasi yoki farzandiga kandaslar kvotasiga ariza berishga toʻsqinlik qiladimi, qoidalar aniq aytmaydi.
rq-reason-g2 = Arizani kandas hududiy kvotaga (региональная квота) kiritilgandan keyin kelgan kandaslarning bevalari va ularning umumiy farzandlari, va (yoki) ota-onasi Qozogʻiston fuqaroligini olishidan oldin Qozogʻistonda tugʻilgan bolalar topshirishi mumkin.
rq-note-g2-widow-reading = Matndan «kandas kvotaga kiritilgandan keyin kelganlar» sharti bevalarga ham tegishlimi yoki faqat bolalargami, tushunarsiz. Biz qatʼiyroq talqinni olamiz: bevalarga ham. Agar siz beva boʻlsangiz va ertaroq kelgan boʻlsangiz, akimatda aniqlang — boshqa talqinda siz mos kelishingiz mumkin.
rq-note-own-status = Agar oʻzingizda kandas maqomi (статус кандаса) boʻlsa, qaytadan boshlang va «Menda kandas maqomi bor»ni tanlang.

## Koʻchib keluvchilar

rq-job-seeker-question = Siz martaba markazida ish izlovchi yoki ishsiz sifatida roʻyxatdan oʻtganmisiz?
rq-job-seeker-yes = Ha, roʻyxatdan oʻtganman
rq-job-seeker-no = Yoʻq
rq-result-not-registered = Ish izlovchi yoki ishsiz sifatida roʻyxatdan oʻtmaguningizcha, koʻchib keluvchilar kvotasiga ariza topshirib boʻlmaydi.
rq-reason-p14-who = Koʻchib keluvchilar kvotasini martaba markazida ish izlovchi va (yoki) ishsiz sifatida roʻyxatdan oʻtgan Qozogʻiston fuqarolari olishi mumkin.
rq-reason-jobseeker-document = Arizaga ish izlovchi va (yoki) ishsiz sifatida roʻyxatdan oʻtgani haqidagi hujjat albatta ilova qilinadi.
rq-note-register-how-silent = Martaba markazida qanday roʻyxatdan oʻtishni Ish izlovchi shaxslarni roʻyxatga olish qoidalari (09.06.2023 dagi № 214 buyruq) belgilaydi. Ularning matni bizning manbalarda yoʻq, shuning uchun bot bu tartibni tasvirlamaydi.

rq-registered-since-question = Hozirgi yashash joyingizda doimiy roʻyxatda (propiskada) qaysi sanadan turibsiz? Roʻyxatga olingan sanani yozing.

rq-result-too-early = Hozircha mumkin emas: topshirish kuniga bir yillik doimiy roʻyxat kerak. { $safe_from } dan boshlab topshirish ishonchli.
rq-reason-one-year-not-yet = Topshirish paytida kamida bir yillik doimiy roʻyxat kerak. Siz { $since } dan roʻyxatdasiz; ishonchli — { $safe_from } dan.
rq-note-anniversary = Siz aynan bir yil toʻladigan kuni ({ $anniversary }) topshiryapsiz. Bu kun hisobga olinadimi, qoidalar aytmaydi. Rad etilmasligi uchun { $safe_from } dan boshlab topshirishni maslahat beramiz.
rq-result-anniversary = { $safe_from } dan boshlab topshirish ishonchli: roʻyxatda turganingizga aynan bir yil topshirish kuni toʻladi, bu kun hisobga olinadimi, qoidalar aytmaydi. Ertaroq topshirish uchun akimatda yoki 1414 orqali aniqlang.
rq-result-anniversary-filed-if = Agar ariza { $filed } da — roʻyxatda turganingizga aynan bir yil toʻlgan kuni topshirilgan boʻlsa, bu kun hisobga olinadimi, qoidalar aytmaydi: ariza qabul qilindimi, akimatda yoki 1414 orqali aniqlang. Aks holda yangi sanani tanlang: «✏️ Javobni oʻzgartirish».
rq-note-region-ambiguous = Qoida «16-bandda nazarda tutilgan hududda» roʻyxatni talab qiladi, lekin yangi 16-band hech qanday hududni aytmaydi. Biz yilni hozirgi yashash joyingiz boʻyicha hisoblaymiz. Agar oxirgi bir yilda hududlar oʻrtasida koʻchgan boʻlsangiz, akimatda aniqlang.
rq-note-period-234-silent = Bir yillik roʻyxatdan tashqari, qoida Ixtiyoriy koʻchib oʻtish qoidalarining (№ 234 buyruq) «12-band 4) kichik bandida nazarda tutilgan muddat»ni ham talab qiladi. Bu matn bizning manbalarda yoʻq, shuning uchun bot bu shartni tekshira olmaydi.
rq-note-year-before-switch = Bir yillik roʻyxat sharti 2026-yil 12-iyuldan amal qiladigan tahrirdagi 14-banddan olingan. Oldingi tahrir bizning manbalarda yoʻq; sizning sanangiz uchun bu shartni faqat ehtiyotkor moʻljal sifatida qoʻllaymiz.

## Umumiy savollar

rq-id-expiry-question = Shaxsingizni tasdiqlovchi hujjatingiz (ID-karta yoki pasport) qaysi sanagacha amal qiladi? Muddat tugash sanasini yozing.
rq-family-question = Arizaga oila aʼzolarini kiritasizmi?
rq-family-yes = Ha, oilam bilan
rq-family-no = Yoʻq, faqat oʻzimni

## 2026-yil 12-iyulgacha topshirish sanasi

rq-result-before-switch = Topshirish sanangiz ({ $date }) — 2026-yil 12-iyuldan oldin: topshirish mumkinmi, bot aniq ayta olmaydi. Akimatda aniqlang; quyida — maʼlum narsalar.
rq-note-before-switch = Qoidalarning 3, 5, 6, 8, 9, 14, 15 va 16-bandlari (kim topshira oladi, qanday topshiriladi, qabul qilishdan bosh tortish haqida xabar berish muddatlari) yangi tahrirda faqat 2026-yil 12-iyuldan amal qiladi. Oldingi tahrir bizning manbalarda yoʻq, shuning uchun bot ertaroq sana uchun shartlarni tasdiqlay olmaydi.
rq-note-transitional-list = 2026-yil 12-iyulgacha xizmatga qoʻyiladigan talablar roʻyxati (hujjatlar, muddat, toʻlov, rad etish asoslari) oʻtish davri tahririda amal qiladi — № 222 buyruqqa 2-ilova. Bu javobdagi hujjatlar, muddat va toʻlov undan olingan.
rq-note-entry-into-force = № 222 buyruq birinchi rasmiy eʼlon qilinganidan keyin 10 kalendar kun oʻtgach kuchga kiradi. Eʼlon sanasi bizning manbalarda yoʻq (buyruq { $registered } da roʻyxatdan oʻtgan). Agar sanangiz buyruq kuchga kirishidan oldin boʻlsa, bizda yoʻq oldingi qoidalar amal qilgan.
rq-note-straddle = Arizangiz boʻyicha qaror 2026-yil 12-iyuldan keyin kutilmoqda ({ $decision_by } gacha). Ariza shu sanadan oldin topshirilib, qaror undan keyin qabul qilinsa, qaysi tahrir qoʻllanishini qoidalar aytmaydi.

## Asoslar va muddatlar

rq-reason-g3 = Siz kandassiz, Qozogʻistonda yashaysiz va ilgari kvotaga kirmagansiz — bunday kandaslar ariza topshirishi mumkin.
rq-reason-g2-widow = Kandas hududiy kvotaga (региональная квота) kiritilgandan keyin kelgan kandasning bevasi ariza topshirishi mumkin.
rq-reason-g2-child-arrived = Kandas hududiy kvotaga (региональная квота) kiritilgandan keyin kelgan kandas va uning bevasining umumiy farzandi ariza topshirishi mumkin.
rq-reason-g2-child-born = Ota-onasi Qozogʻiston fuqaroligini olishidan oldin Qozogʻistonda tugʻilgan kandasning umumiy farzandi ariza topshirishi mumkin.
rq-reason-one-year-met = Ish izlayotgan Qozogʻiston fuqarosi: { $since } dan doimiy roʻyxatda — topshirishga bir yil toʻlgan (ishonchli { $safe_from } dan).
rq-reason-decision = Qaror — ariza qabul qilingan kundan ({ $accepted }) keyin 14 ish kuni: { $decision_by } gacha.
rq-note-decision-start = 14 ish kunini qaysi kundan hisoblashni qoidalar aytmaydi. Ishonchlisi — qabul qilingandan keyingi ish kunidan; kechqurun, dam olish yoki bayram kunida topshirilgan arizani eng yaqin ish kunida qabul qilingan deb hisoblaymiz (yuqorida — boshqa talqin boʻyicha sana ham).
rq-note-decision-start-in-hours = 14 ish kunini qaysi kundan hisoblashni qoidalar aytmaydi. Biz qabul qilingan kundan keyingi ish kunidan hisoblaymiz; agar qabul kunining oʻzi ham hisoblansa, qaror bir ish kuni oldinroq kelishi mumkin.
rq-reason-kandas-notice = Agar hujjat yetishmasa yoki muddati oʻtgan boʻlsa, qabul qilishdan bosh tortilgani haqida 1 ish kunida xabar berishadi — { $notice_by } gacha kuzatib boring.
rq-reason-decision-online = Onlayn topshirilganda martaba markazi arizani 1 ish kunida yuboradi — unda qaror { $decision_by_online } gacha.
rq-reason-resettler-notice = Qabul qilishdan bosh tortilgani haqida 2 ish kunida xabar berishadi: { $notice_by } gacha kuzatib boring, onlayn topshirilganda — { $notice_by_online } gacha.
rq-reason-accepted-notice = Agar hujjatlar toʻplami toʻliq boʻlsa, ariza qabul qilingani haqida xabarnoma olasiz.
rq-reason-channels-old = Topshirish: migration.enbek.kz, Aholiga xizmat koʻrsatish markazi (ЦОН) yoki egov.kz. Xizmat bepul.
rq-reason-channels-kandas = Topshirish: migration.enbek.kz, Aholiga xizmat koʻrsatish markazi (ЦОН) — arizani oʻsha kuni yuboradi — yoki egov.kz.
rq-reason-channels-resettler = Topshirish: ЦОН (oʻsha kuni yuboradi), migration.enbek.kz yoki egov.kz — holat shaxsiy kabinetda koʻrinadi. Bepul.
rq-reason-fee = Xizmat bepul.
rq-reason-result-delivery = Kvotaga kiritish yoki rad etish haqidagi qaror shaxsiy kabinetingizga mansabdor shaxsning ERIsi (ЭЦП) bilan imzolangan elektron hujjat sifatida keladi.

## 2026-yil 12-iyuldan natijalar

rq-result-kandas = Kandaslarni qabul qilish kvotasiga ariza topshirish mumkin. Qaror — { $decision_by } dan kechiktirmay.
rq-result-g2 = Topshirishdan oldin akimatda yoki 1414 orqali aniqlang: rad etish asoslaridagi kandas taʼrifi kandaslarning bevalari va bolalariga qoʻllaniladimi, qoidalar aytmaydi.
rq-result-g2-filed-if = Agar ariza { $filed } da topshirilgan boʻlsa, qaror — { $decision_by } dan kechiktirmay. Rad etish asoslaridagi kandas taʼrifi kandaslarning bevalari va bolalariga qoʻllaniladimi, qoidalar aytmaydi: shu asosda rad etilsa, akimatda yoki 1414 orqali aniqlang. Agar topshirilmagan boʻlsa — yangi sanani tanlang: «✏️ Javobni oʻzgartirish».
rq-note-widow-proof-silent = Kandasning bevasi ekaningizni qanday tasdiqlashni qoidalar aytmaydi: roʻyxatda bunday hujjat yoʻq. Topshirishdan oldin akimatda aniqlang.
rq-note-family-nationality = Qonun taʼrifiga koʻra kandas — etnik qozoq va (yoki) uning qozoq millatiga mansub oila aʼzolari. Agar oila aʼzolaridan kimdir qozoq millatiga mansub boʻlmasa, ularni kiritish shubhali boʻlishi mumkin: akimatda aniqlang.
rq-note-g2-ground-1-open = Rad etishning 1-asosi — kandas taʼrifiga mos kelmaslik: ilgari QR fuqarosi boʻlmagan va maqom olgan etnik qozoq yoki uning qozoq millatiga mansub oila aʼzosi. U bevalar va bolalarga tegishlimi, qoidalar hal qilmaydi; tegishli boʻlsa — bularning barchasi kerak.
rq-note-housing = Aholiga xizmat koʻrsatish markazi (ЦОН) doimiy roʻyxatingiz hamda kelish aholi punktida sizga va oila aʼzolaringizga mulk huquqida tegishli uy-joy haqidagi maʼlumotlarni oʻzi oladi. Bu maʼlumotlar qarorga qanday taʼsir qilishini qoidalar aytmaydi.
rq-note-regions-silent = Xizmatni Ijtimoiy kodeksning 112-moddasida belgilangan hududlarning bandlik organlari koʻrsatadi. Bu modda matni, hududlar roʻyxati va kvotalar hajmi bizning manbalarda yoʻq.
rq-result-resettler = Bir yillik roʻyxat bor. Lekin ikkinchi shartni — Ixtiyoriy koʻchib oʻtish qoidalarining (№ 234 buyruq) 12-band 4) kichik bandidagi muddatni — bot tekshira olmaydi: martaba markazida yoki 1414 orqali aniqlang. Agar u bajarilgan boʻlsa, qaror — { $decision_by } dan kechiktirmay.
rq-result-resettler-filed-if = Agar ariza { $filed } da topshirilgan boʻlsa: bir yillik roʻyxat bor, lekin ikkinchi shartni — Ixtiyoriy koʻchib oʻtish qoidalarining (№ 234 buyruq) 12-band 4) kichik bandidagi muddatni — bot tekshira olmaydi: martaba markazida yoki 1414 orqali aniqlang. Agar u bajarilgan boʻlsa, qaror — { $decision_by } dan kechiktirmay. Agar topshirilmagan boʻlsa — yangi sanani tanlang: «✏️ Javobni oʻzgartirish».

## Hujjatlar

rq-documents-kandas = Kandaslarni qabul qilish kvotasi uchun hujjatlar:
rq-documents-resettler = Koʻchib keluvchilarni qabul qilish kvotasi uchun hujjatlar:
rq-doc-application-kandas = Qoidalarga 1-ilova shaklidagi ariza (shaklni topshiradigan joyingizda berishadi; uning matni bizning manbalarda yoʻq).
rq-doc-application-resettler = Qoidalarga 6-ilova shaklida koʻchib keluvchilar kvotasiga kiritish haqidagi ariza (shaklni topshiradigan joyingizda berishadi; uning matni bizning manbalarda yoʻq).
rq-doc-kandas-id = Shaxsingizni tasdiqlovchi hujjat (identifikatsiya uchun); raqamli hujjatlar servisidan olish mumkin.
rq-doc-resettler-id = Shaxsingizni tasdiqlovchi hujjat nusxasi; raqamli hujjatlar servisidan olish mumkin.
rq-doc-family-id = Arizaga kiritayotgan oila aʼzolaringizning shaxsini tasdiqlovchi hujjatlar.
rq-doc-marriage = Nikoh yoki nikohni bekor qilish haqidagi guvohnoma nusxasi — agar sizda boʻlsa.
rq-doc-birth = Oila aʼzolarining tugʻilganlik haqidagi guvohnomalari nusxalari.
rq-doc-jobseeker = Ish izlovchi va (yoki) ishsiz sifatida roʻyxatdan oʻtgani haqidagi hujjat — albatta.
rq-doc-education = Taʼlim, malaka, maxsus bilimlar yoki kasbiy tayyorgarlik haqidagi hujjat — agar boʻlsa.
rq-doc-work = Mehnat faoliyatini tasdiqlovchi hujjat — agar boʻlsa.
rq-note-kandas-refusal-to-accept = Agar toʻplam toʻliq boʻlmasa yoki hujjat muddati oʻtgan boʻlsa, ariza qabul qilinmaydi va bu haqda sizga xabar berishadi.
rq-note-resettler-refusal-to-accept = Agar toʻplam toʻliq boʻlmasa, hujjat muddati oʻtgan boʻlsa yoki qaror qabul qilinadigan kuni tugasa, qabul qilishdan bosh tortiladi; sizga rad etish haqida tilxat beriladi.
rq-note-refusal-to-accept-before = Qabul qilishdan bosh tortish haqidagi tilxat shakli (toʻliq boʻlmagan toʻplam yoki muddati oʻtgan hujjatlar) bizning manbalarda bor. Lekin 2026-yil 12-iyulgacha rad etish haqida xabar berish muddatlari va tartibi ularda tasvirlanmagan.
rq-note-documents-point-8 = Qoidalarning 3-bandi «Roʻyxatning 8-bandidagi» hujjatlarga havola qiladi, lekin 8-bandda toʻlov haqida gap boradi, hujjatlar esa 10-qatorda sanab oʻtilgan. Biz 10-qatordagi hujjatlarni koʻrsatamiz.
rq-note-digital = Agar siz egov.kz da roʻyxatdan oʻtgan raqamga bir martalik parol yoki javob SMS orqali rozilik bersangiz, davlat organi (akimat) hujjatlarni raqamli hujjatlar servisidan oʻzi olishi mumkin.
rq-note-access = Agar sogʻligʻingiz sababli oʻzingiz kela olmasangiz, hujjatlarni Aholiga xizmat koʻrsatish markazi (ЦОН) xodimi qabul qiladi: 1414 aloqa markaziga murojaat qiling. Markazda hujjat topshirishda kutish — 15 daqiqadan oshmaydi.
rq-note-hours = Aholiga xizmat koʻrsatish markazi (ЦОН) arizalarni dushanbadan jumagacha 9:00 dan 18:00 gacha tanaffussiz qabul qiladi; navbatchi boʻlimlar — dushanbadan jumagacha 9:00 dan 20:00 gacha va shanba kuni 9:00 dan 13:00 gacha, bayram va dam olish kunlaridan tashqari. Portal texnik tanaffuslardan tashqari kecha-kunduz ishlaydi.

## Rad etish asoslari

rq-refusals = Kvotaga kiritish qachon rad etilishi mumkin:
rq-ground-k-definition = Siz kandas taʼrifiga mos kelmaysiz: ilgari Qozogʻiston fuqarosi boʻlmagan va belgilangan tartibda maqom olgan etnik qozoq va (yoki) uning qozoq millatiga mansub oila aʼzolari.
rq-ground-k-false = Hujjatlar yoki ulardagi maʼlumotlar ishonchsiz.
rq-ground-k-compromising = Qozogʻistondagi huquqbuzarliklar yoki terrorchi yoxud ekstremistik tashkilotlar bilan aloqa haqida obroʻsizlantiruvchi maʼlumotlar bor.
rq-ground-consent = Cheklangan foydalanishdagi shaxsiy maʼlumotlarga kirishga roziligingiz yoʻq.
rq-ground-no-quota = Maʼmuriy-hududiy birlikda kvota yoʻq yoki siz koʻchib oʻtish uchun taklif qilingan joydan voz kechyapsiz.
rq-ground-r-false = Taqdim etilgan hujjatlardagi maʼlumotlar ishonchsiz.
rq-ground-r-social-code = Siz Ijtimoiy kodeks 112-moddasining 1 va 2-bandlari shartlariga mos kelmaysiz.
rq-ground-r-categories = Siz Ixtiyoriy koʻchib oʻtish qoidalarining (№ 234 buyruq) 12-bandidagi toifalarga kirmaysiz.
rq-reason-complaint = Akimatga shikoyat u roʻyxatga olingan kundan boshlab 5 ish kunida koʻrib chiqiladi — pastdagi tugma sanani hisoblab beradi.
rq-note-article-20-silent = Kandaslarga rad etish asoslari — «Aholi migratsiyasi toʻgʻrisida»gi Qonun 20-moddasining shartlari. Modda matni bizning manbalarda yoʻq; yuqorida — faqat Qoidalarning oʻzida sanab oʻtilganlar.
rq-note-social-code-silent = Ijtimoiy kodeks 112-moddasining shartlari va Ixtiyoriy koʻchib oʻtish qoidalari 12-bandining toifalari bizning manbalarda yoʻq, shuning uchun bot ularni siz uchun tekshira olmaydi.
rq-note-complaint-count = Qoidalar shikoyat roʻyxatga olingan kun shu 5 ish kuniga kiradimi, aniqlashtirmaydi. Ishonchli sana — roʻyxatga olish kunisiz (u kechroq).

## Mos kelmaydi

rq-result-no-status = Avval kandas maqomi (статус кандаса) kerak: usiz kandaslar kvotasiga ariza berilmaydi. Pastdagi tugma — uni qanday olish.
rq-reason-status-needed = Kandaslarni qabul qilish kvotasiga arizani kandas maqomini (статус кандаса) olgan etnik qozoqlar (shuningdek kandaslarning bevalari va bolalari) topshiradi.
rq-reason-kandas-definition = Kandas — ilgari Qozogʻiston fuqarosi boʻlmagan va belgilangan tartibda maqom olgan etnik qozoq va (yoki) uning qozoq millatiga mansub oila aʼzolari.
rq-note-kandas-service = Kandas maqomi (статус кандаса) alohida davlat xizmati — «Kandas maqomini berish yoki uzaytirish» doirasida beriladi.
rq-result-not-covered = Javobingizga koʻra, bu xizmat sizga mos emas.
rq-reason-who-kandas = Kandaslarni qabul qilish kvotasi — kandas maqomi (статус кандаса) bor etnik qozoqlar, shuningdek kandaslarning bevalari va ularning umumiy farzandlari uchun.
rq-reason-who-resettler = Koʻchib keluvchilarni qabul qilish kvotasi — martaba markazida ish izlovchi yoki ishsiz sifatida roʻyxatdan oʻtgan Qozogʻiston fuqarolari uchun.

## Javobni belgilaydigan faktlar: topshirish vaqti, fuqarolik, hujjat, shikoyat
rq-link-complaint = Shikoyat: qachon javob berishadi
rq-hours-question = Soat nechada topshirasiz: ish kunida Aholiga xizmat koʻrsatish markazi (ЦОН) ish vaqtidami — yoki kechqurun, dam olish yoki bayram kunida (onlayn, navbatchi markazda)?
rq-hours-in = Ish kunida, ish vaqtida
rq-hours-after = Kechqurun, dam olish, bayramda
rq-citizen-question = Siz Qozogʻiston fuqarosimisiz? Fuqarolar kandas maqomiga (статус кандаса) emas, koʻchib keluvchilar kvotasiga ariza beradi.
rq-kandas-citizen-question = Qozogʻiston fuqaroligini olib boʻldingizmi? Shundan keyin kandas guvohnomasi amal qilishdan toʻxtaydi.
rq-note-kandas-citizen = Kandaslar kvotasi haqidagi qoida «kandas maqomini (статус кандаса) olgan» etnik qozoqlar haqida gapiradi; fuqarolik olingandan keyin, guvohnoma endi amal qilmayotganda, unga ariza berish mumkinmi, aytilmagan. Fuqarolarga koʻchib keluvchilar kvotasi toʻgʻridan-toʻgʻri ochiq — biz sizni shu boʻyicha olib boramiz. Kandaslar kvotasiga ariza bermoqchi boʻlsangiz, akimatda aniqlang.
rq-status-until-question = Kandas guvohnomangiz qaysi sanagacha amal qiladi? Guvohnomadagi «gacha» (по) sanasini yozing, maqom uzaytirilgan boʻlsa — u qaysi sanagacha uzaytirilganini yozing.
rq-result-status-ended = Kandas guvohnomasi { $valid_to } gacha amal qilgan, ariza esa { $accepted } da qabul qilinadi. Muddati tugagan maqom bilan kvotaga ariza berish mumkinmi, qoidalar aniq aytmaydi — akimatda yoki 1414 orqali aniqlang.
rq-result-status-ending = Kandas guvohnomasi { $valid_to } gacha amal qiladi, kvota boʻyicha qaror esa kechroq — { $decision_by } gacha chiqishi mumkin. Avval maqomni uzaytirish ishonchliroq; akimatda yoki 1414 orqali aniqlang.
rq-reason-status-safe = Ishonchli talqin: kandas taʼrifiga («tegishli maqomni olgan») mos kelmasa, rad etiladi, guvohnoma esa maqom olingan kundan bir yil amal qiladi. Maqom qaror kunida ham amal qilishi kerak.
rq-reason-status-other = Boshqa talqin: 3-band «kandas maqomini (статус кандаса) olgan» shaxslar haqida gapiradi, guvohnoma esa kvota hujjatlari roʻyxatida yoʻq — unda uning muddati tugashi toʻsqinlik qilmaydi.
rq-block-id-expired = Tayyor emas: hujjat { $expiry } gacha amal qiladi, ariza esa { $accepted } da qabul qilinadi. Topshirishdan oldin hujjatni almashtiring.
rq-block-id-decision = Tayyor emas: hujjat { $expiry } gacha amal qiladi, qaror esa { $latest } gacha qabul qilinishi mumkin. Topshirishdan oldin hujjatni almashtiring.
rq-reason-decision-moved = 14 ish kuni. Ishonchli: { $decision_by } gacha (qabul { $accepted }); agar topshirish kunidan hisoblasa — { $early } gacha.
rq-reason-decision-moved-channels = Qabul kunidan ({ $accepted }) 14 ish kuni. ЦОН orqali — qaror { $decision_by } gacha (topshirish kunidan — { $early } gacha); onlayn, martaba markazi orqali — { $decision_by_online } gacha.
rq-link-kandas = Kandas maqomi
rq-link-temporary = Vaqtincha yashashga ruxsatnoma
rq-link-permanent = Yashash guvohnomasi
rq-complaint-date-question = Akimatda (bandlik boshqarmasida) shikoyatingiz qaysi sanada roʻyxatga olingan? Roʻyxatga olish sanasini yozing.
rq-result-complaint = Shikoyatga javobni { $answer_by } dan kechiktirmay kuting.
rq-reason-complaint-readings = «Roʻyxatga olingan kundan boshlab» 5 ish kuni ({ $registered }). Ishonchli: { $answer_by } gacha (roʻyxatga olish kunini hisoblamaymiz); agar u hisoblansa — { $early } gacha.
rq-note-complaint-bodies-silent = Bu xizmat qoidalari faqat akimatga shikoyatni (24-band) aytadi va Davlat xizmatlari toʻgʻrisidagi Qonun 25-moddasining 2-bandiga havola qiladi, uning matni bizning manbalarda yoʻq. Yana qayerga va qanday muddatlarda shikoyat qilishni bot ayta olmaydi.

## Qabul qilishdan bosh tortish haqida xabar: muddatning ikkala talqini
rq-reason-kandas-notice-moved = Qabul qilishdan bosh tortilgani haqida 1 ish kunida xabar berishadi: ishonchli tarzda { $notice_by } gacha kuzatib boring; agar topshirish kunidan hisoblasa — { $early } gacha.
rq-reason-resettler-notice-moved = Qabul qilishdan bosh tortilgani haqida 2 ish kunida xabar berishadi: ishonchli { $notice_by } gacha (onlayn — { $notice_by_online } gacha); topshirish kunidan — { $early } gacha.

## № 222 buyruq kuchga kirishidan oldingi sana; 2026-yil 12-iyulgacha — «mumkin emas» yoʻq
rq-result-old-rules = { $date } sanasi uchun bot javob bera olmaydi: bot javoblari asoslangan № 222 buyruq { $earliest } dan oldin kuchga kira olmagan, Qoidalarning oldingi tahriri esa bizning manbalarda yoʻq.
rq-reason-order-in-force = № 222 buyruq { $signed } da imzolangan va Adliya vazirligida { $registered } da roʻyxatdan oʻtgan; u birinchi rasmiy eʼlon qilingan kundan keyin oʻn kalendar kun oʻtgach amalga kiritiladi. Biz uni roʻyxatdan oʻtishidan oldin eʼlon qilib boʻlmas edi, deb hisoblaymiz; u holda buyruq { $earliest } dan oldin amal qila olmaydi — bu bizning hisobimiz: eʼlon qilingan sana bizning manbalarda yoʻq.
rq-note-old-rules-silent = № 222 buyruqqacha amal qilgan Qoidalar matni bizning manbalarda yoʻq, shuning uchun bot bu sana uchun shartlar va muddatlarni aytmaydi.
rq-result-before-switch-no = 2026-yil 12-iyuldan amal qiladigan qoidalarga koʻra siz ariza topshira olmaysiz — sababi quyida. Lekin sizning sanangizda ({ $date }) ular hali amal qilmagan, oldingi tahriri esa bizda yoʻq: akimatda aniqlang.

## Kandasning farzandlari: vafot etgan kandas va uning bevasining umumiy farzandi
rq-g2-common-child-question = Siz kandas va uning bevasining umumiy farzandimisiz va kandas (ota-onangiz) vafot etganmi? Qoida faqat shunday bolalar haqida gapiradi.
rq-g2-born-before-question = Siz ota-onangiz Qozogʻiston fuqaroligini olishidan oldin Qozogʻistonda tugʻilganmisiz?
rq-g2-born-before-yes = Ha, undan oldin
rq-g2-born-before-no = Yoʻq, keyin
rq-note-g2-parent-alive = Agar kandas ota-onangiz tirik boʻlsa, kvotaga arizani u topshiradi, oila aʼzolari esa uning arizasiga kiritiladi.

## Fuqarolik olgan kandas: ikkala talqin
rq-result-kandas-citizen = Koʻchib keluvchilar kvotasiga sizga hozircha mumkin emas (sababi quyida). Fuqarolik olingandan keyin kandaslar kvotasiga ariza berish mumkinmi, qoidalar aniq aytmaydi — akimatda aniqlang.
rq-reason-g3-citizen-reading = Qoida kandaslar kvotasini «kandas maqomini (статус кандаса) olgan» va Qozogʻistonda yashaydigan etnik qozoqlarga ochadi — unda «fuqaro emas» sharti yoʻq. Lekin fuqarolik olingach, kandas guvohnomasi kuchini yoʻqotadi.
rq-result-g2-citizen = Koʻchib keluvchilar kvotasi boʻyicha hozircha mumkin emas (sababi quyida). Fuqarolik kandasning bevasi yoki farzandiga kandaslar kvotasiga ariza berishga toʻsqinlik qiladimi, qoidalar aytmaydi — akimatda yoki 1414 orqali aniqlang.
rq-reason-g2-citizen-reading = 3-band kandaslar kvotasini kandaslarning bevalari va umumiy farzandlariga «fuqaro emas» shartisiz ochadi; lekin rad etish asoslaridagi kandas taʼrifida — «ilgari Qozogʻiston Respublikasi fuqaroligida boʻlmagan».
rq-note-g2-citizen = Rad etish asoslaridagi kandas taʼrifi (unda — «ilgari QR fuqaroligida boʻlmagan») kandaslarning bevalari va bolalariga qoʻllaniladimi, qoidalar tushuntirmaydi. Fuqarolarga koʻchib keluvchilar kvotasi toʻgʻridan-toʻgʻri ochiq — biz sizni shu boʻyicha olib boramiz. Kandaslar kvotasiga ariza bermoqchi boʻlsangiz, akimatda yoki 1414 orqali aniqlang.

## Keyinroq qayta ochilgan suhbat: bir yillik roʻyxat toʻldi, kandas guvohnomasi muddati tugadi
rq-result-too-early-year-reached = { $safe_from } dan boshlab bir yillik doimiy roʻyxatingiz bor: yangi topshirish sanasini tanlang — «✏️ Javobni oʻzgartirish».
rq-result-status-ending-ended = Kandas guvohnomasi { $valid_to } gacha amal qilgan va muddati tugadi. Guvohnoma muddati tugaganidan keyin maqomni uzaytirish mumkinmi, qoidalar aytmaydi: uzaytirishga umid qilmang — akimatga yoki 1414 ga murojaat qiling, maqom haqida ham, kvota haqida ham.
rq-result-status-ending-filed-if = Agar ariza { $filed } da topshirilgan boʻlsa, kvota boʻyicha qaror { $decision_by } gacha qabul qilinishi mumkin — bu kandas guvohnomasi muddati ({ $valid_to }) tugaganidan keyin: guvohnoma amal qilayotganda maqomni uzaytirish ishonchliroq; akimatda yoki 1414 orqali aniqlang. Agar topshirilmagan boʻlsa — avval maqomni uzaytiring, keyin yangi sanani tanlang: «✏️ Javobni oʻzgartirish».
