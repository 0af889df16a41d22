"""Deep links: `https://t.me/<bot>?start=<payload>` opens a service (and a node) in a
language.

    payload  = service [ "__" node ] [ "__" lang ]      at most 64 characters of A-Z a-z 0-9 _ -
    examples   labour-permit
               labour-permit__kk
               labour-permit__expiry__kk              (towards the node `expiry`, in Kazakh)

`service` is a tree id (`python -m bot check --json` lists them), `node` a question
or info node of that tree, `lang` one of the complete languages. Tree and node ids
use single hyphens, never "__", so the parts split unambiguously. An unknown or
malformed payload opens the menu with a one-line note.

A link cannot know what the person would have answered on the way to its node. It
opens the node only when no question before it decides whether the person gets
there, leads them different ways, or is read later; otherwise it opens at the first
such question, with a one-line note (`dialogs/model/entry.py`). A link to "you may not work without a
permit" asks the citizenship first: an EAEU citizen needs no permit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogs.model.entry import link_entry
from dialogs.runtime.i18n import COMPLETE_LANGS

PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
SEP = "__"
OPENABLE = ("choice", "input", "info")  # a result needs the answers that lead to it


@dataclass(frozen=True)
class Target:
    tree_id: str
    node: str | None = None
    lang: str | None = None
    opens: str | None = None  # the node the link opens: `node`, or the first question it needs answered

    @property
    def asks_first(self) -> bool:
        """The link opens before its node: questions on the way decide what the person needs."""
        return self.node is not None and self.opens != self.node


def make_payload(tree_id: str, node: str | None = None, lang: str | None = None) -> str:
    payload = SEP.join(p for p in (tree_id, node, lang) if p)
    if not PAYLOAD.fullmatch(payload):
        raise ValueError(f"not a valid start payload: {payload!r}")
    return payload


def parse_payload(payload: str, trees: dict) -> Target | None:
    """The service, node and language a payload names; None if it names nothing we have."""
    if not payload or not PAYLOAD.fullmatch(payload):
        return None
    parts = payload.split(SEP)
    lang = None
    if len(parts) > 1 and parts[-1] in COMPLETE_LANGS:
        lang = parts.pop()
    if not 1 <= len(parts) <= 2 or parts[0] not in trees:
        return None
    tree = trees[parts[0]]
    node = parts[1] if len(parts) == 2 else None
    if node is not None and (node not in tree.nodes or tree.nodes[node].kind not in OPENABLE):
        return None
    return Target(tree.id, node, lang, link_entry(tree, node) if node else None)


def link(bot_username: str, payload: str) -> str:
    return f"https://t.me/{bot_username}?start={payload}"
