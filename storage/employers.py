"""Company accounts: who shares an employer's roster, one-time invites, the roster's
workers, and the daily digest rows in the reminder outbox.

Every read or change of a roster goes through the caller's membership: a worker id,
an invite id or a command from someone who is not a member of that company reaches
nothing (the repository takes the user id, never a company id from outside: a company id
from a button is only compared with the caller's own).

Everything that changes a company (joining, leaving, an owner removing a colleague,
inviting, an import, removing a worker, the digest switch and plan) takes turns with
everything else that changes the same company, on both databases; of the locks each
takes, it takes them in one order:

    the user row → the company row → its members, invites, workers and digest rows

PostgreSQL: row locks (SELECT … FOR UPDATE), and what decides is read again after the
company's lock is held (read committed: a statement sees what was committed before it).
SQLite has no row locks (with_for_update renders nothing there) and one writer at a
time, but pysqlite sends BEGIN only before the first INSERT/UPDATE/DELETE, so what a
transaction reads before its first write is read outside it, and may be stale by the
time it writes. So each of these transactions opens with BEGIN IMMEDIATE (`_write_lock`):
it waits (busy_timeout) for the database's one write lock and holds it to its commit,
and everything it reads is current. With a single lock the order is moot there.
Only this repository does so: a dialog step's storage keeps its own path.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import delete, func, select, update

from dialogs.law.dates import ALMATY
from dialogs.tracking.roster import clean_label, fold_name
from dialogs.tracking.schedule import SEND_FROM, first_send_time
from dialogs.tracking.workers import WorkerOutlook, next_digest_day, outlook

from .db import Database
from .models import Company, CompanyInvite, CompanyMember, Reminder, RosterWorker, User
from .repositories import _insert_for
from .tracking import parse_inputs
from .userdata import RosterFate, register_forget_hook

UTC = dt.timezone.utc
MAX_WORKERS = 1000  # per company; one roster file is read up to as many rows (roster.MAX_ROWS)
INVITE_TTL = dt.timedelta(days=3)
DIGEST_PREFIX = "digest:"


class NotOwner(Exception):
    """Only a company's owner may invite colleagues."""


class RemoveResult(Enum):
    """What an owner's removal of a colleague did (Companies.remove_colleague)."""

    REMOVED = "removed"
    NOT_OWNER = "not-owner"  # the presser is in no company, or not its owner (any more)
    GONE = "gone"  # not a member of the owner's company (any more), or another company's button
    SELF = "self"  # the owner's own id: leaving is /leave


@dataclass(frozen=True)
class Removal:
    """An owner's removal of a colleague: what it did, and how many of the company's
    unused invite links it withdrew with it (links are not bound to whom they were sent:
    one the removed colleague kept would let them back in)."""

    result: RemoveResult
    invites_withdrawn: int = 0


class JoinResult(Enum):
    JOINED = "joined"
    ALREADY = "already"  # already a member of this company
    OTHER_COMPANY = "other"  # a member of another company: leave it first
    USED = "used"
    EXPIRED = "expired"
    INVALID = "invalid"  # no such invite, or the signature does not match


@dataclass(frozen=True)
class Membership:
    company_id: int
    role: str
    digest: bool = True  # the member gets the daily digest


@dataclass(frozen=True)
class Colleague:
    user_id: int
    joined_at: dt.datetime  # aware (UTC)


@dataclass(frozen=True)
class Colleagues:
    """An owner's company and its other members, longest-standing first."""

    company_id: int
    company: str  # its name, "—" if none
    members: list[Colleague]


@dataclass(frozen=True)
class WorkerEntry:
    name: str
    kind: str
    inputs: dict  # roster columns: permit_expiry (date), months_total (int)


@dataclass(frozen=True)
class SavedWorkers:
    """What an import did, by the names as stored, in file order."""

    added: list[str]
    updated: list[str]  # already on the roster, and the file changed something
    unchanged: list[str]  # already on the roster, the same
    capped: list[str]  # new, left out over the company's cap


def name_key(name: str) -> str:
    """A worker's name compared ignoring case, extra spaces and ё/е ("Ёлкин Пётр" is
    "Елкин Петр"), as dialogs.tracking.roster.fold_name compares names within a file.
    Migration 0015 re-keyed the stored rows: change the two together."""
    return fold_name(name)[:64]


def _json(inputs: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in inputs.items() if v is not None}


def worker_inputs(worker: RosterWorker) -> dict:
    """The stored inputs with their dates as dates again."""
    return parse_inputs(worker.inputs)


def worker_outlook(worker: RosterWorker, today: dt.date) -> WorkerOutlook:
    return outlook(worker.kind, worker_inputs(worker), today)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class Companies:
    def __init__(self, db: Database, max_workers: int = MAX_WORKERS):
        self.db = db
        self.max_workers = max_workers

    def _for_update(self, stmt):
        return stmt.with_for_update() if self.db.engine.dialect.name == "postgresql" else stmt

    # --- membership -------------------------------------------------------------
    async def membership(self, user_id: int) -> Membership | None:
        async with self.db.sessions() as s:
            m = await s.get(CompanyMember, user_id)
            return Membership(m.company_id, m.role, m.digest) if m else None

    async def set_digest(self, user_id: int, on: bool, now: dt.datetime) -> bool | None:
        """Turn the member's daily digest on or off; True if that changed something,
        False if it was so already, None if the user is in no company. Off: their
        pending digest goes at once; on: the next one is planned."""
        async with self.db.sessions.begin() as s:
            await _write_lock(s)
            # the company first, then the member row: the order of leaving, which deletes
            # both the member and their digest rows (the other order could deadlock with it)
            locked = await _lock_company_of(s, user_id)
            if locked is None:
                return None
            m = locked[0]
            if m.digest == on:
                return False
            m.digest = on
            company_id = m.company_id
            if not on:
                await s.execute(
                    delete(Reminder)
                    .where(Reminder.company_id == company_id, Reminder.user_id == user_id, Reminder.status == "pending")
                    .execution_options(synchronize_session=False)
                )
        if on:
            await self.plan_digests(company_id, now, only_user=user_id)
        return True

    async def members(self, company_id: int) -> list[int]:
        async with self.db.sessions() as s:
            rows = await s.execute(select(CompanyMember.user_id).where(CompanyMember.company_id == company_id).order_by(CompanyMember.joined_at))
            return list(rows.scalars())

    async def colleagues(self, user_id: int) -> Colleagues | None:
        """The other members of the company the user owns; None if they own none (in no
        company, or a member). A read: what it shows may change before a removal, which
        checks everything again under the company's lock (remove_colleague)."""
        async with self.db.sessions() as s:
            m = await s.get(CompanyMember, user_id)
            if m is None or m.role != "owner":
                return None
            company = await s.get(Company, m.company_id)
            rows = (await s.execute(
                select(CompanyMember.user_id, CompanyMember.joined_at)
                .where(CompanyMember.company_id == m.company_id, CompanyMember.user_id != user_id)
                .order_by(CompanyMember.joined_at, CompanyMember.user_id)
            )).all()
            return Colleagues(m.company_id, (company.name if company is not None and company.name else "—"),
                              [Colleague(uid, _aware(joined)) for uid, joined in rows])

    async def remove_colleague(self, owner_id: int, member_id: int, company_id: int, now: dt.datetime | None = None) -> Removal:
        """The owner takes a colleague out of their company (`company_id`: the one the
        owner's button was for): as the colleague's own /leave does, their membership and
        their digest rows go; the owner stays, so the list stays. The company's unused
        invite links are withdrawn (`Removal.invites_withdrawn`: those still valid). Under the company's lock
        (`_write_lock`, `_lock_company_of`, then the colleague's member row: the lock order),
        everything read again there: a double tap, a colleague who left or was removed a
        moment before, or an owner who handed the account over by leaving changes nothing."""
        now = now or dt.datetime.now(dt.timezone.utc)
        async with self.db.sessions.begin() as s:
            await _write_lock(s)
            locked = await _lock_company_of(s, owner_id)
            if locked is None or locked[0].role != "owner":
                return Removal(RemoveResult.NOT_OWNER)
            if locked[1].id != company_id:
                return Removal(RemoveResult.GONE)  # a button of a company the owner is no longer in
            if member_id == owner_id:
                return Removal(RemoveResult.SELF)
            member = (await s.execute(
                self._for_update(select(CompanyMember).where(
                    CompanyMember.user_id == member_id, CompanyMember.company_id == company_id
                )).execution_options(populate_existing=True)
            )).scalar_one_or_none()
            if member is None:
                return Removal(RemoveResult.GONE)
            await _take_out(s, company_id, member_id)  # the owner is left: nothing deleted, nobody promoted
            # every unused link goes in the same transaction (accepting one locks the
            # company first): the removed colleague cannot come back with one they kept
            unused = (await s.execute(
                select(CompanyInvite.id, CompanyInvite.expires_at)
                .where(CompanyInvite.company_id == company_id, CompanyInvite.used_at.is_(None))
            )).all()
            if unused:
                await s.execute(delete(CompanyInvite).where(CompanyInvite.id.in_([i for i, _ in unused]))
                                .execution_options(synchronize_session=False))
            return Removal(RemoveResult.REMOVED, sum(1 for _, expires in unused if _aware(expires) > now))

    async def ensure_company(self, user_id: int, name: str | None = None) -> Membership:
        """The user's company; a user in none gets a new one, as its owner (the HR
        user importing a roster for the first time), named after the file."""
        async with self.db.sessions.begin() as s:
            await _write_lock(s)
            await self._lock_user(s, user_id)
            m = await s.get(CompanyMember, user_id)
            if m is not None:
                return Membership(m.company_id, m.role)
            company = Company(name=clean_label(name) or "")
            s.add(company)
            await s.flush()
            s.add(CompanyMember(user_id=user_id, company_id=company.id, role="owner"))
            return Membership(company.id, "owner")

    async def _lock_user(self, s, user_id: int) -> None:
        found = (await s.execute(self._for_update(select(User.telegram_id).where(User.telegram_id == user_id)))).first()
        if found is None:
            raise KeyError(user_id)

    async def leave(self, user_id: int) -> RosterFate | None:
        """The user leaves their company; a company nobody is left in is deleted with
        its roster (the workers' names are personal data of people who never used the bot).
        Returns what leaving did to the company's list, as it happened (RosterFate.others:
        the members left; none: deleted), or None if the user is in no company. Members
        leaving at the same moment take turns (see _leave_company): the last one out is
        the one who deletes it, and is told so."""
        async with self.db.sessions.begin() as s:
            return await _leave_company(s, user_id)

    # --- invites ----------------------------------------------------------------
    async def create_invite(self, user_id: int, now: dt.datetime, ttl: dt.timedelta = INVITE_TTL) -> tuple[int, str]:
        """(invite id, nonce) of a new one-time invite to the owner's company."""
        async with self.db.sessions.begin() as s:
            await _write_lock(s)
            # under the company's lock: not for a company being deleted, nor by an owner
            # who has just handed it over by leaving
            locked = await _lock_company_of(s, user_id)
            m = locked[0] if locked else None
            if m is None or m.role != "owner":
                raise NotOwner(user_id)
            invite = CompanyInvite(company_id=m.company_id, nonce=secrets.token_hex(8), created_by=user_id, expires_at=now + ttl)
            s.add(invite)
            await s.flush()
            return invite.id, invite.nonce

    async def accept_invite(self, invite_id: int, user_id: int, now: dt.datetime, signature_ok) -> tuple[JoinResult, int | None]:
        """Join with an invite: `signature_ok(nonce)` says whether the link was signed
        for this invite. Used once (the row is locked, then marked used in the same
        transaction); returns the result and the company id when joined. On SQLite the
        transaction holds the write lock from its start: two people opening one link at
        once take turns there too, and the second reads it used."""
        async with self.db.sessions.begin() as s:
            await _write_lock(s)
            await self._lock_user(s, user_id)
            # the company before its invite: the lock order of leaving, whose last member
            # deletes the company and its invites with it (see _leave_company)
            company_id = (await s.execute(select(CompanyInvite.company_id).where(CompanyInvite.id == invite_id))).scalar_one_or_none()
            if company_id is not None:
                await _lock_company(s, company_id)
            invite = (await s.execute(
                self._for_update(select(CompanyInvite).where(CompanyInvite.id == invite_id)).execution_options(populate_existing=True)
            )).scalar_one_or_none()
            if invite is None or not signature_ok(invite.nonce):
                return JoinResult.INVALID, None
            current = await s.get(CompanyMember, user_id)
            if current is not None and current.company_id == invite.company_id:
                return JoinResult.ALREADY, invite.company_id
            if invite.used_at is not None:
                return JoinResult.USED, None
            if _aware(invite.expires_at) <= now:
                return JoinResult.EXPIRED, None
            if current is not None:
                return JoinResult.OTHER_COMPANY, None
            invite.used_by, invite.used_at = user_id, now
            s.add(CompanyMember(user_id=user_id, company_id=invite.company_id, role="member"))
            return JoinResult.JOINED, invite.company_id

    # --- workers ----------------------------------------------------------------
    async def save_workers(self, user_id: int, entries: list[WorkerEntry]) -> SavedWorkers:
        """Import into the user's company roster. A name already on the roster
        (ignoring case, spaces and ё/е) is updated; a new one over the cap is left out.

        Imports and removals of one company take turns (its row lock; on SQLite the
        write lock from the start): two colleagues' files naming the same new worker both
        land, the later one updating what the first added; a worker a colleague removed
        a moment before is not on the roster any more, so a file naming them adds them
        again, as new — what the same file sent a second later would do (the file says
        they work there; the reply lists them as added, so the importer sees it)."""
        added: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        capped: list[str] = []
        rows = []  # (name, key, kind, inputs) worked out before the lock is taken
        for e in entries:
            name = clean_label(e.name)
            if name:
                rows.append((name, name_key(name), e.kind, _json(e.inputs)))
        async with self.db.sessions.begin() as s:
            await _write_lock(s)
            locked = await _lock_company_of(s, user_id)
            if locked is None:
                raise KeyError(user_id)
            company = locked[1]
            existing = {
                w.name_key: w
                for w in (await s.execute(
                    select(RosterWorker).where(RosterWorker.company_id == company.id)
                )).scalars()
            }
            count = len(existing)
            for name, key, kind, inputs in rows:
                worker = existing.get(key)
                if worker is not None:
                    if (worker.name, worker.kind, worker.inputs) == (name, kind, inputs):
                        unchanged.append(name)
                    else:
                        worker.name, worker.kind, worker.inputs = name, kind, inputs
                        updated.append(name)
                    continue
                if count >= self.max_workers:
                    capped.append(name)
                    continue
                worker = RosterWorker(company_id=company.id, name=name, name_key=key, kind=kind, inputs=inputs)
                s.add(worker)
                existing[key] = worker
                count += 1
                added.append(name)
        return SavedWorkers(added, updated, unchanged, capped)

    async def worker_count(self, user_id: int) -> int:
        """How many workers the user's company roster has (0 for someone in none)."""
        async with self.db.sessions() as s:
            return (await s.execute(_of_company_of(select(func.count()).select_from(RosterWorker), user_id))).scalar_one()

    async def workers(self, user_id: int) -> list[RosterWorker]:
        """The roster of the user's company; empty for someone in none."""
        async with self.db.sessions() as s:
            rows = await s.execute(_of_company_of(select(RosterWorker), user_id).order_by(RosterWorker.id))
            return list(rows.scalars())

    async def worker(self, user_id: int, worker_id: int) -> RosterWorker | None:
        """One worker, only if they are on the roster of the user's company."""
        async with self.db.sessions() as s:
            rows = await s.execute(_of_company_of(select(RosterWorker), user_id).where(RosterWorker.id == worker_id))
            return rows.scalar_one_or_none()

    async def delete_worker(self, user_id: int, worker_id: int) -> bool:
        """Remove a worker from the user's company roster; False if not on it (any more).
        Under the company's lock, as an import is: one racing it either updated the
        worker before this removes them, or runs after and finds them gone."""
        async with self.db.sessions.begin() as s:
            await _write_lock(s)
            locked = await _lock_company_of(s, user_id)
            if locked is None:
                return False
            result = await s.execute(
                delete(RosterWorker)
                .where(RosterWorker.id == worker_id, RosterWorker.company_id == locked[1].id)
                .execution_options(synchronize_session=False)
            )
            return result.rowcount > 0

    # --- the daily digest ---------------------------------------------------------
    async def plan_digests(self, company_id: int, now: dt.datetime, only_user: int | None = None, after: dt.date | None = None) -> None:
        """Keep one pending digest row per member: the first day from `after` (default:
        today if it is before 09:00 in Almaty, else tomorrow) whose digest lists someone,
        skipping a day whose digest that member already has (sent or on its way).

        Under the company's lock (plans of one company take turns, the last one planned
        from the roster as it is then; a company deleted meanwhile gets none). Working
        out where each worker stands is slow for a long roster (~0.25 s for 1000), so it
        is done before the lock — on SQLite that lock is the whole database's, which a
        dialog step's save waits for — and done again under it only if the roster
        changed in between."""
        if after is None:
            after = digest_start(now)
        roster = select(RosterWorker.id, RosterWorker.kind, RosterWorker.inputs).where(RosterWorker.company_id == company_id)
        async with self.db.sessions() as s:
            seen = (await s.execute(roster.order_by(RosterWorker.id))).all()
        outlooks = _outlooks(seen, after)
        async with self.db.sessions.begin() as s:
            await _write_lock(s)
            if await _lock_company(s, company_id) is None:
                return  # deleted meanwhile (its last member left): nobody to plan for
            current = (await s.execute(roster.order_by(RosterWorker.id))).all()
            if current != seen:
                outlooks = _outlooks(current, after)
            members = select(CompanyMember.user_id).where(CompanyMember.company_id == company_id, CompanyMember.digest.is_(True))
            if only_user is not None:
                members = members.where(CompanyMember.user_id == only_user)
            users = list((await s.execute(members)).scalars())
            insert = _insert_for(self.db)
            for user_id in users:
                had = set(
                    (await s.execute(
                        select(Reminder.occasion).where(
                            Reminder.company_id == company_id, Reminder.user_id == user_id, Reminder.status != "pending"
                        )
                    )).scalars()
                )
                day = digest_day(outlooks, after, had)
                keep = f"{DIGEST_PREFIX}{day.isoformat()}" if day else None
                stale = delete(Reminder).where(
                    Reminder.company_id == company_id, Reminder.user_id == user_id, Reminder.status == "pending"
                )
                if keep:
                    stale = stale.where(Reminder.occasion != keep)
                await s.execute(stale.execution_options(synchronize_session=False))
                if day is None:
                    continue
                stmt = insert(Reminder).values(
                    item_id=None, company_id=company_id, user_id=user_id, occasion=keep, due_on=day,
                    send_after=first_send_time(day), status="pending", attempts=0,
                )
                await s.execute(stmt.on_conflict_do_nothing(index_elements=["company_id", "user_id", "occasion"]))

    async def wants_digest(self, company_id: int, user_id: int) -> bool:
        """Still a member of this company, with the digest on."""
        async with self.db.sessions() as s:
            m = await s.get(CompanyMember, user_id)
            return m is not None and m.company_id == company_id and m.digest

    async def workers_of(self, company_id: int) -> list[RosterWorker]:
        """For the digest only (the dispatcher checked the recipient's membership)."""
        async with self.db.sessions() as s:
            rows = await s.execute(select(RosterWorker).where(RosterWorker.company_id == company_id).order_by(RosterWorker.id))
            return list(rows.scalars())


async def _take_out(s, company_id: int, user_id: int) -> int:
    """A member out of the company (their own /leave, or the owner removing them; the
    company is locked): their digest rows and membership go, then what is left is
    settled (`_after_leaving`: the last one out deletes it, an ownerless one gets one).
    Returns how many members are left."""
    await s.execute(
        delete(Reminder).where(Reminder.company_id == company_id, Reminder.user_id == user_id)
        .execution_options(synchronize_session=False)
    )
    await s.execute(
        delete(CompanyMember).where(CompanyMember.user_id == user_id, CompanyMember.company_id == company_id)
        .execution_options(synchronize_session=False)
    )
    return await _after_leaving(s, company_id)


async def _write_lock(s) -> None:
    """SQLite: begin the session's transaction with the database's write lock (BEGIN
    IMMEDIATE waits up to busy_timeout for a writer to commit), so what it reads next is
    current and stays so to its commit — one company change at a time, none reading
    what another is about to change. pysqlite opens a transaction only before a write,
    so a session already in one holds the lock (the /forget hook's caller may have
    written first): nothing to do then. PostgreSQL: nothing; its row locks follow."""
    conn = await s.connection()
    if conn.dialect.name != "sqlite":
        return
    raw = await conn.get_raw_connection()
    if not raw.driver_connection.in_transaction:
        await conn.exec_driver_sql("BEGIN IMMEDIATE")


async def _lock_company(s, company_id: int) -> Company | None:
    """The company row, locked (PostgreSQL; on SQLite `_write_lock` came first) and read
    afresh; None if it is gone."""
    return (await s.execute(
        select(Company).where(Company.id == company_id).with_for_update().execution_options(populate_existing=True)
    )).scalar_one_or_none()


async def _lock_company_of(s, user_id: int) -> tuple[CompanyMember, Company] | None:
    """The user's membership and company, read with the company's row locked (and,
    in the lock order, the member row after it); None if they are in no company.
    The membership is read again under the lock: whoever held it may have changed it
    (left, or the company deleted with its last member). FOR UPDATE renders nothing on
    SQLite, where the caller took the write lock first (`_write_lock`)."""
    for _ in range(3):
        company_id = (await s.execute(
            select(CompanyMember.company_id).where(CompanyMember.user_id == user_id)
        )).scalar_one_or_none()
        if company_id is None:
            return None
        company = await _lock_company(s, company_id)
        m = (await s.execute(
            select(CompanyMember).where(CompanyMember.user_id == user_id).with_for_update()
            .execution_options(populate_existing=True)
        )).scalar_one_or_none()
        if m is None:
            return None
        if company is not None and m.company_id == company_id:
            return m, company
        # in another company by now: lock that one
    return None


def _outlooks(rows, after: dt.date) -> list[WorkerOutlook]:
    """Where each roster worker, (id, kind, stored inputs), stands on `after`."""
    out = []
    for _id, kind, inputs in rows:
        try:
            out.append(outlook(kind, parse_inputs(inputs), after))
        except Exception:  # noqa: BLE001 - one unreadable worker must not stop the others' digest
            continue
    return out


def _of_company_of(stmt, user_id: int):
    """`stmt` over roster workers, kept to the roster of the user's own company."""
    return stmt.join(CompanyMember, CompanyMember.company_id == RosterWorker.company_id).where(CompanyMember.user_id == user_id)


def digest_day(outlooks: list[WorkerOutlook], after: dt.date, had: set[str]) -> dt.date | None:
    """A member's next digest: the first day from `after` whose digest lists someone,
    skipping a day whose digest occasion is in `had` (sent or on its way). Shared by
    Companies.plan_digests and migration 0015, which re-plans after dropping workers."""
    day = next_digest_day(outlooks, after)
    while day is not None and f"{DIGEST_PREFIX}{day.isoformat()}" in had:
        day = next_digest_day(outlooks, day + dt.timedelta(days=1))
    return day


def digest_start(now: dt.datetime) -> dt.date:
    """The first day a digest planned at `now` may be for: today if it is before
    09:00 in Almaty, else tomorrow (a list imported at noon is not sent at once)."""
    local = now.astimezone(ALMATY)
    return local.date() if local.time() < SEND_FROM else local.date() + dt.timedelta(days=1)


async def _leave_company(s, user_id: int) -> RosterFate | None:
    """The user leaves their company, in the caller's transaction (Companies.leave, and
    /forget through CompanyRosters.apply): what it did to the list, or None if the user
    is in no company.

    Every path that removes a member or deletes a company takes its locks in one order:
    the company row (SELECT … FOR UPDATE), then its member rows; a caller that locks the
    user row (/forget: storage/userdata.py, joining: accept_invite) takes it before.
    So two members leaving at once take turns: the second finds the first gone, and is
    the one who deletes a company nobody is left in, and is told so. SQLite has no row
    locks (with_for_update renders nothing there) but one writer at a time: the
    transaction takes the write lock before reading (`_write_lock`), so what it reads,
    the list's name and length it reports included, is current."""
    await _write_lock(s)
    locked = await _lock_company_of(s, user_id)
    if locked is None:
        return None
    company = locked[1]
    workers = (await s.execute(
        select(func.count()).select_from(RosterWorker).where(RosterWorker.company_id == company.id)
    )).scalar_one()
    others = await _take_out(s, company.id, user_id)
    return RosterFate(company=company.name or "—", workers=workers, others=others)


async def _after_leaving(s, company_id: int) -> int:
    """A company nobody is left in goes, with its roster, invites and digests (the
    workers' names are personal data of people who never used the bot); one whose
    owner left gets its longest-standing member as owner, so someone can invite.
    The caller holds the company's row lock (_leave_company). Returns how many members
    are left (0: the company is deleted)."""
    left = (await s.execute(
        select(CompanyMember.user_id, CompanyMember.role).where(CompanyMember.company_id == company_id)
        .order_by(CompanyMember.joined_at, CompanyMember.user_id).with_for_update()
    )).all()
    if not left:
        await s.execute(delete(Company).where(Company.id == company_id).execution_options(synchronize_session=False))
    elif not any(m.role == "owner" for m in left):
        await s.execute(
            update(CompanyMember).where(CompanyMember.user_id == left[0].user_id, CompanyMember.company_id == company_id)
            .values(role="owner").execution_options(synchronize_session=False)
        )
    return len(left)


class CompanyRosters:
    """/forget and company rosters (storage/userdata.py's ForgetHook): the person leaves
    their company; its roster stays with the other members, or goes with the last one."""

    async def plan(self, s, user_id: int) -> list[RosterFate]:
        m = await s.get(CompanyMember, user_id)
        if m is None:
            return []
        company = await s.get(Company, m.company_id)
        workers = (await s.execute(select(func.count()).select_from(RosterWorker).where(RosterWorker.company_id == m.company_id))).scalar_one()
        others = (await s.execute(
            select(func.count()).select_from(CompanyMember).where(CompanyMember.company_id == m.company_id, CompanyMember.user_id != user_id)
        )).scalar_one()
        return [RosterFate(company=(company.name if company and company.name else "—"), workers=workers, others=others)]

    async def export(self, s, user_id: int) -> dict[str, list[dict]]:
        """The company account the person is in and its roster: theirs to see (and, as
        the last member, theirs to delete), so /mydata shows them."""
        m = await s.get(CompanyMember, user_id)
        if m is None:
            return {}
        companies = (await s.execute(select(Company.__table__).where(Company.id == m.company_id))).mappings().all()
        workers = (await s.execute(
            select(RosterWorker.__table__).where(RosterWorker.company_id == m.company_id).order_by(RosterWorker.id)
        )).mappings().all()
        return {"companies": [dict(r) for r in companies], "roster_workers": [dict(r) for r in workers]}

    async def apply(self, s, user_id: int) -> list[RosterFate]:
        """The person leaves their company (its row locked first: see _leave_company); what
        that did to its list, as it happened (others: the members left; none: deleted)."""
        fate = await _leave_company(s, user_id)
        return [fate] if fate is not None else []


register_forget_hook(COMPANY_ROSTERS := CompanyRosters())

