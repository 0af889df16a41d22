# Search (issue 15): typed questions find their entry point.
search-understood = 🔎 Фаҳмидам: { $title }
search-suggest-question = Шумо дар бораи ин? Интихоб кунед:
search-none = 🤷 Ҳеҷ яке аз инҳо
search-title = Ҷустуҷӯ

search-title-lp-first = Иҷозатномаи аввали муҳоҷири меҳнатӣ
search-title-lp-extend = Тамдиди иҷозатномаи муҳоҷири меҳнатӣ
search-title-lp-new = Иҷозатномаи нав баъд аз 12 моҳ
search-title-lp-lost = Иҷозатнома гум ё вайрон шуд
search-title-lp-revoked = Бозхонди иҷозатномаи муҳоҷири меҳнатӣ
search-title-lp-employer = Хориҷиро ба хоҷагии хонагӣ ба кор мегирам
search-title-ep-extend = Тамдиди иҷозатнома ба корфармо
search-title-ep-reissue = Аз нав расмӣ кардани иҷозатнома ба корфармо
search-title-ep-fee = Пардохт баъд аз қарор дар бораи иҷозатнома ба корфармо
search-title-ep-ict = Интиқоли дохиликорпоративӣ
search-title-se-extend = Тамдиди маълумотнома барои кори мустақил
search-title-se-reissue = Аз нав расмӣ кардани маълумотнома барои кори мустақил
search-title-se-duplicate = Дубликати маълумотнома барои кори мустақил
search-title-kandas-extend = Тамдиди мақоми кандас
search-title-kandas-arrival = Кӯчидани кандас баъд аз қарор
search-title-trp-duplicate = РВП гум ё вайрон шуд
search-title-trp-term = Мӯҳлат ва тамдиди РВП
search-title-prp-refused = Рад кардани иҷозатномаи истиқомати доимӣ
search-title-prp-hearing = Огоҳинома дар бораи шунидан
search-title-prp-annul = Бекор кардани иҷозатномаи истиқомати доимӣ
search-title-prp-moving = Кӯчидан бо иҷозатномаи истиқомати доимӣ
search-title-reg-host = Бақайдгирии меҳмони хориҷӣ
