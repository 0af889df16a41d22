"""Typed questions → entry points of the dialogs (issue 15). Pure: no Telegram, no network.

The index is data beside the trees: `dialogs/search/<lang>.yaml` maps an entry id to
its target (`tree`, optional `node`), the answers its words give (`answers`: question
key → choice id; nothing else is ever answered for the user), a title (Fluent message
id) and the words people use for it. A query is matched against the synonyms of every language (people mix
them: "ВНЖ", "ықтиярхат", "residence permit"), the user's own language a little ahead.

Both the synonyms and the query go through the same folding, so it only has to be
consistent, not linguistically perfect:
  case, ё→е; Kazakh letters → Russian look-alikes (қ→к, ө→о, ұ/ү→у, і→и, ә→а, ғ→г,
  ң→н, һ→х); Latin look-alikes inside a Cyrillic word (a mixed keyboard); question
  words and filler dropped; a word stemmed (Snowball Russian for Cyrillic, English for
  Latin); then written in a plain Latin skeleton, so that "vid na zhitelstvo" and
  "вид на жительство" meet. Words then match exactly, by prefix (word forms, Kazakh
  endings) or within a small edit distance (typos, rapidfuzz).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from math import log
from pathlib import Path

import snowballstemmer
from rapidfuzz import fuzz

from ..runtime.i18n import COMPLETE_LANGS
from ..model.yamlio import load_yaml

SEARCH_DIR = Path(__file__).resolve().parent
LANGS = COMPLETE_LANGS

# A decision: open the one clear match, suggest a few, or nothing.
OPEN, SUGGEST, NOTHING = "open", "suggest", "nothing"
OPEN_SCORE = 0.78  # a match this good, clearly ahead of the next, opens directly
OPEN_MARGIN = 0.12
OPEN_EXPLAINED = 0.75
SUGGEST_SCORE = 0.5  # below this a match is not worth a button
SUGGEST_WINDOW = 0.25  # suggestions stay within this distance of the best
MAX_SUGGESTIONS = 3
OTHER_LANG = 0.97  # a synonym of another language counts a little less

# Kazakh, Kyrgyz and Tajik letters → Russian look-alikes (ҷ is the "j" of "ҷавоз"); the
# Uzbek apostrophes of oʻ, gʻ and the tutuq belgisi are dropped, whichever way typed.
_KK = str.maketrans("қөұүіәғңһӣӯҳҷ", "коууиагнхиухж", "ʻʼ‘’'`")
# Latin letters that look like Cyrillic ones, for a word typed with both keyboards
_LOOKALIKE = str.maketrans("aceopxykmtbh", "асеорхукмтвн")
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
# spellings of the same sound in typed transliteration, folded to one
_LATIN_FOLD = (("kh", "h"), ("x", "h"), ("j", "zh"), ("q", "k"), ("w", "v"), ("y", "i"), ("c", "k"))
_WORD = re.compile(r"[0-9a-zа-яё" + "қөұүіәғңһ" + r"]+")
_CYR = re.compile(r"[а-я]")
_LAT = re.compile(r"[a-z]")

# Question words and filler, in the folded spelling (Kazakh letters already folded).
STOP_WORDS = set(
    """
    как где что мне меня мой моя мое мои моего моей свой свою я ты вы мы он она оно они его ее их
    нужно надо нужен нужна можно хочу хотел хотела хотим подскажите скажите пожалуйста помогите
    здравствуйте добрый день вечер утро ли же бы а и или но в во на по для с со о об от до к ко у из за
    это этот эта то так там тут какой какая какие какое каким куда когда зачем почему сколько чтобы
    есть нет да уже еще ещё все всё вопрос делать сделать быть был была было если мы нам вам вас
    кто чем чего кому свой своей своего подробнее узнать интересует информация
    получить получение оформить оформление подать подача сделать помочь
    калай кайда кандай кашан неге не нени маган мен менин сен сиз бизге керек кажет бар жок ушин
    жане ма ме ба бе па пе туралы айтыныз комектесиниз сауалым сурак алу алгым аламын
    how do does did i my me mine to the a an can could where what when which who is are am was were
    need needs want wants would should please help with for of in on at it its and or be have has
    get got getting about tell you your our we us this that there from by as if so obtain apply
    qanday qayerda qachon nima nega menga meni men kerak uchun bilan va yoki ham bu shu olish qilish
    iltimos salom boʻladimi mumkinmi
    чи чи тавр чаро кужо кай ман ба барои бо ва ё ин он ки лозим даркор мехохам илтимос салом
    кантип кайда качан эмне эмнеге мага мен керек учун менен жана же бул ушул алуу кылуу сураныч
    """.translate(_KK).split()
)
MENU_WORDS = {"меню", "menu", "мазир", "/menu", "главное меню", "main menu", "басты мазир", "в меню"}

_ru = snowballstemmer.stemmer("russian")
_en = snowballstemmer.stemmer("english")


def fold(text: str) -> str:
    """Case, ё, Kazakh (Kyrgyz, Tajik) letters to Russian look-alikes, no apostrophes."""
    return text.casefold().replace("ё", "е").translate(_KK)


def words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(fold(text)):
        if _CYR.search(w) and _LAT.search(w):
            w = w.translate(_LOOKALIKE)
        out.append(w)
    return out


# Kazakh endings, folded spelling, stripped in grammatical order from the end of the
# word (case or verb ending, then possessive, then plural), each group once: a light
# stripper, enough to meet "ықтиярхатымның" and "ықтиярхат", "ұзартамын" and "ұзарту".
_KK_GROUPS = tuple(
    sorted(group.split(), key=len, reverse=True)
    for group in (
        """нын нин дын дин тын тин га ге ка ке на не ны ни ды ди ты ти да де та те нда нде дан ден
        тан тен нан нен мен бен пен амын емин ймын ймин мын мин асыз есиз ады еди йды йди ган ген
        кан кен дым дим тым тим уга уге уды уди у н""",
        "ымыз имиз мыз миз ыныз иниз ныз низ сы си ым им ын ин м ы и",
        "лар лер дар дер тар тер",
    )
)


def kk_stem(word: str) -> str:
    for group in _KK_GROUPS:
        for suffix in group:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
    return word


@lru_cache(maxsize=20000)
def canonical(word: str, lang: str = "ru") -> str:
    """One word → its stem in the Latin skeleton ("" for a question word or filler).
    `lang` picks the stemmer for a Cyrillic word: Russian, or the Kazakh stripper."""
    if word in STOP_WORDS:
        return ""
    if _CYR.search(word):
        stem = kk_stem(word) if lang in ("kk", "ky") else (_ru.stemWord(word) if len(word) > 3 else word)
        latin = "".join(_TRANSLIT.get(ch, ch) for ch in stem)
    else:
        latin = _en.stemWord(word) if len(word) > 3 else word
    for a, b in _LATIN_FOLD:
        latin = latin.replace(a, b)
    latin = re.sub(r"(.)\1+", r"\1", latin)  # doubled letters: "аннулирование" / "анулирование"
    return latin


def tokens(text: str, lang: str = "ru") -> list[tuple[str, ...]]:
    """A synonym's words, each in its forms: stemmed as its language's first, then as
    the other Cyrillic language's (a light stemmer may cut a root short, "квота";
    comparing every form with every form keeps the two sides consistent)."""
    out: list[tuple[str, ...]] = []
    for w in words(text):
        if not _CYR.search(w):
            forms = tuple(f for f in (canonical(w, "en"),) if f)  # a Latin word has one stem
        else:
            own = canonical(w, lang)
            forms = tuple(dict.fromkeys(f for f in (own, canonical(w, "ru"), canonical(w, "kk")) if f)) if own else ()
        if forms and forms not in out:
            out.append(forms)
    return out


def query_forms(text: str) -> list[tuple[str, ...]]:
    """A typed text's words, each in every form it may take: a Cyrillic word could be
    Russian or Kazakh whatever the interface language."""
    out: list[tuple[str, ...]] = []
    for w in words(text):
        langs = ("ru", "kk") if _CYR.search(w) else ("en",)
        forms = tuple(dict.fromkeys(f for f in (canonical(w, lg) for lg in langs) if f))
        if forms and forms not in out:
            out.append(forms)
    return out


def is_menu_word(text: str) -> bool:
    return " ".join(words(text)) in MENU_WORDS


@lru_cache(maxsize=100_000)
def similarity(a: str, b: str) -> float:
    """How well a typed word `a` matches a synonym's word `b` (0..1)."""
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4 or a[0] != b[0]:
        return 0.0  # "рвп", "12": only exactly; a typo is rarely the first letter
    if long_.startswith(short) and len(short) >= 0.6 * len(long_):
        return 0.92  # another form of the same word, a Kazakh ending (not "работ…" in "работодатель")
    score = fuzz.ratio(a, b) / 100
    # a typo in a longer form: compare the common length
    prefix = fuzz.ratio(long_[: len(short) + 1], short) / 100 * 0.95 if len(short) >= 0.6 * len(long_) else 0.0
    best = max(score, prefix)
    return best * 0.95 if best >= 0.8 else 0.0


def _form_of(a: str, b: str) -> bool:
    """One word another's form (a longer ending), as `similarity` reads a prefix."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short) and len(short) >= 0.6 * len(long_)


def _sim(query_forms: tuple[str, ...], synonym_forms: tuple[str, ...]) -> float:
    return max(similarity(q, t) for q in query_forms for t in synonym_forms)


@dataclass(frozen=True)
class Entry:
    id: str
    tree: str
    node: str | None
    title: str  # Fluent message id
    synonyms: dict[str, tuple[str, ...]]  # lang -> phrases as written
    # what every phrase of the entry says, as answers to the tree's questions (key -> choice
    # id): "продлить разрешение" says who applies, not of which country they are a citizen
    answers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float
    synonym: str  # the phrase that matched best
    explained: float = 1.0  # the weighted share of the typed words this entry knows


@dataclass(frozen=True)
class Result:
    decision: str  # OPEN | SUGGEST | NOTHING
    matches: tuple[Match, ...] = ()  # OPEN: one; SUGGEST: 1..3, best first

    @property
    def ids(self) -> list[str]:
        return [m.entry.id for m in self.matches]


@dataclass
class _Synonym:
    entry: Entry
    lang: str
    text: str
    tokens: tuple[tuple[str, ...], ...]


@dataclass
class Index:
    entries: dict[str, Entry]
    problems: list[str] = field(default_factory=list)  # for `check`: file, entry, what

    def __post_init__(self):
        self._synonyms: list[_Synonym] = []
        for entry in self.entries.values():
            for lang, phrases in entry.synonyms.items():
                for p in phrases:
                    toks = tuple(dict.fromkeys(tokens(p, lang)))
                    if toks:
                        self._synonyms.append(_Synonym(entry, lang, p, toks))
        # rarer words weigh more: "продлить" says more than "разрешение"
        df: dict[str, set[str]] = {}
        for s in self._synonyms:
            for t in s.tokens:
                df.setdefault(t, set()).add(s.entry.id)
        n = max(len(self.entries), 1)
        self._weight = {t: 1.0 + log(n / len(ids)) for t, ids in df.items()}
        self._vocab = list(self._weight)
        self._entry_vocab: dict[str, set[tuple[str, ...]]] = {eid: set() for eid in self.entries}
        self._containing: dict[tuple[str, ...], list[_Synonym]] = {}
        self._by_letter: dict[str, list[tuple[str, ...]]] = {}
        for s in self._synonyms:
            self._entry_vocab[s.entry.id].update(s.tokens)
            for t in s.tokens:
                self._containing.setdefault(t, []).append(s)
        for t in self._vocab:
            for letter in {f[0] for f in t}:
                self._by_letter.setdefault(letter, []).append(t)

    # -- loading -------------------------------------------------------------------
    @classmethod
    def load(cls, directory: Path = SEARCH_DIR) -> "Index":
        raw: dict[str, dict] = {}
        problems: list[str] = []
        for lang in LANGS:
            path = directory / f"{lang}.yaml"
            if not path.exists():
                problems.append(f"search/{lang}.yaml||file missing")
                continue
            raw[lang] = load_yaml(path) or {}
        ids = list(dict.fromkeys(eid for data in raw.values() for eid in data))
        entries = {}
        for eid in ids:
            first_lang = next(lang for lang in raw if eid in raw[lang])
            first = raw[first_lang][eid]
            target = (first.get("tree"), first.get("node"), first.get("title"), first.get("answers") or {})
            synonyms = {}
            for lang in LANGS:
                spec = raw.get(lang, {}).get(eid)
                if spec is None:
                    continue
                if (spec.get("tree"), spec.get("node"), spec.get("title"), spec.get("answers") or {}) != target:
                    problems.append(f"search/{lang}.yaml|{eid}|target, answers or title differ from the other languages")
                synonyms[lang] = tuple(str(s) for s in spec.get("synonyms") or ())
            given = target[3] if isinstance(target[3], dict) else {}
            if given is not target[3]:
                problems.append(f"search/{first_lang}.yaml|{eid}|answers: a map of question key to choice id")
            # a YAML `no` read as false stays visible to `check` as "False", no choice id
            answers = {str(k): v if isinstance(v, str) else repr(v) for k, v in given.items()}
            entries[eid] = Entry(eid, str(target[0]), target[1], str(target[2]), synonyms, answers)
        return cls(entries, problems)

    # -- matching ------------------------------------------------------------------
    def _word_matches(self, forms: tuple[str, ...]) -> dict[tuple[str, ...], float]:
        """The index's words a typed word matches, with how well (only those > 0)."""
        out = {}
        for t in self._by_letter.get(forms[0][0], ()) if len({f[0] for f in forms}) == 1 else self._vocab:
            s = _sim(forms, t)
            if s > 0:
                out[t] = s
        if any(s == 1.0 for s in out.values()):
            # a word the index knows as written is that word, not a typo of another
            # (Uzbek "yashash", to live, is one edit from "ishlash", to work, once folded)
            out = {t: s for t, s in out.items() if s == 1.0 or any(_form_of(q, w) for q in forms for w in t)}
        return out

    def match(self, text: str, lang: str) -> Result:
        query = query_forms(text)
        if not query:
            return Result(NOTHING)
        found = [self._word_matches(forms) for forms in query]
        qweight = [self._query_weight(forms, f) for forms, f in zip(query, found)]
        candidates = {id(syn): syn for f in found for t in f for syn in self._containing[t]}
        best: dict[str, Match] = {}
        explains: dict[str, list[float]] = {}
        for syn in candidates.values():
            got = total = 0.0
            explained = [0.0] * len(query)
            for t in syn.tokens:
                w = self._weight[t]
                total += w
                top = 0.0
                for i, f in enumerate(found):
                    s = f.get(t, 0.0)
                    if s > top:
                        top = s
                    if s > explained[i]:
                        explained[i] = s
                got += w * top
            coverage = got / total
            if coverage < 0.4:
                continue
            # a typed word any synonym of the entry knows is explained, not noise
            known = explains.get(syn.entry.id)
            if known is None:
                vocab = self._entry_vocab[syn.entry.id]
                # a little less than the matching synonym's own word
                known = explains[syn.entry.id] = [0.9 * max((s for t, s in f.items() if t in vocab), default=0.0) for f in found]
            precision = sum(w * max(e, k) for w, e, k in zip(qweight, explained, known)) / sum(qweight)
            score = coverage * (0.55 + 0.45 * precision)
            if syn.lang != lang:
                score *= OTHER_LANG
            if score > (best[syn.entry.id].score if syn.entry.id in best else 0):
                best[syn.entry.id] = Match(syn.entry, round(score, 4), syn.text, round(precision, 4))
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.entry.id))
        if not ranked or ranked[0].score < SUGGEST_SCORE:
            return Result(NOTHING)
        top = ranked[0]
        # a service matched beside one of its own steps does not make the step unclear
        # ("продлить разрешение на работу": the extension, inside the labour permit)
        rivals = [m for m in ranked[1:] if m.entry.tree != top.entry.tree or m.entry.node or not top.entry.node]
        runner = rivals[0].score if rivals else 0.0
        # open only when the entry accounts for the words typed: "продлить кандаса" is not
        # just "кандас"; what the entry cannot explain is better offered as choices
        if top.score >= OPEN_SCORE and top.score - runner >= OPEN_MARGIN and top.explained >= OPEN_EXPLAINED:
            return Result(OPEN, (top,))
        floor = max(SUGGEST_SCORE, top.score - SUGGEST_WINDOW)
        return Result(SUGGEST, tuple(m for m in ranked[:MAX_SUGGESTIONS] if m.score >= floor))

    def _query_weight(self, forms: tuple[str, ...], found: dict) -> float:
        """A typed word the index knows weighs as in the index; an unknown one (a
        name, "хлеб") as an ordinary word, so that it lowers precision a little."""
        if forms in self._weight:
            return self._weight[forms]
        near = max((self._weight[t] for t, s in found.items() if s >= 0.85), default=None)
        return near if near is not None else 1.5


@lru_cache(maxsize=1)
def default_index() -> Index:
    return Index.load()
