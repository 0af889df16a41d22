## Главное меню (дерево dialogs/trees/start.yaml).

start-title = Главное меню
start-persona-question = Чем помочь? Выберите, кто вы:
start-persona-worker = 👷 Иностранец, хочу работать
start-persona-employer = 🏢 Работодатель
start-persona-kandas = 🇰🇿 Этнический казах (кандас)
start-persona-resident = 🏠 Иностранец, хочу жить в Казахстане
start-persona-host = 🛏 Принимаю у себя иностранца
start-persona-unsure = ❓ Не знаю, что мне нужно
start-persona-staff = 📋 Все услуги списком

start-worker-question = Где или как вы будете работать?
start-worker-household = В домашнем хозяйстве у частного лица
start-worker-self = Сам(а), как специалист (самостоятельное трудоустройство)
start-worker-company = В компании (в том числе перевод внутри компании)
start-worker-register = Мне нужно встать на учёт по месту пребывания

start-employer-question = Кого и как вы нанимаете?
start-employer-household = Работника в домашнее хозяйство
start-employer-company = Иностранных работников в компанию, внутрикорпоративный перевод
start-employer-register = Иностранец живёт у нас: регистрация

start-kandas-question = Что вас интересует?
start-kandas-status = Статус кандаса: получить или продлить
start-kandas-quota = Региональная квота для кандасов и переселенцев

start-resident-question = Какое разрешение вам нужно?
start-resident-temporary = Временное проживание
start-resident-permanent = Постоянное проживание

start-host-question = Что нужно сделать?
start-host-register = Зарегистрировать иностранца по месту пребывания
start-host-temporary = Оформить иностранцу разрешение на временное проживание

start-unsure-kazakh-question = Вы этнический казах, который переезжает или переехал в Казахстан?
start-unsure-goal-question = Что вы хотите сделать в Казахстане?
start-unsure-work = Работать
start-unsure-live = Жить (временно или постоянно)
start-unsure-hire = Нанять иностранца
start-unsure-visit = Просто приехать и остановиться
start-unsure-work-where-question = Где вы будете работать?

start-all-services-question = Все услуги:
