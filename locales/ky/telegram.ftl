# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Катары менен өтө көп билдирүү. Бир нече секунд күтүп, улантыңыз — жоопторуңуз сакталды.
# a text starting with "/" that is none of the bot's commands (a typo, /foo, one for another bot); the screen follows
error-unknown-command = Мындай буйрукту билбейм — буйруктардын тизмеси: /help. Жоопторуңуз сакталды.
# a file that is not a list of workers (a PDF, a scan, a photo sent as a file); the screen follows
error-file-not-roster = Бул файлды окуй албайм. Файлдардан /roster үчүн тизмени гана кабыл алам — CSV же XLSX форматында. Калган учурда текст менен баскычтарды гана түшүнөм.
# a reminder delivered after the day it was written for (held back by the night, an outage, a retry, ⏰): its own text would call a past day "today", so this line, then where the item stands today as /status says it
reminder-late = ⏳ Бул эскертүү { $date } үчүн болчу, бирок сизге ошол күндөн кийин жетти. Бүгүн, { $today }, мөөнөт боюнча абал мындай:
# several late reminders of one item that go out as one message (the others superseded): the days they were for, comma-separated; then where the item stands today, as for reminder-late
reminder-late-days = ⏳ Бул эскертүүлөр { $dates } күндөрү үчүн болчу, бирок сизге ошол күндөрдөн кийин жетти. Бүгүн, { $today }, мөөнөт боюнча абал мындай:
