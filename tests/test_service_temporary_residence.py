"""Temporary residence permit (РВП): scripted conversations through the engine and
the real terminal chat.

Every expected date below was counted by hand from the Kazakhstan calendar:
review takes 1 working day and the day of acceptance is not counted (Rules No. 992,
p.7, p.9); a filing on a day off is accepted on the next working day (p.8); the
10-day term for a child who turns 16 is in calendar days (p.5).
Days off used: 16.12 (Independence Day), 01.01–02.01 and 04.01.2027 (2 January is
a Saturday, so the day off moves to Monday), 07.01 (Orthodox Christmas), 08.03
(Women's Day), 21.03–23.03 (Nauryz; 21.03.2027 is a Sunday, so 24.03 is off too).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs.engine import NEXT, Engine
from dialogs.i18n import Localizer
from dialogs.loader import load_trees
from dialogs.render import Renderer
from tests.scripted import chat, item_ids, note_ids, walk

TREE = "temporary-residence"
TODAY = dt.date(2026, 12, 10)  # a Thursday
D = dt.date

# topic -> host -> host role -> person -> stay -> purpose (ordinary host, adult, stay valid)
ORDINARY = ("c:new", "c:citizen", "c:invites", "c:adult", "c:valid", "c:other")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_trees(), today=lambda: TODAY)


def run(engine, *answers):
    return walk(engine, TREE, *answers)


def cite_points(view_item) -> set[str]:
    return {c.point for c in view_item.citations}


# ---- eligible: the host files, the decision date is computed --------------------

def test_citizen_host_at_tson_over_new_year(engine):
    _, view = run(engine, *ORDINARY, "c:gov-corp", "31.12.2026")
    assert view.node_id == "application-result" and view.outcome == "eligible"
    # 31.12.2026 is a working Thursday; 1–4 January 2027 are days off.
    assert view.text.args["decision_by"] == D(2027, 1, 5)
    ids = item_ids(view)
    assert "trp-reason-host-regular" in ids and "trp-reason-channel-gov-corp" in ids
    assert "trp-reason-decision" in ids and "trp-reason-decision-day-off" not in ids
    after_hours = next(i for i in view.items if i.text.id == "trp-reason-after-hours")
    assert after_hours.text.args == {"accepted": D(2027, 1, 5), "decision_by": D(2027, 1, 6)}
    assert all(i.citations for i in view.items), "every reason carries its citation"
    decision = next(i for i in view.items if i.text.id == "trp-reason-decision")
    assert {"9", "7"} <= cite_points(decision)
    # what the seed does not settle is said, with the official contacts
    notes = note_ids(view)
    for silent in ("trp-note-refusal-grounds-silent", "trp-note-term-silent", "trp-note-fee-silent"):
        assert silent in notes
    assert notes[-1] == "common-ask-official"
    # the acceptance-day rule is written for TsON only: no ambiguity note there
    assert "trp-note-day-not-counted-reading" not in notes

    state, view = run(engine, *ORDINARY, "c:gov-corp", "31.12.2026", NEXT)
    assert view.kind == "checklist" and view.final
    ids = item_ids(view)
    assert ids[:2] == ["trp-doc-application-form", "trp-doc-by-purpose"]
    assert "trp-doc-scans-eds" not in ids and "trp-doc-failure-act" not in ids
    by_purpose = next(i for i in view.items if i.text.id == "trp-doc-by-purpose")
    assert by_purpose.flag == "silent"
    not_expired = next(i for i in view.items if i.text.id == "trp-doc-not-expired")
    assert cite_points(not_expired) == {"7"}  # the TsON refusal rule, not the police one


@pytest.mark.parametrize(
    "filed, decision_by, accepted_late, decision_late",
    [
        ("15.12.2026", D(2026, 12, 17), D(2026, 12, 17), D(2026, 12, 18)),  # 16 Dec off
        ("06.01.2027", D(2027, 1, 8), D(2027, 1, 8), D(2027, 1, 11)),  # 7 Jan off, then weekend
        ("05.03.2027", D(2027, 3, 9), D(2027, 3, 9), D(2027, 3, 10)),  # Fri, weekend, 8 Mar off
        ("19.03.2027", D(2027, 3, 25), D(2027, 3, 25), D(2027, 3, 26)),  # Nauryz 22–24 Mar off
    ],
)
def test_decision_date_skips_holidays(engine, filed, decision_by, accepted_late, decision_late):
    _, view = run(engine, *ORDINARY, "c:police", filed)
    assert view.text.args["decision_by"] == decision_by
    after_hours = next(i for i in view.items if i.text.id == "trp-reason-after-hours")
    assert after_hours.text.args == {"accepted": accepted_late, "decision_by": decision_late}
    # not at TsON: the bot says it applies the acceptance-day rule to this channel too
    assert "trp-note-day-not-counted-reading" in note_ids(view)
    assert "trp-note-place-of-registration" in note_ids(view)


def test_filing_on_a_holiday_is_accepted_the_next_working_day(engine):
    _, view = run(engine, *ORDINARY, "c:egov", "16.12.2026")
    ids = item_ids(view)
    assert "trp-reason-decision-day-off" in ids and "trp-reason-decision" not in ids
    assert "trp-reason-after-hours" not in ids
    day_off = next(i for i in view.items if i.text.id == "trp-reason-decision-day-off")
    assert day_off.text.args["accepted"] == D(2026, 12, 17)
    assert day_off.text.args["decision_by"] == D(2026, 12, 18)
    assert {"trp-reason-channel-egov", "trp-reason-portal-notice", "trp-reason-delivery-egov"} <= set(ids)

    _, view = run(engine, *ORDINARY, "c:egov", "16.12.2026", NEXT)
    assert "trp-doc-scans-eds" in item_ids(view)


def test_overstay_after_a_system_failure_needs_the_failure_act(engine):
    answers = ("c:new", "c:company", "c:housing", "c:adult", "c:expired", "c:system-failure")
    _, view = run(engine, *answers)
    assert view.node_id == "overstay-accepted"
    assert note_ids(view) == ["trp-note-overstay-failure-act"]
    _, view = run(engine, *answers, NEXT, "c:other", "c:police", "14.12.2026", NEXT)
    assert view.kind == "checklist"
    assert "trp-doc-failure-act" in item_ids(view)


def test_special_hosts_skip_the_purpose_question(engine):
    _, view = run(engine, "c:new", "c:trafficking")
    assert view.node_id == "trafficking-info"
    assert note_ids(view) == ["trp-note-trafficking-proof-silent"]
    state, view = run(engine, "c:new", "c:trafficking", NEXT, "c:adult", "c:valid")
    assert view.node_id == "channel", "the akimat hosts: no question about the purpose of stay"
    _, view = run(engine, "c:new", "c:trafficking", NEXT, "c:adult", "c:valid", "c:police", "14.12.2026")
    assert "trp-reason-host-trafficking" in item_ids(view) and "trp-reason-host-regular" not in item_ids(view)
    assert view.text.args["decision_by"] == D(2026, 12, 15)

    _, view = run(engine, "c:new", "c:aifc", "c:yes")
    assert view.node_id == "aifc-host" and note_ids(view) == ["trp-note-aifc-reading"]


def test_lost_permit_gets_a_duplicate_at_the_police(engine):
    _, view = run(engine, "c:duplicate", "c:lost")
    assert view.outcome == "eligible" and view.final
    assert item_ids(view) == ["trp-reason-duplicate-application", "trp-reason-duplicate-check"]
    assert all(cite_points(i) == {"9-2"} for i in view.items)
    _, view = run(engine, "c:duplicate", "c:intentional")
    assert view.outcome == "ask_person"
    assert [n.flag for n in view.notes] == ["silent", None]


# ---- not eligible ---------------------------------------------------------------

def test_foreigner_cannot_file_for_themselves(engine):
    _, view = run(engine, "c:new", "c:self")
    assert view.node_id == "not-host-self" and view.outcome == "not_eligible" and view.final
    assert item_ids(view) == ["trp-reason-host-files", "trp-reason-host-definition", "trp-reason-host-eds"]
    assert {"4", "2(23)", "8"} == {c.point for i in view.items for c in i.citations}


def test_host_with_only_a_temporary_permit_is_not_a_host(engine):
    _, view = run(engine, "c:new", "c:rvp-only")
    assert view.node_id == "not-host-temporary" and view.outcome == "not_eligible"
    assert "trp-note-law-6-1-silent" in note_ids(view)


def test_host_who_neither_invites_nor_houses(engine):
    _, view = run(engine, "c:new", "c:resident", "c:neither")
    assert view.node_id == "not-host-role" and view.outcome == "not_eligible"


@pytest.mark.parametrize("reason", ["c:over-10", "c:other"])
def test_expired_stay_without_an_exception_is_not_accepted(engine, reason):
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:adult", "c:expired", reason)
    assert view.node_id == "overstay-refused" and view.outcome == "not_eligible" and view.final
    assert item_ids(view)[0] == "trp-reason-overstay-only-two"
    assert [n.flag for n in view.notes] == ["ambiguous", None]


def test_aifc_resident_from_a_visa_state_is_not_settled(engine):
    _, view = run(engine, "c:new", "c:aifc", "c:no")
    assert view.node_id == "aifc-silent" and view.outcome == "ask_person"


# ---- edge cases: intra-corporate transfer cap, the 16th birthday --------------

ICT = ("c:new", "c:company", "c:invites", "c:adult", "c:valid", "c:ict", "c:yes")


@pytest.mark.parametrize(
    "months, node",
    [("36", "ict-ok"), ("37", "ict-extension"), ("48", "ict-extension"), ("49", "ict-too-long")],
)
def test_intra_corporate_transfer_cap(engine, months, node):
    _, view = run(engine, *ICT, months)
    assert view.node_id == node
    if node == "ict-too-long":
        assert view.outcome == "not_eligible" and view.final
        assert view.text.args["total"] == 48
    else:
        assert view.text.args["max_months"] == 36
        assert "trp-note-ict-term-reading" in note_ids(view)


def test_not_an_intra_corporate_transfer_goes_on_by_purpose(engine):
    _, view = run(engine, "c:new", "c:company", "c:invites", "c:adult", "c:valid", "c:ict", "c:no")
    assert view.node_id == "ict-not-ict"


def test_child_turning_16_soon(engine):
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:turned16", "14.12.2026")
    assert view.node_id == "sixteen-deadline" and view.outcome == "info"
    # 14.12 + 10 calendar days = 24.12; counting the birthday as day 1: 23.12
    assert view.text.args["latest"] == D(2026, 12, 24)
    assert view.text.args["safe_by"] == D(2026, 12, 23)
    assert "trp-note-sixteen-before-birthday" in note_ids(view)
    assert "trp-note-sixteen-day-off" not in note_ids(view)

    base = ("c:new", "c:citizen", "c:invites", "c:turned16", "14.12.2026", NEXT, "c:valid", "c:other", "c:gov-corp")
    _, view = run(engine, *base, "22.12.2026")
    assert "trp-reason-sixteen-deadline" in item_ids(view)
    assert "trp-note-sixteen-filing-late" not in note_ids(view)
    _, view = run(engine, *base, "28.12.2026")
    late = next(n for n in view.notes if n.text.id == "trp-note-sixteen-filing-late")
    assert late.flag == "warning" and late.text.args == {"filed": D(2026, 12, 28), "latest": D(2026, 12, 24)}


def test_child_16_safe_day_on_independence_day(engine):
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:turned16", "07.12.2026")
    assert view.node_id == "sixteen-deadline"
    # 07.12 + 9 = 16.12, Independence Day: the headline urges the working day before
    assert view.text.args["safe_by"] == D(2026, 12, 15)
    assert view.text.args["latest"] == D(2026, 12, 17)
    day_off = next(n for n in view.notes if n.text.id == "trp-note-sixteen-day-off")
    assert day_off.text.args == {"safe_by": D(2026, 12, 16), "last_wd": D(2026, 12, 15)}


def test_child_16_last_day_is_today(engine):
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:turned16", "30.11.2026")
    assert view.node_id == "sixteen-last-day"
    assert view.text.args["latest"] == TODAY
    assert "trp-note-sixteen-today-day-off" not in note_ids(view)  # 10.12.2026 is a working Thursday


def test_child_16_safe_day_passed_on_a_holiday():
    # Turned 16 on 07.12.2026; today is 16.12.2026, Independence Day. The safe working
    # day (15.12) has passed; the last day of the term is 17.12.
    engine = Engine(load_trees(), today=lambda: D(2026, 12, 16))
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:turned16", "07.12.2026")
    assert view.node_id == "sixteen-last-day"
    assert view.text.args["latest"] == D(2026, 12, 17)
    assert "trp-note-sixteen-today-day-off" in note_ids(view)
    assert note_ids(view)[-1] == "common-ask-official"


def test_child_16_deadline_passed(engine):
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:turned16", "20.11.2026")
    assert view.node_id == "sixteen-late" and view.outcome == "ask_person"
    assert view.text.args["latest"] == D(2026, 11, 30)
    assert "trp-note-sixteen-late-silent" in note_ids(view)


def test_child_under_16_is_flagged_as_not_settled(engine):
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:under16")
    assert view.node_id == "under16" and view.outcome == "ask_person"
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:under16", NEXT, "c:valid", "c:other", "c:police", "14.12.2026")
    assert "trp-note-under16-silent" in note_ids(view)


def test_term_extension_and_fees_are_said_to_be_silent(engine):
    _, view = run(engine, "c:term")
    assert view.node_id == "term-silent" and view.outcome == "ask_person" and view.final
    flags = {i.text.id: i.flag for i in view.items}
    assert flags["trp-reason-extension-silent"] == "silent"
    assert flags["trp-reason-fee-silent"] == "silent"
    assert flags["trp-reason-term-by-purpose"] == "silent"
    # no labour-permit extension window is borrowed
    assert not any(c.source == "labour-permit-article" for c in view.all_citations())
    assert "trp-note-no-other-windows" in note_ids(view)
    assert note_ids(view)[-1] == "common-ask-official"


# ---- every text exists in ru, kk and en and takes its arguments -----------------

PATHS = [
    (*ORDINARY, "c:egov", "16.12.2026"),
    (*ORDINARY, "c:egov", "16.12.2026", NEXT),
    ("c:new", "c:citizen", "c:invites", "c:turned16", "07.12.2026"),
    ("c:new", "c:citizen", "c:invites", "c:turned16", "20.11.2026"),
    (*ICT, "40"),
    (*ICT, "60"),
    ("c:term",),
    ("c:duplicate", "c:damaged"),
    ("c:new", "c:self"),
]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_views_render_in_every_language(engine, lang):
    renderer = Renderer(Localizer())
    for path in PATHS:
        _, view = run(engine, *path)
        text = renderer.render(view, lang).text
        assert "trp-" not in text and "{" not in text, (lang, path, text)
        if view.kind == "result" and "filed" in view.text.args:
            assert "16.12.2026" in text


# ---- the real terminal chat ---------------------------------------------------

CHAT = ("1", "1", "1", "1", "1", "3", "2", "15.12.2026")  # new, citizen, invites, adult, valid, other, TsON


@pytest.mark.parametrize(
    "lang, fragment, point",
    [
        ("ru", "решение — не позже 17.12.2026", "п. 9 "),
        ("kk", "шешім — ең кеші 17.12.2026 күні", "9-тармақ"),
        ("en", "the decision is due by 17.12.2026", "p. 9 "),
    ],
)
def test_terminal_chat_shows_the_decision_date(lang, fragment, point):
    out = chat(TREE, *CHAT, lang=lang, today="2026-12-10")
    assert fragment in out
    assert point in out  # the review-time rule is cited


def test_terminal_chat_child_deadline_in_english():
    out = chat(TREE, "1", "1", "1", "3", "14.12.2026", lang="en", today="2026-12-10")
    assert "File the application for the child by 23.12.2026" in out
    assert "The last day under the rules is 24.12.2026" in out
