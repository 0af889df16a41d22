"""The languages the bot speaks completely (`check` fails on a message missing in any of
them); a locale folder not listed here may be partial and falls back to Russian.
Kept free of imports so that the command line can read it cheaply."""

COMPLETE_LANGS = ("ru", "kk", "en", "uz", "tg", "ky")
