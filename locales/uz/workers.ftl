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
# a member (not the owner) has no 👥 button: instead of workers-hint
workers-hint-member = Ishchini ochish uchun raqamni bosing. ⬇️ CSV / XLSX — shu jadval fayl koʻrinishida. Hamkasblarni kompaniya akkauntining egasi taklif qila oladi. Akkauntdan chiqish — /leave.
# the owner's, when the account has colleagues: opens the workers-hint paragraph
workers-hint-colleagues = 👥 Hamkasblar — akkauntda kimlar bor; hamkasbni oʻsha yerda chiqarish mumkin.
workers-file-format-unreadable = Eski Excel (.xls), OpenDocument (.ods) va ikkilik .xlsb fayllarini oʻqiy olmayman. Faylni Excel, LibreOffice yoki Google Sheets da oching, uni XLSX (Excel kitobi) yoki CSV sifatida saqlang va yana bir bor yuboring. Roʻyxat namunasi — /roster.
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
workers-export-caption-update = Ishchilaringiz, eng shoshilinchlari yuqorida. Birinchi toʻrt ustunni tuzatib, /roster orqali qaytarib yuborish mumkin: shu yoʻl bilan yangi ishchilar qoʻshiladi va muddatlar yangilanadi. Fayldan oʻchirilgan qator ishchini roʻyxatdan oʻchirmaydi — uni /workers da olib tashlang (raqam → 🗑 Roʻyxatdan oʻchirish).
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
button-workers-colleagues = 👥 Hamkasblar ({ $count })
button-workers-open = 📋 Ishchilar

invite-owner-only = Hamkasblarni faqat kompaniya roʻyxatini yuklagan kishi taklif qila oladi.
invite-link = Bu havolani hamkasbingizga yuboring. U bir marta ishlaydi va { $days } kun amal qiladi; uni ochgan kishi xuddi shu ishchilar roʻyxatini koʻradi va oʻzgartira oladi:
invite-joined = Siz hamkasblaringizning kompaniya akkauntiga qoʻshildingiz: ishchilar — { $count }. Ularni koʻrish uchun /workers yuboring. Har kuni ertalab soat 9:00 da yaqin 14 kundagi muddatlar haqida umumiy xabar yuborib turaman. Umumiy xabar yuborishni toʻxtatish uchun undagi yoki /workers dagi 🔕 tugmasini bosing.
invite-already = Siz allaqachon shu kompaniya akkauntidasiz: /workers.
invite-other-company-leave = Siz allaqachon boshqa kompaniya akkauntidasiz, shuning uchun havoladan foydalanilmadi. Bu hamkasblarga qoʻshilish uchun oʻsha akkauntdan /leave buyrugʻi bilan chiqing (bot tasdiqlashni soʻraydi va uning ishchilar roʻyxati bilan nima boʻlishini aytadi), soʻng havola hali amal qilayotgan boʻlsa, uni yana oching.
invite-member-only = Hamkasblarni faqat kompaniya akkauntining egasi taklif qila oladi — roʻyxatni yuklashi bilan akkaunt yaratilgan kishi (yoki bu rol oʻtgan kishi). Ishtirokchi yuklagan fayl umumiy roʻyxatga qoʻshiladi, lekin ishtirokchini ega qilmaydi: egasidan /invite orqali havola yuborishini soʻrang.
invite-used = Bu taklif havolasidan allaqachon foydalanilgan. Hamkasbingizdan yangisini soʻrang.
invite-expired = Taklif havolasining muddati tugagan. Hamkasbingizdan yangisini soʻrang.
invite-invalid = Taklif havolasi yaroqsiz. Hamkasbingizdan yangisini soʻrang.

# the owner's list of colleagues (👥 Colleagues under /workers): first names fetched from Telegram (getChat) for the screen, never stored
colleagues-title = 👥 «{ $company }» akkauntidagi hamkasblar: { $count }
colleagues-line = { $n }. { $name } — { $since } dan beri
colleagues-hint = ✖️ — hamkasbni akkauntdan chiqarish: u endi ishchilar roʻyxatini koʻrmaydi va umumiy xabar olmaydi. Ismlar Telegramdan olinadi va saqlanmaydi.
colleagues-none = «{ $company }» akkauntida boshqa hamkasb qolmadi: roʻyxatni faqat siz koʻrasiz. Taklif qilish — quyidagi 👥 yoki /invite.
colleague-fallback = hamkasb { $n }
button-colleague-remove = ✖️ { $n }. { $name }
colleague-remove-question = { $name } (akkauntda { $since } dan beri) — «{ $company }» akkauntidan chiqarilsinmi? Hamkasb endi ishchilar roʻyxatini koʻrmaydi va umumiy xabar olmaydi; roʻyxat sizda qoladi. Bu haqda hamkasbga xabar beraman. Yangi taklif havolasi orqali qaytarish mumkin. Foydalanilmagan taklif havolalari ham bekor boʻladi.
button-colleague-remove-yes = ✖️ Ha, chiqarish
button-colleagues-back = ⬅️ Hamkasblar
colleague-removed = ✅ { $name } endi akkauntda emas.{ $invites ->
        [0] {""}
       *[other] {" "}Foydalanilmagan taklif havolalari ({ $invites }) ular orqali qaytib boʻlmasligi uchun bekor qilindi; yangi havola — /invite.
    }
colleague-gone = Bu hamkasb endi kompaniya akkauntida emas.
colleague-self = Oʻzingizni chiqara olmaysiz. Akkauntdan chiqish — /leave.
colleagues-owner-only = Hamkasblarni faqat kompaniya akkauntining egasi koʻra va chiqara oladi.
colleague-removed-you = «{ $company }» kompaniya akkauntining egasi sizni undan chiqardi. Endi siz uning ishchilar roʻyxatini koʻrmaysiz va umumiy xabarini olmaysiz. Oʻz muddatlaringiz (/status) saqlanib qoldi; yangi taklif havolasi orqali qaytish mumkin.

# /leave: leaving the company account (Companies.leave)
leave-not-member = Siz kompaniya akkauntida emassiz.
leave-question-kept = «{ $company }» kompaniya akkauntidan chiqasizmi? Ishchilar roʻyxati ({ $workers } kishi) hamkasblaringizda qoladi: akkauntda boshqa ishtirokchilar ham bor ({ $others }). Siz roʻyxatni koʻrmaysiz va umumiy xabar olmaysiz; yangi taklif havolasi orqali qaytish mumkin.
leave-question-owner = Hamkasblarni akkauntda eng uzoq vaqtdan beri turgan ishtirokchi taklif qiladigan boʻladi.
leave-question-deleted = «{ $company }» kompaniya akkauntidan chiqasizmi? Siz uning oxirgi ishtirokchisisiz, shuning uchun akkaunt va ishchilar roʻyxati ({ $workers } kishi) oʻchiriladi. Buni qaytarib boʻlmaydi.
leave-question-own-data = Oʻzingizning muddatlaringiz (/status) va sozlamalaringiz saqlanib qoladi.
button-leave-yes = 🚪 Ha, chiqish
leave-stale = Siz endi bu kompaniya akkauntida emassiz.
leave-done = Siz «{ $company }» kompaniya akkauntidan chiqdingiz. { $deleted ->
    [yes] Akkaunt va uning ishchilar roʻyxati oʻchirildi.
   *[no] Ishchilar roʻyxati hamkasblaringizda qoldi.
} Hamkasblaringizning taklif havolasi hali amal qilayotgan boʻlsa, endi ishlaydi; oʻz roʻyxatingizni yuklash — /roster.

digest-title = 📋 Yaqin { $days } kun ichida ({ $until } gacha) muddati keladigan ishchilar: { $count }
digest-more = …va yana { $count } ta: /workers.
digest-hint = Batafsil va fayllar: /workers.

rem-lp-extension-opens-short = uzaytirishga ishonchli topshirish mumkin
rem-lp-extension-nudge-short = uzaytirish uchun hujjatlarni tayyorlash
rem-lp-extension-last-day-short = uzaytirishga ariza topshirish uchun ishonchli oxirgi ish kuni
rem-lp-new-permit-prepare-short = yangi ruxsatnoma uchun hujjatlarni tayyorlash
rem-lp-months-unknown-short = uzaytirish yoki yangi ruxsatnoma: oylarni roʻyxatda koʻrsating
# the roster does not say how many months are used (dialogs/schedules/labour-permit.yaml, months-unknown-*): the line has one date, this occasion's
status-lp-permit-months-unknown-short = oylar roʻyxatda yoʻq, muddat esa ularga bogʻliq: 12 boʻlsa — yangi ruxsatnoma, muddat tugashidan 4 kun oldin; 12 dan kam boʻlsa — uzaytirishga ariza topshirish uchun ishonchli oxirgi ish kuni
# `literal` yes: the date is the extension's literal last working day and the new permit's earliest one (D-4 a day off), as status-lp-permit-months-unknown-safe-passed
status-lp-permit-months-unknown-late-short = { $literal ->
        [yes] uzaytirishning ishonchli muddati oʻtdi, oylar esa roʻyxatda yoʻq — zudlik bilan xizmat markazidan (ЦОН) yoki 1414 dan aniqlang; soʻzma-soʻz hisob boʻyicha uzaytirishga (12 dan kam boʻlsa) ham, eng erta talqinda yangi ruxsatnomaga (12 boʻlsa) ham ariza topshirishning oxirgi ish kuni
       *[other] uzaytirishning ishonchli muddati oʻtdi, oylar esa roʻyxatda yoʻq: zudlik bilan xizmat markazidan (ЦОН) yoki 1414 dan aniqlang; 12 oy toʻlgan boʻlsa — yangi ruxsatnoma, eng erta talqinda
    }
rem-lp-months-unknown-new-permit-last-day-short = endi uzaytirib boʻlmaydi, oylar esa roʻyxatda yoʻq: 12 oy toʻlgan boʻlsa — yangi ruxsatnomaga ariza topshirish muddatining oxirgi ish kuni (bizning talqinimizda)
# the same occasion's reminder (a saved deadline without the months)
# our window's last day D-1 a day off (`closes_day_off`): $last_wd, its last working day, is the last day to file on our reading
rem-lp-months-unknown-new-permit-last-day = { $closes_day_off ->
        [yes] Ruxsatnoma { $expiry } gacha amal qiladi, necha oy toʻlgani esa roʻyxatda koʻrsatilmagan. Uni endi uzaytirib boʻlmaydi: uzaytirishga ariza topshirish muddati oʻtdi. Agar 12 oy toʻlgan boʻlsa — { $last_wd } bizning talqinimizda yangi ruxsatnomaga ariza topshirish muddatining oxirgi ish kuni (muddat { $closes } gacha, lekin u ish kuni emas); eng erta talqinda { $new_safe } dan kechiktirmay topshirish kerak edi. Imkon qadar tezroq topshiring, ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang va oylarni roʻyxatga qoʻshing.
       *[other] Ruxsatnoma { $expiry } gacha amal qiladi, necha oy toʻlgani esa roʻyxatda koʻrsatilmagan. Uni endi uzaytirib boʻlmaydi: uzaytirishga ariza topshirish muddati oʻtdi. Agar 12 oy toʻlgan boʻlsa — { $last_wd } bizning talqinimizda yangi ruxsatnomaga ariza topshirish muddatining oxirgi ish kuni ({ $closes } gacha); eng erta talqinda { $new_safe } dan kechiktirmay topshirish kerak edi. Imkon qadar tezroq topshiring, ariza qabul qilinadimi, Aholiga xizmat koʻrsatish markazidan (ЦОН) yoki 1414 dan oldindan aniqlang va oylarni roʻyxatga qoʻshing.
    }
rem-lp-new-permit-opens-short = yangi ruxsatnomaga ariza topshirish muddati ochiladi
lp-result-new-permit-day-off-short = yangi ruxsatnomaga ariza topshirish muddati dam olish kunlariga toʻgʻri keladi: oldindan aniqlang
# its day is the earliest reading's last working day, D-4 ($safe) a day off (dialogs/schedules/labour-permit.yaml, new-permit-day-off)
lp-result-new-permit-day-off-earliest-short = eng erta talqinda yangi ruxsatnomaga ariza topshirish uchun oxirgi ish kuni ({ $safe }, muddat tugashidan 4 kun oldin, — ish kuni emas): oldindan aniqlang
rem-lp-new-permit-last-day-short = yangi ruxsatnomaga ariza topshirish uchun oxirgi ish kuni (bizning talqinimizda)
rem-lp-expiry-short = ruxsatnoma muddati tez orada tugaydi
rem-ep-extension-plan-short = uzaytirish uchun hujjatlarni tayyorlash
rem-ep-extension-latest-short = uzaytirishga ulgurish uchun oxirgi ish kuni (rejalashtirish uchun sana)
rem-ep-expiry-last-day-short = uzaytirishga ariza topshirish uchun ruxsatnoma tugashidan oldingi oxirgi ish kuni
rem-se-permit-soon-short = maʼlumotnomaning oxirgi ish kunidan 2 hafta oldin
rem-se-permit-expiry-short = uzaytirishga ariza topshirish uchun maʼlumotnomaning oxirgi ish kuni
rem-trp-permit-soon-short = RVP muddati tugayapti: qanday uzaytirishni 1414 dan bilish

# the daily digest turned off and on (its button on the digest and on /workers)
button-digest-off = 🔕 Umumiy xabar yubormaslik
button-digest-on = 🔔 9:00 da umumiy xabar yuborish
digest-turned-off = 🔕 Umumiy xabarni endi yubormayman. Roʻyxat — /workers da; u yerda umumiy xabarni qayta yoqish tugmasi ham bor.
digest-turned-on = 🔔 Umumiy xabar yoqildi: har kuni ertalab soat 9:00 da — yaqin 14 kun ichida muddati keladigan ishchilar.
