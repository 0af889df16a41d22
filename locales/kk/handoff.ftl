## Әңгімені адамға беру: операторлар форумындағы байланыс орталығының операторына.
button-ask-person = 🙋 Адамнан сұрау
button-handoff-end = ✖️ Әңгімені аяқтау
handoff-help = Жауап таппадыңыз ба? «🙋 Адамнан сұрау» түймесін басыңыз: сұрағыңызды байланыс орталығының операторы алады, жауап осы чатқа келеді.
handoff-opened = Сұрағыңыз байланыс орталығының операторына жіберілді. Жауап осында, осы чатқа келеді.
    Әңгіме ашық тұрғанда жазғаныңыздың бәрін оператор да алады. Боттың түймелері әдеттегідей жұмыс істейді.
handoff-opened-later = Операторлар жұмыс күндері Алматы уақытымен 09:00-ден 18:00-ге дейін жауап береді. Сұрағыңыз сақталды: оператор { $day } күні { $time }-ден кейін жауап береді.
    Толығырақ қазір жаза беріңіз — ештеңе жоғалмайды.
# typed while the bot's question waits for a typed answer: it went to the operator (once per conversation)
handoff-typed-to-operator = Операторға жібердім. Боттың сұрағына жауап беру үшін алдымен оператормен әңгімені аяқтаңыз, содан кейін жауапты қайта жазыңыз.
handoff-already-open = Сіз операторға жазып жатырсыз: сұрағыңызды осында жіберіңіз.
handoff-unavailable = Қазір операторға жазу мүмкін емес. 1414 байланыс орталығына қоңырау шалыңыз (Қазақстан бойынша тегін).
handoff-operator-says = 🙋 Оператор:
handoff-closed-by-operator = Оператор әңгімені аяқтады. Сұрағыңыз қалса, ☎️ бар экранда немесе /help ішінде «🙋 Адамнан сұрау» түймесін басыңыз немесе 1414 байланыс орталығына қоңырау шалыңыз (Қазақстан бойынша тегін).
handoff-closed-by-user = Оператормен әңгіме аяқталды. Енді сізге бот жауап береді.
handoff-not-open = Оператормен әңгіме аяқталып қойған.

## Операторларға (операторлардың тілінде: OPERATORS_LANGUAGE).
handoff-op-title = №{ $id } · { $code } · { $service }
handoff-op-general = жалпы сұрақ
handoff-op-head = 🙋 Өтініш №{ $id }
    Қызмет: { $service }
    Пайдаланушының тілі: { $language }
    Ашылды: { $opened } (Алматы уақытымен)
handoff-op-outside = 🌙 Жұмыс уақытынан тыс: пайдаланушыға жауап { $day } күні { $time }-ден кейін болады деп айтылды.
handoff-op-path = Жол мен жауаптар:
handoff-op-no-path = Жауаптар жоқ: пайдаланушы /help немесе мәзірден сұрады.
handoff-op-result = Пайдаланушы көрген нәтиже:
handoff-op-screen = Пайдаланушы тұрған экран:
handoff-op-how = Осы тақырыпта жауап беріңіз — бот жауапты пайдаланушыға жібереді. /close — әңгімені аяқтау.
handoff-op-closed = Әңгіме аяқталды, пайдаланушыға хабарланды.
handoff-op-closed-by-user = Пайдаланушы әңгімені аяқтады.
# an operator's /close: the user has blocked the bot, or the bot could not reach them (the conversation is closed either way)
handoff-op-closed-user-blocked = Әңгіме аяқталды. Пайдаланушы ботты бұғаттаған: әңгіменің аяқталғаны туралы хабарлама оған жеткізілмеді.
handoff-op-closed-not-told = Әңгіме аяқталды, бірақ пайдаланушыға хабарлау мүмкін болмады: Telegram хабарламаны қабылдамады.
handoff-op-already-closed = Бұл әңгіме аяқталған: хабарлама пайдаланушыға жіберілмеді.
handoff-op-not-staff = Жіберілмеді: пайдаланушыларға тек қызметкерлер жауап бере алады. Әкімші қызметкерді /staff add { $user } командасымен қосады.
handoff-op-user-blocked = Пайдаланушы ботты бұғаттаған: хабарлама жеткізілмеді.
# the user edited a message while talking to an operator: the corrected message went to the operator too
handoff-edit-passed = ✏️ Түзету операторға жіберілді.
# before a copy of a message the user edited after sending it (the copy shows it as it reads now)
handoff-op-user-edited = ✏️ Пайдаланушы бұрын жіберген хабарламасын түзетті. Түзетілген нұсқасы — төменде.
