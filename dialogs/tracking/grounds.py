"""The grounds a reminder, a /status line or an ended item shows.

A schedule cites what its occasion states: a parameter (`param:<name>`, in the
wording in force on the occasion's day) or, for a rule that is not a number (Entry
Rules p.7: no work without a permit), a citation of its service's tree by id, so the
quote is written once, in the tree, and the reminder shows the same one.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterable

from ..law.parameters import default_parameters
from ..model.citations import Citation

PARAM = "param:"


@lru_cache(maxsize=1)
def _tree_citations() -> dict[str, dict[str, Citation]]:
    from ..model.loader import load_trees

    return {tid: dict(tree.citations) for tid, tree in load_trees().items()}


def tree_citations(service: str) -> dict[str, Citation]:
    """The citations of the service's tree, by id (empty if there is no such tree)."""
    return _tree_citations().get(service, {})


def grounds(service: str, cite: Iterable[str], on: dt.date) -> list[Citation]:
    """The citations behind `cite`, each once, in order. A parameter not in force on
    `on` has no wording to show and is left out."""
    out: list[Citation] = []
    for c in cite:
        if c.startswith(PARAM):
            try:
                ref = default_parameters().reference(c[len(PARAM):], on)
            except LookupError:
                continue
        else:
            ref = tree_citations(service).get(c)
            if ref is None:
                continue  # `python -m bot check` reports an unknown id
        if ref not in out:
            out.append(ref)
    return out
