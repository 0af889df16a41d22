"""A person when the bot cannot answer (issue 11): the whole hand-off through the
real bot and the Bot API double (forum topics, message_thread_id), the outbox on
PostgreSQL, working hours. Sends to the operators' group are timed by a pacer on a
virtual clock: the test proves the pacer spaces them, not the wall clock."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

from bot.reminders import Pacer
from dialogs.law.dates import ALMATY
from dialogs.law.office_hours import is_open, next_opening
from storage.db import Database
from storage.handoffs import COPY, TEXT, Handoffs, Outgoing
from storage.repositories import Users
from tests.botapi_double import BotAPIDouble
from tests.conftest import fresh_pg_url
from tests.test_e2e_telegram import TOKEN, running_bot

OPS = -1001234567890  # the operators' forum supergroup
ADMIN = 7001  # an operator (admin through ADMIN_IDS)
STRANGER = 7002  # a member of the group who is not staff
USER, USER_KK, USER_EN = 5101, 5102, 5103
GROUP_GAP = 60 / 20  # Telegram: 20 messages a minute in a group


def almaty(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=ALMATY).astimezone(dt.timezone.utc)


class VirtualTime:
    """The pacer's clock and sleep: a sleep moves time on at once, so a minute of pacing
    takes milliseconds, and every wait is on record."""

    def __init__(self, start: dt.datetime):
        self.start = start
        self.seconds = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.seconds

    def utc(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self.seconds)

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.seconds += seconds
        await asyncio.sleep(0)


class RecordingPacer(Pacer):
    def __init__(self, vt: VirtualTime):
        super().__init__(per_second=30, per_chat=1.0, clock=vt.monotonic, sleep=vt.sleep)
        self.waits: list[int] = []

    async def wait(self, chat_id: int) -> None:
        self.waits.append(chat_id)
        await super().wait(chat_id)


def group_timeline(api: BotAPIDouble, vt: VirtualTime) -> list[tuple[str, float]]:
    """(method, virtual time) of every request to the operators' group, recorded as it arrives."""
    timeline: list[tuple[str, float]] = []

    async def record(method: str, params: dict) -> None:
        if params.get("chat_id") == OPS:
            timeline.append((method, vt.monotonic()))

    api.on_request.append(record)
    return timeline


async def nothing_waits(desk, timeout: float = 5) -> bool:
    """The outbox empties (a send is marked a moment after Telegram has it)."""
    deadline = time.monotonic() + timeout
    while await desk.handoffs.waiting():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


def buttons(message: dict) -> list[str]:
    return [b["text"] for row in (message or {}).get("reply_markup", {}).get("inline_keyboard", []) for b in row]


def texts_to(api: BotAPIDouble, chat_id: int) -> list[str]:
    return [r.params["text"] for r in api.requests if r.method == "sendMessage" and r.error is None and r.params.get("chat_id") == chat_id]


async def to_the_phone_screen(api: BotAPIDouble, user: int, lang: str) -> dict:
    """permanent-residence, "I want one", "not in Kazakhstan": ☎️ ask the police abroad."""
    n = len(api.sent_texts(user))
    api.push_message(user, "/start permanent-residence", language_code=lang)
    await api.wait_until(lambda: len(api.sent_texts(user)) > n, what="the service's first question")
    question = api.last_bot_message(user)
    n = len(api.sent_texts(user))
    api.push_callback(user, question["reply_markup"]["inline_keyboard"][0][0]["callback_data"], language_code=lang)  # apply
    await api.wait_until(lambda: len(api.sent_texts(user)) > n, what="the second question")
    question = api.last_bot_message(user)
    n = len(api.sent_texts(user))
    api.push_callback(user, question["reply_markup"]["inline_keyboard"][1][0]["callback_data"], language_code=lang)  # no
    await api.wait_until(lambda: len(api.sent_texts(user)) > n and api.last_bot_message(user)["text"].startswith("☎️"),
                         what="the ☎️ result")
    return api.last_bot_message(user)


def topics_made(api: BotAPIDouble) -> list[dict]:
    return [r.result for r in api.requests if r.method == "createForumTopic" and r.error is None]


async def test_hand_off_round_trip_in_working_hours(sqlite_url, trees):
    vt = VirtualTime(almaty(2026, 12, 10, 10, 0))  # a Thursday, 10:00 in Almaty
    pacer = RecordingPacer(vt)
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        timeline = group_timeline(api, vt)
        async with running_bot(api, sqlite_url, trees, admin_ids=str(ADMIN), operators_chat_id=OPS,
                               app_options={"pacer": pacer, "clock": vt.utc}) as app:
            started = time.monotonic()
            result = await to_the_phone_screen(api, USER, "ru")
            assert buttons(result)[0] == "🙋 Спросить человека"  # the first row of a ☎️ screen

            # a double tap: two presses of the button before the first is handled
            answered = len(api.calls("answerCallbackQuery"))
            api.press(USER, "🙋 Спросить человека", message_id=result["message_id"])
            api.press(USER, "🙋 Спросить человека", message_id=result["message_id"])
            await api.wait_until(lambda: len(api.calls("answerCallbackQuery")) >= answered + 2, what="both presses answered")
            assert "уже пишете оператору" in api.calls("answerCallbackQuery")[-1]["text"]
            opened = [t for t in texts_to(api, USER) if t.startswith("Ваш вопрос передан оператору")]
            assert len(opened) == 1 and "Операторы отвечают с 09:00" not in opened[0]  # in working hours: no waiting time
            assert buttons(api.last_bot_message(USER)) == ["✖️ Завершить разговор"]
            # one hand-off for /stats (an event without the user), however many taps
            await app.dispatcher["conversation"].analytics.events.flush()
            figures = await app.dispatcher["stats"].figures(since=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1))
            assert figures["permanent-residence"].handoffs == 1

            await api.wait_until(lambda: len(api.topic_messages(OPS, topics_made(api)[0]["message_thread_id"])) >= 1 if topics_made(api) else False,
                                 what="the topic and its first message")
            assert len(topics_made(api)) == 1
            topic = topics_made(api)[0]
            thread = topic["message_thread_id"]
            assert "ru" in topic["name"] and "permanent-residence" in topic["name"] and "Вид на жительство" in topic["name"]
            case = api.topic_messages(OPS, thread)[0]["text"]
            # the way and the answers, readable, and the result the user saw, for the operator in Russian
            assert "Путь и ответы:" in case and "1. Вид на жительство" in case and "— Хочу получить" in case
            assert "2. Вы сейчас в Казахстане? — Нет" in case
            assert "Результат, который видел пользователь:" in case and result["text"].split("\n")[0] in case
            assert "Язык пользователя: Русский (ru)" in case and "/close" in case
            assert "Подачу через посольство или консульство наши источники не называют" in case  # the folded note

            # the user writes: copied into the topic (by id; the bot keeps no text)
            api.push_message(USER, "Я в Узбекистане, куда мне обращаться?")
            await api.wait_until(lambda: any(m.get("text") == "Я в Узбекистане, куда мне обращаться?" for m in api.topic_messages(OPS, thread)),
                                 what="the user's message in the topic")
            copied = api.calls("copyMessage")[-1]
            assert copied["chat_id"] == OPS and copied["message_thread_id"] == thread and copied["from_chat_id"] == USER

            # an operator replies in the topic: the user gets it
            n = len(texts_to(api, USER))
            api.push_group_message(OPS, ADMIN, "Здравствуйте! Обратитесь в посольство Казахстана.", thread_id=thread)
            await api.wait_until(lambda: len(texts_to(api, USER)) > n, what="the reply passed to the user")
            assert texts_to(api, USER)[-1] == "🙋 Оператор:\nЗдравствуйте! Обратитесь в посольство Казахстана."

            # a user who blocked the bot: the operator reads so in the topic
            await api.wait_until(lambda: len(api.topic_messages(OPS, thread)) == 3, what="the group's sends settled")
            api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
            api.push_group_message(OPS, ADMIN, "Вы здесь?", thread_id=thread)
            await api.wait_until(lambda: "заблокировал бота" in (api.topic_messages(OPS, thread)[-1].get("text") or ""), what="the blocked note")
            assert not (await app.dispatcher["users"].get(USER)).active

            # someone in the group who is not staff: not passed on, and the topic says why
            in_topic = len(api.topic_messages(OPS, thread))
            n = len(texts_to(api, USER))
            api.push_group_message(OPS, STRANGER, "Я тоже отвечу", thread_id=thread)
            await api.wait_until(lambda: len(api.topic_messages(OPS, thread)) > in_topic + 1, what="the note in the topic")
            assert "только сотрудники" in api.topic_messages(OPS, thread)[-1]["text"] and len(texts_to(api, USER)) == n
            api.push_group_message(OPS, STRANGER, "/close", thread_id=thread)  # nor can they close it
            await api.wait_until(lambda: "только сотрудники" in (api.topic_messages(OPS, thread)[-1].get("text") or "")
                                 and len(api.topic_messages(OPS, thread)) > in_topic + 3, what="the second note")
            assert (await app.dispatcher["handoff"].handoffs.current(USER)) is not None

            # /close in the topic ends it and tells the user
            api.push_group_message(OPS, ADMIN, "/close", thread_id=thread)
            await api.wait_until(lambda: api.topics[OPS][thread]["closed"], what="the topic closed")
            assert "Оператор завершил разговор" in texts_to(api, USER)[-1] and "1414" in texts_to(api, USER)[-1]
            assert "Разговор завершён, пользователю сообщили." in [m.get("text") for m in api.topic_messages(OPS, thread)]
            assert (await app.dispatcher["handoff"].handoffs.current(USER)) is None

            # closed: the user's next words go to the bot again, not to the topic
            in_topic = len(api.topic_messages(OPS, thread))
            n = len(api.sent_texts(USER))
            api.push_message(USER, "меню")
            await api.wait_until(lambda: len(api.sent_texts(USER)) > n, what="the bot's answer")
            await asyncio.sleep(0.2)
            assert len(api.topic_messages(OPS, thread)) == in_topic

            # nothing waits in the outbox; every send to the group went through the pacer,
            # at least 3 s apart on its clock, while the wall clock hardly moved
            assert await nothing_waits(app.dispatcher["handoff"])
            sends = [t for m, t in timeline if m in ("createForumTopic", "sendMessage", "copyMessage", "closeForumTopic")]
            assert len(sends) >= 7 and pacer.waits.count(OPS) == len(sends)
            assert all(b - a >= GROUP_GAP - 1e-3 for a, b in zip(sends, sends[1:])), sends
            assert sends[-1] - sends[0] >= GROUP_GAP * (len(sends) - 1) - 1e-3
            assert time.monotonic() - started < 20
        assert api.violations == []


async def test_out_of_hours_the_user_is_told_when_and_nothing_is_lost(sqlite_url, trees):
    vt = VirtualTime(almaty(2026, 12, 12, 20, 30))  # Saturday evening
    pacer = RecordingPacer(vt)
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        async with running_bot(api, sqlite_url, trees, admin_ids=str(ADMIN), operators_chat_id=OPS,
                               app_options={"pacer": pacer, "clock": vt.utc}):
            # from /help, in Kazakh
            api.push_message(USER_KK, "/help", language_code="kk")
            await api.wait_until(lambda: api.last_bot_message(USER_KK) is not None, what="help")
            assert buttons(api.last_bot_message(USER_KK)) == ["🙋 Адамнан сұрау"]
            n = len(texts_to(api, USER_KK))
            api.press(USER_KK, "🙋 Адамнан сұрау")
            await api.wait_until(lambda: len(texts_to(api, USER_KK)) > n, what="the hand-off opened")
            told = texts_to(api, USER_KK)[-1]
            # the next working time: Monday 14.12.2026, 09:00
            assert "операторына жіберілді" in told and "14.12.2026 күні 09:00-ден кейін" in told and "ештеңе жоғалмайды" in told

            api.push_message(USER_KK, "Сәлеметсіз бе, ВНЖ туралы сұрақ", language_code="kk")
            await api.wait_until(lambda: topics_made(api) and len(api.topic_messages(OPS, topics_made(api)[0]["message_thread_id"])) >= 2,
                                 what="the case and the message in the topic")
            thread = topics_made(api)[0]["message_thread_id"]
            assert "kk" in topics_made(api)[0]["name"] and "общий вопрос" in topics_made(api)[0]["name"]
            case, message = (m["text"] for m in api.topic_messages(OPS, thread)[:2])
            assert "Вне рабочего времени" in case and "14.12.2026 после 09:00" in case and "Қазақша (kk)" in case
            assert message == "Сәлеметсіз бе, ВНЖ туралы сұрақ"

            # Monday morning, an operator answers and closes; the user hears it in Kazakh
            n = len(texts_to(api, USER_KK))
            api.push_group_message(OPS, ADMIN, "Сәлеметсіз бе!", thread_id=thread)
            await api.wait_until(lambda: len(texts_to(api, USER_KK)) > n, what="the reply")
            assert texts_to(api, USER_KK)[-1] == "🙋 Оператор:\nСәлеметсіз бе!"
            api.push_group_message(OPS, ADMIN, "/close@test_bot", thread_id=thread)
            await api.wait_until(lambda: "Оператор әңгімені аяқтады" in texts_to(api, USER_KK)[-1], what="closed, in Kazakh")

            # an English user ends it themselves
            api.push_message(USER_EN, "/help", language_code="en")
            await api.wait_until(lambda: api.last_bot_message(USER_EN) is not None, what="help")
            n = len(texts_to(api, USER_EN))
            api.press(USER_EN, "🙋 Ask a person", language_code="en")
            await api.wait_until(lambda: len(texts_to(api, USER_EN)) > n, what="opened")
            assert "Operators answer from 09:00 to 18:00" in texts_to(api, USER_EN)[-1]
            api.press(USER_EN, "✖️ End the conversation", language_code="en")
            await api.wait_until(lambda: "The conversation with the operator has ended" in texts_to(api, USER_EN)[-1], what="ended")
            await api.wait_until(lambda: len(topics_made(api)) == 2 and api.topics[OPS][topics_made(api)[1]["message_thread_id"]]["closed"],
                                 what="the user's topic closed")
            assert api.topic_messages(OPS, topics_made(api)[1]["message_thread_id"])[-1]["text"] == "Пользователь завершил разговор."
        assert api.violations == []


async def test_many_at_once_are_paced_at_twenty_a_minute(sqlite_url, trees):
    vt = VirtualTime(almaty(2026, 12, 10, 11, 0))
    pacer = RecordingPacer(vt)
    users = list(range(5201, 5209))
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        timeline = group_timeline(api, vt)
        async with running_bot(api, sqlite_url, trees, operators_chat_id=OPS, app_options={"pacer": pacer, "clock": vt.utc}):
            for u in users:
                api.push_message(u, "/help")
            await api.wait_until(lambda: all(api.last_bot_message(u) for u in users), what="help for all")
            started = time.monotonic()
            for u in users:
                api.press(u, "🙋 Спросить человека")
            # 8 topics and 8 cases: 16 sends, 45 s of the group's limit, in well under that
            await api.wait_until(lambda: sum(1 for m, _ in timeline if m == "sendMessage") == len(users), timeout=15, what="every case sent")
            assert time.monotonic() - started < 15
        times = [t for _, t in timeline]
        assert len(times) == 2 * len(users) and len(topics_made(api)) == len(users)
        assert all(b - a >= GROUP_GAP - 1e-3 for a, b in zip(times, times[1:]))
        assert times[-1] - times[0] >= GROUP_GAP * (len(times) - 1) - 1e-3
        assert sum(vt.slept) >= GROUP_GAP * (len(times) - 1) - 1e-3
        assert api.violations == []


async def test_without_an_operators_chat_no_button_and_a_forged_press_gets_1414(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        result = await to_the_phone_screen(api, USER, "ru")
        assert not any("🙋" in b for b in buttons(result))
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/help")
        await api.wait_until(lambda: len(api.sent_texts(USER)) > n, what="help")
        assert buttons(api.last_bot_message(USER)) == [] and "Спросить человека" not in api.sent_texts(USER)[-1]
        api.push_callback(USER, "ho:o", check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        refusal = api.calls("answerCallbackQuery")[-1]
        assert "1414" in refusal["text"] and refusal.get("show_alert")
        assert not api.calls("createForumTopic")
        assert api.violations == []


async def test_outbox_on_postgresql_one_open_per_user_in_order_counted_and_forgotten():
    async with fresh_pg_url() as url:
        db = Database(url)
        try:
            await db.migrate()
            users = Users(db)
            for u in (1, 2):
                await users.ensure(u, "ru")
            repo = Handoffs(db)
            now = dt.datetime(2026, 12, 10, 5, 0, tzinfo=dt.timezone.utc)
            first = lambda hid: [Outgoing(TEXT, f"case {hid}")]  # noqa: E731
            # two updates of one user opening at once: one hand-off
            (a, made_a), (b, made_b) = await asyncio.gather(repo.open(1, "kandas", "kk", now, first), repo.open(1, "kandas", "kk", now, first))
            assert a.id == b.id and sorted([made_a, made_b]) == [False, True]
            await repo.enqueue(a.id, [Outgoing(COPY, from_chat_id=1, message_id=7)], now)
            other, _ = await repo.open(2, "labour-permit", "ru", now, first)

            # in order within a hand-off: its copy waits until its case is sent
            claimed = await repo.claim("w1", now)
            assert [(c.handoff_id, c.kind) for c in claimed] == [(a.id, TEXT), (other.id, TEXT)]
            assert await repo.claim("w2", now) == []
            await repo.mark_sent(claimed[0].id, "w1")
            nxt = await repo.claim("w2", now)
            assert [(c.handoff_id, c.kind, c.message_id) for c in nxt] == [(a.id, COPY, 7)]
            assert (await repo.sends(a.id))[0].text is None  # sent: the bot's copy of the case is gone
            # w2 restarts before sending the copy: its row is due again at once, not after the lease
            assert await repo.claim("w3", now) == []
            assert await repo.release_claims_of("w2") == 1
            assert [c.message_id for c in await repo.claim("w2", now)] == [7]

            # counted per service over a period, for /stats
            assert await repo.counts_by_service(now - dt.timedelta(days=7)) == {"kandas": 1, "labour-permit": 1}
            assert await repo.counts_by_service(now + dt.timedelta(seconds=1)) == {}
            await repo.close(a.id, now)
            again, made = await repo.open(1, "kandas", "kk", now + dt.timedelta(hours=1), first)
            assert made and again.id != a.id
            assert await repo.counts_by_service(now, now + dt.timedelta(hours=2)) == {"kandas": 2, "labour-permit": 1}

            # /forget: the user's hand-offs and their outbox rows go with them
            await users.forget(1)
            assert await repo.current(1) is None and await repo.get(a.id) is None and await repo.sends(a.id) == []
            assert await repo.counts_by_service(now - dt.timedelta(days=1)) == {"labour-permit": 1}
        finally:
            await db.close()


def test_working_hours_and_the_next_opening():
    thursday_10 = almaty(2026, 12, 10, 10, 0)
    assert is_open(thursday_10) and next_opening(thursday_10) is None
    assert next_opening(almaty(2026, 12, 10, 8, 30)) == almaty(2026, 12, 10, 9, 0)  # before opening: the same day
    assert next_opening(almaty(2026, 12, 10, 18, 0)) == almaty(2026, 12, 11, 9, 0)  # 18:00 is closed
    assert next_opening(almaty(2026, 12, 11, 19, 0)) == almaty(2026, 12, 14, 9, 0)  # Friday evening: Monday
    # 16 December, Independence Day (a holiday, Wednesday in 2026): the next working day
    assert not is_open(almaty(2026, 12, 16, 11, 0))
    assert next_opening(almaty(2026, 12, 15, 18, 30)) == almaty(2026, 12, 17, 9, 0)


async def test_pacer_gives_a_group_one_message_every_three_seconds():
    vt = VirtualTime(almaty(2026, 12, 10, 10, 0))
    pacer = RecordingPacer(vt)
    slots = []
    for chat in [OPS, USER, OPS, USER, OPS]:
        await pacer.wait(chat)
        slots.append((chat, vt.monotonic()))
    group = [t for c, t in slots if c == OPS]
    private = [t for c, t in slots if c == USER]
    assert group[1] - group[0] >= GROUP_GAP and group[2] - group[1] >= GROUP_GAP
    assert private[1] - private[0] >= 1.0 and private[0] < GROUP_GAP  # a private chat is not held by the group's limit


async def test_double_tap_with_redis_state_and_postgresql_opens_one_topic(pg_url, redis_url, trees):
    vt = VirtualTime(almaty(2026, 12, 10, 12, 0))
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        async with running_bot(api, pg_url, trees, redis_url=redis_url, operators_chat_id=OPS,
                               app_options={"pacer": RecordingPacer(vt), "clock": vt.utc}) as app:
            result = await to_the_phone_screen(api, USER, "ru")
            answered = len(api.calls("answerCallbackQuery"))
            for _ in range(3):
                api.press(USER, "🙋 Спросить человека", message_id=result["message_id"])
            await api.wait_until(lambda: len(api.calls("answerCallbackQuery")) >= answered + 3, what="every press answered")
            await api.wait_until(lambda: len(topics_made(api)) == 1 and api.topic_messages(OPS, topics_made(api)[0]["message_thread_id"]),
                                 what="the topic and its case")
            await asyncio.sleep(0.3)
            assert len(topics_made(api)) == 1
            assert sum(t.startswith("Ваш вопрос передан оператору") for t in texts_to(api, USER)) == 1
            assert (await app.dispatcher["handoff"].handoffs.current(USER)).topic_id == topics_made(api)[0]["message_thread_id"]
        assert api.violations == []


async def test_telegram_429_on_the_group_pauses_the_pacer_and_loses_nothing(sqlite_url, trees):
    vt = VirtualTime(almaty(2026, 12, 10, 15, 0))
    pacer = RecordingPacer(vt)
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        timeline = group_timeline(api, vt)
        async with running_bot(api, sqlite_url, trees, operators_chat_id=OPS, app_options={"pacer": pacer, "clock": vt.utc}) as app:
            api.fail_next("createForumTopic", 429, "Too Many Requests: retry after 30", retry_after=30)
            api.push_message(USER, "/help")
            await api.wait_until(lambda: api.last_bot_message(USER) is not None, what="help")
            api.press(USER, "🙋 Спросить человека")
            await api.wait_until(lambda: any(r.method == "createForumTopic" and r.error for r in api.requests), what="the refused topic")
            refused_at = timeline[-1][1]
            desk = app.dispatcher["handoff"]
            await asyncio.sleep(0.2)
            assert not topics_made(api) and await desk.handoffs.waiting() == 1  # kept, not dropped
            vt.seconds += 31  # the row is due again once retry_after has passed
            desk.relay.wake()
            await api.wait_until(lambda: topics_made(api) and api.topic_messages(OPS, topics_made(api)[0]["message_thread_id"]),
                                 what="the topic and its case after the pause")
            assert await nothing_waits(desk)
            after = [t for m, t in timeline if m == "createForumTopic"][-1]
            assert after - refused_at >= 30
        assert api.violations == []


async def test_forget_deletes_the_users_topic_from_the_operators_group(pg_url, trees):
    """A user who talked to an operator and then sends /forget: the confirmation says the
    conversation goes from the operators' chat too, and after "yes" the topic (the case,
    the user's copied words, the operator's replies) is deleted there through the outbox;
    another user's topic stays."""
    vt = VirtualTime(almaty(2026, 12, 10, 10, 0))
    pacer = RecordingPacer(vt)
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        async with running_bot(api, pg_url, trees, admin_ids=str(ADMIN), operators_chat_id=OPS,
                               app_options={"pacer": pacer, "clock": vt.utc}) as app:
            desk = app.dispatcher["handoff"]
            for user in (USER, USER_EN):
                result = await to_the_phone_screen(api, user, "ru")
                api.press(user, "🙋 Спросить человека", message_id=result["message_id"])
                await api.wait_until(lambda: any(t.startswith("Ваш вопрос передан") for t in texts_to(api, user)), what="opened")
            await api.wait_until(lambda: len(topics_made(api)) == 2, what="two topics")
            assert await nothing_waits(desk)
            mine, other = [(await desk.handoffs.current(u)).topic_id for u in (USER, USER_EN)]
            api.push_message(USER, "Я в Узбекистане")
            await api.wait_until(lambda: len(api.topic_messages(OPS, mine)) == 2, what="the copy in the topic")

            n = len(texts_to(api, USER))
            api.push_message(USER, "/forget")
            await api.wait_until(lambda: len(texts_to(api, USER)) > n, what="the confirmation")
            assert "Ваши переписки с сотрудниками (1) будут удалены и из чата операторов" in texts_to(api, USER)[-1]
            api.press(USER, "Да, удалить")
            await api.wait_until(lambda: mine not in api.topics[OPS], what="the topic deleted")
            assert other in api.topics[OPS] and api.topic_messages(OPS, mine) == []
            assert api.calls("deleteForumTopic") == [{"chat_id": OPS, "message_thread_id": mine}]
            assert await nothing_waits(desk)
            # nothing of the user is left in the outbox: the done row names only the group and topic
            async with app.database.sessions() as s:
                from sqlalchemy import select

                from storage.models import HandoffMessage

                rows = (await s.execute(select(HandoffMessage.kind, HandoffMessage.handoff_id, HandoffMessage.from_chat_id, HandoffMessage.text)
                                        .where(HandoffMessage.kind == "delete"))).all()
            assert rows == [("delete", None, None, None)]
        assert api.violations == []


async def test_a_topic_made_while_the_user_was_forgetting_is_deleted_again(sqlite_url):
    """The relay had taken the case to send and was opening its topic when the user's
    /forget deleted the hand-off: the new topic must not stay in the group with the case."""
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    from bot.handoff import HandoffRelay

    db = Database(sqlite_url)
    await db.migrate()
    users = Users(db)
    await users.ensure(USER, "ru")
    repo = Handoffs(db)
    now = dt.datetime(2026, 12, 10, 5, 0, tzinfo=dt.timezone.utc)
    await repo.open(USER, "kandas", "ru", now, lambda hid: [Outgoing(TEXT, f"case {hid}")])
    vt = VirtualTime(now)
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
        relay = HandoffRelay(db, bot, OPS, RecordingPacer(vt), title=lambda h: f"#{h.id}", clock=vt.utc)
        make_topic = bot.create_forum_topic

        async def forgotten_meanwhile(**kw):
            topic = await make_topic(**kw)
            await users.forget(USER)  # /forget lands between the topic and its first message
            return topic

        bot.create_forum_topic = forgotten_meanwhile
        assert await relay.run_once() == 1
        while await relay.run_once():  # the new topic's deletion, queued like any send to the group
            pass
        made = [r for r in api.requests if r.method == "createForumTopic" and r.error is None]
        assert len(made) == 1 and api.topics[OPS] == {}  # made, then deleted again
        assert [c["message_thread_id"] for c in api.calls("deleteForumTopic")] == [made[0].result["message_thread_id"]]
        assert [m for m in api.chats[OPS].values() if "case" in (m.get("text") or "")] == []
        assert await repo.waiting() == 0
        assert api.violations == []
        await bot.session.close()
    await db.close()
