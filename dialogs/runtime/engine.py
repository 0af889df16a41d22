"""Walks a tree: answers, conditions, back, restart, resume after a tree edit.

The engine holds no state of its own. A `DialogState` goes in, a new one and a
`View` come out. A View is plain data (message ids, arguments, buttons,
citations), so the terminal chat and the Telegram layer render the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..model.citations import Citation
from ..model.compute import COMPUTATIONS
from ..model.entry import answer_keys
from ..law.dates import DateProblem, add_days, is_number, parse_user_date, today_almaty
from ..law.parameters import ParameterSet, default_parameters
from ..model.schema import Item, Node, PastHeadline, Tree
from ..tracking.schedule import offered_on

_GROUPED_NUMBER = re.compile(r"[0-9]+|[0-9]{1,3}(?: [0-9]{3})+")

MAX_HISTORY = 200
NEXT = "next"  # the action of the Continue button
LINK = "l:"  # a link button: "l:<index in node.links>"
URL = "url:"  # a web link: "url:<https address>" (never sent back by Telegram)
TREE_PREFIX = "tree:"  # `goto: tree:<id>` enters another tree
MENU_TREE = "start"  # the routing tree that /start and the Menu button open
KEPT_PARENTS = 2  # a dialog kept behind the menu keeps this many steps of its way back
TICK = "t:"  # a checklist item toggled: "t:<index in view.items>"
CHANGE = "change"  # on a result: pick an earlier answer to change
GOTO = "g:"  # on the change screen: "g:<node id>" goes back to that question
QUESTION_KINDS = ("choice", "input")
SPREAD = 2  # "of about N" while the ways on to an answer differ by at most this many questions
# Reserved answer keys (never a tree's `key`: those are names in conditions)
DONE_KEY = "_done"  # {checklist node id: [item message ids ticked]}
# {answer key: value} answers known before their question comes: those after a changed
# one, or what a typed question's words said (answer_ahead); re-used on the way, dropped
# at a result
KEEP_KEY = "_keep"
MODE_KEY = "_mode"  # "change": the user is picking an earlier answer to change
# answers a "today" press stored (a choice's `sets`): while the dialog is still asking,
# they follow the day it goes on (the filing has not happened); at a result they stay
TODAY_KEYS = "_today"


@dataclass
class DialogState:
    tree_id: str
    tree_version: int
    node: str
    answers: dict[str, Any] = field(default_factory=dict)  # JSON-safe: dates as ISO strings
    history: list[str] = field(default_factory=list)
    # The routing dialog (e.g. the main menu) this service was entered from;
    # Back at the service's first question returns there.
    parent: dict | None = None
    # set by resume (never saved): the result shown before was for an earlier day and
    # the way to it was taken again today (Node.routed_by_today)
    rerouted: bool = field(default=False, compare=False)

    def to_dict(self) -> dict:
        d = {
            "tree_id": self.tree_id,
            "tree_version": self.tree_version,
            "node": self.node,
            "answers": dict(self.answers),
            "history": list(self.history),
        }
        if self.parent:
            d["parent"] = self.parent
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "DialogState":
        return cls(
            tree_id=d["tree_id"],
            tree_version=int(d.get("tree_version", 0)),
            node=d["node"],
            answers=dict(d.get("answers") or {}),
            history=list(d.get("history") or []),
            parent=d.get("parent") or None,
        )


@dataclass(frozen=True)
class Msg:
    id: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Button:
    action: str  # "c:<choice id>" or NEXT
    label: Msg


VISIBLE_BLOCKERS = 2  # known grounds for refusal stated on a ⚠️ screen; the rest fold


@dataclass(frozen=True)
class ViewItem:
    text: Msg
    citations: tuple[Citation, ...] = ()
    flag: str | None = None


@dataclass(frozen=True)
class View:
    tree_id: str
    node_id: str
    kind: str
    text: Msg
    buttons: tuple[Button, ...] = ()
    items: tuple[ViewItem, ...] = ()
    notes: tuple[ViewItem, ...] = ()
    citations: tuple[Citation, ...] = ()
    outcome: str | None = None
    input_type: str | None = None
    final: bool = False
    error: Msg | None = None
    # item fields the user may save for reminders from this screen (see Node.track)
    track: dict | None = None
    # one line above the screen, e.g. what a typed question was understood as (dialogs/search)
    note: Msg | None = None
    # questions: (this question's number, about how many in all, or None where the ways on
    # differ too much to say; see Engine.progress)
    progress: tuple[int, int | None] | None = None
    # results: the user's answers so far, in order (a choice's label or a typed value)
    answers: tuple[Msg, ...] = ()
    # checklists: which items (same order as `items`) the user has ticked
    ticked: tuple[bool, ...] = ()

    def all_citations(self) -> list[Citation]:
        seen, out = set(), []
        for c in list(self.citations) + [c for i in self.items + self.notes for c in i.citations]:
            if c not in seen:
                seen.add(c)
                out.append(c)
        return out


@dataclass(frozen=True)
class Step:
    state: DialogState
    view: View
    accepted: bool  # False: the answer was refused, state unchanged, view carries the error


class Engine:
    def __init__(
        self,
        trees: dict[str, Tree],
        today: Callable[[], dt.date] = today_almaty,
        params: ParameterSet | None = None,
    ):
        self.trees = trees
        self.today = today
        self.params = params or default_parameters()

    # -- lifecycle -------------------------------------------------------------
    def start(self, tree_id: str) -> DialogState:
        tree = self.trees[tree_id]
        return DialogState(tree_id=tree.id, tree_version=tree.version, node=tree.start)

    def menu(self) -> DialogState | None:
        """The main menu as a dialog state, or None when no menu tree is loaded."""
        return self.start(MENU_TREE) if MENU_TREE in self.trees else None

    def menu_from(self, state: DialogState | None) -> DialogState | None:
        """The menu for someone who leaves `state` for it (/menu, /start): a service's
        dialog under way is kept as the place ⬅️ Back on the menu returns to, answers
        and all, instead of being thrown away. Leaving the routing questions themselves
        keeps only what they led back to (they are quick to answer again), so the chain
        never grows; entering another service from the menu lets the old dialog go."""
        menu = self.menu()
        if menu is None or state is None:
            return menu
        if state.tree_id == MENU_TREE:
            menu.parent = state.parent
        else:
            menu.parent = _trimmed(state.to_dict(), KEPT_PARENTS)
        return menu

    def restart(self, state: DialogState) -> DialogState:
        fresh = self.start(state.tree_id)
        fresh.parent = state.parent
        return fresh

    def resume(self, state: DialogState) -> DialogState:
        """Make a saved state valid for the trees loaded now.

        After a tree edit the saved node may be gone: step back to the nearest
        node on the path that still exists, forgetting its answer. A tree that
        is gone altogether starts over at nothing: the caller shows the menu.
        """
        tree = self.trees.get(state.tree_id)
        if tree is None:
            raise KeyError(state.tree_id)
        state = DialogState.from_dict(state.to_dict())
        state.tree_version = tree.version
        if state.parent:
            try:
                parent = self.resume(DialogState.from_dict(state.parent))
                state.parent = parent.to_dict()
                # the dialog kept under the menu moved on: the menu's buttons carry a new
                # token, so it is one to save and to say "moved on" of too
                state.rerouted = parent.rerouted
            except KeyError:
                state.parent = None
        if state.node in tree.nodes:
            state.history = [n for n in state.history if n in tree.nodes]
            if state.answers.get(TODAY_KEYS) and tree.nodes[state.node].kind in QUESTION_KINDS:
                # "today" pressed on Monday, the dialog continued on Wednesday: the user
                # still says they will file "today" — Wednesday (a finished one keeps Monday)
                today = self.today().isoformat()
                for key in state.answers[TODAY_KEYS]:
                    if (state.answers.get(key) or today) < today:
                        state.answers[key] = today
            return self._routed_again(tree, state)
        while state.history:
            candidate = state.history.pop()
            if candidate in tree.nodes:
                state.node = candidate
                key = tree.nodes[candidate].key
                if key:
                    state.answers.pop(key, None)
                state.history = [n for n in state.history if n in tree.nodes]
                return state
        fresh = self.start(tree.id)
        fresh.parent = state.parent
        return fresh

    def _routed_again(self, tree: Tree, state: DialogState) -> DialogState:
        """A screen reached by today's phase ("the window opens on X", "the window is open:
        how many months?"), opened on a later day: the way on from the question before it
        is taken again with today's date, so the screen is today's (the window has opened,
        or closed). Only nodes marked `routed_by_today` are looked at: a filing day's
        results say a day gone in their `past:` headlines instead, and every other load
        stays free of any computing. A way that reads no date leads where it led."""
        node = tree.nodes[state.node]
        if not state.history:
            return state
        if not node.routed_by_today:
            # the documents of such a screen ("too early: prepare these"), opened when the
            # window has closed: the screen they came from is today's, so is the user
            came_from = tree.nodes.get(state.history[-1])
            if came_from is None or not came_from.routed_by_today or node.kind != "checklist":
                return state
            earlier = DialogState.from_dict(state.to_dict())
            earlier.node = earlier.history.pop()
            moved = self._routed_again(tree, earlier)
            return moved if moved.rerouted else state
        before = tree.nodes.get(state.history[-1])
        if before is None:
            return state
        ways = before.next
        if before.kind == "choice":
            chosen = next((c for c in before.choices if c.id == state.answers.get(before.key)), None)
            ways = chosen.next if chosen is not None else ()
        try:
            target = self._first(ways, self.context(state))
        except LookupError:
            return state
        if target != state.node and target in tree.nodes:
            state.node = target
            state.rerouted = True
        return state

    def back(self, state: DialogState) -> DialogState:
        if state.answers.get(MODE_KEY):
            new = DialogState.from_dict(state.to_dict())
            new.answers.pop(MODE_KEY, None)  # leave the change screen: back to the result
            return new
        if not state.history:
            return DialogState.from_dict(state.parent) if state.parent else state
        tree = self.trees[state.tree_id]
        new = DialogState.from_dict(state.to_dict())
        new.node = new.history.pop()
        key = tree.nodes[new.node].key if new.node in tree.nodes else None
        if key:
            new.answers.pop(key, None)
        # back onto a screen chosen by an earlier day's phase (from its documents, weeks
        # later): today's screen instead, marked so the handler says why
        return self._routed_again(tree, new) if new.node in tree.nodes else new

    # -- answering -------------------------------------------------------------
    def choose(self, state: DialogState, action: str) -> Step:
        """A button press: `c:<choice id>` at a choice node, or NEXT to continue."""
        if state.tree_id == "search":  # issue 15: a pick among typed-question suggestions
            from ..search.dialog import choose as search_choose

            return search_choose(self, state, action)
        if state.answers.get(MODE_KEY) == "change":
            if action.startswith(GOTO):
                return self.jump(state, action[len(GOTO):])
            return self._refuse(state, "error-stale-button")
        tree, node = self._where(state)
        ctx = self.context(state)
        if action.startswith(TICK) and node.kind == "checklist":
            return self._toggle(state, tree, node, ctx, action[len(TICK):])
        if action == CHANGE and node.kind in ("result", "checklist") and self.changeable(state):
            new = DialogState.from_dict(state.to_dict())
            new.answers[MODE_KEY] = "change"
            return Step(new, self.view(new), True)
        if action == NEXT and node.kind in ("info", "result", "checklist") and node.next:
            return self._advance(state, tree, node, None, ctx)
        if action.startswith(LINK):
            for i, link in self._visible_links(node, ctx):
                if action == f"{LINK}{i}" and link.goto:
                    return self._move(state, tree, node, None, link.goto)
        if action.startswith("c:") and node.kind == "choice":
            choice_id = action[2:]
            for choice in self._visible_choices(node, ctx):
                if choice.id == choice_id:
                    target = self._first(choice.next, ctx)
                    return self._move(state, tree, node, choice_id, target, choice.sets)
        return self._refuse(state, "error-stale-button")

    def answer_text(self, state: DialogState, text: str) -> Step:
        """Typed text: a value at an input node; at a choice node, a choice's number."""
        tree, node = self._where(state)
        text = (text or "").strip()
        if node.kind == "input":
            value, problem = self._parse(node, text)
            if problem:
                return self._refuse(state, problem.code, problem.details)
            return self._advance(state, tree, node, value)
        if node.kind == "choice":
            choices = self._visible_choices(node, self.context(state))
            if is_number(text) and 1 <= int(text) <= len(choices):
                return self.choose(state, "c:" + choices[int(text) - 1].id)
            return self._refuse(state, "error-use-buttons")
        if node.kind in ("info", "result", "checklist") and node.next:
            return self._refuse(state, "error-use-continue")
        return self._refuse(state, "error-dialog-finished")

    # -- views -----------------------------------------------------------------
    def view(self, state: DialogState, error: tuple[str, dict] | None = None) -> View:
        tree, node = self._where(state)
        if state.answers.get(MODE_KEY) == "change":
            return self._change_view(state, tree, error)
        ctx = self.context(state)
        as_of = self._as_of(tree, ctx)
        buttons: list[Button] = []
        documents_next = False  # the screen's ➡️ opens the documents checklist
        if node.kind == "choice":
            buttons = [Button("c:" + c.id, Msg(c.label)) for c in self._visible_choices(node, ctx)]
        elif node.next and node.kind in ("info", "result", "checklist"):
            label = Msg("button-continue")
            target = tree.nodes.get(self._first(node.next, ctx))
            if node.kind == "result" and target is not None and target.kind == "checklist":
                # "📄 Documents (N)": N as the list will show them for this user
                label = Msg("button-documents", {"n": str(len(self._items(tree, target.items, ctx, as_of)))})
                documents_next = True
            buttons = [Button(NEXT, label)]
        for i, link in self._visible_links(node, ctx):
            buttons.append(Button(f"{LINK}{i}" if link.goto else URL + link.url, Msg(link.label)))
        text = Msg(node.text, self._args(node.args, ctx))
        # a note that leads (what to clarify first) is the first visible bullet
        lead = tuple(n for n in node.notes if n.lead)
        items = self._items(tree, lead + node.items, ctx, as_of)
        notes = self._items(tree, tuple(n for n in node.notes if not n.lead), ctx, as_of)
        citations = tuple(self._cite(tree, node.cite, as_of))
        outcome = node.outcome
        remind = True
        fired = self.failed_checks(tree, node, ctx)
        blocked = bool(fired) and outcome != "not_eligible"
        gone = None if blocked else self.past_headline(node, ctx)
        if gone is not None:
            # a date the headline names is gone: it says so, and what to do now
            outcome = gone.outcome
            text = Msg(gone.text, self._args(gone.args, ctx))
            citations = tuple(self._cite(tree, gone.cite, as_of))
            if not gone.remind:
                remind = False  # nothing left to remind of
        elif not blocked and outcome == "eligible" and as_of < ctx["today"]:
            # a ✅ "you can file" for a filing day already gone (a dialog resumed days later,
            # a node without its own `past:`): never a tick for a day gone — the day has
            # passed; if filed, the dates below count from it; if not, pick a new day
            outcome = "ask_person"
            text = Msg("common-result-date-gone", {"filed": as_of})
            remind = False
        if blocked:
            # A known ground for refusal: the headline says what to fix, never ✅.
            outcome = "not_ready"
            if any(b.ended for b in fired):
                # what the result is about has ended (the permit's term is over): no
                # documents to gather for it, nothing left to remind of
                remind = False
                buttons = [b for b in buttons if b.action != NEXT or not documents_next]
            first = fired[0]
            text = Msg(first.text, self._args(first.args, ctx))
            citations = tuple(self._cite(tree, first.cite, as_of))
            # the first VISIBLE_BLOCKERS are the screen; any more are folded (⚠️) before
            # the notes, with a line saying how many: a phone screen, not a list of all
            shown, folded = fired[:VISIBLE_BLOCKERS], fired[VISIBLE_BLOCKERS:]

            def stated(bs, flag=None):
                return tuple(ViewItem(Msg(b.text, self._args(b.args, ctx)), tuple(self._cite(tree, b.cite, as_of)), flag) for b in bs)

            def consequences(bs, flag=None):
                return tuple(ViewItem(Msg(msg), tuple(self._cite(tree, b.cite, as_of)), flag)
                             for msg, b in {self._consequence(b): b for b in bs}.items())

            items = stated(shown[1:]) + consequences(shown)
            notes = self._items(tree, node.notes, ctx, as_of)  # a leading note folds with the rest
            if folded:
                said = {i.text.id for i in items}
                more = tuple(c for c in consequences(folded, "warning") if c.text.id not in said)
                folded_items = stated(folded, "warning")
                # cited with what it points to, as every bullet is
                cites = tuple(dict.fromkeys(c for i in folded_items for c in i.citations))
                items += (ViewItem(Msg("common-blocked-more", {"n": len(folded)}), cites),)
                notes = folded_items + more + notes
            if as_of < ctx["today"]:  # as_of is today unless the tree asked a filing day
                # the filing day is gone: what the headline says to fix before filing may
                # already have kept the application out; first, what to do now
                # a ground on the merits is no refusal to accept: nothing to "fix and file again"
                past = "common-blocked-filed-past-merits-if" if first.merits else "common-blocked-filed-past"
                items = (ViewItem(Msg(past, {"filed": as_of}),
                                  tuple(self._cite(tree, first.cite, as_of))),) + items
        ticked: tuple[bool, ...] = ()
        if node.kind == "checklist":
            done = set((state.answers.get(DONE_KEY) or {}).get(node.id, ()))
            ticked = tuple(i.text.id in done for i in items)
        return View(
            tree_id=tree.id,
            node_id=node.id,
            kind=node.kind,
            text=text,
            buttons=tuple(buttons),
            items=items,
            notes=notes,
            progress=self.progress(state, ctx) if node.kind in QUESTION_KINDS else None,
            answers=self.answer_labels(state) if node.kind in ("result", "checklist") else (),
            ticked=ticked,
            citations=citations,
            outcome=outcome,
            input_type=node.input.type if node.input else None,
            final=node.terminal,
            error=Msg(error[0], error[1]) if error else None,
            track=self._track(node, ctx, outcome) if remind else None,
        )

    # -- screens around the answers ----------------------------------------------
    def progress(self, state: DialogState, ctx: dict[str, Any] | None = None) -> tuple[int, int | None] | None:
        """(n, about): this is question n of about `about`, the most the ways on to an
        answer that the answers so far leave open ask (see _questions_left); `about` is
        None where those ways differ by more than SPREAD questions (a total then would
        grow or fall by more than "about" allows). None in the routing menu, and where
        no answer lies ahead (the typed-question suggestions lead to services, not to an
        answer of their own)."""
        tree, node = self._where(state)
        if tree.id == MENU_TREE or node.kind not in QUESTION_KINDS:
            return None
        span = _questions_left(tree, node.id, self.context(state) if ctx is None else ctx)
        if span is None:
            return None
        # each question once: one the user is sent back to (a note, then the same question) is not a new one
        asked = len({n for n in state.history if n != node.id and n in tree.nodes and tree.nodes[n].kind in QUESTION_KINDS})
        fewest, most = span
        return asked + 1, (asked + max(1, most) if most - fewest <= SPREAD else None)

    def answered(self, state: DialogState) -> list[tuple[str, Msg]]:
        """The questions answered on the way here, in order: (node id, the answer as a Msg)."""
        tree = self.trees[state.tree_id]
        out, seen = [], set()
        for node_id in state.history:
            node = tree.nodes.get(node_id)
            if node is None or node.kind not in QUESTION_KINDS or not node.key or node_id in seen:
                continue
            if node.key not in state.answers:
                continue
            value = state.answers[node.key]
            label = None
            if node.kind == "choice":
                label = next((Msg(c.label) for c in node.choices if c.id == value), None)
                if label is None:
                    # a later question with the same key narrowed this answer (the
                    # residence tree's "special host", then which one): it lists it
                    continue
            seen.add(node_id)
            out.append((node_id, label or Msg("common-answer-value", {"value": value})))
        return out

    def path(self, state: DialogState) -> list[tuple[Msg, Msg]]:
        """The way here as (question, answer) pairs, the routing menu's first: what a
        person taking over the conversation reads to know the case."""
        out: list[tuple[Msg, Msg]] = []
        if state.parent:
            try:
                parent = DialogState.from_dict(state.parent)
                if parent.tree_id == MENU_TREE:
                    parent.parent = None  # behind the menu: a dialog left earlier, not this case
                out += self.path(parent)
            except (KeyError, ValueError):
                pass  # a menu that changed since: its part of the way is left out
        tree = self.trees[state.tree_id]
        ctx = self.context(state)
        for node_id, answer in self.answered(state):
            node = tree.nodes[node_id]
            out.append((Msg(node.text, self._args(node.args, ctx)), answer))
        return out

    def answer_labels(self, state: DialogState) -> tuple[Msg, ...]:
        return tuple(m for _, m in self.answered(state))

    def changeable(self, state: DialogState) -> bool:
        return bool(self.answered(state))

    def jump(self, state: DialogState, node_id: str) -> Step:
        """Back to an earlier question to answer it again. The answers given after
        it are kept aside and re-used when the way passes their questions again."""
        tree = self.trees[state.tree_id]
        if node_id not in state.history or node_id not in tree.nodes:
            return self._refuse(state, "error-stale-button")
        idx = len(state.history) - 1 - state.history[::-1].index(node_id)
        new = DialogState.from_dict(state.to_dict())
        new.answers.pop(MODE_KEY, None)
        keep = dict(new.answers.get(KEEP_KEY) or {})
        for later in new.history[idx + 1:] + [new.node]:
            key = tree.nodes[later].key if later in tree.nodes else None
            if key and key in new.answers:
                keep[key] = new.answers.pop(key)
        node = tree.nodes[node_id]
        if node.key:
            new.answers.pop(node.key, None)
        if keep:
            new.answers[KEEP_KEY] = keep
        else:
            new.answers.pop(KEEP_KEY, None)
        new.history = new.history[:idx]
        new.node = node_id
        return Step(new, self.view(new), True)

    def answer_ahead(self, state: DialogState, answers: dict[str, Any]) -> DialogState:
        """Answers known before their questions are asked (what a typed question's words
        said, dialogs/search): each question they answer is passed, as an answer the user
        gave, when the way reaches it and still offers that answer; the first question
        they do not answer is asked, and the rest wait for the way to reach theirs."""
        new = DialogState.from_dict(state.to_dict())
        keep = {**answers, **(new.answers.get(KEEP_KEY) or {})}
        if keep:
            new.answers[KEEP_KEY] = keep
        return self._reuse_kept(new, self.trees[new.tree_id])

    def _change_view(self, state: DialogState, tree: Tree, error) -> View:
        buttons = tuple(Button(GOTO + node_id, label) for node_id, label in self.answered(state))
        return View(
            tree_id=tree.id, node_id=state.node, kind="pick", text=Msg("change-title"),
            buttons=buttons, error=Msg(error[0], error[1]) if error else None,
        )

    def _toggle(self, state, tree, node, ctx, index: str) -> Step:
        items = self._items(tree, node.items, ctx, self._as_of(tree, ctx))
        if not is_number(index) or int(index) >= len(items):
            return self._refuse(state, "error-stale-button")
        new = DialogState.from_dict(state.to_dict())
        done = {k: list(v) for k, v in (new.answers.get(DONE_KEY) or {}).items()}
        ticked = done.setdefault(node.id, [])
        msg_id = items[int(index)].text.id
        if msg_id in ticked:
            ticked.remove(msg_id)
        else:
            ticked.append(msg_id)
        new.answers[DONE_KEY] = done
        return Step(new, self.view(new), True)

    def failed_checks(self, tree: Tree, node: Node, ctx: dict) -> list:
        """The blocking checks of a result that fail on the user's answers, in the
        order the result lists them. A check that reads an unknown value does not fail."""
        return [tree.blocking[b] for b in node.requires if b in tree.blocking and tree.blocking[b].when(lambda n: _lookup(ctx, n))]

    def past_headline(self, node: Node, ctx: dict) -> PastHeadline | None:
        """The first of a result's `past` headlines whose date is before today (Asia/Almaty)."""
        today = ctx["today"]
        for gone in node.past:
            day = _lookup(ctx, gone.date)
            if isinstance(day, dt.date) and day < today and (gone.when is None or gone.when(lambda n: _lookup(ctx, n))):
                return gone
        return None

    @staticmethod
    def _consequence(blocker) -> str:
        if blocker.consequence:
            return blocker.consequence
        return "common-blocked-merits" if blocker.merits else "common-blocked-not-accepted"

    def context(self, state: DialogState) -> dict[str, Any]:
        tree = self.trees[state.tree_id]
        types = tree.input_types()
        ctx: dict[str, Any] = {"today": self.today(), "_tree_id": tree.id}
        for key, value in state.answers.items():
            if types.get(key) == "date" and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            ctx[key] = value
        # the date that picks rule versions: computations may take it as an argument
        ctx["as_of"] = self._as_of(tree, ctx)
        for comp in tree.compute:
            kwargs = {arg: _lookup(ctx, name) for arg, name in comp.args.items()}
            if any(v is None for v in kwargs.values()):
                continue
            try:
                result = COMPUTATIONS[comp.fn](**kwargs)
            except (ValueError, LookupError):
                continue  # inputs out of the rule's domain: conditions see null
            for k, v in result.items():
                ctx[f"{comp.name}.{k}"] = v
        return ctx

    def citation(self, tree: Tree, cite_id: str, on: dt.date) -> Citation:
        if cite_id.startswith("param:"):
            return self.params.reference(cite_id[6:], on)
        return tree.citations[cite_id]

    # -- internals -------------------------------------------------------------
    def _where(self, state: DialogState) -> tuple[Tree, Node]:
        tree = self.trees[state.tree_id]
        node = tree.nodes.get(state.node)
        if node is None:
            raise KeyError(f"{state.tree_id}:{state.node} (call resume first)")
        return tree, node

    def _as_of(self, tree: Tree, ctx: dict) -> dt.date:
        if tree.as_of and isinstance(ctx.get(tree.as_of), dt.date):
            return ctx[tree.as_of]
        return ctx["today"]

    def _visible_choices(self, node: Node, ctx: dict):
        return [c for c in node.choices if c.when is None or c.when(lambda n: _lookup(ctx, n))]

    def _visible_links(self, node: Node, ctx: dict):
        return [(i, link) for i, link in enumerate(node.links) if link.when is None or link.when(lambda n: _lookup(ctx, n))]

    def _first(self, transitions, ctx) -> str:
        for t in transitions:
            if t.when is None or t.when(lambda n: _lookup(ctx, n)):
                return t.goto
        raise LookupError("no transition applies")  # the loader forbids this

    def _advance(self, state, tree, node, value, ctx=None) -> Step:
        if node.key and value is not None:
            # conditions on the next step see the fresh answer and what it computes
            probe = DialogState.from_dict(state.to_dict())
            probe.answers[node.key] = value.isoformat() if isinstance(value, dt.date) else value
            ctx = self.context(probe)
        target = self._first(node.next, ctx if ctx is not None else self.context(state))
        return self._move(state, tree, node, value, target)

    def _move(self, state, tree, node, value, target, sets=()) -> Step:
        if target.startswith(TREE_PREFIX) and target[len(TREE_PREFIX):] not in self.trees:
            return self._refuse(state, "error-stale-button")  # `check` reports such a tree as unknown
        if target.startswith(TREE_PREFIX):
            # Enter a service from a routing dialog; the routing state (before this
            # answer) is kept so Back leads to the same question again.
            new = self.start(target[len(TREE_PREFIX):])
            new.parent = state.to_dict()
            if state.tree_id == MENU_TREE:
                # a dialog left for the menu (menu_from) is let go once another service
                # is chosen: Back from the new one leads to the menu, and the way here
                # that a person taking over reads (path) holds this case alone
                new.parent.pop("parent", None)
            return Step(new, self.view(new), True)
        new = DialogState.from_dict(state.to_dict())
        if node.key and value is not None:
            new.answers[node.key] = value.isoformat() if isinstance(value, dt.date) else value
            self._forget_sets(new, node, node.key)
        self._apply_sets(new, sets)
        new.history.append(node.id)
        new.history = new.history[-MAX_HISTORY:]
        new.node = target
        new = self._reuse_kept(new, tree)
        return Step(new, self.view(new), True)

    def _reuse_kept(self, state: DialogState, tree: Tree) -> DialogState:
        """After a changed answer: pass the questions whose earlier answer still fits."""
        keep = state.answers.get(KEEP_KEY)
        for _ in range(len(tree.nodes)):
            if not keep:
                break
            node = tree.nodes.get(state.node)
            if node is None or node.kind not in QUESTION_KINDS or node.key not in keep:
                if node is not None and node.kind in ("result", "checklist"):
                    keep = {}
                break
            value = keep.pop(node.key)
            ctx = self.context(state)
            if node.kind == "choice" and value not in {c.id for c in self._visible_choices(node, ctx)}:
                break  # the old answer is no longer offered: ask again
            state.answers[node.key] = value
            try:
                if node.kind == "choice":
                    choice = next(c for c in node.choices if c.id == value)
                    self._apply_sets(state, choice.sets)  # "today" pressed again: the day of this change
                    state.node = self._first(choice.next, self.context(state))
                else:
                    state.node = self._first(node.next, self.context(state))
            except LookupError:
                state.answers.pop(node.key, None)
                break
            if state.node.startswith(TREE_PREFIX):
                state.answers.pop(node.key, None)
                state.node = node.id
                break
            state.history.append(node.id)
        if keep:
            state.answers[KEEP_KEY] = keep
        else:
            state.answers.pop(KEEP_KEY, None)
        return state

    @staticmethod
    def _forget_sets(state: DialogState, node: Node, key: str) -> None:
        """An answer given anew drops what an earlier press stored for it: the typed date
        replaces "today"'s, and another choice at a node whose "today" set a key unsets it."""
        marked = state.answers.pop(TODAY_KEYS, None) or []
        pressed_here = {k for c in node.choices for k, _ in c.sets}
        for k in pressed_here.intersection(marked):
            state.answers.pop(k, None)
        kept = [k for k in marked if k != key and k not in pressed_here]
        if kept:
            state.answers[TODAY_KEYS] = kept

    def _apply_sets(self, state: DialogState, sets) -> None:
        for key, value in sets:
            state.answers[key] = self.today().isoformat() if value == "today" else value
            if value == "today":
                state.answers[TODAY_KEYS] = sorted({*(state.answers.get(TODAY_KEYS) or ()), key})

    def _refuse(self, state, code, args=None) -> Step:
        return Step(state, self.view(state, (code, dict(args or {}))), False)

    def _parse(self, node: Node, text: str):
        spec = node.input
        if spec.type == "date":
            try:
                value = parse_user_date(text)
            except DateProblem as p:
                return None, p
            today = self.today()
            earliest = add_days(today, spec.min_days) if spec.min_days is not None else None
            latest = add_days(today, spec.max_days) if spec.max_days is not None else None
            if earliest and today <= earliest and add_days(today, -366) <= value < today:
                # a question about a day ahead, answered with a day of the past year:
                # the year is plausible, the day has passed
                return None, DateProblem("date-error-past", {"typed": text.strip(), "earliest": earliest})
            if (earliest and value < earliest) or (latest and value > latest):
                return None, DateProblem("date-error-range", {"typed": text.strip(), "earliest": earliest, "latest": latest})
            return value, None
        if spec.type == "number":
            typed = text.strip().replace("\u00a0", " ")
            # spaces only between groups of three ("1 000"): "1 2" is not read as 12
            if not _GROUPED_NUMBER.fullmatch(typed):
                return None, DateProblem("number-error-format")
            cleaned = typed.replace(" ", "")
            if len(cleaned) > 6:  # digits, but far beyond any limit: the range says what fits
                return None, DateProblem("number-error-range", {"min": spec.min, "max": spec.max})
            value = int(cleaned)
            if (spec.min is not None and value < spec.min) or (spec.max is not None and value > spec.max):
                return None, DateProblem("number-error-range", {"min": spec.min, "max": spec.max})
            return value, None
        if spec.type == "text":
            cleaned = " ".join(text.split())
            if not cleaned or len(cleaned) > spec.max_length:
                return None, DateProblem("text-error-length", {"max": spec.max_length})
            return cleaned, None
        if spec.type == "country":
            from ..law.countries import find_country

            code = find_country(text)
            if code is None:
                return None, DateProblem("country-error-unknown")
            return code, None
        raise ValueError(spec.type)

    def _track(self, node: Node, ctx: dict, outcome: str | None) -> dict | None:
        if not node.track:
            return None
        service = node.track.get("service", ctx.get("_tree_id"))
        if not offered_on(outcome, service, node.track.get("kind", "")):
            # ⚠️ (a known ground to refuse acceptance: no decision clock starts) or ☎️
            # (clarify before filing): no answer is due from what this screen says
            return None
        # kind and service are names; 'quoted' is a fixed value (which request a result is
        # about); anything else is an answer or a computed value
        out = {
            k: (v if k in ("kind", "service") else v[1:-1] if len(v) > 1 and v[0] == v[-1] == "'" else _lookup(ctx, v))
            for k, v in node.track.items()
        }
        out.setdefault("service", service)
        return out

    def _args(self, args: dict[str, str], ctx: dict) -> dict[str, Any]:
        return {k: _lookup(ctx, v) for k, v in args.items()}

    def _items(self, tree, items: tuple[Item, ...], ctx, as_of) -> tuple[ViewItem, ...]:
        out = []
        for item in items:
            if not item.in_force(as_of):
                continue
            if item.when is not None and not item.when(lambda n: _lookup(ctx, n)):
                continue
            out.append(
                ViewItem(
                    text=Msg(item.text, self._args(item.args, ctx)),
                    citations=tuple(self._cite(tree, item.cite, as_of)),
                    flag=item.flag,
                )
            )
        return tuple(out)

    def _cite(self, tree, cite_ids, on) -> list[Citation]:
        return [self.citation(tree, c, on) for c in cite_ids]


def _lookup(ctx: dict, name: str) -> Any:
    return ctx.get(name)


def _questions_left(tree: Tree, node_id: str, ctx: dict[str, Any]) -> tuple[int, int] | None:
    """(fewest, most): the questions (this one included) on the ways on from `node_id`
    to a result that answers the user's question (✅, or the documents), or, where no
    such result can follow, to any result; None where none can. Counted to any result,
    a ⛔ one question away made every question say "2 of about 2" while six more were
    to come; counted past the tree's conditions, a first permit's last questions each
    said "n of about n" (the extension results behind `permit.phase`, which a first
    permit never has, were nearer). So the ways follow every condition that no answer
    still to be given can change, as the engine will, and branch only where a question
    ahead decides; a way back to an earlier step (a result's "choose fewer months") is
    not counted. Cached per node and the values of those conditions."""
    ways = _ways(tree)
    ahead = ways.ahead(node_id)
    values = tuple(c(lambda n: ctx.get(n)) for c in ahead.decided)
    if values not in ahead.spans:
        ahead.spans[values] = ways.span(node_id, dict(zip(ahead.decided, values)))
    return ahead.spans[values]


@dataclass
class _Ahead:
    """What lies ahead of a node: the conditions on the ways on that no answer still
    to be given can change, and the span found for each way they came out."""

    decided: tuple  # of Condition
    spans: dict[tuple[bool, ...], tuple[int, int] | None] = field(default_factory=dict)


class _Ways:
    """A tree's ways forward, for the progress line: its transitions and choices, less
    the ways back (a screen that sends the user to answer an earlier question again:
    "choose fewer months", "the dates do not match")."""

    def __init__(self, tree: Tree):
        self.tree = tree
        self._ahead: dict[str, _Ahead] = {}
        self.reach = {nid: self._reach(nid) for nid in tree.nodes}  # every way, back ones too
        self.back: set[tuple[str, str]] = {
            (nid, goto) for nid, node in tree.nodes.items() if node.kind not in QUESTION_KINDS
            for goto in self._all(nid) if nid in self.reach[goto]
        }
        # a loop of questions alone, should a tree have one: cut where a depth-first walk
        # from the start comes back to a step still open
        done: set[str] = set()
        for root in [tree.start, *tree.nodes]:
            if root in done:
                continue
            done.add(root)
            stack, open_ = [(root, iter(self.on(root, {})))], {root}
            while stack:
                nid, rest = stack[-1]
                goto = next(rest, None)
                if goto is None:
                    stack.pop()
                    open_.discard(nid)
                elif goto in open_:
                    self.back.add((nid, goto))
                elif goto in tree.nodes and goto not in done:
                    done.add(goto)
                    open_.add(goto)
                    stack.append((goto, iter(self.on(goto, {}))))

    def _reach(self, start: str) -> set[str]:
        seen, todo = {start}, [start]
        while todo:
            for goto in self._all(todo.pop()):
                if goto not in seen:
                    seen.add(goto)
                    todo.append(goto)
        return seen

    def _all(self, nid: str) -> list[str]:
        return [g for g in _ways_on(self.tree.nodes[nid], {}) if g in self.tree.nodes]

    def on(self, nid: str, known: dict) -> list[str]:
        """Where `nid` leads forward, the conditions in `known` applied (another tree too)."""
        return [g for g in _ways_on(self.tree.nodes[nid], known) if (nid, g) not in self.back]

    def ahead(self, node_id: str) -> _Ahead:
        if node_id not in self._ahead:
            tree = self.tree
            seen = self.reach[node_id]  # a question a way back leads to may be answered anew
            still_asked = {tree.nodes[n].key for n in seen if tree.nodes[n].kind in QUESTION_KINDS and tree.nodes[n].key}
            conditions = dict.fromkeys(
                w for n in seen for w in [t.when for t in tree.nodes[n].next]
                + [w for c in tree.nodes[n].choices for w in [c.when] + [t.when for t in c.next]] if w is not None
            )
            decided = tuple(c for c in conditions if not answer_keys(tree, c.names) & still_asked)
            self._ahead[node_id] = _Ahead(decided)
        return self._ahead[node_id]

    def span(self, start: str, known: dict) -> tuple[int, int] | None:
        for goal in (_answers, _ends):
            fewest, most = self._counts(start, known, goal)
            if fewest is not None:
                return fewest, most
        return None

    def _counts(self, start: str, known: dict, goal: Callable[[Node], bool]) -> tuple[int | None, int | None]:
        """Questions on the shortest and the longest way forward from `start` (included)
        to a node `goal` accepts; another tree counts as reached. (None, None): no way."""
        memo: dict[str, tuple[int | None, int | None]] = {}

        def counts(nid: str) -> tuple[int | None, int | None]:
            node = self.tree.nodes[nid]
            if goal(node):
                return 0, 0
            if nid not in memo:
                memo[nid] = (None, None)  # forward ways never come back here
                found = [(0, 0) if g.startswith(TREE_PREFIX) else counts(g)
                         for g in self.on(nid, known) if g.startswith(TREE_PREFIX) or g in self.tree.nodes]
                found = [f for f in found if f[0] is not None]
                if found:
                    asks = 1 if node.kind in QUESTION_KINDS else 0
                    memo[nid] = (asks + min(f[0] for f in found), asks + max(f[1] for f in found))
            return memo[nid]

        return counts(start)


_WAYS: dict[int, _Ways] = {}  # id(tree) -> its ways (the tree is kept in them, so ids are not reused)


def _ways(tree: Tree) -> _Ways:
    ways = _WAYS.get(id(tree))
    if ways is None or ways.tree is not tree:
        ways = _WAYS[id(tree)] = _Ways(tree)
    return ways


def _ways_on(node: Node, known: dict) -> list[str]:
    """Where `node` may lead: of its transitions (and its choices'), those a decided
    condition (`known`: condition -> its value) does not rule out, up to the first one
    that surely applies."""
    out: list[str] = []
    groups = [node.next] + [c.next for c in node.choices if c.when is None or known.get(c.when) is not False]
    for transitions in groups:
        for t in transitions:
            holds = True if t.when is None else known.get(t.when)
            if holds is False:
                continue
            out.append(t.goto)
            if holds:
                break
    return out


def _answers(node: Node) -> bool:
    return node.kind == "checklist" or (node.kind == "result" and node.outcome == "eligible")


def _ends(node: Node) -> bool:
    return node.kind in ("result", "checklist")


def _trimmed(state: dict, parents: int) -> dict:
    """A state dict whose chain of parents stops after `parents` links (copied where cut)."""
    if not state.get("parent"):
        return state
    if parents <= 0:
        return {k: v for k, v in state.items() if k != "parent"}
    return {**state, "parent": _trimmed(state["parent"], parents - 1)}
