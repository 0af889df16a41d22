## Ish beruvchining CSV yoki XLSX fayldagi ishchilar roʻyxati (dialogs/roster.py).
## roster-line — fayl qatori haqidagi xabar boshi, undan keyin kichik harf bilan
## xato matni keladi; butun fayl xatolari (0-qator) — toʻliq gaplar.

roster-help = Ishchilar roʻyxatini CSV yoki XLSX (Excel) fayl bilan yuboring. Birinchi 5 qatordan birida — ustun nomlari (ruscha, qozoqcha yoki inglizcha):
    • фио (name, аты-жөні) — ishchining ismi yoki belgisi, 64 belgigacha; familiya, ism va otasining ismi alohida ustunlarda ham boʻlishi mumkin: фамилия, имя, отчество;
    • вид_разрешения (permit_kind, рұқсат_түрі) — majburiy emas: labour-permit, employer-permit, intra-corporate-transfer, self-employment yoki residence-permit (ruscha soʻzlar bilan ham yozish mumkin: «разрешение трудовому иммигранту», «разрешение работодателю», «внутрикорпоративный перевод», «самостоятельное трудоустройство», «разрешение на временное проживание»);
    • действует_до (permit_expiry, жарамды_мерзімі) — ruxsatnoma amal qiladigan oxirgi kun, KK.OO.YYYY shaklida;
    • месяцев (months_total, ай_саны) — majburiy emas, faqat mehnat immigrantiga ruxsatnoma (разрешение трудовому иммигранту) uchun: uzaytirishlar bilan birga jami necha oyga berilgan (1 dan 12 gacha).
    Har bir ruxsatnoma turining oʻz qoidalari va muddatlari bor. Turi ustuni boʻlmasa, barcha ishchilar mehnat immigrantiga ruxsatnoma egalari deb hisoblanadi.
    Misol:
    name;permit_kind;permit_expiry;months_total
    Aygerim B.;labour-permit;31.12.2026;6
    John Smith;employer-permit;30.06.2027;
roster-imported = Qoʻshilgan ishchilar: { $count }.
roster-problems = Xatoli qatorlar qoʻshilmadi:
roster-line = { $line }-qator:{ " " }

roster-error-name-too-long = ism juda uzun ({ $length } belgi), { $max } tadan koʻp boʻlmasligi kerak.
roster-error-duplicate = «{ $value }» ismi { $first }-qatorda allaqachon bor, shuning uchun bu qator qoʻshilmadi.
roster-error-date = «{ $value }» sanasini oʻqib boʻlmadi{ $reason ->
        [date-error-day] : bu oyda faqat { $last } kun bor.
        [date-error-month] : { $month }-oy boʻlmaydi.
        [date-error-year] : { NUMBER($year, useGrouping: 0) } yili xato yozilganga oʻxshaydi. Yilni tekshiring.
        [date-error-year-digits] : yilni toʻrt raqam bilan yozing, masalan 31.12.2026.
       *[other] . Uni shunday yozing: KK.OO.YYYY, masalan 31.12.2026.
    }
roster-error-date-range = «{ $value }» sanasi xatoga oʻxshaydi: { $earliest } va { $latest } oraligʻidagi sana kutilmoqda. Sanani tekshiring.
## $column — foydalanuvchi faylida yozilgan ustun nomi.
roster-error-name-empty = ishchining ismi koʻrsatilmagan («{ $column }» ustuni).
roster-error-expiry-empty = ruxsatnoma amal qiladigan oxirgi kun koʻrsatilmagan («{ $column }» ustuni).
roster-error-kind-empty = ruxsatnoma turi koʻrsatilmagan («{ $column }» ustuni).
roster-error-months-value = «{ $value }» «{ $column }» ustuniga mos emas: 1 dan { $max } gacha butun son yoki boʻsh katak kerak.

roster-error-header-none = Ustun nomlari yozilgan qatorni topmadim. Faylning (yoki birinchi varaqning) birinchi { $rows } qatoridan birida «ФИО» (ism-familiya) va «Действует до» (amal qilish muddati) ustunlari boʻlishi kerak. «ФИО» oʻrniga «Фамилия», «Имя», «Отчество» ustunlari, «Действует до» oʻrniga — «Срок действия разрешения» ham mos keladi. CSV yoki XLSX fayl kerak.
## $name va $expiry — topilgan ustun, faylda qanday nomlangan boʻlsa, shunday.
roster-error-header-no-expiry = «{ $name }» ustunini topdim, lekin ruxsatnoma amal qiladigan oxirgi kun yozilgan ustunni topmadim. Uni «{ $name }» bilan bir qatorga «Действует до» yoki «Срок действия разрешения» nomi bilan qoʻshing va faylni qayta yuboring.
roster-error-header-no-name = «{ $expiry }» ustunini topdim, lekin ishchilarning ismlari yozilgan ustunni topmadim. Uni «{ $expiry }» bilan bir qatorga «ФИО» nomi bilan (yoki «Фамилия», «Имя», «Отчество» ustunlarini) qoʻshing va faylni qayta yuboring.
roster-error-too-many-company = Faylda ishchilar bilan { $count } ta qator bor. Faqat birinchi { $max } tasi oʻqildi: bitta kompaniya roʻyxatida { $company_max } tadan koʻp ishchi boʻlishi mumkin emas, shuning uchun qolganlarini alohida fayl bilan ham qoʻshib boʻlmaydi. Joy boʻshatish uchun sizda endi ishlamayotganlarni oʻchiring: /workers → ishchi raqami → 🗑 Roʻyxatdan oʻchirish.
roster-error-too-many = Faylda ishchilar bilan { $count } ta qator bor, bir marta esa { $max } tadan koʻp qoʻshib boʻlmaydi. Faqat birinchi { $max } tasi qayta ishlandi, qolganlarini alohida fayl bilan yuboring.
workers-file-too-long = Fayl juda uzun: faqat { $row }-qatorgacha oʻqildi, undan keyin fayl oʻqilmadi. Bitta kompaniya roʻyxatida { $company_max } tadan koʻp ishchi boʻlishi mumkin emas. Agar pastda yana ishchilar boʻlsa, ortiqcha qatorlarni (boʻshlarini ham) oʻchiring va faylni qayta yuboring; roʻyxatda joy boʻshatish — /workers → ishchi raqami → 🗑 Roʻyxatdan oʻchirish.
roster-error-empty = Faylda birorta ham ishchi yoʻq. Ustun nomlari yozilgan qator va uning ostida ishchilar qatorlari kerak.
roster-typed = Ishchilarni faqat CSV yoki XLSX (Excel) fayldan qoʻshaman, xabardan emas, shuning uchun bu matndan hech narsa saqlanmadi. Xabaringiz chatda qoldi: qatorlarni jadvalga koʻchiring (namuna — yuqoridagi workers.csv fayli), uni CSV yoki XLSX shaklida saqlang va fayl sifatida yuboring. Qanday ustunlar kerakligi — /roster.
roster-error-too-large = Fayl juda katta: { $max_mb } MB dan oshmasligi kerak.

roster-imported-again = Roʻyxatda allaqachon bor edi (yangilandi, takrorlanmadi): { $count }.
## Kompaniya roʻyxati yuklanganda javob. $names — vergul bilan ajratilgan birinchi bir nechta ism
## (ismlar koʻproq boʻlsa, roster-names-more bilan).
roster-added = Qoʻshilgan ishchilar: { $count }.
    { $names }
roster-updated = Roʻyxatda allaqachon bor edi, yangilandi: { $count }.
    { $names }
roster-unchanged = Roʻyxatda allaqachon bor edi, oʻzgarishsiz: { $count }.
roster-names-more = { $names } va yana { $count } ta
roster-not-in-file = Kompaniya roʻyxatida bu faylda yoʻq ishchilar bor: { $count }.
    { $names }
    Ular roʻyxatda qoldi: fayl ishchilarni qoʻshadi va yangilaydi, lekin hech kimni oʻchirmaydi. Ulardan kimdir sizda endi ishlamasa, uni oʻchiring: /workers → ishchi raqami → 🗑 Roʻyxatdan oʻchirish.
roster-too-many-items = Bir kishiga { $max } ta yozuv chegarasi sababli qoʻshilmadi: { $count }. Keraksiz yozuvlarni /status da oʻchiring va faylni qayta yuboring.
roster-problems-more = …va yana xatoli qatorlar: { $count }. Ularni faylda tuzating va qayta yuboring: allaqachon qoʻshilgan ishchilar takrorlanmaydi.

roster-error-xlsx = Bu Excel faylini ochib boʻlmadi. Uni qaytadan XLSX (yoki CSV) sifatida saqlang va yana bir bor yuboring.
roster-error-kind = ruxsatnoma turi «{ $value }» menga notanish. Quyidagilardan birini yozing: labour-permit, employer-permit, intra-corporate-transfer, self-employment, residence-permit.
roster-note-kind-assumed = Faylda ruxsatnoma turi ustuni yoʻq, shuning uchun barcha ishchilarda shunday deb hisoblanadi: { $kind }.
roster-too-many-workers = Qoʻshilmadi, chunki kompaniya roʻyxatida { $max } tadan koʻp ishchi boʻlishi mumkin emas: { $count }. Keraksizlarini /workers da oʻchiring.
roster-see-workers = Roʻyxat, eng shoshilinchlari yuqorida: /workers. Har kuni ertalab soat 9:00 da yaqin 14 kundagi muddatlar haqida bitta umumiy xabar yuboraman. Umumiy xabar yuborishni toʻxtatish uchun undagi yoki /workers dagi 🔕 tugmasini bosing.

roster-kind-labour-permit = mehnat immigrantiga ruxsatnoma
roster-kind-employer-permit = ish beruvchiga XIK (xorijiy ishchi kuchi) jalb qilish uchun ruxsatnoma
roster-kind-intra-corporate-transfer = korporatsiya ichidagi oʻtkazish
roster-kind-self-employment = mustaqil ishga joylashish uchun maʼlumotnoma
roster-kind-residence-permit = vaqtincha yashash uchun ruxsatnoma
