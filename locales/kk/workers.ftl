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
# қатысушыда (иесінде емес) 👥 батырмасы жоқ: workers-hint орнына
workers-hint-member = Жұмыскерді ашу үшін нөмірін басыңыз. ⬇️ CSV / XLSX — осы кесте файл түрінде. Әріптестерді компания аккаунтының иесі шақыра алады. Аккаунттан шығу — /leave.
workers-file-format-unreadable = Ескі Excel (.xls), OpenDocument (.ods) файлдарын және екілік .xlsb файлдарын оқи алмаймын. Файлды Excel, LibreOffice немесе Google Кестелерде ашып, XLSX (Excel кітабы) немесе CSV ретінде сақтаңыз да, қайта жіберіңіз. Тізім үлгісі — /roster.
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
workers-export-caption-update = Жұмыскерлеріңіз, ең шұғылдары жоғарыда. Алғашқы төрт бағанды түзетіп, /roster арқылы қайта жіберуге болады: осылай жаңа жұмыскерлер қосылады және мерзімдер жаңартылады. Файлдан өшірілген жол жұмыскерді тізімнен алмайды — оны /workers ішінде алып тастаңыз (нөмірі → 🗑 Тізімнен алу).
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
invite-other-company-leave = Сіз басқа компанияның аккаунтындасыз, сондықтан сілтеме пайдаланылмады. Осы әріптестерге өту үшін ол аккаунттан /leave командасымен шығыңыз (бот растауды сұрайды және оның жұмыскерлер тізіміне не болатынын айтады), содан кейін осы сілтемені ол әлі жарамды кезде қайта ашыңыз.
invite-member-only = Әріптестерді тек компания аккаунтының иесі шақыра алады — тізімді жүктеуі аккаунтты құрған адам (немесе бұл рөл өзіне өткен адам). Қатысушы жүктеген файл ортақ тізімге қосылады, бірақ оны иесі етпейді: иесінен /invite арқылы сілтеме жіберуін сұраңыз.
invite-used = Бұл шақыру сілтемесі бұрын пайдаланылған. Әріптесіңізден жаңасын сұраңыз.
invite-expired = Бұл шақыру сілтемесінің мерзімі өтті. Әріптесіңізден жаңасын сұраңыз.
invite-invalid = Бұл шақыру сілтемесі жарамсыз. Әріптесіңізден жаңасын сұраңыз.

# /leave: компания аккаунтынан шығу (Companies.leave)
leave-not-member = Сіз ешбір компания аккаунтының қатысушысы емессіз.
leave-question-kept = «{ $company }» компания аккаунтынан шығасыз ба? Жұмыскерлер тізімі ({ $workers } адам) әріптестеріңізде қалады: аккаунтта басқа қатысушылар да бар ({ $others }). Сіз тізімді көрмейтін және жиынтықты алмайтын боласыз; жаңа шақыру сілтемесі арқылы қайта қосылуға болады.
leave-question-owner = Әріптестерді шақыру құқығы аккаунтта ең ұзақ тұрған қатысушыға өтеді.
leave-question-deleted = «{ $company }» компания аккаунтынан шығасыз ба? Сіз оның соңғы қатысушысысыз, сондықтан аккаунт пен жұмыскерлер тізімі ({ $workers } адам) жойылады. Мұны кері қайтару мүмкін емес.
leave-question-own-data = Өз мерзімдеріңіз (/status) мен баптауларыңыз сақталады.
button-leave-yes = 🚪 Иә, шығу
leave-stale = Сіз бұл компания аккаунтында енді жоқсыз.
leave-done = Сіз «{ $company }» компания аккаунтынан шықтыңыз. { $deleted ->
    [yes] Аккаунт пен оның жұмыскерлер тізімі жойылды.
   *[no] Жұмыскерлер тізімі әріптестеріңізде қалды.
} Әріптестеріңіздің шақыру сілтемесі енді, әлі жарамды болса, жұмыс істейді; өз тізіміңізді жүктеу — /roster.

digest-title = 📋 Алдағы { $days } күнде ({ $until } дейін) мерзімі бар жұмыскерлер: { $count }
digest-more = …және тағы { $count }: /workers.
digest-hint = Толығырақ және файлдар: /workers.

rem-lp-extension-opens-short = ұзартуға өтінішті сенімді түрде беруге болады
rem-lp-extension-nudge-short = ұзартуға құжаттарды дайындау
rem-lp-extension-last-day-short = ұзартуға өтініш берудің сенімді соңғы жұмыс күні
rem-lp-new-permit-prepare-short = жаңа рұқсатқа құжаттарды дайындау
rem-lp-months-unknown-short = ұзарту немесе жаңа рұқсат: айларды тізімде көрсетіңіз
# тізімде неше ай толғаны жоқ (dialogs/schedules/labour-permit.yaml, months-unknown-*): жолда бір ғана күн — осы жағдайдың күні
status-lp-permit-months-unknown-short = тізімде ай саны жоқ, ал мерзім соған байланысты: 12 болса — жаңа рұқсат, мерзім біткенге дейін 4 күн қалғанда; 12-ден аз болса — ұзартуға өтініш берудің сенімді соңғы жұмыс күні
status-lp-permit-months-unknown-late-short = ұзартудың сенімді мерзімі өтті, ал тізімде ай саны жоқ: ХҚКО-дан немесе 1414-тен шұғыл нақтылаңыз; 12 ай толған болса — ең ерте түсінік бойынша жаңа рұқсат
rem-lp-months-unknown-new-permit-last-day-short = ұзарту енді мүмкін емес, ал тізімде ай саны жоқ: 12 ай толған болса — жаңа рұқсатқа өтініш беру кезеңінің соңғы жұмыс күні (біздің түсінігімізше)
# сол жағдайдың еске салуы (айлары жоқ сақталған мерзім туралы)
rem-lp-months-unknown-new-permit-last-day = Рұқсат { $expiry } күніне дейін жарамды, ал неше ай толғаны тізімде көрсетілмеген. Оны енді ұзарту мүмкін емес: ұзартуға өтініш беру мерзімі өтті. 12 ай толған болса, біздің түсінігімізше { $last_wd } — жаңа рұқсатқа өтініш беру кезеңінің соңғы жұмыс күні ({ $closes } күніне дейін); ең ерте түсінік бойынша өтінішті { $new_safe } күнінен кешіктірмей беру керек еді. Өтінішті мүмкіндігінше тез беріңіз, өтініш қабылдана ма, ХҚКО-дан немесе 1414-тен алдын ала нақтылаңыз және айларды тізімге қосыңыз.
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

# the owner's list of colleagues (👥 Colleagues under /workers): English copies, to be translated
workers-hint-colleagues = 👥 Colleagues: who is in the account; remove one there.
button-workers-colleagues = 👥 Colleagues ({ $count })
colleagues-title = 👥 Colleagues in the account “{ $company }”: { $count }
colleagues-line = { $n }. { $name }, since { $since }
colleagues-hint = ✖️ removes a colleague from the account: they no longer see the list of workers or get the digest. Names come from Telegram and are not stored.
colleagues-none = No colleagues are left in the account “{ $company }”: only you see the list. To invite one: 👥 below or /invite.
colleague-fallback = colleague { $n }
button-colleague-remove = ✖️ { $n }. { $name }
colleague-remove-question = Remove { $name } (in the account since { $since }) from the account “{ $company }”? They will no longer see the list of workers or get the digest; the list stays with you. I will tell them. A new invitation link brings them back.
button-colleague-remove-yes = ✖️ Yes, remove
button-colleagues-back = ⬅️ Colleagues
colleague-removed = ✅ { $name } is no longer in the account.
colleague-gone = This colleague is no longer in the company account.
colleague-self = You cannot remove yourself. To leave the account: /leave.
colleagues-owner-only = Only the company account's owner can see and remove colleagues.
colleague-removed-you = The owner of the company account “{ $company }” removed you from it. You no longer see its list of workers or get its digest. Your own deadlines (/status) stay; a new invitation link brings you back.
