"""Scripted conversations of the regional-quota tree (inclusion in the regional quota
for admission of kandases and resettlers; seed 002, Rules No. 20 as amended by order
No. 222).

Every expected date below was counted by hand on the Kazakhstan calendar: five-day
week, public holidays off (16.12, 1–2.01 with 04.01.2027 in lieu of Saturday 02.01,
07.01, 08.03, 21–23.03 with 24.03.2027 in lieu of Sunday 21.03, 06.07 Capital Day).
"""

import datetime as dt

import pytest

from dialogs.runtime.engine import NEXT, Engine
from dialogs.model.loader import load_trees
from tests.scripted import chat, item_ids, note_ids, walk

TREE = "regional-quota"
D = dt.date


@pytest.fixture(scope="module")
def trees():
    return load_trees()


def engine(trees, today):
    return Engine(trees, today=lambda: today)


def items_by_id(view, msg_id):
    return [i for i in view.items if i.text.id == msg_id]


def the_item(view, msg_id):
    found = items_by_id(view, msg_id)
    assert len(found) == 1, f"{msg_id}: {item_ids(view)}"
    return found[0]


def the_note(view, msg_id):
    found = [n for n in view.notes if n.text.id == msg_id]
    assert len(found) == 1, f"{msg_id}: {note_ids(view)}"
    return found[0]


# answers -------------------------------------------------------------------------
TODAY = ("c:today", "c:in-hours")
STATUS_OK = "31.12.2027"  # the kandas certificate's last day ("по")
KANDAS_IN_KZ = ("c:kandas", "c:no", "c:yes", "c:no", STATUS_OK)  # has status, not a citizen, lives in KZ, never included
RESETTLER = ("c:resettler", "c:yes")  # a citizen, registered job seeker
ID_OK = "31.12.2030"


def on(day: str, hours: str = "c:in-hours"):
    return ("c:other", day, hours)


def links(view):
    return [b.action for b in view.buttons if b.action.startswith(("l:", "url:"))]


# ---- eligible ----------------------------------------------------------------------
def test_kandas_living_in_kazakhstan_is_eligible_with_exact_dates(trees):
    """Filed Thursday 10.12.2026: 14 working days skip Independence Day (Wed 16.12)."""
    e = engine(trees, D(2026, 12, 10))
    answers = TODAY + KANDAS_IN_KZ + (ID_OK, "c:yes")
    _, view = walk(e, TREE, *answers)
    assert view.node_id == "kandas-result" and view.outcome == "eligible"
    assert view.text.args == {"decision_by": D(2026, 12, 31)}
    decision = the_item(view, "rq-reason-decision")
    assert decision.text.args == {"accepted": D(2026, 12, 10), "decision_by": D(2026, 12, 31)}
    assert the_item(view, "rq-reason-kandas-notice").text.args["notice_by"] == D(2026, 12, 11)
    assert "rq-reason-fee" in item_ids(view) and "rq-reason-channels-kandas" in item_ids(view)
    assert "rq-reason-channels-old" not in item_ids(view)
    assert len(view.items) <= 5
    # a family in the application: the nationality question of the kandas definition is said
    assert the_note(view, "rq-note-family-nationality").flag == "ambiguous"
    assert all(i.citations for i in view.items), "every reason carries its citation"

    _, docs = walk(e, TREE, *answers, NEXT)
    assert docs.kind == "checklist"
    assert item_ids(docs) == ["rq-doc-application-kandas", "rq-doc-kandas-id", "rq-doc-family-id", "rq-doc-marriage", "rq-doc-birth"]
    assert not [n for n in docs.notes if n.flag == "warning"]
    assert {c.source for i in docs.items for c in i.citations} == {"quota-rules"}

    _, grounds = walk(e, TREE, *answers, NEXT, NEXT)
    assert grounds.node_id == "refusals" and grounds.final
    assert "rq-ground-k-definition" in item_ids(grounds) and "rq-ground-r-social-code" not in item_ids(grounds)
    assert links(grounds) == ["l:0"]  # the complaint deadline


def test_resettler_filing_before_new_year_gets_holiday_aware_dates(trees):
    """Filed Thursday 24.12.2026: 1–2 Jan, 4 Jan (in lieu of Sat 2 Jan) and 7 Jan are off."""
    e = engine(trees, D(2026, 12, 1))
    answers = on("24.12.2026") + RESETTLER + ("01.03.2024", ID_OK, "c:no")
    _, view = walk(e, TREE, *answers)
    # the second filing condition of p.14 (the order-234 period) cannot be checked: no ✅
    assert view.node_id == "resettler-result" and view.outcome == "ask_person"
    assert view.text.args == {"decision_by": D(2027, 1, 19)}  # the latest reading leads
    assert the_item(view, "rq-reason-decision").text.args["decision_by"] == D(2027, 1, 18)
    assert the_note(view, "rq-reason-decision-online").text.args["decision_by_online"] == D(2027, 1, 19)
    notice = the_note(view, "rq-reason-resettler-notice").text.args  # folded: the screen is the decision
    assert notice == {"notice_by": D(2026, 12, 28), "notice_by_online": D(2026, 12, 29)}
    assert the_item(view, "rq-reason-one-year-met").text.args["safe_from"] == D(2025, 3, 2)
    assert len(view.items) <= 5
    # the order-234 period cannot be checked: said plainly, with where to ask
    assert the_note(view, "rq-note-period-234-silent").flag == "silent"
    assert "common-ask-official" in note_ids(view)

    _, docs = walk(e, TREE, *answers, NEXT)
    assert item_ids(docs) == [
        "rq-doc-application-resettler", "rq-doc-resettler-id", "rq-doc-jobseeker", "rq-doc-marriage", "rq-doc-education", "rq-doc-work",
    ]


def test_pair_id_valid_or_expiring_before_the_resettler_decision(trees):
    """The ID ends 15.01.2027, before the latest decision day 19.01.2027: p.15 refuses it."""
    e = engine(trees, D(2026, 12, 1))
    _, ok = walk(e, TREE, *on("24.12.2026"), *RESETTLER, "01.03.2024", "20.01.2027", "c:no")
    _, short = walk(e, TREE, *on("24.12.2026"), *RESETTLER, "01.03.2024", "15.01.2027", "c:no")
    assert ok.outcome == "ask_person" and ok.text.id == "rq-result-resettler"  # finding 7: no ✅
    assert short.outcome == "not_ready" and short.text.id == "rq-block-id-decision"
    assert short.text.args == {"expiry": D(2027, 1, 15), "latest": D(2027, 1, 19)}
    assert any(c.point == "15" for c in short.citations)


def test_pair_id_valid_or_expired_on_the_acceptance_day(trees):
    e = engine(trees, D(2026, 12, 10))
    # on its last day a document has not expired (p.8 refuses "expired" ones; the kandas
    # tree counts it the same way): valid on the acceptance day is ✅, a day before is not
    _, ok = walk(e, TREE, *TODAY, *KANDAS_IN_KZ, "10.12.2026", "c:no")
    _, expired = walk(e, TREE, *TODAY, *KANDAS_IN_KZ, "09.12.2026", "c:no")
    assert ok.outcome == "eligible"
    assert expired.node_id == "kandas-result" and expired.outcome == "not_ready" and expired.text.id == "rq-block-id-expired"
    assert expired.text.args == {"expiry": D(2026, 12, 9), "accepted": D(2026, 12, 10)}
    assert any(c.point == "8" for c in expired.citations)
    assert "common-blocked-not-accepted" in item_ids(expired)
    # an ID ending Thursday 10.12 with a filing after hours: accepted Friday 11.12 -> expired
    _, late = walk(e, TREE, "c:today", "c:after-hours", *KANDAS_IN_KZ, "10.12.2026", "c:no")
    assert late.outcome == "not_ready" and late.text.args == {"expiry": D(2026, 12, 10), "accepted": D(2026, 12, 11)}


def test_pair_filing_in_hours_or_after_hours(trees):
    e = engine(trees, D(2026, 12, 10))  # Thursday
    _, in_hours = walk(e, TREE, *TODAY, *KANDAS_IN_KZ, ID_OK, "c:no")
    _, after = walk(e, TREE, "c:today", "c:after-hours", *KANDAS_IN_KZ, ID_OK, "c:no")
    assert the_item(in_hours, "rq-reason-decision").text.args["decision_by"] == D(2026, 12, 31)
    moved = the_item(after, "rq-reason-decision-moved")
    # accepted Friday 11.12 -> 14 wd skipping 16.12, 01.01, 04.01 -> 05.01.2027; same-day reading 31.12.2026
    assert moved.text.args == {"accepted": D(2026, 12, 11), "decision_by": D(2027, 1, 5), "early": D(2026, 12, 31)}
    assert moved.flag == "ambiguous"
    assert after.text.args == {"decision_by": D(2027, 1, 5)}
    # the 1-working-day notice: Monday 14.12 (safe), Friday 11.12 counting from the filing day
    assert the_item(after, "rq-reason-kandas-notice-moved").text.args == {"notice_by": D(2026, 12, 14), "early": D(2026, 12, 11)}


def test_weekend_filing_is_counted_from_the_next_working_day(trees):
    """Saturday 12.12.2026 is accepted Monday 14.12; 16.12 and the New Year days are off."""
    e = engine(trees, D(2026, 12, 1))
    _, view = walk(e, TREE, *on("12.12.2026"), *KANDAS_IN_KZ, ID_OK, "c:no")
    decision = the_item(view, "rq-reason-decision-moved").text.args
    assert decision == {"accepted": D(2026, 12, 14), "decision_by": D(2027, 1, 6), "early": D(2027, 1, 5)}
    assert the_item(view, "rq-reason-kandas-notice-moved").text.args == {"notice_by": D(2026, 12, 15), "early": D(2026, 12, 14)}


def test_march_holidays_push_the_notice_and_the_decision(trees):
    e = engine(trees, D(2026, 12, 10))
    # Friday 05.03.2027: the 1-working-day notice skips Monday 8 March
    _, view = walk(e, TREE, *on("05.03.2027"), *KANDAS_IN_KZ, ID_OK, "c:no")
    assert the_item(view, "rq-reason-kandas-notice").text.args["notice_by"] == D(2027, 3, 9)
    # Friday 19.03.2027: Nauryz 22–24 March are off, so day 1 is Thursday 25 March
    _, view = walk(e, TREE, *on("19.03.2027"), *KANDAS_IN_KZ, ID_OK, "c:no")
    assert the_item(view, "rq-reason-kandas-notice").text.args["notice_by"] == D(2027, 3, 25)
    assert the_item(view, "rq-reason-decision").text.args["decision_by"] == D(2027, 4, 13)


def test_widow_who_came_after_the_quota_is_asked_to_check_ground_1_first(trees):
    """Audit finding 1(c). p.3 names widows and common children apart from those "who
    obtained kandas status", with no citizenship condition; refusal ground 1 (App. 2
    row 11) refuses applicants outside the Law's definition of a kandas (Kazakh
    nationality, never an RK citizen, the status obtained). Whether it reaches them is
    not said: a ✅ sat above "check with the akimat before filing". Now ☎️ with that
    point as the first bullet and the dates below."""
    _, view = walk(engine(trees, D(2026, 12, 10)), TREE, *TODAY, "c:widow", "c:widow", "c:no", ID_OK, "c:no")
    assert view.node_id == "g2-result" and view.outcome == "ask_person"
    assert view.text.id == "rq-result-g2"
    lead = view.items[0]
    assert lead.text.id == "rq-note-g2-ground-1-open" and lead.flag == "ambiguous"
    assert {c.point for c in lead.citations} >= {"3", "11"}
    assert "rq-reason-g2-widow" in item_ids(view) and "rq-reason-g3" not in item_ids(view)
    assert the_item(view, "rq-reason-decision").text.args["decision_by"] == D(2026, 12, 31)
    assert the_note(view, "rq-note-g2-widow-reading").flag == "ambiguous"
    assert the_note(view, "rq-note-widow-proof-silent").flag == "silent"
    assert "rq-note-own-status" in note_ids(view)  # with the status oneself: the kandas way (G3)
    assert view.track is None and links(view)  # no 🔔 on a ☎️; the official sites
    # an expired ID still blocks first (p.8)
    _, blocked = walk(engine(trees, D(2026, 12, 10)), TREE, *TODAY, "c:widow", "c:widow", "c:no", "09.12.2026", "c:no")
    assert blocked.outcome == "not_ready" and blocked.text.id == "rq-block-id-expired"
    # a filing already made: said in the headline, the open point kept
    _, filed = walk(engine(trees, D(2026, 12, 15)), TREE, *on("07.12.2026"), "c:widow", "c:widow", "c:no", ID_OK, "c:no")
    assert filed.outcome == "ask_person" and filed.text.id == "rq-result-g2-filed-if"
    assert filed.text.args == {"filed": D(2026, 12, 7), "decision_by": D(2026, 12, 28)}
    # before 12 July (before-switch, ☎️ already): the open point is said too
    _, june = walk(engine(trees, D(2026, 6, 20)), TREE, *on("01.07.2026"), "c:widow", "c:widow", "c:no", ID_OK, "c:no")
    assert june.node_id == "before-switch" and "rq-note-g2-ground-1-open" in note_ids(june)


def test_the_widow_walk_of_the_audit_gets_no_tick_in_the_chat():
    """Audit finding 1(c), the auditor's own steps."""
    out = chat(TREE, "1", "1", "2", "1", "2", "01.01.2030", "2", today="2026-12-07")
    last = out.split("> 2\n", 3)[-1]
    assert "✅" not in last
    assert "☎️ Уточните до подачи в акимате или по 1414" in last
    assert "• ⚖️ Основание отказа 1 — несоответствие определению кандаса" in last


def test_a_widow_or_child_who_is_a_citizen_hears_both_readings_not_a_refusal(trees):
    """Audit finding 1(a)(b). p.3 G2 sets no citizenship condition; ground 1 says "ранее
    не состоявшие в гражданстве". A citizen widow or child short of the resettler
    conditions got ⛔ on the resettler rules alone; now ☎️ with both readings, as a
    kandas who became a citizen gets."""
    e = engine(trees, D(2026, 12, 7))
    child = ("c:widow", "c:child-born", "c:yes", "c:yes", "c:yes")  # common child, born before, a citizen
    _, no_job = walk(e, TREE, *TODAY, *child, "c:no")
    assert no_job.node_id == "g2-citizen-open" and no_job.outcome == "ask_person"
    assert no_job.text.id == "rq-result-g2-citizen"
    assert item_ids(no_job) == ["rq-reason-p14-who", "rq-reason-g2-citizen-reading"]
    reading = the_item(no_job, "rq-reason-g2-citizen-reading")
    assert reading.flag == "ambiguous" and {c.point for c in reading.citations} == {"3", "11"}
    assert the_note(no_job, "rq-note-g2-citizen").flag == "ambiguous" and links(no_job)
    _, widow = walk(e, TREE, *TODAY, "c:widow", "c:widow", "c:yes", "c:yes", "01.06.2026")
    assert widow.node_id == "g2-citizen-open" and widow.outcome == "ask_person"
    assert the_item(widow, "rq-reason-one-year-not-yet").text.args == {"since": D(2026, 6, 1), "safe_from": D(2027, 6, 2)}
    assert "rq-note-widow-proof-silent" in note_ids(widow)
    # meeting the year: the resettler result (☎️), with the kandas-quota reading said
    _, resettler = walk(e, TREE, *TODAY, "c:widow", "c:widow", "c:yes", "c:yes", "01.03.2024", ID_OK, "c:no")
    assert resettler.node_id == "resettler-result" and resettler.outcome == "ask_person"
    assert the_note(resettler, "rq-note-g2-citizen").flag == "ambiguous"
    # the question no longer states ground 1 as settled
    _, question = walk(e, TREE, *TODAY, "c:widow", "c:widow")
    assert question.text.id == "rq-g2-citizen-question-open"
    # the auditor's chat: no ⛔
    out = chat(TREE, "1", "1", "2", "4", "1", "1", "1", "2", today="2026-12-07")
    last = out.rsplit("> 2\n", 1)[-1]
    assert "⛔" not in last and "☎️ По квоте переселенцев пока нельзя" in last


# ---- citizenship decides the branch (issue 8) ------------------------------------------
def test_pair_ethnic_kazakh_without_status_citizen_or_foreigner(trees):
    e = engine(trees, D(2026, 12, 10))
    _, foreigner = walk(e, TREE, *TODAY, "c:no-status", "c:no")
    assert foreigner.node_id == "no-status" and foreigner.outcome == "not_eligible"
    assert "rq-reason-kandas-definition" in item_ids(foreigner)
    state, _ = walk(e, TREE, *TODAY, "c:no-status", "c:no")
    step = e.choose(state, "l:0")
    assert step.accepted and step.state.tree_id == "kandas"  # the way on: kandas status
    # a citizen never hears "get kandas status first": the resettler branch
    _, citizen = walk(e, TREE, *TODAY, "c:no-status", "c:yes")
    assert citizen.node_id == "job-seeker"
    _, result = walk(e, TREE, *TODAY, "c:no-status", "c:yes", "c:yes", "01.03.2024", ID_OK, "c:no")
    assert result.node_id == "resettler-result" and result.outcome == "ask_person"  # finding 7
    _, grounds = walk(e, TREE, *TODAY, "c:no-status", "c:yes", "c:yes", "01.03.2024", ID_OK, "c:no", NEXT, NEXT)
    assert "rq-ground-r-social-code" in item_ids(grounds) and "rq-ground-k-definition" not in item_ids(grounds)


def test_pair_kandas_who_became_a_citizen_goes_to_the_resettler_quota(trees):
    e = engine(trees, D(2026, 12, 10))
    _, kandas = walk(e, TREE, *TODAY, "c:kandas", "c:no")
    assert kandas.node_id == "kandas-in-kz"
    _, citizen = walk(e, TREE, *TODAY, "c:kandas", "c:yes", "c:yes", "01.03.2024", ID_OK, "c:no")
    assert citizen.node_id == "resettler-result" and citizen.outcome == "ask_person"  # finding 7
    assert the_note(citizen, "rq-note-kandas-citizen").flag == "ambiguous"


# ---- not eligible / ask a person -----------------------------------------------------
def test_pair_kandas_certificate_ended_ends_before_the_decision_or_lasts(trees):
    """Review M6: the bot asked about citizenship (one end of the kandas certificate,
    KR App. 5) but not its year, and gave ✅. The certificate is not among the
    documents (App. 2 row 10), so no refusal to accept; but p.3 and refusal ground 1
    speak of those who "obtained" the status, and whether an ended status counts is not
    said: both readings, the safe one first, the akimat / 1414 — no ✅."""
    e = engine(trees, D(2026, 12, 7))  # Monday; in hours: accepted today, decision by 28.12
    kandas = KANDAS_IN_KZ[:-1]
    _, ended = walk(e, TREE, *TODAY, *kandas, "01.12.2026")
    assert ended.node_id == "kandas-status-ended" and ended.outcome == "ask_person"
    assert ended.text.args == {"valid_to": D(2026, 12, 1), "accepted": D(2026, 12, 7)}
    assert item_ids(ended) == ["rq-reason-status-safe", "rq-reason-status-other"]
    assert all(i.flag == "ambiguous" for i in ended.items)
    assert ("kandas-rules", "5") in {(c.source, c.point) for c in ended.items[0].citations}
    assert "common-ask-official" in note_ids(ended) and "l:0" in links(ended)  # the kandas service

    _, ending = walk(e, TREE, *TODAY, *kandas, "20.12.2026")
    assert ending.node_id == "kandas-status-ending" and ending.outcome == "ask_person"
    assert ending.text.args == {"valid_to": D(2026, 12, 20), "decision_by": D(2026, 12, 28)}

    # valid on the latest decision day itself: on to the identity document and the ✅
    _, lasts = walk(e, TREE, *TODAY, *kandas, "28.12.2026", ID_OK, "c:no")
    assert lasts.node_id == "kandas-result" and lasts.outcome == "eligible"

    # filed on Friday evening, the certificate's last day: accepted on Monday, after it
    _, friday = walk(engine(trees, D(2026, 12, 11)), TREE, "c:today", "c:after-hours", *kandas, "11.12.2026")
    assert friday.node_id == "kandas-status-ended" and friday.text.args["accepted"] == D(2026, 12, 14)

    # before 12.07.2026: the same, with the transitional list and the switch said
    _, june = walk(engine(trees, D(2026, 6, 20)), TREE, *on("01.07.2026"), *kandas, "30.06.2026")
    assert june.node_id == "kandas-status-ended" and "rq-note-before-switch" in note_ids(june)
    assert "order-222" in {c.source for c in june.items[0].citations}


def test_an_ended_kandas_certificate_gets_no_tick_in_the_chat():
    """The review's steps, with a certificate that ended on 01.06.2026."""
    out = chat(TREE, "1", "1", "1", "2", "1", "1", "01.06.2026", today="2026-12-07")
    last = out.split("> 01.06.2026", 1)[1]
    assert "☎️ Удостоверение кандаса действовало по 01.06.2026" in last
    assert "✅" not in last and "Надёжное прочтение" in last and "Другое прочтение" in last


def test_resettler_not_registered_as_job_seeker_is_not_eligible(trees):
    _, view = walk(engine(trees, D(2026, 12, 10)), TREE, *TODAY, "c:resettler", "c:no")
    assert view.node_id == "not-registered" and view.outcome == "not_eligible" and view.final
    assert item_ids(view) == ["rq-reason-p14-who", "rq-reason-jobseeker-document"]
    assert the_note(view, "rq-note-register-how-silent").flag == "silent"
    assert "common-ask-official" in note_ids(view)
    assert "url:https://migration.enbek.kz" in links(view)


def test_widow_outside_the_group_is_not_eligible_and_told_the_other_reading(trees):
    _, view = walk(engine(trees, D(2026, 12, 10)), TREE, *TODAY, "c:widow", "c:other")
    assert view.node_id == "widow-not-covered" and view.outcome == "not_eligible"
    assert the_note(view, "rq-note-g2-widow-reading").flag == "ambiguous"
    assert links(view)


def test_kandas_abroad_or_already_included_is_sent_to_a_person(trees):
    e = engine(trees, D(2026, 12, 10))
    _, abroad = walk(e, TREE, *TODAY, "c:kandas", "c:no", "c:no")
    assert abroad.node_id == "kandas-abroad" and abroad.outcome == "ask_person"
    assert any(i.flag == "silent" for i in abroad.items)
    assert links(abroad)
    _, repeat = walk(e, TREE, *TODAY, "c:kandas", "c:no", "c:yes", "c:yes")
    assert repeat.node_id == "kandas-repeat" and repeat.outcome == "ask_person"
    assert item_ids(repeat)[0] == "rq-note-repeat-ambiguous" and repeat.items[0].flag == "ambiguous"  # "ask the akimat" shown
    assert links(repeat)


def test_none_of_the_groups_is_sent_to_the_services_that_fit(trees):
    state, view = walk(engine(trees, D(2026, 12, 10)), TREE, *TODAY, "c:other")
    assert view.node_id == "not-covered" and view.outcome == "not_eligible"
    assert links(view) == ["l:0", "l:1", "l:2"]


# ---- complaints (p.24: both readings) ---------------------------------------------------
def test_pair_complaint_registration_day_both_readings(trees):
    e = engine(trees, D(2026, 12, 20))
    state, _ = walk(e, TREE)
    step = e.choose(state, "l:0")  # the first screen offers the complaint deadline
    assert step.accepted and step.view.node_id == "complaint-date"
    # Fri 11.12.2026: without that day 14, 15, 17, 18, 21 -> 21.12; with it 11, 14, 15, 17, 18 -> 18.12
    s = e.choose(e.start(TREE), "l:0").state
    fri = e.answer_text(s, "11.12.2026").view
    s = e.choose(e.start(TREE), "l:0").state
    mon = e.answer_text(s, "14.12.2026").view
    assert fri.node_id == "complaint-result" and fri.final
    readings = the_item(fri, "rq-reason-complaint-readings")
    assert readings.text.args == {"registered": D(2026, 12, 11), "answer_by": D(2026, 12, 21), "early": D(2026, 12, 18)}
    assert readings.flag == "ambiguous" and fri.text.args == {"answer_by": D(2026, 12, 21)}
    # Mon 14.12.2026: 15, 17, 18, 21, 22 -> 22.12; counting the Monday -> 21.12
    assert the_item(mon, "rq-reason-complaint-readings").text.args["early"] == D(2026, 12, 21)
    assert mon.text.args == {"answer_by": D(2026, 12, 22)}
    assert the_note(fri, "rq-note-complaint-bodies-silent").flag == "silent"


# ---- edges on dates ---------------------------------------------------------------
def test_one_year_registration_anniversary_day_is_not_relied_on(trees):
    """Audit finding 3. p.14: "имеющих на момент подачи заявления постоянную регистрацию
    не менее одного года" — whether the anniversary counts is not said (AMB-18): one
    reading allows the filing, so not ⛔ but ☎️ leading with the safe day."""
    e = engine(trees, D(2026, 12, 10))
    # registered 10.12.2025, filing today 10.12.2026: exactly the anniversary
    _, view = walk(e, TREE, *TODAY, *RESETTLER, "10.12.2025")
    assert view.node_id == "anniversary-day" and view.outcome == "ask_person"
    assert view.text.id == "rq-result-anniversary" and view.text.args == {"safe_from": D(2026, 12, 11)}
    lead = view.items[0]
    assert lead.text.id == "rq-note-anniversary" and lead.flag == "ambiguous"
    assert lead.text.args == {"anniversary": D(2026, 12, 10), "safe_from": D(2026, 12, 11)}
    assert the_item(view, "rq-reason-one-year-not-yet").text.args == {"since": D(2025, 12, 10), "safe_from": D(2026, 12, 11)}
    assert links(view)
    # a day short of the anniversary stays ⛔
    _, short = walk(e, TREE, *TODAY, *RESETTLER, "11.12.2025")
    assert short.node_id == "too-early" and short.outcome == "not_eligible"
    # filed on the anniversary, days ago: said so, not "file from" a day gone
    _, filed = walk(engine(trees, D(2026, 12, 20)), TREE, *on("10.12.2026"), *RESETTLER, "10.12.2025")
    assert filed.outcome == "ask_person" and filed.text.id == "rq-result-anniversary-filed-if"
    assert filed.text.args == {"filed": D(2026, 12, 10)}
    # the auditor's chat
    out = chat(TREE, "1", "1", "3", "1", "07.12.2025", today="2026-12-07")
    last = out.split("> 07.12.2025", 1)[1]
    assert "⛔" not in last and "☎️ Надёжно подавать с 08.12.2026" in last
    # one day earlier registration: the year is complete, the dialog goes on
    state, view = walk(e, TREE, *TODAY, *RESETTLER, "09.12.2025")
    assert view.node_id == "id-expiry"
    # the same registration with a later application date passes too
    _, view = walk(e, TREE, *on("11.12.2026"), *RESETTLER, "10.12.2025")
    assert view.node_id == "id-expiry"
    # a registration date in the future is refused as a typo
    state, _ = walk(e, TREE, *TODAY, *RESETTLER)
    step = e.answer_text(state, "01.01.2027")
    assert not step.accepted and step.view.error.id == "date-error-range"


# ---- rule versions by date: 12 July 2026 ---------------------------------------------
def test_application_before_and_after_12_july_2026(trees):
    e = engine(trees, D(2026, 6, 20))
    same = KANDAS_IN_KZ + (ID_OK, "c:no")

    _, before = walk(e, TREE, *on("01.07.2026"), *same)
    _, after = walk(e, TREE, *on("15.07.2026"), *same)

    # differs: the verdict, the portal's name, the refusal-notice limit, the sources
    assert before.node_id == "before-switch" and before.outcome == "ask_person"
    assert after.node_id == "kandas-result" and after.outcome == "eligible"
    assert "rq-reason-channels-old" in item_ids(before) and "rq-reason-channels-kandas" in item_ids(after)
    assert "rq-reason-kandas-notice" not in item_ids(before)  # p.8: earlier wording not in the seed
    assert the_item(after, "rq-reason-kandas-notice").text.args["notice_by"] == D(2026, 7, 16)
    assert the_note(before, "rq-note-before-switch").flag == "silent"
    assert the_note(before, "rq-note-entry-into-force").flag == "ambiguous"
    # filed 01.07, decided by 22.07 (Capital Day 06.07 is off): the case straddles the switch
    assert the_note(before, "rq-note-straddle").text.args["decision_by"] == D(2026, 7, 22)
    assert "rq-note-before-switch" not in note_ids(after)
    assert {c.source for c in the_item(before, "rq-reason-channels-old").citations} == {"order-222"}  # App. 2 to the order
    assert [c.source for c in the_item(after, "rq-reason-fee").citations] == ["quota-rules"]  # App. 2 to the Rules

    # same: 14 working days, the group reason
    assert the_item(before, "rq-reason-decision").text.args["decision_by"] == D(2026, 7, 22)
    assert the_item(after, "rq-reason-decision").text.args["decision_by"] == D(2026, 8, 4)
    dec_before = the_item(before, "rq-reason-decision").citations[0]
    dec_after = the_item(after, "rq-reason-decision").citations[0]
    assert (dec_before.source, dec_after.source) == ("order-222", "quota-rules")
    assert dec_before.point == dec_after.point == "5"
    # the group under p.3 in its new wording: a note before the switch (not yet in force)
    assert "rq-reason-g3" in note_ids(before) and "rq-reason-g3" in item_ids(after)

    # same documents, cited to the wording in force on each date
    _, docs_before = walk(e, TREE, *on("01.07.2026"), *same, NEXT)
    _, docs_after = walk(e, TREE, *on("15.07.2026"), *same, NEXT)
    assert item_ids(docs_before) == item_ids(docs_after) == ["rq-doc-application-kandas", "rq-doc-kandas-id", "rq-doc-marriage"]
    listed_before, listed_after = docs_before.items[1:], docs_after.items[1:]
    assert {c.source for i in listed_before for c in i.citations} == {"order-222"}  # transitional App. 2
    assert {c.source for i in listed_after for c in i.citations} == {"quota-rules"}
    # the application form comes from p.3, whose wording before 12 July is not in the seed
    assert docs_before.items[0].flag == "silent" and docs_after.items[0].flag is None
    assert "rq-note-refusal-to-accept-before" in note_ids(docs_before)
    assert "rq-note-kandas-refusal-to-accept" in note_ids(docs_after)

    # same refusal grounds
    _, grounds_before = walk(e, TREE, *on("01.07.2026"), *same, NEXT, NEXT)
    _, grounds_after = walk(e, TREE, *on("15.07.2026"), *same, NEXT, NEXT)
    assert item_ids(grounds_before) == item_ids(grounds_after)

    # an expired ID blocks before the switch too (the App.3 receipt is in force from the general date)
    _, blocked = walk(e, TREE, *on("01.07.2026"), *KANDAS_IN_KZ, "30.06.2026", "c:no")
    assert blocked.outcome == "not_ready" and {c.point for c in blocked.citations} == {"3", "8"}


def test_today_before_the_switch_also_counts_as_before(trees):
    """No date typed: as_of is today, and today picks the wording."""
    _, view = walk(engine(trees, D(2026, 7, 10)), TREE, *TODAY, *RESETTLER, "01.03.2024", ID_OK, "c:no")
    assert view.node_id == "before-switch" and view.outcome == "ask_person"
    # Friday 10.07.2026 + 14 working days (no holiday) = Thursday 30.07.2026
    assert the_item(view, "rq-reason-decision").text.args["decision_by"] == D(2026, 7, 30)
    assert "rq-reason-one-year-met" in note_ids(view)  # p.14's new wording: background
    assert "rq-reason-resettler-notice" not in item_ids(view)


# ---- audit findings (legal audit of kandas / regional quota) ------------------------
def test_child_of_a_kandas_is_asked_both_facts_of_group_2(trees):
    """Finding 1. p.3: "widows of kandases and their common children who arrived after the
    kandas's inclusion in the quota and (or) were born in RK before their parents obtained
    RK citizenship". A child born after the parents' citizenship, or the child of a living
    kandas, is not in the group: never ✅."""
    e = engine(trees, D(2026, 12, 10))
    state, common = walk(e, TREE, *TODAY, "c:widow", "c:child-born")
    assert common.node_id == "g2-common-child" and common.text.id == "rq-g2-common-child-question"
    _, born = walk(e, TREE, *TODAY, "c:widow", "c:child-born", "c:yes")
    assert born.node_id == "g2-born-before"
    # born after the parents became citizens: not covered, never ✅
    _, after = walk(e, TREE, *TODAY, "c:widow", "c:child-born", "c:yes", "c:no")
    assert after.node_id == "widow-not-covered" and after.outcome == "not_eligible"
    assert "rq-reason-g2" in item_ids(after) and links(after)
    # born before: the dialog goes on to the ID and the kandas-quota dates (☎️ while
    # refusal ground 1's reach to G2 is open: audit finding 1)
    _, ok = walk(e, TREE, *TODAY, "c:widow", "c:child-born", "c:yes", "c:yes", "c:no", ID_OK, "c:no")
    assert ok.node_id == "g2-result" and ok.outcome == "ask_person"
    assert "rq-reason-g2-child-born" in item_ids(ok)
    # the child of a living kandas: not a G2 applicant (the parent's own application)
    _, alive = walk(e, TREE, *TODAY, "c:widow", "c:child-arrived", "c:no")
    assert alive.node_id == "widow-not-covered" and alive.outcome == "not_eligible"
    assert "rq-note-g2-parent-alive" in note_ids(alive)
    # a common child who came after the inclusion: no birth question; citizenship, then the ID
    _, arrived = walk(e, TREE, *TODAY, "c:widow", "c:child-arrived", "c:yes")
    assert arrived.node_id == "g2-citizen"
    # the widow herself: as before
    _, widow = walk(e, TREE, *TODAY, "c:widow", "c:widow")
    assert widow.node_id == "g2-citizen"


def test_kandas_who_became_a_citizen_and_is_not_yet_a_resettler_hears_both_readings(trees):
    """Finding 2. p.3 opens the kandas quota to "ethnic Kazakhs who obtained kandas status,
    living in RK" with no citizenship condition, while App.5 ends the certificate on
    citizenship: a kandas-citizen short of the resettler conditions is not told "not yet"
    on the resettler rules alone."""
    e = engine(trees, D(2026, 12, 7))
    _, view = walk(e, TREE, *TODAY, "c:kandas", "c:yes", "c:yes", "01.06.2026")
    assert view.node_id == "kandas-citizen-open" and view.outcome == "ask_person"
    assert view.text.id == "rq-result-kandas-citizen"
    assert the_item(view, "rq-reason-one-year-not-yet").text.args == {"since": D(2026, 6, 1), "safe_from": D(2027, 6, 2)}
    reading = the_item(view, "rq-reason-g3-citizen-reading")
    assert reading.flag == "ambiguous" and {c.point for c in reading.citations} == {"3", "5"}
    assert the_note(view, "rq-note-kandas-citizen").flag == "ambiguous"
    assert links(view)
    # not a registered job seeker: the same two readings
    _, no_job = walk(e, TREE, *TODAY, "c:kandas", "c:yes", "c:no")
    assert no_job.node_id == "kandas-citizen-open" and "rq-reason-p14-who" in item_ids(no_job)
    assert "rq-reason-one-year-not-yet" not in item_ids(no_job)
    # a citizen who never had kandas status: the resettler rules alone, ⛔ as before
    _, resettler = walk(e, TREE, *TODAY, *RESETTLER, "01.06.2026")
    assert resettler.node_id == "too-early" and resettler.outcome == "not_eligible"
    _, not_registered = walk(e, TREE, *TODAY, "c:resettler", "c:no")
    assert not_registered.node_id == "not-registered" and not_registered.outcome == "not_eligible"


def test_before_12_july_no_not_eligible_verdict_on_rules_not_yet_in_force(trees):
    """Finding 5. Who may apply (p.3, p.14) has its new wording only from 12.07.2026: for
    an earlier date a ⛔ would rest on rules not yet in force — ask a person instead."""
    e = engine(trees, D(2026, 12, 7))
    june = on("22.06.2026")
    _, no_status = walk(e, TREE, *june, "c:no-status", "c:no")
    _, other = walk(e, TREE, *june, "c:other")
    _, widow = walk(e, TREE, *june, "c:widow", "c:other")
    _, early = walk(e, TREE, *june, *RESETTLER, "01.01.2026")
    expected = {
        "before-switch-no-status": (no_status, "rq-reason-status-needed"),
        "before-switch-not-covered": (other, "rq-reason-who-kandas"),
        "before-switch-widow": (widow, "rq-reason-g2"),
        "before-switch-too-early": (early, "rq-reason-one-year-not-yet"),
    }
    for node_id, (view, reason) in expected.items():
        assert view.node_id == node_id and view.outcome == "ask_person", (node_id, view.node_id, view.outcome)
        assert view.text.id == "rq-result-before-switch-no" and view.text.args == {"date": D(2026, 6, 22)}
        assert reason in item_ids(view)
        assert the_note(view, "rq-note-before-switch").flag == "silent"
        assert the_note(view, "rq-note-entry-into-force").flag == "ambiguous"
        assert links(view) and view.final
    assert the_item(early, "rq-reason-one-year-not-yet").text.args["safe_from"] == D(2027, 1, 2)
    # from 12.07.2026 the same answers are ⛔
    _, july = walk(e, TREE, *on("15.07.2026"), "c:no-status", "c:no")
    assert july.node_id == "no-status" and july.outcome == "not_eligible"
    # not a job seeker: the transitional App. 2 already makes the document mandatory (⛔),
    # with the unknown entry date said
    _, jobless = walk(e, TREE, *june, "c:resettler", "c:no")
    assert jobless.node_id == "not-registered" and jobless.outcome == "not_eligible"
    assert the_note(jobless, "rq-note-entry-into-force").flag == "ambiguous"


def test_date_before_the_order_can_be_in_force_gets_no_verdict_and_no_date(trees):
    """Finding 4. Order 222 was registered on 30.05.2026 and takes effect ten calendar days
    after its first publication, which cannot precede the registration: not before
    10.06.2026; earlier the previous Rules applied (not in the seed). p.24 (complaints)
    also takes effect only from the order's general date."""
    e = engine(trees, D(2026, 12, 7))
    _, old = walk(e, TREE, *on("08.06.2026")[:2])
    assert old.node_id == "old-rules" and old.outcome == "ask_person" and old.final
    assert old.text.args == {"date": D(2026, 6, 8), "earliest": D(2026, 6, 10)}
    reason = the_item(old, "rq-reason-order-in-force")
    assert reason.text.args == {"signed": D(2026, 5, 29), "registered": D(2026, 5, 30), "earliest": D(2026, 6, 10)}
    assert {c.point for c in reason.citations} == {"heading", "4"}
    assert the_note(old, "rq-note-old-rules-silent").flag == "silent" and links(old)
    assert old.track is None
    # the first possible day: the transitional path as before (ask a person, dates shown)
    _, first = walk(e, TREE, *on("10.06.2026"), *KANDAS_IN_KZ, ID_OK, "c:no")
    assert first.node_id == "before-switch" and first.outcome == "ask_person"
    # complaints
    s = e.choose(e.start(TREE), "l:0").state
    complaint_old = e.answer_text(s, "05.06.2026").view
    assert complaint_old.node_id == "complaint-old-rules" and complaint_old.outcome == "ask_person"
    assert "rq-reason-complaint-readings" not in item_ids(complaint_old)
    s = e.choose(e.start(TREE), "l:0").state
    complaint_june = e.answer_text(s, "22.06.2026").view
    assert complaint_june.node_id == "complaint-result"
    assert the_note(complaint_june, "rq-note-entry-into-force").flag == "ambiguous"
    s = e.choose(e.start(TREE), "l:0").state
    complaint_july = e.answer_text(s, "15.07.2026").view
    assert "rq-note-entry-into-force" not in note_ids(complaint_july)


def test_resettler_result_is_not_a_tick_while_the_order_234_period_is_unknown(trees):
    """Finding 7. p.14: one year of registration "and also the period provided for by
    sp.4 of p.12" of Rules No. 234, which is not in the seed. Half a filing condition is
    not a ✅: the headline says what the bot cannot check, then the decision date."""
    e = engine(trees, D(2026, 12, 10))
    _, view = walk(e, TREE, *TODAY, *RESETTLER, "01.03.2024", ID_OK, "c:no")
    assert view.node_id == "resettler-result" and view.outcome == "ask_person"
    assert view.text.id == "rq-result-resettler" and view.text.args == {"decision_by": D(2027, 1, 5)}
    assert "rq-reason-one-year-met" in item_ids(view)
    assert the_note(view, "rq-note-period-234-silent").flag == "silent"
    # review stop 23 H1/M4: nothing says the application can go in yet, so no 🔔 saving
    # "Application filed: answer by …" (/track saves a filing once made)
    assert view.track is None
    assert view.buttons and len(view.items) <= 5


def test_content_check_has_no_problem_in_this_service():
    from dialogs.check import run_check

    report = run_check()
    mine = [str(p) for p in report.errors if "regional-quota" in str(p) or "rq-" in str(p)]
    assert mine == []
    assert report.trees["regional-quota"]["nodes"] >= 20


def test_id_expiring_before_the_decision_is_checked_against_the_acceptance_day(trees):
    """Audit finding 2. QR p.15 (in force from 12.07.2026) refuses to accept documents
    "срок действия которых истекает на день принятия решения". Filed on Friday evening
    10.07.2026, the application is accepted on Monday 13.07.2026 — under p.15: the
    check read the filing day and said nothing of the ID."""
    e = engine(trees, D(2026, 7, 10))
    resettler = (*RESETTLER, "01.01.2025", "20.07.2026", "c:no")
    _, evening = walk(e, TREE, "c:today", "c:after-hours", *resettler)
    assert evening.outcome == "not_ready" and evening.text.id == "rq-block-id-decision"
    # 14 working days and the career centre's day, both of the wording in force on 13.07
    assert evening.text.args["expiry"] == D(2026, 7, 20) and evening.text.args["latest"] == D(2026, 8, 3)
    assert any(c.point == "15" and "истекает на день принятия решения" in c.quote for c in evening.citations)
    # the same ID in office hours on Friday: accepted on 10.07, before p.15's new wording
    _, in_hours = walk(e, TREE, *TODAY, *resettler)
    assert in_hours.node_id == "before-switch" and in_hours.outcome == "ask_person"
    # an expired ID accepted on 13.07: p.8's refusal (new wording), not the receipts alone
    _, kandas = walk(e, TREE, "c:today", "c:after-hours", *KANDAS_IN_KZ, "12.07.2026", "c:no")
    assert kandas.outcome == "not_ready" and kandas.text.args == {"expiry": D(2026, 7, 12), "accepted": D(2026, 7, 13)}
    assert ("quota-rules", None, "8") in {(c.source, c.label, c.point) for c in kandas.citations}


def test_decision_start_note_points_to_no_date_that_is_not_shown(trees):
    """Audit finding 4. A filing in hours on a working day shows one decision date; the
    note said "above — the other reading's date too". It now says what the other
    reading would give; the note with "above" stays for a filing that moved."""
    e = engine(trees, D(2026, 12, 7))
    _, in_hours = walk(e, TREE, *TODAY, *KANDAS_IN_KZ, ID_OK, "c:no")
    assert "rq-reason-decision" in item_ids(in_hours)
    assert the_note(in_hours, "rq-note-decision-start-in-hours").flag == "ambiguous"
    assert "rq-note-decision-start" not in note_ids(in_hours)
    _, after = walk(e, TREE, "c:today", "c:after-hours", *KANDAS_IN_KZ, ID_OK, "c:no")
    assert "rq-reason-decision-moved" in item_ids(after)
    assert "rq-note-decision-start" in note_ids(after) and "rq-note-decision-start-in-hours" not in note_ids(after)
    out = chat(TREE, "1", "1", "1", "2", "1", "1", STATUS_OK, "01.01.2030", "2", today="2026-12-07")
    assert "выше — и дата по другому прочтению" not in out.split("/grounds")[-1]


def test_expired_id_cites_the_rules_of_the_applicants_group(trees):
    """Audit finding 5. From 12.07.2026 a kandas is refused acceptance under p.8 (receipt
    App.3), a resettler under p.15 (receipt App.8); one check cited p.8, p.15 and App.3
    to both."""
    e = engine(trees, D(2026, 12, 7))
    _, kandas = walk(e, TREE, *TODAY, *KANDAS_IN_KZ, "06.12.2026", "c:no")
    _, resettler = walk(e, TREE, *TODAY, *RESETTLER, "01.01.2025", "06.12.2026", "c:no")
    for view in (kandas, resettler):
        assert view.outcome == "not_ready" and view.text.id == "rq-block-id-expired"
    cited = lambda view: {(c.label, c.point) for c in view.citations}
    assert cited(kandas) == {(None, "8"), ("point-appendix", "3")}
    assert cited(resettler) == {(None, "15"), ("point-appendix", "8")}


# ---- the real terminal chat, in each language ---------------------------------------
RESETTLER_CHAT = ("1", "1", "3", "1", "01.03.2024", "31.12.2030", "2")


def test_chat_ru_resettler():
    out = chat(TREE, *RESETTLER_CHAT, lang="ru", today="2026-12-10")
    assert "☎️ Год регистрации у вас есть." in out
    assert "Если оно выполнено, решение — не позже 05.01.2027." in out
    assert "до 31.12.2026" in out
    assert "прил. 2, строка 5" in out


def test_chat_kk_resettler():
    out = chat(TREE, *RESETTLER_CHAT, lang="kk", today="2026-12-10")
    assert "Тіркеудің бір жылы бар" in out and "№ 234 бұйрық" in out
    assert "31.12.2026 күніне дейін" in out


def test_chat_en_resettler_and_not_registered():
    out = chat(TREE, *RESETTLER_CHAT, lang="en", today="2026-12-10")
    assert "You have the year of registration" in out and "If it is met, the decision is due by 05.01.2027" in out
    assert "by 31.12.2026" in out
    out = chat(TREE, "1", "1", "3", "2", lang="en", today="2026-12-10")
    assert "you cannot apply for the resettler quota" in out


# ---- audit of stop 26 ---------------------------------------------------------------
def test_a_widow_who_came_before_the_inclusion_is_asked_to_check_not_refused(trees):
    """p.3: "вдовы кандасов и их общие дети прибывшие после включения кандаса в
    региональную квоту" — whether "прибывшие" binds the widows too is not clear (AMB-15).
    A widow who came earlier got ⛔ with a note saying she may qualify; now ☎️."""
    e = engine(trees, D(2026, 12, 10))
    _, view = walk(e, TREE, *TODAY, "c:widow", "c:widow-before")
    assert view.node_id == "widow-before" and view.outcome == "ask_person"
    assert the_note(view, "rq-note-g2-widow-reading").flag == "ambiguous"
    assert "rq-reason-g2" in item_ids(view) and links(view)
    # "none of these" stays ⛔
    _, view = walk(e, TREE, *TODAY, "c:widow", "c:other")
    assert view.outcome == "not_eligible"


def test_a_widow_or_child_is_asked_citizenship_before_a_tick(trees):
    """Refusal ground 1 (App. 2 row 11: a kandas is someone "ранее не состоявшие в
    гражданстве") was a folded note under a ✅ that never asked. A widow or child who is
    an RK citizen goes the resettler way, as a kandas who became a citizen does (p.14)."""
    e = engine(trees, D(2026, 12, 10))
    _, view = walk(e, TREE, *TODAY, "c:widow", "c:widow")
    assert view.node_id == "g2-citizen" and view.kind == "choice"
    assert any("ранее не состоявшие в гражданстве" in c.quote for c in view.citations)
    _, citizen = walk(e, TREE, *TODAY, "c:widow", "c:widow", "c:yes")
    assert citizen.node_id == "job-seeker"
    _, child = walk(e, TREE, *TODAY, "c:widow", "c:child-born", "c:yes", "c:yes", "c:yes")
    assert child.node_id == "job-seeker"
