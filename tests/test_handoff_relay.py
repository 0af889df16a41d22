"""What an operator writes in a hand-off's topic reaches the user as written: links
and formatting kept (Telegram's entities, offsets in UTF-16 code units, shifted past
the "🙋 Operator:" label), a long reply split with the label starting its first
message and every entity inside the message it falls in; media copied with their
captions. And an operator's /close for a user who blocked the bot says so in the
topic. The real bot, the Bot API double (forum topics, requests checked against the
Bot API's api.json) and the outbox on SQLite."""

from __future__ import annotations

import asyncio
import copy

from aiogram.types import MessageEntity

from bot.telegram.handlers.handoff import operator_parts
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, running_bot
from tests.test_handoff import ADMIN, OPS, RecordingPacer, VirtualTime, almaty, texts_to, to_the_phone_screen, topics_made

USER = 5301
LABEL = "🙋 Оператор:\n"
EGOV = "https://egov.kz/cms/ru/services/migration"


def u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def span(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    """(offset, length) of `piece` in `text` as Telegram counts them (UTF-16 code units)."""
    i = text.index(piece, after)
    return u16(text[:i]), u16(piece)


def covered(text: str, entity: dict) -> str:
    """The text an entity covers, read in UTF-16 code units as Telegram does."""
    units = text.encode("utf-16-le")
    return units[2 * entity["offset"]:2 * (entity["offset"] + entity["length"])].decode("utf-16-le")


async def open_hand_off(api: BotAPIDouble, user: int) -> int:
    result = await to_the_phone_screen(api, user, "ru")
    api.press(user, "🙋 Спросить человека", message_id=result["message_id"])
    await api.wait_until(lambda: topics_made(api) and api.topic_messages(OPS, topics_made(api)[0]["message_thread_id"]),
                         what="the topic and its case")
    return topics_made(api)[0]["message_thread_id"]


def operator_writes(api: BotAPIDouble, thread: int, **fields) -> dict:
    """An operator's message in the topic as Telegram sends it, formatting and all."""
    msg = api._store(OPS, {"from": {"id": ADMIN, "is_bot": False, "first_name": "Op", "language_code": "ru"},
                           "message_thread_id": thread, "is_topic_message": True, **fields})
    return api.push_update({"message": copy.deepcopy(msg)})


def sends_to(api: BotAPIDouble, chat_id: int, method: str = "sendMessage") -> list[dict]:
    return [r.params for r in api.requests if r.method == method and r.error is None and r.params.get("chat_id") == chat_id]


async def test_an_operators_link_and_bold_reach_the_user_at_their_place(sqlite_url, trees):
    vt = VirtualTime(almaty(2026, 12, 10, 10, 0))
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        async with running_bot(api, sqlite_url, trees, admin_ids=str(ADMIN), operators_chat_id=OPS,
                               app_options={"pacer": RecordingPacer(vt), "clock": vt.utc}):
            thread = await open_hand_off(api, USER)
            # Cyrillic and an emoji (two UTF-16 units) before the link and the bold word
            text = "Здравствуйте 👋 Запишитесь здесь 📌 это очень важно."
            link, bold = span(text, "здесь"), span(text, "важно")
            n = len(sends_to(api, USER))
            operator_writes(api, thread, text=text, entities=[
                {"type": "text_link", "offset": link[0], "length": link[1], "url": EGOV},
                {"type": "bold", "offset": bold[0], "length": bold[1]},
            ])
            await api.wait_until(lambda: len(sends_to(api, USER)) > n, what="the reply passed to the user")
            sent = sends_to(api, USER)[n:]
            assert len(sent) == 1 and sent[0]["text"] == LABEL + text
            entities = sent[0]["entities"]
            assert [(e["type"], covered(sent[0]["text"], e)) for e in entities] == [("text_link", "здесь"), ("bold", "важно")]
            assert entities[0]["url"] == EGOV
            assert entities[0]["offset"] == link[0] + u16(LABEL) and entities[1]["offset"] == bold[0] + u16(LABEL)
            assert "parse_mode" not in sent[0]

            # a plain reply: no entities sent
            n = len(sends_to(api, USER))
            api.push_group_message(OPS, ADMIN, "Спасибо!", thread_id=thread)
            await api.wait_until(lambda: len(sends_to(api, USER)) > n, what="the plain reply")
            assert sends_to(api, USER)[-1]["text"] == LABEL + "Спасибо!" and "entities" not in sends_to(api, USER)[-1]

            # a photo with a formatted caption: copied, so Telegram keeps the caption and its entities
            n = len(sends_to(api, USER, "copyMessage"))
            caption = "Образец 👇 заявления"
            photo = operator_writes(api, thread, photo=[{"file_id": "p1", "file_unique_id": "p1", "width": 1, "height": 1}],
                                    caption=caption, caption_entities=[{"type": "bold", "offset": span(caption, "заявления")[0], "length": 9}])
            await api.wait_until(lambda: len(sends_to(api, USER, "copyMessage")) > n, what="the photo copied")
            copied = sends_to(api, USER, "copyMessage")[-1]
            assert copied["from_chat_id"] == OPS and copied["message_id"] == photo["message"]["message_id"]
            assert "caption" not in copied and "caption_entities" not in copied  # not replaced: the original stays
        assert api.violations == []


async def test_a_long_reply_starts_with_the_label_and_keeps_its_entities_in_each_part(sqlite_url, trees):
    vt = VirtualTime(almaty(2026, 12, 10, 10, 0))
    # one paragraph of 6,000 characters: a link at the start, a bold run across the cut,
    # an emoji and an italic word in the second part
    head = "Запишитесь здесь и возьмите паспорт. "
    bold_text = " ".join(["важно"] * 30)
    before_bold = head + "слово " * ((4000 - len(head)) // 6)
    tail = "ещё " * 200 + "👋 смотрите сайт " + "конец " * 100
    text = before_bold + bold_text + " " + tail
    assert len(text) > 4096 and "\n" not in text
    link, bold = span(text, "здесь"), span(text, bold_text)
    italic = span(text, "сайт")
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        async with running_bot(api, sqlite_url, trees, admin_ids=str(ADMIN), operators_chat_id=OPS,
                               app_options={"pacer": RecordingPacer(vt), "clock": vt.utc}):
            thread = await open_hand_off(api, USER)
            n = len(sends_to(api, USER))
            operator_writes(api, thread, text=text, entities=[
                {"type": "text_link", "offset": link[0], "length": link[1], "url": EGOV},
                {"type": "bold", "offset": bold[0], "length": bold[1]},
                {"type": "italic", "offset": italic[0], "length": italic[1]},
            ])
            await api.wait_until(lambda: len(sends_to(api, USER)) >= n + 2, what="the long reply")
            await asyncio.sleep(0.3)
            parts = sends_to(api, USER)[n:]
        assert api.violations == []
    assert len(parts) == 2 and all(len(p["text"]) <= 4096 for p in parts)
    # the label starts the first message, with the text after it (not a message of its own)
    assert parts[0]["text"].startswith(LABEL + "Запишитесь здесь") and len(parts[0]["text"]) > 4000
    assert parts[0]["text"][len(LABEL):] + " " + parts[1]["text"] == text
    found = []
    for p in parts:
        for e in p["entities"]:
            assert 0 <= e["offset"] and e["offset"] + e["length"] <= u16(p["text"])  # none crosses a message's edge
            found.append((e["type"], covered(p["text"], e)))
    bolds = [t for kind, t in found if kind == "bold"]
    assert len(bolds) == 2 and " ".join(bolds) == bold_text  # cut at a space inside it: half in each
    assert [f for f in found if f[0] != "bold"] == [("text_link", "здесь"), ("italic", "сайт")]
    assert parts[0]["entities"][0]["url"] == EGOV


def test_operator_parts_cut_entities_at_every_edge():
    label = "🙋 Op:"
    text = "😀😀 abc defgh ijklmnopqrstuvwxyz\nend"
    entities = [MessageEntity(type="bold", offset=0, length=u16(text)),  # all of it
                MessageEntity(type="custom_emoji", offset=0, length=2, custom_emoji_id="5"),
                MessageEntity(type="code", offset=span(text, "nopqrstu")[0], length=8)]  # across a hard cut
    parts = operator_parts(label, text, entities, limit=16)
    assert [p for p, _ in parts] == ["🙋 Op:\n😀😀 abc", "defgh ijklmnopqr", "stuvwxyz\nend"]
    for piece, found in parts:
        assert len(piece) <= 16 and all(e.offset + e.length <= u16(piece) and e.type != "custom_emoji" for e in found)
    # the label is not bold: the bold starts after it; each part carries its share
    assert [[(e.type, covered(piece, e.model_dump())) for e in found] for piece, found in parts] == [
        [("bold", "😀😀 abc")], [("bold", "defgh ijklmnopqr"), ("code", "nopqr")], [("bold", "stuvwxyz\nend"), ("code", "stu")]]
    assert operator_parts(label, "short", None) == [("🙋 Op:\nshort", [])]
    # one word after a long one: the first message is not the label and a word, but full
    long_word = operator_parts(label, "Ответ " + "x" * 50, None, limit=30)
    assert [len(p) for p, _ in long_word] == [30, 30, 2] and long_word[0][0].startswith("🙋 Op:\nОтвет xxx")


async def test_close_for_a_user_who_blocked_the_bot_says_so_in_the_topic(sqlite_url, trees):
    vt = VirtualTime(almaty(2026, 12, 10, 10, 0))
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        async with running_bot(api, sqlite_url, trees, admin_ids=str(ADMIN), operators_chat_id=OPS,
                               app_options={"pacer": RecordingPacer(vt), "clock": vt.utc}) as app:
            thread = await open_hand_off(api, USER)
            api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
            api.push_group_message(OPS, ADMIN, "/close", thread_id=thread)
            await api.wait_until(lambda: api.topics[OPS][thread]["closed"], what="the topic closed")
            notes = [m.get("text") for m in api.topic_messages(OPS, thread)]
            assert notes[-1] == "Разговор завершён. Пользователь заблокировал бота: сообщение о завершении ему не доставлено."
            assert "Разговор завершён, пользователю сообщили." not in notes
            assert [r.error for r in api.requests if r.method == "sendMessage" and r.params.get("chat_id") == USER][-1].startswith("Forbidden")
            assert not (await app.dispatcher["users"].get(USER)).active
            assert (await app.dispatcher["handoff"].handoffs.current(USER)) is None

            # /close again: closed already, nothing more in the topic nor to the user
            by_bot = lambda: [m for m in api.topic_messages(OPS, thread) if m["from"]["is_bot"]]  # noqa: E731
            in_topic, n = len(by_bot()), len(api.calls("sendMessage"))
            api.push_group_message(OPS, ADMIN, "/close", thread_id=thread)
            await asyncio.sleep(0.5)
            assert len(by_bot()) == in_topic and len(api.calls("sendMessage")) == n
            assert texts_to(api, USER)[-1].startswith("Ваш вопрос передан")  # the close never reached them
        assert api.violations == []
