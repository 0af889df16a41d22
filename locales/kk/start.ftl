## Басты мәзір (dialogs/trees/start.yaml ағашы).

start-title = Басты мәзір
start-persona-question = Қалай көмектесейін? Кім екеніңізді таңдаңыз:
start-persona-worker = 👷 Жұмыс істегім келетін шетелдікпін
start-persona-employer = 🏢 Жұмыс берушімін
start-persona-kandas = 🇰🇿 Этникалық қазақпын (қандас)
start-persona-resident = 🏠 Қазақстанда тұрғым келетін шетелдікпін
start-persona-host = 🛏 Шетелдікті өз үйімде қабылдаймын
start-persona-unsure = ❓ Маған не керек екенін білмеймін
start-persona-staff = 📋 Барлық қызметтер тізімі

start-worker-question = Қайда немесе қалай жұмыс істейсіз?
start-worker-household = Жеке адамның үй шаруашылығында
start-worker-self = Өз бетімше, маман ретінде (өз бетінше жұмысқа орналасу)
start-worker-company = Компанияда (компания ішінде ауыстыруды қоса алғанда)
start-worker-register = Болатын жерім бойынша есепке тұруым керек

start-employer-question = Кімді және қалай жалдайсыз?
start-employer-household = Үй шаруашылығына жұмыскер
start-employer-company = Компанияға шетелдік жұмыскерлер, корпоративішілік ауыстыру
start-employer-register = Бізде шетелдік тұрады: тіркеу

start-kandas-question = Сізді не қызықтырады?
start-kandas-status = Қандас мәртебесі: алу немесе ұзарту
start-kandas-quota = Қандастар мен қоныс аударушыларға арналған өңірлік квота

start-resident-question = Сізге қандай рұқсат қажет?
start-resident-temporary = Уақытша тұру
start-resident-permanent = Тұрақты тұру

start-host-question = Не істеу керек?
start-host-register = Шетелдікті болатын жері бойынша тіркеу
start-host-temporary = Шетелдікке уақытша тұруға рұқсат ресімдеу

start-unsure-kazakh-question = Сіз Қазақстанға көшіп келе жатқан немесе көшіп келген этникалық қазақсыз ба?
start-unsure-goal-question = Қазақстанда не істегіңіз келеді?
start-unsure-work = Жұмыс істеу
start-unsure-live = Тұру (уақытша немесе тұрақты)
start-unsure-hire = Шетелдікті жалдау
start-unsure-visit = Жай келіп, тоқтау
start-unsure-work-where-question = Қайда жұмыс істейсіз?

start-all-services-question = Барлық қызметтер:
