"""/mydata and /forget through the real bot on PostgreSQL and Redis, checked against the
schema itself: every table with a user column (storage/userdata.py finds them from
SQLAlchemy's metadata) must show up in the /mydata file row for row, and after /forget
no table and no Redis key holds anything of the user.

A new table with a user column fails `test_mydata_file_...` by name until `_fill` puts
a row of the user in it, so nobody can add personal data that /mydata and /forget miss.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import JSON, select, text

from bot.ratelimit import SharedPacer
from storage.handoffs import COPY, TEXT, Handoffs, Outgoing
from storage.models import Base
from storage.staff import Staff
from storage.tracking import ReminderOutbox, TrackedItems
from storage.userdata import MENTION, SUBJECT, column_kind, personal_tables, undeclared_person_columns
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_privacy import _walk_into_a_dialog
from tests.test_e2e_telegram import TOKEN, USER, reply, running_bot

OTHER = 5550001  # another user: nothing of theirs may go, nothing of theirs may be exported
ADMIN = 5550002  # an admin who is not a user of the bot
GROUP = -100888
D = dt.date


async def _fill(app, api) -> int:
    """Put something of USER (and of OTHER) in every table that holds people; returns the
    number of sent texts so far."""
    db = app.database
    n = await _walk_into_a_dialog(api)  # profile, dialog and answers, FSM in Redis, throttling counters
    await app.dispatcher["conversation"].sessions.flush()
    users = app.dispatcher["users"]
    await users.ensure(OTHER, "kk")
    items = TrackedItems(db)
    inputs = {"expiry": D(2026, 12, 31), "cumulative_months": 6}
    await items.save(USER, "labour-permit", "permit", inputs, label="Азиз", today=D(2026, 11, 21))
    await items.save(OTHER, "labour-permit", "permit", inputs, label="Бек", today=D(2026, 11, 21))
    # one reminder of each user sent, the rest still pending
    outbox = ReminderOutbox(db)
    claimed = await outbox.claim("test", dt.datetime(2026, 12, 2, 6, tzinfo=dt.timezone.utc), limit=100)  # the window opened (D-29)
    assert {r.user_id for r in claimed} == {USER, OTHER}
    for r in claimed:
        await outbox.mark_sent(r.id, "test", dt.datetime(2026, 12, 2, 6, tzinfo=dt.timezone.utc))
    staff = Staff(db, frozenset({ADMIN}))
    await staff.grant(USER, by=ADMIN)  # USER is staff
    await staff.grant(OTHER, by=USER)  # and granted OTHER: a row that names USER
    soon = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10)
    await staff.issue_sign_in("a" * 32, USER, soon)  # a web sign-in /stats sent them, not yet used
    await staff.issue_sign_in("b" * 32, OTHER, soon)
    # a company roster USER imported (member, owner) and an invitation OTHER joined with
    employers = app.dispatcher["employers"]
    await employers.import_roster(USER, "name;permit_expiry\nАйгерим;31.12.2026\n".encode(), "ru", filename="ТОО Тест.csv")
    assert await employers.join(OTHER, await employers.invite_payload(USER, b"k"), b"k") is not None
    # a hand-off to a person: the request, its case sent, a message of theirs waiting to be copied
    handoffs = Handoffs(db)
    now = dt.datetime(2026, 12, 10, 5, tzinfo=dt.timezone.utc)
    for uid in (USER, OTHER):
        opened, _ = await handoffs.open(uid, "labour-permit", "ru", now, lambda hid: [Outgoing(TEXT, f"case {hid}")])
        await handoffs.enqueue(opened.id, [Outgoing(COPY, from_chat_id=uid, message_id=3)], now)
    # Redis: the reminder pacer's slot for the user's chat, state in a group chat
    await SharedPacer(app.dispatcher.storage.redis).try_acquire(USER)
    await SharedPacer(app.dispatcher.storage.redis).try_acquire(OTHER)
    from aiogram.fsm.storage.base import StorageKey

    bot_id = int(TOKEN.split(":")[0])
    await app.dispatcher.storage.set_data(StorageKey(bot_id=bot_id, chat_id=GROUP, user_id=USER), {"dialog": {"node": "old"}})
    await app.dispatcher.storage.set_data(StorageKey(bot_id=bot_id, chat_id=OTHER, user_id=OTHER), {"dialog": {"node": "theirs"}})
    return n


async def _all_rows(db) -> dict[str, list[dict]]:
    out = {}
    async with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            out[table.name] = [dict(r) for r in (await conn.execute(select(table))).mappings()]
    return out


def _rows_about(user_id: int, everything: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Worked out here from the rows, independently of storage/userdata's SQL: a row is
    the user's if a user column holds their id or it points at a row that is theirs."""
    about: dict[str, list[dict]] = {}
    for table in Base.metadata.sorted_tables:
        person_columns = [c.name for c in table.columns if column_kind(c) in (SUBJECT, MENTION)]
        links = []
        for c in table.columns:
            if column_kind(c) is None:
                for fk in c.foreign_keys:
                    links.append((c.name, fk.column.table.name, fk.column.name))
        rows = []
        for row in everything[table.name]:
            if any(row[c] == user_id for c in person_columns) or any(
                any(p[pc] == row[c] for p in about.get(parent, [])) for c, parent, pc in links
            ):
                rows.append(row)
        about[table.name] = rows
    return about


def _comparable(rows: list[dict]) -> list[str]:
    def plain(v):
        if isinstance(v, (dt.datetime, dt.date)):
            return v.isoformat()
        return v

    return sorted(json.dumps({k: plain(v) for k, v in r.items()}, sort_keys=True, ensure_ascii=False, default=str) for r in rows)


def test_every_column_that_could_hold_a_telegram_id_says_what_it_is():
    assert undeclared_person_columns() == [], "declare these columns: info={'user': 'subject' | 'mention' | 'none'}"
    found = personal_tables()
    assert {"users", "dialog_sessions", "tracked_items", "reminders", "staff_members"} <= set(found)
    assert "campaign_opens" not in found  # counts per day and service, no user ids


async def test_mydata_file_holds_every_row_of_every_table_with_a_user_column(pg_url, redis_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, pg_url, trees, redis_url) as app:
        n = await _fill(app, api)
        expected = _rows_about(USER, await _all_rows(app.database))
        personal = personal_tables()
        empty = [name for name in personal if not expected[name]]
        assert not empty, f"tables with a user column but no row of the user in this test: {empty}; add one to _fill"

        api.push_message(USER, "/mydata")
        summary = await reply(api, n)
        await api.wait_until(lambda: api.calls("sendDocument"), what="the /mydata file")
        upload = next(r for r in api.requests if r.method == "sendDocument")
        assert upload.error is None
        document = json.loads(next(iter(upload.files.values())).content)

        # and the company account the user is in, with its roster (theirs to see; the
        # last member's /forget deletes it): shared rows, not the user's own
        everything = await _all_rows(app.database)
        [membership] = expected["company_members"]
        shared = {"companies": [r for r in everything["companies"] if r["id"] == membership["company_id"]],
                  "roster_workers": [r for r in everything["roster_workers"] if r["company_id"] == membership["company_id"]]}
        assert shared["roster_workers"], "_fill imports a roster"
        assert set(document["database"]) == set(personal) | set(shared)
        for name in personal:
            assert _comparable(document["database"][name]) == _comparable(expected[name]), name
        for name, rows in shared.items():
            assert _comparable(document["database"][name]) == _comparable(rows), name
        # what a user would look for is there in plain words
        dialog = document["database"]["dialog_sessions"][0]
        assert dialog["answers"] and document["database"]["users"][0]["language"] == "ru"
        assert [i["label"] for i in document["database"]["tracked_items"]] == ["Азиз"]
        assert {r["status"] for r in document["database"]["reminders"]} == {"sent", "pending"}
        assert document["conversation_state"]["data"]["dialog"]["answers"] == dialog["answers"]
        assert "Бек" not in json.dumps(document, ensure_ascii=False)  # nothing of the other user
        # the readable summary
        assert "сохранённые сроки: 1 (активных: 1)" in summary
        assert "роль: сотрудник контакт-центра" in summary
        assert "напоминания: запланировано" in summary and "отправлено 1" in summary
        assert "через 90 дн." in summary
        assert api.violations == []


def _mentions(value, user_id: int) -> bool:
    if value is None or isinstance(value, (bool, float, dt.date)):
        return False  # a time holds no id (".500123" seconds once matched user 5001: a flaky false alarm)
    if isinstance(value, int):
        return value == user_id
    return str(user_id) in (json.dumps(value, default=str) if isinstance(value, (dict, list)) else str(value))


async def _redis_leftovers(redis, user_id: int) -> list[str]:
    found = []
    async for raw in redis.scan_iter(match="*", count=1000):
        key = raw.decode()
        kind = (await redis.type(raw)).decode()
        if kind == "string":
            value = await redis.get(raw)
        elif kind == "hash":
            value = await redis.hgetall(raw)
        elif kind in ("list",):
            value = await redis.lrange(raw, 0, -1)
        elif kind == "set":
            value = await redis.smembers(raw)
        elif kind == "zset":
            value = await redis.zrange(raw, 0, -1)
        else:
            value = b""
        if str(user_id) in key or str(user_id).encode() in repr(value).encode():
            found.append(key)
    return found


async def test_forget_leaves_nothing_of_the_user_in_any_table_or_redis_key(pg_url, redis_url, trees):
    from redis.asyncio import Redis

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, pg_url, trees, redis_url) as app:
        n = await _fill(app, api)
        # the write-behind buffer holds a step of theirs when /forget comes
        app.dispatcher["conversation"].sessions.interval = 60
        before = await _all_rows(app.database)
        redis = Redis.from_url(redis_url)
        assert await _redis_leftovers(redis, USER)  # the test does put keys of theirs in Redis

        api.push_message(USER, "/forget")
        confirm = await reply(api, n)
        assert "Удалить всё, что бот хранит о вас" in confirm and "Это нельзя отменить." in confirm
        n = len(api.sent_texts(USER))

        # forged data: answered, nothing deleted
        api.push_callback(USER, "f:y:0000beef", check_button=False)
        api.push_callback(USER, "f:drop-table", check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="the forged presses answered")
        assert await app.dispatcher["users"].get(USER) is not None

        # a double tap on "yes": one deletion, one "done"; the second press is answered
        message_id = api.last_bot_message(USER)["message_id"]
        data = next(b["callback_data"] for row in api.last_bot_message(USER)["reply_markup"]["inline_keyboard"]
                    for b in row if b["text"] == "Да, удалить")
        api.push_callback(USER, data, message_id)
        api.push_callback(USER, data, message_id, check_button=False)
        await reply(api, n)
        await api.wait_until(lambda: not api.open_callbacks, what="both presses answered")
        assert api.sent_texts(USER)[n:] == ["Готово: все ваши данные удалены. Чтобы начать снова, отправьте /start."]
        answers = [c for c in api.calls("answerCallbackQuery") if c.get("text")]
        assert any("кнопка уже не действует" in c["text"] for c in answers)

        after = await _all_rows(app.database)
    # the bot has stopped and flushed its buffer: nothing of theirs was written back
    from storage.db import Database

    db = Database(pg_url)
    try:
        after = await _all_rows(db)
    finally:
        await db.close()
    leftovers = [f"{table}.{column}" for table, rows in after.items() for row in rows
                 for column, value in row.items() if _mentions(value, USER)]
    assert leftovers == [], f"still about the user after /forget: {leftovers}"
    assert await _redis_leftovers(redis, USER) == []
    # the other user lost nothing (the staff row they were granted by USER stays, unsigned)
    theirs = _rows_about(OTHER, before)
    still = _rows_about(OTHER, after)
    for table, rows in theirs.items():
        assert len(still[table]) == len(rows), table
    assert [r["granted_by"] for r in after["staff_members"] if r["telegram_id"] == OTHER] == [None]
    assert await _redis_leftovers(redis, OTHER)
    await redis.aclose()
