## Umumiy matnlar: tugmalar, kiritish xatolari, manbalar, buyruqlar.

button-continue = Davom etish ➡️
button-back = ⬅️ Orqaga
button-restart = 🔄 Qaytadan boshlash
button-menu = 🏠 Menyu
button-quotes = 📜 Iqtiboslar (rus tilida)
common-yes = Ha
common-no = Yoʻq

grounds-title = Asoslar:
quotes-title = Huquqiy matnlardan soʻzma-soʻz iqtiboslar (rasmiy matn, rus tilida):
quotes-sent-above = 📜 Iqtiboslar allaqachon yuborilgan — biroz yuqorida.

source-entry-rules = Immigrantlarning QRga kirishi va u yerda boʻlishi qoidalari (Hukumatning № 148 qarori, 04.03.2022 dagi № 111 qaror tahririda)
source-mc-rules = Migratsiya nazorati va chet elliklarni hisobga olish qoidalari (Hukumatning № 148 qarori, 04.03.2022 dagi № 111 qaror tahririda)
source-decree-111 = QR Hukumatining 04.03.2022 dagi № 111 qarori
source-labour-permit-article = «Mehnat immigrantiga ruxsatnoma (разрешение трудовому иммигранту) berish, uzaytirish va qaytarib olish» maqolasi (bandlik va ijtimoiy dasturlar boʻlimi, sanasiz; bizning manbalarimizda xizmatga rasmiy Talablar yoʻq)
source-labour-permit-regulation-2019 = 2019-yilgi xizmat reglamenti (IIV buyrugʻi № 532; kuchini yoʻqotgan)
point-item = { $point }-band
point-paragraph = { $point }-xatboshi
point-paragraph-item = { $point }-xatboshi, { $item }) kichik band

common-ask-official = 1414 aloqa markazidan (Qozogʻiston boʻylab bepul), egov.kz yoki migration.enbek.kz saytidan aniqlang.

hint-input-date = Sanani KK.OO.YYYY shaklida yozing, masalan 31.12.2026.
hint-input-number = Sonni raqamlar bilan yozing.
hint-input-country = Davlat nomini yozing, masalan «Oʻzbekiston».

date-error-format = Sanani oʻqiy olmadim. Uni shunday yozing: KK.OO.YYYY, masalan 31.12.2026.
date-error-year-digits = Yilni toʻliq, toʻrt raqam bilan yozing: masalan 31.12.2026, 31.12.26 emas.
date-error-month = { $typed } sanasi boʻlmaydi: yilda 12 oy bor. Sanani tekshiring.
date-error-day = { $typed } sanasi boʻlmaydi: { NUMBER($year, useGrouping: 0) }-yil { $month ->
        [1] yanvar
        [2] fevral
        [3] mart
        [4] aprel
        [5] may
        [6] iyun
        [7] iyul
        [8] avgust
        [9] sentabr
        [10] oktabr
        [11] noyabr
       *[12] dekabr
    } oyida { $last } kun bor. Sanani tekshiring.
date-error-range = { $typed } sanasi mos kelmaydi: { $earliest } va { $latest } oraligʻidagi sana kutilmoqda. Sanani tekshiring.
date-error-past = { $typed } sanasi allaqachon oʻtib ketgan. { $earliest } dan oldin boʻlmagan sanani yozing.
number-error-format = Iltimos, faqat sonni raqamlar bilan yozing, masalan 6.
number-error-range = Son { $min } dan { $max } gacha boʻlishi kerak.
country-error-unknown = Bunday davlatni topmadim. Nomini toʻliq yozing, masalan «Qirgʻiziston», yoki davlat kodini yozing (KG).

# at the main menu (`at: menu`): typed words no button and no service matched
error-use-buttons = { $at ->
        [menu] Savolingizni tushunmadim. Keraklisini pastdagi tugma bilan tanlang, barcha xizmatlar roʻyxatini oching — /services — yoki 1414 aloqa markazidan soʻrang (Qozogʻiston boʻylab bepul).
       *[other] Iltimos, javobni pastdagi tugma bilan tanlang yoki uning raqamini yozing.
    }
# a country typed at a question whose buttons are countries (dialogs/search/countries.py)
search-understood-country = 🔎 Tushundim: { $country } — «{ $answer }» javobi.
error-country-no-button = { $country } — bu yerda bunday javob yoʻq. Javoblar: { $answers }. Pastdagi tugma bilan tanlang yoki javob raqamini yozing.
error-use-continue = Davom etish uchun xabar ostidagi tugmani bosing.
error-dialog-finished = Bu suhbat tugadi. Keyin nima qilishni tugma bilan tanlang yoki menyuni oching: /menu.
error-stale-button = Bu tugma eskirgan. Mana hozirgi savol:
# a toast on a button that is not the dialog's (no question follows)
error-stale-button-short = Bu tugma eskirgan.
# a screen of an earlier day routed again with today's date (engine.resume), then its toast
dialog-rerouted = ℹ️ Bu javob siz soʻragan kun uchun edi, shundan beri muddatlar surildi. Bugungi holat:
dialog-rerouted-short = Oʻsha kundan beri muddatlar surildi.
error-too-long = Xabar juda uzun. Iltimos, qisqaroq yozing.
error-unsupported-message = Men faqat matn va tugmalarni tushunaman. Javobni matn bilan yozing.
# a message the user edited after sending it (the screen follows)
error-edited-message = Tahrirlangan xabarlarni oʻqimayman. Tuzatilgan javobni yangi xabar qilib yuboring, savol allaqachon almashgan boʻlsa — unga «⬅️ Orqaga» yoki «✏️ Javobni oʻzgartirish» tugmasi bilan qayting.

welcome = Assalomu alaykum! Men Qozogʻistonda ishlash va yashash uchun ruxsatnomalar haqida tushuntirib beraman: kim ariza bera oladi, qanday hujjatlar kerak va qaysi kungacha ulgurish kerak. Har bir qoidada manbaga havola bor.
    Men davlat organi emasman: qarorni siz ariza topshiradigan davlat organi qabul qiladi (Aholiga xizmat koʻrsatish markazi (ЦОН), akimat, politsiya). Maʼlumot: 1414, egov.kz.
menu-title = Xizmatni tanlang:
menu-service-labour-permit = 👷 Mehnat immigrantiga ruxsatnoma
help-text = Botdan qanday foydalanish kerak:
    • tugmalar yoki soʻzlar bilan javob bering («yoʻq», «davom»); sanalarni KK.OO.YYYY shaklida yozing;
    • /start — salomlashish va menyu, /menu — xizmat tanlash, /services — barcha xizmatlar roʻyxati;
    • /back — bir qadam orqaga, /restart — xizmatni qaytadan boshlash;
    • /track — eslatmalar uchun muddatni saqlash, /status — mening muddatlarim, /calendar — muddatlarni kalendarga qoʻshish, /roster — ishchilar roʻyxati (CSV yoki XLSX), /workers — ishchilar muddatlari (egasiga — hamkasblar ham), /invite — hamkasbni taklif qilish, /leave — kompaniya akkauntidan chiqish;
    • /language — tilni oʻzgartirish;
    • /mydata — bot siz haqingizda nimani saqlaydi, /forget — hammasini oʻchirish, /privacy — nima, nega va qancha muddat saqlanadi;
    • /help — shu yordam.
    Izohlar va asoslar javob ostida yigʻilgan (ochish uchun bosing); qonunlardan soʻzma-soʻz iqtiboslar rus tilida, rasmiy matn — «📜 Iqtiboslar (rus tilida)» tugmasi.
language-choose = Tilni tanlang:
language-set = Til: oʻzbekcha.
language-unknown = «{ $code }» tili yoʻq. Mavjud tillar: { $codes }.
mydata-title = Bot siz haqingizda nimani saqlaydi:
mydata-language = til: { $language }
mydata-session = hozirgi suhbat: «{ $service }» xizmati, javoblar soni: { $answers }
mydata-none = tildan boshqa hech narsa.
forget-done = Tayyor: barcha maʼlumotlaringiz oʻchirildi. Qaytadan boshlash uchun /start yuboring.
cmd-start = Boshlash
cmd-menu = Xizmat tanlash
cmd-back = Bir qadam orqaga
cmd-restart = Qaytadan boshlash
cmd-language = Tilni oʻzgartirish
cmd-help = Yordam
cmd-mydata = Mening maʼlumotlarim
cmd-forget = Maʼlumotlarimni oʻchirish
chat-bye = Xayr!
chat-unknown-choice = Bunday variant yoʻq. Roʻyxatdagi raqamni yozing.
source-outside-seeds = (bizning huquqiy matnlarimizdan tashqaridagi rasmiy manba: { $url }, oʻqilgan sana: { $retrieved })
language-name = Oʻzbekcha
error-internal = Bizning tomonda nimadir xato ketdi. Javoblaringiz saqlangan — yana urinib koʻring yoki /menu yuboring.
button-forget-yes = Ha, oʻchirish
button-cancel = Bekor qilish
forget-cancelled = Hech narsa oʻchirilmadi.
menu-hint = Boshlash uchun xizmatni tugma bilan tanlang.

## Ijobiy javobni toʻsadigan tekshiruvlar (engine: blocking checks) va havolalar.
common-blocked-not-accepted = Bunday hujjatlar bilan ariza qabul qilinmaydi: qabul qilishdan bosh tortiladi. Avval buni tuzating.
common-blocked-filed-past = Topshirish sanasi ({ $filed }) oʻtib ketdi: ariza shu sababli qabul qilinmagan boʻlsa, tuzating va qayta topshiring; qabul qilingan boʻlsa — u haqida ariza topshirgan joyingizdan yoki 1414 orqali bilib oling.
common-blocked-filed-past-merits-if = Agar ariza { $filed } da topshirilgan boʻlsa: bu mohiyatan rad etish asosi — qarorni hujjatlarni qabul qilishda emas, davlat organi qabul qiladi. Qaror haqida ariza topshirgan joyingizdan yoki 1414 orqali bilib oling.
common-blocked-merits = Bu qoidalarda sanab oʻtilgan rad etish asoslaridan biri. Yakuniy qarorni davlat organi qabul qiladi.
common-blocked-more = Yana { $n } tasi — quyidagi izohlarda.
common-result-filed-if = Agar ariza { $filed } da topshirilgan boʻlsa, qaror — { $decision_by } dan kechiktirmay. Aks holda yangi sanani tanlang: «✏️ Javobni oʻzgartirish».
# a ✅ result whose filing day has gone (no past headline of its own): never a tick for a day gone
common-result-date-gone = Siz koʻrsatgan topshirish sanasi ({ $filed }) oʻtib ketdi. Ariza topshirgan boʻlsangiz, quyidagi muddatlar shu kundan boshlab hisoblanadi; topshirmagan boʻlsangiz — yangi sanani tanlang: «✏️ Javobni oʻzgartirish».
common-result-complaint-overdue = Shikoyatga javob { $answer_by } dan kechiktirmay kelishi kerak edi. Agar javob boʻlmasa, keyin qayerga murojaat qilishni bizning manbalar aytmaydi — 1414 aloqa markazidan soʻrang.
common-link-egov = 🌐 egov.kz
common-link-enbek = 🌐 migration.enbek.kz
common-link-eqonaq = 🌐 eqonaq.kz
common-link-vmp = 🌐 vmp.gov.kz
common-link-elicense = 🌐 elicense.kz

## Ekranlar: jarayon, natija, hujjatlar, ulashish, javobni oʻzgartirish.
date-error-day-zero = { $typed } sanasi boʻlmaydi: oy kunlari 1 dan boshlanadi. Sanani tekshiring.
progress-question = Savol { $n } / ~{ $total }
progress-question-n = Savol { $n }
common-not-in-sources = Hammasi ham manbalarimizda yoʻq — aniqlang: 1414 / egov.kz.
answers-title = Javoblaringiz:
common-answer-value = { $value }
button-documents = 📄 Hujjatlar ({ $n })
button-share = ↗️ Ulashish
button-change = ✏️ Javobni oʻzgartirish
change-title = Qaysi javobni oʻzgartiramiz?
change-hint = Sizni shu savolga qaytaraman. Boshqa javoblar hali mos boʻlsa, ularni saqlab qolaman.
checklist-hint = Tayyor boʻlganini belgilang: hujjat raqamini bosing.
share-link = Oʻz holatingizni tekshiring: { $link }
chat-grounds-hint = (/grounds — izohlar va asoslar)
grounds-none = Bu ekranda izohlar va asoslar yoʻq.
services-title = Barcha xizmatlar — keraklisini tanlang:
deeplink-unknown = Bu havola hech qayerga olib bormaydi — mana menyu.
deeplink-asks-first = Avval bir nechta savol: sizga nima kerakligi javoblaringizga bogʻliq.
cmd-services = Barcha xizmatlar roʻyxati
date-error-year = { $typed } sanasida yil { NUMBER($year, useGrouping: 0) } — xato yozilganga oʻxshaydi. Yilni tekshiring.
