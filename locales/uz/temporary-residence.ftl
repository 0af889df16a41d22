## Vaqtincha yashash uchun ruxsatnoma (dialogs/trees/temporary-residence.yaml daraxti).

temporary-residence-title = Vaqtincha yashash uchun ruxsatnoma (RVP)

trp-topic-question = Sizni nima qiziqtiradi?
trp-topic-new = RVP olish
trp-topic-filed = Arizani topshirib boʻldik
trp-topic-duplicate = RVP yoʻqolgan yoki buzilgan
trp-topic-term = Muddat, uzaytirish, toʻlov

## Topshirib boʻldingiz: keyin nima

trp-filed-channel-question = Vaqtincha yashash uchun ruxsatnoma (разрешение на временное проживание) arizasini qayerga topshirdingiz?
trp-filed-date-question = Arizani qaysi sanada topshirdingiz? Sanani yozing.
trp-hours-question = Ish vaqtidami? Ish kuni tugagandan keyin, dam olish yoki bayram kunida topshirilgan ariza keyingi ish kunida qabul qilinadi.
trp-hours-in = Ish vaqtida
trp-hours-after = Ishdan keyin yoki dam olishda

trp-result-filed = Ariza boʻyicha qaror — { $decision_by } dan kechiktirmay.
trp-reason-decision = Ariza { $accepted } da qabul qilingan. Muddat — 1 ish kuni, qabul kuni hisoblanmaydi: qaror { $decision_by } dan kechiktirmay.
trp-reason-decision-moved = { $filed } da ish vaqtidan tashqari topshirilgan: { $accepted } da qabul qilingan. Muddat — 1 ish kuni, qaror { $decision_by } dan kechiktirmay.
trp-reason-decision-if-filed = Agar ariza { $accepted } da qabul qilingan boʻlsa: muddat — 1 ish kuni, qabul kuni hisoblanmaydi, qaror { $decision_by } dan kechiktirmay.
trp-reason-decision-moved-if-filed = Agar { $filed } da ish vaqtidan tashqari topshirgan boʻlsangiz, u { $accepted } da qabul qilingan: muddat — 1 ish kuni, qaror { $decision_by } dan kechiktirmay.
trp-reason-stay-ended-since = Boʻlish muddati { $until } gacha ruxsat etilgan — bu kun oʻtdi. Agar ariza ungacha topshirilmagan boʻlsa, muddat tugagach RVP hujjatlari faqat ikki holatda qabul qilinadi: dalolatnomali tizim nosozligi yoki 10 sutkagacha 517-modda. Yangi sanani bot tekshiradi.
trp-reason-checks = Kirish va chiqish, sudlanganlik, qidiruv, oldingi boʻlish davridagi ijro etilmagan jazolar, IIN, yashash guvohnomasiga ariza, barmoq izlari tekshiriladi (ular politsiyada topshiriladi).
trp-reason-delivery-police = Tayyor RVPni politsiya qabul qiluvchi tomonga beradi.
trp-reason-delivery-gov-corp = Tayyor RVPni Aholiga xizmat koʻrsatish markazi (ЦОН) oʻz jadvali boʻyicha beradi — sizga shaxsiy guvohnoma yoki raqamli hujjat boʻyicha yoki vakolatlari koʻrsatilgan ishonchnoma boʻyicha vakilingizga.
trp-reason-delivery-egov = Natijaning holati va sanasi egov.kz dagi shaxsiy kabinetda koʻrinadi; RVP ham oʻsha yerga keladi.
trp-reason-refusal-notice = Rad etilganda rad etish haqida asoslantirilgan xabarnoma beriladi.
trp-note-day-not-counted-reading = «Qabul kuni muddatga kirmaydi» qoidasi Aholiga xizmat koʻrsatish markazi (ЦОН) uchun yozilgan. Politsiya va egov.kz uchun ham shunday hisoblaymiz: sana kechroq va ishonchliroq chiqadi.
trp-note-after-hours-reading = Keyingi ish kunida qabul qilish qoidasi egov.kz orqali topshirish haqidagi bandda yozilgan. Politsiya va Aholiga xizmat koʻrsatish markazi (ЦОН) uchun ham uni qoʻllaymiz.
trp-note-refusal-grounds-silent = Rad etish asoslari xizmatga qoʻyiladigan talablarning 9-bandida (Qoidalarga 1-1-ilova). Bu ilova bizning manbalarda yoʻq.
trp-note-complaint-silent = Rad javobini qayerga va qanday muddatda shikoyat qilishni Qoidalar aytmaydi.
trp-note-term-silent = RVP qancha muddatga berilishini Qoidalar aytmaydi: muddat boʻlish maqsadiga bogʻliq.

## Arizani kim topshiradi

trp-host-question = Vaqtincha yashash uchun ruxsatnoma (разрешение на временное проживание) arizasini chet ellikning oʻzi emas, qabul qiluvchi tomon topshiradi. Sizda u kim?
trp-host-citizen = Qozogʻiston fuqarosi
trp-host-resident = Yashash guvohnomasi bor
trp-host-company = Qozogʻistondagi tashkilot
trp-host-special = AXMM yoki akimat
trp-host-special-question = Maxsus qabul qiluvchi tomon kim?
trp-host-aifc = AXMM (investor-rezidentlar)
trp-host-trafficking = Akimat (odam savdosi qurbonlari)
trp-host-rvp-only = Faqat RVPsi bor chet ellik
trp-host-self = Hech kim, oʻzim topshiraman

trp-host-role-question = Qabul qiluvchi tomon chet ellikni taklif qiladimi yoki unga manzilning roʻyxatga olish kodi (РКА) bor uy-joy beradimi? Bittasi yetarli.
trp-host-role-invites = Taklif qiladi
trp-host-role-housing = RKA bor uy-joy beradi
trp-host-role-neither = Ikkalasi ham emas

trp-result-not-host-role = Bunday shaxs qabul qiluvchi tomon emas: u RVPga ariza topshira olmaydi.
trp-reason-host-role = Qabul qiluvchi tomon immigrantni taklif qiladi va (yoki) unga RKA bor uy-joy beradi.
trp-reason-host-files = Arizani chet ellikning oʻzi emas, qabul qiluvchi tomon topshiradi.
trp-note-law-6-1-silent = Qoidalar «Aholi migratsiyasi toʻgʻrisida»gi Qonunning 6-1-moddasiga havola qiladi, uning matni bizning manbalarda yoʻq. Qonunda boshqa variantlar bormi, bot ayta olmaydi.
trp-link-back-host = Boshqa tomonni tanlash

trp-result-not-host-temporary = Faqat RVPsi bor chet ellik qabul qiluvchi tomon boʻla olmaydi va boshqa odam uchun ariza topshira olmaydi.
trp-reason-host-definition = Qabul qiluvchi tomon — Qozogʻiston fuqarosi, yashash guvohnomasi bor chet ellik yoki Qozogʻistondagi tashkilot.
trp-link-permanent = Yashash guvohnomasi

trp-result-not-host-self = Chet ellikning oʻzi RVPga ariza topshirmaydi: buni qabul qiluvchi tomon qiladi.
trp-reason-host-eds = Hatto egov.kz da ham arizani qabul qiluvchi tomonning ERIsi (ЭЦП) imzolaydi.
trp-link-kandas = Kandas maqomi

## Maxsus qabul qiluvchi tomonlar

trp-aifc-question = Astana xalqaro moliya markazining (МФЦА) investor-rezidenti va uning oilasi Qozogʻiston bilan vizasiz kirish toʻgʻrisidagi ratifikatsiya qilingan shartnomasi bor davlatdan kelganmi?
trp-unsure = Bilmayman
trp-aifc-host-info = Bunday davlatlardan kelgan AXMM (МФЦА) investor-rezidentlari va ularning oilalari uchun qabul qiluvchi tomon — AXMM maʼmuriyati. Arizani u topshiradi.
trp-note-aifc-reading = Vizasiz davlat sharti faqat oilagami yoki investorga hammi, tushunarsiz. Biz qatʼiy talqinni olamiz: hammasi oʻsha yerdan kelgan.
trp-result-aifc-silent = Sizning holatingizda qabul qiluvchi tomon kim ekanini Qoidalar aytmaydi.
trp-reason-aifc-host = Qoidalar AXMM maʼmuriyatini vizasiz kirish toʻgʻrisidagi shartnomasi bor davlatlardan kelgan investor-rezidentlar va ularning oilalari uchun qabul qiluvchi tomon deb ataydi; boshqalar haqida aytmaydi.
trp-note-aifc-visa-silent = Boshqa davlatlardan kelganlar haqida Qoidalar jim; shartnomalar roʻyxati bizning manbalarda yoʻq.

trp-trafficking-info = Odam savdosi qurbonlari uchun qabul qiluvchi tomon — akimat, arizani u topshiradi. RVP odam maxsus ijtimoiy xizmatlarni olishi uchun beriladi. Buning uchun jinoyat ishi kerak emas.
trp-note-trafficking-proof-silent = RVP uchun qurbon maqomi qanday hujjatlar bilan tasdiqlanishi bizning manbalarda yoʻq. Qoidalar faqat odam savdosi qurboni shafqatsiz muomala mavjudligini baholash mezonlari (Критерии оценки наличия жестокого обращения) boʻyicha aniqlanishini aytadi: bu IIV va boshqa vazirliklarning № 528 qoʻshma buyrugʻi; ularning matni bizda yoʻq.

## Ruxsatnoma kim uchun

trp-person-question = Ruxsatnoma kim uchun kerak?
trp-person-adult = Katta yoshli uchun
trp-person-under16 = 16 yoshgacha bola uchun
trp-person-turned16 = Bola 16 yoshga toʻldi

trp-result-under16 = 16 yoshgacha bola uchun Qoidalarda alohida tartib yoʻq.
trp-reason-sixteen-rule = Maxsus muddat — faqat 16 yosh Qozogʻistonda toʻlgan boʻlsa: 10 kalendar kundan kechiktirmay topshirish kerak.
trp-note-under16-silent = 16 yoshgacha bolaga oʻz RVPsi kerakmi va qanday hujjatlar kerak, bizning manbalar aytmaydi. Topshirishdan oldin aniqlang.

trp-sixteen-where-question = Bola qayerda 16 yoshga toʻldi (yoki toʻladi)? 10 kunlik muddatni Qoidalar faqat bu Qozogʻistonda boʻlsa belgilaydi.
trp-sixteen-where-kz = Qozogʻistonda
trp-sixteen-where-abroad = Chet elda

trp-result-sixteen-abroad = Agar 16 yosh chet elda toʻlgan boʻlsa, Qoidalarda maxsus muddat yoʻq.
trp-note-sixteen-abroad-silent = 10 kun haqidagi qoida faqat Qozogʻistonda 16 yoshga toʻlganlarga tegishli. 16 yosh chet elda toʻlgan boʻlsa, qachon topshirishni bizning manbalar aytmaydi: imkon qadar erta topshiring.

trp-birthday16-question = Bola qaysi sanada 16 yoshga toʻldi (yoki toʻladi)?

trp-result-sixteen-deadline = Bola uchun arizani { $safe_by } gacha (shu kun ham kiradi), ish vaqtida topshiring.
trp-reason-sixteen-dates = 16 yosh — { $birthday }. Ishonchli: { $safe_by } gacha (tugʻilgan kun — 1-kun). Ikkinchi talqin boʻyicha — { $latest } gacha.
trp-reason-sixteen-day-off = { $safe_by } — dam olish kuni: ariza faqat keyingi ish kunida qabul qilinadi. { $last_wd } gacha topshiring.
trp-reason-sixteen-channels = Politsiyaga, Aholiga xizmat koʻrsatish markazi orqali yoki egov.kz da topshirish mumkin.
trp-note-sixteen-reading = «Paytdan boshlab 10 kalendar kundan kechiktirmay»ni keyingi kundan ({ $latest }) yoki tugʻilgan kunning oʻzidan ({ $safe_by }) hisoblash mumkin. Ertaroq sanani maslahat beramiz.
trp-note-sixteen-before-birthday = 16 yoshga toʻlishidan oldin topshirish mumkinmi, Qoidalar aytmaydi: muddat 16 yosh toʻlgan paytdan hisoblanadi.
trp-result-sixteen-last-day = { $when ->
    [none-left] Muddat tugashigacha ({ $latest }) ish kuni qolmadi: hozir topshirilgan ariza { $next_wd } da qabul qilinadi. U ulguradimi, Qoidalar aniqlashtirmaydi — politsiyada yoki 1414 dan aniqlang.
    [safe-off] Ishonchli muddatgacha ({ $safe_by }) ish kuni qolmadi; ikkinchi talqin boʻyicha oxirgi kun — { $latest }. Arizani shu kuni, ish vaqtida topshiring.
   *[passed] Ishonchli muddat oʻtdi; ikkinchi talqin boʻyicha oxirgi kun — { $latest }. Darhol, ish vaqtida topshiring.
}
trp-reason-sixteen-today-day-off = Bugun dam olish kuni: ariza keyingi ish kunida qabul qilinadi. U ulguradimi, Qoidalar aniqlashtirmaydi.

trp-result-sixteen-late = Bola uchun muddat { $latest } da tugagan.
trp-note-sixteen-late-silent = Muddatdan keyin topshirilsa nima boʻlishini Qoidalar aytmaydi. Kechiktirmang: imkon qadar tezroq politsiyaga murojaat qiling.

trp-block-sixteen-late = Kech boʻlishi mumkin: 16 yoshga toʻlgan bola uchun ishonchli muddat — { $safe_by }, ikkinchi talqin boʻyicha — { $latest }. Ariza { $accepted } da qabul qilinadi.
trp-blocked-sixteen-consequence = Muddatdan keyin topshirilsa nima boʻlishini Qoidalar aytmaydi. Ertaroq topshiring yoki topshirishdan oldin politsiyada aniqlang.
trp-block-sixteen-early = Topshirishdan oldin aniqlang: bola 16 yoshga { $birthday } da toʻladi, ariza esa undan oldin — { $accepted } da qabul qilinadi. Muddat 16 yosh toʻlgandan hisoblanadi: ishonchli — { $birthday } dan { $safe_by } gacha.
trp-block-passport = Tayyor emas: chet ellikning pasporti { $until } gacha amal qiladi, ariza esa { $accepted } da qabul qilinadi. Topshirishdan oldin pasportni uzaytiring.
trp-reason-passport-ok = Pasport { $until } gacha amal qiladi — qabul kuni ({ $accepted }) uning muddati oʻtmagan.

## Boʻlish muddati

trp-stay-question = Chet ellikka Qozogʻistonda qaysi sanagacha boʻlishga ruxsat etilgan? Agar muddat ariza qabul qilinadigan kundan oldin tugasa, RVP hujjatlari faqat ikki holatda qabul qilinadi.
trp-block-stay = Tayyor emas: boʻlishga { $until } gacha ruxsat etilgan, ariza esa { $accepted } da qabul qilinadi. Muddat tugamasdan topshiring.
trp-blocked-stay-consequence = Muddat tugagach RVP hujjatlari faqat ikki holatda qabul qilinadi: oʻz vaqtida murojaat qilingan, lekin muddat tizim nosozligidan tugagan va ЦОН hamda politsiya dalolatnomasi bor; yoki 10 sutkagacha chiqib ketmagani uchun 517-modda boʻyicha javobgarlikka tortilgan.
trp-block-overstay-517 = Topshirishdan oldin aniqlang: boʻlish muddati { $until } da tugagan, ariza esa { $accepted } da qabul qilinadi. 517-modda istisnosi 10 sutkagacha chiqib ketmaslik uchun; oxirgi kun: ishonchli — { $safe_last }, boshqa talqinda — { $latest }.
trp-blocked-overstay-517-consequence = Bu 10 sutka qaysi kungacha hisoblanishini Qoidalar aniq aytmaydi. Qabul kunigacha boʻlsa — muddat oʻtib ketgan, hujjatlar qabul qilinmaydi. Politsiyada aniqlang.
trp-block-ict-ended = Tayyor emas: oʻtkazish { $start } dan 3 yil va 1 yil uzaytirishdan oshmaydi — { $ext_end } gacha (boshlanish kuni hisoblanmasa — { $ext_outer } gacha), ariza esa { $accepted } da qabul qilinadi.
trp-blocked-ict-ended-consequence = Shundan keyin bu endi korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) emas: RVP uchun boshqa maqsad kerak. 1414 dan aniqlang.
trp-block-ict-boundary = Topshirishdan oldin aniqlang: oʻtkazish { $start } dan 3 yil va 1 yil uzaytirishdan oshmaydi — ishonchli { $ext_end } gacha, boshlanish kuni hisoblanmasa — { $ext_outer } gacha. Ariza { $accepted } da qabul qilinadi.
trp-blocked-ict-boundary-consequence = Boshlanish kuni muddatga kiradimi, Qoidalar aytmaydi. Agar kirsa, muddat oʻtib ketgan va bu korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) emas. Topshirishdan oldin 1414 dan aniqlang.
trp-block-ict-contract-ended = Topshirishdan oldin aniqlang: shartnoma { $end } da tugagan, ariza esa { $accepted } da qabul qilinadi. Oʻtkazish faqat shartnoma uzaytirilsa davom etadi: 1 yilga — { $ext_near } gacha (3 + 1 yil chegarasi — { $ext_end }).
trp-blocked-ict-contract-ended-consequence = Shartnoma uzaytirilmasa, bu endi korporatsiya ichidagi oʻtkazish emas. Avval 1414 dan aniqlang.
trp-block-ict-extension-over = Topshirishdan oldin aniqlang: shartnoma { $end } da tugagan, ariza esa { $accepted } da qabul qilinadi. Agar uzaytirish shartnoma muddatiga bir yil qoʻshish boʻlsa (biz shunday talqin qilamiz), oʻtkazish { $ext_near } da tugagan. Faqat «3 + 1 yil chegarasi» talqinida u { $ext_end } gacha davom etishi mumkin — shartnoma uzaytirilgan boʻlsa.
trp-blocked-ict-extension-over-consequence = Bizning talqinimizda bu endi korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) emas: RVP uchun boshqa maqsad kerak. Topshirishdan oldin 1414 dan aniqlang.
trp-block-under16 = Topshirishdan oldin aniqlang: 16 yoshgacha bola uchun Qoidalarda alohida tartib yoʻq. Ariza qabul qilinsa — qaror { $decision_by } dan kechiktirmay.
trp-blocked-under16-consequence = Bolaga oʻz RVPsi kerakmi va u uchun qanday hujjatlar kerak, Qoidalar aytmaydi. Buni politsiyada yoki 1414 dan aniqlagach topshiring.

trp-overstay-question = Agar boʻlish muddati tugagan boʻlsa, RVP hujjatlari faqat ikki holatda qabul qilinadi. Sizda qaysi biri?
trp-overstay-failure = Tizim nosozligi, dalolatnoma bor
trp-overstay-517 = 517-modda, 10 sutkagacha
trp-overstay-over-10 = 10 sutkadan koʻp
trp-overstay-other = Boshqa

trp-overstay-failure-question = Bu istisno uchun hammasi birga kerak: RVP uchun oʻz vaqtida murojaat qilingan, boʻlish muddati axborot tizimlaridagi nosozlik tufayli tugagan va Aholiga xizmat koʻrsatish markazi (ЦОН) hamda politsiya imzolagan nosozlik haqida dalolatnoma bor. Hammasi shundaymi?
trp-overstay-failure-yes = Ha, hammasi shunday
trp-overstay-failure-no = Yoʻq yoki hammasi emas
trp-reason-overstay-failure-ok = Boʻlish muddati tugagan, lekin hujjatlar qabul qilinadi: oʻz vaqtida murojaat qilingan, muddat tizim nosozligi tufayli tugagan, dalolatnoma bor.
trp-reason-overstay-517-ok = Boʻlish muddati { $until } da tugagan, lekin hujjatlar 517-modda boʻyicha istisno sifatida qabul qilinadi: chiqib ketmaslik 10 sutkadan oshmagan.

trp-overstay-accepted-info = Sizning holatingizda RVP hujjatlarini qabul qilishlari mumkin: politsiyada, Aholiga xizmat koʻrsatish markazida (ЦОН) yoki egov.kz da.
trp-note-overstay-failure-act = Aholiga xizmat koʻrsatish markazi (ЦОН) va politsiya imzolagan nosozlik haqida dalolatnoma kerak, siz esa oʻz vaqtida murojaat qilgan boʻlishingiz kerak. Dalolatnomasiz hujjatlar qabul qilinmaydi.
trp-note-overstay-ten-days = Muddat tugagandan keyin «oʻn sutkadan oshmagan»: ishonchlisi — muddatning oxirgi kunining oʻzini birinchi sutka deb hisoblash, unda chegara bir sutka oldin keladi. Boshqa talqinda oxirgi qonuniy kundan keyingi 10-sutka hali kiradi. Aynan 10 sutka boʻlsa, topshirishdan oldin politsiyada aniqlang.
trp-note-overstay-not-grace = Bu imtiyozli muddat emas: gap Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning (КоАП) 517-moddasi boʻyicha javobgarlikka tortilganlar haqida.
trp-result-overstay-517-past = Topshirishdan oldin aniqlang: boʻlish muddati { $until } da tugagan. 517-modda istisnosi 10 sutkagacha chiqib ketmaslik uchun; oxirgi kun: ishonchli — { $safe_last }, boshqa talqinda — { $latest }. Ishonchli sana oʻtib ketdi: bu sutkalar qabul kunigacha hisoblansa, hujjatlar qabul qilinmaydi.

trp-result-overstay-refused = Sizning holatingizda RVP hujjatlari qabul qilinmaydi: qoidadan faqat ikkita istisno bor.
trp-reason-overstay-only-two = Quyidagi ikki holatdan tashqari hujjatlarni qabul qilishga yoʻl qoʻyilmaydi.
trp-reason-overstay-failure = Oʻz vaqtida murojaat qilingan, lekin muddat tizimlardagi nosozlik tufayli tugagan va nosozlik haqida dalolatnoma bor.
trp-reason-overstay-517 = Muddatdan keyin 10 sutkadan koʻp boʻlmagan vaqt chiqib ketmagani uchun Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning (КоАП) 517-moddasi boʻyicha javobgarlikka tortilgan.
trp-note-overstay-scope = Biz bu cheklovni faqat boʻlish muddati tugaganlar uchun deb tushunamiz: oddiy arizalar umumiy qoidalar boʻyicha qabul qilinadi.

## Boʻlish maqsadi

trp-purpose-question = Boʻlish maqsadi qanday? Hujjatlar shunga bogʻliq.
trp-purpose-family = Oila
trp-purpose-ict = Korporatsiya ichidagi oʻtkazish
trp-purpose-household = Uy xoʻjaligida ishlash
trp-purpose-other = Boshqa maqsad

trp-family-question = Chet ellik qabul qiluvchi tomonga kim boʻladi?
trp-family-child = Farzandi
trp-family-parent = Ota-onasi
trp-family-sibling = Aka-ukasi yoki opa-singlisi
trp-family-grand = Nevarasi, bobosi, buvisi
trp-family-spouse = Eri yoki xotini
trp-family-other = Boshqa qarindosh, hech kim

trp-family-close-info = Bu Qoidalar boʻyicha yaqin qarindosh (shu jumladan farzandlikka olinganlar va ota yoki ona bir boʻlganlar). Lekin yaqin qarindoshlik oilaviy maqsad boʻyicha RVP olish huquqini beradimi, Qoidalar aytmaydi: topshirishdan oldin aniqlang. Boʻlish maqsadi boʻyicha hujjatlar — 1-1-ilovada, u esa bizda yoʻq.
trp-note-family-use-silent = Qoidalar yaqin qarindoshlarni faqat taʼriflaydi, bu roʻyxat boshqa hech joyda tilga olinmaydi. Qaysi qarindoshlar oilaviy maqsad boʻyicha RVP olishi mumkinligi bizning manbalarda yoʻq; boʻlish maqsadi boʻyicha hujjatlar — Qoidalarga 1-1-ilovada, u esa bizda yoʻq.
trp-result-family-spouse = Qoidalar turmush oʻrtoqni yaqin qarindosh deb atamaydi; u oilaviy maqsadga mos keladimi, topshirishdan oldin aniqlang.
trp-block-family-spouse = Topshirishdan oldin aniqlang: er yoki xotin oilaviy maqsadga mos keladimi, Qoidalar aytmaydi. Mos kelsa — qaror { $decision_by } dan kechiktirmay.
trp-blocked-family-spouse-consequence = Turmush oʻrtoq yaqin qarindoshlar roʻyxatida yoʻq, oilaviy maqsad uchun hujjatlar esa 1-1-ilovada, u bizda yoʻq. Buni aniqlagach topshiring.
trp-reason-close-relatives = Yaqin qarindoshlar: ota-ona, farzandlar, farzandlikka oluvchilar va farzandlikka olinganlar, aka-uka va opa-singillar, bobo, buvi, nevaralar.
trp-reason-family-members-undefined = Qoidalar «oila aʼzolari»ni tilga oladi, lekin ular kimligini belgilamaydi.
trp-result-family-other = Qaysi qarindoshlar oilaviy maqsad boʻyicha RVP olishi mumkinligini Qoidalar aytmaydi; bunday qarindoshlik yaqin qarindoshlar roʻyxatida yoʻq. Topshirishdan oldin aniqlang yoki boshqa maqsadni tanlang.
trp-block-family-other = Topshirishdan oldin aniqlang: bunday qarindosh oilaviy maqsadga mos keladimi, Qoidalar aytmaydi. Mos kelsa — qaror { $decision_by } dan kechiktirmay.
trp-blocked-family-other-consequence = Bunday qarindoshlik yaqin qarindoshlar roʻyxatida yoʻq, oilaviy maqsad boʻyicha kim RVP olishi mumkinligi esa bizning manbalarda yoʻq. Buni aniqlagach topshiring.
trp-block-family-close = Topshirishdan oldin aniqlang: bu Qoidalar boʻyicha yaqin qarindosh, lekin bu oilaviy maqsadga mos keladimi, Qoidalar aytmaydi. Mos kelsa — qaror { $decision_by } dan kechiktirmay.
trp-blocked-family-close-consequence = Qoidalar yaqin qarindoshlarni faqat taʼriflaydi, bu roʻyxat boshqa hech joyda tilga olinmaydi; boʻlish maqsadi boʻyicha hujjatlar 1-1-ilovada, u bizda yoʻq. Buni aniqlagach topshiring.
trp-block-ict-long = Topshirishdan oldin aniqlang: shartnoma 3 yildan uzun, oʻtkazish esa taʼrifga koʻra 3 yildan uzoq davom etmaydi ({ $cap_end } gacha). Shartnoma qabul qilinsa — qaror { $decision_by } dan kechiktirmay.
trp-reason-other-purpose = Agar qabul qiluvchi tomon chet ellikni taklif qilsa yoki unga uy-joy bersa, boshqa maqsad boʻyicha ariza topshirishi mumkin.
trp-link-other-purpose = Boshqa maqsadni tanlash

trp-ict-conditions-question = Korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) — Qozogʻistondan tashqarida ishlaydigan, JST (ВТО) aʼzosi davlatdagi kompaniya rahbari, menejeri yoki mutaxassisini uning Qozogʻistondagi filiali, shoʻba korxonasi yoki vakolatxonasiga oʻtkazish. Sizda shundaymi?
trp-ict-conditions-yes = Ha, hammasi shunday
trp-ict-conditions-no = Yoʻq yoki hammasi emas

trp-ict-not-ict-info = Unda bu korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) emas. Hujjatlar haqiqiy boʻlish maqsadingizga bogʻliq.

trp-ict-start-question = Mehnat shartnomasi boʻyicha oʻtkazish qaysi sanadan boshlanadi?
trp-ict-months-question = Mehnat shartnomasi necha oyga tuzilgan?

trp-ict-ok-info = Shartnoma { $months } oyga — oʻtkazish { $end } gacha, 3 yil doirasida ({ $cap_end } gacha). Uzaytirish — 1 yilga: { $ext_near } gacha. Uzaytirish bilan oʻtkazishning umumiy chegarasi — 3 + 1 yil, { $ext_end } gacha.
trp-note-ict-term-reading = 3 yil chegara va 1 yil uzaytirish oʻtkazish taʼrifida yozilgan. RVPning oʻzi qancha muddatga berilishini Qoidalar aytmaydi.
trp-note-ict-extension-reading = «Bir yilga uzaytirish huquqi bilan» degani oʻtkazish muddatiga bir yil qoʻshish yoki boshidan umumiy 3 + 1 yil chegarasi deb tushunilishi mumkin. Biz ertaroq sanaga qarab boramiz: shartnoma muddatiga bir yil. 1414 dan aniqlang.
trp-note-wto-silent = Qaysi davlatlar JST aʼzosi ekani bizning manbalarda koʻrsatilmagan.

trp-ict-capped-info = { $months } oylik shartnoma 3 yildan uzun. Taʼrifga koʻra oʻtkazish 3 yildan uzoq davom etmaydi: { $cap_end } gacha (ishonchli) yoki { $cap_outer } gacha. 1 yilga uzaytirish bilan — { $ext_end } yoki { $ext_outer } gacha.
trp-note-ict-long-contract = 3 yildan uzun shartnoma oʻtkazish uchun mos keladimi, Qoidalar toʻgʻridan-toʻgʻri aytmaydi: bunday shartnomani qabul qilmasliklari mumkin. Boshqa talqinda «uch yildan koʻp emas» faqat oʻtkazish muddatini cheklaydi. Topshirishdan oldin 1414 dan aniqlang.
trp-note-ict-cap-count = Boshlanish kuni 3 yilga kiradimi, Qoidalar aytmaydi. Agar kirsa — oxiri { $cap_end }, kirmasa — { $cap_outer }. Biz birinchi boʻlib ertaroq sanani koʻrsatamiz.

trp-household-info = Uy xoʻjaligida ishlaganda politsiya shu ish beruvchiga bunday shartnomalar boʻyicha nechta amaldagi RVP berilganini tekshiradi (Qonun 43-2-moddasining 5-bandi).
trp-note-household-limit-silent = Bunday ruxsatnomalardan nechtasiga yoʻl qoʻyilishini Qonun 43-2-moddasining 5-bandi belgilaydi; uning matni bizning manbalarda yoʻq — 1414 dan aniqlang.

## Qanday va qachon topshirish

trp-channel-question = Qabul qiluvchi tomon arizani qanday topshiradi?
trp-channel-police = Politsiyaga
trp-channel-gov-corp = Xizmat markazi (ЦОН) orqali
trp-channel-egov = Onlayn egov.kz da

trp-filing-date-question = Qabul qiluvchi tomon arizani qaysi sanada topshiradi?
trp-passport-question = Chet ellikning pasporti qaysi sanagacha amal qiladi? Muddati oʻtgan hujjat bilan ariza qabul qilinmaydi.

trp-result-application = Qabul qiluvchi tomon RVPga ariza topshirishi mumkin. Qaror — { $decision_by } dan kechiktirmay.
trp-reason-host-regular = Chet ellikni taklif qiladigan yoki unga RKA bor uy-joy beradigan qabul qiluvchi tomon topshiradi.
trp-reason-host-aifc = AXMM maʼmuriyati topshiradi — investor-rezidentlar va ularning oilalari uchun qabul qiluvchi tomon.
trp-reason-host-trafficking = Akimat topshiradi — odam savdosi qurbonlari uchun qabul qiluvchi tomon.
trp-reason-channel-police = Roʻyxatga olingan joydagi politsiya hujjatlarni ular kelib tushgan ish kunida qabul qiladi va RVP beradi.
trp-reason-channel-gov-corp = Aholiga xizmat koʻrsatish markazi (ЦОН) tilxat beradi, keyin RVPni beradi.
trp-reason-channel-egov = egov.kz: «Гражданство, миграция и иммиграция» boʻlimi, qabul qiluvchi tomonning ERIsi (ЭЦП); RVP shaxsiy kabinetga keladi.
trp-note-presence = Qabul qiluvchi tomonning oʻzi yoki notarial ishonchnoma bilan uning vakili shaxsan kelishi kerak (tashkilot uchun — buyruq yoki ishonchnoma bilan).
trp-note-ict-until = Korporatsiya ichidagi oʻtkazish — { $until } gacha (3 yillik chegara — { $cap_end }).
trp-note-ict-capped = Oʻtkazish 3 yildan uzoq davom etmaydi — { $cap_end } gacha; 1 yilga uzaytirish bilan — { $ext_end } gacha.
trp-note-place-of-registration = Qoidalar kimning roʻyxatga olinishi nazarda tutilganini aniqlashtirmaydi — chet ellikningmi yoki qabul qiluvchi tomonningmi. Shubhangiz boʻlsa, Aholiga xizmat koʻrsatish markazi (ЦОН) yoki egov.kz orqali topshiring.
trp-note-checks-reading = Qoidalar tekshiruvlarni sanab oʻtadi, lekin har biri nimaga olib kelishini aytmaydi. Biz ular boʻyicha rad etishni oldindan aytmaymiz.
trp-note-fee-silent = Xizmat pullikmi, Qoidalar aytmaydi; talablar roʻyxati (1-1-ilova) bizda yoʻq.
trp-note-exit-notice-silent = Baʼzi immigrantlarga (Kirish va boʻlish qoidalarining 6-bandi 7–13-xatboshilari) migratsiya xizmati (миграционная служба) chiqib ketish haqida xabarnoma rasmiylashtiradi. U RVP oʻrnini bosadimi va aynan kimlarga, bizning manbalarda yoʻq.

trp-documents = RVPga ariza uchun hujjatlar:
trp-doc-application-form = Ariza-anketa (Qoidalarga 1-ilova).
trp-doc-by-purpose = Boʻlish maqsadi boʻyicha hujjatlar — 1-1-ilova roʻyxati boʻyicha (u bizning manbalarda yoʻq).
trp-doc-failure-act = Aholiga xizmat koʻrsatish markazi (ЦОН) va politsiya imzolagan tizim nosozligi haqidagi dalolatnoma.
trp-doc-power-of-attorney = Agar vakil topshirsa — notarial ishonchnoma; tashkilot nomidan — buyruq yoki ishonchnoma.
trp-doc-scans-eds = egov.kz uchun — hujjatlar skanlari va qabul qiluvchi tomonning ERIsi.
trp-doc-not-expired = Toʻliq toʻplam, barcha hujjatlar muddati oʻtmagan — aks holda qabul qilishdan bosh tortiladi.
trp-doc-is-data = Agar hujjat maʼlumotlari Aholiga xizmat koʻrsatish markazi (ЦОН) yoki egov.kz ga ulangan davlat tizimlarida boʻlsa, uni topshirmasa ham boʻladi. Qaysi hujjatlarga tegishli ekanini aniqlang.
trp-note-documents-silent = Qoidalar har bir maqsad boʻyicha hujjatlarni sanab oʻtmaydi. Aniq roʻyxatni topshirishdan oldin bilib oling.

## Dublikat

trp-duplicate-question = Ruxsatnoma bilan nima boʻldi?
trp-duplicate-lost = Yoʻqoldi
trp-duplicate-damaged = Tasodifan buzildi
trp-duplicate-intentional = Ataylab buzildi

trp-result-duplicate = RVP dublikatini politsiya beradi.
trp-reason-duplicate-application = Politsiya organi boshligʻi nomiga erkin shaklda ariza yozing.
trp-reason-duplicate-check = Dublikat migratsiya politsiyasi bazasida tekshirilgandan keyin beriladi.
trp-note-duplicate-silent = Dublikat berish muddati, uning amal qilish muddati va toʻlovni Qoidalar koʻrsatmaydi.

trp-result-duplicate-intentional = Qoidalar dublikatni faqat tasodifan buzilgan yoki yoʻqolgan holat uchun tasvirlaydi.
trp-reason-duplicate-unintentional-only = Dublikat bilmasdan buzilganda yoki yoʻqolganda beriladi.
trp-note-duplicate-intentional-silent = Ataylab buzilganda nima qilishni bizning manbalar aytmaydi.

## Muddat, uzaytirish, toʻlov

trp-result-term-silent = RVP muddati, uzaytirish va toʻlov haqida Qoidalar deyarli hech narsa demaydi.
trp-reason-term-by-purpose = RVP muddati boʻlish maqsadiga bogʻliq; muddatlarning oʻzi Qoidalarda yoʻq.
trp-reason-extension-silent = RVPni uzaytirish tartibi va muddatlari Qoidalarda yoʻq.
trp-reason-fee-silent = RVP uchun toʻlov bormi, Qoidalar aytmaydi.
trp-reason-annulment-silent = Qoidalar bekor qilishni faqat yashash guvohnomasi uchun tasvirlaydi, RVP uchun emas.
trp-reason-rvp-after-prp-annulment = Yashash guvohnomasi bekor qilinganda chiqib ketish uchun zarur muddatga RVP beriladi.
trp-reason-ict-term = Korporatsiya ichidagi oʻtkazish — 3 yildan koʻp emas, uzaytirish — 1 yilga.
trp-note-apply-before-stay-ends = Agar boʻlish muddati tugasa, hujjatlar faqat oʻz vaqtida murojaat qilingan va muddat tizim nosozligi tufayli tugagan boʻlsa (ЦОН va politsiya imzolagan nosozlik dalolatnomasi bor) yoki 10 sutkadan koʻp boʻlmagan vaqt chiqib ketmagani uchun Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning (КоАП) 517-moddasi boʻyicha javobgarlikka tortilgandan keyin qabul qilinadi. Oldindan murojaat qiling.
trp-note-no-other-windows = Boshqa ruxsatnomalarning, masalan, mehnat immigrantiga ruxsatnomaning (разрешение трудовому иммигранту) uzaytirish muddatlari RVPga tegishli emas.
