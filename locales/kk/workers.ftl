## Жұмыс берушінің жұмыскерлер тізімі (/workers), компания аккаунтына шақыру және күнделікті жиынтық (bot/employer.py).

cmd-workers = Жұмыскерлерім: мерзімдер мен файлдар
workers-title = Жұмыскерлер: { $count }. Ең шұғылдары жоғарыда:
workers-line = { $n }. { $name } — { $kind }, { $expiry } дейін жарамды
workers-line-expired = { $n }. { $name } — { $kind }, ⛔ мерзімі { $expiry } өтті
workers-next = → { $action }: { $date }
workers-next-none = → алда мерзім жоқ
workers-no-rules = → құқықтық мәтіндер бұл рұқсат бойынша еске салу күндерін белгілемейді: 1414 немесе egov.kz арқылы нақтылаңыз
workers-unreadable = сақталған күндер оқылмайды: бұл жұмыскерді /roster арқылы қайта жіберіңіз.
workers-empty = Компанияңызда әлі жұмыскерлер тізімі жоқ. Тізімді жүктеу үшін /roster жіберіңіз (CSV немесе XLSX); тізімді жүктеген әріптесіңіз сізге шақыру сілтемесін де жібере алады.
workers-hint = Жұмыскерді ашу үшін нөмірін басыңыз. ⬇️ CSV / XLSX — осы кесте файл түрінде. 👥 — әріптесті шақыру.
workers-action-deadline = мерзім
workers-detail-title = 👤 { $name } — { $kind }
workers-detail-expiry = { $expiry } дейін жарамды.
workers-detail-expired = ⛔ Рұқсаттың мерзімі { $expiry } өтті.
workers-detail-months = Барлығы берілген ай саны: { $months }.
workers-detail-ahead = Алдағы мерзімдер:
workers-detail-occasion = { $date } — { $action }
workers-col-kind = рұқсат түрі
workers-col-next-action = келесі әрекет
workers-col-next-date = келесі әрекеттің күні
workers-export-caption-update = Жұмыскерлеріңіз, ең шұғылдары жоғарыда. Алғашқы төрт бағанды түзетіп, /roster арқылы қайта жіберуге болады.
worker-deleted = { $name } тізімнен алынды.
worker-not-found = Бұл жұмыскер компанияңыздың тізімінде жоқ.
button-worker = { $n }
button-worker-delete = 🗑 Тізімнен алу
button-worker-delete-yes = 🗑 Иә, тізімнен алу
worker-delete-question = { $name } компания тізімінен алынсын ба? Тізім ортақ: жұмыскер барлық қатысушылардың тізімінен жоғалады, ол туралы еске салулар тоқтайды.
button-workers-back = ⬅️ Барлық жұмыскер
button-workers-csv = ⬇️ CSV
button-workers-xlsx = ⬇️ XLSX
button-workers-invite = 👥 Әріптесті шақыру
button-workers-open = 📋 Жұмыскерлер

invite-owner-only = Әріптестерді компания тізімін жүктеген адам ғана шақыра алады.
invite-link = Бұл сілтемені әріптесіңізге жіберіңіз. Ол бір рет жұмыс істейді және { $days } күн жарамды; оны ашқан адам сол жұмыскерлер тізімін көріп, өзгерте алады:
invite-joined = Сіз әріптестеріңіздің компания аккаунтына қосылдыңыз: { $count } жұмыскер. Оларды көру үшін /workers жіберіңіз. Күн сайын таңғы 9:00-де алдағы 14 күндегі мерзімдердің жиынтығын жіберемін. Жиынтықты өшіру — ондағы немесе /workers ішіндегі 🔕 батырмасы.
invite-already = Сіз осы компания аккаунтындасыз: /workers.
invite-other-company = Сіз басқа компанияның аккаунтындасыз, сондықтан сілтеме пайдаланылмады.
invite-used = Бұл шақыру сілтемесі бұрын пайдаланылған. Әріптесіңізден жаңасын сұраңыз.
invite-expired = Бұл шақыру сілтемесінің мерзімі өтті. Әріптесіңізден жаңасын сұраңыз.
invite-invalid = Бұл шақыру сілтемесі жарамсыз. Әріптесіңізден жаңасын сұраңыз.

digest-title = 📋 Алдағы { $days } күнде ({ $until } дейін) мерзімі бар жұмыскерлер: { $count }
digest-more = …және тағы { $count }: /workers.
digest-hint = Толығырақ және файлдар: /workers.

rem-lp-extension-opens-short = ұзартуға өтінішті сенімді түрде беруге болады
rem-lp-extension-nudge-short = ұзартуға құжаттарды дайындау
rem-lp-extension-last-day-short = ұзартуға өтініш берудің сенімді соңғы жұмыс күні
rem-lp-new-permit-prepare-short = жаңа рұқсатқа құжаттарды дайындау
rem-lp-months-unknown-short = ұзарту немесе жаңа рұқсат: айларды тізімде көрсетіңіз
rem-lp-new-permit-opens-short = жаңа рұқсатқа өтініш беру терезесі ашылады
lp-result-new-permit-day-off-short = жаңа рұқсатқа өтініш беру терезесі демалыс күндеріне түседі: алдын ала нақтылаңыз
lp-result-new-permit-day-off-earliest-short = жаңа рұқсатқа өтініш беру терезесі демалыс күндеріне түседі: алдын ала нақтылаңыз
rem-lp-new-permit-last-day-short = жаңа рұқсатқа өтініш берудің соңғы жұмыс күні (біздің түсінігімізше)
rem-lp-expiry-short = рұқсаттың мерзімі жақында аяқталады
rem-ep-extension-plan-short = ұзартуға құжаттарды дайындау
rem-ep-extension-latest-short = уақытында ұзартуға өтініш берудің соңғы жұмыс күні (жоспарлы күн)
rem-ep-expiry-short = рұқсаттың соңғы күні
rem-se-permit-soon-short = анықтаманың соңғы жұмыс күніне 2 апта қалғанда
rem-se-permit-expiry-short = ұзартуға өтініш беру үшін анықтаманың соңғы жұмыс күні
rem-trp-permit-soon-short = рұқсат мерзімі бітуге жақын: қалай ұзартуға болатынын 1414-тен біліңіз

# the daily digest turned off and on (its button on the digest and on /workers)
button-digest-off = 🔕 Жиынтықты жібермеу
button-digest-on = 🔔 Жиынтықты 9:00-де жіберу
digest-turned-off = 🔕 Жиынтықты енді жібермеймін. Тізім — /workers ішінде; жиынтықты қайта қосатын батырма да сонда.
digest-turned-on = 🔔 Жиынтық қосылды: күн сайын таңғы 9:00-де — алдағы 14 күнде мерзімі бар жұмыскерлер.
