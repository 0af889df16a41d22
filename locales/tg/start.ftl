## Менюи асосӣ (дарахти dialogs/trees/start.yaml).

start-title = Менюи асосӣ
start-persona-question = Чӣ кӯмак кунам? Интихоб кунед, ки шумо кистед:
start-persona-worker = 👷 Хориҷӣ, мехоҳам кор кунам
start-persona-employer = 🏢 Корфармо
start-persona-kandas = 🇰🇿 Кандас (қазоқи этникӣ)
start-persona-resident = 🏠 Зиндагӣ дар Қазоқистон
start-persona-host = 🛏 Хориҷиро қабул мекунам
start-persona-unsure = ❓ Намедонам, ба ман чӣ лозим
start-persona-staff = 📋 Ҳамаи хизматрасониҳо бо рӯйхат

start-worker-question = Шумо дар куҷо ё чӣ тавр кор мекунед?
start-worker-household = Дар хонаи шахси хусусӣ
start-worker-self = Мустақилона, ҳамчун мутахассис
start-worker-company = Дар ширкат
start-worker-register = Бақайдгирӣ дар ҷои будубош

start-employer-question = Шумо киро ба кор мегиред?
start-employer-household = Коргар барои хонаи худ
start-employer-company = Хориҷиён барои ширкат
start-employer-register = Хориҷӣ назди мо: бақайдгирӣ

start-kandas-question = Ба шумо чӣ лозим аст?
start-kandas-status = Мақоми кандас
start-kandas-quota = Квотаи минтақавӣ

start-resident-question = Ба шумо кадом иҷозатнома лозим аст?
start-resident-temporary = Истиқомати муваққатӣ
start-resident-permanent = Истиқомати доимӣ (ВНЖ)

start-host-question = Чӣ кор кардан лозим аст?
start-host-register = Хориҷиро ба қайд гирифтан
start-host-temporary = Иҷозатномаи истиқомати муваққатӣ

start-unsure-kazakh-question = Шумо қазоқи этникӣ ҳастед, ки ба Қазоқистон кӯчида истодаед ё кӯчидаед?
start-unsure-goal-question = Шумо дар Қазоқистон чӣ кор кардан мехоҳед?
start-unsure-work = Кор кардан
start-unsure-live = Зиндагӣ (муваққатан ё доимӣ)
start-unsure-hire = Хориҷиро ба кор гирифтан
start-unsure-visit = Танҳо омадан ва муддате мондан
start-unsure-work-where-question = Шумо дар куҷо кор мекунед?

start-all-services-question = Ҳамаи хизматрасониҳо:

start-pt-fl-doc = замимаи 2, сатри 10, б. { $point }
start-result-company-worker = Иҷозатнома барои кор дар ширкатро корфармо расмӣ мекунад. То додани он кор кардан мумкин нест.
start-reason-employer-applies = Корфармо ба акимат тавассути egov.kz ё migration.enbek.kz ариза медиҳад.
start-reason-worker-data = Ӯ маълумоти шумо ва нусхаи электронии шиносномаро мепурсад.
start-reason-education = Инчунин ҳуҷҷатҳои таҳсилот, ки аз ҷониби нотариус тасдиқ, тарҷума ва легализатсия шудаанд (агар шартнома озод накунад).
start-reason-qualification = Корфармо бо мактуб тасдиқ мекунад, ки тахассус ва таҷрибаи шумо ба вазифа мувофиқ аст.
start-reason-no-work = Бе иҷозатнома кор кардан мумкин нест.
start-note-company-categories = Ин рӯйхат барои ба кор гирифтани оддӣ аст (категорияҳои 1–4). Барои коргарони мавсимӣ ва интиқол дар дохили ширкат рӯйхатҳо дигаранд — хизматрасонии «Иҷозатнома ба корфармо»-ро бинед.
start-link-employer-permit = Иҷозатнома ба корфармо

## The staff list of every service, in two groups (≤ 8 buttons a screen)
start-all-work = Кор: иҷозатномаҳо, бақайдгирӣ
start-all-live = Истиқомат, кандасҳо, квота
start-svc-labour-permit = Иҷозатномаи муҳоҷири меҳнатӣ
start-svc-employer-permit = Иҷозатнома ба корфармо (ИРС)
start-svc-self-employment = Маълумотнома: кори мустақил
start-svc-immigrant-registration = Бақайдгирии хориҷӣ
start-svc-temporary-residence = РВП (истиқомати муваққатӣ)
start-svc-permanent-residence = Истиқомати доимӣ (ВНЖ)
start-svc-kandas = Мақоми кандас
start-svc-regional-quota = Квотаи минтақавӣ
