# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Ketma-ket juda koʻp xabar. Bir necha soniya kuting va davom eting — javoblaringiz saqlangan.
error-unknown-command = Bunday buyruqni bilmayman — buyruqlar roʻyxati: /help. Javoblaringiz saqlangan.
error-file-not-roster = Bu faylni oʻqiy olmayman. Fayllardan faqat /roster uchun roʻyxatni qabul qilaman — CSV yoki XLSX formatida. Qolganida men faqat matn va tugmalarni tushunaman.
# a reminder delivered after the day it was written for (held back by the night, an outage, a retry, ⏰): its own text would call a past day "today", so this line, then where the item stands today as /status says it
reminder-late = ⏳ Bu eslatma { $date } uchun edi va sizga shu kundan keyin yetib kelmoqda. Bugun, { $today }, muddat qanday holatda:
# several late reminders of one item that go out as one message (the others superseded): the days they were for, comma-separated; then where the item stands today, as for reminder-late
reminder-late-days = ⏳ Bu eslatmalar { $dates } uchun edi va sizga shu kunlardan keyin yetib kelmoqda. Bugun, { $today }, muddat qanday holatda:
