## Ish beruvchining ishchilar roʻyxati (/workers), kompaniya akkauntiga taklif va har kungi umumiy xabar (bot/employer.py).

cmd-workers = Mening ishchilarim: muddatlar va fayllar
workers-title = Ishchilar: { $count }. Eng shoshilinchlari yuqorida:
workers-line = { $n }. { $name } — { $kind }, { $expiry } gacha amal qiladi
workers-line-expired = { $n }. { $name } — { $kind }, ⛔ muddati { $expiry } da tugagan
workers-next = → { $action }: { $date }
workers-next-none = → oldinda muddatlar yoʻq
workers-no-rules = → huquqiy matnlarda bu ruxsatnoma boʻyicha eslatma uchun sanalar yoʻq: 1414 aloqa markazida yoki egov.kz da aniqlang
workers-unreadable = saqlangan sanalarni oʻqib boʻlmayapti: bu ishchini /roster orqali qaytadan yuboring.
workers-empty = Kompaniyangizda hali ishchilar roʻyxati yoʻq. Uni yuklash uchun /roster yuboring (CSV yoki XLSX); roʻyxatni allaqachon yuklagan hamkasbingiz sizga taklif havolasini yuborishi ham mumkin.
workers-hint = Ishchini ochish uchun raqamni bosing. ⬇️ CSV / XLSX — shu jadval fayl koʻrinishida. 👥 — hamkasbni taklif qilish.
workers-action-deadline = muddat
workers-detail-title = 👤 { $name } — { $kind }
workers-detail-expiry = { $expiry } gacha amal qiladi.
workers-detail-expired = ⛔ Ruxsatnomaning amal qilish muddati { $expiry } da tugagan.
workers-detail-months = Jami berilgan oylar soni: { $months }.
workers-detail-ahead = Oldindagi muddatlar:
workers-detail-occasion = { $date } — { $action }
workers-col-kind = ruxsatnoma turi
workers-col-next-action = keyingi harakat
workers-col-next-date = keyingi harakat sanasi
workers-export-caption-update = Ishchilaringiz, eng shoshilinchlari yuqorida. Birinchi toʻrt ustunni tuzatib, /roster orqali qaytarib yuborish mumkin.
worker-deleted = { $name } roʻyxatdan oʻchirildi.
worker-not-found = Bu ishchi kompaniyangiz roʻyxatida yoʻq.
button-worker = { $n }
button-worker-delete = 🗑 Roʻyxatdan oʻchirish
button-worker-delete-yes = 🗑 Ha, oʻchirish
worker-delete-question = { $name } kompaniya roʻyxatidan oʻchirilsinmi? Roʻyxat umumiy: ishchi barcha ishtirokchilar roʻyxatidan yoʻqoladi, u haqidagi eslatmalar toʻxtaydi.
button-workers-back = ⬅️ Barcha ishchilar
button-workers-csv = ⬇️ CSV
button-workers-xlsx = ⬇️ XLSX
button-workers-invite = 👥 Hamkasbni taklif qilish
button-workers-open = 📋 Ishchilar

invite-owner-only = Hamkasblarni faqat kompaniya roʻyxatini yuklagan kishi taklif qila oladi.
invite-link = Bu havolani hamkasbingizga yuboring. U bir marta ishlaydi va { $days } kun amal qiladi; uni ochgan kishi xuddi shu ishchilar roʻyxatini koʻradi va oʻzgartira oladi:
invite-joined = Siz hamkasblaringizning kompaniya akkauntiga qoʻshildingiz: ishchilar — { $count }. Ularni koʻrish uchun /workers yuboring. Har kuni ertalab soat 9:00 da yaqin 14 kundagi muddatlar haqida umumiy xabar yuborib turaman. Umumiy xabar yuborishni toʻxtatish uchun undagi yoki /workers dagi 🔕 tugmasini bosing.
invite-already = Siz allaqachon shu kompaniya akkauntidasiz: /workers.
invite-other-company = Siz allaqachon boshqa kompaniya akkauntidasiz, shuning uchun havoladan foydalanilmadi.
invite-used = Bu taklif havolasidan allaqachon foydalanilgan. Hamkasbingizdan yangisini soʻrang.
invite-expired = Taklif havolasining muddati tugagan. Hamkasbingizdan yangisini soʻrang.
invite-invalid = Taklif havolasi yaroqsiz. Hamkasbingizdan yangisini soʻrang.

digest-title = 📋 Yaqin { $days } kun ichida ({ $until } gacha) muddati keladigan ishchilar: { $count }
digest-more = …va yana { $count } ta: /workers.
digest-hint = Batafsil va fayllar: /workers.

rem-lp-extension-opens-short = uzaytirishga ishonchli topshirish mumkin
rem-lp-extension-nudge-short = uzaytirish uchun hujjatlarni tayyorlash
rem-lp-extension-last-day-short = uzaytirishga ariza topshirish uchun ishonchli oxirgi ish kuni
rem-lp-new-permit-prepare-short = yangi ruxsatnoma uchun hujjatlarni tayyorlash
rem-lp-months-unknown-short = uzaytirish yoki yangi ruxsatnoma: oylarni roʻyxatda koʻrsating
rem-lp-new-permit-opens-short = yangi ruxsatnomaga ariza topshirish muddati ochiladi
lp-result-new-permit-day-off-short = yangi ruxsatnomaga ariza topshirish muddati dam olish kunlariga toʻgʻri keladi: oldindan aniqlang
lp-result-new-permit-day-off-earliest-short = yangi ruxsatnomaga ariza topshirish muddati dam olish kunlariga toʻgʻri keladi: oldindan aniqlang
rem-lp-new-permit-last-day-short = yangi ruxsatnomaga ariza topshirish uchun oxirgi ish kuni (bizning talqinimizda)
rem-lp-expiry-short = ruxsatnoma muddati tez orada tugaydi
rem-ep-extension-plan-short = uzaytirish uchun hujjatlarni tayyorlash
rem-ep-extension-latest-short = uzaytirishga ulgurish uchun oxirgi ish kuni (rejalashtirish uchun sana)
rem-ep-expiry-short = ruxsatnoma amal qiladigan oxirgi kun
rem-se-permit-soon-short = maʼlumotnomaning oxirgi ish kunidan 2 hafta oldin
rem-se-permit-expiry-short = uzaytirishga ariza topshirish uchun maʼlumotnomaning oxirgi ish kuni
rem-trp-permit-soon-short = RVP muddati tugayapti: qanday uzaytirishni 1414 dan bilish

# the daily digest turned off and on (its button on the digest and on /workers)
button-digest-off = 🔕 Umumiy xabar yubormaslik
button-digest-on = 🔔 9:00 da umumiy xabar yuborish
digest-turned-off = 🔕 Umumiy xabarni endi yubormayman. Roʻyxat — /workers da; u yerda umumiy xabarni qayta yoqish tugmasi ham bor.
digest-turned-on = 🔔 Umumiy xabar yoqildi: har kuni ertalab soat 9:00 da — yaqin 14 kun ichida muddati keladigan ishchilar.
