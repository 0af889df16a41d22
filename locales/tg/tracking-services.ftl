## Ёдраскуниҳо ва сатрҳои /status барои мӯҳлатҳои нигоҳдоштаи ҳамаи хизматрасониҳо (dialogs/schedules/).

status-application = Ариза дода шуд: ҷавоб — на дертар аз { $decision_by }.
rem-decision-due = Ҷавоб ба аризаи шумо — на дертар аз { $decision_by }. Агар ҷавоб набошад, кабинети шахсиро дар egov.kz санҷед ё ба маркази тамоси 1414 занг занед.

ended-lp-permit = Мӯҳлати иҷозатнома { $date } ба охир расид: бе иҷозатномаи амалкунанда кор кардан мумкин нест. Агар аризаи тамдид ё иҷозатномаи навро сари вақт дода бошед, қарорро интизор шавед — дар бораи он дар ҳамон ҷое, ки ариза додаед, ё дар 1414 пурсед. Агар надода бошед, иҷозатномаро дигар тамдид кардан мумкин нест; минбаъд чӣ бояд кард, манбаъҳои мо намегӯянд — дар Маркази хизматрасонии аҳолӣ (ЦОН) ё 1414 аниқ кунед.
ended-lp-termination = Мӯҳлати огоҳ кардан дар бораи бекор кардани шартнома { $date } гузашт. Огоҳиномаро ҳар чӣ зудтар фиристед.
ended-lp-application = Қарор бояд на дертар аз { $date } меомад. Агар он набошад, дар Маркази хизматрасонии аҳолӣ (ЦОН) ё маркази тамоси 1414 пурсед: тартиби шикоят дар манбаъҳои мо нест.

status-se-permit = Маълумотнома барои кори мустақил то { $expiry } эътибор дорад. Аризаи тамдидро дар давоми 5 рӯзи корӣ аз рӯзи бастани шартномаи меҳнатӣ, вале на дертар аз { $file_by } диҳед{ $moved ->
        [yes] { " " }— ин рӯзи кории охирини маълумотнома аст; дар вақти корӣ диҳед: аризаи дертар додашударо танҳо пас аз анҷоми он қабул мекунанд.
       *[no] , дар вақти корӣ: аризаи дертар додашударо танҳо пас аз анҷоми маълумотнома қабул мекунанд.
    }
# no working day left before the certificate ends (row 9: a filing on a day off is accepted the next working day)
status-se-cert-no-working-day = Маълумотнома то { $expiry } эътибор дорад, вале то анҷоми он рӯзи корӣ намондааст: аризаи тамдидро, ки ҳозир дода шавад, танҳо пас аз анҷоми он қабул мекунанд. Оё баъд аз ин маълумотномаро тамдид кардан мумкин аст, қоидаҳо намегӯянд — дар маркази тамоси 1414 ё дар egov.kz пурсед.
ended-se-permit = Мӯҳлати маълумотнома { $date } ба охир расид. Оё баъд аз ин рӯз онро тамдид кардан мумкин аст, қоидаҳо намегӯянд: дар маркази тамоси 1414 ё дар egov.kz пурсед.
rem-se-permit-soon = Маълумотнома барои кори мустақил { $expiry } ба охир мерасад. Агар шумо шартномаи меҳнатӣ баста бошед, аризаи тамдидро дар давоми 5 рӯзи корӣ аз рӯзи бастани он, вале на дертар аз { $file_by } диҳед{ $moved ->
        [yes] { " " }— ин рӯзи кории охирини маълумотнома аст; дар вақти корӣ диҳед: аризаи дертар додашударо танҳо пас аз анҷоми он қабул мекунанд.
       *[no] , дар вақти корӣ: аризаи дертар додашударо танҳо пас аз анҷоми маълумотнома қабул мекунанд.
    }
rem-se-permit-expiry = Your self-employment certificate ends on { $expiry }. If you have signed an employment contract, apply to extend it within 5 working days of signing, and no later than { $file_by }{ $moved ->
        [yes] , its last working day, in working hours: an application sent later is accepted only after it has ended.
       *[no] , in working hours: an application sent later is accepted only after the certificate has ended.
    } Whether it can be extended after it ends, the rules do not say — ask the 1414 contact centre or check egov.kz.
status-se-duty = То { $deadline } ариза диҳед{ $one_day ->
        [yes] .
       *[no] { " " }(аз рӯи тарзи дигари ҳисоб — то { $latest }).
    }
status-se-duty-cert-first = То { $safe } ариза диҳед: маълумотнома { $expiry } ба охир мерасад, пеш аз мӯҳлати { $deadline }.
# one way of counting's last day gone, the other's still ahead
status-se-duty-late = Аз рӯи як тарзи ҳисоб мӯҳлати додани ариза гузашт ({ $deadline }); аз рӯи тарзи дигари ҳисоб — то { $latest }. Ҳарчи зудтар ариза диҳед.
# one count's day gone; the other's runs past the certificate's end, which cuts it short
status-se-duty-late-cert = Аз рӯи як тарзи ҳисоб мӯҳлати додани ариза гузашт ({ $deadline }); аз рӯи тарзи дигари ҳисоб он дарозтар аст, вале маълумотнома танҳо то { $expiry } эътибор дорад. То он даме ки он эътибор дорад, ариза диҳед: рӯзи кории охирин — { $last }.
ended-se-duty = Мӯҳлати 5 рӯзи корӣ { $date } гузашт. Агар дер кунед, чӣ мешавад, қоидаҳо намегӯянд: дар маркази тамоси 1414 пурсед.
ended-se-application = Қарор бояд на дертар аз { $date } меомад. Агар он набошад, ба акимате, ки маълумотнома медиҳад, шикоят диҳед: онро дар давоми 5 рӯзи корӣ баррасӣ мекунанд.
rem-se-duty-extend = Аризаи тамдиди маълумотномаро то { $deadline } диҳед: 5 рӯзи корӣ аз рӯзи бастани шартномаи меҳнатӣ{ $one_day ->
        [yes] .
       *[no] { " " }(аз рӯи тарзи дигари ҳисоб — то { $latest }).
    }
rem-se-cert-ends-first = Apply to extend your certificate no later than { $safe }, its last working day: it is valid until { $expiry }, before the deadline { $deadline }. Whether a certificate can be extended after it ends, the rules do not say — ask the 1414 contact centre or check egov.kz.
rem-se-duty-reissue = Аризаи аз нав расмӣ кардани маълумотномаро то { $deadline } диҳед: 5 рӯзи корӣ аз санаи тағйирот{ $one_day ->
        [yes] .
       *[no] { " " }(аз рӯи тарзи дигари ҳисоб — то { $latest }).
    }
rem-se-duty-duplicate = Аризаи дубликати маълумотномаро то { $deadline } диҳед: 5 рӯзи корӣ аз санаи гум ё вайрон шудани он{ $one_day ->
        [yes] .
       *[no] { " " }(аз рӯи тарзи дигари ҳисоб — то { $latest }).
    }
# the earlier count's day gone, the other count's last day: today (a working day, never moved)
rem-se-duty-latest-day = Аз рӯи як тарзи ҳисоб мӯҳлати додани ариза гузашт ({ $deadline }); аз рӯи тарзи дигари ҳисоб имрӯз, { $latest }, — рӯзи охирин. { $duty ->
        [reissue] Аризаи аз нав расмӣ кардани маълумотномаро
        [duplicate] Аризаи дубликати маълумотномаро
       *[extend] Аризаи тамдиди маълумотномаро
    } имрӯз, дар вақти корӣ диҳед: аризаи дертар додашударо танҳо пас аз ин рӯз қабул мекунанд. Агар шубҳа дошта бошед, дар маркази тамоси 1414 пурсед.

status-ep-permit = Permit valid until { $expiry }. To have the extension decided in time, apply no later than { $latest } — our planning date: the rules in our sources set no time to apply (check with the akimat or call 1414).
# the planning date gone while the permit still runs (/status, /track)
status-ep-permit-late = Иҷозатнома то { $expiry } эътибор дорад. Аризаи тамдидро бо захираи вақт (на дертар аз { $latest }) додан дигар имконнопазир аст: ҳарчи зудтар, дар вақти корӣ ариза диҳед. Агар иҷозатнома пеш аз қарор ба охир расад, чӣ мешавад, манбаъҳои мо намегӯянд — дар акимат ё тавассути 1414 аниқ кунед.
status-ep-permit-no-working-day = The permit is valid until { $expiry }, but no working day is left before it ends: an extension application filed now will be accepted on { $accepted }, after the permit has ended. Whether it can be extended then, our sources do not say — check with the akimat or call 1414.
ended-ep-permit = Мӯҳлати иҷозатнома { $date } ба охир расид. Оё баъд аз ин рӯз онро тамдид кардан мумкин аст, манбаъҳои мо намегӯянд: дар акимат ё дар маркази тамоси 1414 пурсед.
rem-ep-extension-plan = The permit ends on { $expiry }. When to apply for an extension, the rules in our sources do not say — check with the akimat or call 1414. An extension is decided within its working days, so apply no later than { $latest } (our planning date). Start preparing the documents now.
rem-ep-extension-latest = { $latest } — рӯзи кории охирин барои додани аризаи тамдид, то ки қарор пеш аз анҷоми иҷозатнома ({ $expiry }) ояд (сана барои нақша, на мӯҳлат аз рӯи қонун).
rem-ep-expiry-last-day = The permit ends on { $expiry }. Today, { $last_wd }, is the last working day to apply for its extension while it is valid: an application filed after working hours or on a day off will be accepted on { $accepted }, after it has ended. If there is no decision on an extension yet, ask the akimat or call the 1414 contact centre.
status-ep-issue = Ариза дода шуд: огоҳинома дар бораи қарор — то { $decision_by }, тамоми тартиб бо пардохти боҷ — то { $total_by }.
rem-ep-issue-notice-due = Огоҳинома дар бораи қарор оид ба иҷозатнома — на дертар аз { $decision_by }. Баъд аз қарор дар бораи додани иҷозатнома боҷ дар давоми 10 рӯзи корӣ пардохт карда мешавад; тамоми тартиб — то { $total_by }.
status-ep-fee = Боҷи иҷозатномаро то { $pay_by } пардохт кунед.
status-ep-fee-notice = Боҷи иҷозатномаро то { $pay_by } пардохт кунед (агар аз огоҳинома ҳисоб шавад — то { $pay_by_notice }).
# the day from the decision gone, the one from the notice ahead
status-ep-fee-notice-late = Мӯҳлати пардохти боҷ, агар аз қарор ҳисоб шавад, { $pay_by } гузашт; агар аз огоҳинома дар бораи қарор ҳисоб шавад — рӯзи охирин { $pay_by_notice }. Фавран пардохт кунед ва дар акимат пурсед, ки акнун чӣ бояд кард.
ended-ep-fee = Мӯҳлати пардохти боҷ, агар аз қарор ҳисоб шавад, { $date } гузашт; агар аз огоҳинома дар бораи қарор ҳисоб шавад, метавонад дертар бошад. Фавран пардохт кунед ва дар акимат пурсед, ки акнун чӣ бояд кард.
ended-ep-fee-notice = Мӯҳлати пардохти боҷ ҳам аз рӯи қарор, ҳам аз рӯи огоҳинома дар бораи он гузашт: дертарини ин ду { $date } ба охир расид. Фавран пардохт кунед ва дар акимат пурсед, ки акнун чӣ бояд кард.
ended-ep-application = Қарор бояд на дертар аз { $date } меомад. Агар он набошад, дар акимат ё маркази тамоси 1414 пурсед: ба куҷо шикоят кардан, манбаъҳои мо намегӯянд.
rem-ep-fee-nudge = Боҷи иҷозатномаро бояд то { $pay_by } пардохт кард: 10 рӯзи корӣ аз рӯзи қарор. Пешакӣ пардохт кунед.
rem-ep-fee-last-day = { $reading ->
        [later] { $pay_by } — рӯзи охирини бехатари пардохти боҷи иҷозатнома (10 рӯзи корӣ аз рӯзи қарор; агар аз огоҳиномаи { $received } гирифташуда ҳисоб шавад — то { $pay_by_notice }).
        [same] { $pay_by } — рӯзи охирини пардохти боҷи иҷозатнома: ҳам аз рӯи қарор, ҳам аз рӯи огоҳинома дар бораи он мӯҳлат дар ҳамин рӯз ба охир мерасад.
       *[unknown] { $pay_by } — рӯзи охирини бехатари пардохти боҷи иҷозатнома (10 рӯзи корӣ аз рӯзи қарор; агар аз огоҳинома дар бораи қарор ҳисоб шавад — дертар).
    }
# the day from the decision gone; the one from the notice (a working day, never moved) is today
rem-ep-fee-notice-last-day = Мӯҳлати бехатари пардохти боҷи иҷозатнома — 10 рӯзи корӣ аз рӯзи қарор — { $pay_by } гузашт. Агар аз огоҳинома дар бораи қарор, ки { $received } гирифтаед, ҳисоб шавад, имрӯз, { $pay_by_notice }, — рӯзи охирин. Боҷро имрӯз пардохт кунед. Агар шубҳа дошта бошед, дар акимат ё дар маркази тамоси 1414 пурсед.

status-ks-status = Мақоми кандас (статус кандаса) то { $valid_to } эътибор дорад. Барои ҷавоби саривақтии тамдид то { $latest } дар вақти корӣ ариза диҳед — санаи нақшаи мо, на мӯҳлат: қоидаҳо мӯҳлат намегузоранд (дар акимат ё 1414 пурсед).
status-ks-status-estimated = Мақоми кандас (статус кандаса) то { $valid_to } эътибор дорад — аз рӯи баҳои мо аз рӯзи омадан (агар солро тарзи дигар ҳисоб кунем — то { $valid_to_late }); ба санаи «по» дар шаҳодатнома такя кунед. Барои он ки ҷавоби тамдид сари вақт ояд, то { $latest } дар вақти корӣ ариза диҳед — ин санаи мо барои нақша аст, на мӯҳлат: кай ариза доданро қоидаҳо намегӯянд (дар акимат ё тавассути 1414 аниқ кунед).
# the day to file for an answer before the end gone while the status still runs (/status, /track)
status-ks-status-late = Мақоми кандас (статус кандаса) то { $valid_to } эътибор дорад. Аризаи тамдидро ҳарчи зудтар диҳед: барои он ки ҷавоб пеш аз ҳамин рӯз ояд, бояд на дертар аз { $latest } ариза медодед. Ин санаи мо барои нақша аст, на мӯҳлат: кай ариза доданро қоидаҳо намегӯянд — дар акимат ё тавассути 1414 аниқ кунед.
status-ks-status-estimated-late = Мақоми кандас (статус кандаса) то { $valid_to } эътибор дорад — аз рӯи баҳои мо аз рӯзи омадан (агар солро тарзи дигар ҳисоб кунем — то { $valid_to_late }); ба санаи «по» дар шаҳодатнома такя кунед. Аризаи тамдидро ҳарчи зудтар диҳед: барои он ки ҷавоб пеш аз ҳамин рӯз ояд, бояд на дертар аз { $latest } ариза медодед. Ин санаи мо барои нақша аст, на мӯҳлат: кай ариза доданро қоидаҳо намегӯянд — дар акимат ё тавассути 1414 аниқ кунед.
# the earlier reading's last day gone, the later one's not yet: that one day (arrival, /status, /track)
status-ks-status-estimated-last-day = Аз рӯи баҳои мо аз рӯзи омадан мақоми кандас (статус кандаса) то { $valid_to } эътибор дошт, агар рӯзи омадан рӯзи якуми сол бошад; агар на, рӯзи охирини мақом — { $valid_to_late }. Бо санаи «по» дар шаҳодатнома муқоиса кунед. Агар ҳанӯз аризаи тамдид надода бошед, фавран ба акимат ё 1414 муроҷиат кунед: оё мақомро пас аз анҷомаш тамдид кардан мумкин аст, қоидаҳо намегӯянд.
ended-ks-status = Мақоми кандас (статус кандаса) ва шаҳодатнома { $date } ба охир расиданд. Оё мақомро баъд аз ин рӯз тамдид кардан мумкин аст, қоидаҳо намегӯянд: дар маркази тамоси 1414 пурсед.
ended-ks-application = Қарор бояд на дертар аз { $date } меомад. Агар он набошад, ба акимат шикоят диҳед: онро дар давоми 5 рӯзи корӣ баррасӣ мекунанд.
ended-rq-application = Қарор бояд на дертар аз { $date } меомад. Агар он набошад, ба акимат шикоят диҳед: онро дар давоми 5 рӯзи корӣ аз рӯзи бақайдгирӣ баррасӣ мекунанд.
rem-ks-certificate-due = Шаҳодатномаи кандас — на дертар аз { $certificate_by } (3 рӯз пас аз омадан; тақвимӣ ё корӣ — қоидаҳо намегӯянд, санаи дертар). Дар он — мӯҳлати мақом: санаи «по»-ро бо /track нигоҳ доред.
rem-ks-extension-prepare = Мақоми кандас (статус кандаса) { $valid_to } ба охир мерасад. Тамдидро дар 3 рӯзи корӣ ҳал мекунанд: барои он ки ҷавоб пеш аз анҷоми мақом ояд, то { $latest } ариза диҳед — ин санаи мо барои нақша аст, на мӯҳлат: кай ариза доданро қоидаҳо намегӯянд (дар акимат ё тавассути 1414 аниқ кунед). Ҳуҷҷатҳоро ҳозир тайёр кунед.
rem-ks-extension-prepare-estimated = Аз рӯи баҳои мо аз рӯзи омадан мақоми кандас (статус кандаса) { $valid_to } ба охир мерасад (агар солро тарзи дигар ҳисоб кунем — { $valid_to_late }); санаи «по» дар шаҳодатномаи шумо ҳисоб мешавад. Тамдидро дар 3 рӯзи корӣ ҳал мекунанд: барои он ки ҷавоб пеш аз анҷоми мақом ояд, то { $latest } ариза диҳед — ин санаи мо барои нақша аст, на мӯҳлат: кай ариза доданро қоидаҳо намегӯянд (дар акимат ё тавассути 1414 аниқ кунед). Ҳуҷҷатҳоро ҳозир тайёр кунед.
rem-ks-extension-latest = { $latest } — рӯзи кории охирин барои додани аризаи тамдиди мақоми кандас (статус кандаса), то ки ҷавоб (3 рӯзи корӣ) пеш аз анҷоми он ({ $valid_to }) ояд. Ин санаи мо барои нақша аст, на мӯҳлат: кай ариза доданро қоидаҳо намегӯянд — дар акимат ё тавассути 1414 аниқ кунед.
rem-ks-extension-latest-estimated = { $latest } — рӯзи кории охирин барои додани аризаи тамдиди мақоми кандас (статус кандаса), то ки ҷавоб (3 рӯзи корӣ) пеш аз анҷоми он ({ $valid_to }) ояд (баҳои мо аз рӯзи омадан, агар солро тарзи дигар ҳисоб кунем — { $valid_to_late }; агар дар шаҳодатномаи шумо санаи анҷом барвақттар бошад, ба он такя кунед). Ин санаи мо барои нақша аст, на мӯҳлат: кай ариза доданро қоидаҳо намегӯянд — дар акимат ё тавассути 1414 аниқ кунед.
rem-ks-status-ends = Мақоми кандас ва шаҳодатнома { $valid_to } ба охир мерасанд.
rem-ks-status-ends-estimated = Аз рӯи баҳои мо аз рӯзи омадан мақоми кандас (статус кандаса) ва шаҳодатнома { $valid_to } ба охир мерасанд (агар солро тарзи дигар ҳисоб кунем — { $valid_to_late }); санаи «по»-ро дар шаҳодатнома санҷед.
rem-ks-informed = Қарор оид ба тамдид на дертар аз { $informed_by } ба Маркази хизматрасонии аҳолӣ (ЦОН) меояд: натиҷаро дар он ҷо пурсед.

status-trp-sixteen = Аризаи иҷозатномаи истиқомати муваққатии кӯдакро то { $safe_by } диҳед (дертарин — { $latest }).
status-trp-sixteen-late = Мӯҳлати бехатари додани аризаи иҷозатномаи истиқомати муваққатӣ (разрешение на временное проживание) барои кӯдак гузашт ({ $safe_by }); дертарин — { $latest }. Ҳарчи зудтар ариза диҳед.
status-trp-sixteen-none-left = Applying for the child's temporary residence permit: no working day is left before the end of the term ({ $latest }) — an application filed now will be accepted on { $next_wd }. Whether that is in time, the Rules do not say — check with the police or call 1414.
ended-trp-sixteen = 10 рӯз барои додани ариза барои кӯдаке, ки 16 сола шуд, { $date } гузашт. Дар политсияи муҳоҷират ё дар маркази тамоси 1414 пурсед, ки акнун чӣ бояд кард.
rem-trp-sixteen-soon = Кӯдак { $birthday } 16 сола мешавад. Тарафи қабулкунанда бояд дар давоми 10 рӯзи тақвимӣ барои иҷозатномаи истиқомати муваққатӣ (разрешение на временное проживание) ариза диҳад; рӯзи охирини бехатар — { $safe_by }. Ҳуҷҷатҳоро тайёр кунед.
rem-trp-sixteen-last = { $safe_last } — рӯзи кории охирин пеш аз мӯҳлати бехатар ({ $safe_by }) барои додани аризаи иҷозатномаи истиқомати муваққатӣ (разрешение на временное проживание) барои кӯдаке, ки 16 сола шуд. Аз рӯи хониши дертарин — { $latest }.
rem-trp-sixteen-last-both = Today, { $safe_last }, is the last working day to apply for the temporary residence permit of the child who turned 16, on both readings of the term (safe: { $safe_by }; at the latest: { $latest }): only days off follow up to the end of the term, and an application filed on a day off is accepted only on { $next_wd }. Apply today, in working hours.
# the safe day gone, the latest reading's last day (a working day) today.
rem-trp-sixteen-latest-day = Мӯҳлати бехатари додани аризаи иҷозатномаи истиқомати муваққатӣ (разрешение на временное проживание) барои кӯдаке, ки 16 сола шуд, гузашт ({ $safe_by }). Аз рӯи хониши дертарин имрӯз, { $latest }, — рӯзи охирин: имрӯз, дар вақти корӣ ариза диҳед — аризаи дертар додашударо танҳо пас аз ин рӯз қабул мекунанд. Агар шубҳа дошта бошед, дар политсияи муҳоҷират ё дар маркази тамоси 1414 пурсед.
status-trp-transfer = Интиқоли дохиликорпоративӣ { $ends } ба охир мерасад.
ended-trp-transfer = Интиқоли дохиликорпоративӣ (внутрикорпоративный перевод) { $date } ба охир расид. Оё онро пас аз анҷом тамдид кардан мумкин аст, манбаъҳои мо намегӯянд — тавассути 1414 аниқ кунед.
ended-trp-application = Қарор бояд на дертар аз { $date } меомад. Агар он набошад, дар бораи он дар ҳамон ҷое, ки ариза додед, ё дар маркази тамоси 1414 пурсед.
rem-trp-transfer-soon = Интиқоли дохиликорпоративӣ (внутрикорпоративный перевод) { $ends } ба охир мерасад. Он на зиёда аз 3 сол давом мекунад, бо ҳуқуқи тамдид ба як сол: чӣ тавр тамдид карданро пешакӣ аз корфармо ё тавассути 1414 аниқ кунед.
rem-trp-transfer-ends = Интиқоли дохиликорпоративӣ { $ends } ба охир мерасад.

status-prp-application = Ариза дода шуд: огоҳинома дар бораи қарор, аз рӯи баҳои мо, на дертар аз { $notice_latest } (мӯҳлати умумӣ дар замимаи 3 ба Қоидаҳо аст, он дар манбаъҳои мо нест).
ended-prp-application = By our estimate, the notice of the decision was due no later than { $date }. The overall time limit is in Appendix 3 to the Rules, which our sources lack: if there is no answer, ask the migration police, the 1414 contact centre or check egov.kz.
rem-prp-notice-estimate = By our estimate, the last day for the notice of the decision on your permanent residence permit is { $notice_latest }. The total term is in Appendix 3 to the Rules, which is not in our sources: if there is nothing yet, ask the migration police, the 1414 contact centre or check egov.kz.
status-prp-hearing = Шунидан: то { $ready_by } тайёр бошед; он на дертар аз { $latest } гузаронида мешавад.
status-prp-hearing-any-day = Шунидан на дертар аз { $latest } гузаронида мешавад: барои омадан тайёр бошед.
ended-prp-hearing = Мӯҳлати шунидан { $date } гузашт. Агар шунидан нашуда бошад, фавран бо политсия тамос гиред.
rem-prp-hearing = Шунидан оид ба аризаи шумо — на дертар аз { $latest }; он метавонад аллакай { $ready_by } гузаронида шавад. Барои омадан тайёр бошед.
status-prp-exit = То { $safe } аз Қазоқистон баромада равед (дертарин — { $outer }). Аз нав ариза додан аз { $reapply } мумкин аст.
# the safe day to leave gone, the other reading's ahead
status-prp-exit-late = Аз рӯи ҳисоби мо мӯҳлати бехатари баромада рафтан ({ $safe }) гузашт; аз рӯи хониши дигар — то { $outer }. Агар шумо ҳанӯз дар Қазоқистон бошед, фавран ба политсияи муҳоҷират муроҷиат кунед. Аз нав ариза додан аз { $reapply } мумкин аст.
# the item is over whether or not the user left: said for one who is still here
ended-prp-exit-if-here = Мӯҳлати 30 рӯз барои баромада рафтан { $date } гузашт. Агар шумо ҳанӯз дар Қазоқистон бошед, фавран ба политсияи муҳоҷират муроҷиат кунед.
rem-prp-exit-nudge = Баъд аз бекор кардани ВНЖ бояд то { $safe } аз Қазоқистон баромада равед (рӯзи охирини бехатар; аз рӯи хониши дигар — { $outer }).
rem-prp-exit-last = { $safe } — рӯзи охирини бехатар барои баромада рафтан аз Қазоқистон баъд аз бекор кардани ВНЖ (аз рӯи хониши дигар — { $outer }).
# the safe day to leave gone, the other reading's last day (a working day) today.
rem-prp-exit-outer-day = Мӯҳлати бехатари баромада рафтан аз Қазоқистон баъд аз бекор кардани ВНЖ ({ $safe }) гузашт. Аз рӯи хониши дигар имрӯз, { $outer }, — рӯзи охирин. Агар шумо ҳанӯз дар Қазоқистон бошед, имрӯз баромада равед. Агар шубҳа дошта бошед, фавран ба политсияи муҳоҷират муроҷиат кунед ё ба 1414 занг занед.
status-prp-reapply = Аз { $safe } барои иҷозатномаи истиқомати доимӣ аз нав ариза додан мумкин аст.
rem-prp-reapply = Аз { $safe } барои иҷозатномаи истиқомати доимӣ аз нав ариза додан мумкин аст (аз рӯзи хулоса як сол гузашт).

## Сабт дар бораи чист: дар сатри /status, дар ёдраскунӣ ва дар тақвим аввал меистад (dialogs/schedules, `name`)
item-lp-permit = { track-service-lp }
item-lp-application = { track-service-lp } — ариза
item-lp-termination = { track-service-lp } — бекор шудани шартнома
item-se-permit = { track-service-se }
item-se-application = { track-service-se } — { $request ->
        [issue] ариза барои гирифтан
        [extend] ариза барои тамдид
        [reissue] ариза барои аз нав расмӣ кардан
        [duplicate] ариза барои дубликат
       *[other] ариза
    }
item-se-duty = { track-service-se } — { $duty ->
        [extend] тамдид
        [reissue] аз нав расмӣ кардан
        [duplicate] дубликат
       *[other] мӯҳлати 5 рӯзи корӣ
    }
item-ep-ict = { track-service-ep } (интиқоли дохиликорпоративӣ)
item-ep-permit = { $goal ->
        [ict] { item-ep-ict }
       *[other] { track-service-ep }
    }
item-ep-application = { $request ->
        [ict-issue] { item-ep-ict } — ариза барои додан
        [ict-extend] { item-ep-ict } — ариза барои тамдид
        [ict-reissue] { item-ep-ict } — ариза барои аз нав расмӣ кардан
        [issue] { track-service-ep } — ариза барои додан
        [extend] { track-service-ep } — ариза барои тамдид
        [reissue] { track-service-ep } — ариза барои аз нав расмӣ кардан
       *[other] { track-service-ep } — ариза
    }
item-ep-fee = { track-service-ep } — боҷ
item-ks-status = { track-service-ks }
item-ks-application = { track-service-ks } — { $request ->
        [assign] ариза барои додани мақом
        [extend] ариза барои тамдиди мақом
       *[other] ариза
    }
item-rq-application = { track-service-rq } — { $applicant ->
        [kandas] аризаи кандас
        [resettler] аризаи кӯчанда
       *[other] ариза
    }
item-trp-permit = { track-service-trp }
item-trp-application = { track-service-trp } — ариза
item-trp-sixteen = { track-service-trp } — кӯдак 16 сола мешавад
item-trp-transfer = { track-service-trp } — интиқоли дохиликорпоративӣ
item-prp-application = { track-service-prp } — ариза
item-prp-hearing = { track-service-prp } — шунидан
item-prp-exit = { track-service-prp } — баромадан баъд аз бекор кардан
item-prp-reapply = { track-service-prp } — аз нав ариза додан баъд аз рад

## /track: кадом хизматрасонӣ, маҳз чӣ, баъд санаҳо

track-service-question = Сухан дар бораи кадом хизматрасонӣ аст?
track-service-lp = Иҷозатномаи муҳоҷири меҳнатӣ
track-service-se = Маълумотнома барои кори мустақил
track-service-ep = Иҷозатнома ба корфармо
track-service-ks = Мақоми кандас
track-service-rq = Квотаи минтақавӣ
track-service-trp = Истиқомати муваққатӣ
track-service-prp = Истиқомати доимӣ
track-kind-question = Чиро нигоҳ дорем?
track-kind-se-permit = Маълумотномае, ки дорам
track-kind-se-duty = Мӯҳлати 5 рӯзи корӣ
track-kind-ep-permit = Иҷозатномаи мо
track-kind-ep-fee = Пардохти боҷ
track-kind-ks-status = Мақоми ман (шаҳодатнома)
track-ks-arrival-estimate = Сол — баҳои мо аз омадан (қарор ҳамон рӯз эътибор меёбад): то { $valid_to } ё, аз рӯзи баъд ҳисоб карда, то { $valid_to_late }. Санаи дақиқ — «по» дар шаҳодатнома: онро гирифта, санаро пайгирӣ кунед (тугмаи поён).
track-kind-ks-arrival = Ман ба минтақа омадам
track-kind-trp-sixteen = Кӯдак 16 сола мешавад
track-kind-trp-transfer = Интиқоли дохиликорпоративӣ
track-kind-prp-hearing = Огоҳинома дар бораи шунидан
track-kind-prp-exit = Бекор кардан: баромадан
track-kind-prp-reapply = Рад: аз нав ариза додан
track-request-question = Ариза барои чӣ дода шудааст?
track-request-ict-issue = Интиқол: додан
track-request-ict-extend = Интиқол: тамдид
track-request-ict-reissue = Интиқол: аз нав расмӣ кардан
track-request-ks-extend = Тамдиди мақом
track-duty-question = Чӣ шуд?
track-duty-se-extend = Шартномаи меҳнатӣ бастам
track-duty-se-reissue = Ном, шиноснома ё кор иваз шуд
track-duty-se-duplicate = Маълумотнома гум ё вайрон шуд
track-event-question = Ин кадом рӯз рух дод?
track-expiry-question = Ҳуҷҷат то кадом сана эътибор дорад? Рӯзи охиринеро, ки дар он навишта шудааст, нависед.
track-goal-question = Ин кадом иҷозатнома аст?
track-goal-categories = Категорияҳои 1–4 ё мавсимӣ
track-applicant-question = Кӣ барои квота ариза дод?
track-applicant-kandas = Кандас
track-applicant-resettler = Кӯчанда
track-result-check = Санаҳои поёнро санҷед. Ҳоло ҳеҷ чиз нигоҳ дошта нашудааст: «🔔 Дар бораи мӯҳлатҳо ёдрас кунед»-ро пахш кунед — нигоҳ дошта, соати 9:00 (вақти Алмато) ёдрас мекунам.

tracking-saved-again = Ин аллакай нигоҳ дошта шудааст: ман сабтро нав кардам, такрор нашуд. Ёдраскунии наздиктарин — { $next } соати 9:00 (вақти Алмато). Ҳамаи мӯҳлатҳо: /status.
# a second 🔔 press within seconds of the first (a toast, at most 200 characters)
tracking-saved-above = 🔔 Аллакай нигоҳ дошта шуд — тасдиқ каме болотар.
tracking-saved-again-no-upcoming = Ин аллакай нигоҳ дошта шудааст: ман сабтро нав кардам, такрор нашуд. Ҳамаи мӯҳлатҳои он гузаштаанд, ёдраскунӣ намешавад. Ҳамаи мӯҳлатҳо: /status.
tracking-saved-again-no-reminders-left = Ин аллакай нигоҳ дошта шудааст: ман сабтро нав кардам, такрор нашуд. Оид ба он дигар ёдраскунӣ намешавад: он чи боқӣ мондааст, дар поён гуфта шудааст. Ҳамаи мӯҳлатҳо: /status.
# after a save: current items of the same thing (same title) with other dates — an answer
# corrected after saving, or a renewed permit whose old item still reminds. $items: their
# /status lines, numbered "1) …" when $count > 1
tracking-saved-twin = { $count ->
        [one] Ин пештар ҳам бо санаҳои дигар нигоҳ дошта шуда буд:
       *[other] Ин пештар боз { $count } маротиба бо санаҳои дигар нигоҳ дошта шуда буд:
    }
    { $items }
    Агар сабти нав ҷои сабти пештараро гирад, сабти пештараро нест кунед — вагарна оид ба он низ ёдраскуниҳо меоянд. Агар ҳарду лозим бошанд, ҳеҷ кор накунед.
# under that text, one per earlier item; $n is 0 when there is one
button-twin-delete = { $n ->
        [0] 🗑 Пештараро нест кунед
       *[other] 🗑 Пештараро нест кунед ({ $n })
    }

## A temporary residence permit held: reminders on the user's own last day (the Rules set no term)
track-kind-trp-permit = РВП-и ман: мӯҳлати эътибор
status-trp-permit = Иҷозатномаи истиқомати муваққатӣ то { $expiry } эътибор дорад (санае, ки шумо нишон додед).
track-note-trp-permit-silent = Қоидаҳо дар манбаъҳои мо на мӯҳлати РВП-ро муайян мекунанд, на он ки кай ва чӣ тавр онро тамдид кардан ё навашро гирифтан лозим аст. Ман 60 ва 14 рӯз пеш аз рӯзи охирин ёдрас мекунам: ин интихоби мост, на қоида. Агар мӯҳлати будубош гузарад, ҳуҷҷатҳои РВП-ро танҳо дар ду ҳолат қабул мекунанд. Чӣ кор карданро дар 1414 ё egov.kz фаҳмед.
rem-trp-permit-soon = Иҷозатномаи истиқомати муваққатии шумо (разрешение на временное проживание) то { $expiry } эътибор дорад. Чӣ тавр ва кай онро тамдид кардан ё навашро гирифтан лозим аст, қоидаҳо намегӯянд; агар мӯҳлати будубош гузарад, ҳуҷҷатҳои РВП-ро танҳо дар ду ҳолат қабул мекунанд. Пешакӣ дар 1414 ё egov.kz фаҳмед, ки чӣ лозим аст, ва сари вақт ариза диҳед.
ended-trp-permit = Мӯҳлати иҷозатномаи истиқомати муваққатӣ (разрешение на временное проживание) { $date } ба охир расид. Агар мӯҳлати будубош гузашта бошад, ҳуҷҷатҳои РВП-ро танҳо дар ду ҳолат қабул мекунанд. Ба 1414 занг занед.

## /track: a self-employment extension duty asks the certificate's last day (AMB-09)
track-se-cert-question = Медонед, ки маълумотномаи шумо то кадом сана эътибор дорад? Сана дар маълумотнома нишон дода шудааст; маълумотнома метавонад пеш аз гузаштани 5 рӯзи корӣ ба охир расад.
track-se-cert-date = Бале, санаро ворид мекунам
track-se-cert-unknown = Намедонам
track-se-result-cert-ended = Рӯзи охирини маълумотномаи шумо — { $expiry }: то он эътибор дорад, барои тамдид ариза додан имкон надорад. Барои он ёдраскунӣ ба нақша намегирам.
track-se-reason-accepted-after = Барои тамдид баъд аз бастани шартномаи меҳнатӣ ариза медиҳанд, аризаеро, ки дар рӯзи истироҳат ё баъд аз вақти корӣ фиристода шудааст, рӯзи кории навбатӣ қабул мекунанд: то { $expiry } барои ин рӯзи корӣ намемонад.
track-se-cert-first = То { $safe } ариза диҳед — ин рӯзи кории охирини маълумотнома аст: он то { $expiry } эътибор дорад, пеш аз мӯҳлати { $deadline }. Оё маълумотномаро пас аз анҷоми мӯҳлаташ тамдид кардан мумкин аст, қоидаҳо намегӯянд, аризаи дар рӯзи истироҳат фиристодаро бошад, рӯзи кории навбатӣ қабул мекунанд.
track-se-cert-later = Маълумотнома то { $expiry } эътибор дорад: он пеш аз мӯҳлати { $deadline } ба охир намерасад.
track-se-note-cert-unknown = Шумо нишон надодед, ки маълумотнома то кадом сана эътибор дорад. Ин муҳим аст: агар он пеш аз { $deadline } ба охир расад, то он эътибор дорад, ариза диҳед — оё маълумотномаи мӯҳлаташ гузаштаро тамдид кардан мумкин аст, қоидаҳо намегӯянд. Санаро дар маълумотнома санҷед; онро баъдтар илова кардан мумкин аст: ✏️ дар /status.

## /track: the employer's fee asks the day the notice came (rows 5 and 8, AMB-14)
track-ep-notice-same = Дар рӯзи қарор
track-ep-notice-other = Дар рӯзи дигар
track-ep-notice-unknown = Ҳанӯз не / намедонам
track-ep-notice-date = Огоҳинома кадом рӯз омад?
