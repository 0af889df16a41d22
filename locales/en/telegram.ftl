# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Too many messages in a row. Please wait a few seconds and carry on — your answers are saved.
# a text starting with "/" that is none of the bot's commands (a typo, /foo, one for another bot); the screen follows
error-unknown-command = I don't know that command — the list of commands: /help. Your answers are saved.
# a file that is not a list of workers (a PDF, a scan, a photo sent as a file); the screen follows
error-file-not-roster = I can't read this file. The only files I accept are lists for /roster, as CSV or XLSX. Otherwise I understand only text and buttons.
# a reminder delivered after the day it was written for (held back by the night, an outage, a retry, ⏰): its own text would call a past day "today", so this line, then where the item stands today as /status says it
reminder-late = ⏳ This reminder was for { $date } and reaches you after that day. Where things stand today, { $today }:
# several late reminders of one item that go out as one message (the others superseded): the days they were for, comma-separated; then where the item stands today, as for reminder-late
reminder-late-days = ⏳ These reminders were for { $dates } and reach you after those days. Where things stand today, { $today }:
