# Search (issue 15): typed questions find their entry point.
search-understood = 🔎 Понял: { $title }
search-suggest-question = Вы об этом? Выберите:
search-none = 🤷 Ничего из этого
search-title = Поиск

search-title-lp-first = Первое разрешение трудовому иммигранту
search-title-lp-extend = Продление разрешения трудовому иммигранту
search-title-lp-new = Новое разрешение после 12 месяцев
search-title-lp-lost = Разрешение утеряно или испорчено
search-title-lp-revoked = Отзыв разрешения трудовому иммигранту
search-title-lp-employer = Нанимаю иностранца в домашнее хозяйство
search-title-ep-extend = Продление разрешения работодателю
search-title-ep-reissue = Переоформление разрешения работодателю
search-title-ep-fee = Сбор после решения о разрешении работодателю
search-title-ep-ict = Внутрикорпоративный перевод
search-title-se-extend = Продление справки для самостоятельного трудоустройства
search-title-se-reissue = Переоформление справки для самостоятельного трудоустройства
search-title-se-duplicate = Дубликат справки для самостоятельного трудоустройства
search-title-kandas-extend = Продление статуса кандаса
search-title-kandas-arrival = Переезд кандаса после решения
search-title-trp-duplicate = РВП утеряно или испорчено
search-title-trp-term = Срок и продление РВП
search-title-prp-refused = Отказ в разрешении на постоянное проживание
search-title-prp-hearing = Уведомление о заслушивании
search-title-prp-annul = Аннулирование разрешения на постоянное проживание
search-title-prp-moving = Переезд с разрешением на постоянное проживание
search-title-reg-host = Регистрация гостя-иностранца
