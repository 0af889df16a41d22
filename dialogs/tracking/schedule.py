"""Reminder schedules: which occasions of a tracked item deserve a message, and when.

A schedule is data beside the tree (dialogs/schedules/<service>.yaml). For each kind
of tracked item it names a computation (the same cited one the dialog uses) and the
occasions to remind on, each on a computed date, optionally shifted, under a
condition, with its message and legal grounds. Code never writes a date rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any


from ..model.yamlio import load_yaml

from ..model.compute import COMPUTATIONS
from ..model.conditions import Condition
from ..law.dates import ALMATY, add_days
from ..law.workdays import default_calendar

SCHEDULES_DIR = Path(__file__).resolve().parent.parent / "schedules"

# Reminders are delivered only in daytime, Almaty time.
SEND_FROM = dt.time(9, 0)
SEND_UNTIL = dt.time(20, 0)


@dataclass(frozen=True)
class Occasion:
    id: str
    date: str
    text: str
    offset_days: int = 0
    when: Condition | None = None
    args: tuple[tuple[str, str], ...] = ()
    cite: tuple[str, ...] = ()
    # a date on a day off moves to the working day before ("earlier": a duty) or
    # after ("later": a window that opens, a decision that is due)
    on_day_off: str | None = None
    # the last day to act: "remind me tomorrow" is not offered (tomorrow is too late)
    last: bool = False


@dataclass(frozen=True)
class Ending:
    """The fact after which an item is over, and what that means (with its grounds)."""

    date: str
    text: str
    cite: tuple[str, ...] = ()
    when: Condition | None = None


@dataclass(frozen=True)
class StatusLine:
    text: str
    when: Condition | None = None
    args: tuple[tuple[str, str], ...] = ()
    cite: tuple[str, ...] = ()  # the grounds of the dates it states (/status shows them one tap away)


@dataclass(frozen=True)
class ItemSchedule:
    service: str
    kind: str
    fn: str
    fn_args: tuple[tuple[str, str], ...]
    occasions: tuple[Occasion, ...]
    status: tuple[StatusLine, ...] = ()
    ends: tuple[Ending, ...] = ()  # the first whose condition holds
    # what the item is about, in the user's words ("Статус кандаса — заявление на
    # присвоение"): the message id, given the item's inputs (a request, a goal)
    name: str = ""
    # True: the dates count from an application the provider has accepted (a decision
    # or an answer that is due); None: the schedule does not say (`check` fails it, and
    # the engine takes the safe side, True). See offered_on().
    counts_from_acceptance: bool | None = None


@dataclass(frozen=True)
class PlannedReminder:
    occasion: str
    due_on: dt.date  # when it is delivered: a working day
    text: str
    args: dict[str, Any]
    cite: tuple[str, ...]
    day: dt.date | None = None  # the occasion's own day (a calendar shows this one), before a day off moves it
    last: bool = False  # the last day to act: not to be put off until tomorrow


def load_schedules(directory: Path = SCHEDULES_DIR) -> dict[tuple[str, str], ItemSchedule]:
    out: dict[tuple[str, str], ItemSchedule] = {}
    for path in sorted(directory.glob("*.yaml")):
        raw = load_yaml(path) or {}
        service = raw["service"]
        for kind, spec in (raw.get("kinds") or {}).items():
            occasions = tuple(
                Occasion(
                    id=o["id"],
                    date=o["date"],
                    text=o["text"],
                    offset_days=int(o.get("offset_days", 0)),
                    when=Condition(o["if"]) if o.get("if") else None,
                    args=tuple((str(k), str(v)) for k, v in (o.get("args") or {}).items()),
                    cite=tuple(o.get("cite") or ()),
                    on_day_off=_day_off_rule(path, kind, o),
                    last=bool(o.get("last", False)),
                )
                for o in spec["occasions"]
            )
            ids = [o.id for o in occasions]
            if len(set(ids)) != len(ids):
                raise ValueError(f"{path.name}: {kind}: occasion ids must be unique")
            out[(service, kind)] = ItemSchedule(
                service=service,
                kind=kind,
                fn=spec["compute"]["fn"],
                fn_args=tuple((str(k), str(v)) for k, v in spec["compute"]["args"].items()),
                occasions=occasions,
                name=spec.get("name") or "",
                status=tuple(
                    StatusLine(
                        text=st["text"],
                        when=Condition(st["if"]) if st.get("if") else None,
                        args=tuple((str(k), str(v)) for k, v in (st.get("args") or {}).items()),
                        cite=tuple(st.get("cite") or ()),
                    )
                    for st in spec.get("status") or ()
                ),
                ends=tuple(
                    Ending(
                        date=e["date"],
                        text=e["text"],
                        cite=tuple(e.get("cite") or ()),
                        when=Condition(e["if"]) if e.get("if") else None,
                    )
                    for e in spec.get("ends") or ()
                ),
                counts_from_acceptance=spec.get("counts_from_acceptance"),
            )
    return out


def _day_off_rule(path: Path, kind: str, spec: dict) -> str | None:
    # a reminder is delivered on a working day at 09:00, so every occasion says which
    # way a day off moves it: the author decides, the code never guesses
    rule = spec.get("on_day_off")
    if rule not in ("earlier", "later"):
        raise ValueError(
            f"{path.name}: {kind}.{spec.get('id')}: on_day_off must be earlier (a duty, a last day, an end)"
            f" or later (a window that opens, an answer that is due), not {rule!r}"
        )
    return rule


def _shift(day: dt.date, rule: str | None) -> dt.date:
    if rule is None:
        return day
    cal = default_calendar()
    return cal.last_on_or_before(day) if rule == "earlier" else cal.on_or_after(day)


@lru_cache(maxsize=1)
def default_schedules() -> dict[tuple[str, str], ItemSchedule]:
    return load_schedules()


# The screens on which an application can be, or has been, accepted: ✅ (you can file)
# and ℹ️ (you have filed). Not ⚠️ (a known ground to refuse acceptance), ☎️ (clarify
# first) or ⛔.
ACCEPTANCE_OUTCOMES = ("eligible", "info")


def offered_on(outcome: str | None, service: str, kind: str) -> bool:
    """Whether a result screen with this outcome offers "🔔 Remind me" for an item of
    `kind`: an item whose dates count from an accepted application (the decision that
    is due) only where the application can go in; anything else the user holds or
    owes (a permit's end, a status, a duty from an event) stays true on any screen."""
    if outcome in ACCEPTANCE_OUTCOMES:
        return True
    schedule = default_schedules().get((service, kind))
    return schedule is not None and schedule.counts_from_acceptance is False


def with_working_days(facts: dict[str, Any], names: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """A schedule text's arguments (`names`: argument → fact). A computation may give a
    last day `F` two companions, `F_last_working_day` (the last working day on or before
    it) and `F_day_off` ("yes" when `F` itself is a weekend day or a holiday, else "no"):
    then every text given `F` as `x` also gets them as `x_wd` and `x_day_off`, for a
    Fluent selector. A text that names that day as the end of a time to file ("our window
    runs to 06.12") says with them that nothing is accepted on it and which working day
    comes before (the earlier date, the safe one for a duty), without each line of the
    schedule listing them. Only a day whose computation declares them; an argument the
    schedule names itself is kept as it is."""
    args = {k: facts.get(v) for k, v in names}
    for k, v in names:
        wd, off = facts.get(f"{v}_last_working_day"), facts.get(f"{v}_day_off")
        if isinstance(args[k], dt.date) and isinstance(wd, dt.date) and off in ("yes", "no"):
            args.setdefault(f"{k}_wd", wd)
            args.setdefault(f"{k}_day_off", off)
    return args


def compute_facts(schedule: ItemSchedule, inputs: dict[str, Any]) -> dict[str, Any]:
    """The schedule's computation applied to a tracked item's inputs."""
    kwargs = {arg: inputs.get(name) for arg, name in schedule.fn_args}
    return COMPUTATIONS[schedule.fn](**kwargs)


def plan(schedule: ItemSchedule, inputs: dict[str, Any]) -> list[PlannedReminder]:
    """Every occasion of the item, with its date, in date order (past ones included)."""
    facts = compute_facts(schedule, inputs)
    planned = []
    for occ in schedule.occasions:
        if occ.when is not None and not occ.when(facts.get):
            continue
        day = facts.get(occ.date)
        if not isinstance(day, dt.date):
            continue
        planned.append(
            PlannedReminder(
                occasion=occ.id,
                due_on=_shift(add_days(day, occ.offset_days), occ.on_day_off),
                day=add_days(day, occ.offset_days),
                text=occ.text,
                args=with_working_days(facts, occ.args),
                cite=occ.cite,
                last=occ.last,
            )
        )
    # a reminder that goes out on a last day to act (another occasion's, e.g. a nudge that
    # a holiday moved onto the safe last working day) is a last day too: "remind me
    # tomorrow" under it would come too late
    last_days = {p.due_on for p in planned if p.last}
    planned = [replace(p, last=True) if p.due_on in last_days else p for p in planned]
    return sorted(planned, key=lambda p: (p.due_on, p.occasion))


def status_of(schedule: ItemSchedule, inputs: dict[str, Any], today: dt.date | None = None) -> tuple[str, dict[str, Any]] | None:
    """The message id and arguments that say where this item stands on `today`: a line's
    condition may read `today` (a filing day gone while the permit still runs); without
    it such a condition is false (null)."""
    found = status_line(schedule, inputs, today)
    return None if found is None else found[:2]


def status_line(schedule: ItemSchedule, inputs: dict[str, Any], today: dt.date | None = None
                ) -> tuple[str, dict[str, Any], tuple[str, ...]] | None:
    """As `status_of`, with the line's grounds (its `cite`), from one computation."""
    facts = compute_facts(schedule, inputs)
    read = (lambda name: today if name == "today" else facts.get(name)) if today is not None else facts.get
    for line in schedule.status:
        if line.when is None or line.when(read):
            return line.text, with_working_days(facts, line.args), line.cite
    return None


def end_of(schedule: ItemSchedule, inputs: dict[str, Any]) -> tuple[dt.date, str, tuple[str, ...]] | None:
    """(the item's last day, the message saying what its passing means, its grounds):
    the first `ends` entry whose condition holds, if it names a date."""
    if not schedule.ends:
        return None
    facts = compute_facts(schedule, inputs)
    for end in schedule.ends:
        if end.when is not None and not end.when(facts.get):
            continue
        day = facts.get(end.date, inputs.get(end.date))
        return (day, end.text, end.cite) if isinstance(day, dt.date) else None
    return None


def ended_on(schedule: ItemSchedule, inputs: dict[str, Any], today: dt.date) -> tuple[dt.date, str, tuple[str, ...]] | None:
    """`end_of` once the item's term is over: its last day is before today."""
    end = end_of(schedule, inputs)
    return end if end is not None and end[0] < today else None


def first_send_time(due_on: dt.date) -> dt.datetime:
    """When a reminder due on a date goes out: that morning, in Almaty, as UTC."""
    return dt.datetime.combine(due_on, SEND_FROM, tzinfo=ALMATY).astimezone(dt.timezone.utc)


def within_quiet_hours(moment: dt.datetime) -> bool:
    local = moment.astimezone(ALMATY).time()
    return not (SEND_FROM <= local < SEND_UNTIL)


def next_allowed_time(moment: dt.datetime) -> dt.datetime:
    """`moment` if it is daytime in Almaty, else the next 09:00 there (as UTC)."""
    local = moment.astimezone(ALMATY)
    if SEND_FROM <= local.time() < SEND_UNTIL:
        return moment
    day = local.date() if local.time() < SEND_FROM else local.date() + dt.timedelta(days=1)
    return first_send_time(day)
