"""Dialogs opened again on a later day: kandas, regional quota, self-employment (audit of
resumed dialogs, findings 4–9, and the "filed" headlines of kandas and the quota).

Each test walks the engine on one day and opens the saved state again on later days
(`Engine.resume` on a copy of the saved dict, as the bot does), with `today` moving.
Expected dates are counted here from the legal numbers quoted in the comments and the
calendar (dialogs/law/workdays.default_calendar), never read back from the code under
test. Holidays used: 06.07 (Capital Day), 16.12 (Independence Day)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build_renderer
from dialogs.law.workdays import default_calendar
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import DialogState, Engine
from tests.scripted import item_ids, note_ids, walk

D = dt.date
CAL = default_calendar()
TREES = load_trees()


class Clock:
    """`today` for an engine, moved by the test."""

    def __init__(self, day: dt.date):
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def start(tree: str, day: dt.date, *answers):
    clock = Clock(day)
    eng = Engine(TREES, today=clock)
    state, view = walk(eng, tree, *answers)
    return eng, clock, state, view


def reopen(eng: Engine, clock: Clock, state: DialogState, day: dt.date):
    """The saved dialog opened again on `day`: the state as stored, resumed, its screen."""
    clock.day = day
    again = eng.resume(DialogState.from_dict(state.to_dict()))
    return again, eng.view(again)


def ru(view) -> str:
    return build_renderer().render(view, "ru").text


def en(view) -> str:
    return build_renderer().render(view, "en").text


def points(view) -> set[str]:
    return {c.point for c in view.citations}


def labels(view) -> set[str | None]:
    return {c.label for c in view.citations}


# ---- finding 4: kandas extension with no day left, opened after the certificate's end ---------

KS_EXT_SUNDAY = ("c:extend", "c:today", "c:after-hours", "13.12.2026")


def test_kandas_no_day_left_after_the_certificate_ended_says_it_ended_with_no_decision_date():
    # Sunday 13.12.2026, the certificate's last day: no office of KR App. 2 row 9 takes
    # applications on a Sunday (duty TsONs: Saturdays "кроме праздничных и выходных дней"),
    # so the filing counts from the next working day, Monday 14.12, after the end
    sunday = D(2026, 12, 13)
    assert sunday.weekday() == 6 and not CAL.is_working_day(sunday)
    accepted = CAL.next_working_day(sunday)
    assert accepted == D(2026, 12, 14)
    eng, clock, state, view = start("kandas", sunday, *KS_EXT_SUNDAY)
    assert view.node_id == "ext-no-day-left" and view.outcome == "ask_person"
    assert view.text.id == "ks-result-ext-no-day-left"
    for day in (D(2026, 12, 14), D(2026, 12, 22)):
        _, later = reopen(eng, clock, state, day)
        assert later.node_id == "ext-no-day-left" and later.outcome == "ask_person", (day, later.outcome)
        assert later.text.id == "ks-result-ext-no-day-left-ended", (day, later.text.id)
        assert later.text.args == {"valid_to": sunday, "filed": sunday, "accepted": accepted}
        # what the tree says for an ended certificate leads: do not count on extending, the akimat
        lead = later.items[0]
        assert lead.text.id == "ks-note-expired-silent" and lead.flag == "silent"
        # App. 5 (the certificate's end) and row 9 (the hours), never the complaint (p.25)
        assert {"5", "9"} <= points(later) and "25" not in points(later)
        assert "ks-reason-ext-no-day-left" in item_ids(later)
        assert later.track is None
        text = ru(later)
        assert text.startswith("☎️ Удостоверение кандаса действовало по 13.12.2026 и закончилось")
        assert "Решение" not in text and "жалоб" not in text and "ЦОН не позже" not in text
        assert "Не рассчитывайте на продление — обратитесь в акимат" in text
        assert en(later).startswith("☎️ Your kandas certificate was valid until 13.12.2026 and has ended")


def test_kandas_no_day_left_before_july_cites_the_transitional_hours():
    # Sunday 05.07.2026, the certificate to Monday 06.07 (Capital Day): no office open on
    # either day; filed before 12.07.2026, App. 2 row 9 is cited in the wording of O222 App. 1
    sunday, holiday = D(2026, 7, 5), D(2026, 7, 6)
    assert sunday.weekday() == 6 and CAL.holiday_name(holiday)
    _, view = walk(Engine(TREES, today=lambda: D(2026, 12, 7)), "kandas", "c:extend", "c:date", "05.07.2026", "c:after-hours", "06.07.2026")
    assert view.node_id == "ext-no-day-left" and view.text.id == "ks-result-ext-no-day-left-ended"
    assert view.text.args == {"valid_to": holiday, "filed": sunday, "accepted": CAL.next_working_day(holiday)}
    assert "ks-point-order-app1-row" in labels(view) and "ks-point-app2-row" not in labels(view)


# ---- finding 5: quota "too early", opened after the safe day ---------------------------------

RQ_TOO_EARLY = ("c:today", "c:in-hours", "c:resettler", "c:yes", "20.12.2025")


def test_quota_too_early_opened_after_the_safe_day_says_the_year_is_there_and_to_pick_a_day():
    # QR p.14: "на момент подачи заявления постоянную регистрацию не менее одного года";
    # registered 20.12.2025: the year is complete on 20.12.2026 (whether that day counts is
    # not said, AMB-18), so the safe first day is 21.12.2026
    safe_from = D(2025, 12, 20).replace(year=2026) + dt.timedelta(days=1)
    eng, clock, state, view = start("regional-quota", D(2026, 12, 7), *RQ_TOO_EARLY)
    assert view.node_id == "too-early" and view.outcome == "not_eligible"
    assert view.text.id == "rq-result-too-early" and view.text.args == {"safe_from": safe_from}
    # on the safe day itself the headline still names it as the day to file from
    _, same = reopen(eng, clock, state, safe_from)
    assert same.text.id == "rq-result-too-early" and same.outcome == "not_eligible"
    for day in (D(2026, 12, 22), D(2027, 2, 1)):
        again, later = reopen(eng, clock, state, day)
        assert later.node_id == "too-early" and later.outcome == "info", (day, later.outcome)
        assert later.text.id == "rq-result-too-early-year-reached"
        assert later.text.args == {"safe_from": safe_from}
        assert "14" in points(later)
        assert later.track is None
        text = ru(later)
        assert text.startswith("ℹ️ С 21.12.2026 год постоянной регистрации у вас есть") and "✏️" in text
        assert "Пока нельзя" not in text
        assert eng.changeable(again)
    # ✏️ the filing day, "today" again (01.02.2027): the year is met, the dialog goes on
    clock.day = D(2027, 2, 1)
    changed = eng.jump(eng.resume(DialogState.from_dict(state.to_dict())), "when")
    on = eng.choose(changed.state, "c:today")
    assert on.accepted and on.view.node_id == "id-expiry"


# ---- finding 6: quota, a kandas certificate ending before the decision ------------------------

RQ_STATUS_ENDING = ("c:today", "c:in-hours", "c:kandas", "c:no", "c:yes", "c:no", "15.12.2026")


def test_quota_status_ending_opened_later_is_filed_if_then_ended():
    # filed "today" Mon 07.12.2026 in working hours: the decision 14 working days after the
    # acceptance day (QR App. 2 row 5) -> 28.12.2026 (16.12 is off), after the certificate's
    # last day 15.12.2026
    filed, valid_to = D(2026, 12, 7), D(2026, 12, 15)
    decision_by = CAL.add_working_days(filed, 14)
    assert decision_by == D(2026, 12, 28) > valid_to
    eng, clock, state, view = start("regional-quota", filed, *RQ_STATUS_ENDING)
    assert view.node_id == "kandas-status-ending" and view.text.id == "rq-result-status-ending"
    # the filing day gone, the certificate still valid (to its last day included): "if filed"
    for day in (D(2026, 12, 10), valid_to):
        _, later = reopen(eng, clock, state, day)
        assert later.outcome == "ask_person" and later.text.id == "rq-result-status-ending-filed-if", day
        assert later.text.args == {"filed": filed, "valid_to": valid_to, "decision_by": decision_by}
        assert ru(later).startswith("☎️ Если заявление подано 07.12.2026, решение по квоте могут принять до 28.12.2026")
    # the certificate has ended: no "extend first"; do not count on extending (KR App. 5), the akimat
    for day in (D(2026, 12, 16), D(2027, 1, 5)):
        _, later = reopen(eng, clock, state, day)
        assert later.node_id == "kandas-status-ending" and later.outcome == "ask_person"
        assert later.text.id == "rq-result-status-ending-ended" and later.text.args == {"valid_to": valid_to}
        assert "5" in points(later) and any("по истечении одного года" in c.quote for c in later.citations)
        assert later.track is None
        text = ru(later)
        assert text.startswith("☎️ Удостоверение кандаса действовало по 15.12.2026 и закончилось")
        assert "не рассчитывайте на продление" in text and "акимат" in text.split("\n")[0]
        assert "Надёжнее сначала продлить статус" not in text and "действует по" not in text.split("\n")[0]
        # both readings stay below
        assert {"rq-reason-status-safe", "rq-reason-status-other"} <= set(item_ids(later))


# ---- finding 7: kandas arrival, opened a year later --------------------------------------------

def test_kandas_arrival_opened_after_the_year_leads_with_the_year_over_and_offers_no_reminder():
    # arrived Wed 02.12.2026: the certificate within 3 days (KR App. 4): 05.12 by calendar
    # days, 07.12 by working days; it ends "по истечении одного года после дня получения
    # статуса" (App. 5): counted from arrival, 02.12.2027
    arrival = D(2026, 12, 2)
    latest = max(arrival + dt.timedelta(days=3), CAL.add_working_days(arrival, 3))
    assert latest == D(2026, 12, 7)
    year_ends = arrival.replace(year=arrival.year + 1)
    eng, clock, state, view = start("kandas", D(2026, 12, 3), "c:decision", "02.12.2026")
    assert view.node_id == "arrival-result" and view.outcome == "info" and view.track is not None
    # the certificate overdue, the year still running (its last day included): 🔔 kept
    for day in (D(2026, 12, 8), year_ends):
        _, overdue = reopen(eng, clock, state, day)
        assert overdue.text.id == "ks-result-arrival-overdue" and overdue.text.args == {"latest": latest}
        assert overdue.track is not None
        assert "ks-reason-arrival-year" in item_ids(overdue)
    _, later = reopen(eng, clock, state, D(2027, 12, 10))
    assert later.node_id == "arrival-result" and later.outcome == "passed"
    assert later.text.id == "ks-result-arrival-year-over"
    assert later.text.args == {"arrival": arrival, "year_ends": year_ends}
    assert "5" in points(later) and any("по истечении одного года" in c.quote for c in later.citations)
    assert later.track is None, "every date is gone: nothing to remind of"
    # "wait until 07.12.2026" and "the year ends 02.12.2027" are not said in the present
    assert "ks-reason-arrival-year" not in item_ids(later)
    assert "ks-reason-arrival-certificate" not in item_ids(later)
    text = ru(later)
    assert text.startswith("⌛ Если считать от дня прибытия (02.12.2026), год статуса кандаса истёк 02.12.2027")
    assert "«по»" in text.split("\n")[0] and "акимат" in text.split("\n")[0]
    assert "ждите" not in text


# ---- finding 8: self-employment duty late, opened after the later reading's day -------------

SE_EXT_LATE = ("c:foreigner", "c:today", "c:extend", "c:yes", "01.12.2026", "01.06.2027", "c:yes", "c:in-hours")


def test_self_employment_duty_late_opened_later_is_over_on_both_readings():
    # SE p.17: "в течение пяти рабочих дней со дня заключения трудового договора"; contract
    # Tue 01.12.2026: the day counted -> 07.12, not counted -> 08.12 (AMB-12)
    event = D(2026, 12, 1)
    deadline, latest = CAL.add_working_days(event, 4), CAL.add_working_days(event, 5)
    assert (deadline, latest) == (D(2026, 12, 7), D(2026, 12, 8))
    eng, clock, state, view = start("self-employment", latest, *SE_EXT_LATE)
    assert view.node_id == "duty-late" and view.text.id == "se-result-duty-late"
    # filing on 08.12 itself: still in time on the other reading
    assert "se-reason-duty-other-reading-in-time" in item_ids(view)
    for day in (D(2026, 12, 9), D(2027, 1, 10)):
        _, later = reopen(eng, clock, state, day)
        assert later.node_id == "duty-late" and later.outcome == "passed", (day, later.outcome)
        assert later.text.id == "se-result-duty-late-ended"
        assert later.text.args == {"deadline": deadline, "latest": latest, "days": 5, "one_day": "no"}
        assert "17" in points(later)
        assert later.track is None
        assert "se-reason-duty-other-reading-in-time" not in item_ids(later), "08.12 is not «ещё в срок» on 09.12"
        text = ru(later)
        assert text.startswith("⌛ Срок 5 рабочих дней истёк при любом счёте: 07.12.2026")
        assert "1414" in text.split("\n")[0] and "подайте в этот день" not in text


def test_self_employment_duty_late_opened_before_the_later_reading_day_is_filed_if():
    # contract Mon 07.12.2026: the day counted -> Fri 11.12, not counted -> Mon 14.12 (SE p.17);
    # sent "today" Saturday 12.12 (accepted Monday 14.12, App. 2 row 9)
    event, saturday = D(2026, 12, 7), D(2026, 12, 12)
    deadline, latest = CAL.add_working_days(event, 4), CAL.add_working_days(event, 5)
    assert (deadline, latest) == (D(2026, 12, 11), D(2026, 12, 14))
    answers = ("c:foreigner", "c:today", "c:extend", "c:yes", "07.12.2026", "01.06.2027", "c:yes", "c:after-hours")
    eng, clock, state, view = start("self-employment", saturday, *answers)
    assert view.node_id == "duty-late" and view.text.id == "se-result-duty-late"
    for day in (D(2026, 12, 13), latest):
        _, later = reopen(eng, clock, state, day)
        assert later.outcome == "ask_person" and later.text.id == "se-result-duty-late-filed-if", day
        assert later.text.args == {"apply": saturday, "deadline": deadline, "latest": latest}
        assert ru(later).startswith("☎️ Если заявление подано 12.12.2026")
    _, over = reopen(eng, clock, state, latest + dt.timedelta(days=1))
    assert over.outcome == "passed" and over.text.id == "se-result-duty-late-ended"


@pytest.mark.parametrize("answers, point", [
    # SE p.22 part 2: re-issue within 5 working days of the change (name changed 01.12.2026)
    (("c:foreigner", "c:today", "c:reissue", "c:name", "01.12.2026", "c:yes", "c:in-hours"), "22"),
    # SE p.22-1 part 2: a duplicate within 5 working days of the loss (lost 01.12.2026)
    (("c:foreigner", "c:today", "c:duplicate", "01.12.2026", "c:yes", "c:yes", "c:in-hours"), "22-1"),
])
def test_self_employment_duty_late_ended_cites_its_own_duty(answers, point):
    eng, clock, state, view = start("self-employment", D(2026, 12, 8), *answers)
    assert view.node_id == "duty-late"
    _, later = reopen(eng, clock, state, D(2026, 12, 9))
    assert later.text.id == "se-result-duty-late-ended" and point in points(later) and "17" not in points(later)


# ---- finding 9: self-employment extension with no working day left, opened after the end ------

SE_EXT_NO_DAY = ("c:foreigner", "c:today", "c:extend", "c:yes", "10.12.2026", "13.12.2026", "c:yes", "c:after-hours")


def test_self_employment_no_day_left_opened_after_the_certificate_ended_says_it_ended():
    # Saturday 12.12.2026, the certificate to Sunday 13.12: sent now, accepted the next
    # working day (App. 2 row 9), Monday 14.12 — after it ended
    saturday, expiry = D(2026, 12, 12), D(2026, 12, 13)
    registered = CAL.next_working_day(saturday)
    assert registered == D(2026, 12, 14) > expiry
    eng, clock, state, view = start("self-employment", saturday, *SE_EXT_NO_DAY)
    assert view.node_id == "ext-no-day-left" and view.text.id == "se-result-ext-no-day-left"
    # its last day (a Sunday): still valid, as it was said
    _, sunday = reopen(eng, clock, state, expiry)
    assert sunday.text.id == "se-result-ext-no-day-left"
    _, later = reopen(eng, clock, state, D(2026, 12, 21))
    assert later.node_id == "ext-no-day-left" and later.outcome == "ask_person"
    assert later.text.id == "se-result-ext-no-day-left-ended"
    assert later.text.args == {"expiry": expiry, "apply": saturday, "registered": registered}
    lead = later.items[0]
    assert lead.text.id == "se-note-expired-silent" and lead.flag == "silent"
    assert {"17", "9"} <= points(later) and later.track is None
    text = ru(later)
    assert text.startswith("☎️ Справка закончилась 13.12.2026")
    assert "действует до" not in text and "сейчас" not in text and "1414" in text.split("\n")[0]


# ---- "filed" headlines: a day the user said they would file on is "if filed" --------------------

KS_ASSIGN = ("c:in-hours", "c:yes", "c:no", "c:docs", "c:none", "c:regions")


@pytest.mark.parametrize("channel", ["c:foreign", "c:gov-corp", "c:egov"])
def test_kandas_assignment_estimate_opened_later_is_if_filed(channel):
    # «Сегодня» pressed Mon 02.11.2026 (the question: when do you file): 30 working days
    # after the registration (KR App. 2 row 11), registered that day at the earliest -> 14.12
    filed = D(2026, 11, 2)
    due = CAL.add_working_days(filed, 30)
    assert due == D(2026, 12, 14)
    eng, clock, state, view = start("kandas", filed, "c:assign", "c:today", *KS_ASSIGN, channel, "01.01.2030")
    assert view.node_id == "assign-result" and view.outcome == "eligible"
    _, later = reopen(eng, clock, state, D(2026, 11, 5))
    assert later.outcome == "info" and later.text.id == "ks-result-assign-estimate-filed-if"
    assert later.text.args == {"filed": filed, "decision_by": due}
    text = ru(later)
    assert text.startswith("ℹ️ Если заявление подано 02.11.2026, решение — ориентировочно до 14.12.2026")
    assert "✏️" in text.split("\n")[0] and not text.startswith("ℹ️ Заявление подано")
    assert en(later).startswith("ℹ️ If the application was filed on 02.11.2026")


def test_kandas_extension_headlines_for_a_day_gone_are_if_filed():
    # «Сегодня» Tue 01.12.2026, in hours, certificate to 31.12: decided within 3 working days
    # (KR App. 2 row 5) -> 04.12, sent to a TsON within 1 working day (p.22) -> 07.12
    filed = D(2026, 12, 1)
    decided, informed = CAL.add_working_days(filed, 3), CAL.add_working_days(filed, 4)
    eng, clock, state, view = start("kandas", filed, "c:extend", "c:today", "c:in-hours", "31.12.2026")
    assert view.node_id == "ext-in-time" and view.outcome == "eligible"
    _, later = reopen(eng, clock, state, D(2026, 12, 7))
    assert later.text.id == "ks-result-ext-decided-if"
    assert later.text.args == {"filed": filed, "decision_by": decided, "informed_by": informed}
    assert ru(later).startswith("ℹ️ Если заявление подано 01.12.2026, решение должны были принять не позже 04.12.2026")
    # «Сегодня» Mon 07.12, certificate to Wed 09.12: the answer reaches a TsON by 11.12, after it
    filed = D(2026, 12, 7)
    informed = CAL.add_working_days(filed, 4)
    assert informed == D(2026, 12, 11)
    eng, clock, state, view = start("kandas", filed, "c:extend", "c:today", "c:in-hours", "09.12.2026")
    assert view.node_id == "ext-late"
    _, later = reopen(eng, clock, state, D(2026, 12, 8))
    assert later.outcome == "ask_person" and later.text.id == "ks-result-ext-late-filed-if"
    assert later.text.args == {"filed": filed, "informed_by": informed, "valid_to": D(2026, 12, 9)}
    assert ru(later).startswith("☎️ Если заявление подано 07.12.2026, решение передадут в ЦОН не позже 11.12.2026")


def test_quota_filed_headlines_for_a_day_gone_are_if_filed():
    # «Сегодня» Mon 07.12.2026, in hours (the question: when do you file, or did you)
    filed = D(2026, 12, 7)
    eng, clock, state, view = start("regional-quota", filed, "c:today", "c:in-hours", "c:widow", "c:widow", "c:no", "31.12.2030", "c:no")
    assert view.node_id == "g2-result"
    _, later = reopen(eng, clock, state, D(2026, 12, 9))
    assert later.text.id == "rq-result-g2-filed-if"
    assert later.text.args == {"filed": filed, "decision_by": CAL.add_working_days(filed, 14)}  # QR App. 2 row 5
    assert ru(later).startswith("☎️ Если заявление подано 07.12.2026, решение — не позже 28.12.2026")
    # a resettler: 14 working days and the career centre's 1 working day (p.15) -> 29.12
    eng, clock, state, view = start("regional-quota", filed, "c:today", "c:in-hours", "c:resettler", "c:yes", "01.03.2024", "31.12.2030", "c:no")
    assert view.node_id == "resettler-result"
    _, later = reopen(eng, clock, state, D(2026, 12, 9))
    assert later.text.id == "rq-result-resettler-filed-if"
    assert later.text.args == {"filed": filed, "decision_by": CAL.add_working_days(filed, 15)}
    assert ru(later).startswith("☎️ Если заявление подано 07.12.2026:")
    # the anniversary of the registration (10.12.2025 -> 10.12.2026), «Сегодня» that day
    eng, clock, state, view = start("regional-quota", D(2026, 12, 10), "c:today", "c:in-hours", "c:resettler", "c:yes", "10.12.2025")
    assert view.node_id == "anniversary-day" and view.text.id == "rq-result-anniversary"
    _, later = reopen(eng, clock, state, D(2026, 12, 14))
    assert later.text.id == "rq-result-anniversary-filed-if" and later.text.args == {"filed": D(2026, 12, 10)}
    assert ru(later).startswith("☎️ Если заявление подано 10.12.2026")
    assert "rq-note-anniversary" in [i.text.id for i in later.items] + note_ids(later)
