## Башкы меню (dialogs/trees/start.yaml дарагы).

start-title = Башкы меню
start-persona-question = Эмнеге жардам берейин? Ким экениңизди тандаңыз:
start-persona-worker = 👷 Чет элдикмин, иштегим келет
start-persona-employer = 🏢 Иш берүүчү
start-persona-kandas = 🇰🇿 Кандас (этникалык казак)
start-persona-resident = 🏠 Казакстанда жашагым келет
start-persona-host = 🛏 Чет элдикти кабыл алам
start-persona-unsure = ❓ Эмне керек экенин билбейм
start-persona-staff = 📋 Бардык кызматтардын тизмеси

start-worker-question = Кайда же кантип иштейсиз?
start-worker-household = Жеке адамдын үйүндө
start-worker-self = Өзүм, адис катары
start-worker-company = Компанияда
start-worker-register = Турган жери боюнча каттоо

start-employer-question = Кимди жумушка аласыз?
start-employer-household = Өз үйүмө жумушчу
start-employer-company = Компанияга чет элдиктерди
start-employer-register = Чет элдик бизде жашайт: каттоо

start-kandas-question = Сизди эмне кызыктырат?
start-kandas-status = Кандас статусу
start-kandas-quota = Аймактык квота

start-resident-question = Сизге кандай уруксат керек?
start-resident-temporary = Убактылуу жашоо
start-resident-permanent = Туруктуу жашоого уруксат

start-host-question = Эмне кылуу керек?
start-host-register = Чет элдикти каттоого коюу
start-host-temporary = Убактылуу жашоого уруксат

start-unsure-kazakh-question = Сиз Казакстанга көчүп келе жаткан же көчүп келген этникалык казаксызбы?
start-unsure-goal-question = Казакстанда эмне кылгыңыз келет?
start-unsure-work = Иштөө
start-unsure-live = Жашоо (убактылуу же туруктуу)
start-unsure-hire = Чет элдикти жумушка алуу
start-unsure-visit = Жөн гана келип, бир аз жашоо
start-unsure-work-where-question = Кайда иштейсиз?

start-all-services-question = Бардык кызматтар:

start-pt-fl-doc = 2-тиркеме, 10-сап, { $point }-п.
start-result-company-worker = Компанияда иштөөгө уруксатты иш берүүчү алат. Уруксат берилгенге чейин иштөөгө болбойт.
start-reason-employer-applies = Иш берүүчү акимчиликке egov.kz же migration.enbek.kz аркылуу арыз берет.
start-reason-worker-data = Ал сиздин маалыматыңызды жана паспорттун электрондук көчүрмөсүн сурайт.
start-reason-education = Жана билимиңиз тууралуу нотариус күбөлөгөн, котормосу менен, легалдаштырылган документтерди (эгер келишим бошотпосо).
start-reason-qualification = Иш берүүчү кат менен сиздин квалификацияңыз жана тажрыйбаңыз кызмат ордуна туура келерин тастыктайт.
start-reason-no-work = Уруксатсыз иштөөгө болбойт.
start-note-company-categories = Бул кадимки жумушка алуу үчүн тизме (1–4-категориялар). Мезгилдик жумушчулар жана корпорациянын ичиндеги которуу (внутрикорпоративный перевод) үчүн тизмелер башка — «Иш берүүчүгө уруксат» кызматын караңыз.
start-link-employer-permit = Иш берүүчүгө уруксат

## The staff list of every service, in two groups (≤ 8 buttons a screen)
start-all-work = Иш: уруксаттар, каттоо
start-all-live = Жашоо, кандастар, квота
start-svc-labour-permit = Эмгек иммигрантына уруксат
start-svc-employer-permit = Иш берүүчүгө уруксат (ИРС)
start-svc-self-employment = Маалымкат: өз алдынча иштөө
start-svc-immigrant-registration = Чет элдикти каттоо
start-svc-temporary-residence = Убактылуу жашоого уруксат
start-svc-permanent-residence = Туруктуу жашоого уруксат
start-svc-kandas = Кандас статусу
start-svc-regional-quota = Аймактык квота
