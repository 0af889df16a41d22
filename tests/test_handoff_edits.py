"""A message corrected during a hand-off (an edited message) goes to the operator,
marked as a correction; the user is told so, briefly and in their language, and the
dialog's "I do not read edited messages" with its screen sent again does not come.
The real bot, the Bot API double (forum topics) and the outbox on SQLite."""

from __future__ import annotations

import asyncio

from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, running_bot
from tests.test_handoff import ADMIN, OPS, RecordingPacer, VirtualTime, almaty, buttons, texts_to, to_the_phone_screen, topics_made

USER = 5201
WRONG, RIGHT = "Hello, my permit is valid until 31.12.2062", "Hello, my permit is valid until 31.12.2026"
NOT_READ = "I do not read edited messages"  # the dialog's answer to an edit (error-edited-message)
PASSED = "✏️ Your correction has been passed to the operator."
CORRECTION = "✏️ Пользователь исправил ранее отправленное сообщение"  # the note, in the operators' language (ru)


def edit(api: BotAPIDouble, message: dict, text: str) -> None:
    """The user edits `message` as Telegram does it: the stored message changes (a copy
    made later shows the new text) and an edited_message update comes."""
    api.chats[message["chat"]["id"]][message["message_id"]]["text"] = text
    api.push_update({"edited_message": {**message, "text": text, "edit_date": int(message["date"]) + 5}})


async def test_a_message_edited_during_a_hand_off_reaches_the_operator_as_a_correction(sqlite_url, trees):
    vt = VirtualTime(almaty(2026, 12, 10, 10, 0))  # a Thursday, in working hours
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        async with running_bot(api, sqlite_url, trees, admin_ids=str(ADMIN), operators_chat_id=OPS,
                               app_options={"pacer": RecordingPacer(vt), "clock": vt.utc}) as app:
            result = await to_the_phone_screen(api, USER, "en")
            n = len(texts_to(api, USER))
            api.press(USER, "🙋 Ask a person", message_id=result["message_id"], language_code="en")
            await api.wait_until(lambda: len(texts_to(api, USER)) > n, what="the hand-off opened")
            opened = api.last_bot_message(USER)
            session_before = await app.dispatcher["conversation"].sessions.load(USER)

            sent = dict(api.push_message(USER, WRONG, language_code="en")["message"])
            await api.wait_until(lambda: topics_made(api) and any(m.get("text") == WRONG for m in api.topic_messages(OPS, topics_made(api)[0]["message_thread_id"])),
                                 what="the message in the topic")
            thread = topics_made(api)[0]["message_thread_id"]
            in_topic = len(api.topic_messages(OPS, thread))
            n, requests = len(texts_to(api, USER)), len(api.requests)

            edit(api, sent, RIGHT)
            await api.wait_until(lambda: len(api.topic_messages(OPS, thread)) >= in_topic + 2, what="the correction in the topic")
            await api.wait_until(lambda: len(texts_to(api, USER)) > n, what="the user told")
            await asyncio.sleep(0.3)  # anything else the bot would send

            # the operator: a note that what follows is a correction, then the message as it reads now
            note, corrected = api.topic_messages(OPS, thread)[in_topic:in_topic + 2]
            assert note["text"].startswith(CORRECTION)
            assert corrected["text"] == RIGHT
            assert len(api.topic_messages(OPS, thread)) == in_topic + 2

            # the user: one short note in English, not the dialog's answer to an edit nor the ☎️ screen again
            assert texts_to(api, USER)[n:] == [PASSED]
            to_user = [r for r in api.requests[requests:] if r.params.get("chat_id") == USER]
            assert [r.method for r in to_user] == ["sendMessage"]  # no keyboard stripped, no screen edited
            assert not any(NOT_READ in t or t.startswith("☎️") for t in texts_to(api, USER)[n:])
            assert buttons(api.last_bot_message(USER)) == []  # no "🙋 Ask a person" while one is open
            assert (await app.dispatcher["conversation"].sessions.load(USER)) == session_before
            assert (await app.dispatcher["handoff"].handoffs.current(USER)) is not None

            # the hand-off ended: an edit is the dialog's again, and nothing more goes to the topic
            api.press(USER, "✖️ End the conversation", message_id=opened["message_id"], language_code="en")
            await api.wait_until(lambda: api.topics[OPS][thread]["closed"], what="the topic closed")
            in_topic, n = len(api.topic_messages(OPS, thread)), len(texts_to(api, USER))
            edit(api, sent, WRONG)
            await api.wait_until(lambda: len(texts_to(api, USER)) > n, what="the dialog's answer")
            await asyncio.sleep(0.3)
            assert texts_to(api, USER)[n].startswith(NOT_READ)
            assert len(api.topic_messages(OPS, thread)) == in_topic
        assert api.violations == [] and api.errors == []
