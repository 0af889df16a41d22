## Барлық қызметтердің сақталған мерзімдері бойынша еске салулар мен /status жолдары (dialogs/schedules/).

status-application = Өтініш берілді: жауап ең кеші { $decision_by } күні.
rem-decision-due = Өтінішіңізге жауап ең кеші { $decision_by } күні. Жауап болмаса, egov.kz-тегі жеке кабинетті тексеріңіз немесе 1414 байланыс орталығына қоңырау шалыңыз.

# ¶21 refuses only a late application; the decision may come after the last day (¶5)
ended-lp-permit = Рұқсат { $date } күні аяқталды: қолданыстағы рұқсатсыз жұмыс істеуге болмайды. Ұзартуға немесе жаңа рұқсатқа өтінішті мерзімінде берген болсаңыз, шешімді күтіңіз — ол туралы өтініш берген жерден немесе 1414-тен біліңіз. Бермеген болсаңыз, рұқсатты енді ұзарту мүмкін емес; бұдан әрі не істеу керегін біздің дереккөздер айтпайды — ХҚКО-дан немесе 1414-тен нақтылаңыз.
ended-lp-termination = Шарттың бұзылғаны туралы хабарлау мерзімі { $date } күні өтті. Хабарламаны мүмкіндігінше тез жіберіңіз.
ended-lp-application = Шешім { $date } күнінен кешіктірілмей келуі керек еді. Болмаса, ХҚКО-дан немесе 1414 байланыс орталығынан сұраңыз: шағымдану тәртібі біздің дереккөздерде жоқ.

status-se-permit = Өз бетінше жұмысқа орналасуға арналған анықтама { $expiry } күніне дейін жарамды. Ұзартуға еңбек шарты жасалған күннен бастап 5 жұмыс күні ішінде, бірақ { $file_by } күнінен кешіктірмей өтініш беріңіз{ $moved ->
        [yes] { " " }— бұл анықтаманың соңғы жұмыс күні; жұмыс уақытында беріңіз: кейін берілген өтініш ол аяқталғаннан кейін ғана қабылданады.
       *[no] , жұмыс уақытында: кейін берілген өтініш анықтама аяқталғаннан кейін ғана қабылданады.
    }
# no working day left before the certificate ends (row 9: a filing on a day off is accepted the next working day)
status-se-cert-no-working-day = Анықтама { $expiry } күніне дейін жарамды, бірақ ол аяқталғанға дейін жұмыс күні қалмады: қазір берілген ұзарту туралы өтініш ол аяқталғаннан кейін ғана қабылданады. Осыдан кейін анықтаманы ұзартуға бола ма, қағидаларда айтылмаған — 1414 байланыс орталығынан немесе egov.kz-тен сұраңыз.
ended-se-permit = Анықтама { $date } күні аяқталды. Осы күннен кейін оны ұзартуға бола ма, қағидаларда айтылмаған: 1414 байланыс орталығынан немесе egov.kz-тен сұраңыз.
rem-se-permit-soon = Өз бетінше жұмысқа орналасуға арналған анықтама { $expiry } күні аяқталады. Еңбек шартын жасасқан болсаңыз, ұзартуға шарт жасалған күннен бастап 5 жұмыс күні ішінде, бірақ { $file_by } күнінен кешіктірмей өтініш беріңіз{ $moved ->
        [yes] { " " }— бұл анықтаманың соңғы жұмыс күні; жұмыс уақытында беріңіз: кейін берілген өтініш ол аяқталғаннан кейін ғана қабылданады.
       *[no] , жұмыс уақытында: кейін берілген өтініш анықтама аяқталғаннан кейін ғана қабылданады.
    }
rem-se-permit-expiry = Your self-employment certificate ends on { $expiry }. If you have signed an employment contract, apply to extend it within 5 working days of signing, and no later than { $file_by }{ $moved ->
        [yes] , its last working day, in working hours: an application sent later is accepted only after it has ended.
       *[no] , in working hours: an application sent later is accepted only after the certificate has ended.
    } Whether it can be extended after it ends, the rules do not say — ask the 1414 contact centre or check egov.kz.
status-se-duty = { $deadline } күніне дейін өтініш беріңіз{ $one_day ->
        [yes] .
       *[no] { " " }(басқаша есептегенде — { $latest } күніне дейін).
    }
status-se-duty-cert-first = { $safe } күніне дейін өтініш беріңіз: анықтама { $expiry } күні аяқталады, бұл { $deadline } мерзімінен ертерек.
# one way of counting's last day gone, the other's still ahead
status-se-duty-late = Бір есептеу тәсілі бойынша өтініш беру мерзімі өтті ({ $deadline }); басқаша есептегенде — { $latest } күніне дейін. Мүмкіндігінше тезірек өтініш беріңіз.
# one count's day gone; the other's runs past the certificate's end, which cuts it short
status-se-duty-late-cert = Бір есептеу тәсілі бойынша өтініш беру мерзімі өтті ({ $deadline }); басқаша есептегенде ол ұзағырақ, бірақ анықтама тек { $expiry } күніне дейін жарамды. Ол жарамды кезде өтініш беріңіз: соңғы жұмыс күні — { $last }.
ended-se-duty = 5 жұмыс күндік мерзім { $date } күні өтті. Кешіктірсе не болатыны қағидаларда айтылмаған: 1414 байланыс орталығынан сұраңыз.
ended-se-application = Шешім { $date } күнінен кешіктірілмей келуі керек еді. Болмаса, анықтама беретін әкімдікке шағым беріңіз: ол 5 жұмыс күні ішінде қаралады.
rem-se-duty-extend = Анықтаманы ұзартуға { $deadline } күніне дейін өтініш беріңіз: еңбек шарты жасалған күннен бастап 5 жұмыс күні{ $one_day ->
        [yes] .
       *[no] { " " }(басқаша есептегенде — { $latest } күніне дейін).
    }
rem-se-cert-ends-first = Apply to extend your certificate no later than { $safe }, its last working day: it is valid until { $expiry }, before the deadline { $deadline }. Whether a certificate can be extended after it ends, the rules do not say — ask the 1414 contact centre or check egov.kz.
rem-se-duty-reissue = Анықтаманы қайта ресімдеуге { $deadline } күніне дейін өтініш беріңіз: өзгеріс болған күннен бастап 5 жұмыс күні{ $one_day ->
        [yes] .
       *[no] { " " }(басқаша есептегенде — { $latest } күніне дейін).
    }
rem-se-duty-duplicate = Анықтаманың телнұсқасына { $deadline } күніне дейін өтініш беріңіз: жоғалған немесе бүлінген күннен бастап 5 жұмыс күні{ $one_day ->
        [yes] .
       *[no] { " " }(басқаша есептегенде — { $latest } күніне дейін).
    }
# the earlier count's day gone, the other count's last day: today (a working day, never moved)
rem-se-duty-latest-day = Бір есептеу тәсілі бойынша өтініш беру мерзімі өтті ({ $deadline }); басқаша есептегенде бүгін, { $latest }, — соңғы күн. { $duty ->
        [reissue] Анықтаманы қайта ресімдеуге
        [duplicate] Анықтаманың телнұсқасына
       *[extend] Анықтаманы ұзартуға
    } бүгін, жұмыс уақытында өтініш беріңіз: кейін берілген өтініш осы күннен кейін ғана қабылданады. Күмәндансаңыз, 1414 байланыс орталығынан сұраңыз.

status-ep-permit = Permit valid until { $expiry }. To have the extension decided in time, apply no later than { $latest } — our planning date: the rules in our sources set no time to apply (check with the akimat or call 1414).
# the planning date gone while the permit still runs (/status, /track)
status-ep-permit-late = Рұқсат { $expiry } күніне дейін жарамды. Ұзартуға уақыт қорымен ({ $latest } күнінен кешіктірмей) өтініш беру енді мүмкін емес: мүмкіндігінше тезірек, жұмыс уақытында өтініш беріңіз. Рұқсат шешімнен бұрын аяқталса не болатынын біздің дереккөздер айтпайды — әкімдіктен немесе 1414-тен нақтылаңыз.
status-ep-permit-no-working-day = The permit is valid until { $expiry }, but no working day is left before it ends: an extension application filed now will be accepted on { $accepted }, after the permit has ended. Whether it can be extended then, our sources do not say — check with the akimat or call 1414.
ended-ep-permit = Рұқсат { $date } күні аяқталды. Осы күннен кейін оны ұзартуға бола ма, біздің дереккөздерде айтылмаған: әкімдіктен немесе 1414 байланыс орталығынан сұраңыз.
rem-ep-extension-plan = The permit ends on { $expiry }. When to apply for an extension, the rules in our sources do not say — check with the akimat or call 1414. An extension is decided within its working days, so apply no later than { $latest } (our planning date). Start preparing the documents now.
rem-ep-extension-latest = { $latest } — ұзартуға өтініш беріп, шешімді рұқсат { $expiry } күні аяқталғанға дейін алуға болатын соңғы жұмыс күні (жоспарлау күні, заңдағы мерзім емес).
rem-ep-expiry-last-day = The permit ends on { $expiry }. Today, { $last_wd }, is the last working day to apply for its extension while it is valid: an application filed after working hours or on a day off will be accepted on { $accepted }, after it has ended. If there is no decision on an extension yet, ask the akimat or call the 1414 contact centre.
status-ep-issue = Өтініш берілді: шешім туралы хабарлама — { $decision_by } күніне дейін, алыммен бірге бүкіл рәсім — { $total_by } күніне дейін.
rem-ep-issue-notice-due = Рұқсат бойынша шешім туралы хабарлама ең кеші { $decision_by } күні. Беру туралы шешімнен кейін алым 10 жұмыс күні ішінде төленеді; бүкіл рәсім — { $total_by } күніне дейін.
status-ep-fee = Рұқсат үшін алымды { $pay_by } күніне дейін төлеңіз.
status-ep-fee-notice = Рұқсат үшін алымды { $pay_by } күніне дейін төлеңіз (хабарламадан есептесе — { $pay_by_notice } күніне дейін).
# the day from the decision gone, the one from the notice ahead
status-ep-fee-notice-late = Алымды төлеу мерзімі шешімнен есептегенде { $pay_by } күні өтті; шешім туралы хабарламадан есептесе — соңғы күн { $pay_by_notice }. Дереу төлеп, енді не істеу керегін әкімдіктен сұраңыз.
ended-ep-fee = Алымды төлеу мерзімі шешімнен есептегенде { $date } күні өтті; шешім туралы хабарламадан есептесе, кейінірек болуы мүмкін. Дереу төлеп, енді не істеу керегін әкімдіктен сұраңыз.
ended-ep-fee-notice = Алымды төлеу мерзімі шешімнен де, ол туралы хабарламадан да есептегенде өтті: екеуінің кейінгісі { $date } күні аяқталды. Дереу төлеп, енді не істеу керегін әкімдіктен сұраңыз.
ended-ep-application = Шешім { $date } күнінен кешіктірілмей келуі керек еді. Болмаса, әкімдіктен немесе 1414 байланыс орталығынан сұраңыз: қайда шағымдану керегін біздің дереккөздер айтпайды.
rem-ep-fee-nudge = Рұқсат үшін алымды { $pay_by } күніне дейін төлеу керек: шешім қабылданған күннен бастап 10 жұмыс күні. Алдын ала төлеңіз.
rem-ep-fee-last-day = { $reading ->
        [later] { $pay_by } — рұқсат үшін алымды төлеудің сенімді соңғы күні (шешім қабылданған күннен бастап 10 жұмыс күні; { $received } күні алынған хабарламадан есептесе — { $pay_by_notice } күніне дейін).
        [same] { $pay_by } — рұқсат үшін алымды төлеудің соңғы күні: шешімнен де, ол туралы хабарламадан да есептегенде мерзім осы күні бітеді.
       *[unknown] { $pay_by } — рұқсат үшін алымды төлеудің сенімді соңғы күні (шешім қабылданған күннен бастап 10 жұмыс күні; шешім туралы хабарламадан есептесе — кейінірек).
    }
# the day from the decision gone; the one from the notice (a working day, never moved) is today
rem-ep-fee-notice-last-day = Рұқсат үшін алымды төлеудің сенімді мерзімі — шешім қабылданған күннен бастап 10 жұмыс күні — { $pay_by } күні өтті. { $received } күні алынған шешім туралы хабарламадан есептесе, бүгін, { $pay_by_notice }, — соңғы күн. Алымды бүгін төлеңіз. Күмәндансаңыз, әкімдіктен немесе 1414 байланыс орталығынан сұраңыз.

status-ks-status = Қандас мәртебесі { $valid_to } күніне дейін жарамды. Ұзарту жауабы кешікпеуі үшін { $latest } күніне дейін жұмыс уақытында өтініш беріңіз — бұл мерзім емес, жоспарлау күніміз: қашан беруді қағидалар айтпайды (әкімдікте не 1414-те нақтылаңыз).
status-ks-status-estimated = Қандас мәртебесі { $valid_to } күніне дейін жарамды — біздің бағалауымызша, келген күннен санағанда (жылды басқаша санасақ — { $valid_to_late } күніне дейін); куәліктегі «дейін» деген күнді басшылыққа алыңыз. Ұзарту жауабы кешікпеуі үшін { $latest } күніне дейін жұмыс уақытында өтініш беріңіз — бұл мерзім емес, жоспарлау күніміз: қашан беру керегін қағидалар айтпайды (әкімдіктен немесе 1414-тен нақтылаңыз).
# the day to file for an answer before the end gone while the status still runs (/status, /track)
status-ks-status-late = Қандас мәртебесі { $valid_to } күніне дейін жарамды. Ұзартуға мүмкіндігінше тезірек өтініш беріңіз: жауап осы күнге дейін келуі үшін { $latest } күнінен кешіктірмей өтініш беру керек еді. Бұл — жоспарлау күніміз, мерзім емес: қашан беру керегін қағидалар айтпайды — әкімдіктен немесе 1414-тен нақтылаңыз.
status-ks-status-estimated-late = Қандас мәртебесі { $valid_to } күніне дейін жарамды — біздің бағалауымызша, келген күннен санағанда (жылды басқаша санасақ — { $valid_to_late } күніне дейін); куәліктегі «дейін» деген күнді басшылыққа алыңыз. Ұзартуға мүмкіндігінше тезірек өтініш беріңіз: жауап осы күнге дейін келуі үшін { $latest } күнінен кешіктірмей өтініш беру керек еді. Бұл — жоспарлау күніміз, мерзім емес: қашан беру керегін қағидалар айтпайды — әкімдіктен немесе 1414-тен нақтылаңыз.
# the earlier reading's last day gone, the later one's not yet: that one day (arrival, /status, /track)
status-ks-status-estimated-last-day = Біздің бағалауымызша, келген күннен санағанда қандас мәртебесі { $valid_to } күніне дейін жарамды болды, егер келген күн мәртебе жылының бірінші күні болса; олай болмаса, мәртебенің соңғы күні — { $valid_to_late }. Куәліктегі «дейін» деген күнмен салыстырыңыз. Ұзартуға әлі өтініш бермеген болсаңыз, бірден әкімдікке немесе 1414-ке жүгініңіз: мәртебе аяқталғаннан кейін оны ұзартуға бола ма, қағидалар айтпайды.
ended-ks-status = Қандас мәртебесі мен куәлігі { $date } күні аяқталды. Осы күннен кейін мәртебені ұзартуға бола ма, қағидаларда айтылмаған: 1414 байланыс орталығынан сұраңыз.
ended-ks-application = Шешім { $date } күнінен кешіктірілмей келуі керек еді. Болмаса, әкімдікке шағым беріңіз: ол 5 жұмыс күні ішінде қаралады.
ended-rq-application = Шешім { $date } күнінен кешіктірілмей келуі керек еді. Болмаса, әкімдікке шағым беріңіз: ол тіркелген күннен бастап 5 жұмыс күні ішінде қаралады.
rem-ks-certificate-due = Қандас куәлігі — ең кеші { $certificate_by } күні (келген соң 3 күн; күнтізбелік пе, жұмыс па — қағидалар айтпайды, бұл кешірек күн). Онда — мәртебе мерзімі: «дейін» күнін /track арқылы сақтаңыз.
rem-ks-extension-prepare = Қандас мәртебесі { $valid_to } күні аяқталады. Ұзарту туралы шешім 3 жұмыс күні ішінде қабылданады: жауап мәртебе аяқталғанға дейін келуі үшін { $latest } күніне дейін өтініш беріңіз — бұл мерзім емес, жоспарлау күніміз: қашан беру керегін қағидалар айтпайды (әкімдіктен немесе 1414-тен нақтылаңыз). Құжаттарды қазір дайындаңыз.
rem-ks-extension-prepare-estimated = Біздің бағалауымызша, келген күннен санағанда қандас мәртебесі { $valid_to } күні аяқталады (жылды басқаша санасақ — { $valid_to_late }); есепке куәлігіңіздегі «дейін» деген күн алынады. Ұзарту туралы шешім 3 жұмыс күні ішінде қабылданады: жауап мәртебе аяқталғанға дейін келуі үшін { $latest } күніне дейін өтініш беріңіз — бұл мерзім емес, жоспарлау күніміз: қашан беру керегін қағидалар айтпайды (әкімдіктен немесе 1414-тен нақтылаңыз). Құжаттарды қазір дайындаңыз.
rem-ks-extension-latest = { $latest } — қандас мәртебесін ұзартуға өтініш беріп, жауапты (3 жұмыс күні) ол { $valid_to } күні аяқталғанға дейін алуға болатын соңғы жұмыс күні. Бұл — жоспарлау күніміз, мерзім емес: қашан беру керегін қағидалар айтпайды — әкімдіктен немесе 1414-тен нақтылаңыз.
rem-ks-extension-latest-estimated = { $latest } — қандас мәртебесін ұзартуға өтініш беріп, жауапты (3 жұмыс күні) ол { $valid_to } күні аяқталғанға дейін алуға болатын соңғы жұмыс күні (аяқталу күні — келген күннен саналған біздің бағалауымыз, жылды басқаша санасақ — { $valid_to_late }; куәлігіңіздегі аяқталу күні ертерек болса, соны басшылыққа алыңыз). Бұл — жоспарлау күніміз, мерзім емес: қашан беру керегін қағидалар айтпайды — әкімдіктен немесе 1414-тен нақтылаңыз.
rem-ks-status-ends = Қандас мәртебесі мен куәлігі { $valid_to } күні аяқталады.
rem-ks-status-ends-estimated = Біздің бағалауымызша, келген күннен санағанда қандас мәртебесі мен куәлігі { $valid_to } күні аяқталады (жылды басқаша санасақ — { $valid_to_late }); куәлігіңіздегі «дейін» деген күнді тексеріңіз.
rem-ks-informed = Ұзарту туралы шешім ХҚКО-ға ең кеші { $informed_by } күні келеді: нәтижесін сол жерден сұраңыз.

status-trp-sixteen = Баланың уақытша тұруға рұқсатына { $safe_by } күніне дейін өтініш беріңіз (ең кеші — { $latest }).
status-trp-sixteen-late = Баланың уақытша тұруға рұқсатына өтініш берудің қауіпсіз мерзімі өтті ({ $safe_by }); ең кеші — { $latest }. Мүмкіндігінше тезірек өтініш беріңіз.
status-trp-sixteen-none-left = Applying for the child's temporary residence permit: no working day is left before the end of the term ({ $latest }) — an application filed now will be accepted on { $next_wd }. Whether that is in time, the Rules do not say — check with the police or call 1414.
ended-trp-sixteen = 16 жасқа толған балаға өтініш беруге берілген 10 күн { $date } күні өтті. Енді не істеу керегін көші-қон полициясынан немесе 1414 байланыс орталығынан сұраңыз.
rem-trp-sixteen-soon = Балаға { $birthday } күні 16 жас толады. Қабылдаушы тарап уақытша тұруға рұқсатқа 10 күнтізбелік күн ішінде өтініш беруі керек; қауіпсіз соңғы күн — { $safe_by }. Құжаттарды дайындаңыз.
rem-trp-sixteen-last = { $safe_last } — 16 жасқа толған баланың уақытша тұруға рұқсатына өтініш беру үшін қауіпсіз мерзімге ({ $safe_by }) дейінгі соңғы жұмыс күні. Ең кеш оқылымы бойынша — { $latest }.
rem-trp-sixteen-last-both = Today, { $safe_last }, is the last working day to apply for the temporary residence permit of the child who turned 16, on both readings of the term (safe: { $safe_by }; at the latest: { $latest }): only days off follow up to the end of the term, and an application filed on a day off is accepted only on { $next_wd }. Apply today, in working hours.
# the safe day gone, the latest reading's last day (a working day) today.
rem-trp-sixteen-latest-day = 16 жасқа толған баланың уақытша тұруға рұқсатына өтініш берудің қауіпсіз мерзімі өтті ({ $safe_by }). Ең кеш оқылымы бойынша бүгін, { $latest }, — соңғы күн: бүгін, жұмыс уақытында өтініш беріңіз — кейін берілген өтініш осы күннен кейін ғана қабылданады. Күмәндансаңыз, көші-қон полициясынан немесе 1414 байланыс орталығынан сұраңыз.
status-trp-transfer = Корпоративішілік ауыстыру { $ends } күні аяқталады.
ended-trp-transfer = Корпоративішілік ауыстыру { $date } күні аяқталды. Оны аяқталғаннан кейін ұзартуға бола ма, біздің дереккөздер айтпайды — 1414-тен нақтылаңыз.
ended-trp-application = Шешім { $date } күнінен кешіктірілмей келуі керек еді. Болмаса, ол туралы өтініш берген жерден немесе 1414 байланыс орталығынан сұраңыз.
rem-trp-transfer-soon = Корпоративішілік ауыстыру { $ends } күні аяқталады. Ол 3 жылдан аспайды, бір жылға ұзарту құқығы бар: қалай ұзартуға болатынын жұмыс берушіден немесе 1414-тен алдын ала нақтылаңыз.
rem-trp-transfer-ends = Корпоративішілік ауыстыру { $ends } күні аяқталады.

status-prp-application = Өтініш берілді: шешім туралы хабарлама, біздің бағалауымызша, ең кеші { $notice_latest } күні (жалпы мерзім Қағидалардың 3-қосымшасында, ол біздің дереккөздерде жоқ).
ended-prp-application = By our estimate, the notice of the decision was due no later than { $date }. The overall time limit is in Appendix 3 to the Rules, which our sources lack: if there is no answer, ask the migration police, the 1414 contact centre or check egov.kz.
rem-prp-notice-estimate = By our estimate, the last day for the notice of the decision on your permanent residence permit is { $notice_latest }. The total term is in Appendix 3 to the Rules, which is not in our sources: if there is nothing yet, ask the migration police, the 1414 contact centre or check egov.kz.
status-prp-hearing = Тыңдау: { $ready_by } күніне дейін дайын болыңыз; ол ең кеші { $latest } күні өтеді.
status-prp-hearing-any-day = Тыңдау ең кеші { $latest } күні өтеді: келуге дайын болыңыз.
ended-prp-hearing = Тыңдау мерзімі { $date } күні өтті. Тыңдау болмаса, полициямен дереу байланысыңыз.
rem-prp-hearing = Өтінішіңіз бойынша тыңдау ең кеші { $latest } күні өтеді; ол { $ready_by } күні-ақ болуы мүмкін. Келуге дайын болыңыз.
status-prp-exit = Қазақстаннан { $safe } күніне дейін шығыңыз (ең кеші — { $outer }). Қайта өтініш беруге { $reapply } күнінен бастап болады.
# the safe day to leave gone, the other reading's ahead
status-prp-exit-late = Біздің есебімізше шығудың қауіпсіз мерзімі ({ $safe }) өтті; басқа оқылымы бойынша — { $outer } күніне дейін. Әлі Қазақстанда болсаңыз, көші-қон полициясына шұғыл жүгініңіз. Қайта өтініш беруге { $reapply } күнінен бастап болады.
# the item is over whether or not the user left: said for one who is still here
ended-prp-exit-if-here = Шығуға берілген 30 күн { $date } күні өтті. Әлі Қазақстанда болсаңыз, көші-қон полициясына дереу жүгініңіз.
rem-prp-exit-nudge = Күшін жойғаннан кейін Қазақстаннан { $safe } күніне дейін шығу керек (қауіпсіз соңғы күн; басқа оқылымы бойынша — { $outer }).
rem-prp-exit-last = { $safe } — күшін жойғаннан кейін Қазақстаннан шығудың қауіпсіз соңғы күні (басқа оқылымы бойынша — { $outer }).
# the safe day to leave gone, the other reading's last day (a working day) today.
rem-prp-exit-outer-day = Күшін жойғаннан кейін Қазақстаннан шығудың қауіпсіз мерзімі ({ $safe }) өтті. Басқа оқылымы бойынша бүгін, { $outer }, — соңғы күн. Әлі Қазақстанда болсаңыз, бүгін шығыңыз. Күмәндансаңыз, көші-қон полициясына дереу жүгініңіз немесе 1414-ке қоңырау шалыңыз.
status-prp-reapply = Тұрақты тұруға рұқсатқа қайта өтініш беруге { $safe } күнінен бастап болады.
rem-prp-reapply = { $safe } күнінен бастап тұрақты тұруға рұқсатқа қайта өтініш беруге болады (қорытындыдан кейін бір жыл өтті).

## Жазба не туралы: /status жолында, еске салуда және күнтізбеде бірінші тұрады (dialogs/schedules, `name`)
item-lp-permit = { track-service-lp }
item-lp-application = { track-service-lp } — өтініш
item-lp-termination = { track-service-lp } — шарттың бұзылуы
item-se-permit = { track-service-se }
item-se-application = { track-service-se } — { $request ->
        [issue] алуға өтініш
        [extend] ұзартуға өтініш
        [reissue] қайта ресімдеуге өтініш
        [duplicate] телнұсқаға өтініш
       *[other] өтініш
    }
item-se-duty = { track-service-se } — { $duty ->
        [extend] ұзарту
        [reissue] қайта ресімдеу
        [duplicate] телнұсқа
       *[other] 5 жұмыс күндік мерзім
    }
item-ep-ict = { track-service-ep } (корпоративішілік ауыстыру)
item-ep-permit = { $goal ->
        [ict] { item-ep-ict }
       *[other] { track-service-ep }
    }
item-ep-application = { $request ->
        [ict-issue] { item-ep-ict } — беруге өтініш
        [ict-extend] { item-ep-ict } — ұзартуға өтініш
        [ict-reissue] { item-ep-ict } — қайта ресімдеуге өтініш
        [issue] { track-service-ep } — беруге өтініш
        [extend] { track-service-ep } — ұзартуға өтініш
        [reissue] { track-service-ep } — қайта ресімдеуге өтініш
       *[other] { track-service-ep } — өтініш
    }
item-ep-fee = { track-service-ep } — алым
item-ks-status = { track-service-ks }
item-ks-application = { track-service-ks } — { $request ->
        [assign] беруге өтініш
        [extend] ұзартуға өтініш
       *[other] өтініш
    }
item-rq-application = { track-service-rq } — { $applicant ->
        [kandas] қандастың өтініші
        [resettler] қоныс аударушының өтініші
       *[other] өтініш
    }
item-trp-permit = { track-service-trp }
item-trp-application = { track-service-trp } — өтініш
item-trp-sixteen = { track-service-trp } — балаға 16 жас
item-trp-transfer = { track-service-trp } — корпоративішілік ауыстыру
item-prp-application = { track-service-prp } — өтініш
item-prp-hearing = { track-service-prp } — тыңдау
item-prp-exit = { track-service-prp } — күшін жойғаннан кейін шығу
item-prp-reapply = { track-service-prp } — бас тартқаннан кейін қайта өтініш

## /track: қай қызмет, не нақты, содан кейін күндер

track-service-question = Қай қызмет туралы?
track-service-lp = Еңбек иммигрантына рұқсат
track-service-se = Өз бетінше жұмыс анықтамасы
track-service-ep = Жұмыс берушіге рұқсат
track-service-ks = Қандас мәртебесі
track-service-rq = Өңірлік квота
track-service-trp = Уақытша тұруға рұқсат
track-service-prp = Тұрақты тұруға рұқсат
track-kind-question = Нені сақтайын?
track-kind-se-permit = Қолымдағы анықтама
track-kind-se-duty = 5 жұмыс күндік мерзім
track-kind-ep-permit = Біздегі рұқсат
track-kind-ep-fee = Алымды төлеу
track-kind-ks-status = Менің мәртебем (куәлік)
track-ks-arrival-estimate = Жыл — келген күннен бағалауымыз (шешім сол күні күшіне енеді): { $valid_to } не, келесі күннен санасақ, { $valid_to_late } күніне дейін. Нақты күн — куәліктегі «дейін»: алған соң соны бақылаңыз (батырма төменде).
track-kind-ks-arrival = Өңірге келдім
track-kind-trp-sixteen = Балаға 16 жас толады
track-kind-trp-transfer = Корпоративішілік ауыстыру
track-kind-prp-hearing = Тыңдау туралы хабарлама
track-kind-prp-exit = Күшін жою: шығу
track-kind-prp-reapply = Бас тарту: қайта беру
track-request-question = Өтініш не үшін берілді?
track-request-ict-issue = Ауыстыру: беру
track-request-ict-extend = Ауыстыру: ұзарту
track-request-ict-reissue = Ауыстыру: қайта ресімдеу
track-request-ks-extend = Мәртебені ұзарту
track-duty-question = Не болды?
track-duty-se-extend = Еңбек шартын жасастым
track-duty-se-reissue = Аты-жөн, құжат не жұмыс өзгерді
track-duty-se-duplicate = Анықтама жоғалды не бүлінді
track-event-question = Бұл қай күні болды?
track-expiry-question = Құжат қай күнге дейін жарамды? Онда көрсетілген соңғы күнді жазыңыз.
track-goal-question = Бұл қандай рұқсат?
track-goal-categories = 1–4 санаттар немесе маусымдық
track-applicant-question = Квотаға кім өтініш берді?
track-applicant-kandas = Қандас
track-applicant-resettler = Қоныс аударушы
track-result-check = Күндерді тексеріңіз. Әзірге ештеңе сақталған жоқ: «🔔 Мерзімдерді еске салу» басыңыз — сақтап, 9:00-де (Алматы уақыты) еске саламын.

tracking-saved-again = Бұл бұрыннан сақталған: жазбаны жаңарттым, қайталанбайды. Ең жақын еске салу — { $next } күні сағат 9:00-де (Алматы уақыты). Барлық мерзімдер: /status.
# a second 🔔 press within seconds of the first (a toast, at most 200 characters)
tracking-saved-above = 🔔 Сақталып қойды — растау сәл жоғарыда.
tracking-saved-again-no-upcoming = Бұл бұрыннан сақталған: жазбаны жаңарттым, қайталанбайды. Оның барлық мерзімі өтіп кетті, еске салу болмайды. Барлық мерзімдер: /status.
tracking-saved-again-no-reminders-left = Бұл бұрыннан сақталған: жазбаны жаңарттым, қайталанбайды. Ол бойынша енді еске салу болмайды: не қалғаны төменде айтылған. Барлық мерзімдер: /status.
# after a save: current items of the same thing (same title) with other dates — an answer
# corrected after saving, or a renewed permit whose old item still reminds. $items: their
# /status lines, numbered "1) …" when $count > 1
tracking-saved-twin = { $count ->
        [one] Бұл бұрын да басқа күндермен сақталған:
       *[other] Бұл бұрын да тағы { $count } рет басқа күндермен сақталған:
    }
    { $items }
    Егер жаңа жазба бұрынғысын алмастырса, бұрынғысын жойыңыз — әйтпесе ол бойынша да еске салулар келе береді. Екеуі де керек болса, ештеңе істемеңіз.
# under that text, one per earlier item; $n is 0 when there is one
button-twin-delete = { $n ->
        [0] 🗑 Бұрынғысын жою
       *[other] 🗑 Бұрынғысын жою ({ $n })
    }

## A temporary residence permit held: reminders on the user's own last day (the Rules set no term)
track-kind-trp-permit = Менің рұқсатым: мерзімі
status-trp-permit = Уақытша тұруға рұқсат { $expiry } күніне дейін жарамды (сіз көрсеткен күн).
track-note-trp-permit-silent = Біздің дереккөздердегі қағидаларда рұқсаттың мерзімі де, оны қашан және қалай ұзарту немесе жаңасын алу керегі де белгіленбеген. Соңғы күнге 60 және 14 күн қалғанда еске саламын: бұл ереже емес, біздің таңдауымыз. Болу мерзімі өтіп кетсе, рұқсатқа құжаттар тек екі жағдайда қабылданады. Не істеу керегін 1414-тен немесе egov.kz-тен біліңіз.
rem-trp-permit-soon = Уақытша тұруға рұқсатыңыз { $expiry } күніне дейін жарамды. Оны қалай және қашан ұзарту немесе жаңасын алу керегі қағидаларда айтылмаған; болу мерзімі өтіп кетсе, рұқсатқа құжаттар тек екі жағдайда қабылданады. Не керегін 1414-тен немесе egov.kz-тен алдын ала біліп, уақытында өтініш беріңіз.
ended-trp-permit = Уақытша тұруға рұқсат { $date } күні аяқталды. Болу мерзімі өтіп кетсе, рұқсатқа құжаттар тек екі жағдайда қабылданады. 1414-ке қоңырау шалыңыз.

## /track: a self-employment extension duty asks the certificate's last day (AMB-09)
track-se-cert-question = Анықтамаңыз қай күнге дейін жарамды екенін білесіз бе? Күн анықтамада көрсетілген; анықтама 5 жұмыс күні өткенге дейін аяқталуы мүмкін.
track-se-cert-date = Иә, күнін енгіземін
track-se-cert-unknown = Білмеймін
track-se-result-cert-ended = Анықтамаңыздың соңғы күні — { $expiry }: ол жарамды кезде ұзартуға өтініш беру мүмкін болмайды. Ол бойынша еске салуды жоспарламаймын.
track-se-reason-accepted-after = Ұзартуға өтініш еңбек шарты жасалғаннан кейін беріледі, ал демалыс күні не жұмыс уақытынан кейін жіберілген өтініш келесі жұмыс күні қабылданады: { $expiry } күніне дейін бұған жұмыс күні қалмайды.
track-se-cert-first = { $safe } күніне дейін өтініш беріңіз — анықтаманың соңғы жұмыс күні: ол { $expiry } күніне дейін жарамды, бұл { $deadline } мерзімінен ертерек. Анықтаманы мерзімі біткеннен кейін ұзартуға бола ма, қағидалар айтпайды, ал демалыс күні жіберілген өтініш келесі жұмыс күні қабылданады.
track-se-cert-later = Анықтама { $expiry } күніне дейін жарамды: ол { $deadline } мерзімінен бұрын аяқталмайды.
track-se-note-cert-unknown = Анықтаманың қай күнге дейін жарамды екенін көрсетпедіңіз. Бұл маңызды: егер ол { $deadline } күнінен бұрын аяқталса, ол жарамды кезде өтініш беріңіз — мерзімі біткен анықтаманы ұзартуға бола ма, қағидалар айтпайды. Анықтамадағы күнді тексеріңіз; оны кейін қосуға болады: /status ішінде ✏️.

## /track: the employer's fee asks the day the notice came (rows 5 and 8, AMB-14)
track-ep-notice-same = Шешім күні
track-ep-notice-other = Басқа күні
track-ep-notice-unknown = Әлі жоқ / білмеймін
track-ep-notice-date = Хабарлама қай күні келді?
