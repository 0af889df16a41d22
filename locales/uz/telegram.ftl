# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Ketma-ket juda koʻp xabar. Bir necha soniya kuting va davom eting — javoblaringiz saqlangan.
error-unknown-command = Bunday buyruqni bilmayman — buyruqlar roʻyxati: /help. Javoblaringiz saqlangan.
error-file-not-roster = Bu faylni oʻqiy olmayman. Fayllardan faqat /roster uchun roʻyxatni qabul qilaman — CSV yoki XLSX formatida. Qolganida men faqat matn va tugmalarni tushunaman.
