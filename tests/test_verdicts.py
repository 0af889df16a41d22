"""Issue 8 core: a known refusal ground flips the headline, and `check` enforces it."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from dialogs.check import run_check
from dialogs.model.compute import COMPUTATIONS
from dialogs.runtime.engine import Engine
from dialogs.model.loader import read_tree

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
