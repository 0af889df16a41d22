## Иш берүүчүнүн жумушчулар тизмеси (/workers), компаниянын аккаунтуна чакыруулар жана күн сайынкы кыскача маалымат (bot/employer.py).

cmd-workers = Менин жумушчуларым: мөөнөттөр жана файлдар
workers-title = Жумушчулар: { $count }. Эң шашылыштары жогоруда:
workers-line = { $n }. { $name } — { $kind }, { $expiry } чейин жарактуу
workers-line-expired = { $n }. { $name } — { $kind }, ⛔ мөөнөтү { $expiry } бүткөн
workers-next = → { $action }: { $date }
workers-next-none = → алдыда мөөнөттөр жок
workers-no-rules = → укуктук тексттерде бул уруксат боюнча эскертүүлөр үчүн күндөр жок: 1414 же egov.kz аркылуу тактаңыз
workers-unreadable = сакталган күндөр окулбайт: бул жумушчуну /roster аркылуу кайра жөнөтүңүз.
workers-empty = Компанияңыздын жумушчулар тизмеси али жок. Аны жүктөө үчүн /roster жөнөтүңүз (CSV же XLSX); тизмени мурда жүктөгөн кесиптешиңиз сизге чакыруу шилтемесин жөнөтө алат.
workers-hint = Жумушчуну ачуу үчүн анын номерин басыңыз. ⬇️ CSV / XLSX — ушул таблица файл түрүндө. 👥 — кесиптешти чакыруу.
# катышуучуда (ээсинде эмес) 👥 баскычы жок: workers-hint ордуна
workers-hint-member = Жумушчуну ачуу үчүн анын номерин басыңыз. ⬇️ CSV / XLSX — ушул таблица файл түрүндө. Кесиптештерди компаниянын аккаунтунун ээси чакыра алат. Аккаунттан чыгуу — /leave.
workers-file-format-unreadable = Эски Excel (.xls), OpenDocument (.ods) жана экилик .xlsb файлдарын окуй албайм. Файлды Excel, LibreOffice же Google Таблицаларда ачып, XLSX (Excel китеби) же CSV катары сактаңыз да, кайра жөнөтүңүз. Тизменин үлгүсү — /roster.
workers-action-deadline = мөөнөт
workers-detail-title = 👤 { $name } — { $kind }
workers-detail-expiry = { $expiry } чейин жарактуу.
workers-detail-expired = ⛔ Уруксаттын мөөнөтү { $expiry } бүткөн.
workers-detail-months = Бардыгы болуп канча айга берилген: { $months }.
workers-detail-ahead = Алдыдагы мөөнөттөр:
workers-detail-occasion = { $date } — { $action }
workers-col-kind = уруксаттын түрү
workers-col-next-action = кийинки аракет
workers-col-next-date = кийинки аракеттин күнү
workers-export-caption-update = Сиздин жумушчуларыңыз, эң шашылыштары жогоруда. Алгачкы төрт мамычаны оңдоп, /roster аркылуу кайра жөнөтсөңүз болот: ушундайча жаңы жумушчулар кошулат жана мөөнөттөр жаңыртылат. Файлдан өчүрүлгөн сап жумушчуну тизмеден өчүрбөйт — аны /workers ичинде өчүрүңүз (номер → 🗑 Тизмеден өчүрүү).
worker-deleted = { $name } тизмеден өчүрүлдү.
worker-not-found = Бул жумушчу компанияңыздын тизмесинде жок.
button-worker = { $n }
button-worker-delete = 🗑 Тизмеден өчүрүү
button-worker-delete-yes = 🗑 Ооба, өчүрүү
worker-delete-question = { $name } компаниянын тизмесинен өчүрүлсүнбү? Тизме жалпы: жумушчу бардык катышуучулардын тизмесинен жоголот, ал тууралуу эскертүүлөр токтойт.
button-workers-back = ⬅️ Бардык жумушчулар
button-workers-csv = ⬇️ CSV
button-workers-xlsx = ⬇️ XLSX
button-workers-invite = 👥 Кесиптешти чакыруу
button-workers-open = 📋 Жумушчулар

invite-owner-only = Кесиптештерди компаниянын тизмесин жүктөгөн адам гана чакыра алат.
invite-link = Бул шилтемени кесиптешиңизге жөнөтүңүз. Ал бир гана жолу иштейт жана { $days } күн жарактуу; аны ачкан адам ошол эле жумушчулар тизмесин көрүп, өзгөртө алат:
invite-joined = Сиз кесиптештериңиздин компаниясынын аккаунтуна кошулдуңуз: жумушчулар — { $count }. Аларды көрүү үчүн /workers жөнөтүңүз. Күн сайын эртең менен саат 9:00дө жакынкы 14 күндөгү мөөнөттөр боюнча кыскача маалымат жөнөтүп турам. Аны жөнөтүүнү токтотуу үчүн андагы же /workers ичиндеги 🔕 баскычын басыңыз.
invite-already = Сиз ушул компаниянын аккаунтунда мурунтан эле барсыз: /workers.
invite-other-company-leave = Сиз мурунтан эле башка компаниянын аккаунтундасыз, ошондуктан шилтеме колдонулган жок. Бул кесиптештерге өтүү үчүн ал аккаунттан /leave буйругу менен чыгыңыз (бот ырастоону сурайт жана анын жумушчулар тизмеси эмне болорун айтат), андан кийин бул шилтемени ал дагы эле жарактуу кезде кайра ачыңыз.
invite-member-only = Кесиптештерди компаниянын аккаунтунун ээси гана чакыра алат — тизмени жүктөшү менен аккаунтту түзгөн адам (же бул ролу өзүнө өткөн адам). Катышуучу жүктөгөн файл жалпы тизмеге кошулат, бирок аны ээ кылбайт: ээсинен /invite аркылуу шилтеме жөнөтүүсүн сураныңыз.
invite-used = Бул чакыруу шилтемеси мурун колдонулган. Кесиптешиңизден жаңысын сураңыз.
invite-expired = Чакыруу шилтемесинин мөөнөтү бүттү. Кесиптешиңизден жаңысын сураңыз.
invite-invalid = Чакыруу шилтемеси жараксыз. Кесиптешиңизден жаңысын сураңыз.

# /leave: компаниянын аккаунтунан чыгуу (Companies.leave)
leave-not-member = Сиз эч бир компаниянын аккаунтунда катышуучу эмессиз.
leave-question-kept = «{ $company }» компаниясынын аккаунтунан чыгасызбы? Жумушчулар тизмеси ({ $workers } киши) кесиптештериңизде калат: аккаунтта башка катышуучулар да бар ({ $others }). Сиз тизмени көрбөй жана кыскача маалыматты албай каласыз; жаңы чакыруу шилтемеси аркылуу кайра кошулууга болот.
leave-question-owner = Кесиптештерди чакыруу укугу аккаунтта эң көп убакыттан бери турган катышуучуга өтөт.
leave-question-deleted = «{ $company }» компаниясынын аккаунтунан чыгасызбы? Сиз анын акыркы катышуучусусуз, ошондуктан аккаунт жана жумушчулар тизмеси ({ $workers } киши) өчүрүлөт. Муну кайтаруу мүмкүн эмес.
leave-question-own-data = Өзүңүздүн мөөнөттөрүңүз (/status) жана жөндөөлөрүңүз сакталат.
button-leave-yes = 🚪 Ооба, чыгуу
leave-stale = Сиз бул компаниянын аккаунтунда мындан ары жоксуз.
leave-done = Сиз «{ $company }» компаниясынын аккаунтунан чыктыңыз. { $deleted ->
    [yes] Аккаунт жана анын жумушчулар тизмеси өчүрүлдү.
   *[no] Жумушчулар тизмеси кесиптештериңизде калды.
} Эми кесиптештериңиздин чакыруу шилтемеси, эгер дагы эле жарактуу болсо, иштейт; өз тизмеңизди жүктөө — /roster.

digest-title = 📋 Жакынкы { $days } күндө ({ $until } чейин) мөөнөтү бар жумушчулар: { $count }
digest-more = …жана дагы { $count }: /workers.
digest-hint = Толук маалымат жана файлдар: /workers.

rem-lp-extension-opens-short = узартууга арызды ишенимдүү берүүгө болот
rem-lp-extension-nudge-short = узартууга документтерди даярдоо
rem-lp-extension-last-day-short = узартууга арыз берүүнүн ишенимдүү акыркы жумуш күнү
rem-lp-new-permit-prepare-short = жаңы уруксатка документтерди даярдоо
rem-lp-months-unknown-short = узартуу же жаңы уруксат: айларды тизмеде көрсөтүңүз
# тизмеде канча ай толгону жок (dialogs/schedules/labour-permit.yaml, months-unknown-*): сапта бир гана күн — ушул учурдун күнү
status-lp-permit-months-unknown-short = тизмеде айлар көрсөтүлгөн эмес, ал эми мөөнөт ошолорго жараша: 12 болсо — жаңы уруксат, мөөнөт бүтөрдөн 4 күн мурун; 12ден аз болсо — узартууга арыз берүүнүн ишенимдүү акыркы жумуш күнү
status-lp-permit-months-unknown-late-short = узартуунун ишенимдүү мөөнөтү өттү, ал эми тизмеде айлар көрсөтүлгөн эмес: калкты тейлөө борборунан (ЦОН) же 1414тен тез арада тактаңыз; 12 ай толгон болсо — эң эрте окуу боюнча жаңы уруксат
rem-lp-months-unknown-new-permit-last-day-short = мындан ары узартууга болбойт, ал эми тизмеде айлар көрсөтүлгөн эмес: 12 ай толгон болсо — жаңы уруксатка арыз берүү мөөнөтүнүн акыркы жумуш күнү (биздин окуу боюнча)
# ошол эле учурдун эскертүүсү (айлары жок сакталган мөөнөт тууралуу)
rem-lp-months-unknown-new-permit-last-day = Уруксат { $expiry } чейин жарактуу, ал эми канча ай толгону тизмеде көрсөтүлгөн эмес. Аны мындан ары узартууга болбойт: узартууга арыз берүү мөөнөтү өттү. 12 ай толгон болсо, биздин окуубуз боюнча { $last_wd } — жаңы уруксатка арыз берүү мөөнөтүнүн акыркы жумуш күнү ({ $closes } чейин); эң эрте окуу боюнча арызды { $new_safe } кечиктирбей берүү керек болчу. Мүмкүн болушунча тезирээк бериңиз, арыз кабыл алынабы, калкты тейлөө борборунан (ЦОН) же 1414тен алдын ала тактаңыз жана айларды тизмеге кошуңуз.
rem-lp-new-permit-opens-short = жаңы уруксатка арыз берүү мөөнөтү ачылат
lp-result-new-permit-day-off-short = жаңы уруксатка арыз берүү мөөнөтү дем алыш күндөргө туш келет: алдын ала тактаңыз
lp-result-new-permit-day-off-earliest-short = жаңы уруксатка арыз берүү мөөнөтү дем алыш күндөргө туш келет: алдын ала тактаңыз
rem-lp-new-permit-last-day-short = жаңы уруксатка арыз берүүнүн акыркы жумуш күнү (биздин окуу боюнча)
rem-lp-expiry-short = уруксаттын мөөнөтү жакында бүтөт
rem-ep-extension-plan-short = узартууга документтерди даярдоо
rem-ep-extension-latest-short = узартууга үлгүрүү үчүн арыз берүүнүн акыркы жумуш күнү (пландоо үчүн күн)
rem-ep-expiry-short = уруксаттын жарактуу акыркы күнү
rem-se-permit-soon-short = маалымкаттын акыркы жумуш күнүнө 2 жума калганда
rem-se-permit-expiry-short = узартууга арыз берүү үчүн маалымкаттын акыркы жумуш күнү
rem-trp-permit-soon-short = РВПнын мөөнөтү бүтүп баратат: кантип узартууну 1414төн билиңиз

# the daily digest turned off and on (its button on the digest and on /workers)
button-digest-off = 🔕 Кыскача маалыматты жөнөтпөө
button-digest-on = 🔔 Кыскача маалымат саат 9:00дө
digest-turned-off = 🔕 Кыскача маалыматты мындан ары жөнөтпөйм. Тизме — /workers ичинде; кыскача маалыматты кайра күйгүзүүчү баскыч да ошол жерде.
digest-turned-on = 🔔 Кыскача маалымат күйгүзүлдү: күн сайын эртең менен саат 9:00дө — жакынкы 14 күндө мөөнөтү бар жумушчулар.

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
