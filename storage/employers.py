"""Company accounts: who shares an employer's roster, one-time invites, the roster's
workers, and the daily digest rows in the reminder outbox.

Every read or change of a roster goes through the caller's membership: a worker id,
an invite id or a command from someone who is not a member of that company reaches
nothing (the repository takes the user id, never a company id from outside).
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
            m = await s.get(CompanyMember, user_id, with_for_update=True)
            if m is None:
                return None
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

    async def ensure_company(self, user_id: int, name: str | None = None) -> Membership:
        """The user's company; a user in none gets a new one, as its owner (the HR
        user importing a roster for the first time), named after the file."""
        async with self.db.sessions.begin() as s:
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
            m = await s.get(CompanyMember, user_id)
            if m is None or m.role != "owner":
                raise NotOwner(user_id)
            invite = CompanyInvite(company_id=m.company_id, nonce=secrets.token_hex(8), created_by=user_id, expires_at=now + ttl)
            s.add(invite)
            await s.flush()
            return invite.id, invite.nonce

    async def accept_invite(self, invite_id: int, user_id: int, now: dt.datetime, signature_ok) -> tuple[JoinResult, int | None]:
        """Join with an invite: `signature_ok(nonce)` says whether the link was signed
        for this invite. Used once (the row is locked, then marked used in the same
        transaction); returns the result and the company id when joined."""
        async with self.db.sessions.begin() as s:
            await self._lock_user(s, user_id)
            # the company before its invite: the lock order of leaving, whose last member
            # deletes the company and its invites with it (see _leave_company)
            company_id = (await s.execute(select(CompanyInvite.company_id).where(CompanyInvite.id == invite_id))).scalar_one_or_none()
            if company_id is not None:
                await s.execute(self._for_update(select(Company.id).where(Company.id == company_id)))
            invite = (await s.execute(self._for_update(select(CompanyInvite).where(CompanyInvite.id == invite_id)))).scalar_one_or_none()
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
        (ignoring case, spaces and ё/е) is updated; a new one over the cap is left out."""
        added: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        capped: list[str] = []
        async with self.db.sessions.begin() as s:
            m = await s.get(CompanyMember, user_id)
            if m is None:
                raise KeyError(user_id)
            company = (await s.execute(self._for_update(select(Company).where(Company.id == m.company_id)))).scalar_one()
            count = (await s.execute(select(func.count()).select_from(RosterWorker).where(RosterWorker.company_id == company.id))).scalar_one()
            existing = {
                w.name_key: w
                for w in (await s.execute(select(RosterWorker).where(RosterWorker.company_id == company.id))).scalars()
            }
            for e in entries:
                name = clean_label(e.name)
                if not name:
                    continue
                key = name_key(name)
                worker = existing.get(key)
                if worker is not None:
                    inputs = _json(e.inputs)
                    if (worker.name, worker.kind, worker.inputs) == (name, e.kind, inputs):
                        unchanged.append(name)
                    else:
                        worker.name, worker.kind, worker.inputs = name, e.kind, inputs
                        updated.append(name)
                    continue
                if count >= self.max_workers:
                    capped.append(name)
                    continue
                worker = RosterWorker(company_id=company.id, name=name, name_key=key, kind=e.kind, inputs=_json(e.inputs))
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
        async with self.db.sessions.begin() as s:
            m = await s.get(CompanyMember, user_id)
            if m is None:
                return False
            result = await s.execute(
                delete(RosterWorker)
                .where(RosterWorker.id == worker_id, RosterWorker.company_id == m.company_id)
                .execution_options(synchronize_session=False)
            )
            return result.rowcount > 0

    # --- the daily digest ---------------------------------------------------------
    async def plan_digests(self, company_id: int, now: dt.datetime, only_user: int | None = None, after: dt.date | None = None) -> None:
        """Keep one pending digest row per member: the first day from `after` (default:
        today if it is before 09:00 in Almaty, else tomorrow) whose digest lists someone,
        skipping a day whose digest that member already has (sent or on its way)."""
        if after is None:
            after = digest_start(now)
        async with self.db.sessions.begin() as s:
            members = select(CompanyMember.user_id).where(CompanyMember.company_id == company_id, CompanyMember.digest.is_(True))
            if only_user is not None:
                members = members.where(CompanyMember.user_id == only_user)
            users = list((await s.execute(members)).scalars())
            workers = list((await s.execute(select(RosterWorker).where(RosterWorker.company_id == company_id))).scalars())
            outlooks = []
            for w in workers:
                try:
                    outlooks.append(worker_outlook(w, after))
                except Exception:  # noqa: BLE001 - one unreadable worker must not stop the others' digest
                    continue
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
    locks (with_for_update renders nothing there) but one writer at a time: the first
    write below waits for the other leaver's commit, and what is read after it is current."""
    for _ in range(3):
        member_of = select(CompanyMember.company_id).where(CompanyMember.user_id == user_id)
        company_id = (await s.execute(member_of)).scalar_one_or_none()
        if company_id is None:
            return None
        company = (await s.execute(
            select(Company).where(Company.id == company_id).with_for_update().execution_options(populate_existing=True)
        )).scalar_one_or_none()
        # read again under the lock: whoever held it may have deleted the company (and us with it)
        now_in = (await s.execute(member_of)).scalar_one_or_none()
        if now_in is None:
            return None
        if company is None or now_in != company_id:
            continue  # in another company by now: lock that one
        workers = (await s.execute(
            select(func.count()).select_from(RosterWorker).where(RosterWorker.company_id == company_id)
        )).scalar_one()
        await s.execute(
            delete(Reminder).where(Reminder.company_id == company_id, Reminder.user_id == user_id)
            .execution_options(synchronize_session=False)
        )
        await s.execute(
            delete(CompanyMember).where(CompanyMember.user_id == user_id, CompanyMember.company_id == company_id)
            .execution_options(synchronize_session=False)
        )
        others = await _after_leaving(s, company_id)
        return RosterFate(company=company.name or "—", workers=workers, others=others)
    return None


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

