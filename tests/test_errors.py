"""What a user sees when something fails mid-step: Telegram answering 500 to the edit
that shows their next question, and a user who has blocked the bot."""

from __future__ import annotations

import asyncio

from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, USER, reply, running_bot


async def _first_question(api) -> dict:
    """/start in English, then the first service question: the message that shows it."""
    api.push_message(USER, "/start", language_code="en")
    await reply(api, 0)
    api.press(USER, "👷 A foreigner, I want to work")
    await api.wait_until(lambda: "Where or how will you work?" in api.last_bot_message(USER)["text"], what="the question")
    return api.last_bot_message(USER)


async def test_a_failed_step_apologises_and_keeps_the_answer(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        question = await _first_question(api)
        before = await app.dispatcher["conversation"].sessions.load(USER)
        n = len(api.sent_texts(USER))

        api.fail_next("editMessageText", 500, "Internal Server Error")
        api.press(USER, "In a private household")
        text = await reply(api, n)
        assert "Something went wrong on our side" in text and "answers are saved" in text  # in the user's language
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered (no endless spinner)")
        assert all(r.error is None for r in api.requests if r.method == "answerCallbackQuery")  # answered once, not twice
        stored = await app.dispatcher["conversation"].sessions.load(USER)
        assert stored != before and stored["parent"]["node"] == before["node"]  # the answer was saved before the screen failed
        n = len(api.sent_texts(USER))

        # trying again on the old message: it says the button is stale and shows where they are
        api.press(USER, "In a private household", message_id=question["message_id"])
        await api.wait_until(lambda: "Who are you?" in api.last_bot_message(USER)["text"], what="the next question")
        assert "out of date" in api.calls("answerCallbackQuery")[-1]["text"]
        assert api.violations == []


async def test_a_user_who_blocked_the_bot_is_marked_inactive_until_they_write_again(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        users = app.dispatcher["users"]
        api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
        api.push_message(USER, "/start")
        await api.wait_until(lambda: api.calls("sendMessage"), what="the attempt to answer")
        for _ in range(50):
            user = await users.get(USER)
            if user is not None and not user.active:
                break
            await asyncio.sleep(0.05)
        assert user is not None and not user.active  # reminders are not sent to someone who blocked the bot
        api.push_message(USER, "/start")
        assert "Здравствуйте" in await reply(api, 0)
        assert (await users.get(USER)).active


async def test_a_step_whose_database_write_fails_does_not_strand_the_user(sqlite_url, trees):
    """State in memory: the step reaches the conversation data, then the database write
    fails (the database blinked). The user gets the apology; pressing the old message
    shows where they are, and the step reaches the database with the next write."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        sessions = app.dispatcher["conversation"].sessions
        question = await _first_question(api)
        n = len(api.sent_texts(USER))

        real = sessions._write
        failures = [1]

        async def blinking(pending):
            if failures:
                failures.pop()
                raise ConnectionError("database blinked")
            return await real(pending)

        sessions._write = blinking
        api.press(USER, "In a private household")
        assert "Something went wrong on our side" in await reply(api, n)

        api.press(USER, "In a private household", message_id=question["message_id"])
        await api.wait_until(lambda: "Who are you?" in api.last_bot_message(USER)["text"], what="the current question again")
        api.press(USER, "A foreigner who wants to work")
        await api.wait_until(lambda: "Which country" in api.last_bot_message(USER)["text"], what="the dialog going on")
        stored = await sessions.load(USER)
        assert stored["parent"] and stored["history"]  # the steps are in the database
        assert api.violations == []


async def test_a_command_whose_screen_fails_does_not_strand_the_user(sqlite_url, trees):
    """/back moves the dialog back, then sending its screen fails: the old question's
    buttons, pressed, show where the user is now."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        question = await _first_question(api)
        n = len(api.sent_texts(USER))
        api.fail_next("sendMessage", 500, "Internal Server Error")
        api.push_message(USER, "/back")
        assert "Something went wrong on our side" in await reply(api, n)
        api.press(USER, "In a private household", message_id=question["message_id"])
        await api.wait_until(lambda: "out of date" in api.last_bot_message(USER)["text"]
                             and "Choose who you are" in api.last_bot_message(USER)["text"], what="the menu, where /back led")
        assert api.violations == []


async def test_a_step_whose_screen_never_followed_leads_on_when_pressed_later(sqlite_url, trees, monkeypatch):
    """The process dies between saving a step and showing it (here: the showing is
    cut off, as a SIGKILL would). The old screen's buttons, pressed later, say "out of
    date" and show the current question — not taken for a double tap."""
    import asyncio as aio

    from bot.telegram.handlers import dialog

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        question = await _first_question(api)

        real = dialog.show_and_remember

        async def cut_off(*args, **kwargs):
            raise aio.CancelledError  # the process is gone: nothing after the save runs

        monkeypatch.setattr(dialog, "show_and_remember", cut_off)
        api.press(USER, "In a private household")
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        await aio.sleep(0.2)
        monkeypatch.setattr(dialog, "show_and_remember", real)
        monkeypatch.setattr(dialog, "DOUBLE_TAP_SECONDS", 0.0)  # later than a double tap

        api.press(USER, "In a private household", message_id=question["message_id"])
        await api.wait_until(lambda: "Who are you?" in api.last_bot_message(USER)["text"], what="the current question")
        assert "out of date" in api.last_bot_message(USER)["text"]
