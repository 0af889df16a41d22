"""`python -m bot check` for the search index (issue 15): every entry point leads to a
tree (and node) that exists, has a title and synonyms in every language the bot speaks."""

from __future__ import annotations

from pathlib import Path

from ..runtime.i18n import COMPLETE_LANGS, Localizer
from ..model.loader import Problem
from ..model.schema import Tree
from .index import SEARCH_DIR, Index, tokens

# messages the search code shows itself
CODE_MESSAGES = ("search-understood", "search-suggest-question", "search-none", "search-title")


def check_search(trees: dict[str, Tree], localizer: Localizer, directory: Path = SEARCH_DIR) -> list[Problem]:
    index = Index.load(directory)
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
