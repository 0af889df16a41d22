"""A country typed at a question whose buttons are countries.

A choice question maps countries when its choices are named by ISO 3166 codes, as the
citizenship questions are (`am`, `by`, `kg`, `ru` and `other`, "another country"): at
least two choices named by a code, every other choice but `other` none. There a typed
"Узбекистан", "я из Узбекистана" or "citizen of Uzbekistan" picks the country's own
button, or `other` for any other known country. Nothing is guessed: the text must name
one country and say nothing else but the few words around a citizenship ("я из",
"гражданин", "I am from", "fuqarosiman"); a "не", a second country, any other word, or a
bare code ("am", "no", "in": words before they are countries) is no pick. Kazakhstan is
never "another country" at a question about a foreigner's citizenship: it is no pick,
and the refusal says there is no such answer among the buttons.
"""

from __future__ import annotations

import re

import pycountry

from ..law.countries import ALIASES, APOSTROPHES, find_country

OTHER = "other"
HOME = "KZ"  # the bot's own country: never a foreign citizenship, never "another country"

# ISO alpha-2 codes, lower case, as choice ids name them; typed, they and the alpha-3
# codes are read as words, not countries
_CODES = frozenset(c.alpha_2.lower() for c in pycountry.countries)
_CODE_WORDS = _CODES | frozenset(c.alpha_3.lower() for c in pycountry.countries)

# Words around a citizenship, folded (casefold, ё→е, apostrophes dropped).
_FILLER = frozenset(
    """
    я из гражданин гражданка граждане гражданина гражданство гражданства страна страны моя мое мой
    у меня паспорт паспорта по родом с это он она мы наш наша работник работника мой моего
    i im am a an the from citizen citizens of my country is citizenship passport national
    he she we our worker workers are
    мен азаматымын азаматпын азаматы азаматтыгы елимин елим
    men fuqarosiman fuqarosi fuqaroligi fuqaroligim davlat mamlakat pasport ishchim
    ман шаҳрванди шахрванди аз
    жаранымын жараны
    """.replace("ё", "е").split()
)
_WORD = re.compile(r"[^\W_]+(?:[ʻʼ‘’'`][^\W_]+)*")
# case endings of the last word (Russian, Kazakh, Uzbek), tried only when the word as
# typed is no country: "Узбекистана" → "Узбекистан", "России" → "Россия",
# "Oʻzbekistondan" → "Oʻzbekiston"
_ENDINGS = (
    ("ом", ""), ("ой", "а"), ("ей", "я"), ("ии", "ия"), ("и", "я"), ("и", "ь"), ("ы", "а"), ("ю", "я"), ("я", "й"),
    ("а", ""), ("у", ""), ("е", ""),
    ("нан", ""), ("дан", ""), ("тан", ""), ("нен", ""), ("ден", ""), ("тен", ""),
    ("ның", ""), ("нің", ""), ("дың", ""), ("дің", ""), ("тың", ""), ("тің", ""),
    ("likman", ""), ("lik", ""), ("danman", ""), ("dan", ""), ("ning", ""),
)


def country_choices(ids: list[str]) -> dict[str, str] | None:
    """{ISO code or OTHER: choice id} when these (visible) choice ids name countries, else None."""
    coded = [i for i in ids if i in _CODES]
    if len(coded) < 2 or any(i not in _CODES and i != OTHER for i in ids):
        return None
    return {**{i.upper(): i for i in coded}, **({OTHER: OTHER} if OTHER in ids else {})}


def _known(name: str) -> str | None:
    folded = name.translate(APOSTROPHES)
    if folded in _CODE_WORDS and folded not in ALIASES:  # "am", "no", "in", "it": words first
        return None
    return find_country(name)


def typed_country(text: str) -> str | None:
    """The ISO code of the one country `text` names, said with nothing else; or None."""
    if not text or len(text) > 80:
        return None
    words = _WORD.findall(text.casefold().replace("ё", "е"))
    rest = [w for w in words if w.translate(APOSTROPHES) not in _FILLER]
    if not rest or len(rest) > 3:
        return None
    name = " ".join(rest)
    code = _known(name)
    if code:
        return code
    head, last = rest[:-1], rest[-1]
    found = set()
    for ending, replacement in _ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 4:
            code = _known(" ".join([*head, last[: -len(ending)] + replacement]))
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else None


def pick(ids: list[str], text: str) -> tuple[str, str | None] | None:
    """(ISO code, the choice id it picks or None when no button fits it) for a typed
    country at choices that map countries; None when the choices do not or the text
    names no one country."""
    mapped = country_choices(ids)
    if mapped is None:
        return None
    code = typed_country(text)
    if code is None:
        return None
    if code in mapped:
        return code, mapped[code]
    return code, (mapped.get(OTHER) if code != HOME else None)
