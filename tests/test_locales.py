"""Every language the bot speaks: plural forms by CLDR, legal terms glossed with their
official Russian name, and the same verdicts and dates as in Russian."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel import Locale
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from dialogs.runtime.engine import QUESTION_KINDS, Engine
from dialogs.runtime.i18n import COMPLETE_LANGS, Localizer
from dialogs.model.loader import load_trees
from dialogs.runtime.render import Renderer
from dialogs.runtime.screens import collect_states
from dialogs.model.yamlio import load_yaml

LOCALES = Path(__file__).resolve().parent.parent / "locales"
LANGS = sorted(p.name for p in LOCALES.iterdir() if p.is_dir())
PLURAL = {"zero", "one", "two", "few", "many", "other"}
LONG = 100  # a screen text, not a button: the Russian name goes in brackets here
DATE = re.compile(r"\b\d\d\.\d\d\.\d{4}\b")
MARKS = ("✅", "⛔", "☎️", "⚠️", "ℹ️", "⌛", "📋")


def _messages(lang: str):
    parser = FluentParser(with_spans=False)
    for ftl in sorted((LOCALES / lang).glob("*.ftl")):
        for entry in parser.parse(ftl.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                yield ftl.name, entry


def _text(message: ast.Message) -> str:
    """The literal text of a message, variants included, placeables dropped."""
    parts: list[str] = []

    class Collect(Visitor):
        def visit_TextElement(self, node):
            parts.append(node.value)

    Collect().visit(message)
    return "".join(parts)


@pytest.mark.parametrize("lang", LANGS)
def test_plural_variants_are_the_languages_cldr_categories(lang):
    """A Russian `[few]` copied into Uzbek would never be chosen: a number's variants must
    be categories the language has (CLDR, as Fluent picks them)."""
    categories = set(Locale.parse(lang).plural_form.tags) | {"other"}
    wrong = []
    for file, message in _messages(lang):
        class Keys(Visitor):
            def visit_SelectExpression(self, sel):
                for variant in sel.variants:
                    key = variant.key
                    if isinstance(key, ast.Identifier) and key.name in PLURAL and key.name not in categories:
                        wrong.append(f"{lang}/{file}: {message.id.name} [{key.name}]")
                self.generic_visit(sel)

        Keys().visit(message)
    assert not wrong, f"{lang} has only {sorted(categories)}:\n" + "\n".join(wrong)


GLOSSED = [p.parent.name for p in sorted(LOCALES.glob("*/glossary.yaml"))]


@pytest.mark.parametrize("lang", GLOSSED)
def test_legal_terms_carry_the_official_russian_name_on_first_use(lang):
    """Users meet the Russian term at the office: on a screen text, the first use of a
    legal term is followed by its official Russian name in brackets."""
    glossary = load_yaml(LOCALES / lang / "glossary.yaml")
    assert glossary, f"{lang}/glossary.yaml is empty"
    missing = []
    for term in glossary:
        rx = re.compile(term["match"], re.IGNORECASE)
        gloss = "(" + term["ru"].casefold()
        for file, message in _messages(lang):
            text = _text(message)
            first = rx.search(text) if len(text) > LONG else None
            if first is None:
                continue
            after = text[first.start(): first.end() + 80].casefold()
            if gloss not in after:
                missing.append(f"{lang}/{file}: {message.id.name}: {first.group()!r} without ({term['ru']})")
    assert not missing, "\n".join(missing[:40]) + (f"\n… {len(missing)} in all" if len(missing) > 40 else "")


@pytest.fixture(scope="module")
def screens():
    trees = load_trees()
    return trees, Engine(trees), Renderer(Localizer())


def _result_states(engine, tree):
    states, _missed = collect_states(engine, tree)
    for node_id, samples in states.items():
        if tree.nodes[node_id].kind not in QUESTION_KINDS:
            yield from ((node_id, s) for s in samples[:3])


@pytest.mark.parametrize("lang", [l for l in COMPLETE_LANGS if l != "ru"])
def test_every_result_shows_the_russian_verdict_and_dates(screens, lang):
    """A translation cannot change an answer: every reachable result screen shows the
    same verdict mark and the same dates as the Russian one."""
    trees, engine, renderer = screens
    differ = []
    for tree in trees.values():
        for node_id, state in _result_states(engine, tree):
            try:
                view = engine.view(state)
            except (KeyError, LookupError, ValueError, TypeError):
                continue
            ru = renderer.render(view, "ru").text
            other = renderer.render(view, lang).text
            mark_ru = next((m for m in MARKS if ru.lstrip().startswith(m)), None)
            mark = next((m for m in MARKS if other.lstrip().startswith(m)), None)
            if mark_ru != mark or sorted(DATE.findall(ru)) != sorted(DATE.findall(other)):
                differ.append(f"{tree.id}/{node_id}: ru {mark_ru} {sorted(set(DATE.findall(ru)))} vs {lang} {mark} {sorted(set(DATE.findall(other)))}")
    assert not differ, "\n".join(differ[:30])


def test_formatted_texts_kept_for_speed_follow_their_arguments(monkeypatch):
    """A text is kept by language, message and arguments (the screen of a question is
    drawn for many people): another argument, language or kind of value is another text,
    and a table full of dated texts starts again instead of growing without end."""
    import datetime as dt

    from dialogs.runtime import i18n

    l10n = Localizer()
    first = l10n.format("en", "progress-question", {"n": "1", "total": "3"})
    assert first == "Question 1 of about 3"
    assert l10n.format("en", "progress-question", {"n": "2", "total": "3"}) == "Question 2 of about 3"
    assert l10n.format("ru", "progress-question", {"n": "1", "total": "3"}) == "Вопрос 1 из ~3"
    assert l10n.format("en", "progress-question", {"n": ["not", "a", "key"], "total": "3"})  # formatted, not kept
    assert l10n.format("en", "progress-question", {"n": dt.date(2026, 12, 7), "total": "3"}) == "Question 07.12.2026 of about 3"
    monkeypatch.setattr(i18n, "FORMATTED_KEPT", 3)
    for n in range(10):
        assert l10n.format("en", "progress-question", {"n": str(n), "total": "9"}) == f"Question {n} of about 9"
    assert len(l10n._formatted) <= 3
