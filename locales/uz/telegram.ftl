# Telegram-only notices (throttling, presses that cannot be served)
error-slow-down = Ketma-ket juda koʻp xabar. Bir necha soniya kuting va davom eting — javoblaringiz saqlangan.
