"""Kandas status (dialogs/trees/kandas.yaml): scripted conversations.

Expected dates are counted by hand on the Kazakhstan calendar used by the bot:
working days are Monday-Friday without public holidays (06.07 Capital Day,
16.12 Independence Day, 01-02.01 New Year — 02.01.2027 is a Saturday, so the day
off moves to Monday 04.01.2027 — 07.01 Orthodox Christmas).
"""

import datetime as dt

import pytest

from dialogs.engine import NEXT, Engine
from dialogs.loader import load_trees
from tests.scripted import chat, item_ids, note_ids, walk

D = dt.date
TREES = load_trees()


def engine(today: dt.date) -> Engine:
    return Engine(TREES, today=lambda: today)


def item(view, msg_id, n=0):
    found = [i for i in view.items if i.text.id == msg_id]
    assert found, f"{msg_id} not in {item_ids(view)}"
    return found[n]


def cited_labels(view) -> set[tuple[str, str | None]]:
    return {(c.source, c.label) for c in view.all_citations()}


# -- assignment: eligible ---------------------------------------------------------------
ASSIGN_ABROAD = ("c:assign", "c:today", "c:no", "c:docs", "c:regions", "c:foreign")


def test_assignment_from_abroad_decision_date_skips_new_year_and_christmas():
    # Filed Monday 23.11.2026; 30 working days after the registration day, skipping
    # 16.12, 01.01, 04.01 (02.01 moved from Saturday) and 07.01 -> Friday 08.01.2027.
    _, view = walk(engine(D(2026, 11, 23)), "kandas", *ASSIGN_ABROAD)
    assert view.node_id == "assign-result" and view.outcome == "eligible"
    decision = item(view, "ks-reason-decision-time")
    assert decision.text.args == {"registered": D(2026, 11, 23), "decision_by": D(2027, 1, 8)}
    ids = item_ids(view)
    assert "ks-reason-channel-foreign" in ids and "ks-reason-channel-online" not in ids
    assert "ks-reason-registered-foreign" in ids  # new p.5, in force on this date
    assert "ks-reason-purpose-regions" in ids and "ks-reason-free" in ids
    assert all(i.citations for i in view.items), "every reason carries its citation"
    assert "ks-note-subtype-silent" in note_ids(view)  # foreign route: sub-type 2 unexplained
    assert "ks-note-before-july" not in note_ids(view)


def test_assignment_checklist_refusals_and_after_decision():
    e = engine(D(2026, 11, 23))
    _, docs = walk(e, "kandas", *ASSIGN_ABROAD, NEXT)
    assert docs.kind == "checklist"
    assert item_ids(docs) == [
        "ks-doc-application",
        "ks-doc-regions",
        "ks-doc-autobiography",
        "ks-doc-identity",
        "ks-doc-nationality",
        "ks-doc-consent",
    ]
    assert all(i.citations for i in docs.items)
    assert "ks-note-translation" in note_ids(docs) and "ks-note-online-documents" not in note_ids(docs)

    _, refusals = walk(e, "kandas", *ASSIGN_ABROAD, NEXT, NEXT)
    assert refusals.node_id == "assign-refusals"
    for ground in ("ks-reason-ground-1", "ks-reason-ground-2", "ks-reason-ground-3", "ks-reason-ground-4", "ks-reason-ground-5", "ks-reason-ground-19-1"):
        assert ground in item_ids(refusals)
    assert "ks-note-ground-5-all" not in note_ids(refusals)  # regions: the quota ground plainly applies

    _, after = walk(e, "kandas", *ASSIGN_ABROAD, NEXT, NEXT, NEXT)
    assert after.node_id == "assign-after" and after.final
    assert {"ks-reason-effect-arrival", "ks-reason-certificate-3-days", "ks-reason-certificate-end"} <= set(item_ids(after))


def test_employer_purpose_online_with_commission_recommendation():
    answers = ("c:assign", "c:today", "c:no", "c:commission", "c:employer", "c:enbek", NEXT)
    _, docs = walk(engine(D(2026, 11, 23)), "kandas", *answers)
    ids = item_ids(docs)
    assert "ks-doc-commission" in ids and "ks-doc-nationality" not in ids
    assert "ks-doc-employer" in ids and "ks-doc-regions" not in ids
    skills = item(docs, "ks-doc-skills")
    assert skills.flag == "ambiguous"  # in the form, not in the list: the stricter reading
    notes = note_ids(docs)
    assert {"ks-note-online-documents", "ks-note-commission-bring", "ks-note-employer-wording"} <= set(notes)
    _, refusals = walk(engine(D(2026, 11, 23)), "kandas", *answers, NEXT)
    assert "ks-note-ground-5-all" in note_ids(refusals)


# -- assignment: not eligible / ask a person --------------------------------------------------
def test_former_citizen_is_not_eligible_with_the_gap_said():
    _, view = walk(engine(D(2026, 11, 23)), "kandas", "c:assign", "c:today", "c:yes")
    assert view.node_id == "not-eligible-former-citizen"
    assert view.outcome == "not_eligible" and view.final
    assert item_ids(view) == ["ks-reason-definition", "ks-reason-ground-1"]
    definition = item(view, "ks-reason-definition").citations[0]
    assert definition.source == "quota-rules" and "ранее не состоявшие в гражданстве" in definition.quote
    assert any(n.flag == "silent" for n in view.notes)
    assert "common-ask-official" in note_ids(view)


def test_no_proof_of_nationality_asks_a_person():
    _, view = walk(engine(D(2026, 11, 23)), "kandas", "c:assign", "c:today", "c:no", "c:none")
    assert view.node_id == "no-proof" and view.outcome == "ask_person" and view.final
    assert "ks-note-commission-silent" in note_ids(view) and "common-ask-official" in note_ids(view)


# -- rule versions: before and after 12.07.2026 ----------------------------------------------
def _assign_on(day: str):
    e = engine(D(2026, 11, 21))
    base = ("c:assign", "c:date", day, "c:no", "c:docs", "c:family", "c:enbek")
    return [walk(e, "kandas", *base, *[NEXT] * n)[1] for n in range(4)]


def test_same_answers_before_and_after_the_july_switch():
    before = _assign_on("01.07.2026")
    after = _assign_on("15.07.2026")

    # The same: outcome, the 30-working-day rule, documents, refusal grounds.
    assert before[0].outcome == after[0].outcome == "eligible"
    assert item_ids(before[1]) == item_ids(after[1]) == [
        "ks-doc-application",
        "ks-doc-family",
        "ks-doc-autobiography",
        "ks-doc-identity",
        "ks-doc-nationality",
        "ks-doc-consent",
    ]
    assert item_ids(before[2]) == [i for i in item_ids(after[2]) if i != "ks-reason-complaint-gov-corp"]
    # 01.07.2026 + 30 wd, skipping Capital Day 06.07 -> 13.08.2026; 15.07.2026 + 30 wd -> 26.08.2026
    assert item(before[0], "ks-reason-decision-time").text.args["decision_by"] == D(2026, 8, 13)
    assert item(after[0], "ks-reason-decision-time").text.args["decision_by"] == D(2026, 8, 26)

    # Different: which wording of Appendix 2 is cited.
    for view in before[:3]:
        labels = cited_labels(view)
        assert ("kandas-rules", "ks-point-app2-row") not in labels
    for view in after[:3]:
        labels = cited_labels(view)
        assert ("order-222", "ks-point-order-app1-row") not in labels
    assert ("order-222", "ks-point-order-app1-row") in cited_labels(before[1])
    assert ("kandas-rules", "ks-point-app2-row") in cited_labels(after[1])
    assert item(before[0], "ks-reason-decision-time").citations[0].label == "ks-point-order-app1-row"
    assert item(after[0], "ks-reason-decision-time").citations[0].label == "ks-point-app2-row"

    # Different: points changed from 12.07 (p.4 routing, p.10, p.27) are said only after;
    # before, the unknown earlier wording and the unknown general date are said instead.
    assert "ks-reason-registered-online" in item_ids(after[0]) and "ks-reason-registered-online" not in item_ids(before[0])
    assert {"ks-note-before-july", "ks-note-old-points-silent"} <= set(note_ids(before[0]))
    assert not {"ks-note-before-july", "ks-note-old-points-silent"} & set(note_ids(after[0]))
    assert "ks-reason-effect-arrival" in item_ids(after[3]) and "ks-reason-effect-arrival" not in item_ids(before[3])
    assert "ks-note-after-silent-before-july" in note_ids(before[3])


def test_extension_before_and_after_the_july_switch():
    e = engine(D(2026, 11, 21))
    # Before: 3 wd from 01.07.2026, skipping Capital Day 06.07 -> 07.07.2026, after the
    # certificate ends on 03.07; no notice day (old p.22 unknown). Latest filing 30.06.2026.
    _, before = walk(e, "kandas", "c:extend", "c:date", "01.07.2026", "03.07.2026")
    assert before.node_id == "ext-late" and before.outcome == "ask_person"
    assert item(before, "ks-reason-ext-decision").text.args == {"filed": D(2026, 7, 1), "decision_by": D(2026, 7, 7)}
    assert item(before, "ks-reason-ext-was-latest").text.args["latest"] == D(2026, 6, 30)
    assert "ks-reason-ext-informed" not in item_ids(before)
    assert {"ks-note-ext-p22-silent", "ks-note-before-july"} <= set(note_ids(before))
    # After: 15.07.2026 (Wed) + 3 wd -> 20.07; new p.22 adds 1 wd for the notice -> 21.07;
    # to be told by 17.07 one files 4 wd earlier -> 13.07.2026.
    _, after = walk(e, "kandas", "c:extend", "c:date", "15.07.2026", "17.07.2026")
    assert after.node_id == "ext-late"
    assert item(after, "ks-reason-ext-decision").text.args["decision_by"] == D(2026, 7, 20)
    assert item(after, "ks-reason-ext-informed").text.args["informed_by"] == D(2026, 7, 21)
    assert item(after, "ks-reason-ext-was-latest").text.args["latest"] == D(2026, 7, 13)
    assert "ks-note-ext-p22-silent" not in note_ids(after)


# -- extension: dates ------------------------------------------------------------------------
def test_extension_in_time_counts_independence_day():
    # Filed Fri 11.12.2026: 14, 15, (16.12 holiday), 17 -> decision 17.12, notice 18.12.
    # Certificate to 31.12.2026: latest filing with 4 wd to spare is Fri 25.12.2026.
    _, view = walk(engine(D(2026, 12, 11)), "kandas", "c:extend", "c:today", "31.12.2026")
    assert view.node_id == "ext-in-time" and view.outcome == "eligible"
    assert item(view, "ks-reason-ext-decision").text.args == {"filed": D(2026, 12, 11), "decision_by": D(2026, 12, 17)}
    assert item(view, "ks-reason-ext-informed").text.args["informed_by"] == D(2026, 12, 18)
    assert item(view, "ks-reason-ext-latest").text.args["latest"] == D(2026, 12, 25)
    assert "ks-note-ext-silent" in note_ids(view)
    _, docs = walk(engine(D(2026, 12, 11)), "kandas", "c:extend", "c:today", "31.12.2026", NEXT)
    assert item_ids(docs) == ["ks-doc-ext-application"] and docs.final


def test_extension_when_the_notice_would_come_a_day_too_late():
    # Same filing day, certificate to 17.12.2026: the decision is due 17.12 but the
    # notice only 18.12, so the bot warns; the safe day was Thursday 10.12.2026.
    _, view = walk(engine(D(2026, 12, 11)), "kandas", "c:extend", "c:today", "17.12.2026")
    assert view.node_id == "ext-late" and view.outcome == "ask_person"
    assert view.text.args == {"valid_to": D(2026, 12, 17)}
    assert item(view, "ks-reason-ext-was-latest").text.args["latest"] == D(2026, 12, 10)
    assert "ks-note-ext-gap-silent" in note_ids(view)


def test_extension_filed_on_a_saturday_counts_from_monday():
    # Sat 12.12.2026 -> accepted Mon 14.12; 15, (16 holiday), 17, 18 -> 18.12; notice Mon 21.12.
    _, view = walk(engine(D(2026, 12, 11)), "kandas", "c:extend", "c:date", "12.12.2026", "31.12.2026")
    assert view.node_id == "ext-in-time"
    assert item(view, "ks-reason-ext-decision").text.args == {"filed": D(2026, 12, 14), "decision_by": D(2026, 12, 18)}
    assert item(view, "ks-reason-ext-informed").text.args["informed_by"] == D(2026, 12, 21)


def test_expired_certificate_is_not_extended_by_the_bot():
    _, view = walk(engine(D(2026, 12, 11)), "kandas", "c:extend", "c:today", "10.12.2026")
    assert view.node_id == "ext-expired" and view.outcome == "ask_person" and view.final
    assert "ks-note-expired-silent" in note_ids(view)


# -- decision in hand: arrival and the certificate --------------------------------------------
def test_certificate_after_arrival_over_new_year():
    # Arrival Wed 30.12.2026: 3 calendar days -> 02.01.2027; 3 working days -> 31.12,
    # (01.01, 04.01 holidays), 05.01, 06.01 -> 06.01.2027. The year ends 30.12.2027.
    _, view = walk(engine(D(2026, 12, 11)), "kandas", "c:decision", "30.12.2026")
    assert view.node_id == "arrival-result" and view.final
    assert view.text.args == {"arrival": D(2026, 12, 30), "latest": D(2027, 1, 6)}
    assert item(view, "ks-reason-arrival-certificate").text.args == {"by_calendar": D(2027, 1, 2), "by_working": D(2027, 1, 6)}
    assert item(view, "ks-reason-arrival-year").text.args == {"year_ends": D(2027, 12, 30)}
    assert "ks-reason-arrival-effect" in item_ids(view)
    assert "ks-note-arrival-before-july" not in note_ids(view)


def test_arrival_before_july_skips_capital_day_and_says_the_gap():
    # Arrival Wed 01.07.2026: calendar 04.07; working 02.07, 03.07, (06.07 holiday), 07.07.
    _, view = walk(engine(D(2026, 11, 21)), "kandas", "c:decision", "01.07.2026")
    assert item(view, "ks-reason-arrival-certificate").text.args == {"by_calendar": D(2026, 7, 4), "by_working": D(2026, 7, 7)}
    assert "ks-reason-arrival-effect" not in item_ids(view)  # new p.10 applies from 12.07.2026
    assert "ks-note-arrival-before-july" in note_ids(view)


def test_impossible_apply_date_is_refused_and_explained():
    e = engine(D(2026, 11, 21))
    state, _ = walk(e, "kandas", "c:assign", "c:date")
    step = e.answer_text(state, "31.02.2026")
    assert not step.accepted and step.view.error.id == "date-error-day" and step.view.node_id == "apply-date"


# -- the real terminal chat in three languages ----------------------------------------------
def test_chat_ru_assignment():
    out = chat("kandas", "1", "1", "1", "1", "1", "1", lang="ru", today="2026-11-23")
    assert "вы можете подать заявление на присвоение статуса кандаса" in out
    assert "решение — не позже 08.01.2027" in out


def test_chat_ru_former_citizen():
    out = chat("kandas", "1", "1", "2", lang="ru", today="2026-11-23")
    assert "статус кандаса вам, скорее всего, не присвоят" in out


def test_chat_kk_extension_late():
    out = chat("kandas", "3", "1", "17.12.2026", lang="kk", today="2026-12-11")
    assert "Өтінішті мүмкіндігінше тезірек беріңіз" in out
    assert "ең кеші 10.12.2026 күні беру керек еді" in out


def test_chat_en_certificate_after_arrival():
    out = chat("kandas", "2", "30.12.2026", lang="en", today="2026-12-11")
    assert "Expect your kandas certificate by 06.01.2027 at the latest" in out


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_chat_quotes_are_verbatim_russian(lang):
    out = chat("kandas", "1", "1", "1", "1", "1", "3", "/quotes", lang=lang, today="2026-11-23")
    assert "«Государственная услуга оказывается физическим лицам бесплатно.»" in out


# -- every gap said plainly comes with where to ask -----------------------------------------
SCREENS = [
    (D(2026, 11, 23), ("c:assign", "c:today", "c:no", "c:commission", "c:employer", "c:egov"), 4),
    (D(2026, 11, 21), ("c:assign", "c:date", "01.07.2026", "c:no", "c:docs", "c:study", "c:gov-corp"), 4),
    (D(2026, 11, 21), ("c:assign", "c:today", "c:yes"), 1),
    (D(2026, 11, 21), ("c:assign", "c:today", "c:no", "c:none"), 1),
    (D(2026, 12, 11), ("c:extend", "c:today", "31.12.2026"), 2),
    (D(2026, 12, 11), ("c:extend", "c:today", "17.12.2026"), 2),
    (D(2026, 12, 11), ("c:extend", "c:today", "01.12.2026"), 1),
    (D(2026, 11, 21), ("c:decision", "01.07.2026"), 1),
]


@pytest.mark.parametrize("today,answers,screens", SCREENS)
def test_silent_notes_always_point_to_1414(today, answers, screens):
    e = engine(today)
    for n in range(screens):
        _, view = walk(e, "kandas", *answers, *[NEXT] * n)
        assert view.kind in ("result", "checklist")
        if any(x.flag == "silent" for x in view.items + view.notes):
            assert "common-ask-official" in note_ids(view), view.node_id
        assert all(i.citations for i in view.items), view.node_id
