# Search (issue 15): typed questions find their entry point.
search-understood = 🔎 Түсіндім: { $title }
search-suggest-question = Осы туралы ма? Таңдаңыз:
search-none = 🤷 Бұлардың ешқайсысы емес
search-title = Іздеу

search-title-lp-first = Еңбек иммигрантына алғашқы рұқсат
search-title-lp-extend = Еңбек иммигрантына рұқсатты ұзарту
search-title-lp-new = 12 айдан кейін жаңа рұқсат
search-title-lp-lost = Рұқсат жоғалды немесе бүлінді
search-title-lp-revoked = Еңбек иммигрантына рұқсатты кері қайтарып алу
search-title-lp-employer = Үй шаруашылығына шетелдікті жалдаймын
search-title-ep-extend = Жұмыс берушінің рұқсатын ұзарту
search-title-ep-reissue = Жұмыс берушінің рұқсатын қайта ресімдеу
search-title-ep-fee = Жұмыс берушінің рұқсаты туралы шешімнен кейінгі алым
search-title-ep-ict = Корпоративішілік ауыстыру
search-title-se-extend = Өз бетінше жұмысқа орналасу анықтамасын ұзарту
search-title-se-reissue = Өз бетінше жұмысқа орналасу анықтамасын қайта ресімдеу
search-title-se-duplicate = Өз бетінше жұмысқа орналасу анықтамасының телнұсқасы
search-title-kandas-extend = Қандас мәртебесін ұзарту
search-title-kandas-arrival = Шешімнен кейін қандастың көшіп келуі
search-title-trp-duplicate = УТР жоғалды немесе бүлінді
search-title-trp-term = УТР мерзімі және ұзарту
search-title-prp-refused = Тұрақты тұруға рұқсат беруден бас тарту
search-title-prp-hearing = Тыңдау туралы хабарлама
search-title-prp-annul = Тұрақты тұруға рұқсаттың күшін жою
search-title-prp-moving = Тұрақты тұруға рұқсатпен көшу
search-title-reg-host = Шетелдік қонақты тіркеу
