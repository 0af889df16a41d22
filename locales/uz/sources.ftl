## Xizmatlar havola qiladigan huquqiy hujjatlar nomlari va ularning bandlari yozuvlari.

source-order-222 = QR Mehnat va aholini ijtimoiy himoya qilish vazirining 29.05.2026 dagi № 222 buyrugʻi «Ayrim buyruqlarga oʻzgartirishlar kiritish toʻgʻrisida»
source-kandas-rules = Kandas maqomini (статус кандаса) berish yoki uzaytirish qoidalari (22.07.2013 dagi № 329-Ө-М buyruq, 29.05.2026 dagi № 222 buyruq tahririda)
source-quota-rules = Kandaslar va koʻchib keluvchilarni qabul qilishning hududiy kvotasiga (региональная квота) kiritish qoidalari (15.01.2016 dagi № 20 buyruq, 29.05.2026 dagi № 222 buyruq tahririda)
source-se-rules = Chet el fuqarosi yoki fuqaroligi boʻlmagan shaxsga mustaqil ishga joylashish uchun malaka muvofiqligi haqida maʼlumotnoma (справка о соответствии квалификации для самостоятельного трудоустройства) berish yoki uzaytirish qoidalari (22.06.2023 dagi № 236 buyruq, 29.05.2026 dagi № 222 buyruq tahririda)
source-fl-rules = Ish beruvchilarga xorijiy ishchi kuchini jalb qilish uchun ruxsatnoma (разрешение работодателю на привлечение иностранной рабочей силы) berish yoki uzaytirish hamda korporatsiya ichidagi oʻtkazish (внутрикорпоративный перевод) qoidalari va shartlari (30.06.2023 dagi № 279 buyruq, 29.05.2026 dagi № 222 buyruq tahririda)
source-residence-rules = Chet elliklar va fuqaroligi boʻlmagan shaxslarga QRda vaqtincha yashash uchun ruxsatnoma (разрешение на временное проживание) va doimiy yashash uchun ruxsatnoma (разрешение на постоянное проживание) berish qoidalari (IIVning 04.12.2015 dagi № 992 buyrugʻi, 08.12.2024 holatidagi tahrir)
point-appendix = { $point }-ilova
point-heading = sarlavha
