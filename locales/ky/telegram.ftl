# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Катары менен өтө көп билдирүү. Бир нече секунд күтүп, улантыңыз — жоопторуңуз сакталды.
