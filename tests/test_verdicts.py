"""Issue 8 core: a known refusal ground flips the headline, and `check` enforces it."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from dialogs import check as check_mod
from dialogs.check import run_check
from dialogs.model.compute import COMPUTATIONS
from dialogs.runtime.engine import Engine
from dialogs.model.loader import load_trees, read_tree
from dialogs.runtime.render import TRACK as RENDER_TRACK, Renderer
from dialogs.runtime.screens import collect_states
from dialogs.tracking.schedule import SCHEDULES_DIR, default_schedules
from tests.scripted import walk

TREE = """
id: demo
version: 1
title: demo-title
start: passport
compute:
  passport:
    fn: document_validity
    args: {valid_until: passport_until, day: today}
citations:
  refusal:
    source: labour-permit-article
    point: "15"
    quote: "мотивированный отказ в приеме документов"
blocking:
  passport-expired:
    if: "passport.expired == true"
    text: demo-blocked
    args: {until: passport_until}
    cite: refusal
nodes:
  passport:
    kind: input
    text: demo-q
    key: passport_until
    input: {type: date}
    next: ok
  ok:
    kind: result
    outcome: eligible
    text: demo-ok
    {requires}
    items:
      - {text: demo-reason, cite: refusal}
    links:
      - {label: common-link-egov, url: "https://egov.kz"}
"""


def _tree(tmp_path: Path, requires: str) -> Path:
    d = tmp_path / "trees"
    d.mkdir(exist_ok=True)
    p = d / "demo.yaml"
    p.write_text(textwrap.dedent(TREE).replace("{requires}", requires), encoding="utf-8")
    return p


def test_a_failed_blocking_check_turns_the_tick_into_not_ready(tmp_path):
    tree, problems = read_tree(_tree(tmp_path, "requires: [passport-expired]"))
    assert not problems
    engine = Engine({"demo": tree}, today=lambda: dt.date(2026, 12, 1))
    state = engine.start("demo")
    expired = engine.answer_text(state, "30.11.2026").view
    valid = engine.answer_text(state, "01.12.2026").view
    assert expired.outcome == "not_ready" and expired.text.id == "demo-blocked"
    assert expired.text.args == {"until": dt.date(2026, 11, 30)}
    assert [i.text.id for i in expired.items] == ["common-blocked-not-accepted"]
    assert expired.items[0].citations[0].point == "15"
    assert valid.outcome == "eligible" and valid.text.id == "demo-ok"
    # the web link is a button on both
    assert [b.action for b in valid.buttons] == ["url:https://egov.kz"]


def test_check_fails_a_tick_that_does_not_require_a_check_it_can_fail(tmp_path):
    _tree(tmp_path, "")
    report = run_check(trees_dir=tmp_path / "trees")
    msgs = [str(e) for e in report.errors if e.file == "demo.yaml"]
    assert any("ok:requires" in m and "passport-expired" in m for m in msgs), msgs
    _tree(tmp_path, "requires: [passport-expired]")
    report = run_check(trees_dir=tmp_path / "trees")
    assert not [e for e in report.errors if e.file == "demo.yaml" and e.field == "requires"]
    assert report.trees["demo"]["blocking_checks"] == {"passport-expired": {"reads": ["passport_until"], "required_by": ["ok"]}}


def test_filing_after_hours_or_on_a_day_off_is_accepted_the_next_working_day():
    accept = COMPUTATIONS["filing_acceptance"]
    friday, saturday, monday = dt.date(2026, 12, 4), dt.date(2026, 12, 5), dt.date(2026, 12, 7)
    assert accept(filed=friday, after_hours="no") == {"accepted_on": friday, "moved": False}
    assert accept(filed=friday, after_hours="after-hours")["accepted_on"] == monday
    assert accept(filed=saturday, after_hours="no")["accepted_on"] == monday


# -- "🔔 Remind me" on a screen that does not say the application will be accepted --------
def test_a_not_ready_screen_does_not_offer_the_answer_to_the_application():
    """Review stop 23 H1. An ID expired before the acceptance day: the application is
    refused acceptance and no decision clock starts (KR App. 8; QR p.15 part 5 sub-point 2),
    so the ⚠️ screen offers no "🔔" that would save "Application filed: answer by …".
    The same answers with a valid ID still offer it."""
    engine = Engine(load_trees(), today=lambda: dt.date(2026, 12, 7))
    kandas = ("c:assign", "c:today", "c:in-hours", "c:yes", "c:no", "c:docs", "c:none", "c:regions", "c:foreign")
    _, valid = walk(engine, "kandas", *kandas, "07.12.2026")
    _, expired = walk(engine, "kandas", *kandas, "06.12.2026")
    assert valid.outcome == "eligible" and valid.track["kind"] == "application"
    assert expired.outcome == "not_ready" and expired.track is None
    assert RENDER_TRACK not in Renderer.actions(expired) and RENDER_TRACK in Renderer.actions(valid)
    quota = ("c:today", "c:in-hours", "c:kandas", "c:no", "c:yes", "c:no", "30.06.2027")  # the kandas certificate runs to 30.06.2027
    _, valid = walk(engine, "regional-quota", *quota, "31.12.2030", "c:no")
    _, expired = walk(engine, "regional-quota", *quota, "06.12.2026", "c:no")
    assert valid.outcome == "eligible" and valid.track["kind"] == "application"
    assert expired.outcome == "not_ready" and expired.track is None


def test_a_not_ready_screen_still_offers_what_the_user_holds():
    """A permit held ends on its day whatever becomes of the extension: a ⚠️ screen (here
    a 028/у older than 12 months) still offers to remind of its end and extension window."""
    engine = Engine(load_trees(), today=lambda: dt.date(2026, 12, 10))
    extension = ("c:immigrant", "c:other", "c:yes", "31.12.2026", "6", "3", "10.12.2026", "c:in-hours", "31.12.2030", "c:yes")
    _, view = walk(engine, "labour-permit", *extension, "c:yes", "01.12.2025", "c:yes", "31.12.2027")
    assert view.node_id == "extension-now" and view.outcome == "not_ready" and view.text.id == "lp-block-medical"
    assert view.track["kind"] == "permit" and view.track["expiry"] == dt.date(2026, 12, 31)


def test_no_screen_but_a_tick_or_a_filing_made_offers_the_answer_to_an_application():
    """Every reachable result of every tree: the answer to an application (a schedule
    `counts_from_acceptance: true`) is offered only on ✅ (you can file) and ℹ️ (you
    filed); on ⚠️, ☎️ and ⛔ only what stays true whatever becomes of a filing."""
    trees = load_trees()
    engine = Engine(trees, today=lambda: dt.date(2026, 12, 7))
    schedules = default_schedules()
    withheld = 0
    for tree in trees.values():
        states, _ = collect_states(engine, tree)
        for node_id, found in states.items():
            node = tree.nodes[node_id]
            if node.kind != "result" or not node.track:
                continue
            schedule = schedules[(node.track.get("service", tree.id), node.track["kind"])]
            assert isinstance(schedule.counts_from_acceptance, bool), (schedule.service, schedule.kind)
            for state in found:
                view = engine.view(state)
                gone = engine.past_headline(node, engine.context(state))
                if gone is not None and not gone.remind and view.outcome != "not_ready":
                    assert view.track is None, (tree.id, node_id)  # a date gone: nothing left to remind of
                    continue
                if view.outcome in ("eligible", "info") or not schedule.counts_from_acceptance:
                    assert view.track is not None, (tree.id, node_id, view.outcome)
                else:
                    assert view.track is None, (tree.id, node_id, view.outcome)
                    withheld += 1
    assert withheld >= 10  # the walks reach ⚠️ screens of several services


def test_check_refuses_the_answer_to_an_application_on_a_clarify_first_result(tmp_path):
    """A ☎️ result never offers it (the engine drops it), so `check` says to remove it;
    and every schedule kind must say whether it counts from an accepted application."""
    path = _tree(tmp_path, "")
    text = path.read_text(encoding="utf-8").replace("outcome: eligible", "outcome: ask_person")
    path.write_text(text.replace("    text: demo-ok\n", "    text: demo-ok\n    track: {service: labour-permit, kind: application, filed_on: passport_until}\n"), encoding="utf-8")
    report = run_check(trees_dir=tmp_path / "trees")
    msgs = [str(e) for e in report.errors if e.file == "demo.yaml" and e.field == "track"]
    assert any("accepted application" in m and "ask_person" in m for m in msgs), msgs
    schedules = tmp_path / "schedules"
    schedules.mkdir()
    for p in SCHEDULES_DIR.glob("*.yaml"):
        (schedules / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    citations = {tid: set(tree.citations) for tid, tree in load_trees().items()}
    assert check_mod._check_schedules({}, schedules, citations) == []
    kandas = schedules / "kandas.yaml"
    kept = [line for line in kandas.read_text(encoding="utf-8").split("\n") if "counts_from_acceptance: true" not in line]
    kandas.write_text("\n".join(kept), encoding="utf-8")
    problems = check_mod._check_schedules({}, schedules, citations)
    assert [(p.file, p.node, p.field) for p in problems] == [("schedules/kandas.yaml", "application", "counts_from_acceptance")]


def test_a_leading_note_is_the_first_bullet_and_folds_on_a_not_ready_screen(tmp_path):
    """`lead: true` on a result's note: the first visible bullet (review stop 23 M4: the
    point to clarify was only in the folded notes). A ⚠️ screen has its own bullets
    (what to fix, what follows): there the note stays folded, never lost."""
    path = _tree(tmp_path, "requires: [passport-expired]")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    links:\n", "    notes:\n      - {text: demo-clarify, cite: refusal, flag: silent, lead: true}\n    links:\n"), encoding="utf-8")
    tree, problems = read_tree(path)
    assert not problems
    engine = Engine({"demo": tree}, today=lambda: dt.date(2026, 12, 1))
    state = engine.start("demo")
    valid = engine.answer_text(state, "01.12.2026").view
    expired = engine.answer_text(state, "30.11.2026").view
    assert [(i.text.id, i.flag) for i in valid.items] == [("demo-clarify", "silent"), ("demo-reason", None)] and not valid.notes
    assert [i.text.id for i in expired.items] == ["common-blocked-not-accepted"]
    assert [n.text.id for n in expired.notes] == ["demo-clarify"]
    # only a result's note leads
    path.write_text(path.read_text(encoding="utf-8").replace("{text: demo-reason, cite: refusal}", "{text: demo-reason, cite: refusal, lead: true}"), encoding="utf-8")
    assert any(p.field == "items[0].lead" for p in read_tree(path)[1])
