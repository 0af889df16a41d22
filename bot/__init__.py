"""The Telegram layer (aiogram 3) and the terminal chat: thin shells around `dialogs`."""
