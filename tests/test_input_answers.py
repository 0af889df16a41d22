"""What the user reads when what they send is not the answer the bot asked for (audit,
input answers): a mistyped or unknown command at a question, a date in another century,
a PDF after /roster, a second tap on /forget's confirmation, a forged first-language
press, and /mydata for a colleague who joined a company. The real aiogram bot against
the Bot API double; expected texts come from the locales, never from the handlers."""

from __future__ import annotations

import asyncio
import io
import re
import time

import pytest

from dialogs.runtime.i18n import Localizer
from dialogs.runtime.render import Renderer
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, USER, running_bot

T = Renderer(Localizer()).t
COLLEAGUE = 5002


async def replies(api, user: int, before: int, timeout: float = 5) -> list[str]:
    """The bot's texts to `user` after the first `before`, once none has come for 0.2 s."""
    await api.wait_until(lambda: len(api.sent_texts(user)) > before, timeout=timeout, what=f"a reply to {user}")
    await api.wait_until(lambda: not api.open_callbacks, timeout=timeout, what="every press answered")
    count, quiet = len(api.sent_texts(user)), 0.0
    while quiet < 0.2:
        await asyncio.sleep(0.05)
        now = len(api.sent_texts(user))
        count, quiet = now, (quiet + 0.05 if now == count else 0.0)
    return api.sent_texts(user)[before:]


async def say(api, text: str, lang: str, user: int = USER) -> str:
    n = len(api.sent_texts(user))
    api.push_message(user, text, language_code=lang)
    return "\n".join(await replies(api, user, n))


async def press_first(api, lang: str, user: int = USER) -> str:
    """Press the first button of the bot's last message (labels differ by language)."""
    message = api.last_bot_message(user)
    data = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    n = len(api.sent_texts(user))
    api.push_callback(user, data, message["message_id"], language_code=lang)
    return "\n".join(await replies(api, user, n))


async def send_document(api, app, user: int, data: bytes, name: str, mime: str, lang: str) -> None:
    async def download(*_a, **_kw):
        return io.BytesIO(data)

    app.bot.download = download
    doc = {"file_id": f"f{user}{time.time()}", "file_unique_id": f"u{user}{time.time()}", "file_name": name,
           "file_size": len(data), "mime_type": mime}
    api.push_update({"message": api._store(user, {"from": api._user(user, "Test", lang), "document": doc})})


async def to_the_expiry_question(api, lang: str) -> str:
    """/track → the permit kind → "my permit": the question "the permit's last day" (a date)."""
    await say(api, "/track", lang)
    await press_first(api, lang)
    return await press_first(api, lang)


async def session_of(app, user: int = USER) -> dict:
    await app.dispatcher["conversation"].sessions.flush()
    return await app.dispatcher["conversation"].sessions.load(user)


# -- 1. /mydata of a colleague who joined a company -----------------------------------------

@pytest.mark.parametrize("lang", ["ru", "tg"])
async def test_mydata_of_a_colleague_lists_the_company_and_never_says_nothing_but_the_language(sqlite_url, trees, lang):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, link_secret="s") as app:
        await say(api, "/start", "ru")
        n = len(api.sent_texts(USER))
        await send_document(api, app, USER, "name;permit_expiry\nАйгерим;31.12.2026\nБек;30.06.2027\n".encode(),
                            "ТОО Тест.csv", "text/csv", "ru")
        await replies(api, USER, n)
        link = re.search(r"start=(\S+)", await say(api, "/invite", "ru")).group(1)
        joined = await say(api, "/start " + link, lang, COLLEAGUE)  # a deep link with a payload still works
        assert joined == T(lang, "invite-joined", count=2)

        summary = await say(api, "/mydata", lang, COLLEAGUE)
        assert T(lang, "mydata-company", company="ТОО Тест", role="member", workers=2, digest="yes") in summary
        assert T(lang, "mydata-none") not in summary
        if lang == "ru":
            assert "компания «ТОО Тест»: вы участник, работников в списке: 2" in summary
            assert "ничего, кроме языка" not in summary

        # someone the bot holds nothing about but the language: said so
        first = await say(api, "/mydata", lang, 5003)
        assert T(lang, "mydata-none") in first
        assert api.violations == [] and api.errors == []


# -- 2. a mistyped or unknown command mid-dialog ----------------------------------------------

@pytest.mark.parametrize("lang", ["ru", "kk"])
async def test_an_unknown_or_mistyped_command_at_a_date_question_is_not_taken_as_the_date(sqlite_url, trees, lang):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        question = await to_the_expiry_question(api, lang)
        before = await session_of(app)
        unknown = T(lang, "error-unknown-command")
        if lang == "ru":
            assert unknown.startswith("Такой команды я не знаю") and "/help" in unknown
        for typed in ("/foo", "/stauts", "/status@other_bot", "/start@other_bot", "/"):
            text = await say(api, typed, lang)
            # the notice, then the same question: the place and the answers as they were
            assert text == unknown + "\n\n" + question, (typed, text)
            assert await session_of(app) == before
        # /STATUS or /Status is the bot's own /status: never read as a date nor unknown
        for typed in ("/STATUS", "/Status"):
            text = await say(api, typed, lang)
            assert T(lang, "date-error-format") not in text and await session_of(app) == before
            assert unknown not in text, (typed, text)
        # the bot's commands in any case still work
        help_text = await say(api, "/HELP", lang)
        assert help_text.startswith(T(lang, "help-text"))
        assert await session_of(app) == before
        menu = await say(api, "/Menu", lang)
        assert unknown not in menu and T(lang, "date-error-format") not in menu
        assert (await session_of(app))["tree_id"] != "track"  # the menu, the dialog one ⬅️ away
        welcome = await say(api, "/START", lang)
        assert welcome.startswith(T(lang, "welcome"))
        assert api.violations == [] and api.errors == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
async def test_an_unknown_command_at_a_choice_question_is_not_searched(sqlite_url, trees, lang):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        await say(api, "/start", lang)
        question = await say(api, "/track", lang)  # a choice: which permit
        before = await session_of(app)
        for typed in ("/foo", "/разрешение", "/labour@other_bot"):
            text = await say(api, typed, lang)
            assert text == T(lang, "error-unknown-command") + "\n\n" + question, (typed, text)
            assert await session_of(app) == before
        # the first thing ever sent is a mistyped command: the notice and the menu
        first = await say(api, "/strat", lang, 5004)
        assert first.startswith(T(lang, "error-unknown-command") + "\n\n")
        assert api.violations == [] and api.errors == []


# -- 3a. a date in another century ---------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ru", "en"])
async def test_a_date_in_another_century_is_told_to_check_the_year(sqlite_url, trees, lang):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        question = await to_the_expiry_question(api, lang)
        before = await session_of(app)
        for typed, year in (("31.12.1826", 1826), ("31.12.2226", 2226), ("1826-12-31", 1826)):
            text = await say(api, typed, lang)
            assert T(lang, "date-error-year", typed=typed, year=year) in text, text
            assert T(lang, "date-error-format") not in text
            assert await session_of(app) == before
        if lang == "ru":
            assert "В дате 31.12.1826 год 1826" in await say(api, "31.12.1826", lang)
        # within the century but out of the question's range: the range is named
        assert "31.12.2126" in (text := await say(api, "31.12.2126", lang)) and T(lang, "date-error-format") not in text
        assert await session_of(app) == before
        # the right date still goes on
        await say(api, "31.12.2026", lang)
        after = await session_of(app)
        assert after["answers"]["expiry"] == "2026-12-31" and after["node"] != before["node"]
        assert question  # the question was shown
        assert api.violations == [] and api.errors == []


# -- 3b. a PDF after /roster ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ru", "kk"])
async def test_a_pdf_sent_after_roster_is_told_to_be_sent_as_csv_or_xlsx(sqlite_url, trees, lang):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        screen = await say(api, "/start", lang)
        await say(api, "/roster", lang)
        before = await session_of(app)
        n = len(api.sent_texts(USER))
        await send_document(api, app, USER, b"%PDF-1.4 a scan", "scan.pdf", "application/pdf", lang)
        text = "\n".join(await replies(api, USER, n))
        notice = T(lang, "error-file-not-roster")
        assert text.startswith(notice + "\n\n") and T(lang, "error-unsupported-message") not in text
        if lang == "ru":
            assert "CSV или XLSX" in notice and "/roster" in notice
        assert text.endswith("\n\n" + screen.rsplit("\n\n", 1)[-1])  # the screen the user was at (the menu), again
        assert await session_of(app) == before
        # a photo is still "text and buttons only"
        n = len(api.sent_texts(USER))
        api.push_update({"message": api._store(USER, {"from": api._user(USER, "Test", lang),
                                                      "photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]})})
        assert "\n".join(await replies(api, USER, n)).startswith(T(lang, "error-unsupported-message"))
        assert api.violations == [] and api.errors == []


# -- 4a. a double tap on /forget's confirmation ---------------------------------------------------

async def _forget_tapped_twice(api, app, lang: str) -> list[dict]:
    await say(api, "/start", lang)
    await say(api, "/forget", lang)
    confirm = api.last_bot_message(USER)
    yes = confirm["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    answered = len(api.calls("answerCallbackQuery"))
    n = len(api.sent_texts(USER))
    api.push_callback(USER, yes, confirm["message_id"], language_code=lang)
    api.push_callback(USER, yes, confirm["message_id"], language_code=lang)
    await replies(api, USER, n)
    await api.wait_until(lambda: len(api.calls("answerCallbackQuery")) >= answered + 2, what="both presses answered")
    assert api.sent_texts(USER)[n:] == [T(lang, "forget-done")]
    assert await app.dispatcher["users"].get(USER) is None
    return api.calls("answerCallbackQuery")[answered:]


@pytest.mark.parametrize("lang", ["ru", "ky"])
async def test_a_second_tap_on_forget_yes_says_done_and_does_not_invite_forget_again(sqlite_url, trees, lang):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        first, second = await _forget_tapped_twice(api, app, lang)
        assert second.get("text") == T(lang, "forget-done") and not second.get("show_alert")
        assert T(lang, "forget-stale") not in (first.get("text") or "") + (second.get("text") or "")
        if lang == "ru":
            assert second["text"].startswith("Готово: все ваши данные удалены")
        assert await app.dispatcher["users"].get(USER) is None  # the second press brought nobody back
        # a made-up confirmation from someone whose data is there is still refused, with the way to do it
        await say(api, "/start", lang, COLLEAGUE)
        await say(api, "/forget", lang, COLLEAGUE)
        answered = len(api.calls("answerCallbackQuery"))
        api.push_callback(COLLEAGUE, "f:y:deadbeef", language_code=lang, check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="the forged press answered")
        forged = api.calls("answerCallbackQuery")[answered]
        assert forged["text"] == T(lang, "forget-stale") and forged.get("show_alert")
        assert await app.dispatcher["users"].get(COLLEAGUE) is not None
        assert api.violations == [] and api.errors == []


async def test_a_second_tap_on_forget_yes_says_done_on_postgresql_and_redis(pg_url, redis_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, pg_url, trees, redis_url) as app:
        _first, second = await _forget_tapped_twice(api, app, "ky")
        assert second.get("text") == T("ky", "forget-done") and not second.get("show_alert")
        assert api.violations == [] and api.errors == []


# -- 4b. a forged first-language press -------------------------------------------------------------

@pytest.mark.parametrize("lang", ["kk", "ru"])
async def test_a_forged_first_language_press_is_answered_in_the_users_language(sqlite_url, trees, lang):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        await say(api, "/start", lang)
        before = await session_of(app)
        for data in ("lang:xx", "lang:"):
            answered = len(api.calls("answerCallbackQuery"))
            api.push_callback(USER, data, language_code=lang, check_button=False)
            await api.wait_until(lambda: not api.open_callbacks, what="the forged press answered")
            assert api.calls("answerCallbackQuery")[answered]["text"] == T(lang, "error-stale-button-short")
        if lang == "kk":
            assert T("kk", "error-stale-button-short") != "Эта кнопка устарела."
        assert (await app.dispatcher["users"].get(USER)).language == lang
        assert await session_of(app) == before
        assert api.violations == [] and api.errors == []
