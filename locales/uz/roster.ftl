## Ish beruvchining CSV fayldagi ishchilar roʻyxati (dialogs/roster.py).
## roster-line — fayl qatori haqidagi xabar boshi, undan keyin kichik harf bilan
## xato matni keladi; butun fayl xatolari (0-qator) — toʻliq gaplar.

roster-help = Ishchilar roʻyxatini CSV fayl bilan yuboring (Excelda: «Сохранить как» → «CSV (разделители — точки с запятой)»). Birinchi qatorda — ustun nomlari:
    • name — ishchining ismi yoki belgisi, 64 belgigacha;
    • permit_expiry — ruxsatnoma amal qiladigan oxirgi kun, KK.OO.YYYY shaklida;
    • months_total — majburiy emas: ruxsatnoma uzaytirishlar bilan birga jami necha oyga berilgan (1 dan 12 gacha).
    Ustunlarni ruscha ham nomlash mumkin: фио, действует_до, месяцев.
    Misol:
    name;permit_expiry;months_total
    Aygerim B.;31.12.2026;6
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
roster-error-date-range = «{ $value }» sanasi xatoga oʻxshaydi: { $earliest } va { $latest } oraligʻidagi sana kutilmoqda. Yilni tekshiring.
roster-error-months = «{ $value }» months_total ustuniga mos emas: 1 dan { $max } gacha butun son yoki boʻsh katak kerak.

roster-error-header = Ustun nomlari yozilgan qatorni topmadim. Faylning birinchi qatorida name va permit_expiry ustunlari boʻlishi kerak (yetishmaydi: { $missing }). XLSX emas, CSV fayl kerak: Excelda «Сохранить как» → «CSV» ni tanlang.
roster-error-too-many = Faylda ishchilar bilan { $count } ta qator bor, bir marta esa { $max } tadan koʻp qoʻshib boʻlmaydi. Faqat birinchi { $max } tasi qayta ishlandi, qolganlarini alohida fayl bilan yuboring.
roster-error-empty = Faylda birorta ham ishchi yoʻq. Ustun nomlari yozilgan qator va uning ostida ishchilar qatorlari kerak.
roster-error-too-large = Fayl juda katta: { $max_mb } MB dan oshmasligi kerak.

roster-imported-again = Roʻyxatda allaqachon bor edi (yangilandi, takrorlanmadi): { $count }.
roster-too-many-items = Bir kishiga { $max } ta yozuv chegarasi sababli qoʻshilmadi: { $count }. Keraksiz yozuvlarni /status da oʻchiring va faylni qayta yuboring.
roster-problems-more = …va yana xatoli qatorlar: { $count }. Ularni faylda tuzating va qayta yuboring: allaqachon qoʻshilgan ishchilar takrorlanmaydi.
