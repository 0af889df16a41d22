"""What each dialog step tells staff, without telling them who: the events of a
dialog, read from the state before and after a step (bot/telegram/conversation.py
calls `observe` on every save).

    start   a service dialog began (from the menu, a link, /services, a typed question;
            Restart inside it is not a new start)
    step    a question answered (node, and for a choice the index of the choice picked)
    back    Back or Restart inside the dialog
    move    any other move (a changed answer, a link to another node)
    result  a result screen shown, with its verdict kind (✅ eligible, ⛔ not_eligible,
            ☎️ ask_person, ⚠️ not_ready, ℹ️ info)
    handoff the user was handed to a person (`Analytics.handoff`, called by the hand-off)

The per-dialog token is random (`secrets`), held in the user's conversation state only
while the dialog lasts (`MARK_KEY`), and written to the database only beside events.
"""

from __future__ import annotations

import logging
import secrets

from dialogs.runtime.engine import DialogState, Engine

log = logging.getLogger(__name__)

MARK_KEY = "stats"  # in the FSM data: [dialog token, history length when the dialog started]
NOT_SERVICES = frozenset({"start", "track", "search"})  # the menu, tracking, typed-question picks


class Analytics:
    def __init__(self, engine: Engine, events, metrics=None):
        self.engine = engine
        self.events = events  # storage.analytics.AnalyticsLog (or anything with .record)
        self.metrics = metrics
        self._counters: dict[str, object] = {}

    def is_service(self, tree_id: str | None) -> bool:
        return tree_id is not None and tree_id in self.engine.trees and tree_id not in NOT_SERVICES

    def observe(self, old: dict | None, new: dict | None, mark: list | None, lang: str, view=None) -> list | None:
        """Record what moving from `old` to `new` means; return the mark to keep. Never raises.
        `view`: the engine's view of `new` when the step computed it already (a result's
        verdict is read from it instead of being worked out a second time)."""
        try:
            return self._observe(old, new, mark, lang, view)
        except Exception as e:  # noqa: BLE001 - statistics never break a dialog
            log.warning("analytics: step not classified (%s)", type(e).__name__)
            return None

    def handoff(self, service: str, node: str, lang: str) -> None:
        """The seam for the hand-off to a person (issue 11): call once per hand-off opened.
        Counted per service in /stats and on the staff page; never raises."""
        try:
            self.events.record("handoff", service, node, lang)
            if self.metrics is not None:
                self.metrics.handoffs.inc()
        except Exception as e:  # noqa: BLE001
            log.warning("analytics: hand-off not recorded (%s)", type(e).__name__)

    # ---------------------------------------------------------------------------
    def _observe(self, old: dict | None, new: dict | None, mark: list | None, lang: str, view=None) -> list | None:
        if new is None or not self.is_service(new.get("tree_id")):
            return None  # left the service: where it was left is its last event
        service, node = new["tree_id"], new["node"]
        history = new.get("history") or []
        same = old is not None and old.get("tree_id") == service
        if same and old.get("node") == node and (old.get("history") or []) == history:
            return mark  # a tick on a list, the same screen again: not a step
        # Restart and Back stay in the same dialog; entering the service again (the menu,
        # a link, /services, a typed question) is a new one
        if not same or not isinstance(mark, list) or len(mark) != 2:
            token = secrets.token_hex(8)
            mark = [token, len(history)]
            self._emit("start", service, node, lang, depth=0, dialog=token)
            self._result_if_any(new, service, node, lang, 0, token, view)
            return mark
        token, base = str(mark[0]), int(mark[1])
        depth = max(len(history) - base, 0)
        old_history = old.get("history") or []
        old_node = old.get("node")
        if history and history[-1] == old_node and history[:-1] == old_history:
            self._emit("step", service, old_node, lang, reached=node, answer=self._answer(self.engine.trees[service], old_node, new),
                       depth=depth, dialog=token)
            self._result_if_any(new, service, node, lang, depth, token, view)
        elif len(history) < len(old_history):
            self._emit("back", service, old_node, lang, reached=node, depth=depth, dialog=token)
        else:
            self._emit("move", service, old_node, lang, reached=node, depth=depth, dialog=token)
            self._result_if_any(new, service, node, lang, depth, token, view)
        return mark

    def _result_if_any(self, new: dict, service: str, node: str, lang: str, depth: int, token: str, view=None) -> None:
        if _kind(self.engine.trees[service], node) != "result":
            return
        # the verdict as shown: a result whose blocking check failed is ⚠️ not ready
        if view is None or view.node_id != node or view.tree_id != service:
            view = self.engine.view(DialogState.from_dict(new))
        outcome = view.outcome
        self._emit("result", service, node, lang, outcome=outcome, depth=depth, dialog=token)

    @staticmethod
    def _answer(tree, node_id: str, new: dict) -> int | None:
        node = tree.nodes.get(node_id)
        if node is None or node.kind != "choice" or not node.key:
            return None  # a typed value is never recorded, only that the question was answered
        picked = (new.get("answers") or {}).get(node.key)
        for i, choice in enumerate(node.choices):
            if choice.id == picked:
                return i
        return None

    def _emit(self, kind: str, service: str, node: str, lang: str, **fields) -> None:
        self.events.record(kind, service, node, lang, **fields)
        if self.metrics is not None:
            counter = self._counters.get(kind)
            if counter is None:  # labels() takes a lock and a lookup: its child is kept per kind
                counter = self._counters[kind] = self.metrics.dialog_events.labels(kind)
            counter.inc()


def _kind(tree, node_id: str | None) -> str | None:
    node = tree.nodes.get(node_id) if node_id else None
    return node.kind if node is not None else None
