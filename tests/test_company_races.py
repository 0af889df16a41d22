"""Members of one company leaving at the same moment (the audit's s7/s8): the owner's
/forget and a colleague's /leave, or two /leave. On PostgreSQL the owner's /forget
failed with StaleDataError (promoting a colleague whose row was being deleted) and
deleted nothing; both were told the list stays with colleagues when the last one out
deleted it. Leavers now take turns on the company's row lock: nothing fails, the last
one out deletes the company with its roster, and each is told what their leaving did."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import func, select

from bot.app import build_renderer
from bot.employer import Employers
from dialogs.runtime.engine import Engine
from storage.db import Database
from storage.employers import COMPANY_ROSTERS, JoinResult
from storage.models import Company, CompanyInvite, CompanyMember, Reminder, RosterWorker, User
from storage.repositories import Users
from storage.userdata import RosterFate, UserData
from tests.test_reminders import almaty, make_db

ROUNDS = 20
SECRET = b"race-secret"
ROSTER = "ФИО;Действует до\nАйгерим Б.;31.12.2026\nJohn Smith;30.06.2027\n".encode()
KEPT = "Список работников остался у коллег."
DELETED = "Аккаунт и его список работников удалены."


def employers(db: Database) -> Employers:
    # imported before 09:00 Almaty: each member gets a pending digest row, which leaving must take too
    return Employers(db, build_renderer(), Engine({}), today=lambda: dt.date(2026, 12, 10), now=lambda: almaty(2026, 12, 10, 8))


@pytest.fixture
async def pg(pg_url):
    db = await make_db(pg_url)
    yield db
    await db.close()


@pytest.fixture
async def lite(sqlite_url):
    db = Database(sqlite_url)
    await db.migrate()
    yield db
    await db.close()


@pytest.fixture
def forgotten(monkeypatch):
    """What /forget's company hook did to the list, as it happened, per user."""
    seen: dict[int, list[RosterFate]] = {}
    apply = COMPANY_ROSTERS.apply

    async def recorded(s, user_id):
        seen[user_id] = await apply(s, user_id)
        return seen[user_id]

    monkeypatch.setattr(COMPANY_ROSTERS, "apply", recorded)
    return seen


async def company_of_two(db: Database, e: Employers, owner: int, colleague: int, name: str) -> int:
    users = Users(db)
    await users.ensure(owner, "kk")
    await users.ensure(colleague, "ru")
    await e.import_roster(owner, ROSTER, "kk", filename=f"{name}.xlsx")
    assert await e.join(colleague, await e.invite_payload(owner, SECRET), SECRET) is JoinResult.JOINED
    return (await e.companies.membership(owner)).company_id


async def left_of(db: Database, company_id: int, *users: int) -> dict:
    async with db.sessions() as s:
        async def count(model, *where):
            return (await s.execute(select(func.count()).select_from(model).where(*where))).scalar_one()

        return {
            "company": await s.get(Company, company_id) is not None,
            "members": await count(CompanyMember, CompanyMember.company_id == company_id),
            "roster": await count(RosterWorker, RosterWorker.company_id == company_id),
            "invites": await count(CompanyInvite, CompanyInvite.company_id == company_id),
            "digests": await count(Reminder, Reminder.company_id == company_id),
            "memberships": await count(CompanyMember, CompanyMember.user_id.in_(users)),
        }


GONE = {"company": False, "members": 0, "roster": 0, "invites": 0, "digests": 0, "memberships": 0}


async def owner_forgets_while_colleague_leaves(db: Database, forgotten: dict, rounds: int) -> list[str]:
    """`rounds` companies of two; in each, the owner's /forget and the colleague's /leave
    at once. Returns who went first in each round; every round's problems fail the test."""
    e = employers(db)
    firsts, problems = [], []
    for i in range(rounds):
        owner, colleague = 100_000 + 2 * i, 100_001 + 2 * i
        company_id = await company_of_two(db, e, owner, colleague, f"ТОО Раунд {i}")
        async with db.sessions() as s:
            assert (await s.execute(select(func.count()).select_from(Reminder).where(Reminder.company_id == company_id))).scalar_one() == 2
        # both confirm at the same moment
        results = await asyncio.gather(UserData(db).forget(owner), e.companies.leave(colleague), return_exceptions=True)
        failed = [repr(r) for r in results if isinstance(r, BaseException)]
        if failed:
            problems.append((i, failed))
        # both are gone (the colleague's own data stays: /leave), and nobody being left, the
        # company with its roster, invites and digests
        async with db.sessions() as s:
            users = (await s.get(User, owner) is None, await s.get(User, colleague) is not None)
        state = await left_of(db, company_id, owner, colleague)
        if users != (True, True) or state != GONE:
            problems.append((i, "owner's row gone, colleague's kept:", users, state))
        # each learns what their own leaving did: exactly one of them deleted the list
        owners, colleagues = (forgotten.get(owner) or [None])[0], results[1]
        if not isinstance(owners, RosterFate) or not isinstance(colleagues, RosterFate):
            problems.append((i, "what leaving did:", owners, colleagues))
            continue
        assert owners.company == colleagues.company == f"ТОО Раунд {i}" and owners.workers == colleagues.workers == 2
        if owners.kept:  # the owner went first: the list stayed with the colleague, who then deleted it
            assert (owners.others, colleagues.others) == (1, 0)
            firsts.append("owner")
        else:  # the colleague went first: the list stayed with the owner, whose /forget deleted it
            assert (owners.others, colleagues.others) == (0, 1)
            firsts.append("colleague")
        # and the colleague's reply says so
        assert (DELETED if owners.kept else KEPT) in e.leave_done(colleagues, "ru")
    assert problems == []
    return firsts


async def test_the_owners_forget_and_a_colleagues_leave_at_once_on_postgres(pg, forgotten):
    await owner_forgets_while_colleague_leaves(pg, forgotten, ROUNDS)


async def test_the_owners_forget_and_a_colleagues_leave_at_once_on_sqlite(lite, forgotten):
    """The same code path on SQLite: no row locks there (with_for_update renders nothing),
    but one writer at a time, and the second leaver reads what the first left."""
    await owner_forgets_while_colleague_leaves(lite, forgotten, ROUNDS // 2)


async def test_two_members_leaving_at_once_are_each_told_what_happened(pg):
    e = employers(pg)
    for i in range(ROUNDS):
        owner, colleague = 200_000 + 2 * i, 200_001 + 2 * i
        company_id = await company_of_two(pg, e, owner, colleague, f"ТОО Выход {i}")
        fates = await asyncio.gather(e.companies.leave(owner), e.companies.leave(colleague), return_exceptions=True)
        assert not [f for f in fates if isinstance(f, BaseException)], fates
        assert sorted(f.others for f in fates) == [0, 1]  # the second one out deleted the list
        replies = [e.leave_done(f, "ru") for f in fates]
        assert sorted(DELETED in r for r in replies) == [False, True]
        assert sorted(KEPT in r for r in replies) == [False, True]
        assert await left_of(pg, company_id, owner, colleague) == GONE
        assert not await e.companies.leave(owner) and await e.leave(colleague, "ru") is None  # a second tap


async def test_a_colleague_who_leaves_while_the_owner_stays_leaves_the_owner_the_list(pg, forgotten):
    """The colleague leaves, the owner stays: both are told the truth, the list is kept;
    the owner's /forget then says, and does, that the list goes with them."""
    e = employers(pg)
    owner, colleague = 300_001, 300_002
    company_id = await company_of_two(pg, e, owner, colleague, "ТОО Остаётся")
    reply = await e.leave(colleague, "ru")  # the reply /leave's "🚪 Да, выйти" gets
    assert reply.startswith("Вы вышли из аккаунта компании «ТОО Остаётся».") and KEPT in reply
    assert await left_of(pg, company_id, owner, colleague) == {
        "company": True, "members": 1, "roster": 2, "invites": 1, "digests": 1, "memberships": 1}
    assert (await e.companies.membership(owner)).role == "owner"
    assert len(await e.companies.workers(owner)) == 2
    # what the owner's /forget confirmation now says: they are the last one, the list goes too
    assert await UserData(pg).plan_forget(owner) == [RosterFate(company="ТОО Остаётся", workers=2, others=0)]
    await UserData(pg).forget(owner)
    assert forgotten[owner] == [RosterFate(company="ТОО Остаётся", workers=2, others=0)]
    assert await left_of(pg, company_id, owner, colleague) == GONE


async def test_the_owner_who_leaves_hands_the_company_to_the_colleague(pg, forgotten):
    e = employers(pg)
    owner, colleague = 300_011, 300_012
    company_id = await company_of_two(pg, e, owner, colleague, "ТОО Передача")
    await UserData(pg).forget(owner)
    assert forgotten[owner] == [RosterFate(company="ТОО Передача", workers=2, others=1)]
    assert (await e.companies.membership(colleague)).role == "owner"
    assert (await left_of(pg, company_id, owner, colleague))["roster"] == 2


async def test_a_colleague_joining_while_the_last_member_leaves(pg):
    """Joining locks the company before its invite, as leaving does before deleting the
    company with its invites: whichever comes first, nothing deadlocks, and the end is one
    of the two orders told truthfully."""
    e = employers(pg)
    users = Users(pg)
    for i in range(ROUNDS):
        owner, newcomer = 400_000 + 2 * i, 400_001 + 2 * i
        await users.ensure(owner, "ru")
        await users.ensure(newcomer, "ru")
        await e.import_roster(owner, ROSTER, "ru", filename=f"ТОО Вход {i}.xlsx")
        company_id = (await e.companies.membership(owner)).company_id
        payload = await e.invite_payload(owner, SECRET)
        results = await asyncio.gather(e.companies.leave(owner), e.join(newcomer, payload, SECRET), return_exceptions=True)
        assert not [r for r in results if isinstance(r, BaseException)], results
        left, joined = results
        state = await left_of(pg, company_id, owner, newcomer)
        if joined is JoinResult.JOINED:  # joined first: the list stays with the newcomer, now its owner
            assert left.others == 1 and state["company"] and state["members"] == 1 and state["roster"] == 2
            assert (await e.companies.membership(newcomer)).role == "owner"
        else:  # left first: the company went, with the invite
            assert joined is JoinResult.INVALID and left.others == 0 and state == GONE
