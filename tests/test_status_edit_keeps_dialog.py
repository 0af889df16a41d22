"""✏️ in /status keeps the dialog the user was in, as /track does: under the edit's
questions lies the menu, and under the menu the dialog left, answers and all. Before,
✏️ set no parent and leaving the edit threw the dialog away for good."""

from __future__ import annotations

import datetime as dt

from bot.tracking import edit_state
from dialogs.runtime.engine import MENU_TREE, DialogState
from storage.models import TrackedItem
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TODAY, TOKEN, USER, reply, running_bot

HAS_PERMIT = "У вас уже есть разрешение"  # the labour-permit question the user was at
EXPIRY = "последний день действия"  # the edit's first question: the permit's last day


async def step(api: BotAPIDouble, action: str, message_id: int | None = None) -> str:
    """A command typed or a button pressed; the bot's screen after it."""
    n = len(api.sent_texts(USER))
    if action.startswith("/"):
        api.push_message(USER, action)
    else:
        api.press(USER, action, message_id=message_id)
    await reply(api, n)
    await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
    return api.sent_texts(USER)[-1]


async def into_the_edit(api: BotAPIDouble, app) -> dict:
    """A saved permit; the labour-permit dialog under way (two answers); then /status
    and ✏️ on the permit. Returns the dialog's session as it was before /status."""
    await step(api, "/start labour-permit")  # the user is known: an item can be saved for them
    await app.dispatcher["tracking"].items.save(USER, "labour-permit", "permit", {"expiry": dt.date(2027, 1, 31), "cumulative_months": 6},
                                                today=TODAY)
    await step(api, "Я иностранец, хочу работать")
    assert HAS_PERMIT in await step(api, "Другая страна")
    before = await app.dispatcher["conversation"].sessions.load(USER)
    assert (before["tree_id"], before["node"]) == ("labour-permit", "has-permit") and before["answers"]
    await step(api, "/status")
    assert EXPIRY in await step(api, "✏️ 1", message_id=api.last_bot_message(USER)["message_id"])
    return before


async def test_back_from_an_edit_from_status_leads_to_the_menu_and_then_the_dialog(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        before = await into_the_edit(api, app)
        # ⬅️ through the edit's questions to the menu (as after /track), and ⬅️ once more: the dialog
        screens = [await step(api, "⬅️ Назад") for _ in range(4)]
        assert "Что сохранить" in screens[0] and "О какой услуге" in screens[1] and "Выберите, кто вы" in screens[2]
        assert HAS_PERMIT in screens[3]
        assert await app.dispatcher["conversation"].sessions.load(USER) == before  # its answers intact
        assert api.violations == [] and api.errors == []


async def test_the_audits_way_out_of_an_edit_keeps_the_dialog(sqlite_url, trees):
    """/menu from the edit, ⬅️ back to it, /back three times: the menu, with the dialog one ⬅️ away."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        sessions = app.dispatcher["conversation"].sessions
        before = await into_the_edit(api, app)
        assert "Выберите, кто вы" in await step(api, "/menu")
        assert EXPIRY in await step(api, "⬅️ Назад")
        for _ in range(3):
            await step(api, "/back")
        menu = await sessions.load(USER)
        assert menu["tree_id"] == MENU_TREE and menu["parent"]["tree_id"] == "labour-permit"
        assert HAS_PERMIT in await step(api, "⬅️ Назад")
        after = await sessions.load(USER)
        # its answers intact; the plain menu it was entered from (/start labour-permit) may be
        # cut from its way back: a chain kept behind the menu stops after KEPT_PARENTS links
        assert {k: v for k, v in after.items() if k != "parent"} == {k: v for k, v in before.items() if k != "parent"}
        assert api.violations == [] and api.errors == []


async def test_edit_pressed_again_after_leaving_it_asks_again_but_a_double_tap_is_quiet(sqlite_url, trees):
    """✏️ pressed twice at once: one question (a double tap). ✏️ pressed again a moment
    after leaving its edit with ⬅️: the question again, not silence."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        await step(api, "/start labour-permit")
        await app.dispatcher["tracking"].items.save(USER, "labour-permit", "permit", {"expiry": dt.date(2027, 1, 31), "cumulative_months": 6},
                                                    today=TODAY)
        await step(api, "/status")
        status_id = api.last_bot_message(USER)["message_id"]
        assert EXPIRY in await step(api, "✏️ 1", message_id=status_id)
        n = len(api.sent_texts(USER))
        api.press(USER, "✏️ 1", message_id=status_id)  # a double tap: answered, nothing sent
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        assert len(api.sent_texts(USER)) == n
        assert "Что сохранить" in await step(api, "⬅️ Назад")  # out of the edit
        assert EXPIRY in await step(api, "✏️ 1", message_id=status_id)
        assert api.violations == [] and api.errors == []


def _item(service: str, kind: str, label: str | None = None) -> TrackedItem:
    return TrackedItem(id=1, user_id=USER, service=service, kind=kind, label=label, inputs={}, status="active")


def test_an_edit_state_keeps_the_dialog_left_under_the_menu(engine_at):
    """At the conversation level, items of several kinds: ⬅️ from the edit's question
    reaches the menu, then the dialog left, unchanged; nothing left: the menu alone."""
    engine = engine_at(TODAY)
    left = engine.start("labour-permit")
    left = engine.choose(left, "c:" + engine.trees["labour-permit"].nodes[left.node].choices[0].id).state
    assert left.answers
    for item in (_item("labour-permit", "permit"), _item("labour-permit", "termination", "Бек"), _item("self-employment", "certificate"),
                 _item("kandas", "application")):
        state = edit_state(engine, item, left=left)
        assert state.tree_id == "track" and state.parent is not None
        for _ in range(len(state.history) + 1):
            state = engine.back(state)
        assert state.tree_id == MENU_TREE, item
        assert engine.back(state) == DialogState.from_dict(left.to_dict()), item
    alone = edit_state(engine, _item("labour-permit", "permit"))
    assert DialogState.from_dict(alone.parent).tree_id == MENU_TREE and not DialogState.from_dict(alone.parent).parent
