# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Слишком много сообщений подряд. Подождите несколько секунд и продолжайте — ваши ответы сохранены.
