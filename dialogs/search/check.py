"""`python -m bot check` for the search index (issue 15): every entry point leads to a
tree (and node) that exists, has a title and synonyms in every language the bot speaks,
and answers for the user only what its words say (`answers:`): each a choice of a
question on the way to its node, leading on towards it, and nothing else answered when
it opens."""

from __future__ import annotations

from pathlib import Path

from ..runtime.engine import KEEP_KEY, Engine
from ..runtime.i18n import COMPLETE_LANGS, Localizer
from ..model.loader import Problem
from ..model.schema import Tree
from .dialog import leading_to, open_entry
from .index import SEARCH_DIR, Entry, Index, tokens

# messages the search code shows itself
CODE_MESSAGES = ("search-understood", "search-suggest-question", "search-none", "search-title",
                 "search-understood-country", "error-country-no-button")


def check_search(trees: dict[str, Tree], localizer: Localizer, directory: Path = SEARCH_DIR) -> list[Problem]:
    index = Index.load(directory)
    engine = Engine(trees)
    errs = []
    for p in index.problems:  # "file|entry|what"
        file, entry_id, what = p.split("|", 2)
        errs.append(Problem("dialogs/" + file, entry_id, "", what))
    for entry in index.entries.values():
        where = f"search/{entry.id}"
        tree = trees.get(entry.tree)
        if tree is None:
            errs.append(Problem("dialogs/search", entry.id, "tree", f"unknown tree {entry.tree!r}"))
        elif entry.node and entry.node not in tree.nodes:
            errs.append(Problem("dialogs/search", entry.id, "node", f"tree {entry.tree!r} has no node {entry.node!r}"))
        else:
            errs.extend(Problem("dialogs/search", entry.id, "answers", what) for what in answers_problems(engine, entry))
        for lang in COMPLETE_LANGS:
            phrases = entry.synonyms.get(lang, ())
            if not phrases:
                errs.append(Problem(f"dialogs/search/{lang}.yaml", entry.id, "synonyms", "no synonyms in this language: a typed question cannot find it"))
            for p in phrases:
                if not tokens(p, lang):
                    errs.append(Problem(f"dialogs/search/{lang}.yaml", entry.id, "synonyms", f"{p!r} is only question words or filler: it never matches"))
            if not localizer.has(lang, entry.title):
                errs.append(Problem(f"locales/{lang}", entry.id, entry.title, f"message missing (used in {where})"))
    for msg in CODE_MESSAGES:
        for lang in COMPLETE_LANGS:
            if not localizer.has(lang, msg):
                errs.append(Problem(f"locales/{lang}", "", msg, "message missing (used in dialogs/search)"))
    return errs


def answers_problems(engine: Engine, entry: Entry) -> list[str]:
    """What is wrong with the answers an entry gives for the user: one that is no choice
    of a question asked on the way to its node, or that leads away from the node; and,
    once opened, an answer in the dialog that the entry's words do not give (a question
    passed over for the user: the bot must ask it) or a screen off the way to its node."""
    tree = engine.trees[entry.tree]
    leads = leading_to(tree, entry.node) if entry.node else set(tree.nodes)
    out = []
    for key, value in entry.answers.items():
        asking = [n for n in tree.nodes.values() if n.kind == "choice" and n.key == key]
        if not any(c.id == value for n in asking for c in n.choices):
            out.append(f"{key}: {value!r} is no choice of a question of {tree.id!r} (quote \"yes\" and \"no\")")
            continue
        on_way = [n for n in asking if n.id in leads and n.id != entry.node]
        if entry.node and not on_way:
            out.append(f"{key}: no question on the way to {entry.node!r} asks it")
        elif entry.node and not any(t.goto in leads for n in on_way for c in n.choices if c.id == value for t in c.next):
            out.append(f"{key}: {value!r} leads away from {entry.node!r}")
    if out:
        return out
    state = open_entry(engine, entry, None).state
    given = {k: v for k, v in state.answers.items() if k != KEEP_KEY}
    out += [f"opens with {k} = {v!r} answered, which its words do not say (ask it)" for k, v in given.items() if entry.answers.get(k) != v]
    if state.node not in leads:
        out.append(f"opens at {state.node!r}, off the way to {entry.node!r}")
    return out
