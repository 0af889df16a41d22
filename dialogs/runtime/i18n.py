"""Project Fluent messages from locales/<lang>/*.ftl.

A message missing in a language falls back to Russian at run time (the check
command reports it as an error, so this only protects users from a crash).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from importlib.metadata import version
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from ..model.cache import cached, collector_paused, digest
from .languages import COMPLETE_LANGS

LOCALES_DIR = Path(__file__).resolve().parent.parent.parent / "locales"
_PARSER_VERSION = ("fluent.syntax " + version("fluent.syntax")).encode()
FALLBACK = "ru"


def _date_text(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


FORMATTED_KEPT = 20_000


class Localizer:
    def __init__(self, locales_dir: Path = LOCALES_DIR, cache: bool = True):
        self.locales_dir = locales_dir
        self.cache = cache
        self.bundles: dict[str, FluentBundle] = {}
        self.ids: dict[str, set[str]] = {}
        # parsed messages, kept to answer variables_of() without parsing again
        self._messages: dict[str, dict[str, ast.Message]] = {}
        self.problems: list[str] = []
        # formatted texts by (language, message, arguments): a question's screen is the
        # same text for everyone at that question, and Fluent's resolver is most of the
        # cost of drawing it (bench: the domain step)
        self._formatted: dict[tuple, str] = {}
        with collector_paused():
            for lang_dir in sorted(p for p in locales_dir.iterdir() if p.is_dir()):
                self._load(lang_dir.name, lang_dir)

    def _load(self, lang: str, lang_dir: Path) -> None:
        bundle = FluentBundle([lang], use_isolating=False)
        ids: set[str] = set()
        parser = FluentParser(with_spans=False)
        for ftl in sorted(lang_dir.glob("*.ftl")):
            raw = ftl.read_bytes()
            # parsed once (or taken from the start-up cache): the bundle takes this same tree
            parsed = cached("ftl", digest([raw, _PARSER_VERSION]), lambda: parser.parse(raw.decode("utf-8")), enabled=self.cache)
            for entry in parsed.body:
                if isinstance(entry, ast.Junk):
                    self.problems.append(f"{lang}/{ftl.name}: cannot parse: {entry.content.strip()[:60]!r}")
                elif isinstance(entry, ast.Message):
                    if entry.id.name in ids:
                        self.problems.append(f"{lang}/{ftl.name}: {entry.id.name} defined twice")
                    ids.add(entry.id.name)
                    self._messages.setdefault(lang, {})[entry.id.name] = entry
            bundle.add_resource(parsed)
        self.bundles[lang] = bundle
        self.ids[lang] = ids

    def variables_of(self, lang: str, msg_id: str) -> set[str]:
        """The { $variables } a message uses (empty if there is no such message)."""
        message = self._messages.get(lang, {}).get(msg_id)
        return _variables(message) if message is not None else set()

    @property
    def languages(self) -> list[str]:
        return sorted(self.bundles)

    def has(self, lang: str, msg_id: str) -> bool:
        return msg_id in self.ids.get(lang, ())

    def resolve_lang(self, code: str | None) -> str:
        """Telegram's language_code ("ru", "kk", "en-US") to a language we have."""
        if code:
            base = code.lower().split("-")[0]
            if base in self.bundles:
                return base
        return FALLBACK

    def format(self, lang: str, msg_id: str, args: dict[str, Any] | None = None) -> str:
        key = (lang, msg_id, tuple(args.items()) if args else ())
        try:
            return self._formatted[key]
        except KeyError:
            pass
        except TypeError:  # an argument that cannot be a key (a list): formatted each time
            return self._format(lang, msg_id, args)
        text = self._format(lang, msg_id, args)
        if len(self._formatted) >= FORMATTED_KEPT:
            self._formatted.clear()  # dates and numbers in arguments make keys without end
        self._formatted[key] = text
        return text

    def _format(self, lang: str, msg_id: str, args: dict[str, Any] | None) -> str:
        for candidate in (lang, FALLBACK):
            bundle = self.bundles.get(candidate)
            if bundle and bundle.has_message(msg_id):
                message = bundle.get_message(msg_id)
                if message.value is None:
                    break
                text, _errors = bundle.format_pattern(message.value, _fluent_args(args))
                return text
        return msg_id  # never crash on a missing message; `check` reports it


def _variables(node) -> set[str]:
    """Every { $name } a message uses, selectors and nested placeables included."""
    found: set[str] = set()

    class Collect(Visitor):
        def visit_VariableReference(self, ref):
            found.add(ref.id.name)

    Collect().visit(node)
    return found


def _fluent_args(args: dict[str, Any] | None) -> dict[str, Any]:
    out = {}
    for k, v in (args or {}).items():
        if isinstance(v, dt.date):
            v = _date_text(v)
        elif isinstance(v, str):
            try:
                v = _date_text(dt.date.fromisoformat(v)) if len(v) == 10 and v[4] == "-" else v
            except ValueError:
                pass
        elif isinstance(v, bool):
            v = "yes" if v else "no"
        elif v is None:
            v = "—"
        out[k] = v
    return out


@lru_cache(maxsize=1)
def default_localizer() -> Localizer:
    return Localizer()
