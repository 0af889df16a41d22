## Ish beruvchining CSV yoki XLSX fayldagi ishchilar roʻyxati (dialogs/roster.py).
## roster-line — fayl qatori haqidagi xabar boshi, undan keyin kichik harf bilan
## xato matni keladi; butun fayl xatolari (0-qator) — toʻliq gaplar.

roster-help = Ishchilar roʻyxatini CSV yoki XLSX (Excel) fayl bilan yuboring. Birinchi qatorda — ustun nomlari (ruscha, qozoqcha yoki inglizcha):
    • фио (name, аты) — ishchining ismi yoki belgisi, 64 belgigacha;
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

roster-error-name-missing = ishchining ismi koʻrsatilmagan (name ustuni).
roster-error-name-too-long = ism juda uzun ({ $length } belgi), { $max } tadan koʻp boʻlmasligi kerak.
roster-error-duplicate = «{ $value }» ismi { $first }-qatorda allaqachon bor, shuning uchun bu qator qoʻshilmadi.
roster-error-date = «{ $value }» sanasini oʻqib boʻlmadi{ $reason ->
        [date-error-day] : bu oyda faqat { $last } kun bor.
        [date-error-month] : { $month }-oy boʻlmaydi.
        [date-error-year-digits] : yilni toʻrt raqam bilan yozing, masalan 31.12.2026.
       *[other] . Uni shunday yozing: KK.OO.YYYY, masalan 31.12.2026.
    }
roster-error-date-missing = ruxsatnoma amal qiladigan oxirgi kun koʻrsatilmagan (permit_expiry ustuni).
roster-error-date-range = «{ $value }» sanasi xatoga oʻxshaydi: { $earliest } va { $latest } oraligʻidagi sana kutilmoqda. Sanani tekshiring.
roster-error-months = «{ $value }» months_total ustuniga mos emas: 1 dan { $max } gacha butun son yoki boʻsh katak kerak.

roster-error-header = Ustun nomlari yozilgan qatorni topmadim. Faylning (yoki birinchi varaqning) birinchi qatorida name va permit_expiry — yoki фио va действует_до ustunlari boʻlishi kerak (yetishmaydi: { $missing }). CSV yoki XLSX fayl kerak.
roster-error-too-many = Faylda ishchilar bilan { $count } ta qator bor, bir marta esa { $max } tadan koʻp qoʻshib boʻlmaydi. Faqat birinchi { $max } tasi qayta ishlandi, qolganlarini alohida fayl bilan yuboring.
roster-error-empty = Faylda birorta ham ishchi yoʻq. Ustun nomlari yozilgan qator va uning ostida ishchilar qatorlari kerak.
roster-error-too-large = Fayl juda katta: { $max_mb } MB dan oshmasligi kerak.

roster-imported-again = Roʻyxatda allaqachon bor edi (yangilandi, takrorlanmadi): { $count }.
roster-too-many-items = Bir kishiga { $max } ta yozuv chegarasi sababli qoʻshilmadi: { $count }. Keraksiz yozuvlarni /status da oʻchiring va faylni qayta yuboring.
roster-problems-more = …va yana xatoli qatorlar: { $count }. Ularni faylda tuzating va qayta yuboring: allaqachon qoʻshilgan ishchilar takrorlanmaydi.

roster-error-xlsx = Bu Excel faylini ochib boʻlmadi. Uni qaytadan XLSX (yoki CSV) sifatida saqlang va yana bir bor yuboring.
roster-error-kind = ruxsatnoma turi «{ $value }» menga notanish. Quyidagilardan birini yozing: labour-permit, employer-permit, intra-corporate-transfer, self-employment, residence-permit.
roster-error-kind-missing = ruxsatnoma turi koʻrsatilmagan (permit_kind ustuni).
roster-note-kind-assumed = Faylda ruxsatnoma turi ustuni yoʻq, shuning uchun barcha ishchilarda shunday deb hisoblanadi: { $kind }.
roster-too-many-workers = Qoʻshilmadi, chunki kompaniya roʻyxatida { $max } tadan koʻp ishchi boʻlishi mumkin emas: { $count }. Keraksizlarini /workers da oʻchiring.
roster-see-workers = Roʻyxat, eng shoshilinchlari yuqorida: /workers. Har kuni ertalab soat 9:00 da yaqin 14 kundagi muddatlar haqida bitta umumiy xabar yuboraman. Umumiy xabar yuborishni toʻxtatish uchun undagi yoki /workers dagi 🔕 tugmasini bosing.

roster-kind-labour-permit = mehnat immigrantiga ruxsatnoma
roster-kind-employer-permit = ish beruvchiga XIK (xorijiy ishchi kuchi) jalb qilish uchun ruxsatnoma
roster-kind-intra-corporate-transfer = korporatsiya ichidagi oʻtkazish
roster-kind-self-employment = mustaqil ishga joylashish uchun maʼlumotnoma
roster-kind-residence-permit = vaqtincha yashash uchun ruxsatnoma
