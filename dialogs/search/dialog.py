"""Typed words where buttons are expected → the entry point they name (issue 15).

`answer_text(engine, state, text, lang)` is `Engine.answer_text` plus:
  * a menu word ("меню", "menu", "мәзір") anywhere leaves to the main menu;
  * at a screen with buttons (not a date, number or text question, where typed text
    stays the answer), a typed button label presses that button, and a typed country
    at a question whose buttons are countries presses its button or "another country"
    (`countries`); other words go to the index: one clear match opens it with a note
    of what was understood ("🔎 Понял: …") and Back to the menu; a few become a
    suggestions screen; nothing gives the refusal as before (at the menu: the words
    were not understood, and where to go), and a log line (without the text) for staff.

The suggestions screen is a dialog state of a synthetic tree, `search`, so its
buttons carry the state token and a stale or forged press is refused like any
other. Picking one calls `choose` (hooked from `Engine.choose`); "none of these"
leads to the menu's "I don't know what I need" questions.

Opening an entry: its tree starts, and the answers its words give (`answers:` in the
phrase files, the same in every language) are taken as the user's own, each when the
way reaches its question; the first question the words do not answer is asked. Nothing
else is answered for the user: that a target lies past a question is no answer to it
("первый патент" lies past "of which country are you a citizen?", whose EAEU answers
lead elsewhere, but does not say the citizenship). Back walks through them all.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace

from rapidfuzz import fuzz

from ..model.conditions import Condition
from ..law.countries import country_name
from ..runtime.engine import MENU_TREE, DialogState, Engine, Msg, Step
from ..runtime.i18n import default_localizer
from ..model.schema import Choice, Node, Transition, Tree
from .countries import pick
from .index import NOTHING, OPEN, Entry, Index, default_index, is_menu_word, words

SEARCH_TREE = "search"
RESULTS = "results"
NONE = "none"
SLOTS = 3
# "none of these": the menu's plain questions for someone who does not know what they need
# (the menu's answer "I don't know what I need", given by the press)
UNSURE = Entry(NONE, "start", "unsure-kazakh", "search-none", {}, {"persona": "unsure"})

log = logging.getLogger("dialogs.search")
# Typed questions that found nothing, by language and where they were typed: never the
# text itself (it may hold personal data), so staff know where synonyms are missing.
MISSES: Counter = Counter()


def answer_text(engine: Engine, state: DialogState, text: str, lang: str, index: Index | None = None) -> Step:
    """Typed text at `state`: the engine's answer, or the search where the engine refuses."""
    # the menu a typed word leads to keeps the dialog under way one ⬅️ away, as /menu does
    menu = engine.menu_from(state)
    if menu is not None and is_menu_word(text):
        return Step(menu, engine.view(menu), True)
    step = engine.answer_text(state, text)
    node = engine.trees[state.tree_id].nodes[state.node]
    if step.accepted or node.kind == "input":
        return step
    pressed = press_label(engine, state, text, lang) or press_country(engine, state, text, lang)
    if pressed is not None:
        return pressed
    index = index or default_index()
    result = index.match(text, lang)
    if result.decision == OPEN:
        opened = open_entry(engine, result.matches[0].entry, menu, lang)
        if opened is not None:
            return opened
    elif result.decision != NOTHING:
        hits = [m.entry.id for m in result.matches if m.entry.tree in engine.trees]
        if hits:
            return suggestions(engine, hits, menu, index)
    MISSES[(lang, f"{state.tree_id}:{state.node}")] += 1
    log.info("search: nothing found (lang=%s, at=%s:%s, words=%d)", lang, state.tree_id, state.node, len(words(text)))
    if state.tree_id == MENU_TREE and step.view.error is not None and step.view.error.id == "error-use-buttons":
        # at the menu the words were a question not understood (or a number no button has):
        # say so, and where to go — the buttons, /services, 1414; the screen stays
        step = replace(step, view=replace(step.view, error=Msg("error-use-buttons", {"at": "menu"})))
    return step


def press_label(engine: Engine, state: DialogState, text: str, lang: str) -> Step | None:
    """A typed button label ("да", "Иә", "Employer") presses that button."""
    typed = " ".join(words(text))
    if not typed:
        return None
    l10n = default_localizer()
    for button in engine.view(state).buttons:
        if not button.action.startswith("c:"):
            continue
        label = " ".join(words(l10n.format(lang, button.label.id, button.label.args)))
        if label == typed or (min(len(label), len(typed)) >= 6 and fuzz.ratio(label, typed) >= 92):
            return engine.choose(state, button.action)
    return None


def press_country(engine: Engine, state: DialogState, text: str, lang: str) -> Step | None:
    """A typed country ("Узбекистан", "я из Узбекистана") at a question whose buttons are
    countries (`countries.country_choices`): its own button, or "another country", with
    what was understood said above the next screen. A known country no button fits
    (Kazakhstan at a foreigner's citizenship) is refused, naming the answers there are."""
    buttons = [b for b in engine.view(state).buttons if b.action.startswith("c:")]
    got = pick([b.action[2:] for b in buttons], text)
    if got is None:
        return None
    code, choice_id = got
    l10n = default_localizer()
    country = country_name(code, lang)
    labels = {b.action[2:]: l10n.format(lang, b.label.id, b.label.args) for b in buttons}
    if choice_id is None:
        refusal = ("error-country-no-button", {"country": country, "answers": ", ".join(labels.values())})
        return Step(state, engine.view(state, refusal), False)
    step = engine.choose(state, "c:" + choice_id)
    if not step.accepted:
        return step
    if code.lower() == choice_id:  # its own button: "🔎 Понял: Россия"
        understood = Msg("search-understood", {"title": labels[choice_id]})
    else:  # "🔎 Понял: Узбекистан — ответ «Другая страна»"
        understood = Msg("search-understood-country", {"country": country, "answer": labels[choice_id]})
    return replace(step, view=replace(step.view, note=understood))


def open_entry(engine: Engine, entry: Entry, parent: DialogState | None, lang: str | None = None) -> Step | None:
    """Open an entry point: its tree (Back leads to `parent`), walked towards its node.
    With `lang`, the screen says what was understood."""
    if entry.tree not in engine.trees:
        return None
    state = engine.start(entry.tree)
    state.parent = parent.to_dict() if parent else None
    state = engine.answer_ahead(state, entry.answers)
    view = engine.view(state)
    if lang is not None:
        title = default_localizer().format(lang, entry.title)
        view = replace(view, note=Msg("search-understood", {"title": title}))
    return Step(state, view, True)


def leading_to(tree: Tree, target: str) -> set[str]:
    """The nodes from which `target` can be reached (itself included)."""
    parents = tree.parents()
    seen, todo = {target}, [target]
    while todo:
        for p in parents.get(todo.pop(), ()):
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen


# -- the suggestions screen ------------------------------------------------------------
def search_tree(index: Index) -> Tree:
    """One question whose buttons are the suggested entries, best first, then "none
    of these". A suggestion is answers hit1..hit3 = entry ids (ids, never the text)."""
    choices = [
        Choice(id=e.id, label=e.title, next=(Transition(RESULTS),), when=Condition(f"hit{slot} == '{e.id}'"))
        for slot in range(1, SLOTS + 1)
        for e in index.entries.values()
    ]
    choices.append(Choice(id=NONE, label="search-none", next=(Transition(RESULTS),)))
    node = Node(id=RESULTS, kind="choice", text="search-suggest-question", choices=tuple(choices))
    return Tree(id=SEARCH_TREE, version=1, title="search-title", start=RESULTS, nodes={RESULTS: node}, citations={})


def install(engine: Engine, index: Index | None = None) -> None:
    """Give the engine the synthetic `search` tree (a copy of its tree map: the
    caller's dict stays as it was)."""
    if SEARCH_TREE not in engine.trees:
        engine.trees = {**engine.trees, SEARCH_TREE: search_tree(index or default_index())}


def suggestions(engine: Engine, hits: list[str], parent: DialogState | None, index: Index | None = None) -> Step:
    install(engine, index)
    state = DialogState(
        tree_id=SEARCH_TREE,
        tree_version=1,
        node=RESULTS,
        answers={f"hit{i}": eid for i, eid in enumerate(hits[:SLOTS], 1)},
        parent=parent.to_dict() if parent else None,
    )
    return Step(state, engine.view(state), True)


def choose(engine: Engine, state: DialogState, action: str, index: Index | None = None) -> Step:
    """A press on the suggestions screen (called from `Engine.choose`)."""
    index = index or default_index()
    visible = {b.action for b in engine.view(state).buttons}
    if action not in visible:
        return Step(state, engine.view(state, ("error-stale-button", {})), False)
    if action == "c:" + NONE:
        opened = open_entry(engine, UNSURE, None)
    else:
        # Back from the service returns to these suggestions
        opened = open_entry(engine, index.entries[action[2:]], state)
    return opened or Step(state, engine.view(state, ("error-stale-button", {})), False)
