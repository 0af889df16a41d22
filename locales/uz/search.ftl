# Search (issue 15): typed questions find their entry point.
search-understood = 🔎 Tushundim: { $title }
search-suggest-question = Shu haqdami? Tanlang:
search-none = 🤷 Bularning hech biri
search-title = Qidiruv

search-title-lp-first = Birinchi mehnat immigrantiga ruxsatnoma
search-title-lp-extend = Mehnat immigrantiga ruxsatnomani uzaytirish
search-title-lp-new = 12 oydan keyin yangi ruxsatnoma
search-title-lp-lost = Ruxsatnoma yoʻqolgan yoki buzilgan
search-title-lp-revoked = Mehnat immigrantiga ruxsatnomani qaytarib olish
search-title-lp-employer = Uy xoʻjaligiga chet ellikni ishga olaman
search-title-ep-extend = Ish beruvchiga ruxsatnomani uzaytirish
search-title-ep-reissue = Ish beruvchiga ruxsatnomani qayta rasmiylashtirish
search-title-ep-fee = Ish beruvchiga ruxsatnoma haqidagi qarordan keyingi yigʻim
search-title-ep-ict = Korporatsiya ichidagi oʻtkazish
search-title-se-extend = Mustaqil ishga joylashish uchun maʼlumotnomani uzaytirish
search-title-se-reissue = Mustaqil ishga joylashish uchun maʼlumotnomani qayta rasmiylashtirish
search-title-se-duplicate = Mustaqil ishga joylashish uchun maʼlumotnoma dublikati
search-title-kandas-extend = Kandas maqomini uzaytirish
search-title-kandas-arrival = Qarordan keyin kandasning koʻchib kelishi
search-title-trp-duplicate = Vaqtincha yashash ruxsatnomasi yoʻqolgan yoki buzilgan
search-title-trp-term = Vaqtincha yashash ruxsatnomasi muddati va uzaytirish
search-title-prp-refused = Doimiy yashash uchun ruxsatnomani rad etish
search-title-prp-hearing = Eshitish (tinglov) haqida xabarnoma
search-title-prp-annul = Doimiy yashash uchun ruxsatnomani bekor qilish
search-title-prp-moving = Doimiy yashash uchun ruxsatnoma bilan koʻchib oʻtish
search-title-reg-host = Chet ellik mehmonni roʻyxatga olish
