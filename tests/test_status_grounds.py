"""/status states legal dates; each item's 📜 sends the verbatim quotes behind its line.

Before, a /status line ("file for the extension from 02.12 to 25.12") carried no
citation and no way to one: the guide's "grounds one tap away, never missing" held for
the dialogs and the reminders, not for /status. Each status line of a schedule now cites
what it states (`check` fails one without), and the line's grounds follow the request
the item is about (an employer's reissue cites the reissue's row, not the extension's).
"""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.app import build_renderer
from bot.tracking import Tracking
from storage.db import Database
from storage.repositories import Users
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TODAY, TOKEN, USER, reply, running_bot

LP_PERMIT = {"expiry": dt.date(2027, 1, 10), "cumulative_months": 6}  # TODAY 10.12.2026: in the extension's window
QUOTE_P21 = "Разрешение не продлевается в случае подачи заявления позднее пяти"
QUOTE_P20 = "Заявление на продление разрешения подается не ранее 30"


async def _status(api: BotAPIDouble) -> dict:
    n = len(api.sent_texts(USER))
    api.push_message(USER, "/status")
    await reply(api, n)
    return api.last_bot_message(USER)


def _buttons(message: dict) -> list[str]:
    return [b["text"] for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


async def test_status_item_grounds_are_one_tap_away_and_quote_the_rules(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/start")
        await reply(api, n)
        await app.dispatcher["tracking"].items.save(USER, "labour-permit", "permit", LP_PERMIT, today=TODAY)
        page = await _status(api)
        # the page stays short: no quote in it, a 📜 under the item
        assert QUOTE_P21 not in page["text"] and "📜" in page["text"]  # the hint names the button
        assert "📜 1" in _buttons(page)
        n = len(api.sent_texts(USER))
        api.press(USER, "📜 1", message_id=page["message_id"])
        grounds = await reply(api, n)
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        assert grounds.startswith("📜 Разрешение трудовому иммигранту")
        assert "подать на продление надёжно с" in grounds  # where it stands, as /status says it
        assert QUOTE_P20 in grounds and QUOTE_P21 in grounds  # the window's two ends, verbatim
        assert "абз. 20" in grounds and "абз. 21" in grounds
        # pressed twice at once: the quotes once, both presses answered
        n = len(api.sent_texts(USER))
        api.press(USER, "📜 1", message_id=page["message_id"])
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        await asyncio.sleep(0.3)
        assert len(api.sent_texts(USER)) == n
        assert api.violations == [] and api.errors == []


async def test_a_forged_grounds_press_for_another_users_item_shows_nothing(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/start")
        await reply(api, n)
        tracking = app.dispatcher["tracking"]
        await Users(tracking.items.db).ensure(USER + 1, "ru")
        await tracking.items.save(USER + 1, "labour-permit", "permit", LP_PERMIT, today=TODAY)
        other = (await tracking.items.list(USER + 1))[0]
        page = await _status(api)  # nothing of this user's
        n = len(api.sent_texts(USER))
        api.push_callback(USER, f"t:g:{other.id}", page["message_id"], check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        await asyncio.sleep(0.3)
        assert len(api.sent_texts(USER)) == n  # not a word of another user's permit
        assert api.calls("answerCallbackQuery")[-1].get("text") == "Этой записи уже нет."
        assert api.violations == [] and api.errors == []


async def _tracking(url: str, today: dt.date) -> Tracking:
    db = Database(url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    return Tracking(db, build_renderer(), lambda: today)


async def test_grounds_follow_the_request_the_item_is_about(sqlite_url):
    """One status text ("an answer by …") serves five requests of the employer permit:
    the grounds cite the row of the item's own request."""
    tracking = await _tracking(sqlite_url, dt.date(2026, 12, 7))
    await tracking.save(1, {"service": "employer-permit", "kind": "application", "filed_on": dt.date(2026, 12, 7),
                            "request": "reissue", "after_hours": "no"}, "ru")
    await tracking.save(1, {"service": "employer-permit", "kind": "application", "filed_on": dt.date(2026, 12, 7),
                            "request": "extend", "after_hours": "no"}, "ru")
    items = {i.inputs["request"]: i for i in await tracking.items.list(1)}
    reissue = await tracking.grounds_of(1, items["reissue"].id, "ru")
    extend = await tracking.grounds_of(1, items["extend"].id, "ru")
    assert "Заявление подано: ответ — не позже" in reissue
    assert "переоформлени" in reissue.casefold() and "переоформлени" not in extend.casefold()
    assert "продлени" in extend.casefold()
    await tracking.items.db.close()


async def test_an_ended_items_grounds_say_what_its_end_means_without_the_folded_block(sqlite_url):
    tracking = await _tracking(sqlite_url, dt.date(2026, 12, 7))
    await tracking.save(1, {"service": "temporary-residence", "kind": "permit", "expiry": dt.date(2026, 11, 30)}, "ru")
    item = (await tracking.items.list(1))[0]
    text = await tracking.grounds_of(1, item.id, "ru")
    assert text.startswith("📜 ") and "⌛" in text
    assert "Основания:" not in text  # the /status line's compact block: the quotes stand for it
    assert "не превышающего десять суток после истечения срока" in text  # p.9-1, verbatim
    assert await tracking.grounds_of(2, item.id, "ru") is None  # not this user's
    await tracking.items.db.close()


async def test_the_terminal_chats_status_shows_each_lines_grounds(sqlite_url):
    """No buttons in a terminal: each current item's grounds under its line."""
    tracking = await _tracking(sqlite_url, dt.date(2026, 12, 7))
    await tracking.save(1, {"service": "labour-permit", "kind": "permit", **LP_PERMIT}, "ru")
    statuses = await tracking.statuses(1, "ru")
    text = tracking.status_text(statuses, "ru", with_buttons=False)
    assert "Основания:" in text and "абз. 21" in text and "абз. 20" in text
    assert "📜" not in text  # no button to name
    with_buttons = tracking.status_text(statuses, "ru")
    assert "абз. 21" not in with_buttons
    await tracking.items.db.close()


async def test_a_reminders_quotes_button_sends_the_quotes_behind_its_grounds(sqlite_url, trees):
    """A reminder names its grounds (source and point); 📜 under it sends the verbatim
    quotes, once for a double tap; a reminder whose occasion an edit removed says so."""
    from tests.test_e2e_telegram import started_with_a_permit

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        tracking, item, rows = await started_with_a_permit(api, app)
        opens = rows["extension-opens"]  # the window's first day (¶20), its end (¶21), working hours (¶12)
        n = len(api.sent_texts(USER))
        api.push_callback(USER, f"r:q:{opens.id}", check_button=False)
        quotes = await reply(api, n)
        assert quotes.startswith("📜 Разрешение трудовому иммигранту") and QUOTE_P20 in quotes and QUOTE_P21 in quotes
        assert "Максимальный срок" not in quotes  # ¶17 is not what this reminder states
        api.push_callback(USER, f"r:q:{opens.id}", check_button=False)  # again at once
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        await asyncio.sleep(0.3)
        assert len(api.sent_texts(USER)) == n + 1
        # 12 months now: the extension's occasions are gone from the plan
        await tracking.items.save(USER, "labour-permit", "permit", {"expiry": dt.date(2027, 1, 31), "cumulative_months": 12},
                                  item_id=item.id, today=TODAY)
        api.push_callback(USER, f"r:q:{rows['extension-nudge'].id}", check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        assert api.calls("answerCallbackQuery")[-1].get("text")  # a toast: the button is out of date
        assert len(api.sent_texts(USER)) == n + 1
        assert api.violations == [] and api.errors == []


def test_every_reminder_carries_the_quotes_button_within_telegrams_limits():
    from bot.reminders import reminder_buttons

    renderer = build_renderer()
    for lang in ("ru", "kk", "en", "uz", "tg", "ky"):
        markup = reminder_buttons(renderer, lang, 2**63 - 1)
        datas = [b.callback_data for row in markup.inline_keyboard for b in row]
        assert f"r:q:{2**63 - 1}" in datas and all(len(d.encode()) <= 64 for d in datas)
        assert markup.inline_keyboard[0][1].text.startswith("📜")


# --- the grounds audit (stop 33): each text cites what it states -----------------------

def _planned(service: str, kind: str, inputs: dict, occasion: str):
    from dialogs.tracking.schedule import default_schedules, plan

    return next(p for p in plan(default_schedules()[(service, kind)], inputs) if p.occasion == occasion)


async def test_a_late_reminder_cites_the_status_line_it_shows_not_its_occasion(sqlite_url):
    """The window's opening reminder delivered on 25.12 shows the /status line of that day
    (the window's safe last day, the literal end, "in working hours"): it cites ¶21 and
    ¶12 with ¶20, and 📜 quotes them — before, only the opening's ¶20."""
    from bot.reminders import render_late_reminder

    today = dt.date(2026, 12, 25)
    tracking = await _tracking(sqlite_url, today)
    await tracking.save(1, {"service": "labour-permit", "kind": "permit", "expiry": dt.date(2026, 12, 31), "cumulative_months": 6}, "ru")
    item = (await tracking.items.list(1))[0]
    p = _planned("labour-permit", "permit", {"expiry": dt.date(2026, 12, 31), "cumulative_months": 6}, "extension-opens")
    assert p.due_on < today
    text, ended = render_late_reminder(tracking.renderer, tracking, "ru", item, p, today)
    assert not ended and "⏳" in text
    grounds = text.split("Основания:")[1]
    assert "абз. 20" in grounds and "абз. 21" in grounds and "абз. 12" in grounds
    quotes = tracking.reminder_quotes(item, "extension-opens", "ru", sent_on=today)
    assert QUOTE_P21 in quotes and "следующим рабочим днем" in quotes
    on_its_day = tracking.reminder_quotes(item, "extension-opens", "ru", sent_on=p.due_on)
    assert QUOTE_P20 in on_its_day
    await tracking.items.db.close()


def test_reminders_cite_every_term_their_text_states():
    """The audit's cases: the window's opening names its close and working hours; the
    employer's issue notice names the fee's 10 days and the whole procedure."""
    from bot.reminders import render_reminder
    from storage.models import TrackedItem

    renderer = build_renderer()
    lp = {"expiry": dt.date(2026, 12, 31), "cumulative_months": 6}
    item = TrackedItem(id=1, user_id=1, service="labour-permit", kind="permit", label=None, inputs={"expiry": "2026-12-31", "cumulative_months": 6}, status="active")
    opens = render_reminder(renderer, "ru", item, _planned("labour-permit", "permit", lp, "extension-opens"))
    assert all(f"абз. {n}" in opens.split("Основания:")[1] for n in (20, 21, 12))
    ep = {"filed_on": dt.date(2026, 12, 7), "request": "issue", "after_hours": "no"}
    item = TrackedItem(id=2, user_id=1, service="employer-permit", kind="application", label=None,
                       inputs={"filed_on": "2026-12-07", "request": "issue", "after_hours": "no"}, status="active")
    notice = render_reminder(renderer, "ru", item, _planned("employer-permit", "application", ep, "decision-due-issue"))
    assert "10 рабочих дней" in notice  # the text states the fee's term...
    assert "строка 5" in notice.split("Основания:")[1] and "строка 9" in notice.split("Основания:")[1]  # ...and the after-hours row


async def test_the_save_confirmation_offers_the_quotes_of_the_line_it_shows(sqlite_url):
    from bot.telegram.keyboards import saved_buttons

    tracking = await _tracking(sqlite_url, dt.date(2026, 12, 7))
    stored = await tracking.store(1, {"service": "labour-permit", "kind": "permit", **LP_PERMIT}, "ru")
    assert stored.stored and stored.item_id == (await tracking.items.list(1))[0].id
    markup = saved_buttons(tracking.renderer, "ru", stored.twins, stored.item_id)
    assert [b.callback_data for row in markup.inline_keyboard for b in row] == [f"t:g:{stored.item_id}"]
    assert QUOTE_P21 in await tracking.grounds_of(1, stored.item_id, "ru")
    await tracking.items.db.close()
