# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Слишком много сообщений подряд. Подождите несколько секунд и продолжайте — ваши ответы сохранены.
# a text starting with "/" that is none of the bot's commands (a typo, /foo, one for another bot); the screen follows
error-unknown-command = Такой команды я не знаю — список команд: /help. Ваши ответы сохранены.
# a file that is not a list of workers (a PDF, a scan, a photo sent as a file); the screen follows
error-file-not-roster = Этот файл я не прочитаю. Из файлов я принимаю только список для /roster — в формате CSV или XLSX. В остальном я понимаю только текст и кнопки.
