"""The screens in the real aiogram bot against the Bot API double (which checks every
request against api.json, HTML entities included): a dialog edited in place, a
result in HTML with an expandable blockquote, the first-contact language choice, a
deep link into a node, ticked documents surviving a restart. Played on the fixture
service tests/fixtures/screens, so the content rewrite cannot move these tests."""

import asyncio
import json
import shutil
from pathlib import Path

import pytest

import bot.app
from dialogs.runtime.engine import Engine
from dialogs.runtime.i18n import Localizer
from dialogs.model.loader import load_trees, read_tree
from dialogs.runtime.render import Renderer
from tests.botapi_double import BotAPIDouble, parse_html
from tests.test_e2e_telegram import TODAY, TOKEN, USER, running_bot

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "screens"


@pytest.fixture
def demo_trees(tmp_path, monkeypatch):
    """The fixture service alone (no menu tree: /start lists the services), with its
    texts added to a copy of the real locales."""
    locales = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", locales)
    for ftl in (FIXTURE / "locales").rglob("*.ftl"):
        shutil.copy(ftl, locales / ftl.parent.name / ftl.name)
    localizer = Localizer(locales)
    monkeypatch.setattr(bot.app, "build_renderer", lambda: Renderer(localizer))
    tree, problems = read_tree(FIXTURE / "trees" / "demo.yaml")
    assert tree is not None, problems
    return {"demo": tree}


def texts_of(api, method):
    return [(c.get("message_id"), c["text"]) for c in api.calls(method) if c.get("chat_id") == USER and "text" in c]


async def settle(api, what, predicate):
    await api.wait_until(predicate, what=what)


async def test_a_dialog_is_one_message_edited_in_place_and_the_result_stays(sqlite_url, demo_trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, demo_trees):
        api.push_message(USER, "/start", language_code="ru")
        await api.wait_for_sent(1, chat_id=USER)
        first = api.last_bot_message(USER)
        # welcome and menu: one message
        assert "Здравствуйте" in first["text"] and "Выберите услугу" in first["text"]
        assert "Демо-услуга" in [b["text"] for row in first["reply_markup"]["inline_keyboard"] for b in row]

        api.press(USER, "Демо-услуга")
        await settle(api, "the question", lambda: "Вы уже работали" in api.last_bot_message(USER)["text"])
        api.press(USER, "Нет, ни разу")
        await settle(api, "question 2", lambda: "В каком городе" in api.last_bot_message(USER)["text"])
        api.press(USER, "Алматы")
        await settle(api, "question 3", lambda: "До какого числа" in api.last_bot_message(USER)["text"])
        question = api.last_bot_message(USER)
        # three screens, one message: the welcome was edited into each question in turn
        assert question["message_id"] == first["message_id"]
        assert len(api.calls("sendMessage")) == 1 and len(api.calls("editMessageText")) == 3
        assert "Вопрос 2 из ~3" in question["text"] or "Вопрос 3 из ~3" in question["text"]

        # a typed answer: the result is a new message; the question keeps its text, loses its buttons
        api.push_message(USER, "31.12.2026")
        await settle(api, "the result", lambda: "Можно подавать" in api.last_bot_message(USER)["text"])
        result = api.last_bot_message(USER)
        assert result["message_id"] != question["message_id"]
        await settle(api, "the old keyboard gone", lambda: "reply_markup" not in api.chats[USER][question["message_id"]])
        assert "До какого числа" in api.chats[USER][question["message_id"]]["text"]

        # the result in HTML: the date in bold, grounds and notes in an expandable blockquote
        sent = next(c for c in api.calls("sendMessage") if "Можно подавать" in c["text"])
        assert sent["parse_mode"] == "HTML"
        assert "<b>31.12.2026</b>" in sent["text"]
        assert "<blockquote expandable>" in sent["text"] and "Основания:" in sent["text"]
        assert parse_html(sent["text"])[1] is None
        visible, _ = parse_html(sent["text"].split("<blockquote expandable>")[0])
        assert "Основания:" not in visible and visible.count("1414") == 1

        # Quotes: the quotes follow, the screen is not sent again
        n = len(api.calls("sendMessage"))
        api.press(USER, "📜 Цитаты")
        await settle(api, "the quotes", lambda: len(api.calls("sendMessage")) > n)
        assert "не допускаются к осуществлению трудовой деятельности" in api.calls("sendMessage")[-1]["text"]
        assert "Можно подавать" not in api.calls("sendMessage")[-1]["text"]

        # Share: a plain message to forward, with the link that opens the service
        n = len(api.calls("sendMessage"))
        api.press(USER, "↗️ Поделиться", message_id=result["message_id"])
        await settle(api, "the share text", lambda: len(api.calls("sendMessage")) > n)
        share = api.calls("sendMessage")[-1]
        assert share["text"].startswith("✅ Можно подавать до 31.12.2026.") and "reply_markup" not in share
        assert "https://t.me/test_bot?start=demo" in share["text"]

        # "нет" where a button is expected on the list question: typed words choose buttons
        api.press(USER, "📄 Документы (3)", message_id=result["message_id"])
        await settle(api, "the documents", lambda: "Документы:" in api.last_bot_message(USER)["text"])
        assert api.chats[USER][result["message_id"]]["text"].startswith("✅")  # the result stays in the chat

        await api.wait_until(lambda: not api.open_callbacks, what="every press answered")
        assert api.violations == [], api.violations


async def test_first_contact_without_a_known_language_asks_for_one(sqlite_url, demo_trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, demo_trees) as app:
        api.push_message(USER, "/start", language_code=None)
        await api.wait_for_sent(1, chat_id=USER)
        ask = api.last_bot_message(USER)
        labels = [b["text"] for row in ask["reply_markup"]["inline_keyboard"] for b in row]
        assert labels == ["Русский", "Қазақша", "English", "Oʻzbekcha", "Тоҷикӣ", "Кыргызча"]  # each in its own name
        api.press(USER, "Қазақша")
        await settle(api, "the welcome", lambda: "Сәлеметсіз бе" in api.last_bot_message(USER)["text"])
        welcome = api.last_bot_message(USER)
        assert welcome["message_id"] == ask["message_id"] and "Қызметті таңдаңыз" in welcome["text"]
        assert (await app.dispatcher["users"].get(USER)).language == "kk"
        # a known language_code goes straight to the welcome
        api.push_message(USER + 1, "/start", language_code="en-GB")
        await api.wait_for_sent(1, chat_id=USER + 1)
        assert "Hello" in api.sent_texts(USER + 1)[0]
        # Uzbek, Tajik and Kyrgyz Telegram settings get their language at once
        from dialogs.runtime.i18n import default_localizer

        for n, code in enumerate(("uz", "tg-TJ", "ky"), start=2):
            api.push_message(USER + n, "/start", language_code=code)
            await api.wait_for_sent(1, chat_id=USER + n)
            lang = code.split("-")[0]
            assert default_localizer().format(lang, "welcome")[:40] in api.sent_texts(USER + n)[0]
            assert (await app.dispatcher["users"].get(USER + n)).language == lang
        await api.wait_until(lambda: not api.open_callbacks, what="every press answered")
        assert api.violations == []


async def test_deep_link_opens_a_node_in_a_language(sqlite_url, demo_trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, demo_trees) as app:
        # the city comes after a question one of whose answers leads elsewhere: the link
        # asks that one first, under a line that says why, in the link's language
        api.push_message(USER, "/start demo__city__en", language_code="ru")
        await settle(api, "the first question", lambda: api.sent_texts(USER))
        first = api.sent_texts(USER)[0]
        assert first.startswith("A few questions first") and "Have you worked in Kazakhstan before?" in first
        assert (await app.dispatcher["users"].get(USER)).language == "en"
        api.press(USER, "No, never")
        await settle(api, "the node", lambda: "Which city do you live in?" in api.last_bot_message(USER)["text"])
        api.press(USER, "Astana")
        await settle(api, "the next question", lambda: "Until which day" in api.last_bot_message(USER)["text"])
        # a malformed or unknown payload: the menu with a one-line note
        api.push_message(USER + 1, "/start no_such__thing", language_code="ru")
        await api.wait_for_sent(1, chat_id=USER + 1)
        text = api.sent_texts(USER + 1)[0]
        assert text.startswith("Эта ссылка никуда не ведёт") and "Выберите услугу" in text
        assert api.violations == []


async def test_ticked_documents_survive_a_restart(pg_url, redis_url, demo_trees):
    async with BotAPIDouble(token=TOKEN) as api:
        async with running_bot(api, pg_url, demo_trees, redis_url):
            api.push_message(USER, "/start demo")
            await settle(api, "the question", lambda: api.sent_texts(USER))
            api.press(USER, "Нет, ни разу")
            await settle(api, "question 2", lambda: "В каком городе" in api.last_bot_message(USER)["text"])
            api.press(USER, "Астана")
            await settle(api, "question 3", lambda: "До какого числа" in api.last_bot_message(USER)["text"])
            api.push_message(USER, "31.12.2026")
            await settle(api, "the result", lambda: "Можно подавать" in api.last_bot_message(USER)["text"])
            api.push_message(USER, "документы")  # a typed word names the button
            await settle(api, "the documents", lambda: "Документы:" in api.last_bot_message(USER)["text"])
            checklist = api.last_bot_message(USER)
            api.press(USER, "☐ 1")
            await settle(api, "a tick", lambda: "☑ 1." in api.chats[USER][checklist["message_id"]]["text"])
            await api.wait_until(lambda: not api.open_callbacks, what="every press answered")
        # a new process: same Redis and PostgreSQL
        async with running_bot(api, pg_url, demo_trees, redis_url):
            api.press(USER, "☐ 2", message_id=checklist["message_id"])
            await settle(api, "the second tick", lambda: "☑ 2." in api.chats[USER][checklist["message_id"]]["text"])
            text = api.chats[USER][checklist["message_id"]]["text"]
            assert "☑ 1. Паспорт." in text and "☑ 2. Фотография." in text
            await api.wait_until(lambda: not api.open_callbacks, what="every press answered")
        assert api.violations == []


async def test_an_edit_that_fails_falls_back_gracefully(sqlite_url, demo_trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, demo_trees):
        api.push_message(USER, "/start demo")
        await settle(api, "the question", lambda: api.sent_texts(USER))
        question = api.last_bot_message(USER)
        # the message is gone (deleted by the user, or too old): the next screen comes as a new message
        api.fail_next("editMessageText", 400, "Bad Request: message to edit not found")
        api.press(USER, "Нет, ни разу")
        await settle(api, "a new message", lambda: api.last_bot_message(USER)["message_id"] != question["message_id"])
        assert "В каком городе" in api.last_bot_message(USER)["text"]
        # a double tap's edit that changes nothing: harmless, nothing else is sent
        sent = len(api.calls("sendMessage"))
        api.fail_next("editMessageText", 400, "Bad Request: message is not modified: specified new message content "
                                              "and reply markup are exactly the same")
        api.press(USER, "Алматы")
        await api.wait_until(lambda: not api.open_callbacks and api.calls("editMessageText")[-1:] and
                             len([r for r in api.requests if r.method == "editMessageText"]) >= 2, what="the edit")
        assert len(api.calls("sendMessage")) == sent
        assert api.violations == []


async def test_the_command_menu_is_set_in_every_language(sqlite_url, demo_trees):
    """setMyCommands per language: an Uzbek, Tajik or Kyrgyz Telegram shows the bot's
    commands in that language, each description from its own locale."""
    from bot.telegram.commands_menu import COMMANDS
    from dialogs.runtime.i18n import default_localizer
    from dialogs.runtime.languages import COMPLETE_LANGS

    from bot.app import build_renderer
    from bot.telegram.commands_menu import set_commands

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, demo_trees) as app:
        await set_commands(app.bot, build_renderer())  # what polling and webhook start-up do
        by_lang = {c.get("language_code"): c for c in api.calls("setMyCommands")}
        assert set(COMPLETE_LANGS) <= set(by_lang)
        for lang in COMPLETE_LANGS:
            commands = by_lang[lang]["commands"]
            commands = json.loads(commands) if isinstance(commands, str) else commands
            assert [c["command"] for c in commands] == list(COMMANDS)
            assert [c["description"] for c in commands] == [default_localizer().format(lang, f"cmd-{c}") for c in COMMANDS]
        assert by_lang["uz"]["commands"] != by_lang["ru"]["commands"]
        assert api.violations == []


async def test_a_double_tap_shows_the_next_screen_once_and_says_nothing_else(sqlite_url, demo_trees):
    """Two presses of one button before the first is handled: the first moves on, the
    second is answered quietly — no "out of date" notice, and a result that replaced the
    question is not sent a second time."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, demo_trees):
        api.push_message(USER, "/start demo")
        await settle(api, "the question", lambda: api.sent_texts(USER))
        question = api.last_bot_message(USER)
        # a question edited into the next one
        api.press(USER, "Нет, ни разу", message_id=question["message_id"])
        api.press(USER, "Нет, ни разу", message_id=question["message_id"])
        await settle(api, "the next question", lambda: "В каком городе" in api.chats[USER][question["message_id"]]["text"])
        await api.wait_until(lambda: len(api.calls("answerCallbackQuery")) == 2 and not api.open_callbacks, what="both presses answered")
        assert [c.get("text") for c in api.calls("answerCallbackQuery")] == [None, None]
        assert len(api.calls("sendMessage")) == 1 and len(api.calls("editMessageText")) == 1  # one message, edited once

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, demo_trees):
        api.push_message(USER, "/start demo")
        await settle(api, "the question", lambda: api.sent_texts(USER))
        question = api.last_bot_message(USER)
        long_answer = question["reply_markup"]["inline_keyboard"][2][0]["text"]  # leads straight to a result
        api.press(USER, long_answer, message_id=question["message_id"])
        api.press(USER, long_answer, message_id=question["message_id"])
        await api.wait_until(lambda: len(api.calls("answerCallbackQuery")) == 2 and not api.open_callbacks, what="both presses answered")
        await asyncio.sleep(0.3)  # anything the second press would send
        results = [t for t in api.sent_texts(USER) if "Очень длинный текст" in t]
        assert len(results) == 1, api.sent_texts(USER)
        assert [c.get("text") for c in api.calls("answerCallbackQuery")] == [None, None]
        assert api.violations == []


async def test_quotes_pressed_twice_at_once_are_sent_once(sqlite_url, demo_trees, monkeypatch):
    from bot.telegram.handlers import dialog

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, demo_trees):
        api.push_message(USER, "/start demo")
        await settle(api, "the question", lambda: api.sent_texts(USER))
        question = api.last_bot_message(USER)
        api.press(USER, question["reply_markup"]["inline_keyboard"][2][0]["text"])  # straight to a result
        await settle(api, "the result", lambda: "Очень длинный текст" in api.last_bot_message(USER)["text"])
        result = api.last_bot_message(USER)
        api.press(USER, "📜 Цитаты", message_id=result["message_id"])
        api.press(USER, "📜 Цитаты", message_id=result["message_id"])
        await api.wait_until(lambda: len(api.calls("answerCallbackQuery")) == 3 and not api.open_callbacks, what="both presses answered")
        await asyncio.sleep(0.3)
        quoted = [t for t in api.sent_texts(USER) if t.startswith("Дословные цитаты")]
        assert len(quoted) == 1
        assert api.calls("answerCallbackQuery")[-1]["text"] == "📜 Цитаты уже отправлены — они чуть выше."
        # asked again later, on purpose: sent again
        monkeypatch.setattr(dialog, "QUOTES_AGAIN_AFTER", 0.0)
        api.press(USER, "📜 Цитаты", message_id=result["message_id"])
        await api.wait_until(lambda: len([t for t in api.sent_texts(USER) if t.startswith("Дословные цитаты")]) == 2, what="the quotes again")
        assert api.violations == []


async def test_a_link_that_asks_first_opened_twice_at_once_and_pressed_twice(sqlite_url, demo_trees):
    """A t.me link tapped twice sends /start with its payload twice: the question the link
    asks first is on screen once with buttons, and a double press on its answer moves
    one step, to the node the link named."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, demo_trees) as app:
        api.push_message(USER, "/start demo__city__en", language_code="ru")
        api.push_message(USER, "/start demo__city__en", language_code="ru")
        await settle(api, "both answered", lambda: len(api.sent_texts(USER)) == 2)
        await asyncio.sleep(0.3)
        with_buttons = [m for m in api.chats[USER].values() if m["from"]["id"] == api.bot_user["id"] and m.get("reply_markup")]
        assert len(with_buttons) == 1 and "Have you worked in Kazakhstan before?" in with_buttons[0]["text"]
        question = with_buttons[0]
        api.press(USER, "No, never", message_id=question["message_id"])
        api.press(USER, "No, never", message_id=question["message_id"])
        await api.wait_until(lambda: len(api.calls("answerCallbackQuery")) == 2 and not api.open_callbacks, what="both presses answered")
        await settle(api, "the node", lambda: "Which city do you live in?" in api.chats[USER][question["message_id"]]["text"])
        assert [c.get("text") for c in api.calls("answerCallbackQuery")] == [None, None]
        saved = await app.dispatcher["conversation"].sessions.load(USER)
        assert saved["node"] == "city" and saved["answers"]["worked"] == "never"
        assert api.violations == []


@pytest.mark.parametrize("pressed, answer, headline", [
    ("No EDS", "no", "⚠️ Not ready: the application is filed only online"),
    # audit of stop 27: the BIN of the same row 12, asked with the EDS
    # audit of stop 32: without a BIN is read two ways (row 12 / row 8, AMB-24): ☎️ at once
    ("EDS, but no BIN", "no-bin", "☎️ Before applying, ask the akimat or 1414 whether an application without a BIN is accepted"),
])
async def test_the_employer_signature_question_under_a_double_press_and_two_messages_at_once(sqlite_url, pressed, answer, headline):
    """Audit of stop 26: the employer permit asks for the employer's EDS. Its "No EDS"
    pressed twice at once moves one step (one saved answer, both presses answered, no
    notice); then two typed messages at once where buttons are expected are each
    answered, and nothing is saved from them. The result says ⚠️ not ready, first."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, load_trees()) as app:
        api.push_message(USER, "/start employer-permit__en", language_code="ru")
        await settle(api, "the first question", lambda: any("What does your organisation need?" in t for t in api.sent_texts(USER)))
        for n, label in enumerate(("A new permit", "Today", "During working hours", "No", "Yes, I will consent"), start=2):
            api.press(USER, label)
            await settle(api, f"question {n}", lambda n=n: api.last_bot_message(USER)["text"].startswith(f"Question {n}"))
        question = api.last_bot_message(USER)
        assert "Does the employer have an EDS" in question["text"]
        api.press(USER, pressed, message_id=question["message_id"])
        api.press(USER, pressed, message_id=question["message_id"])
        await api.wait_until(lambda: not api.open_callbacks and len(api.calls("answerCallbackQuery")) >= 7, what="presses answered")
        if answer == "no-bin":  # the answer itself settles it: its ☎️ result, once
            await settle(api, "the result", lambda: api.last_bot_message(USER)["text"].startswith("☎️"))
            saved = await app.dispatcher["conversation"].sessions.load(USER)
            assert saved["node"] == "no-bin" and saved["answers"]["eds"] == answer
            result = api.last_bot_message(USER)["text"]
            assert result.startswith(headline) and "✅" not in result
            assert sum(t.startswith("☎️") for t in api.sent_texts(USER)) == 1
            assert [c.get("text") for c in api.calls("answerCallbackQuery")][-2:] == [None, None]
            assert api.violations == []
            return
        await settle(api, "who is hiring", lambda: "Who is hiring?" in api.last_bot_message(USER)["text"])
        saved = await app.dispatcher["conversation"].sessions.load(USER)
        assert saved["node"] == "employer-type" and saved["answers"]["eds"] == answer
        assert [c.get("text") for c in api.calls("answerCallbackQuery")][-2:] == [None, None]
        before = len(api.sent_texts(USER))
        api.push_message(USER, "we have no signature")
        api.push_message(USER, "x" * 4000)
        await settle(api, "both answered", lambda: len(api.sent_texts(USER)) >= before + 2)
        saved = await app.dispatcher["conversation"].sessions.load(USER)
        assert saved["node"] == "employer-type" and saved["answers"]["eds"] == answer
        api.press(USER, "A company in Kazakhstan")
        await settle(api, "the category", lambda: "What kind of workers" in api.last_bot_message(USER)["text"])
        api.press(USER, "Seasonal workers")
        await settle(api, "the result", lambda: "⚠️" in api.last_bot_message(USER)["text"] or "✅" in api.last_bot_message(USER)["text"])
        result = api.last_bot_message(USER)["text"]
        assert result.startswith(headline) and "✅" not in result
        assert api.violations == []
