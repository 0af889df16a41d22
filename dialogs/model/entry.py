"""Where a link to a node of a tree opens.

A deep link or a staff link may name a node past the tree's first questions
(`labour-permit__no-work-yet`: "you may not work without a permit"). Every way to that
node answers some questions first. Those whose answer decides whether the person
gets there at all (their citizenship: an EAEU citizen needs no permit), which leads
them different ways (a filing today, or on a date they type), or which the screens
after it read, cannot be taken as given: the link opens at the first of them, and
the person walks on from there. A link opens the node itself only when no question
on the way to it is one of those.
"""

from __future__ import annotations

from .schema import Node, Tree


def answer_keys(tree: Tree, names, through_as_of: bool = True) -> set[str]:
    """The answers a set of names reads, through the tree's computations
    (`permit.extension_opens` reads what `permit`'s arguments read) and, with
    `through_as_of`, `as_of` (the tree's date answer, when it has one)."""
    keys = {n.key for n in tree.nodes.values() if n.key}
    comps = {c.name: c for c in tree.compute}
    out: set[str] = set()
    todo, seen = list(names), set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name == "as_of" and through_as_of:
            todo.extend([tree.as_of] if tree.as_of else [])
        if name in keys:
            out.add(name)
        comp = comps.get(name.split(".", 1)[0])
        if comp is not None:
            todo.extend(comp.args.values())
    return out


def names_read(node: Node) -> set[str]:
    """Every name a node's screen or routing reads: conditions, arguments, what it tracks."""
    names: set[str] = set(node.args.values()) | set(node.track.values())
    conditions = [t.when for t in node.next]
    for c in node.choices:
        conditions.append(c.when)
        conditions.extend(t.when for t in c.next)
    for item in (*node.items, *node.notes):
        conditions.append(item.when)
        names.update(item.args.values())
    for link in node.links:
        conditions.append(link.when)
    for gone in node.past:
        conditions.append(gone.when)
        names.add(gone.date)
        names.update(gone.args.values())
    for when in conditions:
        if when is not None:
            names.update(when.names)
    return names


def _reachable(tree: Tree, sources, without: str | None = None) -> set[str]:
    seen: set[str] = set()
    todo = [s for s in sources if s != without]
    while todo:
        nid = todo.pop()
        if nid in seen or nid not in tree.nodes:
            continue
        seen.add(nid)
        todo.extend(t for t in tree.nodes[nid].successors() if t != without)
    return seen


def _on_every_way(tree: Tree, target: str) -> list[str]:
    """The nodes every way from the start to `target` passes, nearest the start first."""
    depth: dict[str, int] = {tree.start: 0}
    order = [tree.start]
    for nid in order:  # breadth first: the order along any way to the target
        for t in tree.nodes[nid].successors():
            if t in tree.nodes and t not in depth:
                depth[t] = depth[nid] + 1
                order.append(t)
    if target not in depth:
        return []
    return [nid for nid in order if nid != target and depth[nid] < depth[target]
            and target not in _reachable(tree, [tree.start], without=nid)]


def link_entry(tree: Tree, target: str) -> str:
    """The node a link to `target` opens: the first question on every way to it whose
    answer matters on the way there or after it: one of its answers cannot lead there,
    its answers lead different ways, or its answer is read anywhere after it. The
    target itself when there is none. A question whose own link button leads to the
    target (one tap, whatever the answer) does not count."""
    for nid in _on_every_way(tree, target):
        node = tree.nodes[nid]
        if not node.key:
            continue  # an information screen: nothing to answer
        if target in _reachable(tree, [link.goto for link in node.links if link.goto], without=nid):
            continue
        after = _reachable(tree, node.successors())
        if node.key in answer_keys(tree, set().union(*(names_read(tree.nodes[n]) for n in after))):
            return nid
        ways = [[t.goto for t in c.next] for c in node.choices] or [[t.goto] for t in node.next]
        if len({tuple(sorted(way)) for way in ways}) > 1 or any(target not in _reachable(tree, way, without=nid) for way in ways):
            return nid
    return target
