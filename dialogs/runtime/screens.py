"""Every screen a user can reach, measured against the limits of a phone screen.

`check` calls `measure_tree` for each tree: seeded random walks (representative
dates, numbers and countries for typed questions) until new walks stop finding new
nodes, then every node the walks missed is measured once on its own (with all its
items in force), and every collected screen is rendered in every complete language.

Limits (dialogs/runtime/render.py): the visible part of a result or info screen
≤ RESULT_MAX_CHARS (the folded notes and grounds are not counted), a list of
documents ≤ LIST_MAX_CHARS, a question
≤ QUESTION_MAX_CHARS, ≤ MAX_BUTTONS buttons (checklist ticks not counted), a button
label ≤ MAX_LABEL characters; the text ↗️ Share sends for a result or a list ≤
SHARE_MAX_CHARS (one Telegram message).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field, replace

from .engine import NEXT, QUESTION_KINDS, TICK, DialogState, Engine, Msg, Step, ViewItem
from .i18n import COMPLETE_LANGS
from ..model.loader import Problem
from .render import (
    ASK_PERSON_LABEL, LIST_MAX_CHARS, LONGEST_SHARE_LINK, MAX_BUTTONS, MAX_LABEL, QUESTION_MAX_CHARS, RESULT_MAX_CHARS,
    SHARE_MAX_CHARS, Renderer,
)
from ..model.schema import Tree

COUNTRIES = ("UZ", "KG", "TJ", "RU", "CN", "TR", "DE", "KZ", "AM", "IN")
DAY_OFFSETS = (0, 1, -1, 5, -5, 14, -14, 30, -30, 45, -45, 90, -90, 180, -180, 365, -365, 400, -400, 730, -730)
NUMBERS = (0, 1, 2, 3, 5, 6, 11, 12, 13, 24, 36, 60)
MAX_WALKS = 200
PATIENCE = 20  # walks in a row that find no new node: enough
MAX_STEPS = 80
SAMPLES_PER_NODE = 4  # distinct screens of one node that are rendered (the first found and a random few)


@dataclass
class Measure:
    """One tree in one language."""

    results: list[int] = field(default_factory=list)
    list_max: int = 0
    question_max: int = 0
    buttons_max: int = 0
    label_max: int = 0

    def as_json(self) -> dict:
        ordered = sorted(self.results)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else 0
        return {
            "result_max": ordered[-1] if ordered else 0,
            "result_p95": p95,
            "list_max": self.list_max,
            "question_max": self.question_max,
            "buttons_max": self.buttons_max,
            "label_max": self.label_max,
        }


def collect_states(engine: Engine, tree: Tree, seed: int = 9) -> tuple[dict[str, list[DialogState]], set[str]]:
    """Reachable states per node: seeded random walks until they stop finding nodes,
    then one state for each node no walk reached (returned as `missed`)."""
    rng = random.Random(f"{tree.id}:{seed}")
    found: dict[str, dict[str, DialogState]] = {}
    menu = engine.menu()
    parent = menu.to_dict() if menu is not None and tree.id != menu.tree_id else None

    def keep(state: DialogState) -> bool:
        bucket = found.setdefault(state.node, {})
        key = json.dumps(state.answers, sort_keys=True, default=str)
        new_node = len(bucket) == 0
        if key not in bucket:
            bucket[key] = DialogState.from_dict(state.to_dict())
        return new_node

    idle = 0
    for _ in range(MAX_WALKS):
        state = engine.start(tree.id)
        state.parent = parent
        fresh = keep(state)
        view = None
        for _ in range(MAX_STEPS):
            step = _random_step(engine, state, view, rng)
            if step is None or step.state.tree_id != tree.id:
                break
            state, view = step.state, step.view
            fresh = keep(state) or fresh
        idle = 0 if fresh else idle + 1
        if idle >= PATIENCE:
            break
    # aim at what the walks missed: from the states found at its parents, try every
    # representative answer
    parents = tree.parents()
    for node_id in [n for n in tree.nodes if n not in found]:
        for parent_id in parents.get(node_id, []):
            for state in list(found.get(parent_id, {}).values())[:2]:
                for step in _every_step(engine, state):
                    if step.state.tree_id == tree.id and step.state.node == node_id:
                        keep(step.state)
                        break
                if node_id in found:
                    break
            if node_id in found:
                break
    missed = set(tree.nodes) - set(found)
    for node_id in missed:
        state = engine.start(tree.id)
        state.node, state.parent = node_id, parent
        keep(state)
    return {node: list(bucket.values()) for node, bucket in found.items()}, missed


def _with_every_item(engine: Engine, tree: Tree, state: DialogState, view):
    """A node no walk reached: measured with every item in force, conditions aside."""
    ctx = engine.context(state)
    node = tree.nodes[state.node]
    on = ctx["as_of"]
    items = tuple(
        ViewItem(Msg(i.text, {k: ctx.get(v) for k, v in i.args.items()}), tuple(engine.citation(tree, c, on) for c in i.cite), i.flag)
        for i in tuple(n for n in node.notes if n.lead) + node.items if i.in_force(on)
    )
    if view.outcome == "not_ready" or not items:
        return view
    ticked = (False,) * len(items) if view.kind == "checklist" else ()
    return replace(view, items=items, ticked=ticked)


def _random_step(engine: Engine, state: DialogState, view, rng: random.Random) -> Step | None:
    tree = engine.trees[state.tree_id]
    node = tree.nodes[state.node]
    if node.kind == "choice":
        view = view or engine.view(state)
        if not view.buttons:
            return None
        return engine.choose(state, rng.choice([b.action for b in view.buttons if b.action.startswith("c:")] or [view.buttons[0].action]))
    if node.kind == "input":
        for _ in range(6):
            step = engine.answer_text(state, _typed(node, engine.today(), rng))
            if step.accepted:
                return step
        return None
    if node.next:
        if node.kind == "checklist" and rng.random() < 0.3:
            view = view or engine.view(state)
            if view.items:
                return engine.choose(state, f"{TICK}{rng.randrange(len(view.items))}")
        return engine.choose(state, NEXT)
    return None


def _every_step(engine: Engine, state: DialogState):
    """Each representative answer at `state`, one step each (lazily)."""
    node = engine.trees[state.tree_id].nodes[state.node]
    if node.kind == "choice":
        for choice in node.choices:
            yield engine.choose(state, "c:" + choice.id)
    elif node.kind == "input":
        for text in _all_typed(node, engine.today()):
            step = engine.answer_text(state, text)
            if step.accepted:
                yield step
    elif node.next:
        yield engine.choose(state, NEXT)


def _all_typed(node, today: dt.date) -> list[str]:
    spec = node.input
    if spec.type == "date":
        lo = spec.min_days if spec.min_days is not None else -3650
        hi = spec.max_days if spec.max_days is not None else 3650
        offsets = sorted({d for d in DAY_OFFSETS if lo <= d <= hi} | {lo, hi} | set(range(max(lo, -3), min(hi, 10) + 1)))
        return [(today + dt.timedelta(days=d)).strftime("%d.%m.%Y") for d in offsets]
    if spec.type == "number":
        lo = spec.min if spec.min is not None else 0
        hi = spec.max if spec.max is not None else 100
        return [str(n) for n in sorted({n for n in NUMBERS if lo <= n <= hi} | {lo, hi} | set(range(lo, min(hi, lo + 13) + 1)))]
    if spec.type == "country":
        return list(COUNTRIES)
    return ["Test"]


def _typed(node, today: dt.date, rng: random.Random) -> str:
    spec = node.input
    if spec.type == "date":
        lo = spec.min_days if spec.min_days is not None else -3650
        hi = spec.max_days if spec.max_days is not None else 3650
        offsets = [d for d in DAY_OFFSETS if lo <= d <= hi] + [lo, hi, rng.randint(lo, hi)]
        return (today + dt.timedelta(days=rng.choice(offsets))).strftime("%d.%m.%Y")
    if spec.type == "number":
        lo = spec.min if spec.min is not None else 0
        hi = spec.max if spec.max is not None else 100
        numbers = [n for n in NUMBERS if lo <= n <= hi] + [lo, hi, rng.randint(lo, hi)]
        return str(rng.choice(numbers))
    if spec.type == "country":
        return rng.choice(COUNTRIES)
    return "Test"


def measure_tree(engine: Engine, renderer: Renderer, tree: Tree, langs=COMPLETE_LANGS) -> tuple[dict, list[Problem]]:
    """trees[<id>].screens as `check --json` reports it, and one problem per node and
    language over a limit (its worst screen)."""
    states, missed = collect_states(engine, tree)
    rng = random.Random(f"{tree.id}:samples")
    measures = {lang: Measure() for lang in langs}
    problems: list[Problem] = []
    for node_id in tree.nodes:
        samples = states.get(node_id, [])
        if len(samples) > SAMPLES_PER_NODE:
            samples = samples[:1] + rng.sample(samples[1:], SAMPLES_PER_NODE - 1)
        node = tree.nodes[node_id]
        question = node.kind in QUESTION_KINDS
        listing = node.kind == "checklist"
        limit = QUESTION_MAX_CHARS if question else LIST_MAX_CHARS if listing else RESULT_MAX_CHARS
        views = []
        for state in samples:
            try:
                view = engine.view(state)
                if node_id in missed:
                    view = _with_every_item(engine, tree, state, view)
                views.append((view, bool(state.history or state.parent)))
            except (KeyError, LookupError, ValueError, TypeError):
                continue  # a node reached only with answers the walks did not give
        for lang in langs:
            m = measures[lang]
            worst_chars, worst_buttons, worst_label, worst_share = 0, 0, "", 0
            for view, back in views:
                r = renderer.render(view, lang, can_go_back=back)
                if view.kind in ("result", "checklist"):
                    worst_share = max(worst_share, len(renderer.share_text(view, lang, link=LONGEST_SHARE_LINK)))
                chars = len(r.text)
                labels = [l for a, l in r.buttons if not a.startswith(TICK)]
                if view.kind == "result" and view.outcome == "ask_person":  # "🙋 Ask a person" in Telegram
                    labels.append(renderer.t(lang, ASK_PERSON_LABEL))
                buttons = len(labels)
                label = max(labels, key=len, default="")
                if question:
                    m.question_max = max(m.question_max, chars)
                elif listing:
                    m.list_max = max(m.list_max, chars)
                else:
                    m.results.append(chars)
                m.buttons_max = max(m.buttons_max, buttons)
                m.label_max = max(m.label_max, len(label))
                worst_chars = max(worst_chars, chars)
                worst_buttons = max(worst_buttons, buttons)
                worst_label = max(worst_label, label, key=len)
            over = []
            if worst_chars > limit:
                kind = "question" if question else "list" if listing else "result"
                over.append(f"{kind} screen {worst_chars} characters > {limit}")
            if worst_buttons > MAX_BUTTONS:
                over.append(f"{worst_buttons} buttons > {MAX_BUTTONS}")
            if worst_share > SHARE_MAX_CHARS:
                over.append(f"shared text {worst_share} characters > {SHARE_MAX_CHARS}")
            if len(worst_label) > MAX_LABEL:
                over.append(f"button label {worst_label!r} {len(worst_label)} characters > {MAX_LABEL}")
            if over:
                problems.append(Problem(tree.source_file, node_id, f"screen.{lang}", "; ".join(over)))
    return {lang: m.as_json() for lang, m in measures.items()}, problems
