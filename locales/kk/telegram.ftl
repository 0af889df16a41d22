# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Хабарламалар тым жиі келіп жатыр. Бірнеше секунд күтіп, жалғастырыңыз — жауаптарыңыз сақталды.
