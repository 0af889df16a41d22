"""The content author's check: trees, locales and citations, every problem named.

Finds: broken tree files; unknown, unreachable and dead-end nodes; conditions and
arguments that read names nothing sets; a legal fact without a citation; a citation
to an unknown source or whose quote is not in the named seed; message ids missing
in any complete locale; parameters whose quotes are not in their seed.
"""

from __future__ import annotations

import datetime as dt
import inspect

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .model.citations import SeedLibrary, Source, load_sources
from .model.compute import COMPUTATIONS
from .model.entry import answer_keys
from .runtime.i18n import COMPLETE_LANGS, LOCALES_DIR, Localizer
from .model.loader import TREES_DIR, Problem, read_tree
from .law.parameters import load_parameters
from .model.schema import Tree

# Message ids the code itself uses (bot chrome); trees add theirs.
_CODE_MESSAGE = re.compile(r"""["']((?:button|error|date-error|number-error|country-error|text-error|hint-input|grounds|quotes|welcome|menu|help|language|mydata|forget|cmd|chat|common|source|tracking|status|item|reminder|calendar|roster|staff|link|progress|answers|change|checklist|share|services|deeplink|handoff)-[a-z0-9-]+)["']""")


SOURCE_LANG = "ru"  # the language the legal texts are in: every translation is made from it


def default_seeds_dir() -> Path:
    env = os.environ.get("SHARED_DIR")
    base = Path(env) if env else Path(__file__).resolve().parent.parent.parent / "shared"
    return base / "seeds"


@dataclass
class Report:
    trees: dict[str, dict] = field(default_factory=dict)
    locales: dict[str, dict] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_json(self) -> dict:
        return {
            "trees": self.trees,
            "locales": self.locales,
            "errors": [e.as_json() for e in self.errors],
        }


def run_check(
    trees_dir: Path = TREES_DIR,
    locales_dir: Path | None = None,
    seeds_dir: Path | None = None,
    code_dirs: list[Path] | None = None,
) -> Report:
    report = Report()
    seeds = SeedLibrary(seeds_dir or default_seeds_dir())
    sources = load_sources()
    localizer = Localizer(locales_dir or LOCALES_DIR, cache=False)  # check always reads the sources
    for p in localizer.problems:
        report.errors.append(Problem(p.split(":")[0], "", "", p.split(":", 1)[1].strip()))

    needed: dict[str, set[str]] = {}  # message id -> where used
    parsed = [(path, *read_tree(path)) for path in sorted(trees_dir.glob("*.yaml"))]
    all_tree_ids = {tree.id for _, tree, _ in parsed if tree}
    for path, tree, problems in parsed:
        report.errors.extend(problems)
        if tree is None:
            continue
        errs = _check_tree(tree, sources, seeds, all_tree_ids)
        report.errors.extend(errs)
        for msg, where in _tree_messages(tree):
            needed.setdefault(msg, set()).add(where)
        report.trees[tree.id] = {
            "file": path.name,
            "version": tree.version,
            "nodes": len(tree.nodes),
            "citations": _count_citations(tree),
            "blocking_checks": _blocking_report(tree),
        }

    for param in load_parameters():
        for v in param.values:
            report.errors.extend(_check_citation(v.reference, sources, seeds, "parameters", param.name, "reference"))
            if v.reference.label:
                needed.setdefault(v.reference.label, set()).add(f"dialogs/parameters: {param.name}")
    for src in sources.values():
        needed.setdefault(src.title, set()).add("dialogs/sources/*.yaml")
        needed.setdefault(src.point, set()).add("dialogs/sources/*.yaml")
        if src.point_item:
            needed.setdefault(src.point_item, set()).add("dialogs/sources/*.yaml")
        if src.status == "outside-seeds" and not (src.url and src.retrieved):
            report.errors.append(Problem("sources", src.id, "url", "a source outside the seeds needs url and retrieved"))
        elif src.status == "outside-seeds" and src.text and not seeds.exists(src.text):
            report.errors.append(Problem("sources", src.id, "text", f"text file {src.text!r} not found under the shared dir"))
        elif src.status != "outside-seeds" and not (src.seed and seeds.exists(src.seed)):
            report.errors.append(Problem("sources", src.id, "seed", f"seed file {src.seed!r} not found"))

    report.errors.extend(_check_order_222_versions([tree for _, tree, _ in parsed if tree is not None], sources))
    citations = {tree.id: set(tree.citations) for _, tree, _ in parsed if tree is not None}
    report.errors.extend(_check_schedules(needed, citations=citations))
    report.errors.extend(_check_track_offers([tree for _, tree, _ in parsed if tree is not None]))

    for code_dir in code_dirs or _default_code_dirs():
        for py in code_dir.rglob("*.py"):
            for m in _CODE_MESSAGE.finditer(py.read_text(encoding="utf-8")):
                needed.setdefault(m.group(1), set()).add(str(py.relative_to(code_dir.parent)))

    report.errors.extend(_check_arguments(parsed, localizer))
    report.errors.extend(_check_search({t.id: t for _, t, _ in parsed if t}, localizer))  # issue 15
    report.errors.extend(_check_screens(parsed, localizer, report))

    report.errors.extend(_check_translated_variables(localizer))
    for lang in localizer.languages:
        missing = sorted(m for m in needed if not localizer.has(lang, m))
        report.locales[lang] = {"messages": len(localizer.ids[lang]), "missing": missing}
        if lang in COMPLETE_LANGS:
            for m in missing:
                report.errors.append(Problem(f"locales/{lang}", "", m, f"message missing (used in {', '.join(sorted(needed[m]))})"))
    for lang in COMPLETE_LANGS:
        if lang not in localizer.languages:
            report.errors.append(Problem(f"locales/{lang}", "", "", "locale folder missing"))
    return report


def _check_screens(parsed, localizer: Localizer, report: Report) -> list[Problem]:
    """The limits of a phone screen over every reachable screen in every complete
    language (dialogs/runtime/screens.py): reported per tree as `screens`, an error per
    node and language over a limit. Trees that failed to load are skipped."""
    from .runtime.engine import Engine
    from .runtime.render import Renderer
    from .runtime.screens import measure_tree

    trees = {tree.id: tree for _, tree, problems in parsed if tree is not None}
    engine = Engine(trees)
    renderer = Renderer(localizer)
    errs: list[Problem] = []
    # a language without its folder is reported as missing, not measured in Russian
    langs = tuple(l for l in COMPLETE_LANGS if l in localizer.languages)
    for tree in trees.values():
        try:
            screens, problems = measure_tree(engine, renderer, tree, langs=langs)
        except Exception as e:  # a tree the engine cannot walk: the other checks say why
            errs.append(Problem(tree.source_file, "", "screens", f"cannot explore the screens: {e!r}"))
            continue
        report.trees[tree.id]["screens"] = screens
        errs.extend(problems)
    return errs


def _check_translated_variables(localizer: Localizer) -> list[Problem]:
    """A translation says what the Russian message says with the same { $variables }: one
    that writes a value in (en «art. 97(1)» for «ст. 97, п. { $point }») shows it whatever
    the tree passes, and one that drops a date drops a legal fact."""
    errs = []
    for lang in COMPLETE_LANGS:
        if lang == SOURCE_LANG or lang not in localizer.languages:
            continue
        for msg in sorted(localizer.ids.get(SOURCE_LANG, ())):
            if not localizer.has(lang, msg):
                continue  # reported as missing
            ours, theirs = localizer.variables_of(SOURCE_LANG, msg), localizer.variables_of(lang, msg)
            if ours != theirs:
                diff = ", ".join([f"${v} dropped" for v in sorted(ours - theirs)] + [f"${v} added" for v in sorted(theirs - ours)])
                errs.append(Problem(f"locales/{lang}", "", msg, f"its variables differ from the ru message's: {diff}"))
    return errs


def _check_arguments(parsed, localizer: Localizer) -> list[Problem]:
    """A tree's message must get every { $variable } it uses, in every language;
    otherwise the user would see a raw placeholder."""
    errs = []
    for _path, tree, _problems in parsed:
        if tree is None:
            continue
        for node in tree.nodes.values():
            uses = [("text", node.text, node.args)] + [
                (f"{fld}[{i}]", item.text, item.args)
                for fld, items in (("items", node.items), ("notes", node.notes))
                for i, item in enumerate(items)
            ] + [(f"past[{i}]", gone.text, gone.args) for i, gone in enumerate(node.past)]
            for fld, msg, args in uses:
                for lang in COMPLETE_LANGS:
                    needed_vars = localizer.variables_of(lang, msg)
                    missing = sorted(needed_vars - set(args))
                    if missing:
                        errs.append(Problem(tree.source_file, node.id, fld, f"{lang} message {msg!r} uses ${', $'.join(missing)} but gets no such argument"))
    return errs


def _check_schedules(needed: dict[str, set[str]], directory: Path | None = None,
                     citations: dict[str, set[str]] | None = None) -> list[Problem]:
    """Reminder schedules: their computation exists, their messages and cited
    parameters (or citations of the service's tree, by id: `citations`) too."""
    from .tracking.schedule import SCHEDULES_DIR, load_schedules

    errs = []
    try:
        schedules = load_schedules(directory or SCHEDULES_DIR)
    except (ValueError, KeyError, TypeError) as e:
        return [Problem("schedules", "", "", f"cannot load: {e}")]
    params = {p.name for p in load_parameters()}
    citations = citations or {}
    for (service, kind), sched in schedules.items():
        where = f"schedules/{service}.yaml"
        if sched.fn not in COMPUTATIONS:
            errs.append(Problem(where, kind, "compute", f"unknown computation {sched.fn!r}"))
        if not isinstance(sched.counts_from_acceptance, bool):
            errs.append(Problem(where, kind, "counts_from_acceptance", "say true (the answer to an accepted application: "
                                "not offered on a ⚠️ or ☎️ screen) or false (a permit, status or duty the user has whatever happens to a filing)"))
        for occ in sched.occasions:
            needed.setdefault(occ.text, set()).add(f"{where}:{kind}.{occ.id}")
            if not occ.cite:
                errs.append(Problem(where, kind, occ.id, "a reminder states a legal date: cite its parameter"))
            errs += [Problem(where, kind, occ.id, e) for e in _unknown_cites(occ.cite, params, citations.get(service, ()))]
        if sched.name:
            needed.setdefault(sched.name, set()).add(f"{where}:{kind}.name")
        else:
            errs.append(Problem(where, kind, "name", "say what the item is (a message id): /status and its reminders lead with it"))
        for line in sched.status:
            needed.setdefault(line.text, set()).add(f"{where}:{kind}.status")
            if not line.cite:
                errs.append(Problem(where, kind, f"status {line.text}", "a /status line states legal dates: cite their grounds"))
            errs += [Problem(where, kind, f"status {line.text}", e) for e in _unknown_cites(line.cite, params, citations.get(service, ()))]
        for end in sched.ends:
            needed.setdefault(end.text, set()).add(f"{where}:{kind}.ends")
            if not end.cite:
                errs.append(Problem(where, kind, "ends", "what an ended item means is a legal fact: cite its parameter"))
            errs += [Problem(where, kind, "ends", e) for e in _unknown_cites(end.cite, params, citations.get(service, ()))]
    return errs


def _unknown_cites(cites, params, citation_ids) -> list[str]:
    """What a `cite:` names that does not exist: a parameter (`param:<name>`), or a
    citation id of the tree (for a schedule, of its service's tree)."""
    out = []
    for c in cites:
        if c.startswith("param:"):
            if c[6:] not in params:
                out.append(f"unknown parameter {c[6:]!r}")
        elif c not in citation_ids:
            out.append(f"unknown citation {c!r}")
    return out


def _check_track_offers(trees: list[Tree]) -> list[Problem]:
    """Every "🔔 Remind me" (`track:`) names a kind its service has a schedule for and
    gives every input that schedule reads, so the press can always be saved. A ☎️ or ⛔
    result never offers the answer to an application (the engine drops it: nothing on
    the screen says the application will be accepted), so such a `track:` is refused."""
    from .tracking.schedule import ACCEPTANCE_OUTCOMES, load_schedules

    try:
        schedules = load_schedules()
    except (ValueError, KeyError, TypeError):
        return []  # _check_schedules says why
    errs = []
    for tree in trees:
        for node in tree.nodes.values():
            if not node.track:
                continue
            service = node.track.get("service", tree.id)
            sched = schedules.get((service, node.track.get("kind", "")))
            if sched is None:
                errs.append(Problem(tree.source_file, node.id, "track", f"no reminder schedule for {service}/{node.track.get('kind')}"))
                continue
            if node.outcome not in ACCEPTANCE_OUTCOMES and sched.counts_from_acceptance is not False:
                errs.append(Problem(tree.source_file, node.id, "track", f"{service}/{sched.kind} is the answer to an accepted application: "
                                    f"a result with outcome {node.outcome} never offers it (remove the track; /track saves a filing made)"))
            given = set(node.track) - {"service", "kind", "label"}
            fn = COMPUTATIONS.get(sched.fn)
            optional = {n for n, p in inspect.signature(fn).parameters.items() if p.default is not p.empty} if fn else set()
            for arg, name in sched.fn_args:
                if name not in given and arg not in optional:
                    errs.append(Problem(tree.source_file, node.id, "track", f"{service}/{sched.kind} reads {name!r}: give it"))
            for name in sorted(given - {name for _, name in sched.fn_args}):
                errs.append(Problem(tree.source_file, node.id, "track", f"{name!r} is not read by {service}/{sched.kind}"))
    return errs


def _check_search(trees: dict[str, Tree], localizer: Localizer) -> list[Problem]:
    """Typed-question entry points (dialogs/search/*.yaml): targets exist, synonyms and titles in ru, kk, en."""
    from .search.check import check_search

    return check_search(trees, localizer)


def _default_code_dirs() -> list[Path]:
    root = Path(__file__).resolve().parent.parent
    return [root / "bot", root / "dialogs"]


def _count_citations(tree: Tree) -> int:
    n = 0
    for node in tree.nodes.values():
        n += len(node.cite) + sum(len(i.cite) for i in node.items + node.notes) + sum(len(g.cite) for g in node.past)
    return n


def _tree_messages(tree: Tree):
    yield tree.title, tree.source_file
    for c in tree.citations.values():
        if c.label:
            yield c.label, tree.source_file
    for node in tree.nodes.values():
        where = f"{tree.source_file}:{node.id}"
        yield node.text, where
        for c in node.choices:
            yield c.label, where
        for item in node.items + node.notes:
            yield item.text, where
        for link in node.links:
            yield link.label, where
        for gone in node.past:
            yield gone.text, where
    # a failed check's headline and what follows from it replace a result's text
    for bid, b in tree.blocking.items():
        where = f"{tree.source_file}:blocking.{bid}"
        yield b.text, where
        if b.consequence:
            yield b.consequence, where


def _check_citation(c, sources: dict[str, Source], seeds: SeedLibrary, file, node, fld) -> list[Problem]:
    src = sources.get(c.source)
    if src is None:
        return [Problem(file, node, fld, f"unknown source {c.source!r} (see dialogs/sources/*.yaml)")]
    if src.seed and seeds.exists(src.seed) and not _quoted(seeds, src.seed, c):
        return [Problem(file, node, fld, f"quote not found in seed {src.seed}: {c.quote[:60]!r}")]
    if src.text and seeds.exists(src.text) and not _quoted(seeds, src.text, c):
        return [Problem(file, node, fld, f"quote not found in {src.text}: {c.quote[:60]!r}")]
    return []


def _quoted(seeds: SeedLibrary, seed: str, c) -> bool:
    """The citation's words are the seed's, character for character (quotation marks
    included); a quote in passages may span a page break, and nothing else."""
    return seeds.contains_passages(seed, c.passages) if c.passages else seeds.contains(seed, c.quote)


def _check_tree(tree: Tree, sources, seeds, all_tree_ids: set[str] | None = None) -> list[Problem]:
    f = tree.source_file
    errs: list[Problem] = []
    for cid, c in tree.citations.items():
        errs.extend(_check_citation(c, sources, seeds, f, "", f"citations.{cid}"))

    if tree.start not in tree.nodes:
        errs.append(Problem(f, "", "start", f"unknown node {tree.start!r}"))
    for comp in tree.compute:
        if comp.fn not in COMPUTATIONS:
            errs.append(Problem(f, "", f"compute.{comp.name}", f"unknown computation {comp.fn!r}; known: {', '.join(sorted(COMPUTATIONS))}"))

    known_names = {"today", "as_of"} | {n.key for n in tree.nodes.values() if n.key}
    computed_prefixes = {c.name + "." for c in tree.compute}

    def known(name: str) -> bool:
        return name in known_names or any(name.startswith(p) for p in computed_prefixes)

    param_names = {p.name for p in load_parameters()}

    def check_cites(node_id, fld, cite_ids):
        errs.extend(Problem(f, node_id, fld, m) for m in _unknown_cites(cite_ids, param_names, tree.citations))

    for node in tree.nodes.values():
        for target in node.successors():
            if target.startswith("tree:"):
                if all_tree_ids is not None and target[5:] not in all_tree_ids:
                    errs.append(Problem(f, node.id, "next", f"unknown tree {target[5:]!r}"))
            elif target not in tree.nodes:
                errs.append(Problem(f, node.id, "next", f"unknown node {target!r}"))
        if node.kind == "choice" and not any(c.when is None for c in node.choices):
            errs.append(Problem(f, node.id, "choices", "every choice is conditional: the question may show no buttons"))
        check_cites(node.id, "cite", node.cite)
        for fld, items in (("items", node.items), ("notes", node.notes)):
            for i, item in enumerate(items):
                check_cites(node.id, f"{fld}[{i}].cite", item.cite)
                if item.legal and not item.cite:
                    errs.append(Problem(f, node.id, f"{fld}[{i}]", f"legal fact {item.text!r} has no citation (cite it, or mark legal: false)"))
                for arg in item.args.values():
                    if not known(arg):
                        errs.append(Problem(f, node.id, f"{fld}[{i}].args", f"{arg!r} is never set"))
        if node.legal and node.kind == "info" and not node.cite:
            errs.append(Problem(f, node.id, "cite", "an info node states a legal fact: cite it, or mark legal: false"))
        reasons = node.items + tuple(n for n in node.notes if n.lead)  # a leading note is a visible bullet
        if node.kind == "result" and node.outcome != "info" and not (node.cite or any(i.cite for i in reasons)):
            errs.append(Problem(f, node.id, "items", "a result needs at least one cited reason"))
        if node.kind == "checklist" and not node.items:
            errs.append(Problem(f, node.id, "items", "a checklist without documents"))
        for arg in node.args.values():
            if not known(arg):
                errs.append(Problem(f, node.id, "args", f"{arg!r} is never set"))
        for i, gone in enumerate(node.past):
            check_cites(node.id, f"past[{i}].cite", gone.cite)
            for arg in (gone.date, *gone.args.values()):
                if not known(arg):
                    errs.append(Problem(f, node.id, f"past[{i}]", f"{arg!r} is never set"))
        conds = [t.when for t in node.next] + [c.when for c in node.choices] + [i.when for i in node.items + node.notes]
        conds += [g.when for g in node.past]
        conds += [t.when for c in node.choices for t in c.next]
        for cond in conds:
            if cond is None:
                continue
            for name in cond.names:
                if not known(name):
                    errs.append(Problem(f, node.id, "if", f"condition reads {name!r}, which nothing sets"))

    for where, cond in _all_conditions(tree):
        for day in sorted(cond.dates):
            errs.append(Problem(
                f, where[0], where[1],
                f"condition writes the date {day.isoformat()}: a date from a legal act is data (dialogs/parameters, "
                f"e.g. order_222.yaml); read it through a computation (e.g. o222.earliest, o222.july)",
            ))

    errs.extend(_graph_problems(tree))
    errs.extend(_verdict_problems(tree, known, check_cites))
    return errs


def _all_conditions(tree: Tree):
    """Every condition of a tree, with (node, field) for the report."""
    for bid, b in tree.blocking.items():
        yield ("", f"blocking.{bid}.if"), b.when
    for node in tree.nodes.values():
        for i, t in enumerate(node.next):
            if t.when is not None:
                yield (node.id, f"next[{i}].if"), t.when
        for c in node.choices:
            if c.when is not None:
                yield (node.id, f"choices.{c.id}.if"), c.when
            for i, t in enumerate(c.next):
                if t.when is not None:
                    yield (node.id, f"choices.{c.id}.next[{i}].if"), t.when
        for fld, items in (("items", node.items), ("notes", node.notes)):
            for i, item in enumerate(items):
                if item.when is not None:
                    yield (node.id, f"{fld}[{i}].if"), item.when
        for i, link in enumerate(node.links):
            if link.when is not None:
                yield (node.id, f"links[{i}].if"), link.when
        for i, gone in enumerate(node.past):
            if gone.when is not None:
                yield (node.id, f"past[{i}].if"), gone.when


def _check_order_222_versions(trees: list[Tree], sources: dict[str, Source]) -> list[Problem]:
    """The acts order No. 222 amends change wording on the day its p.4 names
    (`excepted_paragraphs_from` in dialogs/parameters/order_222.yaml). A rule version
    written with the schema's own dates — an item's or a parameter value's
    effective_from / effective_until, where it cites an act of the order's seed — must
    start on that day or end on the day before it, so the data stays the one source."""
    order = sources.get("order-222")
    if order is None or "order_222_dates" not in COMPUTATIONS:
        return []
    dates = COMPUTATIONS["order_222_dates"](today=dt.date.today())
    starts, ends = dates["july"], dates["interim_until"]
    amended = {sid for sid, src in sources.items() if src.seed and src.seed == order.seed}
    errs: list[Problem] = []

    def versions(file, node, fld, effective_from, effective_until):
        if effective_from is not None and effective_from != starts:
            errs.append(Problem(file, node, f"{fld}.effective_from", f"{effective_from.isoformat()}: the rules order 222 amends change on {starts.isoformat()} (order_222.excepted_paragraphs_from)"))
        if effective_until is not None and effective_until != ends:
            errs.append(Problem(file, node, f"{fld}.effective_until", f"{effective_until.isoformat()}: the order's transitional wording ends on {ends.isoformat()} (the day before order_222.excepted_paragraphs_from)"))

    for tree in trees:
        if not any(c.source in amended for c in tree.citations.values()):
            continue
        for node in tree.nodes.values():
            for fld, items in (("items", node.items), ("notes", node.notes)):
                for i, item in enumerate(items):
                    versions(tree.source_file, node.id, f"{fld}[{i}]", item.effective_from, item.effective_until)
    for param in load_parameters():
        for i, v in enumerate(param.values):
            if v.reference.source in amended:
                versions("parameters", param.name, f"values[{i}]", v.effective_from, v.effective_until)
    return errs


def _keys_before(tree: Tree) -> dict[str, set[str]]:
    """For each node, the answers that may be given on some path to it."""
    parents = tree.parents()
    out: dict[str, set[str]] = {}
    for nid in tree.nodes:
        seen, todo, keys = set(), list(parents[nid]), set()
        while todo:
            p = todo.pop()
            if p in seen:
                continue
            seen.add(p)
            if tree.nodes[p].key:
                keys.add(tree.nodes[p].key)
            todo.extend(parents[p])
        out[nid] = keys
    return out


def _blocking_report(tree: Tree) -> dict:
    return {
        bid: {
            "reads": sorted(answer_keys(tree, b.when.names)),
            "required_by": sorted(n.id for n in tree.nodes.values() if bid in n.requires),
        }
        for bid, b in tree.blocking.items()
    }


def _verdict_problems(tree: Tree, known, check_cites) -> list[Problem]:
    """A verdict follows from every fact that decides it: a ✅ result must require
    each blocking check whose answers can be given on the way to it; a ✅ never sits
    above a conditional warning; a ⛔ or ☎️ result offers a way on."""
    f = tree.source_file
    errs: list[Problem] = []
    for bid, b in tree.blocking.items():
        check_cites("", f"blocking.{bid}.cite", b.cite)
        for name in b.when.names:
            if not known(name):
                errs.append(Problem(f, "", f"blocking.{bid}.if", f"condition reads {name!r}, which nothing sets"))
        for arg in b.args.values():
            if not known(arg):
                errs.append(Problem(f, "", f"blocking.{bid}.args", f"{arg!r} is never set"))
    before = _keys_before(tree)
    # the date that picks a rule's version (as_of) does not make a check fail on its own:
    # a check is "reachable" through the answers it tests, not the day they are tested on
    reads = {bid: answer_keys(tree, b.when.names, through_as_of=False) for bid, b in tree.blocking.items()}
    for node in tree.nodes.values():
        for bid in node.requires:
            if bid not in tree.blocking:
                errs.append(Problem(f, node.id, "requires", f"unknown blocking check {bid!r}"))
        for i, link in enumerate(node.links):
            if link.when is not None:
                for name in link.when.names:
                    if not known(name):
                        errs.append(Problem(f, node.id, f"links[{i}].if", f"condition reads {name!r}, which nothing sets"))
        if node.kind != "result":
            continue
        if node.outcome == "eligible":
            for bid, keys in reads.items():
                if keys & before[node.id] and bid not in node.requires:
                    errs.append(Problem(
                        f, node.id, "requires",
                        f"shows ✅ while blocking check {bid!r} can fail here (it reads {', '.join(sorted(keys & before[node.id]))}): add it to requires",
                    ))
            for fld, items in (("items", node.items), ("notes", node.notes)):
                for i, item in enumerate(items):
                    if item.flag == "warning" and item.when is not None:
                        errs.append(Problem(
                            f, node.id, f"{fld}[{i}]",
                            "a ✅ above a conditional warning: make it a blocking check (blocking:, requires:)",
                        ))
        if node.outcome in ("not_eligible", "ask_person") and not node.links and not node.next:
            errs.append(Problem(
                f, node.id, "links",
                "a ⛔ or ☎️ result must offer a way on: a link to the service that fits, or an official contact (links:)",
            ))
    return errs


def _graph_problems(tree: Tree) -> list[Problem]:
    f = tree.source_file
    errs = []
    if tree.start not in tree.nodes:
        return errs
    seen, todo = set(), [tree.start]
    while todo:
        nid = todo.pop()
        if nid in seen or nid not in tree.nodes:
            continue
        seen.add(nid)
        todo.extend(t for t in tree.nodes[nid].successors() if not t.startswith("tree:"))
    for nid in tree.nodes:
        if nid not in seen:
            errs.append(Problem(f, nid, "", "unreachable from start"))
    # every reachable node must be able to reach a terminal result or checklist
    can_finish = {nid for nid, n in tree.nodes.items() if n.terminal or any(t.startswith("tree:") for t in n.successors())}
    changed = True
    while changed:
        changed = False
        for nid, n in tree.nodes.items():
            if nid not in can_finish and any(s in can_finish for s in n.successors()):
                can_finish.add(nid)
                changed = True
    for nid in seen:
        if nid not in can_finish:
            errs.append(Problem(f, nid, "next", "dead end: no path from here reaches a result"))
    return errs
