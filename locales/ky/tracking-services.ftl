## Бардык кызматтардын сакталган мөөнөттөрү үчүн эскертүүлөр жана /status саптары (dialogs/schedules/).

status-application = Арыз берилди: жооп — { $decision_by } кечиктирбей.
rem-decision-due = Арызыңыз боюнча жооп — { $decision_by } кечиктирбей. Эгер жооп жок болсо, egov.kz сайтындагы жеке кабинетиңизди текшериңиз же 1414 байланыш борборуна чалыңыз.

# ¶21 refuses only a late application; the decision may come after the last day (¶5)
ended-lp-permit = Уруксат { $date } бүттү: жарактуу уруксатсыз иштөөгө болбойт. Эгер узартууга же жаңы уруксатка арызды мөөнөтүндө берген болсоңуз, чечимди күтүңүз — ал тууралуу арыз берген жериңизден же 1414тен билиңиз. Бербеген болсоңуз, уруксатты эми узартууга болбойт; мындан ары эмне кылуу керектигин биздин булактар айтпайт — калкты тейлөө борборунан (ЦОН) же 1414тен тактаңыз.
ended-lp-termination = Келишимдин бузулганы тууралуу кабарлоо мөөнөтү { $date } бүттү. Кабарламаны мүмкүн болушунча тезирээк жөнөтүңүз.
ended-lp-application = Чечим { $date } кечиктирбей келиши керек эле. Эгер ал жок болсо, калкты тейлөө борборунан (ЦОН) же 1414 байланыш борборунан сураңыз: даттануу тартиби биздин булактарда жок.

status-se-permit = Өз алдынча жумушка орношуу үчүн маалымкат { $expiry } чейин жарактуу. Узартууга эмгек келишими түзүлгөн күндөн тартып 5 жумуш күнүнүн ичинде, бирок { $file_by } кечиктирбей арыз бериңиз{ $moved ->
        [yes] { " " }— бул маалымкаттын акыркы жумуш күнү; жумуш убактысында бериңиз: кийинирээк берилген арыз ал бүткөндөн кийин гана кабыл алынат.
       *[no] , жумуш убактысында: кийинирээк берилген арыз маалымкат бүткөндөн кийин гана кабыл алынат.
    }
# no working day left before the certificate ends (row 9: a filing on a day off is accepted the next working day)
status-se-cert-no-working-day = Маалымкат { $expiry } чейин жарактуу, бирок ал бүткөнгө чейин жумуш күнү калган жок: азыр берилген узартуу арызы ал бүткөндөн кийин гана кабыл алынат. Андан кийин маалымкатты узартууга болобу, эрежелер айтпайт — 1414 байланыш борборунан же egov.kz сайтынан сураңыз.
ended-se-permit = Маалымкат { $date } бүттү. Аны ушул күндөн кийин узартууга болобу, эрежелер айтпайт: 1414 байланыш борборунан же egov.kz сайтынан сураңыз.
rem-se-permit-soon = Өз алдынча жумушка орношуу үчүн маалымкат { $expiry } бүтөт. Эгер эмгек келишимин түзгөн болсоңуз, узартууга аны түзгөн күндөн тартып 5 жумуш күнүнүн ичинде, бирок { $file_by } кечиктирбей арыз бериңиз{ $moved ->
        [yes] { " " }— бул маалымкаттын акыркы жумуш күнү; жумуш убактысында бериңиз: кийинирээк берилген арыз ал бүткөндөн кийин гана кабыл алынат.
       *[no] , жумуш убактысында: кийинирээк берилген арыз маалымкат бүткөндөн кийин гана кабыл алынат.
    }
rem-se-permit-expiry = Your self-employment certificate ends on { $expiry }. If you have signed an employment contract, apply to extend it within 5 working days of signing, and no later than { $file_by }{ $moved ->
        [yes] , its last working day, in working hours: an application sent later is accepted only after it has ended.
       *[no] , in working hours: an application sent later is accepted only after the certificate has ended.
    } Whether it can be extended after it ends, the rules do not say — ask the 1414 contact centre or check egov.kz.
status-se-duty = { $deadline } чейин арыз бериңиз{ $one_day ->
        [yes] .
       *[no] { " " }(башкача эсептегенде — { $latest } чейин).
    }
status-se-duty-cert-first = { $safe } чейин арыз бериңиз: маалымкат { $expiry } бүтөт, { $deadline } мөөнөтүнөн мурда.
# one way of counting's last day gone, the other's still ahead
status-se-duty-late = Бир эсептөө ыкмасы боюнча арыз берүү мөөнөтү өттү ({ $deadline }); башкача эсептегенде — { $latest } чейин. Мүмкүн болушунча тезирээк арыз бериңиз.
# one count's day gone; the other's runs past the certificate's end, which cuts it short
status-se-duty-late-cert = Бир эсептөө ыкмасы боюнча арыз берүү мөөнөтү өттү ({ $deadline }); башкача эсептегенде ал узунураак, бирок маалымкат { $expiry } чейин гана жарактуу. Ал жарактуу турганда арыз бериңиз: акыркы жумуш күнү — { $last }.
ended-se-duty = 5 жумуш күнү деген мөөнөт { $date } бүттү. Кечиксеңиз эмне болорун эрежелер айтпайт: 1414 байланыш борборунан сураңыз.
ended-se-application = Чечим { $date } кечиктирбей келиши керек эле. Эгер ал жок болсо, маалымкат берүүчү акимчиликке даттаныңыз: даттануу 5 жумуш күнүндө каралат.
rem-se-duty-extend = Маалымкатты узартууга { $deadline } чейин арыз бериңиз: эмгек келишими түзүлгөн күндөн тартып 5 жумуш күнү{ $one_day ->
        [yes] .
       *[no] { " " }(башкача эсептегенде — { $latest } чейин).
    }
rem-se-cert-ends-first = Apply to extend your certificate no later than { $safe }, its last working day: it is valid until { $expiry }, before the deadline { $deadline }. Whether a certificate can be extended after it ends, the rules do not say — ask the 1414 contact centre or check egov.kz.
rem-se-duty-reissue = Маалымкатты кайра тариздөөгө { $deadline } чейин арыз бериңиз: өзгөрүү болгон күндөн тартып 5 жумуш күнү{ $one_day ->
        [yes] .
       *[no] { " " }(башкача эсептегенде — { $latest } чейин).
    }
rem-se-duty-duplicate = Маалымкаттын дубликатына { $deadline } чейин арыз бериңиз: маалымкат жоголгон же бузулган күндөн тартып 5 жумуш күнү{ $one_day ->
        [yes] .
       *[no] { " " }(башкача эсептегенде — { $latest } чейин).
    }
# the earlier count's day gone, the other count's last day: today (a working day, never moved)
rem-se-duty-latest-day = Бир эсептөө ыкмасы боюнча арыз берүү мөөнөтү өттү ({ $deadline }); башкача эсептегенде бүгүн, { $latest }, — акыркы күн. { $duty ->
        [reissue] Маалымкатты кайра тариздөөгө
        [duplicate] Маалымкаттын дубликатына
       *[extend] Маалымкатты узартууга
    } бүгүн, жумуш убактысында арыз бериңиз: кийинирээк берилген арыз ушул күндөн кийин гана кабыл алынат. Эгер күмөн санасаңыз, 1414 байланыш борборунан сураңыз.

status-ep-permit = Permit valid until { $expiry }. To have the extension decided in time, apply no later than { $latest } — our planning date: the rules in our sources set no time to apply (check with the akimat or call 1414).
# the planning date gone while the permit still runs (/status, /track)
status-ep-permit-late = Уруксат { $expiry } чейин жарактуу. Узартууга убакыт калтырып ({ $latest } кечиктирбей) арыз берүү эми мүмкүн эмес: мүмкүн болушунча тезирээк, жумуш убактысында арыз бериңиз. Уруксат чечимден мурун бүтсө эмне болорун биздин булактар айтпайт — акимчиликтен же 1414тен тактаңыз.
status-ep-permit-no-working-day = The permit is valid until { $expiry }, but no working day is left before it ends: an extension application filed now will be accepted on { $accepted }, after the permit has ended. Whether it can be extended then, our sources do not say — check with the akimat or call 1414.
ended-ep-permit = Уруксат { $date } бүттү. Аны ушул күндөн кийин узартууга болобу, биздин булактар айтпайт: акимчиликтен же 1414 байланыш борборунан сураңыз.
rem-ep-extension-plan = The permit ends on { $expiry }. When to apply for an extension, the rules in our sources do not say — check with the akimat or call 1414. An extension is decided within its working days, so apply no later than { $latest } (our planning date). Start preparing the documents now.
rem-ep-extension-latest = { $latest } — узартууга арыз берип, уруксат { $expiry } бүткөнгө чейин чечим алуу үчүн акыркы жумуш күнү (бул пландоо үчүн күн, мыйзамдагы мөөнөт эмес).
rem-ep-expiry-last-day = The permit ends on { $expiry }. Today, { $last_wd }, is the last working day to apply for its extension while it is valid: an application filed after working hours or on a day off will be accepted on { $accepted }, after it has ended. If there is no decision on an extension yet, ask the akimat or call the 1414 contact centre.
status-ep-issue = Арыз берилди: чечим тууралуу кабарлама — { $decision_by } чейин, жыйым менен бүт жол-жобо — { $total_by } чейин.
rem-ep-issue-notice-due = Уруксат боюнча чечим тууралуу кабарлама — { $decision_by } кечиктирбей. Уруксат берүү тууралуу чечимден кийин жыйым 10 жумуш күнүнүн ичинде төлөнөт; бүт жол-жобо — { $total_by } чейин.
status-ep-fee = Уруксат үчүн жыйымды { $pay_by } чейин төлөңүз.
status-ep-fee-notice = Уруксат үчүн жыйымды { $pay_by } чейин төлөңүз (кабарламадан эсептесе — { $pay_by_notice } чейин).
# the day from the decision gone, the one from the notice ahead
status-ep-fee-notice-late = Жыйымды төлөө мөөнөтү чечимден эсептегенде { $pay_by } бүттү; чечим тууралуу кабарламадан эсептесе — акыркы күн { $pay_by_notice }. Дароо төлөп, эми эмне кылуу керек, акимчиликтен сураңыз.
ended-ep-fee = Жыйымды төлөө мөөнөтү чечимден эсептегенде { $date } бүттү; чечим тууралуу кабарламадан эсептесе, кечирээк болушу мүмкүн. Дароо төлөп, эми эмне кылуу керек, акимчиликтен сураңыз.
ended-ep-fee-notice = Жыйымды төлөө мөөнөтү чечимден да, ал тууралуу кабарламадан да эсептегенде бүттү: экөөнүн кечирээги { $date } бүттү. Дароо төлөп, эми эмне кылуу керек, акимчиликтен сураңыз.
ended-ep-application = Чечим { $date } кечиктирбей келиши керек эле. Эгер ал жок болсо, акимчиликтен же 1414 байланыш борборунан сураңыз: кайда даттануу керектигин биздин булактар айтпайт.
rem-ep-fee-nudge = Уруксат үчүн жыйымды { $pay_by } чейин төлөө керек: чечим чыккан күндөн тартып 10 жумуш күнү. Алдын ала төлөңүз.
rem-ep-fee-last-day = { $reading ->
        [later] { $pay_by } — уруксат үчүн жыйымды төлөөнүн ишенимдүү акыркы күнү (чечим чыккан күндөн тартып 10 жумуш күнү; { $received } алынган кабарламадан эсептесе — { $pay_by_notice } чейин).
        [same] { $pay_by } — уруксат үчүн жыйымды төлөөнүн акыркы күнү: чечимден да, ал тууралуу кабарламадан да эсептегенде мөөнөт ушул күнү бүтөт.
       *[unknown] { $pay_by } — уруксат үчүн жыйымды төлөөнүн ишенимдүү акыркы күнү (чечим чыккан күндөн тартып 10 жумуш күнү; чечим тууралуу кабарламадан эсептесе — кечирээк).
    }
# the day from the decision gone; the one from the notice (a working day, never moved) is today
rem-ep-fee-notice-last-day = Уруксат үчүн жыйымды төлөөнүн ишенимдүү мөөнөтү — чечим чыккан күндөн тартып 10 жумуш күнү — { $pay_by } бүттү. { $received } алынган чечим тууралуу кабарламадан эсептесе, бүгүн, { $pay_by_notice }, — акыркы күн. Жыйымды бүгүн төлөңүз. Эгер күмөн санасаңыз, акимчиликтен же 1414 байланыш борборунан сураңыз.

status-ks-status = Кандас статусу (статус кандаса) { $valid_to } чейин жарактуу. Узартуу жообу кечикпеши үчүн { $latest } чейин жумуш убагында арыз бериңиз — бул мөөнөт эмес, биздин пландоо күнүбүз: качан берерин эрежелер айтпайт (акимчиликтен же 1414тен тактаңыз).
status-ks-status-estimated = Кандас статусу (статус кандаса) { $valid_to } чейин жарактуу — биздин баа боюнча, келген күндөн эсептегенде (жылды башкача эсептесек — { $valid_to_late } чейин); күбөлүктөгү «чейин» деген күнгө таяныңыз. Узартуу жообу кечикпеши үчүн { $latest } чейин жумуш убагында арыз бериңиз — бул мөөнөт эмес, биздин пландоо күнүбүз: качан берүү керектигин эрежелер айтпайт (акимчиликтен же 1414тен тактаңыз).
# the day to file for an answer before the end gone while the status still runs (/status, /track)
status-ks-status-late = Кандас статусу (статус кандаса) { $valid_to } чейин жарактуу. Узартууга мүмкүн болушунча тезирээк арыз бериңиз: жооп ушул күнгө чейин келиши үчүн { $latest } кечиктирбей арыз берүү керек эле. Бул — биздин пландоо күнүбүз, мөөнөт эмес: качан берүү керектигин эрежелер айтпайт — акимчиликтен же 1414тен тактаңыз.
status-ks-status-estimated-late = Кандас статусу (статус кандаса) { $valid_to } чейин жарактуу — биздин баа боюнча, келген күндөн эсептегенде (жылды башкача эсептесек — { $valid_to_late } чейин); күбөлүктөгү «чейин» деген күнгө таяныңыз. Узартууга мүмкүн болушунча тезирээк арыз бериңиз: жооп ушул күнгө чейин келиши үчүн { $latest } кечиктирбей арыз берүү керек эле. Бул — биздин пландоо күнүбүз, мөөнөт эмес: качан берүү керектигин эрежелер айтпайт — акимчиликтен же 1414тен тактаңыз.
# the earlier reading's last day gone, the later one's not yet: that one day (arrival, /status, /track)
status-ks-status-estimated-last-day = Биздин баа боюнча, келген күндөн эсептегенде кандас статусу (статус кандаса) { $valid_to } чейин жарактуу болгон, эгер келген күн статус жылынын биринчи күнү болсо; андай болбосо, статустун акыркы күнү — { $valid_to_late }. Күбөлүктөгү «чейин» деген күн менен салыштырыңыз. Узартууга али арыз бере элек болсоңуз, дароо акимчиликке же 1414кө кайрылыңыз: статус бүткөндөн кийин аны узартууга болобу, эрежелер айтпайт.
ended-ks-status = Кандас статусу (статус кандаса) жана күбөлүк { $date } бүттү. Статусту ушул күндөн кийин узартууга болобу, эрежелер айтпайт: 1414 байланыш борборунан сураңыз.
ended-ks-application = Чечим { $date } кечиктирбей келиши керек эле. Эгер ал жок болсо, акимчиликке даттаныңыз: даттануу 5 жумуш күнүндө каралат.
ended-rq-application = Чечим { $date } кечиктирбей келиши керек эле. Эгер ал жок болсо, акимчиликке даттаныңыз: даттануу катталган күндөн тартып 5 жумуш күнүндө каралат.
rem-ks-certificate-due = Кандас күбөлүгү — { $certificate_by } кечиктирбей (келгенден соң 3 күн; календардыкпы, жумушпу — эрежелер айтпайт, бул кечирээк күн). Анда — статустун мөөнөтү: «чейин» күнүн /track аркылуу сактаңыз.
rem-ks-extension-prepare = Кандас статусу (статус кандаса) { $valid_to } бүтөт. Узартуу боюнча чечим 3 жумуш күнүндө чыгат: жооп статус бүткөнгө чейин келиши үчүн { $latest } чейин арыз бериңиз — бул мөөнөт эмес, биздин пландоо күнүбүз: качан берүү керектигин эрежелер айтпайт (акимчиликтен же 1414тен тактаңыз). Документтерди азыр даярдаңыз.
rem-ks-extension-prepare-estimated = Биздин баа боюнча, келген күндөн эсептегенде кандас статусу (статус кандаса) { $valid_to } бүтөт (жылды башкача эсептесек — { $valid_to_late }); эсепке күбөлүгүңүздөгү «чейин» деген күн алынат. Узартуу боюнча чечим 3 жумуш күнүндө чыгат: жооп статус бүткөнгө чейин келиши үчүн { $latest } чейин арыз бериңиз — бул мөөнөт эмес, биздин пландоо күнүбүз: качан берүү керектигин эрежелер айтпайт (акимчиликтен же 1414тен тактаңыз). Документтерди азыр даярдаңыз.
rem-ks-extension-latest = { $latest } — кандас статусун (статус кандаса) узартууга арыз берип, ал { $valid_to } бүткөнгө чейин жооп (3 жумуш күнү) алуу үчүн акыркы жумуш күнү. Бул — биздин пландоо күнүбүз, мөөнөт эмес: качан берүү керектигин эрежелер айтпайт — акимчиликтен же 1414тен тактаңыз.
rem-ks-extension-latest-estimated = { $latest } — кандас статусун (статус кандаса) узартууга арыз берип, ал { $valid_to } бүткөнгө чейин жооп (3 жумуш күнү) алуу үчүн акыркы жумуш күнү (бүтүү күнү — келген күндөн эсептелген биздин баа, жылды башкача эсептесек — { $valid_to_late }; күбөлүгүңүздө бүтүү күнү эртерээк болсо, ага таяныңыз). Бул — биздин пландоо күнүбүз, мөөнөт эмес: качан берүү керектигин эрежелер айтпайт — акимчиликтен же 1414тен тактаңыз.
rem-ks-status-ends = Кандас статусу жана күбөлүк { $valid_to } бүтөт.
rem-ks-status-ends-estimated = Биздин баа боюнча, келген күндөн эсептегенде кандас статусу (статус кандаса) жана күбөлүк { $valid_to } бүтөт (жылды башкача эсептесек — { $valid_to_late }); күбөлүгүңүздөгү «чейин» деген күндү текшериңиз.
rem-ks-informed = Узартуу тууралуу чечим калкты тейлөө борборуна (ЦОН) { $informed_by } кечиктирбей келет: жыйынтыгын ошол жерден сураңыз.

status-trp-sixteen = Бала үчүн убактылуу жашоого уруксатка (разрешение на временное проживание) { $safe_by } чейин арыз бериңиз (эң кечи — { $latest }).
status-trp-sixteen-late = Бала үчүн убактылуу жашоого уруксатка (разрешение на временное проживание) арыз берүүнүн коопсуз мөөнөтү өттү ({ $safe_by }); эң кечи — { $latest }. Мүмкүн болушунча тезирээк арыз бериңиз.
status-trp-sixteen-none-left = Applying for the child's temporary residence permit: no working day is left before the end of the term ({ $latest }) — an application filed now will be accepted on { $next_wd }. Whether that is in time, the Rules do not say — check with the police or call 1414.
ended-trp-sixteen = 16 жашка толгон бала үчүн арыз берүүгө берилген 10 күн { $date } бүттү. Эми эмне кылуу керек, миграциялык полициядан же 1414 байланыш борборунан сураңыз.
rem-trp-sixteen-soon = Балага { $birthday } 16 жаш толот. Кабыл алуучу тарап 10 календардык күндүн ичинде убактылуу жашоого уруксатка (разрешение на временное проживание) арыз бериши керек; коопсуз акыркы күн — { $safe_by }. Документтерди даярдаңыз.
rem-trp-sixteen-last = { $safe_last } — 16 жашка толгон бала үчүн убактылуу жашоого уруксатка (разрешение на временное проживание) арыз берүүнүн коопсуз мөөнөтүнө ({ $safe_by }) чейинки акыркы жумуш күнү. Эң кеч окуу боюнча — { $latest }.
rem-trp-sixteen-last-both = Today, { $safe_last }, is the last working day to apply for the temporary residence permit of the child who turned 16, on both readings of the term (safe: { $safe_by }; at the latest: { $latest }): only days off follow up to the end of the term, and an application filed on a day off is accepted only on { $next_wd }. Apply today, in working hours.
# the safe day gone, the latest reading's last day (a working day) today.
rem-trp-sixteen-latest-day = 16 жашка толгон бала үчүн убактылуу жашоого уруксатка (разрешение на временное проживание) арыз берүүнүн коопсуз мөөнөтү өттү ({ $safe_by }). Эң кеч окуу боюнча бүгүн, { $latest }, — акыркы күн: бүгүн, жумуш убактысында арыз бериңиз — кийинирээк берилген арыз ушул күндөн кийин гана кабыл алынат. Эгер күмөн санасаңыз, миграциялык полициядан же 1414 байланыш борборунан сураңыз.
status-trp-transfer = Корпорациянын ичиндеги которуу { $ends } бүтөт.
ended-trp-transfer = Корпорациянын ичиндеги которуу (внутрикорпоративный перевод) { $date } бүттү. Аны бүткөндөн кийин узартууга болобу, биздин булактар айтпайт — 1414тен тактаңыз.
ended-trp-application = Чечим { $date } кечиктирбей келиши керек эле. Эгер ал жок болсо, ал тууралуу арыз берген жериңизден же 1414 байланыш борборунан сураңыз.
rem-trp-transfer-soon = Корпорациянын ичиндеги которуу (внутрикорпоративный перевод) { $ends } бүтөт. Ал 3 жылдан ашпайт, бир жылга узартуу укугу бар: кантип узартууну иш берүүчүдөн же 1414тен алдын ала тактаңыз.
rem-trp-transfer-ends = Корпорациянын ичиндеги которуу { $ends } бүтөт.

status-prp-application = Арыз берилди: чечим тууралуу кабарлама, биздин баа боюнча, { $notice_latest } кечиктирбей (жалпы мөөнөт Эрежелердин 3-тиркемесинде, ал биздин булактарда жок).
ended-prp-application = By our estimate, the notice of the decision was due no later than { $date }. The overall time limit is in Appendix 3 to the Rules, which our sources lack: if there is no answer, ask the migration police, the 1414 contact centre or check egov.kz.
rem-prp-notice-estimate = By our estimate, the last day for the notice of the decision on your permanent residence permit is { $notice_latest }. The total term is in Appendix 3 to the Rules, which is not in our sources: if there is nothing yet, ask the migration police, the 1414 contact centre or check egov.kz.
status-prp-hearing = Угуу: { $ready_by } чейин даяр болуңуз; ал { $latest } кечиктирбей өткөрүлөт.
status-prp-hearing-any-day = Угуу { $latest } кечиктирбей өткөрүлөт: келүүгө даяр болуңуз.
ended-prp-hearing = Угуунун мөөнөтү { $date } бүттү. Угуу болбосо, полиция менен тез арада байланышыңыз.
rem-prp-hearing = Арызыңыз боюнча угуу — { $latest } кечиктирбей; ал эртерээк, { $ready_by } эле өтүшү мүмкүн. Келүүгө даяр болуңуз.
status-prp-exit = Казакстандан { $safe } чейин чыгып кетиңиз (эң кечи — { $outer }). Кайра арызды { $reapply } баштап берсеңиз болот.
# the safe day to leave gone, the other reading's ahead
status-prp-exit-late = Биздин эсеп боюнча чыгып кетүүнүн коопсуз мөөнөтү ({ $safe }) өттү; башка окуу боюнча — { $outer } чейин. Эгер дагы эле Казакстанда болсоңуз, миграциялык полицияга тез арада кайрылыңыз. Кайра арызды { $reapply } баштап берсеңиз болот.
# the item is over whether or not the user left: said for one who is still here
ended-prp-exit-if-here = Чыгып кетүү үчүн берилген 30 күн { $date } бүттү. Эгер дагы эле Казакстанда болсоңуз, миграциялык полицияга дароо кайрылыңыз.
rem-prp-exit-nudge = Уруксат жокко чыгарылгандан кийин Казакстандан { $safe } чейин чыгып кетүү керек (коопсуз акыркы күн; башка окуу боюнча — { $outer }).
rem-prp-exit-last = { $safe } — уруксат жокко чыгарылгандан кийин Казакстандан чыгып кетүү үчүн коопсуз акыркы күн (башка окуу боюнча — { $outer }).
# the safe day to leave gone, the other reading's last day (a working day) today.
rem-prp-exit-outer-day = Уруксат жокко чыгарылгандан кийин Казакстандан чыгып кетүүнүн коопсуз мөөнөтү ({ $safe }) өттү. Башка окуу боюнча бүгүн, { $outer }, — акыркы күн. Эгер дагы эле Казакстанда болсоңуз, бүгүн чыгып кетиңиз. Эгер күмөн санасаңыз, миграциялык полицияга дароо кайрылыңыз же 1414кө чалыңыз.
status-prp-reapply = Туруктуу жашоого уруксатка { $safe } баштап кайра арыз берсеңиз болот.
rem-prp-reapply = { $safe } баштап туруктуу жашоого уруксатка (разрешение на постоянное проживание) кайра арыз берсеңиз болот (корутундудан кийин бир жыл өттү).

## Жазуу эмне тууралуу: /status сабында, эскертүүдө жана календарда биринчи турат (dialogs/schedules, `name`)
item-lp-permit = { track-service-lp }
item-lp-application = { track-service-lp } — арыз
item-lp-termination = { track-service-lp } — келишимдин бузулушу
item-se-permit = { track-service-se }
item-se-application = { track-service-se } — { $request ->
        [issue] алууга арыз
        [extend] узартууга арыз
        [reissue] кайра тариздөөгө арыз
        [duplicate] дубликатка арыз
       *[other] арыз
    }
item-se-duty = { track-service-se } — { $duty ->
        [extend] узартуу
        [reissue] кайра тариздөө
        [duplicate] дубликат
       *[other] 5 жумуш күнү деген мөөнөт
    }
item-ep-ict = { track-service-ep } (корпорациянын ичиндеги которуу)
item-ep-permit = { $goal ->
        [ict] { item-ep-ict }
       *[other] { track-service-ep }
    }
item-ep-application = { $request ->
        [ict-issue] { item-ep-ict } — берүүгө арыз
        [ict-extend] { item-ep-ict } — узартууга арыз
        [ict-reissue] { item-ep-ict } — кайра тариздөөгө арыз
        [issue] { track-service-ep } — берүүгө арыз
        [extend] { track-service-ep } — узартууга арыз
        [reissue] { track-service-ep } — кайра тариздөөгө арыз
       *[other] { track-service-ep } — арыз
    }
item-ep-fee = { track-service-ep } — жыйым
item-ks-status = { track-service-ks }
item-ks-application = { track-service-ks } — { $request ->
        [assign] статус ыйгарууга арыз
        [extend] статусту узартууга арыз
       *[other] арыз
    }
item-rq-application = { track-service-rq } — { $applicant ->
        [kandas] кандастын арызы
        [resettler] көчүп келүүчүнүн арызы
       *[other] арыз
    }
item-trp-permit = { track-service-trp }
item-trp-application = { track-service-trp } — арыз
item-trp-sixteen = { track-service-trp } — балага 16 жаш толот
item-trp-transfer = { track-service-trp } — корпорациянын ичиндеги которуу
item-prp-application = { track-service-prp } — арыз
item-prp-hearing = { track-service-prp } — угуу
item-prp-exit = { track-service-prp } — жокко чыгарылгандан кийин чыгып кетүү
item-prp-reapply = { track-service-prp } — баш тартуудан кийин кайра арыз

## /track: кайсы кызмат, так эмне, андан кийин күндөр

track-service-question = Кайсы кызмат тууралуу сөз болуп жатат?
track-service-lp = Эмгек иммигрантына уруксат
track-service-se = Өз алдынча иштөө маалымкаты
track-service-ep = Иш берүүчүгө уруксат
track-service-ks = Кандас статусу
track-service-rq = Аймактык квота
track-service-trp = Убактылуу жашоо
track-service-prp = Туруктуу жашоо
track-kind-question = Эмнени сактайлы?
track-kind-se-permit = Менде бар маалымкат
track-kind-se-duty = 5 жумуш күнү деген мөөнөт
track-kind-ep-permit = Биздин уруксат
track-kind-ep-fee = Жыйымды төлөө
track-kind-ks-status = Менин статусум (күбөлүк)
track-ks-arrival-estimate = Жыл — келген күндөн биздин баа (чечим ошол күнү күчүнө кирет): { $valid_to } же, кийинки күндөн эсептесек, { $valid_to_late } чейин. Так күн — күбөлүктөгү «чейин»: алгандан соң ошону көзөмөлдөңүз (баскыч төмөндө).
track-kind-ks-arrival = Мен аймакка келдим
track-kind-trp-sixteen = Балага 16 жаш толот
track-kind-trp-transfer = Корпорациянын ичиндеги которуу
track-kind-prp-hearing = Угуу тууралуу кабарлама
track-kind-prp-exit = Жокко чыгаруу: чыгып кетүү
track-kind-prp-reapply = Баш тартуу: кайра берүү
track-request-question = Арыз эмне боюнча берилди?
track-request-ict-issue = Которуу: берүү
track-request-ict-extend = Которуу: узартуу
track-request-ict-reissue = Которуу: кайра тариздөө
track-request-ks-extend = Статусту узартуу
track-duty-question = Эмне болду?
track-duty-se-extend = Эмгек келишимин түздүм
track-duty-se-reissue = Аты-жөнү, паспорт, иш өзгөрдү
track-duty-se-duplicate = Маалымкат жоголду же бузулду
track-event-question = Бул кайсы күнү болду?
track-expiry-question = Документ кайсы күнгө чейин жарактуу? Анда көрсөтүлгөн акыркы күндү жазыңыз.
track-goal-question = Бул кандай уруксат?
track-goal-categories = 1–4-категориялар же мезгилдик
track-applicant-question = Квотага ким арыз берди?
track-applicant-kandas = Кандас
track-applicant-resettler = Көчүп келүүчү
track-result-check = Күндөрдү текшериңиз. Азырынча эч нерсе сакталбады: «🔔 Мөөнөттөрдү эскертүү» басыңыз — сактап, 9:00дө (Алматы убактысы) эскертем.

tracking-saved-again = Бул буга чейин сакталган: жазууну жаңырттым, кайталанган жазуу жок. Жакынкы эскертүү — { $next } саат 9:00дө (Алматы убактысы). Бардык мөөнөттөр: /status.
# a second 🔔 press within seconds of the first (a toast, at most 200 characters)
tracking-saved-above = 🔔 Сакталып калды — ырастоо бир аз жогоруда.
tracking-saved-again-no-upcoming = Бул буга чейин сакталган: жазууну жаңырттым, кайталанган жазуу жок. Анын бардык мөөнөттөрү өтүп кеткен, эскертүүлөр болбойт. Бардык мөөнөттөр: /status.
tracking-saved-again-no-reminders-left = Бул буга чейин сакталган: жазууну жаңырттым, кайталанган жазуу жок. Ал боюнча мындан ары эскертүүлөр болбойт: эмне калганы төмөндө айтылган. Бардык мөөнөттөр: /status.
# after a save: current items of the same thing (same title) with other dates — an answer
# corrected after saving, or a renewed permit whose old item still reminds. $items: their
# /status lines, numbered "1) …" when $count > 1
tracking-saved-twin = { $count ->
        [one] Бул мурда да башка күндөр менен сакталган:
       *[other] Бул мурда да дагы { $count } жолу башка күндөр менен сакталган:
    }
    { $items }
    Эгер жаңы жазуу мурункусун алмаштырса, мурункусун өчүрүңүз — антпесе ал боюнча да эскертүүлөр келе берет. Экөө тең керек болсо, эч нерсе кылбаңыз.
# under that text, one per earlier item; $n is 0 when there is one
button-twin-delete = { $n ->
        [0] 🗑 Мурункусун өчүрүү
       *[other] 🗑 Мурункусун өчүрүү ({ $n })
    }

## A temporary residence permit held: reminders on the user's own last day (the Rules set no term)
track-kind-trp-permit = Менин РВПм: жарактуу мөөнөтү
status-trp-permit = Убактылуу жашоого уруксат { $expiry } чейин жарактуу (сиз көрсөткөн күн).
track-note-trp-permit-silent = Биздин булактардагы эрежелерде РВПнын мөөнөтү да, аны качан жана кантип узартуу же жаңысын алуу керектиги да белгиленген эмес. Акыркы күнгө 60 жана 14 күн калганда эскертем: бул эреже эмес, биздин тандообуз. Эгер болуу мөөнөтү бүтсө, РВПга документтер эки учурда гана кабыл алынат. Эмне кылуу керектигин 1414 же egov.kz аркылуу билиңиз.
rem-trp-permit-soon = Убактылуу жашоого уруксатыңыз (разрешение на временное проживание) { $expiry } чейин жарактуу. Аны кантип жана качан узартуу же жаңысын алуу керектигин эрежелер айтпайт; эгер болуу мөөнөтү бүтсө, РВПга документтер эки учурда гана кабыл алынат. Эмне керектигин 1414 же egov.kz аркылуу алдын ала билип, өз убагында арыз бериңиз.
ended-trp-permit = Убактылуу жашоого уруксат (разрешение на временное проживание) { $date } бүттү. Эгер болуу мөөнөтү бүткөн болсо, РВПга документтер эки учурда гана кабыл алынат. 1414кө чалыңыз.

## /track: a self-employment extension duty asks the certificate's last day (AMB-09)
track-se-cert-question = Маалымкатыңыз кайсы күнгө чейин жарактуу экенин билесизби? Күнү маалымкатта көрсөтүлгөн; маалымкат 5 жумуш күнү өткөнгө чейин бүтүшү мүмкүн.
track-se-cert-date = Ооба, күнүн киргизем
track-se-cert-unknown = Билбейм
track-se-result-cert-ended = Маалымкатыңыздын акыркы күнү — { $expiry }: ал жарактуу кезде узартууга арыз берүү мүмкүн болбойт. Ал боюнча эскертүүлөрдү пландабайм.
track-se-reason-accepted-after = Узартууга арыз эмгек келишими түзүлгөндөн кийин берилет, ал эми дем алыш күнү же жумуш убактысынан кийин жөнөтүлгөн арыз кийинки жумуш күнү кабыл алынат: { $expiry } чейин буга жумуш күнү калбайт.
track-se-cert-first = { $safe } чейин арыз бериңиз — бул маалымкаттын акыркы жумуш күнү: ал { $expiry } чейин жарактуу, { $deadline } мөөнөтүнөн мурда. Маалымкатты мөөнөтү бүткөндөн кийин узартууга болобу, эрежелер айтпайт, ал эми дем алыш күнү жөнөтүлгөн арыз кийинки жумуш күнү кабыл алынат.
track-se-cert-later = Маалымкат { $expiry } чейин жарактуу: ал { $deadline } мөөнөтүнөн мурда бүтпөйт.
track-se-note-cert-unknown = Маалымкат кайсы күнгө чейин жарактуу экенин көрсөткөн жоксуз. Бул маанилүү: эгер ал { $deadline } мөөнөтүнөн мурда бүтсө, ал жарактуу кезде арыз бериңиз — мөөнөтү бүткөн маалымкатты узартууга болобу, эрежелер айтпайт. Маалымкаттагы күндү текшериңиз; аны кийин кошсо болот: /status ичинде ✏️.

## /track: the employer's fee asks the day the notice came (rows 5 and 8, AMB-14)
track-ep-notice-same = Чечим чыккан күнү
track-ep-notice-other = Башка күнү
track-ep-notice-unknown = Азырынча жок / билбейм
track-ep-notice-date = Кабарлама кайсы күнү келди?
