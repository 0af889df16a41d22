"""Tracking, as the user sees it: save from a result screen, /status, /calendar,
the employer's roster import. Shared by the terminal chat and the Telegram layer."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable, NamedTuple

from dialogs.tracking.ics import CalendarEvent, build_calendar
from dialogs.runtime.render import Renderer
from dialogs.tracking.grounds import grounds as cited
from dialogs.tracking.roster import parse_roster_csv
from dialogs.tracking.schedule import default_schedules, end_of, plan, status_line
from dialogs.tracking.workers import ahead
from storage.db import Database
from storage.employers import Companies, worker_outlook
from storage.models import TrackedItem
from storage.tracking import ReminderOutbox, SaveEntry, TooManyItems, TrackedItems, parse_inputs

log = logging.getLogger(__name__)

ITEM_FIELDS = ("service", "kind", "label")
STATUS_PER_PAGE = 10
STATUS_PAGE_CHARS = 3800  # a page is one message: under Telegram's 4096
ROSTER_PROBLEMS_LISTED = 20


@dataclass(frozen=True)
class StatusPage:
    text: str
    statuses: list  # the ItemStatus shown on this page
    first_number: int  # the number of its first item in the whole list


@dataclass(frozen=True)
class Stored:
    text: str  # the confirmation, or why nothing was stored
    stored: bool
    twins: tuple[int, ...] = ()  # current items of the same thing with other dates
    item_id: int | None = None  # the item stored, when its line has grounds to show (📜)


TWINS_SHOWN = 3


class Standing(NamedTuple):
    """Where an item stands on a day, as /status says it (Tracking._where)."""
    text: str
    over: bool  # its last day is gone: `text` is the ⌛ line of what that means
    last_day: dt.date | None  # None: its schedule names none
    grounds: tuple  # the citations behind `text`


@dataclass(frozen=True)
class ItemStatus:
    item: TrackedItem
    text: str
    next_due: dt.date | None
    expired: bool = False
    # what makes it urgent: the next reminder or, sooner, its own last day (a day left
    # after the last reminder, e.g. the later reading's) — /status sorts on it
    urgent_on: dt.date | None = None
    # the citations behind `text` (its line's, or what its end means): one tap away (📜)
    grounds: tuple = ()


# Where the /track dialog asks for a labour permit item's dates, by kind (an edit starts there).
EDIT_START = {"permit": "expiry", "application": "filed-on", "termination": "terminated-on"}
# For the other services an edit starts at the service's "what should I save?" question.
KIND_QUESTION = {
    "self-employment": "se-kind",
    "employer-permit": "ep-kind",
    "kandas": "ks-kind",
    "regional-quota": "rq-applicant",
    "temporary-residence": "trp-kind",
    "permanent-residence": "prp-kind",
}


def item_title(renderer: Renderer, lang: str, item: TrackedItem) -> str:
    """What a saved item is about, in the user's words, first on its /status line, in
    its reminders and calendar events: its schedule's `name` given the item's inputs
    ("Статус кандаса — заявление на присвоение"), after the name the user gave it (a
    worker's). Rendered from the stored service, kind and inputs: items saved before
    are named as well."""
    schedule = default_schedules().get((item.service, item.kind))
    if schedule is None or not schedule.name:
        return item.label or renderer.t(lang, "status-item-self")
    name = renderer.l10n.format(lang, schedule.name, item.inputs if isinstance(item.inputs, dict) else {})
    return f"{item.label}: {name}" if item.label else name


def edit_state(engine, item: TrackedItem, left=None):
    """The /track dialog positioned where an existing item's dates are asked again.
    `left`: the state the user was in (a service's dialog under way); as /track does, it
    is kept under the edit, one ⬅️ beyond the menu that ⬅️ on the first question leads to,
    answers and all."""
    from dialogs.runtime.engine import DialogState

    tree = engine.trees["track"]
    menu = engine.menu_from(left)
    parent = menu.to_dict() if menu else None
    answers: dict = {"svc": item.service}
    history = ["service"]
    if item.service != "labour-permit":
        node = KIND_QUESTION.get(item.service, tree.start)
        if item.label:
            answers["label"] = item.label
        return DialogState(tree_id=tree.id, tree_version=tree.version, node=node, answers=answers,
                           history=history if node != tree.start else [], parent=parent)
    what = {"permit": "worker-permit" if item.label else "my-permit", "application": "application", "termination": "termination"}[item.kind]
    answers["what"] = what
    history.append("what")
    if item.label:
        answers["label"] = item.label
        history.append("termination-name" if item.kind == "termination" else "worker-name")
    return DialogState(tree_id=tree.id, tree_version=tree.version, node=EDIT_START[item.kind], answers=answers, history=history,
                       parent=parent)


class Tracking:
    def __init__(self, db: Database, renderer: Renderer, today: Callable[[], dt.date]):
        self.items = TrackedItems(db)
        self.outbox = ReminderOutbox(db)
        self.companies = Companies(db)  # /calendar: the roster of the user's own company
        self.renderer = renderer
        self.today = today

    async def save(self, user_id: int, track: dict, lang: str, item_id: int | None = None) -> str:
        """Save what a result screen offered (View.track), as a new item or over
        `item_id` (an edit: its reminders are re-planned); returns the confirmation."""
        return (await self.store(user_id, track, lang, item_id)).text

    async def store(self, user_id: int, track: dict, lang: str, item_id: int | None = None) -> "Stored":
        """As `save`, and whether the item is stored (False: the text says why not) and
        which current items are the same thing with other dates (`twins`)."""
        inputs = {k: v for k, v in track.items() if k not in ITEM_FIELDS and v is not None}
        inputs = {k: (dt.date.fromisoformat(v) if isinstance(v, str) and len(v) == 10 and v[4] == "-" else v) for k, v in inputs.items()}
        if item_id is not None and await self.items.get(item_id, user_id) is None:
            item_id = None  # deleted (🗑) while its dates were being changed: 🔔 saves them anew
        try:
            item, created = await self.items.save_reporting(
                user_id, track["service"], track["kind"], inputs, label=track.get("label"), today=self.today(), item_id=item_id
            )
        except TooManyItems:
            return Stored(self.renderer.t(lang, "tracking-too-many", max=self.items.max_items), False)
        except (KeyError, ValueError, LookupError, TypeError):
            return Stored(self.renderer.t(lang, "tracking-not-saved"), False)
        schedule = default_schedules()[(item.service, item.kind)]
        inputs = parse_inputs(item.inputs)
        upcoming = [p.due_on for p in plan(schedule, inputs) if p.due_on >= self.today()]
        # said only now that the item is stored: what it is and when the next reminder comes
        standing = self._where(lang, item.service, schedule, inputs, self.today())
        line, over = standing.text, standing.over
        what = item_title(self.renderer, lang, item) + ("\n" + line if line else "")
        again = item_id is None and not created
        if not upcoming and over:
            head = self.renderer.t(lang, "tracking-saved-again-no-upcoming" if again else "tracking-saved-no-upcoming")
        elif not upcoming:  # not over: a day is still ahead (the line says which), only no reminder
            head = self.renderer.t(lang, "tracking-saved-again-no-reminders-left" if again else "tracking-saved-no-reminders-left")
        else:
            head = self.renderer.t(lang, "tracking-saved-again" if again else "tracking-saved", next=upcoming[0])
        text = head + "\n\n" + what
        twins = await self._twins(user_id, item, lang) if created else []
        if twins:
            lines = "\n".join(f"{n}) {line}" if len(twins) > 1 else line for n, (_, line) in enumerate(twins, 1))
            text += "\n\n" + self.renderer.t(lang, "tracking-saved-twin", count=len(twins), items=lines)
        return Stored(text, True, tuple(twin.id for twin, _ in twins), item.id if standing.grounds else None)

    async def _twins(self, user_id: int, item: TrackedItem, lang: str) -> list[tuple[TrackedItem, str]]:
        """Other current items that are the same thing for the same person (the same
        title) with other dates, each with its /status line: an answer corrected after
        saving, or a permit renewed while the old one's item still reminds. Said, never
        merged: an employer may hold two permits of one kind."""
        title = item_title(self.renderer, lang, item).casefold()  # "Бек" and "бек" are one worker
        today = self.today()
        out = []
        for other in await self.items.list(user_id):
            if other.id == item.id or other.status != "active" or (other.service, other.kind) != (item.service, item.kind):
                continue
            try:
                if item_title(self.renderer, lang, other).casefold() != title:
                    continue  # another thing
                line, over, *_ = self._where(lang, other.service, default_schedules()[(other.service, other.kind)], parse_inputs(other.inputs), today)
            except Exception:  # noqa: BLE001 - an unreadable row is /status's to show
                continue
            if not over:  # one over already is ⌛ in /status and reminds of nothing
                out.append((other, line or item_title(self.renderer, lang, other)))
        return out[:TWINS_SHOWN]

    async def resume(self, user_id: int, item, lang: str) -> str:
        """Undo ✅: the item active again with its reminders re-planned from its own
        dates (saved over itself, as an edit is); returns the confirmation."""
        track = {"service": item.service, "kind": item.kind, "label": item.label, **parse_inputs(item.inputs)}
        return await self.save(user_id, track, lang, item_id=item.id)

    async def statuses(self, user_id: int, lang: str) -> list[ItemStatus]:
        """Every item with where it stands, the nearest deadline first. An item whose
        stored dates cannot be read is listed (so it can be changed or deleted) and
        never stops the others from showing."""
        today = self.today()
        out = []
        for item in await self.items.list(user_id):
            try:
                schedule = default_schedules()[(item.service, item.kind)]
                inputs = parse_inputs(item.inputs)
                text, expired, last_day, grounds = self._where(lang, item.service, schedule, inputs, today)
                upcoming = [p.due_on for p in plan(schedule, inputs) if p.due_on >= today]
            except Exception:  # noqa: BLE001 - one bad row must not hide the others
                log.warning("tracked item %s cannot be read", item.id)
                out.append(ItemStatus(item, self.renderer.t(lang, "status-item-unreadable"), None))
                continue
            next_due = upcoming[0] if upcoming and item.status == "active" else None
            urgent = min((d for d in (next_due, None if expired else last_day) if d is not None), default=None)
            out.append(ItemStatus(item, text, next_due, expired=expired, urgent_on=urgent, grounds=grounds))
        far = dt.date.max
        # current items first (nearest deadline first), then the expired ones, then the done ones
        ordered = sorted(out, key=lambda s: (s.item.status != "active", s.expired, s.urgent_on or far, s.item.id))
        # an employer tracks several people: each person's items together (by the label they
        # gave), the person with the most urgent item first; the user's own items are one
        # person. Within each of the three tiers: one person's expired item never stands
        # above another person's current one
        first: dict[tuple, int] = {}
        keys = []
        for i, st in enumerate(ordered):
            tier = (st.item.status != "active", st.expired)
            keys.append((tier, first.setdefault((tier, (st.item.label or "").casefold()), i), i))  # "Бек" = "бек", as _twins
        return [ordered[i] for *_, i in sorted(keys)]

    def _where(self, lang: str, service: str, schedule, inputs: dict, today: dt.date, with_grounds: bool = True) -> Standing:
        """Where an item stands today, as /status says it, whether it is over, its last day
        and the grounds of what the text says. An item over is said so with what that
        means (and, `with_grounds`, its grounds folded under the ⌛ line), never as if
        current; otherwise today's /status line, its grounds in the wording in force today."""
        end = end_of(schedule, inputs)
        if end is not None and end[0] < today:  # as ended_on() decides it, from the one lookup
            day, text, cite = end
            grounds = tuple(cited(service, cite, day))
            return Standing(self._ended_text(lang, day, text, grounds if with_grounds else ()), True, day, grounds)
        found = status_line(schedule, inputs, today)
        if found is None:
            return Standing("", False, end[0] if end else None, ())
        return Standing(self.renderer.t(lang, found[0], **found[1]), False, end[0] if end else None, tuple(cited(service, found[2], today)))

    async def grounds_of(self, user_id: int, item_id: int, lang: str) -> str | None:
        """📜 under /status: the item, where it stands today (its /status line) and the
        verbatim quotes behind it. None: no such item of this user, or nothing to cite
        (a row that cannot be read)."""
        item = await self.items.get(item_id, user_id)
        if item is None:
            return None
        today = self.today()
        try:
            schedule = default_schedules()[(item.service, item.kind)]
            inputs = parse_inputs(item.inputs)
            text, _, _, grounds = self._where(lang, item.service, schedule, inputs, today, with_grounds=False)
        except Exception:  # noqa: BLE001 - /status lists it as unreadable
            return None
        if not grounds:
            return None
        head = "📜 " + item_title(self.renderer, lang, item) + ("\n" + text if text else "")
        return head + "\n\n" + self.renderer.quotes(lang, grounds)

    def reminder_quotes(self, item: TrackedItem, occasion: str, lang: str, sent_on: dt.date | None = None) -> str | None:
        """📜 under a reminder: the verbatim quotes behind the grounds it showed — its
        occasion's when it went out on its day; delivered late (`sent_on` after it), the
        grounds of the /status line it showed that day, or what the item's end means once
        it was over. None: the occasion is no longer in the item's plan (the item was edited)."""
        schedule = default_schedules().get((item.service, item.kind))
        if schedule is None:
            return None
        inputs = parse_inputs(item.inputs)
        p = next((q for q in plan(schedule, inputs) if q.occasion == occasion), None)
        if p is None:
            return None
        if sent_on is not None and sent_on > p.due_on:
            grounds = self._where(lang, item.service, schedule, inputs, sent_on, with_grounds=False).grounds
        else:
            grounds = tuple(cited(item.service, p.cite, p.due_on))
        if not grounds:
            return None
        return "📜 " + item_title(self.renderer, lang, item) + "\n\n" + self.renderer.quotes(lang, grounds)

    def _ended_text(self, lang: str, day: dt.date, text: str, grounds: tuple) -> str:
        # every ended-* text names its day: said once, after the hourglass
        return "⌛ " + self.renderer.t(lang, text, date=day) + _indented(self.renderer.grounds(lang, grounds))

    def _item_line(self, n: int, st: ItemStatus, lang: str) -> str:
        t = self.renderer.t
        tail = (
            t(lang, "status-done")
            if st.item.status == "done"
            else t(lang, "status-next-reminder", date=st.next_due) if st.next_due else t(lang, "status-no-reminders")
        )
        # what it is first, on the number's line; where it stands below
        return f"{n}. {item_title(self.renderer, lang, st.item)}\n   {st.text}\n   🔔 {tail}"

    def _inline_grounds(self, st: ItemStatus, lang: str) -> str:
        """An item's grounds under its line (an expired item's ⌛ line carries them already)."""
        return "" if st.expired else _indented(self.renderer.grounds(lang, st.grounds))

    def status_text(self, statuses: list[ItemStatus], lang: str, with_buttons: bool = True) -> str:
        t = self.renderer.t
        if not statuses:
            return t(lang, "status-empty")
        lines = [t(lang, "status-title")]
        if with_buttons:
            lines += [self._item_line(n, st, lang) for n, st in enumerate(statuses, 1)]
            lines.append(t(lang, "status-hint"))
        else:  # the terminal chat has no per-item buttons (📜): each line's grounds under it
            lines += [self._item_line(n, st, lang) + self._inline_grounds(st, lang) for n, st in enumerate(statuses, 1)]
        return "\n\n".join(lines)

    def status_pages(self, statuses: list[ItemStatus], lang: str, per_page: int = STATUS_PER_PAGE) -> list[StatusPage]:
        """/status in pages that each fit one Telegram message: at most `per_page`
        items and STATUS_PAGE_CHARS characters, numbering running on across pages."""
        t = self.renderer.t
        if not statuses:
            return [StatusPage(t(lang, "status-empty"), [], 0)]
        title, hint = t(lang, "status-title"), t(lang, "status-hint")
        footer_room = len(hint) + len(t(lang, "status-page", page=9999, pages=9999)) + 8
        groups: list[list[tuple[int, ItemStatus, str]]] = [[]]
        size = len(title)
        for n, st in enumerate(statuses, 1):
            line = self._item_line(n, st, lang)[: STATUS_PAGE_CHARS // 2]
            if groups[-1] and (len(groups[-1]) >= per_page or size + len(line) + 2 + footer_room > STATUS_PAGE_CHARS):
                groups.append([])
                size = len(title)
            groups[-1].append((n, st, line))
            size += len(line) + 2
        pages = []
        for i, group in enumerate(groups):
            parts = [title, *(line for _, _, line in group), hint]
            if len(groups) > 1:
                parts.append(t(lang, "status-page", page=i + 1, pages=len(groups)))
            pages.append(StatusPage("\n\n".join(parts), [st for _, st, _ in group], group[0][0]))
        return pages

    def _event_grounds(self, lang: str, service: str, p) -> str:
        """A calendar event's notes: the grounds, as the reminder of the same occasion
        carries them, and their verbatim quotes (a calendar has no 📜 to press)."""
        refs = cited(service, p.cite, p.due_on)
        return "\n\n".join(x for x in (self.renderer.grounds(lang, refs), self.renderer.quotes(lang, refs)) if x)

    async def calendar(self, user_id: int, lang: str) -> bytes | None:
        """An .ics with one event per upcoming deadline of every active item and, for a
        member of a company account, of every worker on its roster (None: nothing ahead)."""
        events = []
        today = self.today()
        for item in await self.items.list(user_id):
            schedule = default_schedules().get((item.service, item.kind))
            if schedule is None or item.status != "active":
                continue
            try:
                planned = plan(schedule, parse_inputs(item.inputs))
            except Exception:  # noqa: BLE001 - one bad row must not cost the others their dates
                log.warning("tracked item %s cannot be read", item.id)
                continue
            for p in planned:
                # the date itself; but a duty on a day off sits on the working day before it
                # (its reminder's day): acting on the day off itself would be too late
                day = min(p.day, p.due_on) if p.day else p.due_on
                if day < today:
                    continue
                summary = f"{item_title(self.renderer, lang, item)}: {self.renderer.t(lang, p.text, **p.args)}"
                events.append(CalendarEvent(uid=f"item-{item.id}-{p.occasion}@kz-migration-bot", day=day, summary=summary,
                                            description=self._event_grounds(lang, item.service, p)))
        events += await self._roster_events(user_id, lang, today)
        if not events:
            return None
        return build_calendar(events, self.renderer.t(lang, "calendar-name"))

    async def _roster_events(self, user_id: int, lang: str, today: dt.date) -> list[CalendarEvent]:
        """The company roster's deadlines, as /workers and the digest read them
        (dialogs.tracking.workers: each worker's kind and its service's schedule): one
        event per occasion still ahead, titled with the worker's name as on the roster.
        Only the user's own company's roster (none for someone in no company: the same
        access as /workers). UIDs are the worker's id and the occasion, so importing the
        file again (the worker updated by name) moves an event instead of doubling it."""
        from .employer import action_label  # the workers list's short names; late: the reminder process stays light

        t = self.renderer.t
        events = []
        for worker in await self.companies.workers(user_id):
            try:
                o = worker_outlook(worker, today)
            except Exception:  # noqa: BLE001 - one unreadable worker must not cost the others their dates
                log.warning("roster worker %s cannot be read", worker.id)
                continue
            who = f"{worker.name} — {t(lang, o.kind.title)}"
            if not o.has_rules:  # the texts set no dates: the permit's own last day, as the digest
                if o.expiry is not None and o.expiry >= today:
                    events.append(CalendarEvent(
                        uid=f"worker-{worker.id}-expiry@kz-migration-bot", day=o.expiry,
                        summary=f"{who}: {t(lang, 'workers-detail-expiry', expiry=o.expiry)}",
                        description=t(lang, "workers-no-rules").lstrip("→ "),
                    ))
                continue
            for p in o.planned:
                # the occasions and days the worker's card lists: every one still ahead
                # (an expiry on Sunday is ahead on Saturday), on its legal day, not the day a
                # day off moved the digest to (a window opening on a holiday opens then)
                if not ahead(p, today):
                    continue
                events.append(CalendarEvent(
                    uid=f"worker-{worker.id}-{p.occasion}@kz-migration-bot", day=p.day or p.due_on,
                    summary=f"{who}: {action_label(self.renderer, lang, p)}",
                    description="\n\n".join(x for x in (t(lang, p.text, **p.args), self._event_grounds(lang, o.kind.service, p)) if x),
                ))
        return events

    async def import_roster(self, user_id: int, data: bytes, lang: str) -> str:
        """Import an employer's CSV: one transaction, the same worker and dates again
        is the same item. The reply always says what was imported first; the bad
        lines follow, the first ROSTER_PROBLEMS_LISTED of them and a count of the rest
        (a caller splits the text to fit its messages)."""
        t = self.renderer.t
        rows, problems = await asyncio.to_thread(parse_roster_csv, data, self.today())  # off the event loop: a 1 MB file takes ~2 s
        entries = [
            SaveEntry("labour-permit", "permit", {"expiry": row.expiry, "cumulative_months": row.cumulative_months}, row.label)
            for row in rows
        ]
        new = again = capped = 0
        if entries:
            new, again, capped = await self.items.save_many(user_id, entries, self.today())
        lines = [t(lang, "roster-imported", count=new)]
        if again:
            lines.append(t(lang, "roster-imported-again", count=again))
        if capped:
            lines.append(t(lang, "roster-too-many-items", max=self.items.max_items, count=capped))
        if problems:
            lines.append("")
            lines.append(t(lang, "roster-problems"))
            for p in problems[:ROSTER_PROBLEMS_LISTED]:
                prefix = t(lang, "roster-line", line=p.line) if p.line else ""
                lines.append(prefix + t(lang, p.code, **p.details))
            if len(problems) > ROSTER_PROBLEMS_LISTED:
                lines.append(t(lang, "roster-problems-more", count=len(problems) - ROSTER_PROBLEMS_LISTED))
        return "\n".join(lines)


def _indented(block: str) -> str:
    """A grounds block under an item's line, indented as the line is ("" stays "")."""
    return "\n   " + block.replace("\n", "\n   ") if block else ""
