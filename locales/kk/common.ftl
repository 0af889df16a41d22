## Жалпы мәтіндер: батырмалар, енгізу қателері, дереккөздер, командалар.

button-continue = Әрі қарай ➡️
button-back = ⬅️ Артқа
button-restart = 🔄 Қайта бастау
button-menu = 🏠 Мәзір
button-quotes = 📜 Дәйексөздер
common-yes = Иә
common-no = Жоқ

grounds-title = Негіздемелер:
quotes-title = Құқықтық мәтіндерден сөзбе-сөз дәйексөздер (орыс тілінде):
quotes-sent-above = 📜 Дәйексөздер жіберіліп қойды — сәл жоғарыда.

source-entry-rules = Иммигранттардың ҚР-ға келу және онда болу қағидалары (Үкіметтің № 148 қаулысы, 04.03.2022 № 111 қаулының редакциясында)
source-mc-rules = Көші-қон бақылауы және шетелдіктерді есепке алу қағидалары (Үкіметтің № 148 қаулысы, 04.03.2022 № 111 қаулының редакциясында)
source-decree-111 = ҚР Үкіметінің 04.03.2022 № 111 қаулысы
source-labour-permit-article = «Еңбек иммигрантына рұқсат беру, ұзарту және кері қайтарып алу» мақаласы (жұмыспен қамту және әлеуметтік бағдарламалар бөлімі, күні көрсетілмеген; қызмет көрсетуге қойылатын ресми Талаптар біздің дереккөздерімізде жоқ)
source-labour-permit-regulation-2019 = 2019 жылғы қызмет регламенті (ІІМ-нің № 532 бұйрығы; күші жойылған)
point-item = { $point }-тармақ
point-paragraph = { $point }-абзац
point-paragraph-item = { $point }-абзац, { $item }) тармақша

common-ask-official = 1414 байланыс орталығынан (Қазақстан бойынша тегін), egov.kz немесе migration.enbek.kz сайтынан нақтылаңыз.

hint-input-date = Күнді КК.АА.ЖЖЖЖ форматында жазыңыз, мысалы 31.12.2026.
hint-input-number = Санды цифрмен жазыңыз.
hint-input-country = Елдің атауын жазыңыз, мысалы «Өзбекстан».

date-error-format = Күнді оқу мүмкін болмады. Оны былай жазыңыз: КК.АА.ЖЖЖЖ, мысалы 31.12.2026.
date-error-year-digits = Жылды толық, төрт цифрмен жазыңыз: мысалы 31.12.26 емес, 31.12.2026.
date-error-month = { $typed } деген күн болмайды: жылда 12 ай бар. Күнді тексеріңіз.
date-error-day = { $typed } деген күн болмайды: { NUMBER($year, useGrouping: 0) } жылғы { $month ->
        [1] қаңтар
        [2] ақпан
        [3] наурыз
        [4] сәуір
        [5] мамыр
        [6] маусым
        [7] шілде
        [8] тамыз
        [9] қыркүйек
        [10] қазан
        [11] қараша
       *[12] желтоқсан
    } айында { $last } күн бар. Күнді тексеріңіз.
date-error-range = { $typed } деген күн сәйкес келмейді: { $earliest } – { $latest } аралығындағы күн күтіледі. Күнді тексеріңіз.
date-error-past = { $typed } деген күн өтіп кетті. { $earliest } күнінен ерте емес күнді жазыңыз.
number-error-format = Өтінеміз, тек санды цифрмен жазыңыз, мысалы 6.
number-error-range = Сан кемінде { $min } және көп дегенде { $max } болуы керек.
country-error-unknown = Мұндай елді таба алмадым. Атауын толық жазыңыз, мысалы «Қырғызстан», немесе ел кодын (KG).

error-use-buttons = Өтінеміз, жауапты төмендегі батырмамен таңдаңыз немесе оның нөмірін жазыңыз.
# (English until translated) a country typed at a question whose buttons are countries (dialogs/search/countries.py)
search-understood-country = 🔎 Understood: { $country } — the answer “{ $answer }”.
error-country-no-button = { $country } is not one of the answers here: { $answers }. Choose with a button below or write the answer's number.
error-use-continue = Жалғастыру үшін хабарламаның астындағы батырманы басыңыз.
error-dialog-finished = Бұл әңгіме аяқталды. Әрі қарай не істейтініңізді батырмамен таңдаңыз немесе мәзірді ашыңыз: /menu.
error-stale-button = Бұл батырма ескірген. Қазіргі сұрақ:
# a toast on a button that is not the dialog's (no question follows)
error-stale-button-short = Бұл батырма ескірген.
# a screen of an earlier day routed again with today's date (engine.resume), then its toast
dialog-rerouted = ℹ️ Бұл жауап сіз сұраған күнге берілген еді, содан бері мерзімдер жылжыды. Бүгінгі жағдай:
dialog-rerouted-short = Сол күннен бері мерзімдер жылжыды.
error-too-long = Хабарлама тым ұзын. Қысқарақ жазыңызшы.
error-unsupported-message = Мен тек мәтін мен батырмаларды түсінемін. Жауапты мәтінмен жазыңыз.
# a message the user edited after sending it (the screen follows)
error-edited-message = Өзгертілген хабарламаларды оқымаймын. Түзетілген жауапты жаңа хабарлама етіп жіберіңіз, ал сұрақ ауысып кеткен болса — оған «⬅️ Артқа» немесе «✏️ Жауапты өзгерту» батырмасымен қайтыңыз.

welcome = Сәлеметсіз бе! Мен Қазақстанда жұмыс істеуге және тұруға рұқсаттарды түсінуге көмектесемін: өтінішті кім бере алады, қандай құжаттар керек және қай күнге дейін үлгеру керек. Әр қағиданың дереккөзі көрсетіледі.
    Мен мемлекеттік орган емеспін: шешімді сіз өтініш беретін мемлекеттік орган (ХҚКО, әкімдік, полиция) қабылдайды. Анықтама: 1414, egov.kz.
menu-title = Қызметті таңдаңыз:
menu-service-labour-permit = 👷 Еңбек иммигрантына рұқсат
help-text = Ботты қалай пайдалану керек:
    • батырмамен немесе сөзбен жауап беріңіз («жоқ», «әрі қарай»); күндерді КК.АА.ЖЖЖЖ түрінде жазыңыз;
    • /start — сәлемдесу және мәзір, /menu — қызметті таңдау, /services — барлық қызметтер тізімі;
    • /back — бір қадам артқа, /restart — қызметті қайта бастау;
    • /track — мерзімді еске салу үшін сақтау, /status — менің мерзімдерім, /calendar — мерзімдер күнтізбеге, /roster — жұмыскерлер тізімі (CSV немесе XLSX), /workers — жұмыскерлердің мерзімдері (иесіне — әріптестер де), /invite — әріптесті шақыру, /leave — компания аккаунтынан шығу;
    • /language — тілді ауыстыру;
    • /mydata — бот сіз туралы не сақтайды, /forget — бәрін жою, /privacy — не, не үшін және қанша уақыт сақталады;
    • /help — осы анықтама.
    Ескертпелер мен негіздемелер жауаптың астында жиналып тұр (ашу үшін басыңыз); сөзбе-сөз дәйексөздер — «📜 Дәйексөздер» батырмасында.
language-choose = Тілді таңдаңыз:
language-set = Тіл: қазақша.
language-unknown = «{ $code }» тілі жоқ. Бар тілдер: { $codes }.
mydata-title = Бот сіз туралы не сақтайды:
mydata-language = тіл: { $language }
mydata-session = ағымдағы әңгіме: «{ $service }» қызметі, жауаптар саны: { $answers }
mydata-none = тілден басқа ештеңе.
forget-done = Дайын: сіздің барлық деректеріңіз жойылды. Қайта бастау үшін /start жіберіңіз.
cmd-start = Бастау
cmd-menu = Қызметті таңдау
cmd-back = Бір қадам артқа
cmd-restart = Қайта бастау
cmd-language = Тілді ауыстыру
cmd-help = Көмек
cmd-mydata = Менің деректерім
cmd-forget = Деректерімді жою
chat-bye = Сау болыңыз!
chat-unknown-choice = Мұндай нұсқа жоқ. Тізімдегі нөмірді жазыңыз.
source-outside-seeds = (біздің құқықтық мәтіндерімізден тыс ресми дереккөз: { $url }, { $retrieved } күні оқылды)
language-name = Қазақша
error-internal = Біз жақта бірдеңе дұрыс болмады. Жауаптарыңыз сақталды — қайталап көріңіз немесе /menu жіберіңіз.
button-forget-yes = Иә, жою
button-cancel = Болдырмау
forget-cancelled = Ештеңе жойылған жоқ.
menu-hint = Бастау үшін батырмамен қызметті таңдаңыз.

## Оң жауапты тоқтататын тексерулер және сілтемелер.
common-blocked-not-accepted = Мұндай құжаттармен өтінішті қабылдамайды: қабылдаудан бас тартады. Алдымен осыны түзетіңіз.
common-blocked-filed-past = Өтініш беру күні ({ $filed }) өтіп кетті: өтініш осы себепті қабылданбаса, түзетіп, қайта беріңіз; қабылданса — ол туралы өтініш берген жерден немесе 1414 арқылы біліңіз.
common-blocked-filed-past-merits-if = Егер өтініш { $filed } күні берілген болса: бұл — мәні бойынша бас тарту негізі, шешімді құжат қабылдау кезінде емес, мемлекеттік орган қабылдайды. Шешім туралы өтініш берген жерден немесе 1414 арқылы біліңіз.
common-blocked-merits = Бұл — қағидаларда аталған бас тарту негіздерінің бірі. Түпкілікті шешімді мемлекеттік орган қабылдайды.
common-blocked-more = Тағы { $n } — төмендегі ескертпелерде.
common-result-filed-if = Егер өтініш { $filed } күні берілсе, шешім { $decision_by } күнінен кешіктірілмейді. Берілмесе — жаңа күнді таңдаңыз: «✏️ Жауапты өзгерту».
# a ✅ result whose filing day has gone (no past headline of its own): never a tick for a day gone
common-result-date-gone = Сіз көрсеткен өтініш беру күні ({ $filed }) өтіп кетті. Өтініш берген болсаңыз, төмендегі мерзімдер сол күннен бастап есептеледі; бермеген болсаңыз — жаңа күнді таңдаңыз: «✏️ Жауапты өзгерту».
common-result-complaint-overdue = Шағымға жауап { $answer_by } күнінен кешіктірілмей келуі керек еді. Жауап болмаса, бұдан әрі қайда жүгіну керегін біздің дереккөздер айтпайды — 1414 байланыс орталығынан сұраңыз.
common-link-egov = 🌐 egov.kz
common-link-enbek = 🌐 migration.enbek.kz
common-link-eqonaq = 🌐 eqonaq.kz
common-link-vmp = 🌐 vmp.gov.kz
common-link-elicense = 🌐 elicense.kz

## Экрандар: барыс, қорытынды, құжаттар, бөлісу, жауапты өзгерту.
date-error-day-zero = { $typed } деген күн болмайды: айдың күндері 1-ден басталады. Күнді тексеріңіз.
progress-question = { $n }-сұрақ, барлығы шамамен { $total }
progress-question-n = { $n }-сұрақ
common-not-in-sources = Біздің дереккөздерде бәрі бірдей жоқ — нақтылаңыз: 1414 / egov.kz.
answers-title = Сіздің жауаптарыңыз:
common-answer-value = { $value }
button-documents = 📄 Құжаттар ({ $n })
button-share = ↗️ Бөлісу
button-change = ✏️ Жауапты өзгерту
change-title = Қай жауапты өзгертесіз?
change-hint = Сізді сол сұраққа қайтарамын. Басқа жауаптарыңыз әлі сәйкес келсе, сақталады.
checklist-hint = Дайын құжатты белгілеңіз: оның нөмірін басыңыз.
share-link = Өз жағдайыңызды тексеріңіз: { $link }
chat-grounds-hint = (/grounds — ескертпелер мен негіздемелер)
grounds-none = Бұл экранда ескертпелер мен негіздемелер жоқ.
services-title = Барлық қызметтер — қажетін таңдаңыз:
deeplink-unknown = Бұл сілтеме ешқайда апармайды — міне, мәзір.
deeplink-asks-first = Алдымен бірнеше сұрақ: сізге не қажет екені жауаптарыңызға байланысты.
cmd-services = Барлық қызметтер тізімі
# a date written as DD.MM.YYYY whose year is far from any permit's (before 1900, after 2200): a typo
date-error-year = { $typed } деген күнде жыл — { NUMBER($year, useGrouping: 0) }: қате терілген сияқты. Жылды тексеріңіз.
