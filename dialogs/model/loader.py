"""Reads tree files into `schema` objects, reporting every problem with file, node and field."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .yamlio import load_yaml

from .citations import Citation, citation_from_dict
from .conditions import Condition, ConditionError
from .schema import (
    INPUT_TYPES,
    ITEM_FLAGS,
    NODE_KINDS,
    OUTCOMES,
    PASSED,
    Blocker,
    Choice,
    Computation,
    Link,
    InputSpec,
    Item,
    Node,
    PastHeadline,
    Transition,
    Tree,
)

TREES_DIR = Path(__file__).resolve().parent.parent / "trees"


@dataclass(frozen=True)
class Problem:
    file: str
    node: str
    field: str
    message: str

    def __str__(self) -> str:
        where = ":".join(p for p in (self.file, self.node, self.field) if p)
        return f"{where}: {self.message}"

    def as_json(self) -> dict:
        return {"file": self.file, "node": self.node, "field": self.field, "message": self.message}


class TreeLoadError(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class _Reader:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, node: str, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, node, field, message))

    def check_keys(self, node: str, field: str, mapping: Any) -> None:
        """YAML reads an unquoted `on:` or `yes:` key as a boolean: a silent bug."""
        for k in (mapping or {}):
            if not isinstance(k, str):
                self.problem(node, field, f"key {k!r} is not a name; quote it (YAML reads {_YAML_BOOLEAN_WORDS} as booleans)")

    def condition(self, node: str, field: str, text: Any) -> Condition | None:
        if text is None:
            return None
        try:
            return Condition(str(text))
        except ConditionError as e:
            self.problem(node, field, str(e))
            return None

    def date(self, node: str, field: str, value: Any) -> dt.date | None:
        if value in (None, ""):
            return None
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.problem(node, field, f"not a date: {value!r}")
            return None

    def cites(self, node: str, field: str, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(node, field, "cite must be a citation id or a list of them")
            return ()
        return tuple(value)

    def transitions(self, node: str, field: str, value: Any) -> tuple[Transition, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            return (Transition(goto=value),)
        if not isinstance(value, list):
            self.problem(node, field, "next must be a node id or a list of {if, goto}")
            return ()
        out = []
        for i, row in enumerate(value):
            f = f"{field}[{i}]"
            if not isinstance(row, dict) or "goto" not in row:
                self.problem(node, f, "each rule needs goto")
                continue
            out.append(Transition(goto=str(row["goto"]), when=self.condition(node, f + ".if", row.get("if"))))
        if out and out[-1].when is not None:
            self.problem(node, field, "the last rule must have no `if` (the default), or the dialog can dead-end")
        return tuple(out)

    def items(self, node: str, field: str, value: Any) -> tuple[Item, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(node, field, "must be a list")
            return ()
        out = []
        for i, row in enumerate(value):
            f = f"{field}[{i}]"
            if isinstance(row, str):
                row = {"text": row}
            if not isinstance(row, dict) or not row.get("text"):
                self.problem(node, f, "an item needs text (a message id)")
                continue
            flag = row.get("flag")
            if flag is not None and flag not in ITEM_FLAGS:
                self.problem(node, f + ".flag", f"unknown flag {flag!r}; one of {', '.join(ITEM_FLAGS)}")
            self.check_keys(node, f + ".args", row.get("args"))
            out.append(
                Item(
                    text=str(row["text"]),
                    args=_str_map(row.get("args")),
                    cite=self.cites(node, f + ".cite", row.get("cite")),
                    when=self.condition(node, f + ".if", row.get("if")),
                    effective_from=self.date(node, f + ".effective_from", row.get("effective_from")),
                    effective_until=self.date(node, f + ".effective_until", row.get("effective_until")),
                    flag=flag,
                    legal=bool(row.get("legal", True)),
                    lead=bool(row.get("lead", False)),
                )
            )
        return tuple(out)


    def links(self, node: str, field: str, value: Any) -> tuple[Link, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(node, field, "must be a list of {label, goto} or {label, url}")
            return ()
        out = []
        for i, row in enumerate(value):
            f = f"{field}[{i}]"
            if not isinstance(row, dict) or not row.get("label") or bool(row.get("goto")) == bool(row.get("url")):
                self.problem(node, f, "a link needs label and exactly one of goto or url")
                continue
            url = row.get("url")
            if url and not str(url).startswith("https://"):
                self.problem(node, f + ".url", "a link url must start with https://")
            out.append(
                Link(
                    label=str(row["label"]),
                    goto=str(row["goto"]) if row.get("goto") else None,
                    url=str(url) if url else None,
                    when=self.condition(node, f + ".if", row.get("if")),
                )
            )
        return tuple(out)

    def past(self, node: str, value: Any) -> tuple[PastHeadline, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(node, "past", "must be a list of {date, text, cite}")
            return ()
        out = []
        for i, row in enumerate(value):
            f = f"past[{i}]"
            if not isinstance(row, dict) or not row.get("date") or not row.get("text"):
                self.problem(node, f, "a past headline needs date (the answer or computed date it is about) and text")
                continue
            outcome = str(row.get("outcome", PASSED))
            if outcome not in OUTCOMES + (PASSED,):
                self.problem(node, f + ".outcome", f"one of {', '.join(OUTCOMES + (PASSED,))}")
            cite = self.cites(node, f + ".cite", row.get("cite"))
            if not cite:
                self.problem(node, f + ".cite", "what a gone date means, and what to do now, is a legal fact: cite it")
            self.check_keys(node, f + ".args", row.get("args"))
            remind = row.get("remind", outcome != PASSED)
            if not isinstance(remind, bool):
                self.problem(node, f + ".remind", "true or false")
            out.append(
                PastHeadline(
                    date=str(row["date"]),
                    text=str(row["text"]),
                    args=_str_map(row.get("args")),
                    cite=cite,
                    outcome=outcome,
                    remind=bool(remind),
                    when=self.condition(node, f + ".if", row.get("if")),
                )
            )
        return tuple(out)

    def blockers(self, value: Any) -> dict[str, Blocker]:
        out: dict[str, Blocker] = {}
        for bid, spec in (value or {}).items():
            f = f"blocking.{bid}"
            if not isinstance(spec, dict) or not spec.get("if") or not spec.get("text"):
                self.problem("", f, "a blocking check needs if (when the application would be refused) and text")
                continue
            self.check_keys("", f + ".args", spec.get("args"))
            when = self.condition("", f + ".if", spec.get("if"))
            cite = self.cites("", f + ".cite", spec.get("cite"))
            if not cite:
                self.problem("", f + ".cite", "cite the point on which the application is refused")
            if when is None:
                continue
            out[str(bid)] = Blocker(
                id=str(bid),
                when=when,
                text=str(spec["text"]),
                args=_str_map(spec.get("args")),
                cite=cite,
                consequence=str(spec["consequence"]) if spec.get("consequence") else None,
                merits=bool(spec.get("merits", False)),
                ended=bool(spec.get("ended", False)),
            )
        return out


def _str_map(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in (value or {}).items()}


_YAML_BOOLEAN_WORDS = "yes/no/on/off/true/false"


def read_tree(path: Path) -> tuple[Tree | None, list[Problem]]:
    """Parse one tree file; returns the tree (if it could be built) and every problem found."""
    r = _Reader(path.name)
    try:
        raw = load_yaml(path)
    except yaml.YAMLError as e:
        r.problem("", "", f"not valid YAML: {e}")
        return None, r.problems
    if not isinstance(raw, dict):
        r.problem("", "", "a tree file must be a mapping")
        return None, r.problems
    for fld in ("id", "version", "title", "start", "nodes"):
        if fld not in raw:
            r.problem("", fld, "missing")
    if r.problems:
        return None, r.problems

    citations: dict[str, Citation] = {}
    for cid, c in (raw.get("citations") or {}).items():
        try:
            citations[str(cid)] = citation_from_dict(c, f"citation {cid}")
        except ValueError as e:
            r.problem("", f"citations.{cid}", str(e))

    compute = []
    for name, spec in (raw.get("compute") or {}).items():
        if not isinstance(spec, dict) or "fn" not in spec:
            r.problem("", f"compute.{name}", "needs fn")
            continue
        r.check_keys("", f"compute.{name}.args", spec.get("args"))
        compute.append(Computation(name=str(name), fn=str(spec["fn"]), args=_str_map(spec.get("args"))))

    nodes: dict[str, Node] = {}
    raw_nodes = raw.get("nodes")
    if not isinstance(raw_nodes, dict) or not raw_nodes:
        r.problem("", "nodes", "must be a non-empty mapping of node id to node")
        return None, r.problems
    for nid, spec in raw_nodes.items():
        nid = str(nid)
        node = _read_node(r, nid, spec)
        if node:
            nodes[nid] = node

    tree = Tree(
        id=str(raw["id"]),
        version=int(raw["version"]),
        title=str(raw["title"]),
        start=str(raw["start"]),
        nodes=nodes,
        citations=citations,
        compute=tuple(compute),
        as_of=raw.get("as_of"),
        source_file=path.name,
        blocking=r.blockers(raw.get("blocking")),
    )
    return tree, r.problems


def _read_node(r: _Reader, nid: str, spec: Any) -> Node | None:
    if not isinstance(spec, dict):
        r.problem(nid, "", "a node must be a mapping")
        return None
    kind = spec.get("kind")
    if kind not in NODE_KINDS:
        r.problem(nid, "kind", f"unknown kind {kind!r}; one of {', '.join(NODE_KINDS)}")
        return None
    if not spec.get("text"):
        r.problem(nid, "text", "missing message id")

    choices = []
    if kind == "choice":
        if not spec.get("key"):
            r.problem(nid, "key", "a choice node stores its answer under key")
        for i, c in enumerate(spec.get("choices") or []):
            f = f"choices[{i}]"
            if not isinstance(c, dict) or not c.get("id") or not c.get("label"):
                r.problem(nid, f, "a choice needs id and label")
                continue
            nxt = r.transitions(nid, f + ".next", c.get("next"))
            if not nxt:
                r.problem(nid, f + ".next", "a choice must lead somewhere")
            sets = c.get("sets") or {}
            if not isinstance(sets, dict) or any(v != "today" for v in sets.values()):
                r.problem(nid, f + ".sets", "sets maps an answer key to today (the day of the press)")
                sets = {}
            choices.append(Choice(id=str(c["id"]), label=str(c["label"]), next=nxt, when=r.condition(nid, f + ".if", c.get("if")),
                                  sets=tuple((str(k), str(v)) for k, v in sets.items())))
        if not choices:
            r.problem(nid, "choices", "a choice node needs choices")
        ids = [c.id for c in choices]
        if len(set(ids)) != len(ids):
            r.problem(nid, "choices", "choice ids must be unique")

    input_spec = None
    if kind == "input":
        raw_in = spec.get("input") or {}
        itype = raw_in.get("type")
        if itype not in INPUT_TYPES:
            r.problem(nid, "input.type", f"one of {', '.join(INPUT_TYPES)}")
        if not spec.get("key"):
            r.problem(nid, "key", "an input node stores its answer under key")
        input_spec = InputSpec(
            type=str(itype),
            min_days=raw_in.get("min_days"),
            max_days=raw_in.get("max_days"),
            min=raw_in.get("min"),
            max=raw_in.get("max"),
            max_length=raw_in.get("max_length", 64),
        )

    outcome = spec.get("outcome")
    if kind == "result" and outcome not in OUTCOMES:
        r.problem(nid, "outcome", f"one of {', '.join(OUTCOMES)}")
    if spec.get("requires") and kind != "result":
        r.problem(nid, "requires", "only a result has blocking checks")
    if spec.get("past") and kind != "result":
        r.problem(nid, "past", "only a result has headlines for dates gone")
    if spec.get("routed_by_today") is not None and (kind not in ("result", "input", "choice") or not isinstance(spec.get("routed_by_today"), bool)):
        r.problem(nid, "routed_by_today", "true or false, on a result or a question")

    for fld in ("items", "notes"):
        for i, row in enumerate(spec.get(fld) or ()):
            if isinstance(row, dict) and row.get("lead") and (fld != "notes" or kind != "result"):
                r.problem(nid, f"{fld}[{i}].lead", "only a result's note leads the visible bullets")

    r.check_keys(nid, "args", spec.get("args"))
    nxt = r.transitions(nid, "next", spec.get("next"))
    if kind in ("info", "input") and not nxt:
        r.problem(nid, "next", f"an {kind} node must lead somewhere")

    return Node(
        id=nid,
        kind=kind,
        text=str(spec.get("text", "")),
        args=_str_map(spec.get("args")),
        key=spec.get("key"),
        choices=tuple(choices),
        input=input_spec,
        next=nxt,
        items=r.items(nid, "items", spec.get("items")),
        notes=r.items(nid, "notes", spec.get("notes")),
        cite=r.cites(nid, "cite", spec.get("cite")),
        outcome=outcome,
        legal=bool(spec.get("legal", kind in ("info", "result"))),
        track=_str_map(spec.get("track")),
        requires=r.cites(nid, "requires", spec.get("requires")),
        links=r.links(nid, "links", spec.get("links")),
        past=r.past(nid, spec.get("past")),
        routed_by_today=bool(spec.get("routed_by_today", False)),
    )


def load_trees(directory: Path = TREES_DIR, cache: bool = True) -> dict[str, Tree]:
    """Load every tree; raise TreeLoadError listing the problems if any file is broken.
    Unchanged files come from the start-up cache (dialogs/model/cache.py)."""
    from .cache import cached, code_bytes, collector_paused, digest

    paths = sorted(directory.glob("*.yaml"))
    key = digest([p.name.encode() + b"\0" + p.read_bytes() for p in paths] + code_bytes("model/schema", "model/loader", "model/conditions", "model/citations"))
    with collector_paused():
        return cached("trees", key, lambda: _load_trees(paths), enabled=cache)


def _load_trees(paths: list[Path]) -> dict[str, Tree]:
    trees: dict[str, Tree] = {}
    problems: list[Problem] = []
    for path in paths:
        tree, found = read_tree(path)
        problems.extend(found)
        if tree:
            if tree.id in trees:
                problems.append(Problem(path.name, "", "id", f"duplicate tree id {tree.id!r}"))
            trees[tree.id] = tree
    if problems:
        raise TreeLoadError(problems)
    return trees
