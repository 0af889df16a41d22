# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Хабарламалар тым жиі келіп жатыр. Бірнеше секунд күтіп, жалғастырыңыз — жауаптарыңыз сақталды.
# a text starting with "/" that is none of the bot's commands (a typo, /foo, one for another bot); the screen follows
error-unknown-command = Мұндай команданы білмеймін — командалар тізімі: /help. Жауаптарыңыз сақталды.
# a file that is not a list of workers (a PDF, a scan, a photo sent as a file); the screen follows
error-file-not-roster = Бұл файлды оқи алмаймын. Файлдардан тек /roster үшін тізімді қабылдаймын — CSV немесе XLSX форматында. Басқа жағдайда тек мәтін мен батырмаларды түсінемін.
# a reminder delivered after the day it was written for (held back by the night, an outage, a retry, ⏰): its own text would call a past day "today", so this line, then where the item stands today as /status says it
reminder-late = ⏳ Бұл еске салу { $date } күніне арналған еді, бірақ сізге сол күннен кейін жетті. Бүгін, { $today }, мерзім бойынша жағдай мынадай:
# several late reminders of one item that go out as one message (the others superseded): the days they were for, comma-separated; then where the item stands today, as for reminder-late
reminder-late-days = ⏳ Бұл еске салулар { $dates } күндеріне арналған еді, бірақ сізге сол күндерден кейін жетті. Бүгін, { $today }, мерзім бойынша жағдай мынадай:
