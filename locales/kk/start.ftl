## Басты мәзір (dialogs/trees/start.yaml ағашы).

start-title = Басты мәзір
start-persona-question = Қалай көмектесейін? Кім екеніңізді таңдаңыз:
start-persona-worker = 👷 Шетелдікпін, жұмыс істеймін
start-persona-employer = 🏢 Жұмыс берушімін
start-persona-kandas = 🇰🇿 Қандаспын
start-persona-resident = 🏠 Қазақстанда тұрғым келеді
start-persona-host = 🛏 Шетелдікті қабылдаймын
start-persona-unsure = ❓ Не керегін білмеймін
start-persona-staff = 📋 Барлық қызметтер

start-worker-question = Қайда немесе қалай жұмыс істейсіз?
start-worker-household = Жеке адамның үйінде
start-worker-self = Өз бетімше, маман ретінде
start-worker-company = Компанияда
start-worker-register = Тұрған жерде есепке тұру

start-employer-question = Кімді жалдайсыз?
start-employer-household = Үйге жұмыскер
start-employer-company = Компанияға шетелдіктер
start-employer-register = Бізде шетелдік тұрады

start-kandas-question = Сізге не керек?
start-kandas-status = Қандас мәртебесі
start-kandas-quota = Өңірлік квота

start-resident-question = Сізге қандай рұқсат керек?
start-resident-temporary = Уақытша тұруға рұқсат
start-resident-permanent = Ықтиярхат

start-host-question = Не істеу керек?
start-host-register = Шетелдікті есепке қою
start-host-temporary = Уақытша тұруға рұқсат

start-unsure-kazakh-question = Сіз Қазақстанға көшіп келе жатқан немесе көшіп келген этникалық қазақсыз ба?
start-unsure-goal-question = Қазақстанда не істегіңіз келеді?
start-unsure-work = Жұмыс істеу
start-unsure-live = Тұру
start-unsure-hire = Шетелдікті жалдау
start-unsure-visit = Қысқа уақытқа келу
start-unsure-work-where-question = Қайда жұмыс істейсіз?

start-all-services-question = Барлық қызметтер:

start-pt-fl-doc = 2-қосымша, 10-жол, { $point }-тармақ
start-result-company-worker = Компаниядағы жұмысқа рұқсатты жұмыс беруші рәсімдейді. Ол берілгенге дейін жұмыс істеуге болмайды.
start-reason-employer-applies = Жұмыс беруші әкімдікке egov.kz немесе migration.enbek.kz арқылы өтініш береді.
start-reason-worker-data = Ол сіздің деректеріңізді және паспортыңыздың электрондық көшірмесін сұрайды.
start-reason-education = Сондай-ақ нотариат куәландырған, аударылған және заңдастырылған білім туралы құжаттар (шарт босатпаса).
start-reason-qualification = Жұмыс беруші біліктілігіңіз бен тәжірибеңіз лауазымға сай екенін хатпен растайды.
start-reason-no-work = Рұқсатсыз жұмыс істеуге болмайды.
start-note-company-categories = Бұл әдеттегі жалдауға (1–4 санаттар) арналған тізім. Маусымдық жұмыскерлер мен компания ішіндегі ауыстыру үшін тізімдер басқа — «Жұмыс берушіге рұқсат» қызметін қараңыз.
start-link-employer-permit = Жұмыс берушіге рұқсат

## The staff list of every service, in two groups (≤ 8 buttons a screen)
start-all-work = Жұмыс: рұқсаттар, тіркеу
start-all-live = Тұру, қандастар, квота
start-svc-labour-permit = Еңбекші иммигрантқа рұқсат
start-svc-employer-permit = Жұмыс берушіге рұқсат
start-svc-self-employment = Өз бетінше жұмысқа анықтама
start-svc-immigrant-registration = Шетелдікті тіркеу
start-svc-temporary-residence = Уақытша тұруға рұқсат
start-svc-permanent-residence = Ықтиярхат
start-svc-kandas = Қандас мәртебесі
start-svc-regional-quota = Өңірлік квота
