# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Паёмҳо паи ҳам хеле зиёданд. Чанд сония интизор шавед ва идома диҳед — ҷавобҳои шумо нигоҳ дошта шудаанд.
