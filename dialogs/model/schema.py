"""The dialog tree as data: what a content author writes in dialogs/trees/*.yaml.

Node kinds:
  choice     a question answered with one of its buttons
  input      a question answered by typing: date, number or country
  info       a statement, then "Continue"
  result     eligible / not_eligible / ask_person / info, with cited reasons
  checklist  the documents for this case, each item cited
Texts are Fluent message ids (locales/<lang>/*.ftl), never text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .citations import Citation
from ..law.dates import in_force
from .conditions import Condition

NODE_KINDS = ("choice", "input", "info", "result", "checklist")
INPUT_TYPES = ("date", "number", "country", "text")
# not_ready is never written in a tree: the engine shows it in place of `eligible`
# when a blocking check of the result fails (see Blocker).
OUTCOMES = ("eligible", "not_eligible", "ask_person", "info")
# "passed" is not written as a result's outcome either: it is the default of a `past`
# headline (see PastHeadline), shown once the date it names is gone.
PASSED = "passed"
SHOWN_OUTCOMES = OUTCOMES + ("not_ready", PASSED)
ITEM_FLAGS = ("ambiguous", "silent", "warning", "historical")


@dataclass(frozen=True)
class Transition:
    goto: str
    when: Condition | None = None


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    next: tuple[Transition, ...]
    when: Condition | None = None
    # answers the press also stores: `{apply_date: today}` keeps the day "today" was
    # pressed, so a dialog resumed later reads that day, not the new one
    sets: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Item:
    """A reason of a result, a document of a checklist, or a note on any node."""

    text: str
    args: dict[str, str] = field(default_factory=dict)
    cite: tuple[str, ...] = ()
    when: Condition | None = None
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    flag: str | None = None
    legal: bool = True
    # a result's note that leads its visible bullets (what to clarify before filing);
    # on a ⚠️ screen, which has its own bullets, it stays folded with the other notes
    lead: bool = False

    def in_force(self, day: dt.date) -> bool:
        return in_force(day, self.effective_from, self.effective_until)


@dataclass(frozen=True)
class Blocker:
    """A known ground on which the application would be refused or not accepted
    (an expired passport, a 028/у too old on the filing day, a missing mandatory
    document). A result that `requires` it cannot show ✅ while `when` holds: the
    engine turns its headline into "⚠️ Not ready: <text>" with these grounds.

      blocking:
        medical-too-old:
          if: "medical.valid_on_filing == false"
          text: lp-block-medical          # what to fix, and by when
          args: {issued: medical_issued}
          cite: [incomplete-refusal, doc-medical]
          consequence: lp-block-consequence   # optional: what the user would get
    """

    id: str
    when: Condition
    text: str
    args: dict[str, str] = field(default_factory=dict)
    cite: tuple[str, ...] = ()
    consequence: str | None = None
    merits: bool = False  # a refusal on the merits (the provider decides), not a refusal to accept
    # what the result is about has ended on this ground (the permit's term is over): no
    # documents to gather for it and nothing left to remind of, so no 📄 and no 🔔
    ended: bool = False


@dataclass(frozen=True)
class PastHeadline:
    """A result's headline for when a date it names is already gone: `date` (an answer
    or a computed value) is before today (Asia/Almaty). A result lists them under
    `past:`; the engine shows the first that applies instead of the result's text.

      past:
        # the decision is overdue: ⌛, the next step the rules give (cited), no 🔔
        - {date: plan.decision_by, text: ks-result-overdue, args: {decision_by: plan.decision_by}, cite: [kr-p25]}
        # the filing day is gone: the application is in (ℹ️ "filed"), its reminders still count
        - {date: as_of, text: common-result-filed-if, args: {...}, cite: [...], outcome: info}

    `outcome` is "passed" (⌛) unless said; a passed headline offers no 🔔 (nothing is
    left to remind of) unless `remind: true` (later dates of the item still count), any
    other keeps the result's 🔔 unless `remind: false`. `if` narrows it further.
    """

    date: str
    text: str
    args: dict[str, str] = field(default_factory=dict)
    cite: tuple[str, ...] = ()
    outcome: str = PASSED
    remind: bool = False
    when: Condition | None = None


@dataclass(frozen=True)
class Link:
    """A button on a screen to the service or step that fits the user (`goto`: a
    node or `tree:<id>`) or to an official web service (`url`)."""

    label: str
    goto: str | None = None
    url: str | None = None
    when: Condition | None = None


@dataclass(frozen=True)
class InputSpec:
    type: str
    # dates: allowed distance from today, in days (a typo'd century is caught here)
    min_days: int | None = None
    max_days: int | None = None
    # numbers
    min: int | None = None
    max: int | None = None
    # text
    max_length: int = 64


@dataclass(frozen=True)
class Node:
    id: str
    kind: str
    text: str
    args: dict[str, str] = field(default_factory=dict)
    key: str | None = None
    choices: tuple[Choice, ...] = ()
    input: InputSpec | None = None
    next: tuple[Transition, ...] = ()
    items: tuple[Item, ...] = ()
    notes: tuple[Item, ...] = ()
    cite: tuple[str, ...] = ()
    outcome: str | None = None
    legal: bool = False
    # What this screen lets the user save for reminders: item fields -> answer names,
    # e.g. {kind: permit, expiry: expiry, cumulative_months: cumulative_months}
    track: dict[str, str] = field(default_factory=dict)
    # blocking checks (Tree.blocking ids) that must pass for this result to show ✅
    requires: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    # results: the headline once a date it names is before today (first that applies)
    past: tuple[PastHeadline, ...] = ()
    # a result (or a question) reached by a question whose way on reads today's date (a
    # permit's phase: "the window opens on X", "the window is open: how many months?"):
    # opened again on a later day, the way from that question is taken again
    routed_by_today: bool = False

    @property
    def terminal(self) -> bool:
        return not self.next and self.kind in ("result", "checklist")

    def successors(self) -> list[str]:
        targets = [t.goto for t in self.next]
        for c in self.choices:
            targets.extend(t.goto for t in c.next)
        targets.extend(link.goto for link in self.links if link.goto)
        return targets


@dataclass(frozen=True)
class Computation:
    name: str
    fn: str
    args: dict[str, str]


@dataclass(frozen=True)
class Tree:
    id: str
    version: int
    title: str
    start: str
    nodes: dict[str, Node]
    citations: dict[str, Citation]
    compute: tuple[Computation, ...] = ()
    as_of: str | None = None  # name of a date answer that picks rule versions
    source_file: str = ""
    blocking: dict[str, Blocker] = field(default_factory=dict)

    def parents(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {nid: [] for nid in self.nodes}
        for node in self.nodes.values():
            for target in node.successors():
                if target in out and node.id not in out[target]:
                    out[target].append(node.id)
        return out

    def input_types(self) -> dict[str, str]:
        return {n.key: n.input.type for n in self.nodes.values() if n.key and n.input}
