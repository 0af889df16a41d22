"""Computations of the labour-immigrant permit tree."""

from __future__ import annotations

import datetime as dt

from ..model.compute import computation
from ..law.dates import add_days, add_months
from ..law.deadlines import decision_by, labour_permit_deadlines
from ..law.parameters import default_parameters
from ..law.workdays import default_calendar
from .common import filing_acceptance


@computation("labour_permit_deadlines")
def permit_deadlines(expiry: dt.date, cumulative_months: int | None = None, today: dt.date | None = None, **_) -> dict:
    """`cumulative_months` None (an employer's roster without the months column): whether
    the holder extends or needs a new permit is unknown, and both windows are kept
    (`extension_possible` None), never the extension assumed (¶17, ¶22)."""
    facts = labour_permit_deadlines(expiry, int(cumulative_months or 0), today).__dict__.copy()
    facts["extension_last_days"] = _extension_last_days(facts, today)
    # "yes" when the careful first day (D-29) is a day off, for a Fluent selector: the
    # screen then says the day a filing on it is accepted
    facts["extension_safe_opens_moved"] = "yes" if facts["extension_safe_opens_accepted_on"] != facts["extension_safe_opens"] else "no"
    facts.update(_day_off_facts(facts))
    # "yes" when the new permit's earliest working day (D-4, or the one before it) is the
    # extension's literal last working day: a reminder sent that day (months unknown) still
    # has the extension open on the literal reading (a Fluent selector reads it)
    facts["extension_literal_day_is_new_safe"] = (
        "yes" if facts["new_permit_safe_last_working_day"] == facts["extension_last_working_day"] else "no")
    if cumulative_months is None:
        facts.update(extension_possible=None, max_extension_months=None)
    return facts


def _day_off_facts(facts: dict) -> dict:
    """A window whose last days are days off (¶12: a filing then is accepted the next
    working day). From the day after its last working day up to its last calendar day
    a filing is sent inside the window but accepted after it: whether the sending day
    or the day of acceptance counts, the article does not say (A04). These facts let
    /track, /status and the reminders say so instead of "too late" (or "file by …"):
    - `extension_day_off_accepted_on`, `new_permit_day_off_accepted_on`: the working
      day such a filing is accepted on (the first one after the window);
    - `new_permit_closes_last_working_day`: the last working day up to D-1 (our
      window's last day), even when it falls before the window (never None, unlike
      `new_permit_last_working_day`): after it, a filing is accepted after our window;
    - `new_permit_window_days`: "none" when D-4..D-1 are all days off (no working day
      in our window at all: a filing in it is accepted after it), else "some";
    - `new_permit_last_days`: "day-off" when our window's last day D-1 is a day off (its
      last working day is earlier: "to D-1, but that is a day off"), else "working", for
      a Fluent selector as `extension_last_days`;
    - `new_permit_closes_day_off`: the same as "yes"/"no". With
      `new_permit_closes_last_working_day` it makes D-1's pair of companions: every
      schedule text given `new_permit_closes` as `x` also gets `x_wd` and `x_day_off`
      (dialogs/tracking/schedule.py: with_working_days), so a line naming our window's
      end says when it is a day off and names its last working day; the dialog passes
      them as `closes_wd`, `closes_day_off`;
    - `expiry_accepted_on`, `expiry_day_off`: the day a filing on the permit's last day D
      is accepted, and "yes" when D is a day off (then after the permit's end: on the
      reading of ¶22 that lets D be a filing day, whether such a filing counts is A04)."""
    cal = default_calendar()
    closes_last_wd = cal.last_on_or_before(facts["new_permit_closes"])
    expiry_accepted = cal.on_or_after(facts["expiry"])
    return {
        "extension_day_off_accepted_on": cal.on_or_after(add_days(facts["extension_closes"], 1)),
        "new_permit_day_off_accepted_on": cal.on_or_after(add_days(facts["new_permit_closes"], 1)),
        "new_permit_closes_last_working_day": closes_last_wd,
        "new_permit_window_days": "none" if facts["new_permit_last_working_day"] is None else "some",
        "new_permit_last_days": "day-off" if closes_last_wd != facts["new_permit_closes"] else "working",
        "new_permit_closes_day_off": "yes" if closes_last_wd != facts["new_permit_closes"] else "no",
        "expiry_accepted_on": expiry_accepted,
        "expiry_day_off": "yes" if expiry_accepted != facts["expiry"] else "no",
    }


def _extension_last_days(facts: dict, today: dt.date | None) -> str:
    """How the extension's last working day reads (A03, ¶12), for a Fluent selector:
    "same" when both readings give one working day (the literal last day D-5 is then a
    day off, and the careful D-6 falls back to the same working day); "differ" when the
    careful day is earlier; "safe-passed" when it is, and today is already after it."""
    safe, literal = facts["extension_safe_last_working_day"], facts["extension_last_working_day"]
    if safe == literal:
        return "same"
    return "safe-passed" if today is not None and today > safe else "differ"


@computation("decision_by")
def decision(filed: dt.date, **_) -> dict:
    return {"decision_by": decision_by(filed)}


@computation("medical_certificate")
def medical_certificate(issued: dt.date, filing: dt.date, decision: dt.date | None = None, **_) -> dict:
    """¶2.4 "дата выдачи которой не превышает 12 месяцев" does not say on which day (A07):
    `valid_on_filing` on the day of acceptance (¶15 refuses an expired document then);
    `valid_on_decision` on the latest decision day, the careful reading (None: unknown)."""
    months = default_parameters().value("labour_permit.medical_certificate_max_age_months", filing)
    valid_until = add_months(issued, months)
    return {"valid_until": valid_until, "valid_on_filing": filing <= valid_until,
            "valid_on_decision": None if decision is None else decision <= valid_until}


@computation("termination_notice")
def termination_notice(terminated: dt.date, **_) -> dict:
    """Notice within 2 working days of termination (A17): if the day itself is not
    counted, the limit is `notice_by`; if it is counted (when a working day), the
    limit is the earlier `notice_urged`. Both are shown, the earlier first."""
    cal = default_calendar()
    days = default_parameters().value("labour_permit.termination_notice_working_days", terminated)
    urged, notice_by = cal.within_working_days(terminated, days)
    # "yes" when both readings give one day (terminated on a day off): the reminder then
    # has no "otherwise" to give (a Fluent selector reads it)
    return {"notice_by": notice_by, "notice_urged": urged, "one_day": "yes" if urged == notice_by else "no"}


@computation("enbek_search")
def enbek_search(published: dt.date, **_) -> dict:
    """"Only after 15 days from publication" (A16): calendar or working days is not
    said. For a "not before" rule the protective reading is the later date:
    `search_from` counts working days (not counting the publication day) and allows
    the day after; `search_from_calendar` is the calendar-day reading (P+16), shown
    second."""
    wait = default_parameters().value("labour_permit.enbek_search_wait_days", published)
    return {
        "search_from": add_days(default_calendar().add_working_days(published, wait), 1),
        "search_from_calendar": add_days(published, wait + 1),
    }


@computation("lp_enbek_window")
def enbek_window(signed: dt.date, **_) -> dict:
    """¶10: through migration.enbek.kz the permit is received "в течение 10 (десяти)
    календарных дней со дня подписания соглашения о намерении", the quota held
    meanwhile. Whether the signing day is day 1 is not said: counting it (`safe_by`,
    signed + 9) is the earlier date and leads; not counting it gives `latest`."""
    days = default_parameters().value("labour_permit.enbek_quota_hold_days", signed)
    return {"safe_by": add_days(signed, days - 1), "latest": add_days(signed, days)}


@computation("lp_filing")
def lp_filing(filed: dt.date, after_hours=None, **_) -> dict:
    """The day a filing is accepted (¶12: after hours, on a day off or a holiday it is
    the next working day) and the decision date counted from it (¶5: 2 working days,
    not counting the day of filing)."""
    acceptance = filing_acceptance(filed, after_hours)
    return {**acceptance, "decision_by": decision_by(acceptance["accepted_on"])}


def _insurance(until: dt.date, start: dt.date, months: int, first_day: dt.date) -> dict:
    """`first_day`: the earliest day the permit may start, from which the policy must
    already run (A09, F12 `ins_from ≤ permit_from`); its start is not asked, so the
    documents' list says to check it on the policy."""
    needed = add_days(add_months(start, int(months)), -1)
    return {"needed_until": needed, "short": until < needed, "from": first_day}


@computation("lp_insurance")
def lp_insurance(until: dt.date, start: dt.date, months: int, accepted: dt.date | None = None, **_) -> dict:
    """¶2.5 (A09): the insurance must cover the whole requested term. The permit's
    first day is not stated; we take the latest possible one, the decision date, so
    the term runs to the day before the same date `months` later. The earliest one,
    from which the policy must already run, is the day of acceptance (a decision may
    come any day up to the decision date)."""
    return _insurance(until, start, months, accepted or start)


@computation("lp_insurance_new")
def lp_insurance_new(until: dt.date, start: dt.date, expiry: dt.date, months: int, **_) -> dict:
    """A new permit after the 12 months (¶22) is applied for while the old one is still
    valid; its first day is not stated either (A09). The latest possible one is the
    later of the decision date and the day after the old permit ends; the earliest,
    the day after the old permit ends."""
    return _insurance(until, max(start, add_days(expiry, 1)), months, add_days(expiry, 1))


@computation("lp_insurance_extension")
def lp_insurance_extension(until: dt.date, expiry: dt.date, months: int, **_) -> dict:
    """An extension's term starts the day after the current permit's last day (A09)."""
    return _insurance(until, add_days(expiry, 1), months, add_days(expiry, 1))
