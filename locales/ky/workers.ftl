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
workers-export-caption-update = Сиздин жумушчуларыңыз, эң шашылыштары жогоруда. Алгачкы төрт мамычаны оңдоп, /roster аркылуу кайра жөнөтсөңүз болот.
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
invite-other-company = Сиз мурунтан эле башка компаниянын аккаунтундасыз, ошондуктан шилтеме колдонулган жок.
invite-used = Бул чакыруу шилтемеси мурун колдонулган. Кесиптешиңизден жаңысын сураңыз.
invite-expired = Чакыруу шилтемесинин мөөнөтү бүттү. Кесиптешиңизден жаңысын сураңыз.
invite-invalid = Чакыруу шилтемеси жараксыз. Кесиптешиңизден жаңысын сураңыз.

digest-title = 📋 Жакынкы { $days } күндө ({ $until } чейин) мөөнөтү бар жумушчулар: { $count }
digest-more = …жана дагы { $count }: /workers.
digest-hint = Толук маалымат жана файлдар: /workers.

rem-lp-extension-opens-short = узартууга арызды ишенимдүү берүүгө болот
rem-lp-extension-nudge-short = узартууга документтерди даярдоо
rem-lp-extension-last-day-short = узартууга арыз берүүнүн ишенимдүү акыркы жумуш күнү
rem-lp-new-permit-prepare-short = жаңы уруксатка документтерди даярдоо
rem-lp-months-unknown-short = узартуу же жаңы уруксат: айларды тизмеде көрсөтүңүз
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
