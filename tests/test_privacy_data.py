"""Retention of dialog answers (a moved clock) and the company-roster rule of /forget
(a hook, shown in the confirmation and applied in the deletion's transaction)."""

from __future__ import annotations

import asyncio
import datetime as dt

from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import BigInteger, Column, ForeignKey, Integer, MetaData, String, Table, func, select, text, update

from bot.config import Settings
from bot.processes import retention_sweeper
from storage.db import Database
from storage.models import DialogSession
from storage.repositories import BufferedDialogSessions, Users
from storage.repositories import DialogSessions as DialogSessionsOnDisk
from storage.tracking import TrackedItems
from storage.userdata import RosterFate, register_forget_hook, unregister_forget_hook
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, USER, reply, running_bot

UTC = dt.timezone.utc
STATE = {"tree_id": "labour-permit", "tree_version": 1, "node": "n", "answers": {"expiry": "2027-01-31"}, "history": []}


def test_retention_is_a_setting_read_from_the_environment(monkeypatch):
    assert Settings(_env_file=None).dialog_retention_days == 90
    monkeypatch.setenv("DIALOG_RETENTION_DAYS", "30")
    assert Settings(_env_file=None).dialog_retention_days == 30


async def test_dialog_answers_go_90_days_after_the_last_answer(pg_url, redis_url):
    db = Database(pg_url)
    await db.migrate()
    settings = Settings(_env_file=None, database_url=pg_url, redis_url=redis_url, bot_token=TOKEN)
    sweeper, fsm = retention_sweeper(settings, db)
    try:
        users, sessions = Users(db), BufferedDialogSessions(db)
        for uid in (1, 2):
            await users.ensure(uid, "ru")
            await sessions.save(uid, STATE)
        await sessions.flush()
        await TrackedItems(db).save(1, "labour-permit", "permit", {"expiry": dt.date(2026, 12, 31), "cumulative_months": 6},
                                    today=dt.date(2026, 11, 21))
        # the copy of user 1's dialog in Redis, as the bot keeps it
        key = StorageKey(bot_id=int(TOKEN.split(":")[0]), chat_id=1, user_id=1)
        await fsm.set_data(key, {"dialog": STATE})
        # user 2 answered a month ago and again now: the retention counts from now
        async with db.sessions.begin() as s:
            await s.execute(update(DialogSession).where(DialogSession.user_id == 2).values(updated_at=func.now() - dt.timedelta(days=30)))
        await sessions.save(2, {**STATE, "node": "m"})
        await sessions.flush()

        now = dt.datetime.now(UTC)
        sweeper.clock = lambda: now + dt.timedelta(days=89)
        assert await sweeper.run_once() == 0
        assert await sessions.load(1) is not None and await sessions.load(2) is not None
        assert await fsm.get_data(key) == {"dialog": STATE}

        sweeper.clock = lambda: now + dt.timedelta(days=91)
        assert await sweeper.run_once() == 2
        assert await sessions.load(1) is None and await sessions.load(2) is None
        assert await fsm.get_data(key) == {}  # the Redis copy of the answers went too
        assert await users.get(1) is not None and len(await TrackedItems(db).list(1)) == 1  # only the answers go
    finally:
        await fsm.close()
        await db.close()



async def test_an_answer_given_while_the_sweep_runs_is_kept(pg_url, redis_url):
    """The sweep deletes a 91-day-old row while its user is answering again: their
    newer step sits in Redis, its database copy still written behind. The Redis copy
    stays (only a copy holding the swept dialog goes) and the step reaches the
    database with the next flush: the user goes on from their new answer."""
    db = Database(pg_url)
    await db.migrate()
    settings = Settings(_env_file=None, database_url=pg_url, redis_url=redis_url, bot_token=TOKEN)
    sweeper, fsm = retention_sweeper(settings, db)
    try:
        users, sessions = Users(db), BufferedDialogSessions(db)
        for uid in (1, 3):
            await users.ensure(uid, "ru")
            await sessions.save(uid, STATE)
        await sessions.flush()
        keys = {uid: StorageKey(bot_id=int(TOKEN.split(":")[0]), chat_id=uid, user_id=uid) for uid in (1, 3)}
        await fsm.set_data(keys[3], {"dialog": STATE, "screen": 40})  # user 3 left it there
        newer = {**STATE, "node": "next", "history": ["n"], "answers": {**STATE["answers"], "citizen": "uz"}}
        await fsm.set_data(keys[1], {"dialog": newer, "screen": 41})  # user 1 answers right now
        await sessions.save(1, newer)  # ... its database copy written behind, not yet flushed

        sweeper.clock = lambda: dt.datetime.now(UTC) + dt.timedelta(days=91)
        assert await sweeper.run_once() == 2
        assert await fsm.get_data(keys[3]) == {}  # a copy of the swept answers goes with them
        assert await fsm.get_data(keys[1]) == {"dialog": newer, "screen": 41}  # the newer step stays
        await sessions.flush()
        assert await DialogSessionsOnDisk(db).load(1) == newer and await DialogSessionsOnDisk(db).load(3) is None
    finally:
        await fsm.close()
        await db.close()

# -- the roster rule, as the employer's tables will implement it ---------------------

roster_meta = MetaData()
companies = Table("t_companies", roster_meta, Column("id", Integer, primary_key=True), Column("name", String(64)))
members = Table("t_company_members", roster_meta, Column("company_id", ForeignKey("t_companies.id"), primary_key=True),
                Column("member_id", BigInteger, primary_key=True))
rosters = Table("t_rosters", roster_meta, Column("id", Integer, primary_key=True), Column("company_id", ForeignKey("t_companies.id")),
                Column("imported_by", BigInteger, nullable=True), Column("workers", Integer))


class RosterHook:
    """A reference implementation of storage.userdata.ForgetHook for company rosters."""

    async def plan(self, s, user_id):
        rows = (await s.execute(
            select(companies.c.name, rosters.c.workers, rosters.c.company_id)
            .join(rosters, rosters.c.company_id == companies.c.id).where(rosters.c.imported_by == user_id)
        )).all()
        fates = []
        for name, workers, company_id in rows:
            others = (await s.execute(select(func.count()).select_from(members)
                                      .where(members.c.company_id == company_id, members.c.member_id != user_id))).scalar_one()
            fates.append(RosterFate(company=name, workers=workers, others=others))
        return fates

    async def apply(self, s, user_id):
        rows = (await s.execute(select(rosters).where(rosters.c.imported_by == user_id))).mappings().all()
        await s.execute(members.delete().where(members.c.member_id == user_id))  # they leave every company
        for row in rows:
            others = (await s.execute(select(func.count()).select_from(members)
                                      .where(members.c.company_id == row["company_id"], members.c.member_id != user_id))).scalar_one()
            if others:
                await s.execute(update(rosters).where(rosters.c.id == row["id"]).values(imported_by=None))
            else:
                await s.execute(rosters.delete().where(rosters.c.id == row["id"]))
                await s.execute(companies.delete().where(companies.c.id == row["company_id"]))


async def test_forget_says_which_rosters_stay_with_the_company_and_which_go(pg_url, trees):
    hook = RosterHook()
    register_forget_hook(hook)
    try:
        async with BotAPIDouble(token=TOKEN) as api, running_bot(api, pg_url, trees) as app:
            async with app.database.engine.begin() as conn:
                await conn.run_sync(roster_meta.create_all)
                await conn.execute(companies.insert(), [{"id": 1, "name": "ТОО Стройка"}, {"id": 2, "name": "ИП Сад"}])
                await conn.execute(members.insert(), [{"company_id": 1, "member_id": USER}, {"company_id": 1, "member_id": 42},
                                                      {"company_id": 2, "member_id": USER}])
                await conn.execute(rosters.insert(), [{"id": 1, "company_id": 1, "imported_by": USER, "workers": 12},
                                                      {"id": 2, "company_id": 2, "imported_by": USER, "workers": 3}])
            api.push_message(USER, "/forget")
            confirm = await reply(api, 0)
            assert "«ТОО Стройка»: список работников компании (12 чел.) останется у неё" in confirm and "/leave" in confirm
            assert "«ИП Сад»: вы последний участник компании, поэтому её список работников (3 чел.) тоже будет удалён" in confirm
            api.press(USER, "Да, удалить")
            await reply(api, 1)
            async with app.database.engine.connect() as conn:
                assert (await conn.execute(select(rosters.c.id, rosters.c.imported_by))).all() == [(1, None)]
                assert (await conn.execute(select(companies.c.name))).scalars().all() == ["ТОО Стройка"]
                assert (await conn.execute(select(members.c.member_id))).scalars().all() == [42]
            assert await app.dispatcher["users"].get(USER) is None
    finally:
        unregister_forget_hook(hook)


async def test_privacy_command_says_what_why_how_long_and_how_to_delete(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, dialog_retention_days=60) as app:
        for n, (lang, words) in enumerate((
            ("ru", ("Что бот хранит о вас", "через 60 дн.", "/mydata", "/forget")),
            ("kk", ("Бот сіз туралы не сақтайды", "60 күн", "/mydata", "/forget")),
            ("en", ("What the bot stores about you", "60 days", "/mydata", "/forget")),
        )):
            await app.dispatcher["users"].set_language(USER, lang)
            api.push_message(USER, "/privacy")
            text = await reply(api, n)
            assert all(w in text for w in words), (lang, text)
        assert api.violations == []


async def test_a_bot_with_reminders_on_sweeps_answers_past_retention(sqlite_url, trees):
    """A polling bot as `python -m bot run` starts it (reminders on, the default): it
    starts, and its sweep deletes a dialog whose last answer is past the retention,
    the copy in memory with it; the user's old buttons then lead to the menu."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, reminders=True,
                                                              retention_sweep_seconds=0.2) as app:
        api.push_message(USER, "/start")
        await reply(api, 0)
        api.press(USER, "👷 Иностранец, хочу работать")
        await api.wait_until(lambda: "Где или как вы будете работать?" in api.last_bot_message(USER)["text"], what="the question")
        question = api.last_bot_message(USER)
        sessions = DialogSessionsOnDisk(app.database)
        assert await sessions.load(USER) is not None
        async with app.database.sessions.begin() as s:  # the last answer, 91 days ago
            await s.execute(update(DialogSession).values(updated_at=dt.datetime.now(UTC) - dt.timedelta(days=91)))
        for _ in range(50):
            if await sessions.load(USER) is None:
                break
            await asyncio.sleep(0.1)
        assert await sessions.load(USER) is None
        n = len(api.sent_texts(USER))
        api.press(USER, "В доме у частного лица", message_id=question["message_id"])
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        assert "кнопка устарела" in api.calls("answerCallbackQuery")[-1]["text"]
        await api.wait_until(lambda: "Выберите" in api.last_bot_message(USER)["text"], what="the menu")
        assert len(api.sent_texts(USER)) >= n
