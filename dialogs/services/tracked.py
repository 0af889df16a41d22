"""Computations behind the reminder schedules of every service (dialogs/schedules/).

A tracked item stores only what its kind needs (a filing day, an expiry, an event
day, which request or duty). Each function here turns those inputs into the facts a
schedule reminds on, by calling the same cited computation the service's tree uses,
so a reminder can never disagree with the result screen that offered it. The
request or duty is returned as a fact too: a schedule picks the occasion (and so
the parameter it cites) with a condition on it.

`ends` is the day after which an item is over (a permit no longer valid, a term
that has run out): /status says "expired on …" from it.
"""

from __future__ import annotations

import datetime as dt

from ..law.dates import add_days
from ..law.workdays import default_calendar
from ..model.compute import computation
from . import employer_permit, kandas, permanent_residence, regional_quota, self_employment, temporary_residence
from .common import filing_acceptance


def _date(value) -> dt.date:
    if not isinstance(value, dt.date):
        raise ValueError("a date is needed")
    return value


def _choice(value, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"{value!r} is not one of {allowed}")
    return value


# ---- self-employment (SE Rules, order No. 236 as amended) -------------------------

SE_REQUESTS = ("issue", "extend", "reissue", "duplicate")
_SE_RESULT_KEY = {"issue": "issue", "extend": "extension", "reissue": "reissue", "duplicate": "duplicate"}


@computation("track_se_certificate")
def se_certificate(expiry, **_) -> dict:
    """A certificate held: its last day is printed on it (issued for up to 3 months,
    App 2 row 5); the term after an extension is not in the seed (AMB-09). `file_by`:
    the last working day it is valid, the day to apply for an extension by, as the
    service says (a filing on a day off is accepted after it has ended, row 9);
    `moved` ("yes"/"no", for texts): the certificate ends on a day off."""
    expiry = _date(expiry)
    file_by = self_employment.cert_last_working_day(expiry)
    return {"expiry": expiry, "ends": expiry, "file_by": file_by, "moved": "yes" if file_by != expiry else "no"}


@computation("track_se_application")
def se_application(filed, request, after_hours=None, **_) -> dict:
    """The result of an application filed on `filed` (issue 5, the others 3 working days
    from registration, App 2 row 5): the later reading, the registration day not counted."""
    request = _choice(request, SE_REQUESTS)
    dates = self_employment.result_dates(_date(filed), after_hours)
    sub = _SE_RESULT_KEY[request]
    return {"request": request, "registered": dates["registered"], "decision_by": dates[f"{sub}_by"], "ends": dates[f"{sub}_by"]}


SE_DUTIES = ("extend", "reissue", "duplicate")


@computation("track_se_duty")
def se_duty(event, duty, cert_expiry=None, **_) -> dict:
    """A 5-working-day filing duty (p.17, p.22 part 2, p.22-1 part 2) from `event`:
    `deadline` the earlier reading (AMB-12), `deadline_latest` the other one. For an
    extension, a certificate that ends before the deadline comes first: whether an
    expired one can be extended is not said (AMB-09), so the safe day is the last
    working day it is valid (`cert_safe`, None when it does not end first). One that
    ends before the later reading's day cuts that reading short: `cert_last`, its last
    working day (None otherwise), after which a filing is accepted only once it ended."""
    duty = _choice(duty, SE_DUTIES)
    found = self_employment.duty_deadline(_date(event), duty)
    expiry = _date(cert_expiry) if cert_expiry and duty == "extend" else None
    safe = self_employment.cert_safe_day(found["deadline"], expiry) if expiry else None
    last = self_employment.cert_last_working_day(expiry) if expiry and expiry < found["deadline_latest"] else None
    return {"duty": duty, "event": event, "deadline": found["deadline"], "deadline_latest": found["deadline_latest"], "ends": found["deadline_latest"],
            "one_day": found["one_day"], "cert_expiry": expiry, "cert_safe": safe, "cert_last": last}


# ---- employer permit for foreign labour (FL Rules, order No. 279 as amended) ------

EP_GOALS = ("categories", "ict")


@computation("track_ep_permit")
def ep_permit(expiry, goal, **_) -> dict:
    """A permit held, valid until `expiry`. The seed has no extension window (NOT IN
    SEED, digest B.7): `latest_filing` is only a planning date, the last working day on
    which an extension filed in working hours is due to be decided (3 working days; 6
    under intra-corporate transfer, App 2 row 5) before the permit's last day."""
    goal = _choice(goal, EP_GOALS)
    expiry = _date(expiry)
    ext = employer_permit.extension(expiry, expiry, "ict" if goal == "ict" else "extend")
    # the permit's last working day: a filing after it (after hours, on a day off) is
    # accepted the next working day (App 2 row 9), `accepted_after_expiry`, once it has ended
    cal = default_calendar()
    last_wd = cal.last_on_or_before(expiry)
    return {"goal": goal, "expiry": expiry, "latest_filing": ext["latest_filing"], "last_working_day": last_wd,
            "accepted_after_expiry": cal.on_or_after(add_days(last_wd, 1)), "ends": expiry}


EP_REQUESTS = ("issue", "extend", "reissue", "ict-issue", "ict-extend", "ict-reissue")
_EP_RESULT_KEY = {
    "issue": "issue_notice_by",
    "extend": "extension_by",
    "reissue": "reissue_by",
    "ict-issue": "ict_issue_by",
    "ict-extend": "ict_extension_by",
    "ict-reissue": "ict_reissue_by",
}


@computation("track_ep_application")
def ep_application(filed, request, after_hours=None, **_) -> dict:
    """The decision on an application filed on `filed` (App 2 row 5, counted from
    acceptance, the acceptance day not counted: the later date to plan on). For an
    issue the notification (8 working days; a 4-day line exists, AMB-13) and the
    overall term (19 working days) are both returned."""
    request = _choice(request, EP_REQUESTS)
    tl = employer_permit.timeline(_date(filed), after_hours)
    out = {"request": request, "registered": tl["registered"], "decision_by": tl[_EP_RESULT_KEY[request]]}
    out["total_by"] = tl["issue_total_by"] if request == "issue" else out["decision_by"]
    out["ends"] = out["total_by"]
    return out


@computation("track_ep_fee")
def ep_fee(decided, received=None, **_) -> dict:
    """The fee after a decision to issue or extend: 10 working days (App 2 rows 5 and
    8, AMB-14); `pay_by` the protective date, from the decision, never later than the
    other readings; `pay_by_notice` from the day the notice was `received`, when that
    day is known (an item saved without it plans from the decision alone, as before).
    `reading` says what the notice's reading adds: 'unknown' (its day not given),
    'same' (it ends on `pay_by` too), 'later' (it ends on `pay_by_notice`)."""
    decided = _date(decided)
    received = received if isinstance(received, dt.date) else None
    found = employer_permit.fee(decided, received)
    by_notice = found.get("pay_by_notice")
    # a notice before the decision is refused by both dialogs; an item stored with one
    # anyway is read as one without the notice's day (and plans as it always did)
    reading = ("unknown" if by_notice is None or by_notice < found["pay_by"]
               else "same" if by_notice == found["pay_by"] else "later")
    # over once the later reading has run out, when the notice's day is known
    out = {"pay_by": found["pay_by"], "pay_by_notice": by_notice, "received": received, "reading": reading,
           "ends": max(found["pay_by"], by_notice or found["pay_by"])}
    return out


# ---- kandas status (KR, order No. 329-Ө-М as amended) ------------------------------

@computation("track_kandas_status")
def kandas_status(valid_to=None, arrival=None, **_) -> dict:
    """The status (and the certificate) held: it ends one year after the day it was
    obtained (KR App 5 p.5), counted from arrival, the earliest start, so the end is
    never too late; or on the day the user read on the certificate (`valid_to`).
    `latest_filing`: the last working day to file an extension and still have the
    answer (3 working days, from 12.07.2026 plus the forwarding to the State
    Corporation) before it ends. After arrival: the certificate is issued within 3
    days (calendar or working days, not said: the later date).
    From the arrival the year's last day reads two ways (the arrival day counted as
    the year's first, or the year from the next day: digest §5 AMB 11): `valid_to`
    and `latest_filing` go by the earlier (the extension is a duty before the end),
    `valid_to_late` is the other; the item is over (`ends`) once both are gone."""
    out: dict = {}
    if isinstance(arrival, dt.date):
        arr = kandas.arrival(arrival)
        out.update(arrival=arrival, certificate_by=arr["certificate_latest"], valid_to_late=arr["year_ends"])
        valid, ends = arr["year_ends_early"], arr["year_ends"]
    else:
        valid = ends = _date(valid_to)
    ext = kandas.extension(valid, valid)
    out.update(ends=ends, valid_to=valid, latest_filing=ext["latest_filing"])
    return out


KANDAS_REQUESTS = ("assign", "extend")


@computation("track_kandas_application")
def kandas_application(filed, request, after_hours=None, channel=None, **_) -> dict:
    """Assignment: 30 working days after registration; extension: 3 working days,
    then (from 12.07.2026) forwarded to the State Corporation. Safe (later) readings.
    `channel` (an assignment's, None if not saved) is returned for the schedule's
    conditions: through an embassy, a TsON or egov.kz the date is an estimate."""
    request = _choice(request, KANDAS_REQUESTS)
    filed = _date(filed)
    if request == "assign":
        found = kandas.assignment(filed, after_hours)
        return {"request": request, "channel": channel, "decision_by": found["decision_by"], "informed_by": found["decision_by"], "ends": found["decision_by"]}
    found = kandas.extension(filed, filed, after_hours)
    return {"request": request, "decision_by": found["decision_by"], "informed_by": found["informed_by"], "ends": found["informed_by"]}


# ---- regional quota (QR, order No. 20 as amended) ----------------------------------

RQ_APPLICANTS = ("kandas", "resettler")


@computation("track_rq_application")
def rq_application(filed, applicant, after_hours=None, **_) -> dict:
    """The decision on inclusion: 14 working days after acceptance; a resettler's online
    filing may first spend the career centre's working day (the later date)."""
    applicant = _choice(applicant, RQ_APPLICANTS)
    dates = regional_quota.filing_dates(_date(filed), after_hours)
    decision = dates["decision_by_latest"] if applicant == "resettler" else dates["decision_by"]
    return {"applicant": applicant, "decision_by": decision, "ends": decision}


# ---- temporary residence (seed 003, Chapter 2) -------------------------------------

@computation("track_trp_application")
def trp_application(filed, after_hours=None, **_) -> dict:
    """Review takes one working day from acceptance (p.8, p.9; acceptance day not counted, A3)."""
    accepted = filing_acceptance(_date(filed), after_hours)["accepted_on"]
    decision = temporary_residence.decision(accepted)["decision_by"]
    return {"accepted": accepted, "decision_by": decision, "ends": decision}


@computation("track_trp_permit")
def trp_permit(expiry, **_) -> dict:
    """A temporary residence permit held: it gives a definite term by the purpose of
    stay (p.2(32)), but the Rules give neither the term nor a window to apply for a
    new one (SILENT, digest §2.14). Its last day is the one the user read on it."""
    expiry = _date(expiry)
    return {"expiry": expiry, "ends": expiry}


@computation("track_trp_sixteen")
def trp_sixteen(birthday, **_) -> dict:
    """The host files within 10 calendar days of a child's 16th birthday in Kazakhstan
    (p.5): the safe last day is birthday + 9 (A2), moved back to a working day."""
    birthday = _date(birthday)
    found = temporary_residence.sixteen(birthday, birthday)
    return {
        "birthday": birthday,
        "safe_by": found["safe_by"],
        "safe_last_working_day": found["safe_last_working_day"],
        "latest": found["latest"],
        # a filing on a day off is accepted the next working day (p.8): the later reading's
        # own last working day, to remind on it only when it is not the safe one's
        "latest_last_working_day": found["latest_last_working_day"],
        # no working day left up to `latest`: a filing now is accepted on this day (p.8),
        # after the later reading's last day; whether that is in time is not said
        "accepted_after_latest": default_calendar().on_or_after(add_days(found["latest_last_working_day"], 1)),
        "ends": found["latest"],
    }


@computation("track_trp_ict")
def trp_ict(start, months, **_) -> dict:
    """An intra-corporate transfer lasts the contract's term, at most 3 years with a
    right to extend by one (p.2(19)): it ends at the earlier of the contract's end and
    the cap (A7: the start day counted, the earlier date)."""
    found = temporary_residence.intra_corporate_transfer(_date(start), int(months))
    ends = min(found["contract_end"], found["cap_end"])
    return {"ends": ends, "transfer_ends": ends, "over_cap": found["over_cap"]}


# ---- permanent residence (seed 003, Chapter 3) -------------------------------------

@computation("track_prp_application")
def prp_application(filed, **_) -> dict:
    """Only an estimate (A11: the steps may run at once or one after another; the total
    term is in Appendix 3, not in the seed): the notice by the latest reading."""
    found = permanent_residence.prp_timeline(_date(filed))
    return {"notice_latest": found["notice_latest"], "ends": found["notice_latest"]}


@computation("track_prp_hearing")
def prp_hearing(notice, **_) -> dict:
    found = permanent_residence.prp_hearing(_date(notice))
    return {"ready_by": found["ready_by"], "latest": found["latest"], "ends": found["latest"]}


@computation("track_prp_exit")
def prp_exit(start, **_) -> dict:
    """After annulment: leave within 30 calendar days of the approval (p.20), the safe
    last day counting the approval day (A13); re-apply not before a year (p.22, A15)."""
    found = permanent_residence.prp_exit(_date(start))
    # over only when both readings have run out: between them /status still says "leave
    # by {safe} (at the latest {outer})" rather than "the 30 days are over"
    # reminders go out on working days: the other reading's is sent only when its working
    # day is not the safe one's (the day after a Friday is no day to remind on)
    cal = default_calendar()
    return {"safe": found["safe"], "outer": found["outer"], "reapply_safe": found["reapply_safe"], "ends": found["outer"],
            "safe_last_working_day": cal.last_on_or_before(found["safe"]),
            "outer_last_working_day": cal.last_on_or_before(found["outer"])}


@computation("track_prp_reapply")
def prp_reapply(anchor, **_) -> dict:
    found = permanent_residence.prp_reapply(_date(anchor))
    # "not earlier than": nothing runs out, the item is over once the day has come
    return {"anniversary": found["anniversary"], "safe": found["safe"], "ends": found["safe"]}

