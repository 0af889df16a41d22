"""Computations of the regional-quota tree (inclusion in the regional quota for
admission of kandases and resettlers; seed 002, Rules No. 20 as amended by order 222).

Every number comes from dialogs/parameters/regional_quota.yaml on the filing date,
every working day from the Kazakhstan calendar. Where the rules do not say from which
day a time limit runs (digest AMB 12), we count the working days after the day the
application is accepted: a filing on a day off is accepted on the next working day.
A limit that is not in force on the filing date (points 8 and 15 before 12.07.2026:
earlier wording not in the seed) comes back as None, and the tree says so.
"""

from __future__ import annotations

import datetime as dt

from ..model.compute import computation
from ..law.dates import add_days, add_months
from ..law.parameters import default_parameters
from ..law.workdays import default_calendar
from .common import filing_acceptance

P = "regional_quota."


def _accept(filed: dt.date, after_hours=None) -> dt.date:
    """The safe reading of the day the provider receives the application: the filing
    day if it is a working day and the filing is made in working hours, else the
    next working day. The Rules of this service do not say how a filing after hours
    or on a day off is treated (the State Corporation works Mon-Fri 9-18 with duty
    offices to 20.00 and on Saturday, the portals round the clock: App. 2 row 9);
    the other reading (registered "on the day of receipt", p.9) is `filed` itself."""
    return filing_acceptance(filed, after_hours)["accepted_on"]


def _value(name: str, on: dt.date) -> int | None:
    try:
        return default_parameters().value(P + name, on)
    except LookupError:
        return None


def _latest_decision(accepted: dt.date, filed: dt.date) -> dt.date:
    """The latest reading of the decision day: for an online resettler filing the
    career centre may take its working day before the provider receives it. Read in
    the wording in force on the acceptance day, as the refusal to accept it serves is
    (a Friday-evening filing of 10.07.2026 is accepted on 13.07, under p.15 and its
    career-centre day): the later day, the safe one for a document that must last."""
    cal = default_calendar()
    days = default_parameters().value(P + "decision_working_days", accepted)
    forward = _value("career_centre_forward_working_days", accepted) or 0
    return cal.add_working_days(accepted, days + forward)


@computation("rq_filing_dates")
def filing_dates(filed: dt.date, after_hours=None, **_) -> dict:
    """Safe (later) dates from `accepted`; `decision_by_early`: the 14 working days
    counted after the filing day itself (registered on the day of receipt).

    Every number is read in the wording in force on the acceptance day, as
    `_latest_decision` (the ID check) reads it: a Friday-evening filing of 10.07.2026
    is accepted on 13.07, under p.15 and its career-centre working day."""
    cal = default_calendar()
    accepted = _accept(filed, after_hours)
    days = default_parameters().value(P + "decision_working_days", accepted)
    kandas_notice = _value("kandas_refusal_notice_working_days", accepted)
    resettler_notice = _value("resettler_refusal_notice_working_days", accepted)
    forward = _value("career_centre_forward_working_days", accepted)
    return {
        "accepted": accepted,
        "decision_by": cal.add_working_days(accepted, days),
        "decision_by_early": cal.add_working_days(filed, days),
        "decision_by_latest": _latest_decision(accepted, filed),
        "moved": accepted != filed,
        "decision_by_online": cal.add_working_days(accepted, days + forward) if forward is not None else None,
        "kandas_notice_by": cal.add_working_days(accepted, kandas_notice) if kandas_notice is not None else None,
        "kandas_notice_by_early": cal.add_working_days(filed, kandas_notice) if kandas_notice is not None else None,
        "resettler_notice_by_early": cal.add_working_days(filed, resettler_notice) if resettler_notice is not None else None,
        "resettler_notice_by": cal.add_working_days(accepted, resettler_notice) if resettler_notice is not None else None,
        "resettler_notice_by_online": (
            cal.add_working_days(accepted, forward + resettler_notice)
            if forward is not None and resettler_notice is not None
            else None
        ),
    }


@computation("rq_registration")
def registration(registered: dt.date, filed: dt.date, **_) -> dict:
    """One year of permanent registration at the moment of application (p.14).

    Whether the anniversary day itself counts is not said (AMB 18). Applying that day
    risks a refusal, so the safe first day is the day after the anniversary.
    """
    years = default_parameters().value(P + "registration_min_years", filed)
    anniversary = add_months(registered, 12 * years)
    safe_from = add_days(anniversary, 1)
    return {
        "anniversary": anniversary,
        "safe_from": safe_from,
        "met": filed >= safe_from,
        "on_anniversary": filed == anniversary,
    }


@computation("rq_id_document")
def id_document(expiry: dt.date, filed: dt.date, after_hours=None, **_) -> dict:
    """Is the identity document still good enough?

    expiry is the last day printed on the document. Kandases: an expired document
    makes the provider refuse to accept the application (p.8, forms App.3/App.8); on
    its last day it has not expired yet (as the kandas tree counts it).
    Resettlers: also a document that expires on the day of the decision (p.15 sp.2);
    the latest possible decision day is used.
    """
    accepted = _accept(filed, after_hours)
    latest = _latest_decision(accepted, filed)
    expired = expiry < accepted
    if expired:
        resettler = "expired"
    elif expiry <= latest:
        resettler = "expires-before-decision"
    else:
        resettler = "ok"
    return {
        "accepted": accepted,
        "latest_decision": latest,
        "kandas_status": "expired" if expired else "ok",
        "resettler_status": resettler,
    }


@computation("rq_complaint")
def complaint(registered: dt.date, **_) -> dict:
    """p.24: a complaint to the provider is considered "within 5 working days from the
    day of its registration" (AMB 13: whether that day counts is not said). `answer_by`
    leaves the registration day out (the later, safe date to wait for); `answer_by_early`
    counts it as day one when it is a working day."""
    cal = default_calendar()
    days = default_parameters().value(P + "complaint_working_days", registered)
    early, answer_by = cal.within_working_days(registered, days)
    return {"answer_by": answer_by, "answer_by_early": early}
