## Сүйлөшүүнү адамга өткөрүп берүү: операторлордун форумундагы байланыш борборунун операторуна.
button-ask-person = 🙋 Адамга суроо берүү
button-handoff-end = ✖️ Сүйлөшүүнү бүтүрүү
handoff-help = Жооп тапкан жоксузбу? «🙋 Адамга суроо берүү» баскычын басыңыз: сурооңузду байланыш борборунун оператору алат, жооп ушул чатка келет.
handoff-opened = Сурооңуз байланыш борборунун операторуна берилди. Жооп бул жерге, ушул чатка келет.
    Сүйлөшүү ачык турганда эмне жазсаңыз да, аны оператор да алат. Боттун баскычтары адаттагыдай иштейт.
handoff-opened-later = Операторлор жумуш күндөрү Алматы убактысы боюнча саат 09:00дан 18:00гө чейин жооп беришет. Сурооңуз сакталды: оператор { $day } күнү саат { $time } өткөндөн кийин жооп берет.
    Толук маалыматты азыр жазсаңыз болот — эч нерсе жоголбойт.
# typed while the bot's question waits for a typed answer: it went to the operator (once per conversation)
handoff-typed-to-operator = Операторго өткөрүп бердим. Боттун суроосуна жооп берүү үчүн адегенде оператор менен сүйлөшүүнү бүтүрүңүз, андан кийин жообуңузду кайра жазыңыз.
handoff-already-open = Сиз буга чейин эле операторго жазып жатасыз: сурооңузду жөн гана ушул жерге жөнөтүңүз.
handoff-unavailable = Азыр оператор менен байланышуу мүмкүн эмес. 1414 байланыш борборуна чалыңыз (Казакстан боюнча акысыз).
handoff-operator-says = 🙋 Оператор:
handoff-closed-by-operator = Оператор сүйлөшүүнү бүтүрдү. Дагы суроолоруңуз болсо, ☎️ белгиси бар экранда же /help ичинде «🙋 Адамга суроо берүү» баскычын басыңыз, же 1414 байланыш борборуна чалыңыз (Казакстан боюнча акысыз).
handoff-closed-by-user = Оператор менен сүйлөшүү бүттү. Мындан ары сизге бот жооп берет.
handoff-not-open = Оператор менен сүйлөшүү буга чейин эле бүткөн.

## Операторлор үчүн (операторлордун тили: OPERATORS_LANGUAGE).
handoff-op-title = №{ $id } · { $code } · { $service }
handoff-op-general = жалпы суроо
handoff-op-head = 🙋 Кайрылуу №{ $id }
    Кызмат: { $service }
    Колдонуучунун тили: { $language }
    Ачылды: { $opened } (Алматы убактысы)
handoff-op-outside = 🌙 Жумуш убактысынан тышкары: колдонуучуга жооп { $day } күнү саат { $time } өткөндөн кийин болот деп айтылды.
handoff-op-path = Өткөн жол жана жооптор:
handoff-op-no-path = Жооптор жок: колдонуучу /help же менюдан сурады.
handoff-op-result = Колдонуучу көргөн жыйынтык:
handoff-op-screen = Колдонуучу турган экран:
handoff-op-how = Ушул темада жооп бериңиз — бот жоопту колдонуучуга жөнөтөт. /close — сүйлөшүүнү бүтүрүү.
handoff-op-closed = Сүйлөшүү бүттү, колдонуучуга билдирилди.
handoff-op-closed-by-user = Колдонуучу сүйлөшүүнү бүтүрдү.
# an operator's /close: the user has blocked the bot, or the bot could not reach them (the conversation is closed either way)
handoff-op-closed-user-blocked = Сүйлөшүү бүттү. Колдонуучу ботту бөгөттөп койгон: сүйлөшүү бүткөнү тууралуу билдирүү ага жеткирилген жок.
handoff-op-closed-not-told = Сүйлөшүү бүттү, бирок колдонуучуга билдирүү мүмкүн болгон жок: Telegram билдирүүнү кабыл алган жок.
handoff-op-already-closed = Бул сүйлөшүү буга чейин эле бүткөн: билдирүү колдонуучуга жөнөтүлгөн жок.
handoff-op-not-staff = Билдирүү берилген жок: колдонуучуларга кызматкерлер гана жооп бере алат. Администратор кызматкерди /staff add { $user } буйругу менен кошот.
handoff-op-user-blocked = Колдонуучу ботту бөгөттөп койгон: билдирүү жеткирилген жок.
# the user edited a message while talking to an operator: the corrected message went to the operator too
handoff-edit-passed = ✏️ Оңдоо операторго жөнөтүлдү.
# before a copy of a message the user edited after sending it (the copy shows it as it reads now)
handoff-op-user-edited = ✏️ Колдонуучу мурда жөнөткөн билдирүүсүн оңдоду. Оңдолгон варианты — төмөндө.
