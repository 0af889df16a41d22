# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Хабарламалар тым жиі келіп жатыр. Бірнеше секунд күтіп, жалғастырыңыз — жауаптарыңыз сақталды.
# a text starting with "/" that is none of the bot's commands (a typo, /foo, one for another bot); the screen follows
error-unknown-command = Мұндай команданы білмеймін — командалар тізімі: /help. Жауаптарыңыз сақталды.
# a file that is not a list of workers (a PDF, a scan, a photo sent as a file); the screen follows
error-file-not-roster = Бұл файлды оқи алмаймын. Файлдардан тек /roster үшін тізімді қабылдаймын — CSV немесе XLSX форматында. Басқа жағдайда тек мәтін мен батырмаларды түсінемін.
