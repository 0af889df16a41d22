"""The Telegram layer (aiogram 3) and the terminal chat: thin shells around `dialogs`."""

from . import lazy_types

lazy_types.install()  # before anything of ours imports aiogram: its types are built on first use
