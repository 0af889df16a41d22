"""An employer's roster seen through each permit kind's own rules: a worker's plan,
next action, urgency, and which days the daily digest has something to say.

A worker's kind (dialogs/roster_kinds.yaml) names the reminder schedule of its
service (dialogs/schedules/<service>.yaml); nothing here writes a date rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .roster import PermitKind, PermitKinds, default_permit_kinds
from .schedule import ItemSchedule, PlannedReminder, default_schedules, ended_on, plan, status_line

DIGEST_DAYS = 14  # the digest lists workers whose next action falls within this many days


@dataclass(frozen=True)
class WorkerOutlook:
    kind: PermitKind
    expiry: dt.date | None
    expired: bool
    next_action: PlannedReminder | None  # the first occasion whose day (its own, or the reminder's) is not gone
    planned: tuple[PlannedReminder, ...]  # every occasion, past ones included
    status: tuple[str, dict[str, Any]] | None  # the schedule's status line
    has_rules: bool  # False: the texts set no reminder dates for this kind
    ended: tuple[dt.date, str, tuple[str, ...]] | None = None  # the term is over: (last day, message, grounds)
    status_cite: tuple[str, ...] = ()  # the grounds of the status line

    @property
    def key_date(self) -> dt.date | None:
        """The date that makes this worker urgent: the next action, or for a kind
        without rules the permit's own last day while it is ahead."""
        if self.next_action is not None:
            return self.next_action.due_on
        if not self.has_rules and not self.expired:
            return self.expiry
        return None


def schedule_for(kind: PermitKind, schedules: dict | None = None) -> ItemSchedule | None:
    return (schedules if schedules is not None else default_schedules()).get((kind.service, kind.schedule_kind))


def outlook(kind_id: str, inputs: dict, today: dt.date, kinds: PermitKinds | None = None, schedules: dict | None = None) -> WorkerOutlook:
    """Where a worker stands today under their permit kind's rules. Raises KeyError
    for a kind that is not listed."""
    kinds = kinds or default_permit_kinds()
    kind = kinds.kinds[kind_id]
    schedule_inputs = kind.schedule_inputs(inputs)
    expiry = inputs.get("permit_expiry")
    schedule = schedule_for(kind, schedules)
    planned: list[PlannedReminder] = []
    status = ended = None
    cite: tuple[str, ...] = ()
    if schedule is not None:
        planned = plan(schedule, schedule_inputs)
        found = status_line(schedule, schedule_inputs, today)
        if found is not None:
            status, cite = found[:2], found[2]
        ended = ended_on(schedule, schedule_inputs, today)
    # two reminders on one working day (an expiry on Sunday reminded on Friday, beside
    # Friday's own last working day): the one whose own day comes first leads, as the
    # next action and in a worker's list of deadlines
    planned.sort(key=lambda p: (p.due_on, p.day or p.due_on, p.occasion))
    upcoming = [p for p in planned if ahead(p, today)]
    return WorkerOutlook(
        kind=kind,
        expiry=expiry,
        expired=expiry is not None and expiry < today,
        next_action=upcoming[0] if upcoming else None,
        planned=tuple(planned),
        status=status,
        has_rules=schedule is not None,
        ended=ended,
        status_cite=cite,
    )


def ahead(p: PlannedReminder, today: dt.date) -> bool:
    """The occasion is still to come on `today`: its reminder's day or its own legal day
    is not gone. A day off moves a duty's reminder earlier (an expiry on Sunday 20.12 is
    reminded on Friday 18.12); on Saturday and on the Sunday itself the expiry is still
    ahead, and the worker must not read as having "no deadlines ahead"."""
    return max(p.due_on, p.day or p.due_on) >= today


def urgency_key(o: WorkerOutlook, name: str) -> tuple:
    """Expired permits first (the longest expired first), then the nearest next action,
    then workers with nothing ahead; ties by name."""
    if o.expired:
        return (0, o.expiry, name.casefold())
    if o.key_date is not None:
        return (1, o.key_date, name.casefold())
    return (2, o.expiry or dt.date.max, name.casefold())


def in_digest(o: WorkerOutlook, day: dt.date) -> bool:
    """The worker's next action on `day` (for a kind without rules: the permit's last
    day) falls within the next DIGEST_DAYS days."""
    return o.key_date is not None and o.key_date <= day + dt.timedelta(days=DIGEST_DAYS)


def next_digest_day(outlooks: list[WorkerOutlook], after: dt.date) -> dt.date | None:
    """The first day on or after `after` whose digest lists someone: for each worker,
    the first occasion still ahead on `after` (see ahead()), seen DIGEST_DAYS days ahead."""
    best = None
    for o in outlooks:
        if o.has_rules:
            dates = [p.due_on for p in o.planned if ahead(p, after)]
        else:
            dates = [o.expiry] if o.expiry and o.expiry >= after else []
        if dates:
            day = max(after, min(dates) - dt.timedelta(days=DIGEST_DAYS))
            best = day if best is None else min(best, day)
    return best
