# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Слишком много сообщений подряд. Подождите несколько секунд и продолжайте — ваши ответы сохранены.
# a text starting with "/" that is none of the bot's commands (a typo, /foo, one for another bot); the screen follows
error-unknown-command = Такой команды я не знаю — список команд: /help. Ваши ответы сохранены.
# a file that is not a list of workers (a PDF, a scan, a photo sent as a file); the screen follows
error-file-not-roster = Этот файл я не прочитаю. Из файлов я принимаю только список для /roster — в формате CSV или XLSX. В остальном я понимаю только текст и кнопки.
# a reminder delivered after the day it was written for (held back by the night, an outage, a retry, ⏰): its own text would call a past day "today", so this line, then where the item stands today as /status says it
reminder-late = ⏳ Это напоминание было на { $date } и доходит до вас позже этого дня. Где срок стоит сегодня, { $today }:
# several late reminders of one item that go out as one message (the others superseded): the days they were for, comma-separated; then where the item stands today, as for reminder-late
reminder-late-days = ⏳ Эти напоминания были на { $dates } и доходят до вас позже этих дней. Где срок стоит сегодня, { $today }:
