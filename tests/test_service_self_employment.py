"""Self-employment qualification certificate: who gets it, documents per case, the
holder's 5-working-day duties as exact dates, and the rule versions around 12.07.2026.

Expected dates are counted by hand on the Kazakhstan calendar: 16.12 Independence Day;
01.01 and 02.01 New Year (02.01.2027 is a Saturday, so Monday 04.01.2027 is off);
07.01 Orthodox Christmas; 08.03 Women's Day; 21-23.03 Nauryz (21.03.2027 is a Sunday,
so Wednesday 24.03.2027 is off); 06.07 Capital Day.
"""

import datetime as dt

import pytest

from dialogs.runtime.engine import NEXT, Engine
from dialogs.model.loader import load_trees
from tests.scripted import chat, item_ids, note_ids, walk

TREE = "self-employment"
TREES = load_trees()


def engine(today: dt.date) -> Engine:
    return Engine(TREES, today=lambda: today)


def labels(view) -> set[str]:
    """The point labels of the Appendix 2 citations a screen shows."""
    return {c.label for c in view.all_citations() if c.label and c.label.startswith("se-point-app2")}


READY = ["c:yes", "c:in-hours"]  # an IIN and an EDS; filed in working hours
ISSUE = ["c:foreigner", "c:today", "c:issue", "c:yes", "c:recognised", "c:yes", "c:pass", *READY]


# ---- first certificate --------------------------------------------------------
def test_eligible_first_certificate_with_result_date_over_independence_day():
    # Tuesday 15.12.2026: registered the same day; 5 working days skip 16.12 (holiday):
    # 17, 18, 21, 22, 23 -> 23.12.2026
    eng = engine(dt.date(2026, 12, 15))
    _, view = walk(eng, TREE, *ISSUE)
    assert view.node_id == "issue-ready" and view.outcome == "eligible"
    ids = item_ids(view)
    assert ids == ["se-reason-time-issue", "se-reason-refusal-grounds", "se-reason-channels-all", "se-reason-free"]
    time = next(i for i in view.items if i.text.id == "se-reason-time-issue")
    assert time.text.args["registered"] == dt.date(2026, 12, 15)
    assert time.text.args["by"] == dt.date(2026, 12, 23)
    # the other reading (the day of registration counted): 15, 17, 18, 21, 22
    assert time.text.args["early"] == dt.date(2026, 12, 22)
    assert time.text.args["days"] == 5
    assert view.text.args["months"] == 3
    assert all(i.citations for i in view.items), "every reason is cited"
    assert "se-note-score-silent" in note_ids(view)
    # no transitional notes for a date after 12.07.2026
    assert "se-note-version-unknown" not in note_ids(view)

    _, docs = walk(eng, TREE, *ISSUE, NEXT)
    assert docs.kind == "checklist" and docs.final
    assert item_ids(docs) == ["se-doc-application", "se-doc-id-copy", "se-doc-education", "se-doc-work", "se-doc-iin"]
    assert all(i.citations for i in docs.items)
    assert labels(docs) == {"se-point-app2-row"}


def test_english_teaching_certificate_replaces_the_diploma_in_the_checklist():
    _, docs = walk(engine(dt.date(2026, 12, 15)), TREE, "c:stateless", "c:today", "c:issue", "c:yes", "c:english", "c:yes", "c:pass", *READY, NEXT)
    ids = item_ids(docs)
    assert "se-doc-english" in ids and "se-doc-education" not in ids


def test_result_date_for_an_application_on_a_saturday_counts_from_monday():
    # Saturday 21.11.2026 is registered on Monday 23.11; +5 working days -> 30.11.2026
    _, view = walk(engine(dt.date(2026, 11, 21)), TREE, *ISSUE)
    time = next(i for i in view.items if i.text.id == "se-reason-time-issue")
    assert time.text.args["registered"] == dt.date(2026, 11, 23)
    assert time.text.args["by"] == dt.date(2026, 11, 30)


def test_profession_not_on_the_list_is_not_eligible():
    _, view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:today", "c:issue", "c:no")
    assert view.node_id == "not-priority" and view.outcome == "not_eligible" and view.final
    assert item_ids(view) == ["se-reason-refusal-qualification"]
    assert any(n.flag == "silent" and n.text.id == "se-note-list-silent" for n in view.notes)
    assert "common-ask-official" in note_ids(view)


def test_kazakhstan_citizen_is_not_eligible():
    _, view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:citizen")
    assert view.node_id == "not-foreigner" and view.outcome == "not_eligible" and view.final
    assert {c.point for c in view.all_citations()} == {"3", "1"}


def test_no_education_document_is_not_eligible():
    _, view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:today", "c:issue", "c:yes", "c:none")
    assert view.node_id == "no-education" and view.outcome == "not_eligible"
    assert item_ids(view) == ["se-reason-education-required", "se-reason-refusal-qualification"]


def test_unknown_profession_and_unrecognised_diploma_ask_a_person_first():
    _, view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:today", "c:issue", "c:unsure", "c:unrecognised", "c:yes", "c:pass", *READY)
    assert view.node_id == "issue-check" and view.outcome == "ask_person"
    # review stop 23 M4: "clarify the points below" and the points are the visible bullets,
    # not folded away; no issue date and no 🔔 for the answer to an application that is
    # not to be filed yet (H1); the refusal grounds are folded
    assert [(i.text.id, i.flag) for i in view.items] == [("se-note-profession-unsure", "silent"), ("se-note-unrecognised", "ambiguous")]
    notes = note_ids(view)
    assert "se-reason-refusal-grounds" in notes and "se-note-unrecognised" not in notes and "common-ask-official" in notes
    assert "se-reason-time-issue" not in notes and view.track is None


def test_missing_work_document_is_not_eligible_yet_and_shows_the_list():
    eng = engine(dt.date(2026, 12, 15))
    base = ["c:foreigner", "c:today", "c:issue", "c:yes", "c:recognised"]
    _, view = walk(eng, TREE, *base, "c:no", "c:pass", *READY)
    assert view.node_id == "issue-ready" and view.outcome == "not_ready" and not view.final
    assert view.text.id == "se-block-work-doc"
    assert [c.point for c in view.citations] == ["10"]
    assert "se-block-doc-consequence" in item_ids(view)
    _, docs = walk(eng, TREE, *base, "c:no", "c:pass", *READY, NEXT)
    assert "se-doc-work" in item_ids(docs)


# ---- extension: 5 working days from the employment contract ---------------------
def test_extension_deadline_skips_independence_day():
    # contract Monday 14.12.2026 (a working day, counted as day 1 on the strict reading):
    # 14, 15, 17, 18, 21 -> 21.12.2026; not counting it: 15, 17, 18, 21, 22 -> 22.12.2026
    eng = engine(dt.date(2026, 12, 15))
    answers = ["c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "20.01.2027", *READY]
    _, view = walk(eng, TREE, *answers)
    assert view.node_id == "ext-ready" and view.outcome == "eligible"
    assert view.text.args["deadline"] == dt.date(2026, 12, 21)
    duty = next(i for i in view.items if i.text.id == "se-reason-duty-extension")
    assert duty.text.args["deadline"] == dt.date(2026, 12, 21) and duty.text.args["latest"] == dt.date(2026, 12, 22)
    assert next(n for n in view.notes if n.text.id == "se-note-two-readings").flag == "ambiguous"
    time = next(i for i in view.items if i.text.id == "se-reason-time-extension")
    # filed Tuesday 15.12: 3 working days 17, 18, 21 -> 21.12.2026
    assert time.text.args["by"] == dt.date(2026, 12, 21) and time.text.args["days"] == 3
    assert "se-reason-channel-egov" in item_ids(view)
    assert "track-se-cert-first" not in item_ids(view)

    _, docs = walk(eng, TREE, *answers, NEXT)
    assert item_ids(docs) == ["se-doc-ext-application", "se-doc-ext-certificate", "se-doc-ext-contract", "se-doc-iin"]


def test_extension_when_the_certificate_ends_before_the_deadline_leads_with_its_last_working_day():
    # the certificate ends Saturday 19.12.2026, before the deadline 21.12: the ✅ said "by
    # 21.12" above a note "safer by 19.12", a day off when nothing is accepted (row 9)
    _, view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "19.12.2026", *READY)
    assert view.node_id == "ext-ready" and view.outcome == "eligible"
    assert view.text.args["deadline"] == dt.date(2026, 12, 18)
    warn = next(i for i in view.items if i.text.id == "track-se-cert-first")  # a bullet: it explains the headline
    assert warn.flag == "ambiguous" and warn.text.args == {"safe": dt.date(2026, 12, 18), "expiry": dt.date(2026, 12, 19), "deadline": dt.date(2026, 12, 21)}
    assert any(c.point == "9" for c in warn.citations)  # a day off: accepted the next working day
    assert "se-reason-duty-extension" not in item_ids(view)  # it called the later 21.12 "safe"


def test_extension_sent_after_hours_on_the_certificates_last_working_day_is_not_a_tick():
    # Friday 18.12.2026, the certificate's last working day (it ends Saturday 19.12), sent
    # in the evening: accepted Monday 21.12, after it ended
    after = ["c:yes", "c:after-hours"]
    _, view = walk(engine(dt.date(2026, 12, 18)), TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "19.12.2026", *after)
    assert view.outcome == "not_ready" and view.text.id == "se-block-cert-acceptance"
    assert view.text.args == {"safe": dt.date(2026, 12, 18), "expiry": dt.date(2026, 12, 19), "registered": dt.date(2026, 12, 21)}
    assert "se-block-cert-consequence" in item_ids(view)
    # the same day in working hours: a tick, by that day
    _, ok = walk(engine(dt.date(2026, 12, 18)), TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "19.12.2026", *READY)
    assert ok.outcome == "eligible" and ok.text.args["deadline"] == dt.date(2026, 12, 18)
    # the day after, a Saturday: no working day is left while it is valid
    _, late = walk(engine(dt.date(2026, 12, 19)), TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "19.12.2026", *READY)
    assert late.node_id == "ext-no-day-left"


def test_extension_without_a_contract_is_not_possible():
    _, view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:today", "c:extend", "c:no")
    assert view.node_id == "ext-no-contract" and view.outcome == "not_eligible"
    assert "se-reason-ext-needs-contract" in item_ids(view)


def test_expired_certificate_is_not_promised_an_extension():
    _, view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "10.12.2026", *READY)
    assert view.node_id == "ext-expired" and view.outcome == "ask_person"
    assert view.items[0].text.id == "se-note-expired-silent" and view.items[0].flag == "silent"  # shown first


# ---- duplicate and re-issue: holidays at New Year and Nauryz ------------------
def test_duplicate_deadline_over_new_year_and_orthodox_christmas():
    # lost Wednesday 30.12.2026: 30.12 (1), 31.12 (2), 05.01 (3), 06.01 (4), 08.01 (5)
    # -> 08.01.2027 (01.01, 04.01 for 02.01, and 07.01 are off); not counting 30.12 -> 11.01.2027
    _, view = walk(engine(dt.date(2027, 1, 5)), TREE, "c:foreigner", "c:today", "c:duplicate", "30.12.2026", "c:yes", *READY)
    assert view.node_id == "dup-ready" and view.outcome == "eligible"
    assert view.text.args["deadline"] == dt.date(2027, 1, 8)
    assert next(i for i in view.items if i.text.id == "se-reason-duty-duplicate").text.args["latest"] == dt.date(2027, 1, 11)
    # filed Tuesday 05.01.2027: 3 working days 06, 08, 11 -> 11.01.2027
    time = next(i for i in view.items if i.text.id == "se-reason-time-duplicate")
    assert time.text.args["by"] == dt.date(2027, 1, 11)
    assert "se-reason-channels-all" in item_ids(view)


def test_reissue_after_a_name_change_over_nauryz_filed_on_a_holiday():
    # name changed Friday 19.03.2027, counted as day 1: 19.03, 25.03, 26.03, 29.03, 30.03
    # (22, 23 and 24.03 are off) -> 30.03.2027; not counting 19.03: 25, 26, 29, 30, 31.03
    # -> 31.03.2027
    eng = engine(dt.date(2027, 3, 22))  # Monday 22.03.2027, Nauryz
    answers = ["c:foreigner", "c:today", "c:reissue", "c:name", "19.03.2027", *READY]
    _, view = walk(eng, TREE, *answers)
    assert view.node_id == "reissue-ready" and view.outcome == "eligible"
    assert view.text.args["deadline"] == dt.date(2027, 3, 30)
    assert next(i for i in view.items if i.text.id == "se-reason-duty-reissue").text.args["latest"] == dt.date(2027, 3, 31)
    # a filing on 22.03 (holiday) is registered on Thursday 25.03; +3: 26, 29, 30
    time = next(i for i in view.items if i.text.id == "se-reason-time-reissue")
    assert time.text.args["registered"] == dt.date(2027, 3, 25)
    assert time.text.args["by"] == dt.date(2027, 3, 30)
    _, docs = walk(eng, TREE, *answers, NEXT)
    assert item_ids(docs) == ["se-doc-reissue-application", "se-doc-reissue-changed", "se-doc-iin"]


def test_reissue_deadline_over_womens_day():
    # passport changed Thursday 04.03.2027: 04, 05, 09 (08.03 off), 10, 11 -> 11.03.2027;
    # not counting 04.03: 05, 09, 10, 11, 12 -> 12.03.2027
    _, view = walk(engine(dt.date(2027, 3, 9)), TREE, "c:foreigner", "c:today", "c:reissue", "c:passport", "04.03.2027", *READY)
    assert view.text.args["deadline"] == dt.date(2027, 3, 11)
    assert next(i for i in view.items if i.text.id == "se-reason-duty-reissue").text.args["latest"] == dt.date(2027, 3, 12)


def test_change_of_employer_needs_documents_the_rules_do_not_name():
    eng = engine(dt.date(2026, 12, 15))
    _, docs = walk(eng, TREE, "c:foreigner", "c:today", "c:reissue", "c:employer", "14.12.2026", *READY, NEXT)
    assert docs.node_id == "reissue-docs"
    ids = item_ids(docs)
    assert "se-doc-reissue-employer" in ids and "se-doc-reissue-changed" not in ids
    assert any(n.flag == "ambiguous" and n.text.id == "se-note-employer-docs" for n in docs.notes)


def test_missed_deadline_on_the_strict_reading_but_not_on_the_other():
    # lost 14.12.2026: strict deadline 21.12, other reading 22.12; filing on 22.12
    eng = engine(dt.date(2026, 12, 22))
    _, view = walk(eng, TREE, "c:foreigner", "c:today", "c:duplicate", "14.12.2026", "c:yes", *READY)
    assert view.node_id == "duty-late" and view.outcome == "ask_person"
    assert view.text.args["deadline"] == dt.date(2026, 12, 21)
    duty = next(i for i in view.items if i.text.id == "se-reason-duty-duplicate")
    assert duty.text.args["latest"] == dt.date(2026, 12, 22)
    assert item_ids(view)[0] == "se-note-late-silent"  # "apply as soon as possible" shown first
    assert view.buttons, "a way on"
    # and it still leads to the duplicate's documents
    _, docs = walk(engine(dt.date(2026, 12, 23)), TREE, "c:foreigner", "c:today", "c:duplicate", "14.12.2026", "c:yes", *READY, NEXT)
    assert docs.node_id == "dup-docs"


def test_application_date_before_the_event_is_questioned():
    eng = engine(dt.date(2026, 12, 10))
    state, view = walk(eng, TREE, "c:foreigner", "c:date", "01.12.2026", "c:reissue", "c:name", "05.12.2026", *READY)
    assert view.node_id == "dates-mismatch" and view.outcome == "info"
    step = eng.choose(state, NEXT)
    assert step.state.node == "apply-date"
    # a corrected date goes on with the same answers asked again
    step = eng.answer_text(step.state, "08.12.2026")
    assert step.accepted and step.state.node == "what" and step.state.answers["apply_date"] == "2026-12-08"


# ---- rule versions by the application date ------------------------------------
def test_same_answers_before_and_after_12_july_2026():
    eng = engine(dt.date(2026, 6, 20))
    answers = ["c:foreigner", "c:date", None, "c:issue", "c:yes", "c:recognised", "c:yes", "c:pass", *READY]

    def run(apply, *more):
        seq = [apply if a is None else a for a in answers]
        return walk(eng, TREE, *seq, *more)[1]

    before, after = run("01.07.2026"), run("15.07.2026")
    # the verdict differs: before the switch the transitional wording applies only if order
    # 222 is already in force, which the seed cannot tell: ☎️, not ✅ (audit finding 8)
    assert before.node_id == "issue-interim" and before.outcome == "ask_person"
    assert after.node_id == "issue-ready" and after.outcome == "eligible"
    # the same documents in both versions
    docs_before, docs_after = run("01.07.2026", NEXT), run("15.07.2026", NEXT)
    assert item_ids(docs_before) == item_ids(docs_after)

    # ... but each cites the wording of Appendix 2 in force on its date
    assert labels(before) == labels(docs_before) == {"se-point-app2-interim-row"}
    assert labels(after) == labels(docs_after) == {"se-point-app2-row"}

    # the points 5 and 13 of the Rules exist only from 12.07.2026
    assert {"se-reason-status-cabinet", "se-reason-result-cabinet"} <= set(note_ids(after))
    assert not {"se-reason-status-cabinet", "se-reason-result-cabinet"} & set(note_ids(before))
    assert "se-reason-result-form" in note_ids(before)

    # before the switch the bot says what it does not know
    silent_before = {n.text.id for n in before.notes if n.flag == "silent"}
    assert "se-note-version-unknown" in silent_before
    assert {"se-note-version-interim", "common-ask-official"} <= set(note_ids(before))
    assert not {"se-note-version-unknown", "se-note-version-interim"} & set(note_ids(after))

    # the result date: Wednesday 01.07 + 5 working days, 06.07 (Capital Day) off -> 09.07;
    # Wednesday 15.07 + 5 -> 22.07
    def by(view):
        return next(i for i in view.items if i.text.id == "se-reason-time-issue").text.args["by"]

    assert by(before) == dt.date(2026, 7, 9) and by(after) == dt.date(2026, 7, 22)


def test_extension_duty_is_only_a_safe_target_before_12_july():
    eng = engine(dt.date(2026, 6, 30))
    # contract Monday 29.06.2026: 29.06, 30.06, 01.07, 02.07, 03.07 -> 03.07.2026
    _, before = walk(eng, TREE, "c:foreigner", "c:date", "01.07.2026", "c:extend", "c:yes", "19.06.2026", "15.09.2026", *READY)
    _, on_time = walk(eng, TREE, "c:foreigner", "c:date", "01.07.2026", "c:extend", "c:yes", "29.06.2026", "15.09.2026", *READY)
    assert before.node_id == "duty-late"  # 19.06 + 5 working days = 25.06
    # audit finding 3: before the switch the 5-day rule of p.17 is not law yet, so no ✅
    # with a deadline (it was "ext-ready", eligible): ☎️, the date only a safe target
    assert on_time.node_id == "ext-interim" and on_time.outcome == "ask_person"
    assert on_time.text.id == "se-result-duty-interim" and on_time.text.args["deadline"] == dt.date(2026, 7, 3)
    assert "se-reason-duty-extension" not in item_ids(on_time)
    target = next(n for n in on_time.notes if n.text.id == "se-note-duty-safe-target")
    assert target.flag == "silent" and target.text.args["deadline"] == dt.date(2026, 7, 3)
    # the channel: all three portals in the transitional wording, egov.kz from 12.07.2026
    assert "se-reason-channels-all" in item_ids(on_time)

    eng_after = engine(dt.date(2026, 7, 20))
    _, after = walk(eng_after, TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "16.07.2026", "15.09.2026", *READY)
    assert after.node_id == "ext-ready" and "se-reason-duty-extension" in item_ids(after)
    assert "se-reason-channel-egov" in item_ids(after)
    assert "se-note-duty-safe-target" not in note_ids(after)


def test_contract_signed_before_the_switch_but_filed_after_is_flagged():
    # contract Thursday 09.07.2026: 09, 10, 13, 14, 15 -> 15.07.2026
    _, view = walk(engine(dt.date(2026, 7, 13)), TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "09.07.2026", "30.09.2026", *READY)
    assert view.node_id == "ext-ready" and view.text.args["deadline"] == dt.date(2026, 7, 15)
    assert any(n.flag == "silent" and n.text.id == "se-note-event-before-july" for n in view.notes)


def test_change_of_employer_before_12_july_is_not_answered():
    _, view = walk(engine(dt.date(2026, 7, 1)), TREE, "c:foreigner", "c:today", "c:reissue", "c:employer")
    assert view.node_id == "reissue-employer-old" and view.outcome == "ask_person" and view.final
    assert labels(view) == {"se-point-app2-interim-row"}


def test_a_date_before_order_222_could_be_in_force_is_not_answered():
    _, view = walk(engine(dt.date(2026, 11, 21)), TREE, "c:foreigner", "c:date", "01.06.2026")
    assert view.node_id == "before-order" and view.outcome == "ask_person" and view.final
    assert view.text.args["registered"] == dt.date(2026, 5, 30)
    assert {n.flag for n in view.notes} >= {"ambiguous", "silent"}
    # 10.06.2026 is the earliest date it may apply: the dialog goes on
    _, view = walk(engine(dt.date(2026, 11, 21)), TREE, "c:foreigner", "c:date", "10.06.2026")
    assert view.node_id == "what"


# ---- the real terminal chat ---------------------------------------------------
@pytest.mark.parametrize(
    "lang, expected",
    [
        ("ru", ["Вы можете подать заявление на справку", "23.12.2026", "Документы для получения справки", "прил. 2 (новая редакция), строка 10"]),
        ("kk", ["Анықтама алуға өтініш бере аласыз", "23.12.2026", "Анықтама алуға арналған құжаттар"]),
        ("en", ["You can apply for the certificate", "23.12.2026", "Documents for the certificate", "app. 2 (new wording), row 10"]),
    ],
)
def test_chat_eligible_in_every_language(lang, expected, tmp_path):
    # foreigner, today, first certificate, profession on the list, recognised diploma,
    # work document, score 6+, an EDS, working hours, then Continue to the checklist
    out = chat(TREE, "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", lang=lang, today="2026-12-15",
               env={"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}"})
    for text in expected:
        assert text in out, (text, out[-3000:])
    assert "✅" in out


def test_chat_extension_deadline_and_quotes(tmp_path):
    out = chat(TREE, "1", "1", "2", "1", "14.12.2026", "20.01.2027", "1", "1", "/quotes", today="2026-12-15",
               env={"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}"})
    assert "Подайте заявление на продление не позже 21.12.2026" in out
    assert "в течение пяти рабочих дней со дня заключения трудового договора с работодателем" in out


# ---- every gap is said with where to ask ---------------------------------------
PATHS = [
    (dt.date(2026, 12, 15), ["c:foreigner", "c:today", "c:issue", "c:yes", "c:recognised", "c:yes", "c:pass", *READY]),
    (dt.date(2026, 12, 15), ["c:foreigner", "c:today", "c:issue", "c:unsure", "c:unrecognised", "c:yes", "c:unknown", *READY]),
    (dt.date(2026, 12, 15), ["c:foreigner", "c:today", "c:issue", "c:yes", "c:recognised", "c:no", "c:below", "c:no", "c:after-hours"]),
    (dt.date(2026, 12, 15), ["c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "20.01.2027", *READY]),
    (dt.date(2026, 7, 13), ["c:foreigner", "c:today", "c:extend", "c:yes", "09.07.2026", "30.09.2026", *READY]),
    (dt.date(2026, 7, 13), ["c:foreigner", "c:today", "c:reissue", "c:passport", "09.07.2026", *READY]),
    (dt.date(2026, 12, 15), ["c:foreigner", "c:today", "c:reissue", "c:employer", "14.12.2026", *READY]),
    (dt.date(2027, 1, 5), ["c:foreigner", "c:today", "c:duplicate", "30.12.2026", "c:yes", *READY]),
    (dt.date(2026, 6, 30), ["c:representative", "c:date", "01.07.2026", "c:issue", "c:yes", "c:english", "c:yes", "c:pass", *READY]),
    (dt.date(2026, 6, 30), ["c:foreigner", "c:date", "01.07.2026", "c:extend", "c:yes", "29.06.2026", "15.09.2026", *READY]),
    (dt.date(2026, 6, 30), ["c:foreigner", "c:date", "01.07.2026", "c:duplicate", "19.06.2026", "c:yes", *READY]),
    (dt.date(2026, 12, 15), ["c:foreigner", "c:complaint", "c:provider", "10.12.2026"]),
    (dt.date(2026, 12, 15), ["c:foreigner", "c:complaint", "c:other"]),
    (dt.date(2026, 12, 15), ["c:foreigner", "c:complaint", "c:provider", "15.06.2026"]),
    (dt.date(2026, 6, 30), ["c:foreigner", "c:date", "01.07.2026", "c:reissue", "c:name", "29.06.2026", *READY]),
]


@pytest.mark.parametrize("today, answers", PATHS)
def test_every_silent_note_comes_with_where_to_ask(today, answers):
    eng = engine(today)
    state, view = walk(eng, TREE, *answers)
    while True:
        if any(n.flag == "silent" for n in view.notes + view.items):
            assert "common-ask-official" in note_ids(view), (view.node_id, note_ids(view))
        assert all(i.citations for i in view.items), view.node_id
        if view.final:
            break
        step = eng.choose(state, NEXT)
        assert step.accepted, view.node_id
        state, view = step.state, step.view


# ---- issue 8: each decisive fact, a pair of conversations that differ only in it ----
BASE_ISSUE = ["c:foreigner", "c:today", "c:issue", "c:yes", "c:recognised"]


def _issue(work="c:yes", score="c:pass", eds="c:yes", hours="c:in-hours", today=dt.date(2026, 12, 15)):
    return walk(engine(today), TREE, *BASE_ISSUE, work, score, eds, hours)[1]


def test_pair_assessment_score_at_the_mark_or_below():
    ok, below = _issue(score="c:pass"), _issue(score="c:below")
    assert ok.outcome == "eligible" and ok.text.id == "se-result-issue-ready"
    assert below.node_id == "issue-ready" and below.outcome == "not_ready"
    assert below.text.id == "se-block-score"
    # refusal ground 2 of row 11, on the merits: the provider decides
    assert [c.point for c in below.citations] == ["11"]
    assert "common-blocked-merits" in item_ids(below)


def test_pair_iin_and_eds_yes_or_no():
    ok, no = _issue(eds="c:yes"), _issue(eds="c:no")
    assert ok.outcome == "eligible"
    assert no.outcome == "not_ready" and no.text.id == "se-block-eds"
    assert {c.point for c in no.citations} == {"12", "4"}
    assert "se-block-eds-consequence" in item_ids(no)


def test_pair_notarised_work_record_yes_or_no():
    ok, no = _issue(work="c:yes"), _issue(work="c:no")
    assert ok.outcome == "eligible"
    assert no.outcome == "not_ready" and no.text.id == "se-block-work-doc"


def test_pair_notarised_work_record_for_a_duplicate():
    eng = engine(dt.date(2027, 1, 5))
    ok = walk(eng, TREE, "c:foreigner", "c:today", "c:duplicate", "30.12.2026", "c:yes", *READY)[1]
    no = walk(eng, TREE, "c:foreigner", "c:today", "c:duplicate", "30.12.2026", "c:no", *READY)[1]
    assert ok.node_id == no.node_id == "dup-ready"
    assert ok.outcome == "eligible" and no.outcome == "not_ready" and no.text.id == "se-block-work-doc"


def test_pair_filed_in_hours_or_after_hours_moves_the_result_date():
    # Tuesday 15.12.2026 in hours: accepted 15.12, +5 working days -> 23.12 (16.12 off);
    # after hours: accepted Thursday 17.12 (16.12 is a holiday), +5: 18, 21, 22, 23, 24
    def time(view):
        return next(i for i in view.items if i.text.id == "se-reason-time-issue").text.args

    in_hours, after = time(_issue(hours="c:in-hours")), time(_issue(hours="c:after-hours"))
    assert (in_hours["registered"], in_hours["by"]) == (dt.date(2026, 12, 15), dt.date(2026, 12, 23))
    assert (after["registered"], after["by"], after["early"]) == (dt.date(2026, 12, 17), dt.date(2026, 12, 24), dt.date(2026, 12, 23))


def test_pair_last_day_of_a_duty_in_hours_or_after_hours():
    # contract 14.12.2026: the safe last day is Monday 21.12. Sent that evening, the
    # application is accepted on 22.12, after the deadline.
    eng = engine(dt.date(2026, 12, 21))
    answers = ["c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "20.01.2027", "c:yes"]
    ok = walk(eng, TREE, *answers, "c:in-hours")[1]
    late = walk(eng, TREE, *answers, "c:after-hours")[1]
    assert ok.node_id == late.node_id == "ext-ready"
    assert ok.outcome == "eligible" and late.outcome == "not_ready"
    assert late.text.id == "se-block-late-acceptance-readings"
    assert late.text.args == {"deadline": dt.date(2026, 12, 21), "registered": dt.date(2026, 12, 22),
                              "latest": dt.date(2026, 12, 22), "one_day": "no"}


def test_pair_complaint_registration_date_moves_the_answer_date():
    # registered Thursday 10.12.2026: 11, 14, 15, 17, 18 -> 18.12 (17.12 counting the 10th);
    # registered Monday 14.12.2026: 15, 17, 18, 21, 22 -> 22.12 (21.12 counting the 14th)
    eng = engine(dt.date(2026, 12, 18))  # the answer days still ahead (or today)

    def answer(day):
        view = walk(eng, TREE, "c:foreigner", "c:complaint", "c:provider", day)[1]
        assert view.node_id == "complaint-result" and view.outcome == "info"
        assert view.buttons, "a way on"
        return next(i for i in view.items if i.text.id == "se-reason-complaint-time-days").text.args

    a, b = answer("10.12.2026"), answer("14.12.2026")
    assert (a["by"], a["early"]) == (dt.date(2026, 12, 18), dt.date(2026, 12, 17))
    assert (b["by"], b["early"]) == (dt.date(2026, 12, 22), dt.date(2026, 12, 21))
    cites = next(i for i in walk(eng, TREE, "c:foreigner", "c:complaint", "c:provider", "10.12.2026")[1].items).citations
    assert "25" in {c.point for c in cites}


def test_not_eligible_screens_offer_the_service_that_fits():
    eng = engine(dt.date(2026, 12, 15))
    for answers in (["c:foreigner", "c:today", "c:issue", "c:no"], ["c:foreigner", "c:today", "c:issue", "c:yes", "c:none"]):
        view = walk(eng, TREE, *answers)[1]
        assert view.outcome == "not_eligible"
        assert any(b.label.id == "se-link-labour-permit" for b in view.buttons)
    view = walk(eng, TREE, "c:citizen")[1]
    assert any(b.label.id == "se-link-employer-permit" for b in view.buttons)


def test_result_dates_computation_counts_from_acceptance():
    from dialogs.services.self_employment import complaint, result_dates

    sat = result_dates(dt.date(2026, 11, 21), "in-hours")  # Saturday: moved either way
    assert sat["registered"] == dt.date(2026, 11, 23) and sat["moved"]
    fri_late = result_dates(dt.date(2026, 11, 20), "after-hours")
    assert fri_late["registered"] == dt.date(2026, 11, 23)
    assert fri_late["extension_by"] == dt.date(2026, 11, 26) and fri_late["extension_by_early"] == dt.date(2026, 11, 25)
    # a complaint registered on a Saturday: there is no registration day to count or
    # skip, so both readings start on Monday 23.11 as day 1 (23-27.11); the answer is
    # due Friday, not the next Monday (audit of stop 26)
    c = complaint(dt.date(2026, 11, 21))
    assert c["answer_by"] == dt.date(2026, 11, 27) and c["answer_by_early"] == dt.date(2026, 11, 27)
    # registered on Independence Day (Wed 16.12): 17, 18, 21, 22, 23
    c = complaint(dt.date(2026, 12, 16))
    assert c["answer_by"] == c["answer_by_early"] == dt.date(2026, 12, 23)
    # registered on a working day: the two readings stay a day apart (see the pair above)
    c = complaint(dt.date(2026, 12, 10))
    assert (c["answer_by"], c["answer_by_early"]) == (dt.date(2026, 12, 18), dt.date(2026, 12, 17))


def test_a_complaint_registered_before_order_222_is_not_answered():
    view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:complaint", "c:provider", "01.06.2026")[1]
    assert view.node_id == "complaint-before-order" and view.outcome == "ask_person"
    assert view.text.args["apply"] == dt.date(2026, 6, 1) and view.buttons


# ---- legal audit of 2026-12 (/work/tmp/audit-employer.md): one test per finding ----------

@pytest.mark.parametrize(
    "service, answers, node, reason, point",
    [
        ("extend", ["c:extend", "c:yes", "29.06.2026", "15.09.2026"], "ext-interim", "se-reason-duty-extension-new", "17"),
        ("reissue", ["c:reissue", "c:name", "29.06.2026"], "reissue-interim", "se-reason-duty-reissue-new", "22"),
        ("duplicate", ["c:duplicate", "29.06.2026", "c:yes"], "dup-interim", "se-reason-duty-duplicate-new", "22-1"),
    ],
)
def test_audit_3_a_five_day_duty_before_12_july_is_a_safe_target_not_a_green_deadline(service, answers, node, reason, point):
    # filed Wednesday 01.07.2026; the event Monday 29.06.2026 counted as day 1:
    # 29.06, 30.06, 01.07, 02.07, 03.07 -> 03.07.2026. The rule is in the wording from 12.07.2026.
    eng = engine(dt.date(2026, 6, 30))
    _, view = walk(eng, TREE, "c:foreigner", "c:date", "01.07.2026", *answers, *READY)
    assert view.node_id == node and view.outcome == "ask_person"  # was ✅ eligible
    assert view.text.id == "se-result-duty-interim"
    assert view.text.args == {"deadline": dt.date(2026, 7, 3), "days": 5, "switch": dt.date(2026, 7, 12)}
    # the rule is shown and cited, labelled with the date of its wording
    rule = next(i for i in view.items if i.text.id == reason)
    assert rule.text.args["switch"] == dt.date(2026, 7, 12) and rule.text.args["deadline"] == dt.date(2026, 7, 3)
    assert point in {c.point for c in rule.citations} and "4" in {c.point for c in rule.citations}
    notes = {n.text.id: n.flag for n in view.notes}
    assert notes["se-note-duty-safe-target"] == "silent" and "common-ask-official" in notes
    assert view.track is None  # no reminder that would state the date as law
    assert walk(eng, TREE, "c:foreigner", "c:date", "01.07.2026", *answers, *READY, NEXT)[1].kind == "checklist"


def test_audit_3_sent_after_hours_on_the_last_interim_day_still_warns():
    # contract 29.06.2026: safe last day Friday 03.07; sent that evening it is accepted on
    # Tuesday 07.07 (06.07 is Capital Day)
    eng = engine(dt.date(2026, 7, 3))
    _, view = walk(eng, TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "29.06.2026", "15.09.2026", "c:yes", "c:after-hours")
    assert view.node_id == "ext-interim" and view.outcome == "not_ready"
    assert view.text.id == "se-block-late-acceptance-readings" and view.text.args["registered"] == dt.date(2026, 7, 7)


def test_audit_4_the_five_days_are_for_a_complaint_received_by_the_akimat():
    from dialogs.runtime.i18n import Localizer

    eng = engine(dt.date(2026, 12, 15))
    # a complaint to another body: the seed gives no time, so no date
    _, other = walk(eng, TREE, "c:foreigner", "c:complaint", "c:other")
    assert other.node_id == "complaint-other" and other.outcome == "ask_person" and other.final
    assert any(n.flag == "silent" for n in other.notes) and "common-ask-official" in note_ids(other)
    assert not any(isinstance(v, dt.date) for i in other.items for v in i.text.args.values())
    assert other.buttons
    # a complaint to the akimat: p.25 quoted with its condition, and the texts say it
    _, view = walk(eng, TREE, "c:foreigner", "c:complaint", "c:provider", "10.12.2026")
    assert view.node_id == "complaint-result"
    quotes = [c.quote for i in view.items for c in i.citations if c.point == "25"]
    assert any("поступившая в адрес услугодателя" in q for q in quotes)
    for msg in ("se-complaint-date-question", "se-note-complaint"):
        assert "поступившую в акимат" in Localizer().format("ru", msg)


def test_audit_4_a_complaint_registered_before_12_july_says_the_entry_date_is_unknown():
    eng = engine(dt.date(2026, 12, 15))
    # Monday 15.06.2026: after the earliest possible entry date (10.06), before 12.07
    _, june = walk(eng, TREE, "c:foreigner", "c:complaint", "c:provider", "15.06.2026")
    assert june.node_id == "complaint-result"
    note = next(n for n in june.notes if n.text.id == "se-note-complaint-entry")
    assert note.flag == "ambiguous" and note.text.args == {"registered": dt.date(2026, 6, 15)}
    assert "4" in {c.point for c in note.citations}
    _, december = walk(eng, TREE, "c:foreigner", "c:complaint", "c:provider", "10.12.2026")
    assert "se-note-complaint-entry" not in note_ids(december)


def test_audit_9_the_other_way_note_only_navigates():
    from dialogs.runtime.i18n import Localizer

    view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:today", "c:issue", "c:no")[1]
    note = next(n for n in view.notes if n.text.id == "se-note-other-way")
    assert not note.citations  # legal: false: it may point to a service, not state a rule
    assert "основаниям" not in Localizer().format("ru", "se-note-other-way")
    assert "other ways to work" not in Localizer().format("en", "se-note-other-way")


def test_extension_with_no_working_day_left_before_the_certificate_ends_asks_a_person():
    # Saturday 19.12.2026, certificate to Sunday 20.12: its last working day (18.12) is
    # behind; the ⚠️ said "send by 18.12" (yesterday) and 🔔 saved a reminder in the past
    _, view = walk(engine(dt.date(2026, 12, 19)), TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "20.12.2026", *READY)
    assert view.node_id == "ext-no-day-left" and view.outcome == "ask_person" and not view.track
    assert view.text.args == {"expiry": dt.date(2026, 12, 20), "registered": dt.date(2026, 12, 21)}
    assert view.items[0].text.id == "se-note-expired-silent" and view.items[0].flag == "silent"


def test_a_contract_on_a_day_off_gives_one_date_not_the_same_date_twice():
    # contract Saturday 12.12.2026: counted or not, 5 working days end on Monday 21.12;
    # the bullet said "safe date 21.12.2026; if the contract day does not count, 21.12.2026"
    from bot.app import build_renderer

    _, view = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "12.12.2026", "31.12.2027", *READY)
    duty = next(i for i in view.items if i.text.id == "se-reason-duty-extension")
    text = build_renderer().t("en", duty.text.id, **duty.text.args)
    assert text.count("21.12.2026") == 1 and "either way" in text
    _, weekday = walk(engine(dt.date(2026, 12, 15)), TREE, "c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "31.12.2027", *READY)
    duty = next(i for i in weekday.items if i.text.id == "se-reason-duty-extension")
    assert "does not count, 22.12.2026" in build_renderer().t("en", duty.text.id, **duty.text.args)


# ---- audit of stop 26 ---------------------------------------------------------------
def test_a_filing_late_on_one_reading_and_in_time_on_the_other_says_so_first():
    """p.17: "в течение пяти рабочих дней со дня заключения трудового договора", whether
    the contract's day counts is not said. Contract Thu 03.12.2026: the safe deadline is
    09.12, the other reading 10.12. Filing on 10.12 said only "the deadline passed on
    09.12"; it now says first that on the other reading today is still in time."""
    eng = engine(dt.date(2026, 12, 10))
    path = ("c:foreigner", "c:today", "c:extend", "c:yes", "03.12.2026", "10.01.2027", "c:yes", "c:in-hours")
    view = walk(eng, TREE, *path)[1]
    assert view.node_id == "duty-late" and view.outcome == "ask_person"
    said = next(i for i in view.items if i.text.id == "se-reason-duty-other-reading-in-time")
    assert said.text.args == {"latest": dt.date(2026, 12, 10), "apply": dt.date(2026, 12, 10)} and said.flag == "ambiguous"
    # a day later both readings have passed: nothing is said to be in time
    view = walk(engine(dt.date(2026, 12, 11)), TREE, *path)[1]
    assert view.node_id == "duty-late"
    assert "se-reason-duty-other-reading-in-time" not in [i.text.id for i in view.items]


def test_a_score_below_the_threshold_leads_over_a_missing_copy():
    """Two grounds at once: a score below six (a refusal on the merits, App. 2 row 11)
    and no notarised copy of the work record (a missing document). The headline asked
    for the copy first, as if fetching it would do; the refusal ground now leads, the
    missing copy follows as a bullet (audit of stop 26)."""
    out = chat(TREE, "1", "1", "1", "1", "1", "2", "2", "2", "1", today="2026-12-07")
    screen = out.split("⚠️", 1)[1]
    first_line, rest = screen.split("\n", 1)
    assert "ниже шести баллов" in first_line
    assert "нотариально заверенная копия" in rest.split("(/grounds")[0]


def test_a_filing_already_made_is_not_told_how_to_file_or_that_it_will_be_accepted():
    """Filed 20.11.2026, asked on 07.12: the screen said «Заявление примут 20.11.2026» and
    «Подать заявление можно онлайн…» under a headline about a filing already made."""
    out = chat(TREE, "1", "2", "20.11.2026", "1", "1", "1", "1", "1", "1", "1", today="2026-12-07")
    screen = out.split("⌛", 1)[1].split("(/grounds", 1)[0]
    assert "Приём заявления — 20.11.2026" in screen and "примут 20.11" not in screen
    assert "Подать заявление можно онлайн" not in screen
    # a filing still ahead keeps both
    out = chat(TREE, "1", "1", "1", "1", "1", "1", "1", "1", "1", today="2026-12-07")
    screen = out.split("✅", 1)[1].split("(/grounds", 1)[0]
    assert "Приём заявления —" in screen and "Подать заявление можно онлайн" in screen


def test_a_complaint_is_chosen_before_any_filing_date_is_asked():
    # a complaint is not an application: "when will you apply" offers it instead of
    # asking a filing date first, and the service list no longer repeats it
    eng = engine(dt.date(2026, 12, 15))
    _, when = walk(eng, TREE, "c:foreigner")
    assert when.node_id == "apply-when"
    assert [b.label.id for b in when.buttons][:3] == ["se-apply-today", "se-apply-other-date", "se-apply-complaint"]
    state, where = walk(eng, TREE, "c:foreigner", "c:complaint")
    assert where.node_id == "complaint-where" and "apply_date" not in state.answers
    _, what = walk(eng, TREE, "c:foreigner", "c:today")
    assert "se-what-complaint" not in [b.label.id for b in what.buttons]
    # ⬅️ from the complaint's questions leads back to the first choice, not to a service list
    assert eng.back(state).node == "apply-when"


# ---- audit of 2026-12 (kandas / self-employment dialog trees) -------------------------------
def _ru(view) -> str:
    from bot.app import build_renderer

    return build_renderer().render(view, "ru").text


def test_sent_after_hours_on_a_duty_s_last_day_says_the_other_reading_too():
    """Finding 7a. Contract Thu 03.12.2026: the safe last day is 09.12 (the contract day
    counted), 10.12 on the other reading. Sent on 09.12 in the evening it is accepted on
    10.12 (row 9): late on the safe reading, in time on the other — the ⚠️ said only
    «последний день — 09.12.2026». Both now, the safe one first."""
    path = ("c:foreigner", "c:date", "09.12.2026", "c:extend", "c:yes", "03.12.2026", "31.12.2026", "c:yes", "c:after-hours")
    _, view = walk(engine(dt.date(2026, 12, 14)), TREE, *path)
    assert view.outcome == "not_ready" and view.text.id == "se-block-late-acceptance-readings"
    assert view.text.args == {"deadline": dt.date(2026, 12, 9), "registered": dt.date(2026, 12, 10),
                              "latest": dt.date(2026, 12, 10), "one_day": "no"}
    assert {"9", "17"} <= {c.point for c in view.citations}
    headline = _ru(view).split("\n")[0]
    assert headline.index("09.12.2026") < headline.index("Если не считать")
    assert "последний день — 10.12.2026, и такое заявление ещё в срок" in headline
    # a contract on a day off (Sat 12.12.2026): one deadline either way (21.12), one date said
    path = ("c:foreigner", "c:today", "c:extend", "c:yes", "12.12.2026", "31.12.2026", "c:yes", "c:after-hours")
    _, one = walk(engine(dt.date(2026, 12, 21)), TREE, *path)
    assert one.text.id == "se-block-late-acceptance-readings" and one.text.args["one_day"] == "yes"
    assert "Если не считать" not in _ru(one).split("\n")[0]


def test_a_duty_sent_on_a_saturday_is_accepted_monday_not_told_to_file_that_day_in_hours():
    """Finding 7b. Contract Mon 07.12.2026: 11.12 on the safe reading, 14.12 on the other.
    Sent on Saturday 12.12 it is accepted on Monday 14.12 (row 9: days off -> the next
    working day), still in time on the other reading; the screen said «12.12.2026 ещё в
    срок: подайте в этот день в рабочее время» — a Saturday has no working hours."""
    eng = engine(dt.date(2026, 12, 7))
    for hours in ("c:after-hours", "c:in-hours"):
        path = ("c:foreigner", "c:date", "12.12.2026", "c:extend", "c:yes", "07.12.2026", "31.12.2026", "c:yes", hours)
        _, view = walk(eng, TREE, *path)
        assert view.node_id == "duty-late"
        said = next(i for i in view.items if i.text.id == "se-reason-duty-other-reading-accepted")
        assert said.text.args == {"latest": dt.date(2026, 12, 14), "apply": dt.date(2026, 12, 12), "registered": dt.date(2026, 12, 14)}
        assert said.flag == "ambiguous" and {"17", "9"} <= {c.point for c in said.citations}
        assert "se-reason-duty-other-reading-in-time" not in item_ids(view)
        assert "в рабочее время" not in _ru(view)
    # Monday 14.12, the other reading's last day, in the evening: accepted on 15.12, too
    # late either way unless sent in working hours that day — said so
    path = ("c:foreigner", "c:date", "14.12.2026", "c:extend", "c:yes", "07.12.2026", "31.12.2026", "c:yes", "c:after-hours")
    _, monday = walk(eng, TREE, *path)
    assert "se-reason-duty-other-reading-in-time" in item_ids(monday)
    assert "se-reason-duty-other-reading-accepted" not in item_ids(monday)


def test_a_first_certificate_before_12_july_is_not_a_tick_above_rules_it_cannot_confirm():
    """Finding 8. On 20.06.2026 the ✅ «Вы можете подать» sat above a note that the bot
    cannot confirm the rules for that date (order 222's entry date is unknown): ☎️ now, as
    the kandas tree's assign-before-july."""
    out = chat(TREE, "1", "1", "1", "1", "1", "1", "1", "1", "2", today="2026-06-20")
    screen = out.rsplit("> 2\n", 1)[1]
    assert screen.startswith("☎️") and "✅" not in screen and "Вы можете подать" not in screen
    _, view = walk(engine(dt.date(2026, 6, 20)), TREE, *ISSUE)
    assert view.node_id == "issue-interim" and view.outcome == "ask_person" and view.track is None
    assert view.text.args == {"apply": dt.date(2026, 6, 20), "switch": dt.date(2026, 7, 12)}
    assert "se-note-version-unknown" in note_ids(view) and "common-ask-official" in note_ids(view)
    assert labels(view) == {"se-point-app2-interim-row"}
    # filed 01.07.2026 and asked in December: the result's date is gone, said so
    answers = ("c:issue", "c:yes", "c:recognised", "c:yes", "c:pass", *READY)
    _, gone = walk(engine(dt.date(2026, 12, 7)), TREE, "c:foreigner", "c:date", "01.07.2026", *answers)
    assert gone.outcome == "passed" and gone.text.id == "se-result-issue-interim-overdue"
    assert gone.text.args["decision_by"] == dt.date(2026, 7, 9) and "25" in {c.point for c in gone.citations}
    assert "se-what-complaint" in [b.label.id for b in gone.buttons]
    # from 12.07.2026: ✅ as before
    assert walk(engine(dt.date(2026, 7, 13)), TREE, *ISSUE)[1].outcome == "eligible"


def test_a_complaint_registered_on_a_day_off_gives_one_date_not_two_readings():
    """Finding 9. Registered on Independence Day (Wed 16.12.2026): counted or not, the 5
    working days are 17-23.12; the bullet said «не позже 23.12.2026 (если считать и день
    регистрации — 23.12.2026)»."""
    out = chat(TREE, "1", "3", "1", "16.12.2026", today="2026-12-21")
    bullet = next(line for line in out.splitlines() if "зарегистрированную 16.12.2026" in line)
    assert bullet.count("23.12.2026") == 1 and "если считать" not in bullet
    _, view = walk(engine(dt.date(2026, 12, 21)), TREE, "c:foreigner", "c:complaint", "c:provider", "16.12.2026")
    assert "se-note-complaint-reading" not in note_ids(view)
    # a working day: both readings, a day apart
    out = chat(TREE, "1", "3", "1", "10.12.2026", today="2026-12-15")
    assert "не позже 18.12.2026 (если считать и день регистрации — 17.12.2026)" in out
