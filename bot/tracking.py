"""Tracking, as the user sees it: save from a result screen, /status, /calendar,
the employer's roster import. Shared by the terminal chat and the Telegram layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from dialogs.ics import CalendarEvent, build_calendar
from dialogs.render import Renderer
from dialogs.roster import parse_roster_csv
from dialogs.schedule import default_schedules, plan, status_of
from storage.db import Database
from storage.models import TrackedItem
from storage.tracking import ReminderOutbox, TrackedItems, parse_inputs

ITEM_FIELDS = ("service", "kind", "label")


@dataclass(frozen=True)
class ItemStatus:
    item: TrackedItem
    text: str
    next_due: dt.date | None


# Where the /track dialog asks for an item's dates, by kind (an edit starts there).
EDIT_START = {"permit": "expiry", "application": "filed-on", "termination": "terminated-on"}


def edit_state(engine, item: TrackedItem):
    """The /track dialog positioned at the date question of an existing item."""
    from dialogs.engine import DialogState

    tree = engine.trees["track"]
    what = {"permit": "worker-permit" if item.label else "my-permit", "application": "application", "termination": "termination"}[item.kind]
    answers = {"what": what}
    history = ["what"]
    if item.label:
        answers["label"] = item.label
        history.append("termination-name" if item.kind == "termination" else "worker-name")
    return DialogState(tree_id=tree.id, tree_version=tree.version, node=EDIT_START[item.kind], answers=answers, history=history)


class Tracking:
    def __init__(self, db: Database, renderer: Renderer, today: Callable[[], dt.date]):
        self.items = TrackedItems(db)
        self.outbox = ReminderOutbox(db)
        self.renderer = renderer
        self.today = today

    async def save(self, user_id: int, track: dict, lang: str, item_id: int | None = None) -> str:
        """Save what a result screen offered (View.track), as a new item or over
        `item_id` (an edit: its reminders are re-planned); returns the confirmation."""
        inputs = {k: v for k, v in track.items() if k not in ITEM_FIELDS and v is not None}
        inputs = {k: (dt.date.fromisoformat(v) if isinstance(v, str) and len(v) == 10 and v[4] == "-" else v) for k, v in inputs.items()}
        try:
            await self.items.save(user_id, track["service"], track["kind"], inputs, label=track.get("label"), today=self.today(), item_id=item_id)
        except (KeyError, ValueError, LookupError, TypeError):
            return self.renderer.t(lang, "tracking-not-saved")
        schedule = default_schedules()[(track["service"], track["kind"])]
        upcoming = [p.due_on for p in plan(schedule, inputs) if p.due_on >= self.today()]
        if not upcoming:
            return self.renderer.t(lang, "tracking-saved-no-upcoming")
        return self.renderer.t(lang, "tracking-saved", next=upcoming[0])

    async def statuses(self, user_id: int, lang: str) -> list[ItemStatus]:
        """Every item with where it stands, the nearest deadline first."""
        today = self.today()
        out = []
        for item in await self.items.list(user_id):
            schedule = default_schedules().get((item.service, item.kind))
            if schedule is None:
                continue
            inputs = parse_inputs(item.inputs)
            found = status_of(schedule, inputs)
            text = self.renderer.t(lang, found[0], **found[1]) if found else ""
            upcoming = [p.due_on for p in plan(schedule, inputs) if p.due_on >= today]
            next_due = upcoming[0] if upcoming and item.status == "active" else None
            out.append(ItemStatus(item, text, next_due))
        far = dt.date.max
        return sorted(out, key=lambda s: (s.item.status != "active", s.next_due or far, s.item.id))

    def status_text(self, statuses: list[ItemStatus], lang: str, with_buttons: bool = True) -> str:
        t = self.renderer.t
        if not statuses:
            return t(lang, "status-empty")
        lines = [t(lang, "status-title")]
        for n, st in enumerate(statuses, 1):
            name = st.item.label or t(lang, "status-item-self")
            tail = (
                t(lang, "status-done")
                if st.item.status == "done"
                else t(lang, "status-next-reminder", date=st.next_due) if st.next_due else t(lang, "status-no-reminders")
            )
            lines.append(f"{n}. {name}: {st.text}\n   🔔 {tail}")
        if with_buttons:  # the terminal chat has no per-item buttons
            lines.append(t(lang, "status-hint"))
        return "\n\n".join(lines)

    async def calendar(self, user_id: int, lang: str) -> bytes | None:
        """An .ics with one event per upcoming deadline of every active item."""
        events = []
        today = self.today()
        for item in await self.items.list(user_id):
            schedule = default_schedules().get((item.service, item.kind))
            if schedule is None or item.status != "active":
                continue
            for p in plan(schedule, parse_inputs(item.inputs)):
                if p.due_on < today:
                    continue
                summary = self.renderer.t(lang, p.text, **p.args)
                if item.label:
                    summary = f"{item.label}: {summary}"
                events.append(CalendarEvent(uid=f"item-{item.id}-{p.occasion}@kz-migration-bot", day=p.due_on, summary=summary))
        if not events:
            return None
        return build_calendar(events, self.renderer.t(lang, "calendar-name"))

    async def import_roster(self, user_id: int, data: bytes, lang: str) -> str:
        t = self.renderer.t
        rows, problems = parse_roster_csv(data, self.today())
        saved = 0
        for row in rows:
            inputs = {"expiry": row.expiry, "cumulative_months": row.cumulative_months or 0}
            try:
                await self.items.save(user_id, "labour-permit", "permit", inputs, label=row.label, today=self.today())
                saved += 1
            except (ValueError, LookupError):
                continue
        lines = [t(lang, "roster-imported", count=saved)]
        if problems:
            lines.append(t(lang, "roster-problems"))
            for p in problems:
                prefix = t(lang, "roster-line", line=p.line) if p.line else ""
                lines.append(prefix + t(lang, p.code, **p.details))
        return "\n".join(lines)
