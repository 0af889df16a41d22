"""Colleagues of one company acting at the same moment, on SQLite and on PostgreSQL (the
audit's F2-F4). On SQLite one "one-time" invite let in everyone who opened it at once;
two colleagues' files naming the same new worker failed one of them whole
(IntegrityError); on both databases an import racing the removal of a worker it updates
failed whole (StaleDataError); a member's digest switch racing their /leave deadlocked
(PostgreSQL) or failed (SQLite); the digest planned after a delivery failed on the FK of a
company its last member deleted meanwhile. Company changes now take turns (see
storage/employers.py): the company's row lock on PostgreSQL, the database's write lock
from the transaction's first statement on SQLite.

Each race is forced: `stalled` holds one statement of the first party back (a real
pause on the event loop, inside its transaction) while the other runs, so the window
that was a few milliseconds wide is always open; a few rounds then race freely."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt

from sqlalchemy import event, func, select
from sqlalchemy.util import await_only

from bot.app import build_renderer
from bot.employer import Employers
from dialogs.runtime.engine import Engine
from storage.db import Database
from storage.employers import JoinResult, WorkerEntry
from storage.models import Company, CompanyInvite, CompanyMember, Reminder, RosterWorker
from storage.repositories import Users
from tests.test_reminders import almaty

SECRET = b"race-secret"
ROSTER = "ФИО;Действует до\nАйгерим Б.;31.12.2026\n".encode()
NOW = almaty(2026, 12, 10, 8)  # before 09:00 in Almaty: planning gives each member a digest row today


def employers(db: Database) -> Employers:
    return Employers(db, build_renderer(), Engine({}), today=lambda: dt.date(2026, 12, 10), now=lambda: NOW)


@contextlib.contextmanager
def stalled(db: Database, *prefixes: str, seconds: float = 0.15, containing: str = ""):
    """The first statement starting with one of `prefixes` (and containing `containing`)
    waits `seconds` on the event loop just before it is sent: its transaction stays open
    (holding whatever it holds) while everything else runs."""
    left = [1]

    def before(conn, cursor, statement, parameters, context, executemany):
        if left[0] and statement.lstrip().upper().startswith(prefixes) and containing.upper() in statement.upper():
            left[0] = 0
            await_only(asyncio.sleep(seconds))

    event.listen(db.engine.sync_engine, "before_cursor_execute", before)
    try:
        yield left
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", before)


async def later(coro, seconds: float = 0.03):
    """`coro` a moment after the other party started: it is the second to get there."""
    await asyncio.sleep(seconds)
    return await coro


def failures(results) -> list[str]:
    return [f"{type(r).__name__}: {str(r).splitlines()[0][:160]}" for r in results if isinstance(r, BaseException)]


async def count(db: Database, model, *where) -> int:
    async with db.sessions() as s:
        return (await s.execute(select(func.count()).select_from(model).where(*where))).scalar_one()


async def company_of_two(db: Database, e: Employers, owner: int, colleague: int) -> int:
    users = Users(db)
    await users.ensure(owner, "ru")
    await users.ensure(colleague, "ru")
    await e.import_roster(owner, ROSTER, "ru", filename="ТОО Гонки.xlsx")
    assert await e.join(colleague, await e.invite_payload(owner, SECRET), SECRET) is JoinResult.JOINED
    return (await e.companies.membership(owner)).company_id


def entry(name: str, expiry: dt.date) -> WorkerEntry:
    return WorkerEntry(name, "labour-permit", {"permit_expiry": expiry})


async def roster(db: Database, company_id: int) -> dict[str, str]:
    """{name: its permit_expiry as stored}"""
    async with db.sessions() as s:
        rows = (await s.execute(select(RosterWorker).where(RosterWorker.company_id == company_id))).scalars()
        return {w.name: w.inputs.get("permit_expiry") for w in rows}


# --- F2: one invite, three people opening it at once ---------------------------------


async def test_three_people_opening_one_invite_at_once_let_in_exactly_one(db):
    e = employers(db)
    users = Users(db)
    owner = 10
    await users.ensure(owner, "ru")
    await e.import_roster(owner, ROSTER, "ru", filename="ТОО Приглашение.xlsx")
    company_id = (await e.companies.membership(owner)).company_id
    for r in range(4):
        people = [100 + 10 * r + i for i in range(3)]
        for u in people:
            await users.ensure(u, "ru")
        payload = await e.invite_payload(owner, SECRET)
        joins = [e.join(u, payload, SECRET) for u in people]
        if r < 2:  # the first to get there holds back its write: the others read the invite meanwhile
            with stalled(db, "UPDATE COMPANY_INVITES", "INSERT INTO COMPANY_MEMBERS") as left:
                results = await asyncio.gather(joins[0], *(later(j) for j in joins[1:]), return_exceptions=True)
            assert left == [0]
        else:
            results = await asyncio.gather(*joins, return_exceptions=True)
        assert failures(results) == []
        assert sorted(r.value for r in results) == ["joined", "used", "used"], results
        joined = people[results.index(JoinResult.JOINED)]
        memberships = {u: await e.companies.membership(u) for u in people}
        assert {u for u, m in memberships.items() if m is not None} == {joined}  # the others see no one's workers
        for u in people:
            assert bool(await e.companies.workers(u)) is (u == joined)
        async with db.sessions() as s:
            invite = (await s.execute(select(CompanyInvite).order_by(CompanyInvite.id.desc()).limit(1))).scalar_one()
        assert invite.used_by == joined
        # and a later tap on the link by the others still says it is used
        assert await e.join(people[(people.index(joined) + 1) % 3], payload, SECRET) is JoinResult.USED
    assert await count(db, CompanyMember, CompanyMember.company_id == company_id) == 1 + 4


# --- F3: two colleagues' files at once ------------------------------------------------


async def test_two_colleagues_files_at_once_both_land(db):
    e = employers(db)
    owner, colleague = 20, 21
    company_id = await company_of_two(db, e, owner, colleague)
    c = e.companies
    for r in range(4):
        by_owner = [entry(f"Общий {r}", dt.date(2027, 1, 1)), entry(f"Владельца {r}", dt.date(2027, 2, 1))]
        by_colleague = [entry(f"ОБЩИЙ  {r}", dt.date(2027, 3, 1)), entry(f"Коллеги {r}", dt.date(2027, 4, 1))]
        imports = [c.save_workers(owner, by_owner), c.save_workers(colleague, by_colleague)]
        if r < 2:  # the first to add the shared name holds back its INSERT: the other reads the roster meanwhile
            with stalled(db, "INSERT INTO ROSTER_WORKERS") as left:
                results = await asyncio.gather(imports[0], later(imports[1]), return_exceptions=True)
            assert left == [0]
        else:
            results = await asyncio.gather(*imports, return_exceptions=True)
        assert failures(results) == []
        owners, colleagues = results
        now = await roster(db, company_id)
        # nothing lost: each file's own worker, and the shared one once
        assert {f"Владельца {r}", f"Коллеги {r}"} <= set(now)
        shared = [n for n in now if n.replace("  ", " ").casefold() == f"общий {r}"]
        assert len(shared) == 1
        # one file added the shared worker, the later one updated it, and its dates stand
        if owners.added == [f"Общий {r}", f"Владельца {r}"]:
            assert colleagues.added == [f"Коллеги {r}"] and colleagues.updated == [f"ОБЩИЙ {r}"]
            assert now[f"ОБЩИЙ {r}"] == "2027-03-01"
        else:
            assert colleagues.added == [f"ОБЩИЙ {r}", f"Коллеги {r}"], (owners, colleagues)
            assert owners.added == [f"Владельца {r}"] and owners.updated == [f"Общий {r}"]
            assert now[f"Общий {r}"] == "2027-01-01"
    assert await count(db, RosterWorker, RosterWorker.company_id == company_id) == 1 + 3 * 4


async def test_two_colleagues_files_at_once_through_the_bot_both_get_their_reply(db):
    """What each of them is told: no "something went wrong", both files on the list."""
    e = employers(db)
    owner, colleague = 22, 23
    company_id = await company_of_two(db, e, owner, colleague)
    for r in range(3):
        files = [f"ФИО;Действует до\nНовый {r};31.12.2027\nВладельца {r};30.11.2027\n".encode(),
                 f"ФИО;Действует до\nНовый {r};31.10.2027\nКоллеги {r};30.11.2027\n".encode()]
        with stalled(db, "INSERT INTO ROSTER_WORKERS") as left:
            replies = await asyncio.gather(e.import_roster(owner, files[0], "ru"), later(e.import_roster(colleague, files[1], "ru")),
                                           return_exceptions=True)
        assert left == [0]
        assert failures(replies) == []
        assert {f"Новый {r}", f"Владельца {r}", f"Коллеги {r}"} <= set(await roster(db, company_id))
        # one of them added the new worker, the other updated it
        assert sorted("обновлены: 1" in reply for reply in replies) == [False, True], replies
    # every member has exactly one digest planned
    assert await count(db, Reminder, Reminder.company_id == company_id, Reminder.status == "pending") == 2


# --- F4: an import racing the removal of a worker it updates ---------------------------


async def test_an_import_and_a_removal_of_the_same_worker_at_once(db):
    """Whichever goes first, neither fails and the file's other workers land: an import
    that ran first updated the worker before the removal; one that runs after the removal
    finds them gone and adds them again, as new (what the same file a second later would
    do; the reply lists them as added)."""
    e = employers(db)
    owner, colleague = 30, 31
    company_id = await company_of_two(db, e, owner, colleague)
    c = e.companies
    outcomes = []
    for r in range(10):
        await c.save_workers(owner, [entry("Икс", dt.date(2027, 1, 1))])
        x = next(w for w in await c.workers(owner) if w.name == "Икс")
        imported = c.save_workers(owner, [entry("Икс", dt.date(2027, 2, 1 + r)), entry(f"Игрек {r}", dt.date(2027, 3, 1))])
        removal = c.delete_worker(colleague, x.id)
        if r < 2:  # the import holds back its update of the worker: the removal comes meanwhile
            with stalled(db, "UPDATE ROSTER_WORKERS") as left:
                results = await asyncio.gather(imported, later(removal), return_exceptions=True)
            assert left == [0]
        elif r < 4:  # the removal holds back its DELETE: the import comes meanwhile
            with stalled(db, "DELETE FROM ROSTER_WORKERS") as left:
                results = await asyncio.gather(later(imported), removal, return_exceptions=True)
            assert left == [0]
        else:  # free: the press a few ms after the file, as in the audit
            results = await asyncio.gather(imported, later(removal, (r % 4) * 0.002), return_exceptions=True)
        assert failures(results) == []
        saved, removed = results
        now = await roster(db, company_id)
        assert f"Игрек {r}" in now  # the file's other worker is never lost
        assert removed is True  # the colleague is told the worker was removed: so it was, at that moment
        if "Икс" in now:  # the removal first: the import added the worker again, with its date
            assert saved.added == ["Икс", f"Игрек {r}"] and now["Икс"] == f"2027-02-{1 + r:02d}"
            outcomes.append("removed, then added again")
        else:  # the import first: it updated the worker, then the removal took them
            assert saved.updated == ["Икс"] and saved.added == [f"Игрек {r}"]
            outcomes.append("updated, then removed")
        if r < 2:
            assert outcomes[-1] == "updated, then removed"
        elif r < 4:
            assert outcomes[-1] == "removed, then added again"


# --- the other changes of a company --------------------------------------------------


async def test_a_members_digest_switch_and_leaving_at_once(db):
    """A member turns their digest off as they leave (the digest's button, then /leave
    at once; or both members so): no deadlock (PostgreSQL), no failure (SQLite); what
    is left is right."""
    e = employers(db)
    for r in range(6):
        owner, colleague = 400 + 2 * r, 401 + 2 * r
        company_id = await company_of_two(db, e, owner, colleague)
        c = e.companies
        if r < 3:  # the switch holds back its write: the leaving runs meanwhile
            with stalled(db, "UPDATE COMPANY_MEMBERS", containing="digest") as left:
                results = await asyncio.gather(c.set_digest(colleague, False, NOW), later(c.leave(colleague)), return_exceptions=True)
            assert left == [0]
            assert failures(results) == []
            assert results[1].others == 1 and await c.membership(colleague) is None
            assert await count(db, Reminder, Reminder.company_id == company_id, Reminder.user_id == colleague) == 0
            assert await count(db, Reminder, Reminder.company_id == company_id, Reminder.user_id == owner) == 1
            continue
        results = await asyncio.gather(c.leave(colleague), c.set_digest(colleague, False, NOW),
                                       c.leave(owner), c.set_digest(owner, False, NOW), return_exceptions=True)
        assert failures(results) == []
        assert sorted(f.others for f in results[0::2]) == [0, 1]
        assert await count(db, Company, Company.id == company_id) == 0
        assert await count(db, Reminder, Reminder.company_id == company_id) == 0


async def test_a_digest_planned_while_the_last_member_leaves(db):
    """The dispatcher plans a member's next digest (after delivering one) while that
    member, the last one, leaves: planning waits or finds the company gone, never fails
    on it, and leaves no digest behind."""
    e = employers(db)
    users = Users(db)
    for r in range(4):
        owner = 500 + r
        await users.ensure(owner, "ru")
        await e.import_roster(owner, ROSTER, "ru", filename="ТОО Дайджест.xlsx")
        company_id = (await e.companies.membership(owner)).company_id
        planned = e.companies.plan_digests(company_id, NOW, only_user=owner)
        if r < 2:  # planning holds back its first write: the member leaves meanwhile
            with stalled(db, "DELETE FROM REMINDERS", containing="status") as left:
                results = await asyncio.gather(planned, later(e.companies.leave(owner)), return_exceptions=True)
            assert left == [0]
        else:
            results = await asyncio.gather(planned, e.companies.leave(owner), return_exceptions=True)
        assert failures(results) == []
        assert results[1].others == 0
        assert await count(db, Company, Company.id == company_id) == 0
        assert await count(db, Reminder, Reminder.company_id == company_id) == 0
