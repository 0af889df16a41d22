"""Tracked items and the reminder outbox.

Saving an item and planning its reminders happen in one transaction (the outbox
pattern): a reminder row exists exactly when its item does, keyed by (item,
occasion), so a re-save or a redeploy never duplicates it. Dispatchers claim due
rows atomically with a lease; a dispatcher that dies after claiming leaves rows
that the next claim takes over once the lease has run out.

One late message per item: reminders of one item that are all late when claimed (an
outage, the night) become one message. The claim that takes one of them takes the
item's other late due rows with it and keeps only the latest; the others are marked
"superseded" in the same transaction (never sent; the message that goes names their
days). A claim keeps none of an item's late rows while a later one of that item is
due or claimed elsewhere (another dispatcher, another batch), or one of them already
went out late today, so two processes never send two late messages for one item.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import and_, case, delete, func, or_, select, true, update
from sqlalchemy.exc import IntegrityError

from dialogs.law.dates import ALMATY
from dialogs.tracking.roster import clean_label
from dialogs.tracking.schedule import default_schedules, first_send_time, next_allowed_time, plan, status_of

from .db import Database
from .models import Reminder, TrackedItem, User
from .repositories import _insert_for

UTC = dt.timezone.utc


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands datetimes back without a zone; everything stored is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _json_inputs(inputs: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in inputs.items() if v is not None}


def parse_inputs(stored: dict) -> dict:
    out = {}
    for k, v in (stored or {}).items():
        if isinstance(v, str) and len(v) == 10 and v[4] == "-":
            try:
                v = dt.date.fromisoformat(v)
            except ValueError:
                pass
        out[k] = v
    return out


@dataclass(frozen=True)
class ClaimedReminder:
    id: int
    item_id: int
    user_id: int
    occasion: str
    due_on: dt.date
    attempts: int
    company_id: int | None = None  # an employer's daily digest (item_id is None)


MAX_ITEMS_PER_USER = 200


class TooManyItems(Exception):
    """The user already tracks MAX_ITEMS_PER_USER items."""


def _plain(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def validated_inputs(service: str, kind: str, inputs: dict) -> tuple[dict, list]:
    """The inputs the kind's schedule reads (nothing else) and its plan. Raises
    KeyError for an unknown kind, ValueError when the inputs do not fit it, so an item
    is never stored with one kind and another kind's dates."""
    schedule = default_schedules().get((service, kind))
    if schedule is None:
        raise KeyError(f"no reminder schedule for {service}/{kind}")
    names = {name for _, name in schedule.fn_args}
    kept = {k: _plain(v) for k, v in inputs.items() if k in names and v is not None}
    try:
        planned = plan(schedule, kept)  # raises on inputs outside the rule's domain
        status_of(schedule, kept)
    except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as e:
        raise ValueError(f"inputs do not fit {service}/{kind}") from e
    return kept, planned


def fingerprint(service: str, kind: str, inputs: dict, label: str | None) -> str:
    """Equal for the same service, kind, dates and label (label compared ignoring
    case and extra spaces): saving it again updates the one item."""
    raw = json.dumps(
        [service, kind, sorted(_json_inputs(inputs).items()), (label or "").casefold()],
        ensure_ascii=False,
        default=str,
    )
    return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


@dataclass(frozen=True)
class SaveEntry:
    service: str
    kind: str
    inputs: dict
    label: str | None = None


class TrackedItems:
    """Lock order, everywhere: the user row, then the item row, then its reminders
    (each FOR UPDATE on PostgreSQL). Deleting a user cascades in the same order."""

    def __init__(self, db: Database, max_items: int = MAX_ITEMS_PER_USER):
        self.db = db
        self.max_items = max_items

    def _for_update(self, stmt):
        return stmt.with_for_update() if self.db.engine.dialect.name == "postgresql" else stmt

    async def save(
        self,
        user_id: int,
        service: str,
        kind: str,
        inputs: dict,
        label: str | None = None,
        today: dt.date | None = None,
        item_id: int | None = None,
    ) -> TrackedItem:
        """Create (or, with item_id, change) an item and plan its reminders in the same
        transaction. The same service, kind, dates and label again is the same item
        (updated, not doubled). Raises KeyError (no such item or kind), ValueError
        (inputs that do not fit the kind), TooManyItems."""
        item, _ = await self.save_reporting(user_id, service, kind, inputs, label, today, item_id)
        return item

    async def save_reporting(
        self,
        user_id: int,
        service: str,
        kind: str,
        inputs: dict,
        label: str | None = None,
        today: dt.date | None = None,
        item_id: int | None = None,
    ) -> tuple[TrackedItem, bool]:
        """As `save`, and whether a new item was created (False: the same item was
        already tracked and is updated). Two presses at once: where the user row cannot
        be locked (SQLite), the second insert hits the unique fingerprint and is
        retried, finding the item the first one saved."""
        entry = SaveEntry(service, kind, inputs, label)
        for attempt in (1, 2):
            try:
                async with self.db.sessions.begin() as s:
                    await self._lock_user(s, user_id)
                    return await self._save_in(s, user_id, entry, today or dt.date.today(), item_id)
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def save_many(self, user_id: int, entries: list[SaveEntry], today: dt.date) -> tuple[int, int, int]:
        """Save many items in one transaction (the roster): (new, already tracked,
        left out because of the cap). Entries whose inputs do not fit are skipped."""
        new = again = capped = 0
        async with self.db.sessions.begin() as s:
            await self._lock_user(s, user_id)
            count = await self._count_in(s, user_id)
            for entry in entries:
                try:
                    _, created = await self._save_in(s, user_id, entry, today, None, count + new)
                except TooManyItems:
                    capped += 1
                    continue
                except (KeyError, ValueError):
                    continue
                if created:
                    new += 1
                else:
                    again += 1
        return new, again, capped

    async def _lock_user(self, s, user_id: int) -> None:
        found = (await s.execute(self._for_update(select(User.telegram_id).where(User.telegram_id == user_id)))).first()
        if found is None:
            raise KeyError(user_id)

    async def _count_in(self, s, user_id: int) -> int:
        return (await s.execute(select(func.count()).select_from(TrackedItem).where(TrackedItem.user_id == user_id))).scalar_one()

    async def _save_in(
        self, s, user_id: int, entry: SaveEntry, today: dt.date, item_id: int | None, count: int | None = None
    ) -> tuple[TrackedItem, bool]:
        inputs, planned = validated_inputs(entry.service, entry.kind, entry.inputs)
        label = clean_label(entry.label)
        editing = None
        if item_id is not None:
            editing = await self._locked_item(s, item_id, user_id)
            if editing is None:
                raise KeyError(item_id)
            if entry.label is None:
                label = editing.label  # an edit keeps the name it had unless a new one is given
        key = fingerprint(entry.service, entry.kind, inputs, label)
        same = (
            await s.execute(
                self._for_update(select(TrackedItem).where(TrackedItem.user_id == user_id, TrackedItem.fingerprint == key))
            )
        ).scalar_one_or_none()
        created = False
        if same is not None and editing is not None and same.id != editing.id:
            await s.delete(editing)  # edited into a copy of another item: one item remains
            await s.flush()
            item = same
        elif same is not None:
            item = same
        elif editing is not None:
            item = editing
        else:
            if count is None:
                count = await self._count_in(s, user_id)
            if count >= self.max_items:
                raise TooManyItems(user_id)
            item = TrackedItem(user_id=user_id, service=entry.service, kind=entry.kind, label=label, inputs=_json_inputs(inputs), fingerprint=key)
            s.add(item)
            await s.flush()
            created = True
        # kind and inputs always change together
        item.service, item.kind, item.inputs, item.label, item.fingerprint = entry.service, entry.kind, _json_inputs(inputs), label, key
        item.status = "active"
        await s.flush()
        await _sync_reminders(s, self.db, item, planned, today)
        return item, created

    async def replan_all(self, today: dt.date, batch: int = 500) -> int:
        """Plan every active item's reminders again under this release's schedules (run
        by `python -m bot migrate`, before the bot processes): a schedule that moved an
        occasion (a safer date, a new reminder) reaches items saved before it. Rows
        already sent stay as they are; returns how many items were planned."""
        last_id, count = 0, 0
        while True:
            async with self.db.sessions.begin() as s:
                items = (await s.execute(
                    select(TrackedItem).where(TrackedItem.status == "active", TrackedItem.id > last_id).order_by(TrackedItem.id).limit(batch)
                )).scalars().all()
                if not items:
                    return count
                for item in items:
                    try:
                        _, planned = validated_inputs(item.service, item.kind, parse_inputs(item.inputs))
                    except (KeyError, ValueError):
                        continue  # a kind this release no longer knows: left as it is
                    await _sync_reminders(s, self.db, item, planned, today, rearm_sent=False)
                    count += 1
                last_id = items[-1].id

    async def _locked_item(self, s, item_id: int, user_id: int) -> TrackedItem | None:
        stmt = select(TrackedItem).where(TrackedItem.id == item_id, TrackedItem.user_id == user_id)
        return (await s.execute(self._for_update(stmt))).scalar_one_or_none()

    async def count(self, user_id: int) -> int:
        async with self.db.sessions() as s:
            return (await s.execute(select(func.count()).select_from(TrackedItem).where(TrackedItem.user_id == user_id))).scalar_one()

    async def list(self, user_id: int) -> list[TrackedItem]:
        async with self.db.sessions() as s:
            rows = await s.execute(select(TrackedItem).where(TrackedItem.user_id == user_id).order_by(TrackedItem.id))
            return list(rows.scalars())

    async def get(self, item_id: int, user_id: int | None = None) -> TrackedItem | None:
        async with self.db.sessions() as s:
            item = await s.get(TrackedItem, item_id)
            if item is None or (user_id is not None and item.user_id != user_id):
                return None
            return item

    async def delete(self, item_id: int, user_id: int) -> bool:
        """The item row first (locked), then its reminders: the same order as mark_done."""
        async with self.db.sessions.begin() as s:
            item = await self._locked_item(s, item_id, user_id)
            if item is None:
                return False
            await s.execute(delete(Reminder).where(Reminder.item_id == item_id).execution_options(synchronize_session=False))
            await s.execute(delete(TrackedItem).where(TrackedItem.id == item_id).execution_options(synchronize_session=False))
            return True

    async def mark_done(self, item_id: int, user_id: int) -> bool:
        """Done: the item stays listed, its remaining reminders are cancelled."""
        async with self.db.sessions.begin() as s:
            item = await self._locked_item(s, item_id, user_id)
            if item is None:
                return False
            await s.execute(
                update(TrackedItem).where(TrackedItem.id == item_id).values(status="done").execution_options(synchronize_session=False)
            )
            await s.execute(
                update(Reminder)
                .where(Reminder.item_id == item_id, Reminder.status.in_(("pending", "claimed")))
                .values(status="cancelled", lease_until=None)
                .execution_options(synchronize_session=False)
            )
            return True


async def _sync_reminders(s, db: Database, item: TrackedItem, planned, today: dt.date, rearm_sent: bool = True) -> None:
    """Make the item's reminder rows match its plan: upcoming occasions only; a
    changed date resets the row to pending (`rearm_sent=False`: not one already sent,
    as when a new release moves an occasion by a day); occasions gone from the plan go."""
    upcoming = [p for p in planned if p.due_on >= today]
    keep = {p.occasion for p in upcoming}
    await s.execute(
        delete(Reminder).where(
            Reminder.item_id == item.id,
            Reminder.status.in_(("pending", "cancelled")),
            Reminder.occasion.notin_(keep) if keep else true(),
        )
    )
    insert = _insert_for(db)
    for p in upcoming:
        values = dict(
            item_id=item.id,
            user_id=item.user_id,
            occasion=p.occasion,
            due_on=p.due_on,
            send_after=first_send_time(p.due_on),
            status="pending",
            attempts=0,
        )
        stmt = insert(Reminder).values(**values)
        excluded = stmt.excluded
        stmt = stmt.on_conflict_do_update(
            index_elements=["item_id", "occasion"],
            set_={"due_on": excluded.due_on, "send_after": excluded.send_after, "status": "pending", "attempts": 0, "lease_until": None},
            # a re-save with the same date leaves a sent or claimed reminder alone
            where=or_(Reminder.due_on != excluded.due_on, Reminder.status == "cancelled") if rearm_sent
            else and_(Reminder.status.in_(("pending", "cancelled")), or_(Reminder.due_on != excluded.due_on, Reminder.status == "cancelled")),
        )
        await s.execute(stmt)


def due_for_claim(outbox, now: dt.datetime):
    """An outbox row (reminders, hand-off sends) a worker may take: pending and past
    send_after, or claimed by someone whose lease has run out."""
    return or_(
        and_(outbox.status == "pending", outbox.send_after <= now),
        and_(outbox.status == "claimed", outbox.lease_until < now),
    )


def claim_values(outbox, worker: str, lease_until: dt.datetime) -> dict:
    """The columns of a row being taken. A row taken over from a claimer that died with it
    counts as an attempt, so a row that kills its worker every time is parked in the end."""
    return {
        "status": "claimed",
        "claimed_by": worker,
        "lease_until": lease_until,
        "attempts": case((outbox.status == "claimed", outbox.attempts + 1), else_=outbox.attempts),
    }


def release_claims(outbox, worker: str):
    """The statement that puts a restarted worker's claimed rows back to pending, the
    interrupted try counted as an attempt."""
    return (
        update(outbox)
        .where(outbox.status == "claimed", outbox.claimed_by == worker)
        .values(status="pending", lease_until=None, claimed_by=None, attempts=outbox.attempts + 1)
        .execution_options(synchronize_session=False)
    )


SUPERSEDED = "superseded"  # a late row folded into the message of a later late row of its item


class ReminderOutbox:
    def __init__(self, db: Database):
        self.db = db
        self.superseded = 0  # late rows this outbox's claims folded into another row's message

    async def claim(self, worker: str, now: dt.datetime, limit: int = 50, lease: dt.timedelta = dt.timedelta(minutes=5)) -> list[ClaimedReminder]:
        """Take up to `limit` due reminders for this worker. Due: pending and past
        send_after, or claimed by someone whose lease has run out. Of one item's late
        reminders (their day gone in Almaty) at most one is returned, its latest; the
        others are superseded in the same transaction (see the module's docstring)."""
        while True:
            async with self.db.sessions.begin() as s:
                rows = (await s.execute(self._take(worker, now, lease, limit=limit))).all()
                if not rows:
                    return []
                kept = await self._one_late_per_item(s, rows, worker, now, lease)
            if kept:
                return [ClaimedReminder(*r) for r in sorted(kept)]
            # every row taken was folded into another's message: take the next ones

    def _take(self, worker: str, now: dt.datetime, lease: dt.timedelta, *where, limit: int | None = None):
        """The statement that claims due rows (those `where` says, up to `limit`); rows
        another claim holds are skipped on PostgreSQL, never waited for."""
        due = select(Reminder.id).where(due_for_claim(Reminder, now), *where).order_by(Reminder.send_after, Reminder.id)
        if limit is not None:
            due = due.limit(limit)
        if self.db.engine.dialect.name == "postgresql":
            due = due.with_for_update(skip_locked=True)
        return (
            update(Reminder)
            .where(Reminder.id.in_(due.scalar_subquery()))
            .values(**claim_values(Reminder, worker, now + lease))
            .returning(Reminder.id, Reminder.item_id, Reminder.user_id, Reminder.occasion, Reminder.due_on, Reminder.attempts, Reminder.company_id)
            .execution_options(synchronize_session=False)
        )

    async def _one_late_per_item(self, s, rows: list, worker: str, now: dt.datetime, lease: dt.timedelta) -> list:
        """The claimed rows less the late ones that another late row of their item
        speaks for: the item's other late due rows are claimed too, the latest is kept
        and the rest superseded; none is kept if a later late row of the item is due or
        claimed outside this claim, or one of its late rows went out today."""
        today = now.astimezone(ALMATY).date()

        def late(r) -> bool:
            return r.item_id is not None and r.due_on < today

        items = sorted({r.item_id for r in rows if late(r)})
        if not items:
            return rows
        rows = list(rows) + list((await s.execute(self._take(worker, now, lease, Reminder.item_id.in_(items), Reminder.due_on < today))).all())
        ours = {r.id for r in rows}
        groups: dict[int, list] = {}
        for r in rows:
            if late(r):
                groups.setdefault(r.item_id, []).append(r)
        others = (await s.execute(
            select(Reminder.item_id, Reminder.id, Reminder.due_on, Reminder.status, Reminder.send_after, Reminder.sent_at).where(
                Reminder.item_id.in_(items), Reminder.due_on < today, Reminder.status.in_(("pending", "claimed", "sent"))
            )
        )).all()
        day_start = dt.datetime.combine(today, dt.time(0), tzinfo=ALMATY).astimezone(UTC)
        drop: list[int] = []
        for item_id, group in groups.items():
            group.sort(key=lambda r: (r.due_on, r.id))
            last = group[-1]
            spoken_for = any(
                o.item_id == item_id and o.id not in ours and (
                    # a later one this claim could not take: it is being sent, or about to be
                    ((o.due_on, o.id) > (last.due_on, last.id)
                     and (o.status == "claimed" or (o.status == "pending" and _aware(o.send_after) <= now)))
                    # or the item's late message of today is out already
                    or (o.status == "sent" and o.sent_at is not None and _aware(o.sent_at) >= day_start)
                )
                for o in others
            )
            drop += [r.id for r in (group if spoken_for else group[:-1])]
        if drop:
            await s.execute(
                update(Reminder).where(Reminder.id.in_(drop))
                .values(status=SUPERSEDED, lease_until=None, claimed_by=None)
                .execution_options(synchronize_session=False)
            )
            self.superseded += len(drop)
        gone = set(drop)
        return [r for r in rows if r.id not in gone]

    async def covered_by(self, r: ClaimedReminder) -> list[tuple[int, dt.date]]:
        """The item's superseded rows before `r` (earlier day, or the same day and made
        earlier) that no message sent has named yet: (id, day), earliest first. `r`'s
        late message names their days; mark_sent records that it did."""
        async with self.db.sessions() as s:
            rows = await s.execute(
                select(Reminder.id, Reminder.due_on).where(
                    Reminder.item_id == r.item_id,
                    Reminder.status == SUPERSEDED,
                    Reminder.sent_at.is_(None),
                    or_(Reminder.due_on < r.due_on, and_(Reminder.due_on == r.due_on, Reminder.id < r.id)),
                ).order_by(Reminder.due_on, Reminder.id)
            )
            return [(i, d) for i, d in rows.all()]

    async def release_claims_of(self, worker: str) -> int:
        """A restarted worker's rows claimed by its previous life: pending again, due at
        once (their send time has passed), the interrupted try counted as an attempt."""
        async with self.db.sessions.begin() as s:
            return (await s.execute(release_claims(Reminder, worker))).rowcount

    async def _set(self, reminder_id: int, worker: str | None, **values) -> bool:
        cond = [Reminder.id == reminder_id]
        if worker is not None:
            cond += [Reminder.status == "claimed", Reminder.claimed_by == worker]  # only if still ours
        async with self.db.sessions.begin() as s:
            result = await s.execute(update(Reminder).where(*cond).values(**values).execution_options(synchronize_session=False))
            return result.rowcount > 0

    async def mark_sent(self, reminder_id: int, worker: str, now: dt.datetime, covered: list[int] | tuple = ()) -> bool:
        """Sent; `covered`: the superseded rows whose days its message named (covered_by),
        which get the same sent_at, so no later message names them again."""
        async with self.db.sessions.begin() as s:
            result = await s.execute(
                update(Reminder)
                .where(Reminder.id == reminder_id, Reminder.status == "claimed", Reminder.claimed_by == worker)
                .values(status="sent", sent_at=now, lease_until=None, last_error=None)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount and covered:
                await s.execute(
                    update(Reminder)
                    .where(Reminder.id.in_(list(covered)), Reminder.status == SUPERSEDED, Reminder.sent_at.is_(None))
                    .values(sent_at=now)
                    .execution_options(synchronize_session=False)
                )
            return result.rowcount > 0

    async def retry_later(self, reminder_id: int, worker: str, when: dt.datetime, error: str, count_attempt: bool = True) -> bool:
        values = dict(status="pending", send_after=next_allowed_time(when), lease_until=None, claimed_by=None, last_error=error[:255])
        if count_attempt:
            values["attempts"] = Reminder.attempts + 1
        return await self._set(reminder_id, worker, **values)

    async def fail(self, reminder_id: int, worker: str, error: str) -> bool:
        return await self._set(reminder_id, worker, status="failed", lease_until=None, last_error=error[:255], attempts=Reminder.attempts + 1)

    async def cancel(self, reminder_id: int, worker: str | None = None) -> bool:
        return await self._set(reminder_id, worker, status="cancelled", lease_until=None)

    async def block_user(self, user_id: int) -> None:
        """The user blocked the bot: they are inactive and nothing more is sent to them."""
        async with self.db.sessions.begin() as s:
            await s.execute(update(User).where(User.telegram_id == user_id).values(active=False))
            await s.execute(
                update(Reminder)
                .where(Reminder.user_id == user_id, Reminder.status.in_(("pending", "claimed")))
                .values(status="blocked", lease_until=None)
                .execution_options(synchronize_session=False)
            )

    async def snooze(self, reminder_id: int, user_id: int, until: dt.datetime) -> bool:
        """A delivered reminder again at `until`. One cancelled (its item done or
        changed) or parked stays so: ⏰ never re-arms what ✅ stopped."""
        async with self.db.sessions.begin() as s:
            result = await s.execute(
                update(Reminder)
                .where(Reminder.id == reminder_id, Reminder.user_id == user_id, Reminder.status == "sent")
                .values(status="pending", send_after=next_allowed_time(until), lease_until=None, claimed_by=None)
                .execution_options(synchronize_session=False)
            )
            return result.rowcount > 0

    async def get(self, reminder_id: int) -> Reminder | None:
        async with self.db.sessions() as s:
            return await s.get(Reminder, reminder_id)

    async def for_item(self, item_id: int) -> list[Reminder]:
        async with self.db.sessions() as s:
            rows = await s.execute(select(Reminder).where(Reminder.item_id == item_id).order_by(Reminder.due_on))
            return list(rows.scalars())

    async def counts(self) -> dict[str, int]:
        async with self.db.sessions() as s:
            rows = await s.execute(select(Reminder.status, func.count()).group_by(Reminder.status))
            return dict(rows.all())
