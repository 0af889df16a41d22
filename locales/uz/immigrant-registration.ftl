## Immigrantlarni roʻyxatga olish (dialogs/trees/immigrant-registration.yaml daraxti).

immigrant-registration-title = Turgan joyida roʻyxatga olish

reg-who-question = Siz kimsiz?
reg-who-foreigner = Qozogʻistondagi chet ellikman
reg-who-host = Chet ellikni qabul qilyapman

reg-visa-question = Qozogʻistonga Qozogʻiston vizasi bilan kirganmisiz?
reg-visa-yes = Ha, viza bilan
reg-visa-no = Yoʻq, vizasiz

reg-result-visa = Qozogʻiston vizasi bilan kirganingizda sizni avtomatik ravishda roʻyxatga olishadi — taklif qilgan tomon koʻrsatgan manzil boʻyicha.
reg-result-host-registers-you = Siz haqingizda qabul qiluvchi tomon — sizni qabul qilgan odam yoki tashkilot xabar beradi; roʻyxatga politsiya qoʻyadi.
reg-result-host = Agar chet ellik sizning uyingizda yashasa, u haqida quyidagi usullardan biri bilan xabar bering.

reg-reason-by-police = Chet elliklarni vaqtincha yashash joyidagi politsiya roʻyxatga oladi.
reg-reason-visa-automatic = Qozogʻiston vizasi bilan kirganlar chegarada avtomatik ravishda roʻyxatga olinadi — taklifnomada koʻrsatilgan manzil boʻyicha.
reg-reason-visa-host-unsettled = Qabul qiluvchi tomon baribir siz haqingizda xabar berishi kerakmi, qoidalar hal qilmaydi: qabul qiluvchilar haqida umumiy aytilgan, viza boʻyicha roʻyxatga olinganlar haqida — yoʻq. Aniqlang: 1414 / egov.kz.
reg-reason-host-portal = Qabul qiluvchi tomon maʼlumotlarni vmp.gov.kz yoki egov.kz ga kiritadi va oʻzining ERI (ЭЦП) bilan imzolaydi.
reg-reason-host-in-person-post = Yoki xabarnomani migratsiya xizmati boʻlinmasiga shaxsan topshiradi yoki pochta orqali yuboradi.
reg-reason-e-qonaq = e-Qonaq tizimi (eqonaq.kz) foydalanuvchilari chet elliklar yashayotgani haqida u orqali ham xabar berishlari mumkin.
reg-reason-separate-from-work = Roʻyxatga olish ishlash huquqini bermaydi: agar qonun yoki xalqaro shartnoma boshqacha demasa, ishlash uchun alohida ruxsatnoma kerak (YeOII davlatlari fuqarolariga u kerak emas).

reg-note-other-address-silent = Agar siz taklifnomadagi manzilda yashamasangiz, qoʻshimcha xabarnoma kerakmi yoki yoʻqmi, bizning manbalar aytmaydi.
reg-note-deadline-silent = Chet ellik kelgani haqida qaysi muddatda xabar berish kerakligi bizning manbalarda koʻrsatilmagan. Kechiktirmang.
reg-note-no-host-silent = Qabul qiluvchi tomon boʻlmasa (masalan, oʻz uyingizda yashasangiz), siz haqingizda kim xabar berishini bizning manbalar aytmaydi — 1414 dan aniqlang.
reg-note-e-qonaq-users-silent = e-Qonaq tizimining «foydalanuvchisi» aynan kim ekani bizning manbalarda aytilmagan.
reg-note-visa-host-silent = Viza boʻyicha avtomatik roʻyxatga olingan chet ellik haqida qabul qiluvchi tomon xabar berishi kerakmi, bizning manbalar aytmaydi.
