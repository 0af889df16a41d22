## Shaxsiy maʼlumotlar: /mydata, /forget, /privacy (bot/telegram/handlers/settings.py).
cmd-privacy = Maʼlumotlar qanday saqlanadi
mydata-file-caption = Bot siz haqingizda saqlaydigan hamma narsa bitta faylda (JSON).
mydata-since = botga birinchi marta yozgan kuningiz: { $date }
mydata-tracked-count = saqlangan muddatlar: { $count } (faollari: { $active })
mydata-reminders = eslatmalar: rejalashtirilgan { $scheduled }, yuborilgan { $sent }
mydata-staff = rol: aloqa markazi xodimi
mydata-company = kompaniya «{ $company }»: { $role ->
        [owner] siz egasisiz
       *[member] siz ishtirokchisiz
    }, roʻyxatdagi ishchilar: { $workers }, har kungi umumiy xabar { $digest ->
        [yes] yoqilgan
       *[no] oʻchirilgan
    }
mydata-handoffs = operator bilan suhbatlar: { $count } (xabarlar: { $messages })
mydata-other = { $table ->
        [company_invites] kompaniyaga takliflar
        [staff_sign_ins] xodimning statistika paneliga kirishlari
        [campaign_opens] xodimlar havolalari orqali oʻtishlar
       *[other] boshqa yozuvlar ({ $table })
    }: { $count }
mydata-retention = Suhbatdagi javoblar oxirgi javobdan { $days } kun oʻtgach oʻchiriladi. Hammasini hozir oʻchirish: /forget. Batafsil: /privacy.
forget-confirm-everything = Bot siz haqingizda saqlagan hamma narsani oʻchiraymi: til, hozirgi suhbat va javoblar, saqlangan muddatlar va eslatmalar (rejalashtirilgan eslatmalar endi kelmaydi)?
forget-roster-kept = 🏢 «{ $company }»: kompaniyaning ishchilar roʻyxati ({ $workers } kishi) unda qoladi — unda boshqa ishtirokchilar ham bor ({ $others }). Siz kompaniyadan chiqasiz. Boshqa narsalarni oʻchirmasdan faqat kompaniyadan chiqish — /leave.
forget-roster-deleted = 🏢 «{ $company }»: siz kompaniyaning oxirgi ishtirokchisisiz, shuning uchun uning ishchilar roʻyxati ({ $workers } kishi) ham oʻchiriladi. Boshqa narsalarni oʻchirmasdan faqat kompaniyadan chiqish — /leave.
forget-handoff-topics = 💬 Xodimlar bilan yozishmalaringiz ({ $count }) operatorlar chatidan ham oʻchiriladi.
forget-staff-role = 👤 Aloqa markazi xodimi roli ham oʻchiriladi: /stats va /link siz uchun ishlamay qoladi. Rolni faqat bot administratori qaytara oladi.
forget-irreversible = Buni qaytarib boʻlmaydi.
forget-stale = Bu tugma endi ishlamaydi. Maʼlumotlarni oʻchirish uchun /forget yuboring.
privacy-text =
    🔒 Bot siz haqingizda nimani, nima uchun va qancha vaqt saqlaydi
    • Telegram id va til — sizga oʻz tilingizda javob berish uchun. Maʼlumotlarni oʻchirmaguningizcha saqlanadi.
    • Hozirgi suhbat va javoblaringiz (ular orasida hujjatlardagi sanalar ham boʻladi) — toʻxtagan joyingizdan davom ettirish uchun. Oxirgi javobdan { $days } kun oʻtgach oʻchiriladi, suhbat tugagan yoki tugamaganidan qatʼi nazar.
    • Oʻzingiz saqlagan muddatlar (/track, /roster: sanalar va belgi, masalan ishchining ismi) va ular boʻyicha yuborilgan va rejalashtirilgan eslatmalar — oʻz vaqtida eslatish uchun. Muddatni yoki barcha maʼlumotlarni oʻchirmaguningizcha saqlanadi.
    • Ish beruvchilar uchun: ishchilar roʻyxatlari va kompaniya ishtirokchilari (hamkasblarning ismlarini egasi Telegramdan koʻradi, bot ularni saqlamaydi). Operatorga yoʻnaltirilganlar uchun: shu murojaatlar tarixi. Aloqa markazi xodimlari uchun: rol va uni kim bergani. Maʼlumotlarni oʻchirmaguningizcha saqlanadi.
    Biz ismingiz, username, telefon raqamingiz va yozishmalaringizni saqlamaymiz. Jurnallarda javoblaringiz yoʻq, statistika foydalanuvchilarning id raqamlarisiz yuritiladi.
    Hammasini koʻrish: /mydata (barcha yozuvlar jamlangan fayl). Hammasini oʻchirish: /forget (bot tasdiqlashingizni soʻraydi). Siz yuklagan ishchilar roʻyxati kompaniyada boshqa ishtirokchilar boʻlsa, kompaniyada qoladi; aks holda u ham oʻchiriladi.
