## Главное меню (дерево dialogs/trees/start.yaml).

start-title = Главное меню
start-persona-question = Чем помочь? Выберите, кто вы:
start-persona-worker = 👷 Иностранец, хочу работать
start-persona-employer = 🏢 Работодатель
start-persona-kandas = 🇰🇿 Кандас (этнический казах)
start-persona-resident = 🏠 Хочу жить в Казахстане
start-persona-host = 🛏 Принимаю иностранца
start-persona-unsure = ❓ Не знаю, что мне нужно
start-persona-staff = 📋 Все услуги списком

start-worker-question = Где или как вы будете работать?
start-worker-household = В доме у частного лица
start-worker-self = Сам(а), как специалист
start-worker-company = В компании
start-worker-register = Учёт по месту пребывания

start-employer-question = Кого вы нанимаете?
start-employer-household = Работника в свой дом
start-employer-company = Иностранцев в компанию
start-employer-register = Иностранец живёт у нас: учёт

start-kandas-question = Что вас интересует?
start-kandas-status = Статус кандаса
start-kandas-quota = Региональная квота

start-resident-question = Какое разрешение вам нужно?
start-resident-temporary = Временное проживание
start-resident-permanent = Вид на жительство

start-host-question = Что нужно сделать?
start-host-register = Поставить иностранца на учёт
start-host-temporary = Разрешение на врем. проживание

start-unsure-kazakh-question = Вы этнический казах, который переезжает или переехал в Казахстан?
start-unsure-goal-question = Что вы хотите делать в Казахстане?
start-unsure-work = Работать
start-unsure-live = Жить (временно или постоянно)
start-unsure-hire = Нанять иностранца
start-unsure-visit = Просто приехать и пожить
start-unsure-work-where-question = Где вы будете работать?

start-all-services-question = Все услуги:

start-pt-fl-doc = прил. 2, строка 10, п. { $point }
start-result-company-worker = Разрешение на работу в компании оформляет работодатель. До его выдачи работать нельзя.
start-reason-employer-applies = Работодатель подаёт заявление в акимат через egov.kz или migration.enbek.kz.
start-reason-worker-data = Он попросит ваши данные и электронную копию паспорта.
start-reason-education = И нотариально заверенные документы об образовании с переводом, легализованные (если договор не освобождает).
start-reason-qualification = Работодатель письмом подтверждает, что ваша квалификация и опыт подходят для должности.
start-reason-no-work = Без разрешения работать нельзя.
start-note-company-categories = Это список для обычного найма (категории 1–4). Для сезонных работников и перевода внутри компании списки другие — см. услугу «Разрешение работодателю».
start-link-employer-permit = Разрешение работодателю

## The staff list of every service, in two groups (≤ 8 buttons a screen)
start-all-work = Работа: разрешения, учёт
start-all-live = Жительство, кандасы, квота
start-svc-labour-permit = Разрешение трудовому иммигранту
start-svc-employer-permit = Разрешение работодателю (ИРС)
start-svc-self-employment = Справка: самостоятельная работа
start-svc-immigrant-registration = Регистрация иностранца
start-svc-temporary-residence = РВП (временное проживание)
start-svc-permanent-residence = Вид на жительство
start-svc-kandas = Статус кандаса
start-svc-regional-quota = Региональная квота
