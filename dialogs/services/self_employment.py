"""Computations of the self-employment certificate tree (dialogs/trees/self-employment.yaml).

Numbers come from dialogs/parameters/self_employment.yaml, working days from the
Kazakhstan calendar (holidays and moved days off included).
"""

from __future__ import annotations

import datetime as dt

from ..model.compute import computation
from ..law.parameters import default_parameters
from ..law.workdays import default_calendar
from .common import filing_acceptance

P = "self_employment."

# Which filing duty each holder's request answers to (the tree's `service` answer).
_DUTIES = {
    "extend": P + "contract_filing_working_days",  # SE Rules p.17
    "reissue": P + "change_filing_working_days",  # SE Rules p.22 part 2
    "duplicate": P + "loss_filing_working_days",  # SE Rules p.22-1 part 2
}


@computation("se_result_dates")
def result_dates(filed: dt.date, after_hours=None, **_) -> dict:
    """When the result is due for an application sent on `filed`.

    An application sent after working hours, on a day off or a holiday is accepted
    on the next working day (SE App 2 row 9), and the time limits run "from the day
    of registration". Whether that day counts is not said (AMB-12): `<sub>_by` does
    not count it (the latest the result can lawfully come, the date to plan on);
    `<sub>_by_early` counts it (the other reading).
    """
    cal = default_calendar()
    params = default_parameters()
    registered = filing_acceptance(filed, after_hours)["accepted_on"]
    out: dict = {
        "registered": registered,
        "moved": registered != filed,
        "validity_months": params.value(P + "max_validity_months", filed),
    }
    for sub in ("issue", "extension", "reissue", "duplicate"):
        days = params.value(P + f"{sub}_working_days", filed)
        out[f"{sub}_days"] = days
        out[f"{sub}_by"] = cal.add_working_days(registered, days)
        out[f"{sub}_by_early"] = cal.add_working_days(registered, days - 1)
    return out


@computation("se_extension_by")
def extension_by(event: dt.date, cert_expiry: dt.date, **_) -> dict:
    """The day to apply for an extension by: the 5-working-day deadline (p.17, its
    earlier reading), or, when the certificate ends first, its last working day
    (`cert_first`): whether an ended certificate can be extended is not said (AMB-09),
    and an application on a day off is accepted only the next working day (App 2 row 9)."""
    deadline = duty_deadline(event, "extend")["deadline"]
    safe = cert_safe_day(deadline, cert_expiry)
    return {"by": safe or deadline, "cert_first": safe is not None, "cert_safe": safe}


def cert_last_working_day(cert_expiry: dt.date) -> dt.date:
    """The last day an extension can be filed while the certificate is valid: its own
    last day, or the working day before when that is a day off. An application sent on
    a day off is accepted the next working day (App 2 row 9), after the certificate has
    ended, and whether an ended one can be extended is not said (AMB-09)."""
    return default_calendar().last_on_or_before(cert_expiry)


def cert_safe_day(deadline: dt.date, cert_expiry: dt.date) -> dt.date | None:
    """The certificate's last working day when it ends before the extension deadline
    (AMB-09, row 9); None when it does not end first."""
    return cert_last_working_day(cert_expiry) if cert_expiry < deadline else None


@computation("se_complaint")
def complaint(registered: dt.date, **_) -> dict:
    """A complaint to the provider is considered within N working days from the day
    it is registered (SE Rules p.25). Whether the registration day counts is not said
    (AMB-12): `answer_by` does not count it (the latest lawful day, the day after
    which the complaint is overdue); `answer_by_early` counts it. A complaint
    registered on a day off has no registration day to count: both readings start
    from the next working day, so both dates are the same."""
    cal = default_calendar()
    days = int(default_parameters().value(P + "complaint_review_working_days", registered))
    early, answer_by = cal.within_working_days(registered, days)
    return {
        "days": days,
        "answer_by": answer_by,
        "answer_by_early": early,
        "one_day": "yes" if early == answer_by else "no",  # for texts: one date to say (registered on a day off)
    }


@computation("se_duty_deadline")
def duty_deadline(event: dt.date, service: str, **_) -> dict:
    """The holder's filing deadline: N working days from the day of `event`.

    Whether the event day itself counts is not said (AMB-12). The protective reading
    is the earlier date: when the event day is a working day we count it as the first
    day (`deadline`); the other reading is `deadline_latest`.

    The rule exists in the seed only from 12.07.2026. For an earlier event we still
    use it as a safe target and say so (`rule_dated` is false).
    """
    name = _DUTIES.get(service)
    if name is None:
        raise ValueError(f"no filing duty for {service!r}")
    param = default_parameters().get(name)
    try:
        value = param.at(event)
        rule_dated = True
    except LookupError:
        value = min(param.values, key=lambda v: v.effective_from or dt.date.min)
        rule_dated = False
    days = value.value
    earliest, latest = default_calendar().within_working_days(event, days)
    return {
        "days": days,
        "deadline": earliest,
        "deadline_latest": latest,
        "one_day": "no" if earliest != latest else "yes",  # for texts: one date to say (an event on a day off)
        "rule_dated": rule_dated,
    }
