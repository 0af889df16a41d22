# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Too many messages in a row. Please wait a few seconds and carry on — your answers are saved.
