# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Паёмҳо паи ҳам хеле зиёданд. Чанд сония интизор шавед ва идома диҳед — ҷавобҳои шумо нигоҳ дошта шудаанд.
error-unknown-command = Чунин фармонро намедонам — рӯйхати фармонҳо: /help. Ҷавобҳои шумо нигоҳ дошта шудаанд.
error-file-not-roster = Ин файлро хонда наметавонам. Аз файлҳо ман танҳо рӯйхатро барои /roster қабул мекунам — дар формати CSV ё XLSX. Дар дигар ҳолатҳо ман танҳо матн ва тугмаҳоро мефаҳмам.
# a reminder delivered after the day it was written for (held back by the night, an outage, a retry, ⏰): its own text would call a past day "today", so this line, then where the item stands today as /status says it
reminder-late = ⏳ Ин ёдраскунӣ барои { $date } буд ва ба шумо пас аз он рӯз мерасад. Вазъи мӯҳлат имрӯз, { $today }:
# several late reminders of one item that go out as one message (the others superseded): the days they were for, comma-separated; then where the item stands today, as for reminder-late
reminder-late-days = ⏳ Ин ёдраскуниҳо барои { $dates } буданд ва ба шумо пас аз он рӯзҳо мерасанд. Вазъи мӯҳлат имрӯз, { $today }:
