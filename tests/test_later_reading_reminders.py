"""A duty read two ways: the bot leads with the safe (earlier) day and names the later
reading's day too. Once the safe day is gone /status says "on the other reading, until
X — act as soon as possible"; a reminder now comes on X itself, the later reading's last
day (as the termination notice's `notice-last-day` does), `last: true`, and none when the
two readings end on the same day.

Expected dates are counted here from the legal numbers quoted in each comment, with the
calendar (dialogs/law/workdays.py), never read back from the code under test."""

from __future__ import annotations


import pytest

from bot.app import build_renderer
from bot.reminders import reminder_text
from dialogs.law.dates import add_days
from dialogs.tracking.schedule import default_schedules, ended_on, plan, status_of
from storage.db import Database
from storage.repositories import Users
from storage.tracking import TrackedItems, parse_inputs

from tests.test_tracking_services import CAL, D, before, wd


def fmt(day: D) -> str:
    return day.strftime("%d.%m.%Y")


def _planned(service: str, kind: str, inputs: dict) -> dict:
    return {p.occasion: p for p in plan(default_schedules()[(service, kind)], inputs)}


def _scheduled(service: str, kind: str, occasion: str) -> bool:
    """The occasion is in the kind's schedule (whether or not these inputs plan it)."""
    return occasion in {o.id for o in default_schedules()[(service, kind)].occasions}


async def _russian(sqlite_url, service: str, kind: str, inputs: dict, occasion: str, today: D) -> str:
    """The reminder as the user gets it: saved as an item, rendered in Russian with its grounds."""
    db = Database(sqlite_url)
    await db.migrate()
    try:
        await Users(db).ensure(1, "ru")
        item = await TrackedItems(db).save(1, service, kind, inputs, today=today)
        assert parse_inputs(item.inputs) == inputs
        text = reminder_text(build_renderer(), "ru", item, occasion)
        assert text is not None, f"{occasion} is not in the item's plan"
        return text
    finally:
        await db.close()


def _assert_says_safe_then_later(text: str, safe: D, later: D):
    # the safe day first (it has passed), then the other reading's day (today), then where to ask
    assert fmt(safe) in text and fmt(later) in text, text
    assert text.index(fmt(safe)) < text.index(fmt(later)), text
    assert "1414" in text and "сегодня" in text, text


# ---- self-employment: the holder's 5-working-day duties (p.17, p.22 part 2, p.22-1 part 2)

# The contract on Mon 14.12.2026, a working day. Counted as day one (AMB-12, the safe
# reading): the 5th working day is 21.12 (16.12, Independence Day, is not one); not
# counted: 22.12.
SE_EVENT = D(2026, 12, 14)
SE_SAFE = wd(SE_EVENT, 4)
SE_LATER = wd(SE_EVENT, 5)

SE_OCCASION = {"extend": "deadline-latest-extend", "reissue": "deadline-latest-reissue", "duplicate": "deadline-latest-duplicate"}


@pytest.mark.parametrize("duty", list(SE_OCCASION))
async def test_a_self_employment_duty_reminds_on_the_other_counts_last_day(sqlite_url, duty):
    assert (SE_SAFE, SE_LATER) == (D(2026, 12, 21), D(2026, 12, 22))  # the holiday 16.12 skipped
    inputs = {"event_date": SE_EVENT, "duty": duty}
    if duty == "extend":
        inputs["cert_expiry"] = D(2027, 1, 20)  # ends after both readings: it cuts nothing short
    planned = _planned("self-employment", "duty", inputs)
    later = planned[SE_OCCASION[duty]]
    assert later.due_on == later.day == SE_LATER and CAL.is_working_day(later.due_on)
    assert later.last, "the last day on that reading: no ⏰ remind me tomorrow"
    assert planned[f"deadline-{duty}"].due_on == SE_SAFE  # the safe day's reminder stays, first
    # the other occasions of the kind are for other duties
    assert not set(SE_OCCASION.values()) - {SE_OCCASION[duty]} & set(planned)
    # on that day /status says the same: the earlier count's day gone, the other's today
    line, _ = status_of(default_schedules()[("self-employment", "duty")], inputs, SE_LATER)
    assert line == "status-se-duty-late"
    assert ended_on(default_schedules()[("self-employment", "duty")], inputs, SE_LATER) is None
    text = await _russian(sqlite_url, "self-employment", "duty", inputs, SE_OCCASION[duty], D(2026, 12, 15))
    _assert_says_safe_then_later(text, SE_SAFE, SE_LATER)
    assert {"extend": "на продление", "reissue": "на переоформление", "duplicate": "на дубликат"}[duty] in text
    assert "строка 9" in text  # App 2 row 9: a filing after hours is accepted the next working day


@pytest.mark.parametrize("event", [D(2026, 12, 16), D(2026, 12, 19)])  # Independence Day; a Saturday
def test_a_self_employment_duty_from_a_day_off_has_one_day_and_no_second_reminder(event):
    """An event on a day off has no day of its own to count: both readings end on the
    same working day, reminded of once."""
    assert all(_scheduled("self-employment", "duty", o) for o in SE_OCCASION.values())
    for duty in SE_OCCASION:
        inputs = {"event_date": event, "duty": duty}
        planned = _planned("self-employment", "duty", inputs)
        assert planned[f"deadline-{duty}"].due_on == wd(event, 5)
        assert not set(SE_OCCASION.values()) & set(planned), (event, duty)


@pytest.mark.parametrize("cert_expiry", [
    D(2026, 12, 18),  # ends before the safe day: its last working day leads (certificate-ends-first)
    D(2026, 12, 21),  # ends on the safe day, before the later reading's (cert_last)
])
def test_no_later_reading_reminder_after_the_certificate_has_ended(cert_expiry):
    """AMB-09: whether an ended certificate can be extended is not said. The later
    reading's day would be after its end: no reminder names it. Its last working day is
    then the safe day itself (or earlier), already reminded of."""
    assert _scheduled("self-employment", "duty", "deadline-latest-extend")
    inputs = {"event_date": SE_EVENT, "duty": "extend", "cert_expiry": cert_expiry}
    planned = _planned("self-employment", "duty", inputs)
    assert "deadline-latest-extend" not in planned
    assert all(p.day <= cert_expiry for p in planned.values())
    assert max(p.due_on for p in planned.values()) == before(cert_expiry)


def test_the_certificate_cuts_the_later_count_short_only_onto_the_safe_day():
    """Why no reminder on `cert_last`: the two counts are one working day apart, so a
    certificate that ends before the later count's day and not before the safe one has
    the safe day as its last working day — a reminder there would say the safe day has
    passed on the morning of the safe day's own reminder."""
    assert _scheduled("self-employment", "duty", "deadline-latest-extend")
    day = D(2026, 11, 2)
    while day < D(2027, 5, 1):
        for days in range(0, 12):
            expiry = add_days(day, days)
            safe, later = CAL.within_working_days(day, 5)
            if safe <= expiry < later:
                assert before(expiry) == safe, (day, expiry)
                assert "deadline-latest-extend" not in _planned("self-employment", "duty", {"event_date": day, "duty": "extend", "cert_expiry": expiry})
        day = add_days(day, 1)


# ---- employer permit: the fee within 10 working days (FL App 2 rows 5 and 8, AMB-14) ----

# Decision Thu 24.12.2026, counted as day one (the protective reading): 10th working day
# 11.01.2027 (01.01, 04.01 and 07.01.2027 are days off). Notice received Mon 28.12.2026,
# not counted: 14.01.2027.
EP_DECIDED, EP_RECEIVED = D(2026, 12, 24), D(2026, 12, 28)
EP_SAFE = wd(EP_DECIDED, 9)
EP_LATER = wd(EP_RECEIVED, 10)


async def test_the_employer_fee_reminds_on_the_notices_last_day(sqlite_url):
    assert (EP_SAFE, EP_LATER) == (D(2027, 1, 11), D(2027, 1, 14))
    inputs = {"decided_on": EP_DECIDED, "received_on": EP_RECEIVED}
    planned = _planned("employer-permit", "fee", inputs)
    later = planned["fee-notice-last-day"]
    assert later.due_on == later.day == EP_LATER and CAL.is_working_day(later.due_on)
    assert later.last
    assert planned["fee-last-day"].due_on == EP_SAFE
    schedule = default_schedules()[("employer-permit", "fee")]
    assert status_of(schedule, inputs, EP_LATER)[0] == "status-ep-fee-notice-late"
    assert ended_on(schedule, inputs, EP_LATER) is None
    text = await _russian(sqlite_url, "employer-permit", "fee", inputs, "fee-notice-last-day", D(2026, 12, 28))
    _assert_says_safe_then_later(text, EP_SAFE, EP_LATER)
    assert fmt(EP_RECEIVED) in text and "акимат" in text


@pytest.mark.parametrize("inputs", [
    {"decided_on": D(2026, 12, 16), "received_on": D(2026, 12, 16)},  # both on Independence Day: one day
    {"decided_on": D(2026, 12, 24)},  # the notice's day not given: its reading's day is not known
])
def test_no_notice_reminder_when_the_notices_day_is_the_same_or_unknown(inputs):
    assert _scheduled("employer-permit", "fee", "fee-notice-last-day")
    planned = _planned("employer-permit", "fee", inputs)
    assert "fee-last-day" in planned and "fee-notice-last-day" not in planned


# ---- temporary and permanent residence: pending a fact from dialogs/services/tracked.py --

# Both later days are one calendar day after the safe one (p.5: birthday + 10 against
# + 9, A2; p.20: approval + 30 against + 29, A13). When that day is a day off its working
# day is the safe reminder's own, so the reminder may exist only when the later day is a
# working day: track_trp_sixteen / track_prp_exit do not say so yet (see the comments in
# their schedules). These say what is wanted once they do.


def test_a_child_turning_16_is_reminded_on_the_latest_readings_working_day():
    # birthday Mon 14.12.2026: safe 23.12, latest Thu 24.12, a working day
    planned = _planned("temporary-residence", "sixteen", {"birthday": D(2026, 12, 14)})
    assert planned["sixteen-latest-day"].due_on == D(2026, 12, 24) and planned["sixteen-latest-day"].last
    # birthday Sun 06.12.2026: safe Tue 15.12, latest Wed 16.12 (Independence Day): a filing
    # then is accepted on 17.12; its working day is 15.12, the safe reminder's own
    assert "sixteen-latest-day" not in _planned("temporary-residence", "sixteen", {"birthday": D(2026, 12, 6)})


def test_an_exit_after_annulment_is_reminded_on_the_other_readings_working_day():
    # approval 05.10.2026: safe Tue 03.11, outer Wed 04.11
    planned = _planned("permanent-residence", "exit", {"annulled_on": D(2026, 10, 5)})
    assert planned["exit-outer-day"].due_on == D(2026, 11, 4) and planned["exit-outer-day"].last
    # approval 16.11.2026: safe Tue 15.12, outer Wed 16.12 (Independence Day): no working day
    # between them; the safe reminder of 15.12 names 16.12 already
    assert "exit-outer-day" not in _planned("permanent-residence", "exit", {"annulled_on": D(2026, 11, 16)})


def test_pending_texts_render_both_dates():
    """The texts are ready for the reminders above."""
    r = build_renderer()
    text = r.t("ru", "rem-trp-sixteen-latest-day", safe_by=D(2026, 12, 23), latest=D(2026, 12, 24))
    _assert_says_safe_then_later(text, D(2026, 12, 23), D(2026, 12, 24))
    text = r.t("ru", "rem-prp-exit-outer-day", safe=D(2026, 11, 3), outer=D(2026, 11, 4))
    _assert_says_safe_then_later(text, D(2026, 11, 3), D(2026, 11, 4))
