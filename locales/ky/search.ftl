# Search (issue 15): typed questions find their entry point.
search-understood = 🔎 Түшүндүм: { $title }
search-suggest-question = Ушул тууралуубу? Тандаңыз:
search-none = 🤷 Булардын бири да эмес
search-title = Издөө

search-title-lp-first = Эмгек иммигрантына биринчи уруксат
search-title-lp-extend = Эмгек иммигрантына уруксатты узартуу
search-title-lp-new = 12 айдан кийин жаңы уруксат
search-title-lp-lost = Уруксат жоголгон же бузулган
search-title-lp-revoked = Эмгек иммигрантына уруксатты кайтарып алуу
search-title-lp-employer = Үй чарбасына чет элдикти жумушка алам
search-title-ep-extend = Иш берүүчүгө уруксатты узартуу
search-title-ep-reissue = Иш берүүчүгө уруксатты кайра тариздөө
search-title-ep-fee = Иш берүүчүгө уруксат боюнча чечимден кийинки жыйым
search-title-ep-ict = Корпорациянын ичиндеги которуу
search-title-se-extend = Өз алдынча иштөө үчүн маалымкатты узартуу
search-title-se-reissue = Өз алдынча иштөө үчүн маалымкатты кайра тариздөө
search-title-se-duplicate = Өз алдынча иштөө үчүн маалымкаттын дубликаты
search-title-kandas-extend = Кандас статусун узартуу
search-title-kandas-arrival = Чечимден кийин кандастын көчүп келиши
search-title-trp-duplicate = Убактылуу жашоого уруксат жоголгон же бузулган
search-title-trp-term = Убактылуу жашоого уруксаттын мөөнөтү жана узартуу
search-title-prp-refused = Туруктуу жашоого уруксаттан баш тартуу
search-title-prp-hearing = Угуу тууралуу кабарлама
search-title-prp-annul = Туруктуу жашоого уруксатты жокко чыгаруу
search-title-prp-moving = Туруктуу жашоого уруксат менен көчүү
search-title-reg-host = Чет элдик конокту каттоо
