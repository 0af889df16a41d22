## Bosh menyu (dialogs/trees/start.yaml daraxti).

start-title = Bosh menyu
start-persona-question = Qanday yordam beray? Kim ekaningizni tanlang:
start-persona-worker = 👷 Chet ellikman, ishlamoqchiman
start-persona-employer = 🏢 Ish beruvchi
start-persona-kandas = 🇰🇿 Kandas (etnik qozoq)
start-persona-resident = 🏠 Qozogʻistonda yashamoqchiman
start-persona-host = 🛏 Chet ellikni qabul qilyapman
start-persona-unsure = ❓ Nima kerakligini bilmayman
start-persona-staff = 📋 Barcha xizmatlar roʻyxati

start-worker-question = Qayerda yoki qanday ishlaysiz?
start-worker-household = Xususiy shaxsning uyida
start-worker-self = Oʻzim, mutaxassis sifatida
start-worker-company = Kompaniyada
start-worker-register = Turgan joyida roʻyxatga olish

start-employer-question = Kimni ishga olyapsiz?
start-employer-household = Oʻz uyimga ishchi
start-employer-company = Kompaniyaga chet elliklarni
start-employer-register = Chet ellik bizda turadi: roʻyxat

start-kandas-question = Sizni nima qiziqtiradi?
start-kandas-status = Kandas maqomi
start-kandas-quota = Hududiy kvota

start-resident-question = Sizga qanday ruxsatnoma kerak?
start-resident-temporary = Vaqtincha yashash
start-resident-permanent = Yashash guvohnomasi (ВНЖ)

start-host-question = Nima qilish kerak?
start-host-register = Chet ellikni roʻyxatga qoʻyish
start-host-temporary = Vaqtincha yashashga ruxsatnoma

start-unsure-kazakh-question = Siz Qozogʻistonga koʻchib kelayotgan yoki koʻchib kelgan etnik qozoqmisiz?
start-unsure-goal-question = Qozogʻistonda nima qilmoqchisiz?
start-unsure-work = Ishlash
start-unsure-live = Yashash (vaqtincha yoki doimiy)
start-unsure-hire = Chet ellikni ishga olish
start-unsure-visit = Shunchaki kelib, yashab turish
start-unsure-work-where-question = Qayerda ishlaysiz?

start-all-services-question = Barcha xizmatlar:

start-pt-fl-doc = 2-ilova, 10-qator, { $point }-band
start-result-company-worker = Kompaniyada ishlash uchun ruxsatnomani ish beruvchi rasmiylashtiradi. U berilguncha ishlash mumkin emas.
start-reason-employer-applies = Ish beruvchi akimatga egov.kz yoki migration.enbek.kz orqali ariza beradi.
start-reason-worker-data = U sizdan maʼlumotlaringizni va pasportning elektron nusxasini soʻraydi.
start-reason-education = Yana taʼlim haqidagi hujjatlar notarial tasdiqlangan, tarjimasi bilan va legallashtirilgan boʻlishi kerak (agar xalqaro shartnoma bundan ozod qilmasa).
start-reason-qualification = Ish beruvchi xat bilan malakangiz va tajribangiz lavozimga mos ekanini tasdiqlaydi.
start-reason-no-work = Ruxsatnomasiz ishlash mumkin emas.
start-note-company-categories = Bu oddiy ishga olish uchun roʻyxat (1–4-toifalar). Mavsumiy ishchilar va korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) uchun roʻyxatlar boshqacha — «Ish beruvchiga ruxsatnoma» xizmatini koʻring.
start-link-employer-permit = Ish beruvchiga ruxsatnoma

## The staff list of every service, in two groups (≤ 8 buttons a screen)
start-all-work = Ish: ruxsatnoma, roʻyxatga olish
start-all-live = Yashash, kandaslar, kvota
start-svc-labour-permit = Mehnat immigrantiga ruxsatnoma
start-svc-employer-permit = Ish beruvchiga ruxsatnoma (XIK)
start-svc-self-employment = Maʼlumotnoma: mustaqil ish
start-svc-immigrant-registration = Chet ellikni roʻyxatga olish
start-svc-temporary-residence = Vaqtincha yashash (РВП)
start-svc-permanent-residence = Yashash guvohnomasi (ВНЖ)
start-svc-kandas = Kandas maqomi
start-svc-regional-quota = Hududiy kvota
