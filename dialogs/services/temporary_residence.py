"""Computations of the temporary residence permit tree (РВП, seed 003, Chapter 2).

Every number comes from dialogs/parameters/temporary_residence.yaml and every
working day from the Kazakhstan calendar (dialogs.law.workdays); nothing is counted here
by hand. Where the Rules can be read two ways, the date shown is the one that
protects the applicant (digest residence-permits.md §6, §7).
"""

from __future__ import annotations

import datetime as dt

from ..model.compute import computation
from ..law.dates import add_days, add_months
from ..law.parameters import default_parameters
from ..law.workdays import default_calendar

P = "temporary_residence."


@computation("trp_decision")
def decision(accepted: dt.date, **_) -> dict:
    """Review takes one working day (p.9), counted from the day the application is
    ACCEPTED: a filing after working hours or on a day off is accepted the next
    working day (p.8; `filing_acceptance` gives `accepted`). The day of acceptance is
    not counted (p.7, said for the State Corporation; A3: we apply it to every
    channel, which gives the later, safer date)."""
    cal = default_calendar()
    days = default_parameters().value(P + "decision_working_days", accepted)
    return {"decision_by": cal.add_working_days(accepted, days)}


@computation("trp_sixteen")
def sixteen(birthday: dt.date, today: dt.date, **_) -> dict:
    """An immigrant turns 16 in Kazakhstan on `birthday`: the receiving party applies
    "not later than 10 calendar days from the moment" (p.5). Counting from the next
    day gives birthday + 10 (`latest`); counting the birthday as day 1 gives
    birthday + 9 (`safe_by`), the earlier date we urge (A2)."""
    cal = default_calendar()
    days = default_parameters().value(P + "child_16_filing_calendar_days", birthday)
    latest = add_days(birthday, days)
    safe_by = add_days(birthday, days - 1)
    return {
        "latest": latest,
        "latest_working": cal.is_working_day(latest),
        "safe_by": safe_by,
        # An application on a day off is accepted the next working day (p.8): the
        # last working day on or before `safe_by` is the date to aim for.
        "safe_by_working": cal.is_working_day(safe_by),
        "safe_last_working_day": cal.last_on_or_before(safe_by),
        "latest_last_working_day": cal.last_on_or_before(latest),
        "not_yet_16": today < birthday,
        "late": today > latest,
        "today_working": cal.is_working_day(today),
        # < 0: the safe working day has passed, only the last day(s) of the term remain
        "days_left": (cal.last_on_or_before(safe_by) - today).days,
        # the headline of that case (audit of stop 26): the safe date itself gone
        # ("passed"), or still ahead but only days off until it ("safe-off"), or no
        # working day left up to the later reading either ("none-left": a filing now is
        # accepted on `next_working_day`, p.8, and whether that is in time is not said)
        "when": ("none-left" if cal.last_on_or_before(latest) < today else "passed" if today > safe_by else "safe-off"),
        "next_working_day": cal.on_or_after(today),
    }


@computation("trp_overstay")
def overstay(stay_until: dt.date, accepted: dt.date, **_) -> dict:
    """The art. 517 exception of p.9-1 is for not leaving "в течение периода, не
    превышающего десять суток после истечения срока". A person still here when the
    filing is `accepted` has not left since `stay_until`, the last lawful day. Whether
    the 10 sutki start on that day or the next is not said: `safe_last` counts it
    (stay_until + 9, the earlier date, which leads and decides `past_safe`), `latest`
    does not (stay_until + 10)."""
    limit = int(default_parameters().value(P + "overstay_max_days", stay_until))
    safe_last = add_days(stay_until, limit - 1)
    return {"safe_last": safe_last, "latest": add_days(stay_until, limit), "past_safe": accepted > safe_last}


@computation("trp_ict")
def intra_corporate_transfer(start: dt.date, months: int, **_) -> dict:
    """An intra-corporate transfer lasts the labour contract's term, "not more than
    three years, with the right to extend by one year" (p.2(19)). A longer contract
    is not refused: the transfer is capped. Whether the start day is day 1 is not
    said (A7): `cap_end` counts it (start + 3 years - 1 day, the earlier date, shown
    first), `cap_outer` does not (start + 3 years). Likewise for the extension.
    "With the right to extend by one year" is read two ways: a year added to the
    transfer's own term (`ext_near`, the earlier date, shown first: a permission to
    stay), or the limit raised to 3 + 1 years (`ext_end`)."""
    params = default_parameters()
    max_months = 12 * params.value(P + "ict_max_years", start)
    extension_months = 12 * params.value(P + "ict_extension_years", start)
    months = int(months)
    cap_outer = add_months(start, max_months)
    ext_outer = add_months(start, max_months + extension_months)
    term = min(months, max_months)
    return {
        "max_months": max_months,
        "contract_end": add_days(add_months(start, months), -1),
        "ext_near": add_days(add_months(start, term + extension_months), -1),
        "over_cap": months > max_months,
        "cap_end": add_days(cap_outer, -1),
        "cap_outer": cap_outer,
        "ext_end": add_days(ext_outer, -1),
        "ext_outer": ext_outer,
    }
