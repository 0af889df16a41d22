"""Countries typed by name (in any of the bot's languages) or by ISO code.

Names come from the maintained ISO 3166 data and its translations in `pycountry`.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

LANGS = ("ru", "kk", "uz", "tg", "ky")
# Everyday names the ISO lists spell otherwise ("Российская Федерация").
ALIASES = {
    "россия": "RU", "ресей": "RU", "russia": "RU", "rossiya": "RU",
    "молдавия": "MD", "беларусь": "BY", "белоруссия": "BY", "иран": "IR",
    "корея": "KR", "южная корея": "KR", "сирия": "SY", "вьетнам": "VN",
    "великобритания": "GB", "англия": "GB", "uk": "GB", "usa": "US", "сша": "US", "америка": "US",
    "турция": "TR", "turkey": "TR",
    # everyday or unofficial spellings (apostrophes dropped, as typed on a phone)
    "рф": "RU", "ozbekiston": "UZ", "ўзбекистон": "UZ", "узбекистон": "UZ",
    "tojikiston": "TJ", "тожикистон": "TJ", "qirgiziston": "KG", "киргизстан": "KG",
    "turkmaniston": "TM", "qozogiston": "KZ",
}
# The Uzbek letters oʻ and gʻ are typed with any of these, or with none at all
APOSTROPHES = str.maketrans("", "", "ʻʼ‘’'`")


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").translate(APOSTROPHES).split())


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    translations = []
    for lang in LANGS:
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    index: dict[str, str] = {}
    for c in pycountry.countries:
        names = {c.name, getattr(c, "official_name", c.name), getattr(c, "common_name", c.name)}
        for t in translations:
            names |= {t.gettext(n) for n in list(names)}
        for n in names:
            index.setdefault(_norm(n), c.alpha_2)
        index[_norm(c.alpha_2)] = c.alpha_2
        index[_norm(c.alpha_3)] = c.alpha_2
    for alias, code in ALIASES.items():
        index.setdefault(_norm(alias), code)
    return index


def find_country(text: str) -> str | None:
    """ISO alpha-2 code for a typed country, or None if we cannot tell which one."""
    if not text or len(text) > 80:
        return None
    return _index().get(_norm(text))


def country_name(code: str, lang: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", country.name)
    if lang == "en":
        return name
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext(name)
    except OSError:
        return name
