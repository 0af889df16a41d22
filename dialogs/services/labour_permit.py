"""Computations of the labour-immigrant permit tree."""

from __future__ import annotations

import datetime as dt

from ..compute import computation
from ..dates import add_days, add_months
from ..deadlines import decision_by, labour_permit_deadlines
from ..parameters import default_parameters
from ..workdays import default_calendar


@computation("labour_permit_deadlines")
def permit_deadlines(expiry: dt.date, cumulative_months: int | None = None, today: dt.date | None = None, **_) -> dict:
    return labour_permit_deadlines(expiry, int(cumulative_months or 0), today).__dict__.copy()


@computation("decision_by")
def decision(filed: dt.date, **_) -> dict:
    return {"decision_by": decision_by(filed)}


@computation("medical_certificate")
def medical_certificate(issued: dt.date, filing: dt.date, **_) -> dict:
    months = default_parameters().value("labour_permit.medical_certificate_max_age_months", filing)
    valid_until = add_months(issued, months)
    return {"valid_until": valid_until, "valid_on_filing": filing <= valid_until}


@computation("termination_notice")
def termination_notice(terminated: dt.date, **_) -> dict:
    """Notice within 2 working days of termination (A17): the day itself is not
    counted; we urge the earlier date, counting it when it is a working day."""
    cal = default_calendar()
    days = default_parameters().value("labour_permit.termination_notice_working_days", terminated)
    notice_by = cal.add_working_days(terminated, days)
    urged = cal.add_working_days(terminated, days - 1) if cal.is_working_day(terminated) else notice_by
    return {"notice_by": notice_by, "notice_urged": urged}


@computation("enbek_search")
def enbek_search(published: dt.date, **_) -> dict:
    """"Only after 15 days from publication" (A16): calendar or working days is not
    said. For a "not before" rule the protective reading is the later date, so we
    count working days, not counting the publication day, and allow the day after."""
    wait = default_parameters().value("labour_permit.enbek_search_wait_days", published)
    return {"search_from": add_days(default_calendar().add_working_days(published, wait), 1)}
