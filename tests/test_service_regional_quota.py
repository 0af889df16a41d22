"""Scripted conversations of the regional-quota tree (inclusion in the regional quota
for admission of kandases and resettlers; seed 002, Rules No. 20 as amended by order
No. 222).

Every expected date below was counted by hand on the Kazakhstan calendar: five-day
week, public holidays off (16.12, 1–2.01 with 04.01.2027 in lieu of Saturday 02.01,
07.01, 08.03, 21–23.03 with 24.03.2027 in lieu of Sunday 21.03, 06.07 Capital Day).
"""

import datetime as dt

import pytest

from dialogs.engine import NEXT, Engine
from dialogs.loader import load_trees
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
TODAY = ("c:today",)
KANDAS_IN_KZ = ("c:kandas", "c:yes", "c:no")  # has status, lives in KZ, never included
RESETTLER = ("c:resettler", "c:yes")  # registered job seeker


def on(day: str):
    return ("c:other", day)


# ---- eligible ----------------------------------------------------------------------
def test_kandas_living_in_kazakhstan_is_eligible_with_exact_dates(trees):
    """Filed Thursday 10.12.2026: 14 working days skip Independence Day (Wed 16.12)."""
    e = engine(trees, D(2026, 12, 10))
    answers = TODAY + KANDAS_IN_KZ + ("31.12.2030", "c:yes")
    _, view = walk(e, TREE, *answers)
    assert view.node_id == "kandas-result" and view.outcome == "eligible"
    decision = the_item(view, "rq-reason-decision")
    assert decision.text.args == {"accepted": D(2026, 12, 10), "decision_by": D(2026, 12, 31)}
    assert the_item(view, "rq-reason-kandas-notice").text.args["notice_by"] == D(2026, 12, 11)
    assert "rq-reason-fee" in item_ids(view) and "rq-reason-channels-kandas" in item_ids(view)
    assert "rq-reason-channels-old" not in item_ids(view)
    # a family in the application: the nationality question of the kandas definition is said
    assert the_note(view, "rq-note-family-nationality").flag == "ambiguous"
    assert all(i.citations for i in view.items), "every reason carries its citation"

    _, docs = walk(e, TREE, *answers, NEXT)
    assert docs.kind == "checklist"
    assert item_ids(docs) == ["rq-doc-application-kandas", "rq-doc-kandas-id", "rq-doc-family-id", "rq-doc-marriage", "rq-doc-birth"]
    assert not [n for n in docs.notes if n.flag == "warning"], "a valid ID gives no warning"
    assert {c.source for i in docs.items for c in i.citations} == {"quota-rules"}

    _, grounds = walk(e, TREE, *answers, NEXT, NEXT)
    assert grounds.node_id == "refusals" and grounds.final
    assert "rq-ground-k-definition" in item_ids(grounds) and "rq-ground-r-social-code" not in item_ids(grounds)


def test_resettler_filing_before_new_year_gets_holiday_aware_dates(trees):
    """Filed Thursday 24.12.2026: 1–2 Jan, 4 Jan (in lieu of Sat 2 Jan) and 7 Jan are off."""
    e = engine(trees, D(2026, 12, 1))
    answers = on("24.12.2026") + RESETTLER + ("01.03.2024", "15.01.2027", "c:no")
    _, view = walk(e, TREE, *answers)
    assert view.node_id == "resettler-result" and view.outcome == "eligible"
    assert the_item(view, "rq-reason-decision").text.args["decision_by"] == D(2027, 1, 18)
    assert the_item(view, "rq-reason-decision-online").text.args["decision_by_online"] == D(2027, 1, 19)
    notice = the_item(view, "rq-reason-resettler-notice").text.args
    assert notice == {"notice_by": D(2026, 12, 28), "notice_by_online": D(2026, 12, 29)}
    assert the_item(view, "rq-reason-one-year-met").text.args["safe_from"] == D(2025, 3, 2)
    # the order-234 period cannot be checked: said plainly, with where to ask
    assert the_note(view, "rq-note-period-234-silent").flag == "silent"
    assert "common-ask-official" in note_ids(view)

    _, docs = walk(e, TREE, *answers, NEXT)
    assert item_ids(docs) == [
        "rq-doc-application-resettler", "rq-doc-resettler-id", "rq-doc-jobseeker", "rq-doc-marriage", "rq-doc-education", "rq-doc-work",
    ]
    # the ID ends 15.01.2027, before the latest decision day: p.15 refuses such documents
    warning = the_note(docs, "rq-warn-id-before-decision")
    assert warning.flag == "warning" and warning.text.args == {"expiry": D(2027, 1, 15), "latest": D(2027, 1, 19)}
    assert any(c.point == "15" for c in warning.citations)


def test_weekend_filing_is_counted_from_the_next_working_day(trees):
    """Saturday 12.12.2026 is accepted Monday 14.12; 16.12 and the New Year days are off."""
    e = engine(trees, D(2026, 12, 1))
    _, view = walk(e, TREE, *on("12.12.2026"), *KANDAS_IN_KZ, "31.12.2030", "c:no")
    decision = the_item(view, "rq-reason-decision").text.args
    assert decision == {"accepted": D(2026, 12, 14), "decision_by": D(2027, 1, 6)}
    assert the_item(view, "rq-reason-kandas-notice").text.args["notice_by"] == D(2026, 12, 15)


def test_march_holidays_push_the_notice_and_the_decision(trees):
    e = engine(trees, D(2026, 12, 10))
    # Friday 05.03.2027: the 1-working-day notice skips Monday 8 March
    _, view = walk(e, TREE, *on("05.03.2027"), *KANDAS_IN_KZ, "31.12.2030", "c:no")
    assert the_item(view, "rq-reason-kandas-notice").text.args["notice_by"] == D(2027, 3, 9)
    # Friday 19.03.2027: Nauryz 22–24 March are off, so day 1 is Thursday 25 March
    _, view = walk(e, TREE, *on("19.03.2027"), *KANDAS_IN_KZ, "31.12.2030", "c:no")
    assert the_item(view, "rq-reason-kandas-notice").text.args["notice_by"] == D(2027, 3, 25)
    assert the_item(view, "rq-reason-decision").text.args["decision_by"] == D(2027, 4, 13)


def test_widow_who_came_after_the_quota_is_eligible_with_the_readings_said(trees):
    _, view = walk(engine(trees, D(2026, 12, 10)), TREE, *TODAY, "c:widow", "c:widow", "31.12.2030", "c:no")
    assert view.node_id == "kandas-result" and view.outcome == "eligible"
    assert "rq-reason-g2-widow" in item_ids(view) and "rq-reason-g3" not in item_ids(view)
    assert the_note(view, "rq-note-g2-widow-reading").flag == "ambiguous"
    assert the_note(view, "rq-note-widow-proof-silent").flag == "silent"


# ---- not eligible / ask a person -----------------------------------------------------
def test_resettler_not_registered_as_job_seeker_is_not_eligible(trees):
    _, view = walk(engine(trees, D(2026, 12, 10)), TREE, *TODAY, "c:resettler", "c:no")
    assert view.node_id == "not-registered" and view.outcome == "not_eligible" and view.final
    assert item_ids(view) == ["rq-reason-p14-who", "rq-reason-jobseeker-document"]
    assert the_note(view, "rq-note-register-how-silent").flag == "silent"
    assert "common-ask-official" in note_ids(view)


def test_ethnic_kazakh_without_status_must_get_it_first(trees):
    _, view = walk(engine(trees, D(2026, 12, 10)), TREE, *TODAY, "c:no-status")
    assert view.node_id == "no-status" and view.outcome == "not_eligible"
    assert "rq-reason-kandas-definition" in item_ids(view)


def test_widow_outside_the_group_is_not_eligible_and_told_the_other_reading(trees):
    _, view = walk(engine(trees, D(2026, 12, 10)), TREE, *TODAY, "c:widow", "c:other")
    assert view.node_id == "widow-not-covered" and view.outcome == "not_eligible"
    assert the_note(view, "rq-note-g2-widow-reading").flag == "ambiguous"


def test_kandas_abroad_or_already_included_is_sent_to_a_person(trees):
    e = engine(trees, D(2026, 12, 10))
    _, abroad = walk(e, TREE, *TODAY, "c:kandas", "c:no")
    assert abroad.node_id == "kandas-abroad" and abroad.outcome == "ask_person"
    assert any(i.flag == "silent" for i in abroad.items)
    _, repeat = walk(e, TREE, *TODAY, "c:kandas", "c:yes", "c:yes")
    assert repeat.node_id == "kandas-repeat" and repeat.outcome == "ask_person"
    assert the_note(repeat, "rq-note-repeat-ambiguous").flag == "ambiguous"


# ---- edges on dates ---------------------------------------------------------------
def test_one_year_registration_anniversary_day_is_not_relied_on(trees):
    e = engine(trees, D(2026, 12, 10))
    # registered 10.12.2025, filing today 10.12.2026: exactly the anniversary
    _, view = walk(e, TREE, *TODAY, *RESETTLER, "10.12.2025")
    assert view.node_id == "too-early" and view.outcome == "not_eligible"
    assert the_item(view, "rq-reason-one-year-not-yet").text.args == {"since": D(2025, 12, 10), "safe_from": D(2026, 12, 11)}
    note = the_note(view, "rq-note-anniversary")
    assert note.flag == "ambiguous" and note.text.args == {"anniversary": D(2026, 12, 10), "safe_from": D(2026, 12, 11)}
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


def test_expired_identity_document_is_flagged_in_the_checklist(trees):
    e = engine(trees, D(2026, 12, 10))
    _, docs = walk(e, TREE, *TODAY, *KANDAS_IN_KZ, "10.12.2026", "c:no", NEXT)
    warning = the_note(docs, "rq-warn-id-expired")
    assert warning.flag == "warning"
    assert warning.text.args == {"expiry": D(2026, 12, 10), "accepted": D(2026, 12, 10)}
    assert any(c.point == "8" for c in warning.citations)


# ---- rule versions by date: 12 July 2026 ---------------------------------------------
def test_application_before_and_after_12_july_2026(trees):
    e = engine(trees, D(2026, 6, 20))
    same = KANDAS_IN_KZ + ("31.12.2030", "c:no")

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
    fee_before, fee_after = the_item(before, "rq-reason-fee"), the_item(after, "rq-reason-fee")
    assert [c.source for c in fee_before.citations] == ["order-222"]  # App. 2 to the order
    assert [c.source for c in fee_after.citations] == ["quota-rules"]  # App. 2 to the Rules

    # same: 14 working days, the group reason, the fee
    assert the_item(before, "rq-reason-decision").text.args["decision_by"] == D(2026, 7, 22)
    assert the_item(after, "rq-reason-decision").text.args["decision_by"] == D(2026, 8, 4)
    dec_before = the_item(before, "rq-reason-decision").citations[0]
    dec_after = the_item(after, "rq-reason-decision").citations[0]
    assert (dec_before.source, dec_after.source) == ("order-222", "quota-rules")
    assert dec_before.point == dec_after.point == "5"
    for msg in ("rq-reason-g3", "rq-reason-fee", "rq-reason-result-delivery"):
        assert msg in item_ids(before) and msg in item_ids(after)

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


def test_today_before_the_switch_also_counts_as_before(trees):
    """No date typed: as_of is today, and today picks the wording."""
    _, view = walk(engine(trees, D(2026, 7, 10)), TREE, *TODAY, *RESETTLER, "01.03.2024", "31.12.2030", "c:no")
    assert view.node_id == "before-switch" and view.outcome == "ask_person"
    # Friday 10.07.2026 + 14 working days (no holiday) = Thursday 30.07.2026
    assert the_item(view, "rq-reason-decision").text.args["decision_by"] == D(2026, 7, 30)
    assert "rq-reason-p14-who" in item_ids(view)
    assert "rq-reason-resettler-notice" not in item_ids(view)


def test_content_check_has_no_problem_in_this_service():
    from dialogs.check import run_check

    report = run_check()
    mine = [str(p) for p in report.errors if "regional-quota" in str(p) or "rq-" in str(p)]
    assert mine == []
    assert report.trees["regional-quota"]["nodes"] >= 20


# ---- the real terminal chat, in each language ---------------------------------------
RESETTLER_CHAT = ("1", "3", "1", "01.03.2024", "31.12.2030", "2")


def test_chat_ru_resettler():
    out = chat(TREE, *RESETTLER_CHAT, lang="ru", today="2026-12-10")
    assert "Вы можете подать заявление на включение в региональную квоту приема переселенцев" in out
    assert "решение ожидается не позже 31.12.2026" in out
    assert "прил. 2, строка 5" in out


def test_chat_kk_resettler():
    out = chat(TREE, *RESETTLER_CHAT, lang="kk", today="2026-12-10")
    assert "қоныс аударушыларды қабылдаудың өңірлік квотасына енгізу туралы өтініш бере аласыз" in out
    assert "шешім ең кеші 31.12.2026 күні күтіледі" in out


def test_chat_en_resettler_and_not_registered():
    out = chat(TREE, *RESETTLER_CHAT, lang="en", today="2026-12-10")
    assert "You may apply for inclusion in the regional quota for admission of resettlers" in out
    assert "expect the decision by 31.12.2026" in out
    out = chat(TREE, "1", "3", "2", lang="en", today="2026-12-10")
    assert "you cannot apply for the resettler quota" in out
