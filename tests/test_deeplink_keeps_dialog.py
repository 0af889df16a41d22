"""A deep link opened in the middle of a service keeps that dialog one ⬅️ away, as
/start and /menu do (README): ⬅️ on the linked service leads to the menu, and ⬅️ on
the menu to the question left, answers and all. Also for a link into the same
service, and for a staff-signed link (its campaign counted)."""

from __future__ import annotations


import pytest

from bot.staff_links import secret_from, sign
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, running_bot

USER = 7301
SECRET = "deeplink-secret"
LEFT_QUESTION = "У вас уже есть разрешение трудовому иммигранту?"  # question 3 of labour-permit
MENU = "Выберите, кто вы"


async def say(api, text: str) -> str:
    n = len(api.sent_texts(USER))
    api.push_message(USER, text, language_code="ru")
    await api.wait_until(lambda: len(api.sent_texts(USER)) > n, what=f"a reply to {text}")
    await api.settled()
    return api.last_bot_message(USER)["text"]


def labels(api) -> list[str]:
    markup = api.last_bot_message(USER).get("reply_markup") or {}
    return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]


async def press(api, label: str) -> str:
    api.press(USER, label)
    await api.settled()
    return api.last_bot_message(USER)["text"]


async def back(api) -> str:
    """⬅️ on the screen shown now: what the user sees next."""
    arrow = [label for label in labels(api) if label.startswith("⬅️")]
    assert arrow, f"no ⬅️ on the screen: {labels(api)}"
    return await press(api, arrow[0])


def signed(payload: str) -> str:
    return sign(payload, secret_from(SECRET, TOKEN), campaign="office-1")


@pytest.mark.parametrize(
    "link, opens",
    [
        ("kandas", "Что вам нужно?"),  # another service
        ("labour-permit", "Кто вы?"),  # the same service, afresh
        (signed("labour-permit__expiry"), "Кто вы?"),  # a staff link (asks the questions before its node)
    ],
    ids=["another-service", "same-service", "staff-signed"],
)
async def test_a_deep_link_mid_dialog_keeps_the_answers_one_back_away(sqlite_url, trees, link, opens):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, link_secret=SECRET):
        assert "Кто вы?" in await say(api, "/start labour-permit")
        assert "Гражданином какой страны" in await press(api, "Я иностранец, хочу работать")
        assert LEFT_QUESTION in await press(api, "Другая страна")

        assert opens in await say(api, f"/start {link}")
        # ⬅️ leads to the menu, which now has a ⬅️ of its own ...
        assert MENU in await back(api)
        # ... back to the question left, with both answers given before the link
        assert LEFT_QUESTION in await back(api)
        assert "Гражданином какой страны" in await back(api)
        assert "Кто вы?" in await back(api)
        assert api.violations == []


async def test_a_deep_link_with_no_dialog_under_way_leads_back_to_the_menu_only(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, link_secret=SECRET):
        assert "Что вам нужно?" in await say(api, "/start kandas")
        assert MENU in await back(api)
        assert not [label for label in labels(api) if label.startswith("⬅️")]  # nothing was left behind
