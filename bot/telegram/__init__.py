"""aiogram 3 routers, middlewares and keyboards: the Telegram skin over `dialogs`."""
