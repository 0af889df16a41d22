## Aloqa markazi xodimlari uchun vositalar: rollar, havolalar va QR-kodlar.
staff-admins-only = Bu buyruq faqat bot administratorlari uchun.
staff-only = Bu buyruq faqat aloqa markazi xodimlari uchun.
staff-usage = Shunday: /staff add ID, /staff remove ID yoki /staff list (ID — Telegram foydalanuvchisining raqamli id si).
staff-added = Tayyor: { $user } endi xodim.
staff-already = { $user } allaqachon xodim.
staff-removed = Tayyor: { $user } endi xodim emas.
staff-not-member = { $user } xodim emas edi.
staff-list-title = Xodimlar (id — kim bergan — qachon):
staff-list-row = { $user } — { $by } — { $on }
staff-list-empty = Hozircha xodimlar yoʻq (administratorlar ADMIN_IDS da belgilanadi).
link-choose-service = Havola orqali qaysi xizmatni ochamiz?
link-choose-language = Qaysi tilda?
link-unknown-service = Bunday xizmat yoʻq. Roʻyxatdan tanlash uchun /link ni soʻzsiz yuboring.
link-unknown-node = Bu xizmatda bunday savol yoʻq. Butun xizmatga havola berish mumkin.
link-too-long = Havola 64 belgidan uzun boʻlib qoldi: kampaniya belgisini qisqartiring.
link-bad-tag = Kampaniya belgisi — «#» dan keyin 1 tadan 16 tagacha lotin harfi, raqam yoki «-», masalan #office1.
link-tag-needs-service = Kampaniya belgisi xizmatdan keyin yoziladi, masalan: /link labour-permit #office1. Belgi kerak boʻlmasa — shunchaki /link.
link-asks-first = ⚠️ Havola «{ $question }» savolidan ochiladi: tanlangan qadamgacha boʻlgan savollarga javoblar odamga nima kerakligini hal qiladi.
link-ready = «{ $service }» ga havola (belgi: { $campaign }):
    { $url }
    QR-kodni chop etish yoki ekrandan koʻrsatish mumkin.
