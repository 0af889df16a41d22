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

from dialogs.runtime.engine import NEXT, Engine
from dialogs.runtime.i18n import Localizer
from dialogs.model.loader import load_trees
from dialogs.runtime.render import Renderer
from tests.scripted import chat, item_ids, note_ids, walk

TREE = "temporary-residence"
TODAY = dt.date(2026, 12, 10)  # a Thursday
D = dt.date

# topic -> host -> host role -> person -> stay until -> purpose (ordinary host, adult)
STAY_OK = "31.12.2027"  # the last day of the permitted stay, after every filing day below
ORDINARY = ("c:new", "c:citizen", "c:invites", "c:adult", STAY_OK, "c:other")
PASSPORT_OK = "01.01.2030"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_trees(), today=lambda: TODAY)


def run(engine, *answers):
    return walk(engine, TREE, *answers)


def cite_points(view_item) -> set[str]:
    return {c.point for c in view_item.citations}


def item(view, msg_id):
    return next(i for i in view.items if i.text.id == msg_id)


def link_targets(view) -> set[str]:
    return {b.action for b in view.buttons}


# ---- eligible: the host files, the decision date is computed from acceptance -----

def test_citizen_host_at_tson_over_new_year(engine):
    _, view = run(engine, *ORDINARY, "c:gov-corp", "31.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.node_id == "application-result" and view.outcome == "eligible"
    # 31.12.2026 is a working Thursday; 1–4 January 2027 are days off.
    assert view.text.args["decision_by"] == D(2027, 1, 5)
    ids = item_ids(view)
    assert ids == ["trp-reason-host-regular", "trp-reason-channel-gov-corp", "trp-reason-decision",
                   "trp-reason-passport-ok"]
    assert "trp-reason-checks" in note_ids(view)  # folded: what the police check
    assert all(i.citations for i in view.items), "every reason carries its citation"
    assert {"9", "7"} <= cite_points(item(view, "trp-reason-decision"))
    notes = note_ids(view)
    for silent in ("trp-note-refusal-grounds-silent", "trp-note-term-silent", "trp-note-fee-silent", "trp-note-complaint-silent"):
        assert silent in notes
    assert notes[-1] == "common-ask-official"
    # the acceptance-day rule is written for TsON only: no ambiguity note there
    assert "trp-note-day-not-counted-reading" not in notes

    state, view = run(engine, *ORDINARY, "c:gov-corp", "31.12.2026", "c:in-hours", PASSPORT_OK, NEXT)
    assert view.kind == "checklist" and view.final
    ids = item_ids(view)
    assert ids[:2] == ["trp-doc-application-form", "trp-doc-by-purpose"]
    assert "trp-doc-scans-eds" not in ids and "trp-doc-failure-act" not in ids
    assert item(view, "trp-doc-by-purpose").flag == "silent"
    assert cite_points(item(view, "trp-doc-not-expired")) == {"7"}  # the TsON refusal rule


@pytest.mark.parametrize(
    "filed, decision_by, accepted_late, decision_late",
    [
        ("15.12.2026", D(2026, 12, 17), D(2026, 12, 17), D(2026, 12, 18)),  # 16 Dec off
        ("06.01.2027", D(2027, 1, 8), D(2027, 1, 8), D(2027, 1, 11)),  # 7 Jan off, then weekend
        ("05.03.2027", D(2027, 3, 9), D(2027, 3, 9), D(2027, 3, 10)),  # Fri, weekend, 8 Mar off
        ("19.03.2027", D(2027, 3, 25), D(2027, 3, 25), D(2027, 3, 26)),  # Nauryz 22–24 Mar off
    ],
)
def test_in_hours_vs_after_hours_moves_the_decision(engine, filed, decision_by, accepted_late, decision_late):
    """Fact pair: the same day in working hours and after hours (p.8: accepted the next
    working day; p.9: one working day from acceptance)."""
    _, view = run(engine, *ORDINARY, "c:police", filed, "c:in-hours", PASSPORT_OK)
    assert view.text.args["decision_by"] == decision_by
    assert "trp-reason-decision" in item_ids(view)
    assert "trp-note-day-not-counted-reading" in note_ids(view)
    assert "trp-note-place-of-registration" in note_ids(view)
    assert "trp-note-after-hours-reading" in note_ids(view)
    _, view = run(engine, *ORDINARY, "c:police", filed, "c:after-hours", PASSPORT_OK)
    assert view.text.args["decision_by"] == decision_late
    moved = item(view, "trp-reason-decision-moved")
    assert moved.text.args["accepted"] == accepted_late and moved.text.args["decision_by"] == decision_late
    assert "8" in cite_points(moved)


def test_filing_on_a_holiday_is_accepted_the_next_working_day(engine):
    _, view = run(engine, *ORDINARY, "c:egov", "16.12.2026", "c:in-hours", PASSPORT_OK)
    ids = item_ids(view)
    assert "trp-reason-decision-moved" in ids and "trp-reason-decision" not in ids
    moved = item(view, "trp-reason-decision-moved")
    assert moved.text.args["accepted"] == D(2026, 12, 17)
    assert moved.text.args["decision_by"] == D(2026, 12, 18)
    assert "trp-reason-channel-egov" in ids
    assert "trp-note-after-hours-reading" not in note_ids(view)  # the rule is written for the portal

    _, view = run(engine, *ORDINARY, "c:egov", "16.12.2026", "c:in-hours", PASSPORT_OK, NEXT)
    assert "trp-doc-scans-eds" in item_ids(view)


def test_filing_date_in_the_past_is_refused_on_the_new_path(engine):
    state, _ = run(engine, *ORDINARY, "c:police")
    step = engine.answer_text(state, "01.12.2026")
    assert not step.accepted


# ---- fact pair: passport valid vs expired on the day of ACCEPTANCE (p.6, p.7) -----

def test_passport_valid_vs_expired(engine):
    _, view = run(engine, *ORDINARY, "c:police", "14.12.2026", "c:in-hours", "14.12.2026")
    assert view.outcome == "eligible"
    assert item(view, "trp-reason-passport-ok").text.args == {"until": D(2026, 12, 14), "accepted": D(2026, 12, 14)}
    _, view = run(engine, *ORDINARY, "c:police", "14.12.2026", "c:in-hours", "13.12.2026")
    assert view.outcome == "not_ready" and view.text.id == "trp-block-passport"
    assert view.text.args == {"until": D(2026, 12, 13), "accepted": D(2026, 12, 14)}
    assert {"6", "7"} <= {c.point for c in view.citations}
    assert "common-blocked-not-accepted" in item_ids(view)
    # a filing after hours is accepted the next day: the same passport no longer passes
    _, view = run(engine, *ORDINARY, "c:police", "14.12.2026", "c:after-hours", "14.12.2026")
    assert view.outcome == "not_ready" and view.text.args["accepted"] == D(2026, 12, 15)


# ---- fact pair: the term of stay still runs vs has ended on the day of ACCEPTANCE (p.9-1) ----
# (audit HIGH 2: the stay was asked for "today" while the filing may be up to a year later)

ADULT = ("c:new", "c:citizen", "c:invites", "c:adult")


def test_stay_ending_before_the_acceptance_day_is_not_ready(engine):
    _, view = run(engine, *ADULT, "20.12.2026", "c:other", "c:police", "21.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.node_id == "application-result" and view.outcome == "not_ready"
    assert view.text.id == "trp-block-stay"
    assert view.text.args == {"until": D(2026, 12, 20), "accepted": D(2026, 12, 21)}
    assert "9-1" in {c.point for c in view.citations}
    assert any("прием документов не допускается" in c.quote for c in view.citations)
    assert item_ids(view) == ["trp-blocked-stay-consequence"]
    # the last day of the stay is the day of acceptance: still running
    _, view = run(engine, *ADULT, "21.12.2026", "c:other", "c:police", "21.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "eligible"
    # Fri 18.12 after hours is accepted Mon 21.12: a stay until 20.12 no longer passes
    _, view = run(engine, *ADULT, "20.12.2026", "c:other", "c:police", "18.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "eligible"
    _, view = run(engine, *ADULT, "20.12.2026", "c:other", "c:police", "18.12.2026", "c:after-hours", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.args == {"until": D(2026, 12, 20), "accepted": D(2026, 12, 21)}


def test_stay_already_over_goes_to_the_two_exceptions(engine):
    _, view = run(engine, *ADULT, "09.12.2026")
    assert view.node_id == "overstay"
    _, view = run(engine, *ADULT, "10.12.2026")  # today is its last day
    assert view.node_id == "purpose"
    _, view = run(engine, "c:new", "c:special", "c:trafficking", NEXT, "c:adult", "10.12.2026")
    assert view.node_id == "channel"


# ---- fact pair: already filed vs not --------------------------------------------

def test_already_filed_skips_eligibility_and_gives_the_dates_after_filing(engine):
    _, view = run(engine, "c:new")
    assert view.node_id == "host"
    _, view = run(engine, "c:filed", "c:gov-corp", "04.12.2026", "c:after-hours")
    # Fri 04.12 after hours -> accepted Mon 07.12 -> decision by Tue 08.12, already past:
    # the headline says so and where to ask, and nothing is left to remind of
    assert view.node_id == "filed-result" and view.outcome == "passed" and view.final
    assert view.text.id == "ended-trp-application" and view.text.args == {"date": D(2026, 12, 8)}
    assert view.track is None
    ids = item_ids(view)
    assert ids[0] == "trp-reason-decision-moved"
    assert item(view, "trp-reason-decision-moved").text.args == {"filed": D(2026, 12, 4), "accepted": D(2026, 12, 7), "decision_by": D(2026, 12, 8)}
    assert "trp-reason-delivery-gov-corp" in ids and "trp-reason-refusal-notice" in ids
    assert "9-3" in cite_points(item(view, "trp-reason-refusal-notice"))
    assert "trp-note-complaint-silent" in note_ids(view)
    assert any(b.action.startswith("url:https://egov.kz") for b in view.buttons)

    _, view = run(engine, "c:filed", "c:police", "10.12.2026", "c:in-hours")
    assert view.outcome == "info" and view.text.id == "trp-result-filed" and view.track
    assert view.text.args["decision_by"] == D(2026, 12, 11)
    assert "trp-reason-decision" in item_ids(view)


def test_overstay_after_a_system_failure_needs_the_failure_act(engine):
    answers = ("c:new", "c:company", "c:housing", "c:adult", "01.12.2026", "c:system-failure")
    _, view = run(engine, *answers)
    assert view.node_id == "overstay-failure-check"
    _, view = run(engine, *answers, "c:yes")
    assert view.node_id == "overstay-accepted"
    assert note_ids(view) == ["trp-note-overstay-failure-act"]
    _, view = run(engine, *answers, "c:yes", NEXT, "c:other", "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK, NEXT)
    assert view.kind == "checklist"
    assert "trp-doc-failure-act" in item_ids(view)


def test_overstay_failure_exception_asks_all_three_conditions(engine):
    """Audit MEDIUM 4: p.9-1 exception 1 is for persons who applied in time, whose term
    ran out through an information-system failure, with an act signed by the State
    Corporation and the police. The button named only the last two; now all three are
    asked, and the ✅ states them."""
    answers = ("c:new", "c:company", "c:housing", "c:adult", "01.12.2026", "c:system-failure")
    _, view = run(engine, *answers)
    assert view.node_id == "overstay-failure-check" and view.kind == "choice"
    assert "9-1" in {c.point for c in view.citations}
    assert any("своевременно обратившихся" in c.quote for c in view.citations)
    _, view = run(engine, *answers, "c:no")
    assert view.node_id == "overstay-refused" and view.outcome == "not_eligible"
    _, view = run(engine, *answers, "c:yes", NEXT, "c:other", "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "eligible"
    ok = item(view, "trp-reason-overstay-failure-ok")
    assert any("своевременно обратившихся" in c.quote for c in ok.citations)


def test_special_hosts_skip_the_purpose_question(engine):
    _, view = run(engine, "c:new", "c:special", "c:trafficking")
    assert view.node_id == "trafficking-info"
    assert note_ids(view) == ["trp-note-trafficking-proof-silent"]
    state, view = run(engine, "c:new", "c:special", "c:trafficking", NEXT, "c:adult", STAY_OK)
    assert view.node_id == "channel", "the akimat hosts: no question about the purpose of stay"
    _, view = run(engine, "c:new", "c:special", "c:trafficking", NEXT, "c:adult", STAY_OK, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    assert "trp-reason-host-trafficking" in item_ids(view) and "trp-reason-host-regular" not in item_ids(view)
    assert view.text.args["decision_by"] == D(2026, 12, 15)

    _, view = run(engine, "c:new", "c:special", "c:aifc", "c:yes")
    assert view.node_id == "aifc-host" and note_ids(view) == ["trp-note-aifc-reading"]


def test_lost_permit_gets_a_duplicate_at_the_police(engine):
    _, view = run(engine, "c:duplicate", "c:lost")
    assert view.outcome == "eligible" and view.final
    assert item_ids(view) == ["trp-reason-duplicate-application", "trp-reason-duplicate-check"]
    assert all(cite_points(i) == {"9-2"} for i in view.items)
    _, view = run(engine, "c:duplicate", "c:intentional")
    assert view.outcome == "ask_person"
    assert [n.flag for n in view.notes] == ["silent", None]
    assert "url:https://egov.kz" in link_targets(view)


# ---- fact pairs: the family relationship (p.2(14)) --------------------------------

FAMILY = ("c:new", "c:citizen", "c:housing", "c:adult", STAY_OK, "c:family")


@pytest.mark.parametrize("relation", ["c:child", "c:parent", "c:sibling", "c:grand"])
def test_close_relative_goes_on_to_the_application(engine, relation):
    _, view = run(engine, *FAMILY, relation)
    assert view.node_id == "family-close" and {c.point for c in view.citations} >= {"2(14)"}
    _, view = run(engine, *FAMILY, relation, NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    # the way on is open, but no ✅: p.2(14) is never tied to the family purpose (finding 3)
    assert view.node_id == "application-result" and view.outcome == "not_ready"


def test_spouse_is_not_a_listed_close_relative(engine):
    _, view = run(engine, *FAMILY, "c:spouse")
    assert view.node_id == "family-spouse" and view.outcome == "ask_person"
    assert item_ids(view) == ["trp-reason-close-relatives", "trp-reason-family-members-undefined"]
    assert "trp-note-family-use-silent" in note_ids(view)
    assert "url:https://egov.kz" in link_targets(view)


def test_spouse_path_does_not_end_in_a_plain_tick(engine):
    """Audit MEDIUM 8: the ☎️ "check before filing" of the spouse screen was followed by
    a plain ✅. The Rules do not say whether a spouse qualifies (p.2(14) lists the close
    relatives, Appendix 1-1 is not in the seed): the verdict says so."""
    _, view = run(engine, *FAMILY, "c:spouse", NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.node_id == "application-result" and view.outcome == "not_ready"
    assert view.text.id == "trp-block-family-spouse"
    assert view.text.args == {"decision_by": D(2026, 12, 15)}
    assert "2(14)" in {c.point for c in view.citations}
    assert item_ids(view) == ["trp-blocked-family-spouse-consequence"]
    assert next(n for n in view.notes if n.text.id == "trp-note-family-use-silent").flag == "silent"
    # a close relative on the same way: the same ⚠️, the Rules tie no relative to the
    # family purpose (audit of the residence dialogs, finding 3)
    _, view = run(engine, *FAMILY, "c:child", NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.id == "trp-block-family-close"


def test_other_relation_offers_another_purpose_first(engine):
    state, view = run(engine, *FAMILY, "c:other")
    assert view.node_id == "family-other" and view.outcome == "ask_person"
    assert "l:0" in link_targets(view)
    step = engine.choose(state, "l:0")
    assert step.view.node_id == "purpose"


def assert_family_check_first(view, block: str, decision_by) -> None:
    """⚠️ "check first" on the family purpose: its ground as the headline, cited to p.2(14)
    and p.5, its own consequence, and the note that the Rules are silent."""
    assert view.node_id == "application-result" and view.outcome == "not_ready"
    assert view.text.id == f"trp-block-{block}"
    assert view.text.args == {"decision_by": decision_by}
    assert {"2(14)", "5"} <= {c.point for c in view.citations}
    assert item_ids(view) == [f"trp-blocked-{block}-consequence"]
    assert next(n for n in view.notes if n.text.id == "trp-note-family-use-silent").flag == "silent"


def test_other_relative_is_ask_first_not_a_family_ground_refused(engine):
    """Audit MEDIUM 7: "no such tie in the list of close relatives: the Rules give no
    family ground" stated a rule the seed does not have — p.2(14) only defines close
    relatives and no point ties that list to the family purpose (Appendix 1-1 is not in
    the seed). Now the Rules are said to be silent, the user may go on, and the way on
    ends in ⚠️ "check before filing", like the spouse."""
    _, view = run(engine, *FAMILY, "c:other")
    assert view.node_id == "family-other" and view.outcome == "ask_person"
    assert next(n for n in view.notes if n.text.id == "trp-note-family-use-silent").flag == "silent"
    ru = Renderer(Localizer()).render(view, "ru").text
    assert "Правила не говорят" in ru and "основания в Правилах нет" not in ru
    assert NEXT in link_targets(view), "the family route is not closed: the user may go on"
    _, view = run(engine, *FAMILY, "c:other", NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    assert_family_check_first(view, "family-other", D(2026, 12, 15))


# ---- not eligible: every ⛔ offers a way on -------------------------------------

def test_foreigner_cannot_file_for_themselves(engine):
    state, view = run(engine, "c:new", "c:self")
    assert view.node_id == "not-host-self" and view.outcome == "not_eligible" and view.final
    assert item_ids(view) == ["trp-reason-host-files", "trp-reason-host-definition", "trp-reason-host-eds"]
    assert {"4", "2(23)", "8"} == {c.point for i in view.items for c in i.citations}
    step = engine.choose(state, "l:0")
    assert step.view.tree_id == "permanent-residence"


def test_host_with_only_a_temporary_permit_is_not_a_host(engine):
    _, view = run(engine, "c:new", "c:rvp-only")
    assert view.node_id == "not-host-temporary" and view.outcome == "not_eligible"
    assert "trp-note-law-6-1-silent" in note_ids(view)


def test_host_who_neither_invites_nor_houses(engine):
    state, view = run(engine, "c:new", "c:resident", "c:neither")
    assert view.node_id == "not-host-role" and view.outcome == "not_eligible"
    assert engine.choose(state, "l:0").view.node_id == "host"


@pytest.mark.parametrize("reason", ["c:over-10", "c:other"])
def test_expired_stay_without_an_exception_is_not_accepted(engine, reason):
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:adult", "01.12.2026", reason)
    assert view.node_id == "overstay-refused" and view.outcome == "not_eligible" and view.final
    assert item_ids(view)[0] == "trp-reason-overstay-only-two"
    assert [n.flag for n in view.notes] == ["ambiguous", None]
    assert "url:https://egov.kz" in link_targets(view)


def test_aifc_resident_from_a_visa_state_is_not_settled(engine):
    _, view = run(engine, "c:new", "c:special", "c:aifc", "c:no")
    assert view.node_id == "aifc-silent" and view.outcome == "ask_person"


# ---- fact pair: intra-corporate transfer within vs over the cap -------------------

ICT = ("c:new", "c:company", "c:invites", "c:adult", STAY_OK, "c:ict", "c:yes")


def test_ict_contract_within_vs_over_the_cap(engine):
    _, view = run(engine, *ICT, "01.02.2027", "24")
    assert view.node_id == "ict-ok"
    # the extension: a year after the transfer's end first (31.01.2030), the 3 + 1 cap second
    assert view.text.args == {"months": 24, "end": D(2029, 1, 31), "cap_end": D(2030, 1, 31), "ext_near": D(2030, 1, 31),
                              "ext_end": D(2031, 1, 31)}
    assert "trp-note-ict-extension-reading" in note_ids(view)
    # a longer contract is not refused: the transfer is capped at 3 years (+1 by extension)
    _, view = run(engine, *ICT, "01.02.2027", "60")
    assert view.node_id == "ict-capped" and view.kind == "info"
    assert view.text.args == {"months": 60, "cap_end": D(2030, 1, 31), "cap_outer": D(2030, 2, 1),
                              "ext_end": D(2031, 1, 31), "ext_outer": D(2031, 2, 1)}
    assert "trp-note-ict-cap-count" in note_ids(view)
    _, view = run(engine, *ICT, "01.02.2027", "60", NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "not_ready"  # whether such a contract qualifies is not said: ask first
    capped = next(n for n in view.notes if n.text.id == "trp-note-ict-capped")
    assert capped.text.args == {"cap_end": D(2030, 1, 31), "ext_end": D(2031, 1, 31)}


def test_ict_contract_over_three_years_is_not_said_to_be_allowed(engine):
    """Audit MEDIUM 10: "the transfer is not barred by this" was stated as a rule; p.2(19)
    only defines the transfer as "не более трех лет" and no point says whether a longer
    contract qualifies. The screen says the cap by definition, and an ambiguous note
    leads with "it may not be accepted, ask 1414" — on the ICT screen and under the
    result. A contract within the cap gets no such note."""
    _, view = run(engine, *ICT, "01.02.2027", "60")
    assert view.node_id == "ict-capped"
    note = next(n for n in view.notes if n.text.id == "trp-note-ict-long-contract")
    assert note.flag == "ambiguous" and {c.point for c in note.citations} == {"2(19)"}
    localizer = Localizer()
    assert "не запрещён" not in Renderer(localizer).render(view, "ru").text
    for lang in ("ru", "en", "kk", "uz", "tg", "ky"):
        assert "1414" in localizer.format(lang, "trp-note-ict-long-contract"), lang
    # the result: not a plain ✅ above that note, but ⚠️ "check before filing" (review, stop 21)
    _, view = run(engine, *ICT, "01.02.2027", "60", NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.id == "trp-block-ict-long"
    assert view.text.args["cap_end"] == D(2030, 1, 31)
    assert "trp-note-ict-long-contract" in item_ids(view)
    _, view = run(engine, *ICT, "01.02.2027", "24", NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "eligible" and "trp-note-ict-long-contract" not in note_ids(view)


def test_not_an_intra_corporate_transfer_goes_on_by_purpose(engine):
    _, view = run(engine, "c:new", "c:company", "c:invites", "c:adult", STAY_OK, "c:ict", "c:no")
    assert view.node_id == "ict-not-ict"


# ---- fact pairs: the 16th birthday in Kazakhstan vs abroad; filing in time vs late --

SIXTEEN = ("c:new", "c:citizen", "c:invites", "c:turned16")


def test_sixteen_in_kazakhstan_vs_abroad(engine):
    _, view = run(engine, *SIXTEEN, "c:kz", "14.12.2026")
    assert view.node_id == "sixteen-deadline" and view.outcome == "info"
    # 14.12 + 10 calendar days = 24.12; counting the birthday as day 1: 23.12
    dates = item(view, "trp-reason-sixteen-dates")
    assert dates.text.args == {"birthday": D(2026, 12, 14), "safe_by": D(2026, 12, 23), "latest": D(2026, 12, 24)}
    assert view.text.args["safe_by"] == D(2026, 12, 23)
    # not 16 yet: "the term runs from the 16th birthday" leads (finding 1)
    assert item_ids(view)[0] == "trp-note-sixteen-before-birthday"
    _, view = run(engine, *SIXTEEN, "c:abroad")
    assert view.node_id == "sixteen-abroad" and view.outcome == "ask_person"
    assert "trp-note-sixteen-abroad-silent" in note_ids(view)
    assert "url:https://egov.kz" in link_targets(view)


def test_sixteen_filing_in_time_vs_late(engine):
    base = (*SIXTEEN, "c:kz", "14.12.2026", NEXT, STAY_OK, "c:other", "c:gov-corp")
    _, view = run(engine, *base, "22.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "eligible"
    _, view = run(engine, *base, "24.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.id == "trp-block-sixteen-late"
    assert view.text.args == {"safe_by": D(2026, 12, 23), "latest": D(2026, 12, 24), "accepted": D(2026, 12, 24)}
    assert "trp-blocked-sixteen-consequence" in item_ids(view)
    # the safe day itself, but after hours: accepted the next day, past the safe reading
    _, view = run(engine, *base, "23.12.2026", "c:after-hours", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.args["accepted"] == D(2026, 12, 24)


def test_child_16_safe_day_on_independence_day(engine):
    _, view = run(engine, *SIXTEEN, "c:kz", "07.12.2026")
    assert view.node_id == "sixteen-deadline"
    # 07.12 + 9 = 16.12, Independence Day: the headline urges the working day before
    assert view.text.args["safe_by"] == D(2026, 12, 15)
    day_off = item(view, "trp-reason-sixteen-day-off")
    assert day_off.text.args == {"safe_by": D(2026, 12, 16), "last_wd": D(2026, 12, 15)}
    assert item(view, "trp-reason-sixteen-dates").text.args["latest"] == D(2026, 12, 17)


def test_child_16_last_day_is_today(engine):
    _, view = run(engine, *SIXTEEN, "c:kz", "30.11.2026")
    assert view.node_id == "sixteen-last-day"
    assert view.text.args["latest"] == TODAY
    assert "trp-reason-sixteen-today-day-off" not in item_ids(view)  # 10.12.2026 is a working Thursday


def test_child_16_safe_day_passed_on_a_holiday():
    # Turned 16 on 07.12.2026; today is 16.12.2026, Independence Day. The safe working
    # day (15.12) has passed; the last day of the term is 17.12.
    engine = Engine(load_trees(), today=lambda: D(2026, 12, 16))
    _, view = run(engine, *SIXTEEN, "c:kz", "07.12.2026")
    assert view.node_id == "sixteen-last-day"
    assert view.text.args["latest"] == D(2026, 12, 17)
    # today is the safe date itself (07.12 as day 1): not "passed", only no working day
    # is left before it (audit of stop 26)
    assert view.text.args["when"] == "safe-off" and view.text.args["safe_by"] == D(2026, 12, 16)
    assert "trp-reason-sixteen-today-day-off" in item_ids(view)
    assert note_ids(view)[-1] == "common-ask-official"


def test_child_16_with_no_working_day_left_is_not_told_to_apply_in_working_hours():
    """Turned 16 on Thursday 03.12.2026; today is Saturday 12.12, the safe date, and the
    other reading's last day is Sunday 13.12. The screen said "the safe date has passed
    … apply now, in working hours" — neither was true. Now: no working day is left, a
    filing now is accepted Monday 14.12 (p.8), and whether that is in time is not said."""
    engine = Engine(load_trees(), today=lambda: D(2026, 12, 12))
    _, view = run(engine, *SIXTEEN, "c:kz", "03.12.2026")
    assert view.node_id == "sixteen-last-day"
    assert view.text.args["when"] == "none-left" and view.text.args["next_wd"] == D(2026, 12, 14)
    assert {c.point for c in view.citations} >= {"5", "8"}
    assert "trp-reason-sixteen-today-day-off" not in item_ids(view)  # the headline says it
    localizer = Localizer()
    text = Renderer(localizer).render(view, "ru").text
    assert "14.12.2026" in text and "прошёл" not in text and "в рабочее время" not in text.split("\n")[0]
    # Thursday 10.12 for a birthday on 30.11: the safe date (09.12) has passed, today is the last day
    _, view = run(Engine(load_trees(), today=lambda: TODAY), *SIXTEEN, "c:kz", "30.11.2026")
    assert view.text.args["when"] == "passed"


def test_child_16_deadline_passed(engine):
    _, view = run(engine, *SIXTEEN, "c:kz", "20.11.2026")
    assert view.node_id == "sixteen-late" and view.outcome == "ask_person"
    assert view.text.args["latest"] == D(2026, 11, 30)
    assert item_ids(view)[0] == "trp-note-sixteen-late-silent"  # "go to the police as soon as you can" shown first


def test_child_under_16_is_flagged_as_not_settled(engine):
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:under16")
    assert view.node_id == "under16" and view.outcome == "ask_person"
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:under16", NEXT, STAY_OK, "c:other", "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
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


# ---- LOW findings of the audit: what the bot states, checked against p.5 and p.9-1 ----

# words for "fine(d)" in each language (ky: айып, tg: ҷарима …)
FINED = {"ru": "штраф", "en": "fine", "kk": "айыппұл", "uz": "jarima", "tg": "ҷарима", "ky": "айып"}
LANGS6 = ("ru", "en", "kk", "uz", "tg", "ky")


def test_article_517_exception_is_being_held_liable_not_only_fined(engine):
    """Audit LOW 12: p.9-1 item 2 is for persons "привлеченных к административной
    ответственности по статье 517"; the bot said "fined", narrower than the seed."""
    _, view = run(engine, *ADULT, "01.12.2026")
    assert view.node_id == "overstay"
    assert any("привлеченных к административной ответственности" in c.quote for c in view.citations)
    localizer = Localizer()
    for lang in LANGS6:
        for msg in ("trp-overstay-517", "trp-reason-overstay-517", "trp-note-overstay-not-grace",
                    "trp-note-apply-before-stay-ends"):
            text = localizer.format(lang, msg).casefold()
            assert FINED[lang] not in text, (lang, msg, text)
            assert "517" in text
    assert "привлечены к ответственности" in localizer.format("ru", "trp-reason-overstay-517").casefold()


def test_checks_list_names_unserved_penalties_from_a_previous_stay(engine):
    """Audit LOW 14: p.9-1(3) also checks unserved penalties for offences of a previous
    stay; the list of checks left it out (its citation quoted it)."""
    _, view = run(engine, *ORDINARY, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    checks = next(n for n in view.notes if n.text.id == "trp-reason-checks")
    assert any("в период предыдущего пребывания" in c.quote for c in checks.citations)
    folded = Renderer(Localizer()).render(view, "ru").folded  # one tap away since stop 26
    assert "неисполненные взыскания за прошлое пребывание" in folded


def test_exit_notice_is_not_said_to_replace_the_permit(engine):
    """Audit LOW 16: p.4 says only that for some immigrants an exit notice is issued; that
    it replaces the RVP ("вместо этого") is not in the seed."""
    _, view = run(engine, *ORDINARY, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    note = next(n for n in view.notes if n.text.id == "trp-note-exit-notice-silent")
    assert note.flag == "silent"
    localizer = Localizer()
    ru = localizer.format("ru", "trp-note-exit-notice-silent")
    assert "вместо" not in ru and "Заменяет ли оно РВП" in ru
    assert "instead" not in localizer.format("en", "trp-note-exit-notice-silent")


def test_documents_already_in_state_systems_only_those_linked_to_tson_or_the_portal(engine):
    """Audit LOW 19: p.5 spares a document only where information systems holding the
    data are integrated with the TsON system and (or) the portal; "already in state
    databases" was broader."""
    _, view = run(engine, *ORDINARY, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK, NEXT)
    doc = item(view, "trp-doc-is-data")
    assert any("интегрированных с ИИС ЦОН и (или) порталом" in c.quote for c in doc.citations)
    ru = Localizer().format("ru", "trp-doc-is-data")
    assert "подключённых к ЦОН или egov.kz" in ru and "уже есть в госбазах" not in ru


# ---- every text exists in ru, kk and en and takes its arguments -----------------

PATHS = [
    (*ORDINARY, "c:egov", "16.12.2026", "c:in-hours", PASSPORT_OK),
    (*ORDINARY, "c:egov", "16.12.2026", "c:in-hours", PASSPORT_OK, NEXT),
    (*ORDINARY, "c:egov", "16.12.2026", "c:after-hours", "15.12.2026"),
    (*SIXTEEN, "c:kz", "07.12.2026"),
    (*SIXTEEN, "c:kz", "20.11.2026"),
    (*SIXTEEN, "c:abroad"),
    (*SIXTEEN, "c:kz", "14.12.2026", NEXT, STAY_OK, "c:other", "c:gov-corp", "24.12.2026", "c:in-hours", PASSPORT_OK),
    (*ORDINARY[:4], "20.12.2026", "c:other", "c:police", "21.12.2026", "c:in-hours", PASSPORT_OK),
    (*FAMILY, "c:spouse", NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK),
    ("c:new", "c:citizen", "c:invites", "c:adult", "01.12.2026", "c:system-failure"),
    (*ICT, "01.02.2027", "40"),
    (*ICT, "01.02.2027", "20"),
    (*FAMILY, "c:spouse"),
    (*FAMILY, "c:other"),
    (*FAMILY, "c:other", NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK),
    (*ICT, "01.02.2027", "60", NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK),
    (*FAMILY, "c:child"),
    ("c:filed", "c:egov", "09.12.2026", "c:after-hours"),
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
        if view.node_id == "application-result" and "16.12.2026" in path:
            assert "17.12.2026" in text  # the day of acceptance


# ---- the real terminal chat ---------------------------------------------------

CHAT = ("1", "1", "1", "1", "31.12.2027", "4", "2", "15.12.2026", "1", "01.01.2030")  # new, citizen, invites, adult, stay until, other, TsON, in hours


@pytest.mark.parametrize(
    "lang, fragment, point",
    [
        ("ru", "Решение — не позже 17.12.2026", "п. 9 "),
        ("kk", "Шешім 17.12.2026 күнінен кешікпейді", "9-тармақ"),
        ("en", "The decision is due by 17.12.2026", "p. 9 "),
    ],
)
def test_terminal_chat_shows_the_decision_date(lang, fragment, point):
    out = chat(TREE, *CHAT, lang=lang, today="2026-12-10")
    assert fragment in out
    assert point in out  # the review-time rule is cited


def test_terminal_chat_child_deadline_in_english():
    out = chat(TREE, "1", "1", "1", "3", "1", "14.12.2026", lang="en", today="2026-12-10")
    assert "File the application for the child by 23.12.2026" in out
    assert "Other reading: by 24.12.2026" in out


# ---- the computations themselves ---------------------------------------------------

def test_trp_ict_caps_the_transfer_at_three_years_plus_one():
    from dialogs.model.compute import COMPUTATIONS

    out = COMPUTATIONS["trp_ict"](start=D(2026, 3, 1), months=36)
    assert out["over_cap"] is False and out["contract_end"] == D(2029, 2, 28)
    assert (out["cap_end"], out["cap_outer"]) == (D(2029, 2, 28), D(2029, 3, 1))
    assert (out["ext_end"], out["ext_outer"]) == (D(2030, 2, 28), D(2030, 3, 1))
    out = COMPUTATIONS["trp_ict"](start=D(2026, 3, 1), months=37)
    assert out["over_cap"] is True and out["contract_end"] == D(2029, 3, 31)


def test_trp_decision_counts_one_working_day_from_acceptance():
    from dialogs.model.compute import COMPUTATIONS

    assert COMPUTATIONS["trp_decision"](accepted=D(2026, 12, 15)) == {"decision_by": D(2026, 12, 17)}
    assert COMPUTATIONS["trp_decision"](accepted=D(2026, 12, 11)) == {"decision_by": D(2026, 12, 14)}


def test_intra_corporate_transfer_extension_leads_with_a_year_added_to_the_transfer():
    # "with the right to extend by one year" (p.2(19)): a year after the transfer's own end,
    # or an overall cap of 3 + 1 years; a permission to stay leads with the earlier date
    from dialogs.services.temporary_residence import intra_corporate_transfer

    one_year = intra_corporate_transfer(dt.date(2027, 1, 1), 12)
    assert one_year["ext_near"] == dt.date(2028, 12, 31) and one_year["ext_end"] == dt.date(2030, 12, 31)
    capped = intra_corporate_transfer(dt.date(2027, 1, 1), 60)
    assert capped["ext_near"] == capped["ext_end"] == dt.date(2030, 12, 31)


# ---- audit of stop 26: verdicts that did not follow from the answers ------------------

def test_article_517_exception_is_checked_against_the_dates(engine):
    """p.9-1 item 2: the art. 517 exception is for not leaving for at most ten sutki
    after the term. The bot asked the user to say "≤ 10 sutki" and then showed ✅ even
    when the stay had ended months before the filing. Now the dates decide: the last
    lawful day as day 1 (the earlier limit) leads, the other reading is shown beside it."""
    answers = ("c:new", "c:company", "c:invites", "c:adult", "01.12.2026", "c:fined-517", NEXT, "c:other", "c:police")
    # accepted 10.12: the 9th day after 01.12, within either count
    _, view = run(engine, *answers, "10.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "eligible"
    ok = item(view, "trp-reason-overstay-517-ok")
    assert ok.text.args == {"until": D(2026, 12, 1)}
    assert any("не превышающего десять суток" in c.quote for c in ok.citations)
    # accepted 11.12: past the earlier limit (10.12), on the later one's last day (11.12)
    _, view = run(engine, *answers, "11.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.id == "trp-block-overstay-517"
    assert view.text.args == {"until": D(2026, 12, 1), "accepted": D(2026, 12, 11), "safe_last": D(2026, 12, 10),
                              "latest": D(2026, 12, 11)}
    assert "trp-blocked-overstay-517-consequence" in item_ids(view)
    # Friday 11.12 after hours is accepted Monday 14.12: the filing day alone does not decide
    _, view = run(engine, *answers, "10.12.2026", "c:after-hours", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.args["accepted"] == D(2026, 12, 11)
    for lang in LANGS6:
        assert len(Renderer(Localizer()).render(run(engine, *answers, "10.12.2026", "c:in-hours", PASSPORT_OK)[1], lang).text) <= 800, lang
    # the screen of the audit: a stay over since June, filed in December
    _, view = run(engine, "c:new", "c:company", "c:invites", "c:adult", "01.06.2026", "c:fined-517", NEXT, "c:other", "c:police",
                  "10.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "not_ready"
    assert "✅" not in Renderer(Localizer()).render(view, "ru").text


def test_intra_corporate_transfer_over_by_the_filing_day_is_not_a_tick(engine):
    """p.2(19): a transfer lasts the contract's term, at most 3 years, "с правом продления
    на один год". The bot asked the start and the term, then ignored them at the result."""
    def result(start, months):
        return run(engine, *ICT, start, months, NEXT, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)[1]

    # 01.01.2022 + 36 months: over on 31.12.2024, with the extension 31.12.2025 at the latest
    view = result("01.01.2022", "36")
    assert view.outcome == "not_ready" and view.text.id == "trp-block-ict-ended"
    assert view.text.args == {"start": D(2022, 1, 1), "ext_end": D(2025, 12, 31), "ext_outer": D(2026, 1, 1),
                              "accepted": D(2026, 12, 14)}
    assert "trp-blocked-ict-ended-consequence" in item_ids(view)
    # a 12-month contract over on 31.12.2025: a transfer only if it was extended
    view = result("01.01.2025", "12")
    assert view.outcome == "not_ready" and view.text.id == "trp-block-ict-contract-ended"
    assert view.text.args == {"end": D(2025, 12, 31), "accepted": D(2026, 12, 14), "ext_near": D(2026, 12, 31),
                              "ext_end": D(2028, 12, 31)}
    # the contract still running on the day of acceptance
    view = result("01.06.2026", "12")
    assert view.outcome == "eligible"


def test_child_under_16_does_not_end_in_a_plain_tick(engine):
    """The ☎️ of `under16` said the Rules have no procedure for a child under 16; the
    result then showed a plain ✅ with the silence folded. Now: ⚠️ check before filing."""
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:under16", NEXT, STAY_OK, "c:other", "c:police", "14.12.2026",
                  "c:in-hours", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.id == "trp-block-under16"
    assert view.text.args == {"decision_by": D(2026, 12, 15)}
    assert "trp-blocked-under16-consequence" in item_ids(view)
    _, view = run(engine, *ORDINARY, "c:police", "14.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.outcome == "eligible"


def test_a_screen_states_two_grounds_and_folds_the_rest(engine):
    """Three known grounds at once (an expired passport, a stay over before acceptance, a
    child under 16): the headline and one bullet state two, each with what follows, and
    a line says one more is in the notes, where it stands first with ⚠️."""
    _, view = run(engine, "c:new", "c:citizen", "c:invites", "c:under16", NEXT, "20.12.2026", "c:other", "c:police", "21.12.2026",
                  "c:in-hours", "15.12.2026")
    assert view.outcome == "not_ready" and view.text.id == "trp-block-passport"
    ids = item_ids(view)
    assert ids == ["trp-block-stay", "common-blocked-not-accepted", "trp-blocked-stay-consequence", "common-blocked-more"]
    more = item(view, "common-blocked-more")
    assert more.text.args == {"n": 1} and more.citations == view.notes[0].citations  # cited with what it points to
    assert [n.text.id for n in view.notes[:2]] == ["trp-block-under16", "trp-blocked-under16-consequence"]
    assert view.notes[0].flag == "warning" and view.notes[0].citations
    rendered = Renderer(Localizer()).render(view, "ru")
    assert "ребёнка до 16" not in rendered.text and "ребёнка до 16" in rendered.folded
    assert len(rendered.text) < 800


def test_the_answers_name_the_special_host_not_its_code(engine):
    """Two questions set `host` (which host, then which special one): the answers under
    the result showed the code "trafficking" for the first. The later label stands."""
    _, view = run(engine, "c:new", "c:special", "c:trafficking", NEXT, "c:adult", STAY_OK, "c:police", "14.12.2026", "c:in-hours",
                  PASSPORT_OK)
    assert view.kind == "result"
    assert "common-answer-value" not in {m.id for m in view.answers if m.args.get("value") == "trafficking"}
    assert "trp-host-trafficking" in {m.id for m in view.answers}
    folded = Renderer(Localizer()).render(view, "ru").folded
    assert "trafficking" not in folded and "aifc" not in folded


# ---- audit of the residence dialogs: verdicts and dates that did not follow from the seed ----

AUDIT_TODAY = D(2026, 12, 7)  # a Monday


@pytest.fixture(scope="module")
def audit_engine() -> Engine:
    return Engine(load_trees(), today=lambda: AUDIT_TODAY)


def test_child_turning_16_accepted_before_the_birthday_is_not_a_plain_tick(audit_engine):
    """Finding 1: p.5 covers immigrants "достигшим 16-летнего возраста" and counts the 10
    days "с момента достижения". Accepted on 10.12 for a birthday on 20.12, the child is
    still 15 on acceptance and decision days: the Rules do not say whether such a filing is
    allowed, so ⚠️ check first (like a child under 16), never a plain ✅."""
    base = ("c:new", "c:citizen", "c:housing", "c:turned16", "c:kz", "20.12.2026", NEXT, STAY_OK, "c:other", "c:police")
    _, deadline = run(audit_engine, "c:new", "c:citizen", "c:housing", "c:turned16", "c:kz", "20.12.2026")
    assert item_ids(deadline)[0] == "trp-note-sixteen-before-birthday"  # shown first, not folded
    _, view = run(audit_engine, *base, "10.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.node_id == "application-result" and view.outcome == "not_ready"
    assert view.text.id == "trp-block-sixteen-early"
    assert view.text.args == {"birthday": D(2026, 12, 20), "accepted": D(2026, 12, 10), "safe_by": D(2026, 12, 29)}
    assert "5" in {c.point for c in view.citations}
    assert item_ids(view) == ["trp-note-sixteen-before-birthday"]
    assert "✅" not in Renderer(Localizer()).render(view, "ru").text
    # Friday 18.12 after hours is accepted Monday 21.12, after the birthday (Sunday 20.12): ✅
    _, view = run(audit_engine, *base, "18.12.2026", "c:after-hours", PASSPORT_OK)
    assert view.outcome == "eligible"
    # the same Friday in working hours is accepted that day, two days before it: ⚠️
    _, view = run(audit_engine, *base, "18.12.2026", "c:in-hours", PASSPORT_OK)
    assert view.text.id == "trp-block-sixteen-early" and view.text.args["accepted"] == D(2026, 12, 18)


@pytest.mark.parametrize("relation", ["c:child", "c:parent", "c:sibling", "c:grand"])
def test_close_relative_for_the_family_purpose_is_check_first_like_a_spouse(audit_engine, relation):
    """Finding 3: p.2(14) defines "близкие родственники" and the term appears nowhere else;
    p.5 only says documents depend on the purpose of stay. A sibling got ✅ while a spouse got
    ⚠️, though the seed ties neither to the family purpose: now both are ⚠️ check first."""
    answers = ("c:new", "c:citizen", "c:housing", "c:adult", STAY_OK, "c:family", relation, NEXT, "c:police", "08.12.2026",
               "c:in-hours", "31.12.2030")
    _, view = run(audit_engine, *answers)
    assert_family_check_first(view, "family-close", D(2026, 12, 9))
    assert "✅" not in Renderer(Localizer()).render(view, "ru").text
    # the spouse on the same way: the same kind of screen
    _, spouse = run(audit_engine, *answers[:6], "c:spouse", *answers[7:])
    assert spouse.outcome == view.outcome == "not_ready" and spouse.text.id == "trp-block-family-spouse"


def test_article_517_screen_leads_with_the_safe_count_and_is_not_may_be_accepted_once_it_is_gone(audit_engine):
    """Finding 5: p.9-1 — "в невыезде … в течение периода, не превышающего десять суток после
    истечения срока". The result leads with the earlier last day (the last lawful day as day
    1); the exception screen's note led with the later one, and it said "documents may be
    accepted" even when the stay had ended weeks before."""
    localizer = Localizer()
    note = localizer.format("ru", "trp-note-overstay-ten-days")
    assert note.index("надёжно") < note.index("По другому прочтению")
    note_en = localizer.format("en", "trp-note-overstay-ten-days")
    assert note_en.index("safe count") < note_en.index("other reading")
    base = ("c:new", "c:company", "c:invites", "c:adult")
    # over on 28.11: the safe last day is today (07.12), not gone yet
    _, view = run(audit_engine, *base, "28.11.2026", "c:fined-517")
    assert view.node_id == "overstay-accepted"
    # over on 27.11: the safe last day (06.12) is gone, the other reading's (07.12) is today
    _, view = run(audit_engine, *base, "27.11.2026", "c:fined-517")
    assert view.node_id == "overstay-517-past"
    # over on 01.11 (the audit's screen): both 10.11 and 11.11 gone
    _, view = run(audit_engine, *base, "01.11.2026", "c:fined-517")
    assert view.node_id == "overstay-517-past" and view.outcome == "passed"  # ⌛: the safe last day is gone
    assert view.text.args == {"until": D(2026, 11, 1), "safe_last": D(2026, 11, 10), "latest": D(2026, 11, 11)}
    assert any("не превышающего десять суток" in c.quote for c in view.citations)
    assert next(n for n in view.notes if n.text.id == "trp-note-overstay-ten-days").flag == "ambiguous"
    text = Renderer(localizer).render(view, "ru").text
    assert "могут принять" not in text and "✅" not in text
    assert text.index("10.11.2026") < text.index("11.11.2026")
    assert NEXT in link_targets(view)  # the way on stays open; the result checks the dates again


def test_intra_corporate_transfer_on_the_later_readings_last_day_is_check_first(audit_engine):
    """Finding 6: p.2(19) "не более трех лет, с правом продления на один год"; whether the
    start day counts is not said (the capped-contract screen already said so). From
    08.12.2022, 3 + 1 years end on 07.12.2026 (start day counted) or 08.12.2026: accepted
    on 08.12 it is ⚠️ check first with both dates, earlier first; on 09.12 not ready."""
    answers = (*ICT, "08.12.2022", "36")
    _, view = run(audit_engine, *answers)
    assert view.node_id == "ict-ok" and "trp-note-ict-cap-count" in note_ids(view)
    _, view = run(audit_engine, *answers, NEXT, "c:police", "08.12.2026", "c:in-hours", "31.12.2030")
    assert view.outcome == "not_ready" and view.text.id == "trp-block-ict-boundary"
    assert view.text.args == {"start": D(2022, 12, 8), "ext_end": D(2026, 12, 7), "ext_outer": D(2026, 12, 8),
                              "accepted": D(2026, 12, 8)}
    assert item_ids(view) == ["trp-blocked-ict-boundary-consequence"]
    ru = Renderer(Localizer()).render(view, "ru").text
    assert "Не готово" not in ru and ru.index("07.12.2026") < ru.index("08.12.2026")
    _, view = run(audit_engine, *answers, NEXT, "c:police", "09.12.2026", "c:in-hours", "31.12.2030")
    assert view.outcome == "not_ready" and view.text.id == "trp-block-ict-ended"
    assert view.text.args == {"start": D(2022, 12, 8), "ext_end": D(2026, 12, 7), "ext_outer": D(2026, 12, 8),
                              "accepted": D(2026, 12, 9)}


def test_stay_over_before_acceptance_states_the_conditions_of_the_failure_exception(audit_engine):
    """Finding 8: p.9-1 (1) — "своевременно обратившихся …, но сроки пребывания которых
    истекли вследствие сбоев информационных систем (при наличии акта сбоя …)". The
    consequence said only "a system failure (with an act)"."""
    _, view = run(audit_engine, "c:new", "c:company", "c:invites", "c:adult", "08.12.2026", "c:other", "c:police", "09.12.2026",
                  "c:in-hours", "31.12.2030")
    assert view.outcome == "not_ready" and view.text.id == "trp-block-stay"
    assert "trp-blocked-stay-consequence" in item_ids(view)
    text = Renderer(Localizer()).render(view, "ru").text
    assert "вовремя" in text and "из-за сбоя" in text and "акт о сбое" in text
    en = Localizer().format("en", "trp-blocked-stay-consequence")
    assert "in time" in en and "because of a system failure" in en
    for lang, words in (("ru", ("вовремя", "из-за сбоя")), ("en", ("in time", "because of a system failure"))):
        note = Localizer().format(lang, "trp-note-apply-before-stay-ends")
        assert all(w in note for w in words), lang


def test_victim_documents_and_family_relatives_are_not_placed_in_appendix_1_1(audit_engine):
    """Finding 9: p.2(2) ties identifying a victim to the Criteria approved by joint order
    No. 528; p.5 says Appendix 1-1 lists documents by purpose of stay. Neither says the
    victim's documents or the qualifying relatives are in Appendix 1-1 or the Law."""
    localizer = Localizer()
    state, view = run(audit_engine, "c:new", "c:special", "c:trafficking")
    note = next(n for n in view.notes if n.text.id == "trp-note-trafficking-proof-silent")
    assert note.flag == "silent" and {c.point for c in note.citations} == {"2(2)"}
    assert any("№ 528" in c.quote for c in note.citations)
    ru = localizer.format("ru", "trp-note-trafficking-proof-silent")
    assert "в наших источниках нет" in ru and "1-1" not in ru and "528" in ru
    assert "1-1" not in localizer.format("en", "trp-note-trafficking-proof-silent")
    for msg in ("trp-note-family-use-silent", "trp-blocked-family-other-consequence"):
        for lang, silent in (("ru", "в наших источниках нет"), ("en", "not in our sources")):
            text = localizer.format(lang, msg)
            assert silent in text and "Закон" not in text and " Law" not in text, (msg, lang)


def test_intra_corporate_transfer_past_the_leading_extension_says_it_is_over_on_that_reading(audit_engine):
    """Finding 10: a 12-month contract from 01.01.2025 ended 31.12.2025; a year added to it
    (the leading reading of "с правом продления на один год") ends 31.12.2026. Accepted on
    11.01.2027 the screen said "the transfer goes on only if extended: until 31.12.2026" —
    a date already gone. Now: over on the leading reading, only 3 + 1 years would allow it."""
    answers = (*ICT, "01.01.2025", "12", NEXT, "c:gov-corp")
    _, view = run(audit_engine, *answers, "11.01.2027", "c:in-hours", "31.12.2030")
    assert view.outcome == "not_ready" and view.text.id == "trp-block-ict-extension-over"
    assert view.text.args == {"end": D(2025, 12, 31), "accepted": D(2027, 1, 11), "ext_near": D(2026, 12, 31),
                              "ext_end": D(2028, 12, 31)}
    assert item_ids(view) == ["trp-blocked-ict-extension-over-consequence"]
    assert next(n for n in view.notes if n.text.id == "trp-note-ict-extension-reading").flag == "ambiguous"
    ru = Renderer(Localizer()).render(view, "ru").text
    assert "продолжается, только если" not in ru and "закончился 31.12.2026" in ru
    # accepted within the leading reading's year: the transfer goes on only if extended
    _, view = run(audit_engine, *answers, "14.12.2026", "c:in-hours", "31.12.2030")
    assert view.text.id == "trp-block-ict-contract-ended"


def test_a_filing_day_gone_says_the_decision_holds_if_filed_and_that_the_stay_ended_since():
    """Planned on 07.12 for Tue 08.12 with the stay allowed until 10.12, opened again on
    14.12: the headline asks "if you filed" (common-result-date-gone); the bullets no
    longer state «Заявление принято 08.12» as a fact, and the stay's end, gone since, is
    said first with p.9-1's two exceptions (stop 29, from the audit of stop 28)."""
    answers = ("c:new", "c:citizen", "c:invites", "c:adult", "10.12.2026", "c:other", "c:gov-corp", "08.12.2026", "c:in-hours", PASSPORT_OK)
    planned, view = walk(Engine(load_trees(), today=lambda: D(2026, 12, 7)), TREE, *answers)
    assert view.outcome == "eligible" and "trp-reason-decision" in [i.text.id for i in view.items]
    assert "trp-reason-stay-ended-since" not in [i.text.id for i in view.items]
    later = Engine(load_trees(), today=lambda: D(2026, 12, 14))
    reopened = later.view(later.resume(planned))
    ids = [i.text.id for i in reopened.items]
    assert reopened.text.id == "common-result-date-gone" and reopened.outcome == "ask_person"
    assert ids[0] == "trp-reason-stay-ended-since" and reopened.items[0].text.args == {"until": D(2026, 12, 10)}
    assert cite_points(reopened.items[0]) == {"9-1"}
    assert "trp-reason-decision" not in ids and "trp-reason-decision-if-filed" in ids
    # opened on 09.12, the stay still running: only "if filed", no stay line
    between = Engine(load_trees(), today=lambda: D(2026, 12, 9))
    ids = [i.text.id for i in between.view(between.resume(planned)).items]
    assert "trp-reason-decision-if-filed" in ids and "trp-reason-stay-ended-since" not in ids
