## Kandas maqomi: berish va uzaytirish (dialogs/trees/kandas.yaml daraxti).

kandas-title = Kandas maqomi

# Ilovalar qatorlari yozuvlari (qator raqami — jadvaldagi tartib boʻyicha).
ks-point-app2-row = 2-ilova, { $point }-qator
ks-point-order-app1-row = buyruqqa 1-ilova, { $point }-qator
ks-point-order-app2-row = buyruqqa 2-ilova, { $point }-qator

ks-goal-question = Sizga nima kerak?
ks-goal-assign = Kandas maqomini olish
ks-goal-decision = Qaror bor, koʻchib kelyapman
ks-goal-extend = Kandas maqomini uzaytirish

ks-when-question = Arizani qachon topshirasiz? Agar topshirib boʻlgan boʻlsangiz, «Boshqa sana»ni tanlang va topshirgan kuningizni yozing: muddatlar va qoidalar tahriri shunga bogʻliq.
ks-when-today = Bugun
ks-when-date = Boshqa sana
ks-apply-date-question = Ariza topshirish sanasini yozing — kelgusi yoki oʻtgan.

ks-former-citizen-question = Siz qachondir Qozogʻiston fuqarosi boʻlganmisiz?
ks-former-citizen-no = Yoʻq, hech qachon
ks-former-citizen-yes = Ha, boʻlganman

ks-result-former-citizen = Sizga kandas maqomi (статус кандаса), ehtimol, berilmaydi: u ilgari Qozogʻiston fuqarosi boʻlmaganlar uchun.
ks-reason-definition = Kandas — ilgari Qozogʻiston fuqarosi boʻlmagan etnik qozoq va (yoki) uning qozoq millatiga mansub oila aʼzolari.
ks-reason-ground-1 = Agar ariza beruvchi «Aholi migratsiyasi toʻgʻrisida»gi Qonun 20-moddasining 1) kichik bandi shartlariga mos kelmasa, maqom berishdan bosh tortiladi.
ks-note-definition-source = Kandas taʼrifi «Aholi migratsiyasi toʻgʻrisida»gi Qonundan, hududiy kvota (региональная квота) haqidagi qoidalar keltirgan shaklda olingan. Qonunning 20-moddasi matni bizning manbalarda yoʻq, shuning uchun bot boshqa shartlarni tekshira olmaydi. Sizda Qozogʻiston fuqaroligi boʻlgan-boʻlmaganiga ishonchingiz komil boʻlmasa, buni topshirishdan oldin aniqlang.
ks-note-before-july = Sizning sanangiz — 2026-yil 12-iyuldan oldin. Shu kungacha Qoidalarga 2-ilova (hujjatlar, muddatlar, toʻlov, rad etish asoslari) oʻtish davri tahririda amal qiladi — № 222 buyruqqa 1-ilova; mazmunan u yangisi bilan bir xil. Lekin № 222 buyruqning oʻzi birinchi rasmiy eʼlon qilinganidan keyin oʻn kalendar kun oʻtgach kuchga kiradi, eʼlon sanasi esa bizning manbalarda koʻrsatilmagan. Shuning uchun sizning sanangizda aynan shu matnlar amal qilganini, bizda yoʻq oldingi tahrir emasligini tasdiqlay olmaymiz. Agar ariza 2026-yil 12-iyuldan keyin ham koʻrib chiqilsa, unga qaysi tahrir qoʻllanishini ham qoidalar aytmaydi.
ks-note-old-points-silent = 2026-yil 12-iyuldan Qoidalarning oʻz bandlari ham oʻzgaradi: topshirish yoʻllari (3-band), arizani roʻyxatga olish (4, 5-bandlar), tekshiruvlar (6-band), qaror va uning kuchga kirishi (10-band), guvohnoma berish (11-band), uzaytirish (22-band), Aholiga xizmat koʻrsatish markazi (ЦОН) ustidan shikoyatlar (27-band). Ularning oldingi tahriri bizning manbalarda yoʻq, shuning uchun sizning sanangiz uchun bot ular haqida gapirmaydi.

ks-proof-question = Etnik qozoq ekaningizni nima bilan tasdiqlaysiz? Millati koʻrsatilgan hujjatlar (tugʻilganlik haqidagi guvohnoma, xorijga chiqish pasporti, fuqaroligi yoʻq shaxs guvohnomasi va boshqalar) yoki Komissiya tavsiyasi mos keladi.
ks-proof-docs = Millat haqidagi hujjatlar bilan
ks-proof-commission = Komissiya tavsiyasi bilan
ks-proof-none = Ikkalasi bilan ham emas

ks-note-commission-silent = Komissiya tavsiyasini qanday olish bizning manbalarda tasvirlanmagan: Komissiya «Aholi migratsiyasi toʻgʻrisida»gi Qonun 11-moddasining 11-1) kichik bandi boʻyicha ishlaydi, uning matni bizda yoʻq. Boshqa hujjatlar mos keladimi, biz tayanadigan qoidalar ham aniqlashtirmaydi.

ks-purpose-question = Qanday maqsadda koʻchib kelyapsiz? Arizada toʻrt maqsaddan biri koʻrsatiladi.
ks-purpose-regions = Kandaslar joylashadigan hududga
ks-purpose-family = Oilaga yoki qarindoshlarga
ks-purpose-employer = Ish beruvchiga yoki YaTT boʻlib
ks-purpose-study = Qozogʻiston oliygohida oʻqiyman

ks-channel-question = Arizani qanday topshirasiz?
ks-channel-foreign = Elchixona yoki konsullikda
ks-channel-gov-corp = Xizmat markazida (ЦОН)
ks-channel-enbek = Onlayn: migration.enbek.kz
ks-channel-egov = Onlayn: egov.kz
ks-channel-mobile = Mobil ilova

ks-result-assign = Kandas maqomiga (статус кандаса) ariza topshirish mumkin. { $channel ->
    [foreign] Qaror — taxminan { $decision_by } gacha: elchixona arizani akimatga yuboradi, muddat u yerda roʻyxatga olingan kundan hisoblanadi.
    [gov-corp] Qaror — taxminan { $decision_by } gacha: Aholiga xizmat koʻrsatish markazidan (ЦОН) kelgan arizani akimat qachon roʻyxatga olishini qoidalar aytmaydi.
    [egov] Qaror — taxminan { $decision_by } gacha: egov.kz dan kelgan arizani akimat qachon roʻyxatga olishini qoidalar aytmaydi.
   *[other] Ariza boʻyicha qaror — { $decision_by } dan kechiktirmay.
}
ks-reason-purpose-regions = Joylashish hududiga koʻchish: agar u yerda kvota boʻlmasa yoki taklif qilingan joydan voz kechsangiz, maqom berilmaydi.
ks-reason-purpose-family = «Oila va/yoki qarindoshlar bilan birlashish» maqsadi: arizada Qozogʻistondagi qarindosh haqida maʼlumot koʻrsatiladi.
ks-reason-purpose-employer = «Ish beruvchilar taklifi bilan yoki etnik qozoqlar orasidan yakka tartibdagi tadbirkorlar» maqsadi: arizada ish beruvchi va kasbiy koʻnikmalaringiz koʻrsatiladi.
ks-reason-purpose-study = «Qozogʻiston oliygohlarida oʻqiyotgan etnik qozoqlar» maqsadi: arizada oliygoh, mutaxassislik va oʻqish davri koʻrsatiladi.
ks-reason-provider = Qarorni viloyat, respublika ahamiyatidagi shahar yoki poytaxt akimati (bandlik va ijtimoiy himoya boshqarmasi) qabul qiladi.
ks-reason-channel-foreign = Topshirish va natija — Qozogʻiston elchixonasi yoki konsulligida (bu yoʻl xorijda yashovchi etnik qozoqlar uchun), 9:00–17:00 (tushlik 13:00–14:30).
ks-reason-channel-gov-corp = Topshirish va natija — Aholiga xizmat koʻrsatish markazida (ЦОН): du–ju 9:00–18:00; navbatchi markazlar — 20:00 gacha va shanba kuni 9:00–13:00.
ks-reason-channel-online = Onlayn (migration.enbek.kz, egov.kz, mobil ilova) — kecha-kunduz; natija ham oʻsha yerga keladi.
ks-reason-registered-online = migration.enbek.kz dan yoki mobil ilovadan yuborilgan ariza akimatga (bandlik boshqarmasiga) koʻrib chiqish uchun ketadi; sizga roʻyxatga olingani haqida xabarnoma keladi.
ks-reason-registered-foreign = Elchixona yoki konsullik arizani roʻyxatga oladi va uni akimatga (bandlik boshqarmasiga) yuboradi; sizga roʻyxatga olingani haqida xabarnoma keladi.
ks-reason-decision-time = Qaror — ariza roʻyxatga olingandan ({ $registered }) keyin 30 ish kuni ichida: { $decision_by } gacha.
ks-reason-free = Xizmat bepul. Natija — kandas guvohnomasi (uzaytirishda — akimat qarori).
ks-note-registration-day = Muddat ariza akimatda roʻyxatga olingan kundan hisoblanadi, bu kun esa oldindan nomaʼlum. Kechqurun, dam olish yoki bayram kunida topshirilgan ariza qachon roʻyxatga olinishini qoidalar aytmaydi: biz ikkala talqinni koʻrsatamiz, ishonchlisi — birinchi. Elchixona yoki Aholiga xizmat koʻrsatish markazidan (ЦОН) yuborilgandan keyin roʻyxatga olish kechroq ham boʻlishi mumkin.
ks-note-conditions-silent = Maqom berish shartlari «Aholi migratsiyasi toʻgʻrisida»gi Qonun 20-moddasining 1) kichik bandida belgilangan, uning matni bizning manbalarda yoʻq. Shuning uchun bot barcha shartlarni tekshira olmaydi — ularni yakuniy akimat tekshiradi.
ks-note-subtype-silent = Qoidalar maqom berishning ikki turini aytadi: umumiy tartibda va Qozogʻistonning xorijdagi muassasalari orqali akimat roziligi asosida. Ular nimasi bilan farq qilishi va bunday rozilik qachon kerakligi bizning manbalarda aytilmagan.
ks-note-routing-silent = Aholiga xizmat koʻrsatish markazi (ЦОН) yoki egov.kz dan ariza akimatga qanday yetib borishi va qachon roʻyxatga olingan hisoblanishi bizning manbalarda tasvirlanmagan.
ks-note-help = Koʻrib chiqish tartibi va borishi haqida yagona aloqa markazidan bilish mumkin: 1414, 8 800 080 7777. Agar odam oʻzi yura olmasa yoki oʻzini oʻzi eplay olmasa, Aholiga xizmat koʻrsatish markazi (ЦОН) xodimi hujjatlarni uyda qabul qilishi mumkin — 1414 orqali buyurtma bilan.

ks-documents-assign = Kandas maqomini berish uchun hujjatlar:
ks-doc-application = Shakl boʻyicha ariza (Qoidalarga 1-ilova): maʼlumotlaringiz, oila tarkibi (F.I.Sh., qarindoshlik, tugʻilgan sana, fuqarolik, millat) va koʻchish maqsadi.
ks-doc-regions = Arizada — tanlangan joy: viloyat (respublika ahamiyatidagi shahar yoki poytaxt), tuman, aholi punkti.
ks-doc-family = Arizada — Qozogʻistondagi qarindosh maʼlumotlari: IIN, F.I.Sh., qarindoshlik darajasi, shaxsiy guvohnoma raqami, manzil va aloqa maʼlumotlari.
ks-doc-employer = Arizada — ish beruvchi maʼlumotlari: nomi, vakolatli vakilning F.I.Sh., manzil va aloqa maʼlumotlari.
ks-doc-study = Arizada — oʻqish haqida maʼlumot: oliygoh, malaka yoki mutaxassislik, oʻqish davri.
ks-doc-autobiography = Erkin shakldagi tarjimai hol (u qaytarilmaydi).
ks-doc-identity = Shaxsni tasdiqlovchi hujjatlar nusxalari — sizniki va oila aʼzolaringizniki (agar boʻlsa) — qozoq yoki rus tiliga notarial tasdiqlangan tarjimasi bilan.
ks-doc-nationality = Millatni tasdiqlovchi hujjatlar nusxalari: tugʻilganlik haqidagi guvohnomalar, xorijga chiqish pasporti, fuqaroligi yoʻq shaxs guvohnomasi yoki kelib chiqqan davlatning boshqa rasmiy hujjatlari.
ks-doc-commission = Millat haqidagi hujjatlar kerak emas: sizda qozoq millatiga mansublikni aniqlash boʻyicha Komissiya tavsiyasi bor.
ks-doc-skills = Kasb, ish staji, taʼlim haqidagi hujjat va mehnat faoliyati haqidagi hujjat. Ariza shakli ularni soʻraydi, garchi hujjatlar roʻyxatida boʻlmasa ham, — ularni oʻzingiz bilan oling.
ks-doc-consent = Shaxsiy maʼlumotlarni yigʻish va qayta ishlashga rozilik (arizadagi qator). Cheklangan foydalanishdagi shaxsiy maʼlumotlarga kirishga rozilik boʻlmasa, maqom berilmaydi.
ks-note-originals = Hujjatlar asl nusxa va nusxalarda topshiriladi; asl nusxalar solishtirilgandan keyin qaytariladi (tarjimai holdan tashqari). Elektron nusxalar va davlat bazalaridagi maʼlumotlardan foydalanish mumkin.
ks-note-no-demand = Shaxsni tasdiqlovchi hujjatlar haqidagi maʼlumotlarni akimat davlat tizimlaridan oʻzi oladi. Sizdan bu tizimlardan olinadigan hujjatlarni talab qilishga yoʻl qoʻyilmaydi.
ks-note-translation = Qoidalar notarial tarjimasiz toʻplam toʻliq emas deb hisoblanadimi, toʻgʻridan-toʻgʻri aytmaydi. Biz qatʼiy talqindan kelib chiqamiz: tarjimasiz qabul qilishdan bosh tortishlari mumkin, shuning uchun tarjimani oldindan qiling.
ks-note-online-documents = Hujjatlar roʻyxati toʻgʻridan-toʻgʻri faqat xorijdagi muassasa yoki Aholiga xizmat koʻrsatish markazi (ЦОН) orqali topshirish uchun aytilgan. Onlayn topshirish uchun qoidalar buni aniqlashtirmaydi, lekin elektron nusxalarga ruxsat beradi. Biz qatʼiy talqindan kelib chiqamiz: xuddi shu hujjatlar toʻplamini elektron shaklda tayyorlang.
ks-note-family-nationality = Kandas taʼrifi «qozoq millatiga mansub» oila aʼzolari haqida gapiradi, ariza shakli esa — shunchaki oila aʼzolari haqida. Boshqa millatdagi oila aʼzosi maqom oladimi, qoidalar aniq aytmaydi. Biz ehtiyotkor talqindan kelib chiqamiz: buni topshirishdan oldin aniqlang.
ks-note-commission-bring = Qoidalar Komissiya tavsiyasi akimatga qanday yetib borishini aytmaydi. Biz qatʼiy talqindan kelib chiqamiz: uni oʻzingiz bilan oling (asl nusxa va nusxasini) — soʻrab qolishlari mumkin.
ks-note-employer-wording = «Ish beruvchilar taklifi bilan yoki etnik qozoqlar orasidan yakka tartibdagi tadbirkorlar» maqsadini ikki xil tushunish mumkin: taklif qiluvchi ish beruvchilar etnik qozoq boʻlishi kerak — yoki gap tadbirkor ariza beruvchi haqida. Holatingiz mos keladimi, akimatda aniqlang.
ks-note-purpose-silent = Har bir koʻchish maqsadi uchun maxsus shartlar bizning manbalarda yoʻq: biz faqat ariza shakli soʻraydigan narsani koʻrsatamiz.
ks-note-incomplete = Agar hujjatlar toʻplami toʻliq boʻlmasa yoki hujjat muddati oʻtgan boʻlsa, qabul qilishdan bosh tortiladi va shunday hujjatlar roʻyxati bilan tilxat beriladi.

ks-result-refusals = Qachon qabul qilishdan yoki maqom berishdan bosh tortiladi:
ks-reason-refuse-accept = Toʻplam toʻliq emas yoki hujjat muddati oʻtgan — qabul qilishdan bosh tortiladi va shunday hujjatlar roʻyxati bilan tilxat beriladi.
ks-reason-complaint = Akimatga shikoyat u roʻyxatga olingan kundan keyin 5 ish kunida koʻrib chiqiladi (roʻyxatga olingan kun hisoblanmaydi).
ks-reason-complaint-gov-corp = Aholiga xizmat koʻrsatish markazi (ЦОН) xodimlari ustidan shikoyat markaz rahbariga yoki raqamlashtirish sohasidagi vakolatli organga beriladi.
ks-note-ground-5-all = Kvota yoʻqligi haqidagi asos faqat joylashish hududlariga koʻchishga tegishlimi yoki barcha maqsadlargami, qoidalar aniqlashtirmaydi. Biz ehtiyotkor talqindan kelib chiqamiz: u sizga ham tegishi mumkin.
ks-note-grounds-silent = «Aholi migratsiyasi toʻgʻrisida»gi Qonun 20-moddasining 1) kichik bandi va «Davlat va ijtimoiy masʼuliyatli xizmatlar toʻgʻrisida»gi Qonunning 19-1-moddasi matnlari bizning manbalarda yoʻq, shuning uchun bot bu asoslarni ochib bermaydi.
ks-note-refuse-accept-time-silent = Hujjatlarni qabul qilishdan bosh tortilgani haqida qaysi muddatda xabar berilishi bizning manbalarda aytilmagan.

ks-result-after = Qarordan keyin nima boʻladi:
ks-reason-decision-sent = Akimat maqom berish yoki rad etish haqida qaror qabul qiladi va uni sizga, elchixonaga (konsullikka) yoki Aholiga xizmat koʻrsatish markaziga (ЦОН) yuboradi.
ks-reason-iin = Agar sizda yoki oila aʼzolaringizda IIN boʻlmasa, u yaratiladi; IIN allaqachon boʻlsa, yangisi yaratilmaydi.
ks-reason-effect-arrival = Maqom berish haqidagi qaror qarorda koʻrsatilgan joylashish hududiga kelgan kuni kuchga kiradi.
ks-reason-certificate-3-days = Kandas guvohnomasi qarorda koʻrsatilgan joylashish hududiga kelgan kundan keyin 3 kun ichida beriladi.
ks-reason-status-start = Qaror shaklida aytilgan: maqomning amal qilish muddati joylashish hududiga kelgan va kandas guvohnomasini olgan kundan boshlanadi.
ks-reason-certificate-mark = Guvohnoma beriladi, «Kandas» axborot tizimida (АЦС «Кандас») esa qaror kuchga kirgani qayd etiladi.
ks-reason-certificate-end = Guvohnoma Qozogʻiston fuqaroligi olingach yoki maqom olingan kundan bir yil oʻtib kuchini yoʻqotadi.
ks-reason-minors = Guvohnomaga kandasning voyaga yetmagan oila aʼzolari yoziladi.
ks-reason-cabinet = migration.enbek.kz da natija shaxsiy kabinetda paydo boʻladi.
ks-reason-reissue = Aholiga xizmat koʻrsatish markazi (ЦОН) hujjatlarni oʻz tizimida 1 yil saqlaydi va soʻrovingiz boʻyicha akimatdan avval olingan guvohnomani beradi.
ks-note-start-reading = Maqomning boshlanishi turlicha aytilgan: Qoidalarda — kelgan kun, qaror shaklida — kelgan va guvohnoma olingan kun, guvohnoma shaklida — «maqom berilgan sana». Biz ehtiyotkor talqindan kelib chiqamiz: guvohnoma olmaguningizcha maqomga umid qilmang, amal qilish yilini esa kelgan kundan — qaror kuchga kiradigan eng erta kundan hisoblang. Guvohnomada muddat koʻrsatiladi («с … по …»): undagi tugash sanasiga tayaning.
ks-note-three-days = Qoidalar bu kalendar kunlarimi yoki ish kunlarimi, aniqlashtirmaydi. Agar kelganingizdan keyin 3 ish kuni oʻtsa ham guvohnoma berilmasa, akimatga murojaat qiling.
ks-note-adults-silent = Guvohnomaga faqat voyaga yetmagan oila aʼzolari yoziladi. Katta yoshli oila aʼzolariga maqom qanday rasmiylashtirilishi bizning manbalarda aytilmagan.
ks-note-after-silent-before-july = Sizning sanangiz uchun (2026-yil 12-iyulgacha) Qoidalarning qaror va guvohnoma berish haqidagi bandlarining (10, 11-bandlar) oldingi tahriri bizning manbalarda yoʻq; yuqorida — faqat qaror va guvohnoma shakllarida yozilgan narsalar.

ks-arrival-question = Qarorda koʻrsatilgan joylashish hududiga qaysi sanada keldingiz (yoki kelasiz)?
ks-result-arrival = Joylashish hududiga kelgan sana: { $arrival }. Kandas guvohnomasini { $latest } dan kechiktirmay kuting.
ks-result-arrival-overdue = Kandas guvohnomasi { $latest } dan kechiktirmay berilishi kerak edi. Agar u boʻlmasa, akimatga murojaat qiling: u yerda shikoyat 5 ish kunida koʻrib chiqiladi.
ks-reason-arrival-effect = Maqom berish haqidagi qaror joylashish hududiga kelgan kuni kuchga kiradi — { $arrival }.
ks-reason-arrival-certificate = Guvohnoma — kelgandan keyin 3 kun ichida: { $one_day ->
        [yes] { $by_working } gacha kuting — ish kunlari boʻyicha ham, kalendar kunlari boʻyicha ham.
       *[no] ishonchli tarzda { $by_working } gacha kuting (ish kunlari); agar kunlar kalendar boʻlsa — { $by_calendar } gacha.
    }
ks-reason-arrival-year = Guvohnoma Qozogʻiston fuqaroligi olingach yoki maqom olingan kundan bir yil oʻtgach kuchini yoʻqotadi. Kelgan kundan yil { $year_ends_early } da tugaydi (ertasidan hisoblansa — { $year_ends } da); guvohnomadagi «gacha» (по) sanasini tekshiring.
ks-note-three-days-dates = Qoidalar bu kalendar kunlarimi yoki ish kunlarimi, aniqlashtirmaydi: { $one_day ->
        [yes] bu yerda ikkala hisob ham bir sanani beradi — { $by_working }. Agar shu sanagacha guvohnoma boʻlmasa, akimatga murojaat qiling.
       *[no] kalendar kunlari boʻyicha muddat — { $by_calendar }, ish kunlari boʻyicha — { $by_working }. Agar kechroq sanagacha ham guvohnoma boʻlmasa, akimatga murojaat qiling.
    }
ks-note-arrival-before-july = Siz 2026-yil 12-iyuldan oldin kelgansiz. Qoidalarning qaror kuchga kirishi va guvohnoma berish haqidagi bandlarining oldingi tahriri bizning manbalarda yoʻq; yuqorida — faqat qaror va guvohnoma shakllarida yozilgan narsalar.
ks-note-extend-later = Maqomni uzaytirish uchun qaytadan boshlang va «Kandas maqomini uzaytirish»ni tanlang.

ks-valid-to-question = Kandas guvohnomangiz qaysi sanagacha amal qiladi? Guvohnomadagi «gacha» (по) sanasini yozing.
ks-result-ext-in-time = Kandas maqomini (статус кандаса) uzaytirishga ariza bera olasiz. Guvohnoma { $valid_to } gacha amal qiladi.
ks-reason-ext-decision = Qaror — 3 ish kuni. Ishonchli: { $decision_by } gacha (hisob { $filed } dan keyin); topshirish kuni bilan — { $early } gacha.
ks-reason-ext-informed = Qaror xabar berish uchun 1 ish kunida xizmat markaziga (ЦОН) yetadi: { $informed_by } gacha. Sizga qachon aytilishi qoidalarda yoʻq.
ks-reason-ext-latest-hours = Topshirish muddati qoidalarda yoʻq. { $valid_to } gacha javob olish uchun { $latest } dan kechiktirmay, ish vaqtida topshiring.
ks-reason-ext-where = Akimatga (9:00–17:30, tushlik 13:00–14:30) yoki xizmat markaziga (ЦОН; du–ju 9:00–18:00, navbatchilari shanbada ham) topshiriladi. Bepul; onlayn yoʻl aytilmagan.
ks-reason-ext-result = Uzaytirish natijasi — akimat qarori (Qoidalarga 4-ilova shaklida).
ks-note-ext-count = 3 ish kunini qaysi kundan hisoblashni qoidalar aytmaydi. Ishonchlisi — topshirilgandan keyingi ish kunidan (yuqorida — ikkala talqin). Kechqurun yoki dam olish kunida topshirilgan ariza qachon qabul qilingan hisoblanishini bu xizmat qoidalari ham aytmaydi; biz — keyingi ish kunida, deb hisoblaymiz.
ks-note-ext-silent = Uzaytirish shartlari, qancha muddatga uzaytirilishi, necha marta uzaytirish mumkinligi va muddat tugashidan necha kun oldin ariza topshirish kerakligi bizning manbalarda koʻrsatilmagan.
ks-note-ext-p22-silent = Sizning sanangiz uchun (2026-yil 12-iyulgacha) qarorni Aholiga xizmat koʻrsatish markaziga (ЦОН) yuborish haqidagi 22-bandning oldingi tahriri bizning manbalarda yoʻq, shuning uchun bot xabar berish muddatini hisoblamaydi.

ks-result-ext-late = Arizani imkon qadar tezroq topshiring: javob guvohnomangiz muddati ({ $valid_to }) tugaganidan keyin kelishi mumkin.
ks-result-ext-late-filed-if = Agar ariza { $filed } da topshirilgan boʻlsa, qaror xizmat markaziga (ЦОН) { $informed_by } dan kechiktirmay yetkaziladi — bu guvohnoma muddati ({ $valid_to }) tugaganidan keyin. Aks holda yangi sanani tanlang: «✏️ Javobni oʻzgartirish».
ks-reason-ext-was-latest-hours = { $valid_to } gacha javob olish uchun { $latest } dan kechiktirmay, ish vaqtida topshirish kerak edi.
ks-note-ext-gap-silent = Ariza koʻrib chiqilayotganda guvohnoma muddati tugasa nima boʻlishi bizning manbalarda aytilmagan.

ks-result-ext-expired = Kandas guvohnomangiz { $valid_to } gacha amal qilgan — ariza topshirish kunidan ham oldin.
ks-reason-ext-subtype = Maqomni uzaytirish — bu xizmatning alohida turi.
ks-note-expired-silent = Guvohnoma muddati tugaganidan keyin maqomni uzaytirish mumkinmi va bu holda nima qilish kerak, biz tayanadigan qoidalar aytmaydi. Uzaytirishga umid qilmang — akimatga murojaat qiling.

ks-documents-ext = Maqomni uzaytirish uchun hujjatlar:
ks-doc-ext-application = Qoidalarga 6-ilova shaklidagi ariza.
ks-note-ext-form-silent = 6-ilova shaklining matni bizning manbalarda yoʻq, qoidalar uzaytirish uchun boshqa hujjatlarni ham aytmaydi. Topshirishdan oldin oʻzingiz bilan nima olishni akimatda aniqlang.
ks-note-ext-refusal-silent = Qoidalar uzaytirishni rad etish asoslarini alohida sanab oʻtmaydi: asoslar roʻyxati maqom berish va kvotaga tegishli. «Davlat va ijtimoiy masʼuliyatli xizmatlar toʻgʻrisida»gi Qonun 19-1-moddasining asoslari butun xizmatga tegishli, lekin bu modda matni bizning manbalarda yoʻq.

## Issue 8: facts that decide the verdict
ks-goal-complaint = Shikoyat: qachon javob berishadi
ks-hours-question = Soat nechada topshirasiz: ish kunida ish vaqtidami — yoki kechqurun, dam olish yoki bayram kunidami (masalan, navbatchi Aholiga xizmat koʻrsatish markazida (ЦОН))?
ks-hours-in = Ish kunida, ish vaqtida
ks-hours-after = Kechqurun, dam olish, bayramda
ks-ethnic-question = Siz etnik qozoqmisiz? Kandas maqomi (статус кандаса) etnik qozoqlarga va ularning oila aʼzolariga beriladi.
ks-ethnic-yes = Ha
ks-ethnic-family = Yoʻq, qozoqning oila aʼzosiman
ks-ethnic-family-kazakh = Ha, va qozoqning oila aʼzosiman
ks-ethnic-no = Yoʻq
ks-result-not-kazakh = Kandas maqomi (статус кандаса) sizga mos emas: u etnik qozoqlarga va ularning oila aʼzolariga beriladi.
ks-reason-only-kazakhs = Kandas maqomiga ariza beruvchilar — etnik qozoq va uning oila aʼzolari; oila uning arizasida.
ks-note-other-services = Qozogʻistonda yashash uchun vaqtincha yashashga ruxsatnoma (разрешение на временное проживание) yoki yashash guvohnomasini (вид на жительство) koʻring — pastdagi tugmalar.
ks-link-temporary = Vaqtincha yashashga ruxsatnoma
ks-link-permanent = Yashash guvohnomasi
ks-reason-family-in-application = Ariza «oʻzim va oila aʼzolarim uchun» topshiriladi: har biri uchun qarindoshlik, fuqarolik va millat koʻrsatiladi.
ks-result-family-member-other = Boshqa millatdagi oila aʼzosiga kandas maqomi (статус кандаса) umuman berilmasligi mumkin: taʼrif «qozoq millatiga mansub» oila aʼzolari haqida gapiradi. Boshqa talqinda etnik qozoq sizni oʻz arizasiga kiritadi. Topshirishdan oldin aniqlang: 1414 / egov.kz.
ks-reason-family-strict = Qatʼiy talqin: kandas — etnik qozoq va (yoki) uning «qozoq millatiga mansub» oila aʼzolari; boshqa millatdagi oila aʼzosiga maqom berilmaydi.
ks-reason-family-lenient = Yumshoq talqin: ariza «oʻzim va oila aʼzolarim uchun» topshiriladi, har birining millati koʻrsatiladi, qozoq boʻlishi talab qilinmaydi — siz qozoqning arizasiga kirasiz.
ks-note-family-separate-silent = Oila aʼzosi etnik qozoqdan alohida ariza bera oladimi, qoidalar aytmaydi.
ks-result-family-member-kazakh = Qozoq millatiga mansub oila aʼzosi kandas taʼrifiga mos keladi (agar ilgari Qozogʻiston fuqarosi boʻlmagan boʻlsa). Odatda etnik qozoq sizni «oʻzim va oila aʼzolarim uchun» arizasiga kiritadi; oʻz arizangizni ham topshirish mumkin — pastdagi tugma.
ks-reason-family-kazakh-own = Siz oʻzingiz ham etnik qozoqsiz, ariza beruvchi esa — «etnik qozoqlar orasidan boʻlgan jismoniy shaxs»: oʻz arizangizni oʻzingiz ham topshirishingiz mumkin — oʻzingiz va oilangiz uchun.
ks-link-apply-own = Oʻz arizamni topshirish
ks-children-question = Arizaga bolalarni kiritasizmi? Kandas guvohnomasiga faqat voyaga yetmaganlar yoziladi.
ks-children-none = Arizada bolalar yoʻq
ks-children-minors = Ha, hammasi voyaga yetmagan
ks-children-adults = Voyaga yetganlari bor
ks-id-until-question = Pasportingiz (shaxsiy guvohnomangiz) qaysi sanagacha amal qiladi? Agar arizada oila aʼzolari boʻlsa, ularning barcha hujjatlaridagi eng erta sanani yozing.
ks-block-proof = Tayyor emas: millat haqidagi hujjatlar yoki Komissiya tavsiyasi kerak — ularsiz toʻplam toʻliq emas.
ks-block-id = Tayyor emas: hujjat { $until } gacha amal qiladi, ariza esa { $accepted } da qabul qilinadi. Topshirishdan oldin hujjatni almashtiring.
ks-reason-who = Siz etnik qozoqsiz va Qozogʻiston fuqarosi boʻlmagansiz: kandas maqomi (статус кандаса) — aynan shunday ariza beruvchilar uchun.
ks-reason-decision-readings = Roʻyxatga olingandan keyin 30 ish kuni. Ishonchli: { $decision_by } gacha (roʻyxatga olish { $registered }); agar topshirilgan kuni roʻyxatga olinsa — { $early } gacha.
ks-reason-decision-time-estimate = Qaror — akimatda roʻyxatga olingandan boshlab 30 ish kuni; { $registered } da roʻyxatga olinsa — { $decision_by } gacha.
ks-reason-children-minors = Voyaga yetmagan bolalar kandas guvohnomangizga yoziladi.
ks-doc-children-minors = Voyaga yetmagan bolalar: ularning hujjatlari nusxalari notarial tarjimasi bilan va millat haqidagi hujjat (masalan, tugʻilganlik haqidagi guvohnoma).
ks-doc-children-minors-commission = Voyaga yetmagan bolalar: ularning hujjatlari nusxalari notarial tarjimasi bilan. Agar Komissiya tavsiyasida bolalar koʻrsatilmagan boʻlsa, ularning millati haqidagi hujjatni ham oling (masalan, tugʻilganlik haqidagi guvohnoma): qoidalar tavsiya boʻlganda undan ozod qiladi, lekin tavsiya kimniki boʻlishi kerakligini aytmaydi.
ks-doc-children-adults = Voyaga yetgan bolalar: ularning hujjatlari nusxalari notarial tarjimasi bilan. Ular guvohnomaga yozilmaydi — ularga oʻz arizasi kerakmi, soʻrang.
ks-reason-grounds-person = Maqom berilmaydi: «Aholi migratsiyasi toʻgʻrisida»gi Qonun 20-moddasi shartlariga mos kelmaslik, ishonchsiz hujjatlar, huquqbuzarliklar yoki ekstremizm haqida maʼlumotlar.
ks-reason-grounds-other = Shuningdek: shaxsiy maʼlumotlarga kirishga rozilik yoʻq; hududda kvota yoʻq yoki taklif qilingan joydan voz kechish; Davlat xizmatlari toʻgʻrisidagi Qonunning 19-1-moddasi.
ks-link-complaint = Shikoyat: qachon javob berishadi
ks-complaint-date-question = Shikoyatingiz qaysi sanada roʻyxatga olingan? Roʻyxatga olish sanasini yozing (xabarnomadan yoki nusxadagi belgidan).
ks-result-complaint = Akimatga shikoyatga javob — { $answer_by } dan kechiktirmay.
ks-reason-complaint-answer = Roʻyxatga olingan kundan ({ $registered }) keyin 5 ish kuni, shu kunning oʻzi hisoblanmaydi: javob { $answer_by } gacha.
ks-note-complaint-gov-corp-silent = Aholiga xizmat koʻrsatish markazi (ЦОН) xodimlari ustidan shikoyatga javob muddati bizning manbalarda koʻrsatilmagan.
ks-note-complaint-law-silent = Qoidalar «Davlat va ijtimoiy masʼuliyatli xizmatlar toʻgʻrisida»gi Qonun 25-moddasining 2-bandiga havola qiladi; uning matni va sudga shikoyat qilish tartibi bizning manbalarda yoʻq.

## № 222 buyruq kuchga kirishidan oldingi sana va 2026-yil 12-iyulgacha boʻlgan sana
ks-result-old-rules = { $date } sanasi uchun bot javob bera olmaydi: bot javoblari asoslangan № 222 buyruq { $earliest } dan oldin kuchga kira olmagan, Qoidalarning oldingi tahriri esa bizning manbalarda yoʻq.
ks-reason-order-in-force = № 222 buyruq { $signed } da imzolangan va Adliya vazirligida { $registered } da roʻyxatdan oʻtgan; u birinchi rasmiy eʼlon qilingan kundan keyin oʻn kalendar kun oʻtgach amalga kiritiladi. Biz uni roʻyxatdan oʻtishidan oldin eʼlon qilib boʻlmas edi, deb hisoblaymiz; u holda buyruq { $earliest } dan oldin amal qila olmaydi — bu bizning hisobimiz: eʼlon qilingan sana bizning manbalarda yoʻq.
ks-note-old-rules-silent = № 222 buyruqqacha amal qilgan Qoidalar matni bizning manbalarda yoʻq, shuning uchun bot bu sana uchun shartlar va muddatlarni aytmaydi.
ks-note-entry-unknown = № 222 buyruq birinchi rasmiy eʼlon qilinganidan keyin oʻn kalendar kun oʻtgach amalga kiritiladi, eʼlon sanasi esa bizning manbalarda yoʻq. Agar sizning sanangizda u hali amal qilmagan boʻlsa, bizda yoʻq Qoidalarning oldingi tahriri qoʻllanilgan.
ks-result-before-july = Topshirish sanangiz ({ $date }) — 2026-yil 12-iyuldan oldin: unga qaysi qoidalar qoʻllanishini bot aniq ayta olmaydi. Akimatda aniqlang; quyida — maʼlum narsalar.

## Uzaytirish: fuqarolik va oxirgi kuni ish vaqtidan tashqari topshirish
ks-ext-valid-to-question = Kandas guvohnomangiz qaysi sanagacha amal qiladi? Guvohnomadagi «gacha» (по) sanasini yozing. Agar Qozogʻiston fuqaroligini olgan boʻlsangiz, quyidagi tugmani bosing.
ks-link-ext-citizen = Menda QR fuqaroligi bor
ks-result-ext-citizen = Qozogʻiston fuqaroligi olingach, kandas guvohnomasi kuchini yoʻqotadi. Shundan keyin maqomni uzaytirish mumkinmi, qoidalar aytmaydi — akimatda aniqlang.
ks-note-ext-citizen-silent = Fuqarolik olingandan keyin kandas maqomi (статус кандаса) bilan nima boʻlishi va uni uzaytirish kerakmi (yoki mumkinmi), bizning manbalarda aytilmagan.
ks-result-ext-last-day = Guvohnoma amal qilayotganda ({ $valid_to } gacha), yaxshisi ish vaqtida topshiring: kechqurun yoki dam olish kunida topshirilgan ariza faqat { $accepted } da qabul qilingan hisoblanishi mumkin.
ks-reason-ext-last-day = Navbatchi ЦОН ish kunlari 20:00 gacha, shanba kuni 13:00 gacha ishlaydi; u yerda topshirilgan ariza oʻsha kunga hisoblanadimi, qoidalar aytmaydi. Yakshanba va bayramda qoidadagi usullar yoʻq: oxirgi ish kunida topshiring va akimatda yoki 1414 dan aniqlang.

## Oʻtgan sanalar: taxminiy muddat, qarorning ЦОН ga yetishi, 2026-yil 12-iyuldan oldingi sana; topshirish uchun kun qolmagan
ks-result-assign-estimate-filed-if = Agar ariza { $filed } da topshirilgan boʻlsa, qaror — taxminan { $decision_by } gacha: muddat akimatda roʻyxatga olingan kundan hisoblanadi, bu sana esa bizga nomaʼlum. Aks holda yangi sanani tanlang: «✏️ Javobni oʻzgartirish».
ks-result-assign-estimate-overdue = Qaror taxminan { $date } gacha kutilgan edi, lekin muddat akimatda roʻyxatga olingan kundan hisoblanadi, bu sana esa bizga nomaʼlum. Uni ariza topshirgan joyingizda yoki 1414 orqali bilib oling; undan beri 30 ish kuni oʻtgan boʻlsa — akimatga shikoyat qiling.
ks-result-before-july-overdue = Ariza { $filed } da — { $switch } dan oldin topshirilgan. Oʻtish davri tahririga koʻra qaror { $date } dan kechiktirmay kelishi kerak edi; u qoʻllanganmi, bot tasdiqlay olmaydi. Qaror boʻlmasa, akimatda yoki 1414 orqali aniqlang.
ks-result-ext-decided-if = Agar ariza { $filed } da topshirilgan boʻlsa, qaror { $decision_by } dan kechiktirmay qabul qilinishi kerak edi; xizmat markaziga (ЦОН) u { $informed_by } dan kechiktirmay yetkaziladi. Aks holda yangi sanani tanlang: «✏️ Javobni oʻzgartirish».
ks-result-ext-no-day-left = Guvohnoma { $valid_to } gacha amal qiladi, lekin u tugaguncha arizalar qabul qilinadigan kun qolmadi: { $filed } da topshirilgan ariza faqat { $accepted } da qabul qilingan hisoblanishi mumkin — muddat tugaganidan keyin.
ks-reason-ext-no-day-left = Akimat arizalarni 9:00 dan 17:30 gacha, Aholiga xizmat koʻrsatish markazi (ЦОН) — du–ju, navbatchi markazlar shanba kuni ham 13:00 gacha qabul qiladi, bayram va dam olish kunlaridan tashqari. Yakshanba va bayramda qoidadagi topshirish usullari yoʻq.

## Keyinroq qayta ochilgan suhbat: guvohnoma muddati tugagan, kelgan kundan beri bir yil oʻtgan
ks-result-ext-no-day-left-ended = Kandas guvohnomasi { $valid_to } gacha amal qilgan va muddati tugadi: { $filed } da topshirilgan ariza faqat { $accepted } da qabul qilingan deb hisoblanishi mumkin edi — bu guvohnoma muddati tugaganidan keyin.
ks-result-arrival-year-over = Agar kelgan kundan ({ $arrival }) hisoblansa, kandas maqomining (статус кандаса) bir yillik muddati { $year_ends } da tugagan: guvohnoma maqom olingan kundan keyin bir yil oʻtgach amal qilishdan toʻxtaydi. Guvohnomangizdagi «gacha» (по) sanasini tekshiring; agar u oʻtgan boʻlsa, akimatga murojaat qiling — guvohnoma muddati tugaganidan keyin maqomni uzaytirish mumkinmi, qoidalar aytmaydi.

## 2026-12 auditi: /track, eslatmalar va /status da topshirish usuli; voyaga yetgan bolalar
ks-track-request-question = Qaysi arizani va qanday topshirdingiz? Qaror sanasi qanchalik aniq boʻlishi topshirish usuliga bogʻliq. Konsullik — «elchixonada» tugmasi.
ks-track-request-online = Maqom berish: enbek.kz, ilova
ks-track-request-gov-corp = Maqom berish: ЦОН orqali
ks-track-request-foreign = Maqom berish: elchixonada
ks-track-request-egov = Maqom berish: egov.kz orqali
status-ks-application-estimate = Ariza topshirildi: qaror — taxminan { $decision_by } gacha. Muddat ariza akimatda roʻyxatga olingan kundan hisoblanadi, bu sana esa bizga nomaʼlum.
rem-ks-decision-estimate = Ariza boʻyicha qaror taxminan { $decision_by } gacha kutiladi: 30 ish kuni ariza akimatda roʻyxatga olingan kundan hisoblanadi, bu sana esa bizga nomaʼlum. Qaror boʻlmasa, roʻyxatga olingan sanani ariza topshirgan joyingizda yoki 1414 orqali bilib oling.
ks-block-children-adults = Topshirishdan oldin aniqlang: voyaga yetgan bolalar kandas guvohnomasiga yozilmaydi, ular maqomni qanday olishini esa qoidalar aytmaydi. { $channel ->
    [foreign] Ariza boʻyicha qaror — taxminan { $decision_by } gacha.
    [gov-corp] Ariza boʻyicha qaror — taxminan { $decision_by } gacha.
    [egov] Ariza boʻyicha qaror — taxminan { $decision_by } gacha.
   *[other] Ariza boʻyicha qaror — { $decision_by } dan kechiktirmay.
}
ks-blocked-children-adults-consequence = Ariza «oʻzim va oila aʼzolarim uchun» topshiriladi, lekin guvohnomaga faqat voyaga yetmaganlar yoziladi. Voyaga yetgan bolalar sizning arizangizga kiradimi yoki ularga alohida ariza kerakmi, qoidalar aytmaydi. Buni akimatda yoki 1414 orqali aniqlagach topshiring.
