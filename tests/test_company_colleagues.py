"""The owner's list of colleagues (the audit's MEDIUM: an owner could neither see who was
in the company account nor remove anyone; a colleague who left the firm kept the
workers' names and dates, and the 09:00 digest, until they /leave themselves).

Through the real bot, the Bot API double and PostgreSQL: the owner's /workers shows
👥 Colleagues (N); the list names each colleague (their Telegram first name, fetched
with getChat for the screen, "colleague N" when it fails) with the day they joined;
✖️ asks, yes removes them (membership and digest rows go, as with their /leave), the
owner sees the list as it is now and the colleague is told once, in their language.
A member sees no button; forged and stale presses change nothing; a double tap on yes
removes once. And on SQLite and PostgreSQL: a removal racing the colleague's own
/leave, their digest switch or the owner's /leave takes turns with it."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import select

from dialogs.law.dates import ALMATY
from storage.models import CompanyInvite, CompanyMember, Reminder
from storage.employers import JoinResult, RemoveResult
from tests.botapi_double import APIError, BotAPIDouble
from tests.test_company_races_sqlite import company_of_two, count, employers, failures, later, stalled
from tests.test_e2e_employers import ROSTER, send_file, settle, texts
from tests.test_e2e_telegram import TOKEN, running_bot

OWNER, AIGERIM, JOHN, BLOCKED, STRANGER, OTHER_OWNER = 7001, 7002, 7003, 7004, 7005, 7006
NAMES = {OWNER: "Бахыт", AIGERIM: "Айгерим", JOHN: "John", BLOCKED: "Ерлан", STRANGER: "Чужой", OTHER_OWNER: "Другой"}


class NamedChats(BotAPIDouble):
    """The double, answering getChat for a private chat with the user's first name as they
    last wrote; for anyone in `hidden` (or never seen), "chat not found"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.hidden: set[int] = set()

    async def _result(self, method, params, files):
        if method != "getChat" or method in self.results:
            return await super()._result(method, params, files)
        chat_id = params["chat_id"]
        if chat_id in self.hidden or chat_id not in self._names:
            raise APIError(400, "Bad Request: chat not found")
        gifts = {"unlimited_gifts": True, "limited_gifts": True, "unique_gifts": True, "premium_subscription": True,
                 "gifts_from_channels": True}
        return {"id": chat_id, "type": "private", "first_name": self._names[chat_id], "accent_color_id": 0,
                "max_reaction_count": 11, "accepted_gift_types": gifts}


def buttons(message) -> dict[str, str]:
    """{label: callback_data} of a message's inline keyboard."""
    return {b["text"]: b.get("callback_data", "") for row in (message or {}).get("reply_markup", {}).get("inline_keyboard", []) for b in row}


def answer(api, update) -> dict:
    """The bot's answerCallbackQuery to the press `update`."""
    query_id = update["callback_query"]["id"]
    return next(c for c in api.calls("answerCallbackQuery") if c["callback_query_id"] == query_id)


def since_today() -> str:
    return dt.datetime.now(ALMATY).strftime("%d.%m.%Y")  # joined_at: when they opened the link (the real clock)


async def start(api, user, lang="ru"):
    n = len(texts(api, user))
    api.push_message(user, "/start", language_code=lang, first_name=NAMES[user])
    await api.wait_until(lambda: len(texts(api, user)) > n, what=f"{user}'s /start")


async def owner_with_roster(api, app, owner=OWNER):
    await start(api, owner)
    n = len(texts(api, owner))
    await send_file(api, app, owner, ROSTER)
    await api.wait_until(lambda: any(t.startswith("Работников: 3") for t in texts(api, owner, n)), what="the table")


async def invite_in(api, colleague, lang="ru", owner=OWNER):
    await start(api, colleague, lang)
    n = len(texts(api, owner))
    api.push_message(owner, "/invite", first_name=NAMES[owner])
    await api.wait_until(lambda: len(texts(api, owner)) > n, what="the invitation")
    payload = texts(api, owner, n)[0].split("start=")[1]
    s = len(texts(api, colleague))
    api.push_message(colleague, f"/start {payload}", language_code=lang, first_name=NAMES[colleague])
    await api.wait_until(lambda: len(texts(api, colleague)) > s, what="joined")


async def workers_screen(api, user) -> dict:
    n = len(texts(api, user))
    api.push_message(user, "/workers", first_name=NAMES[user])
    await api.wait_until(lambda: len(texts(api, user)) > n, what=f"{user}'s /workers")
    return api.last_bot_message(user)


async def shows(api, user, message_id, start: str) -> dict:
    """The message once it has been edited into a text starting with `start` (a press is
    answered before the message is edited)."""
    await api.wait_until(lambda: api.chats[user][message_id].get("text", "").startswith(start), what=f"the message showing {start!r}")
    return api.chats[user][message_id]


async def digest_rows(app, user) -> int:
    async with app.database.sessions() as s:
        rows = await s.execute(select(Reminder.id).where(Reminder.user_id == user, Reminder.occasion.like("digest:%")))
        return len(rows.all())


async def test_the_owner_sees_the_colleagues_and_removes_them_each_told_once(pg_url, trees):
    async with NamedChats(token=TOKEN) as api, running_bot(api, pg_url, trees, link_secret="e2e-secret") as app:
        companies = app.dispatcher["employers"].companies
        await owner_with_roster(api, app)
        # alone in the account: no 👥 Colleagues, and the hint does not speak of it
        alone = await workers_screen(api, OWNER)
        assert not any(label.startswith("👥 Коллеги") for label in buttons(alone)) and "👥 Коллеги —" not in alone["text"]

        await invite_in(api, AIGERIM)
        await invite_in(api, JOHN, lang="en")
        await invite_in(api, BLOCKED)
        api.hidden.add(JOHN)  # Telegram does not give his name: "colleague 2"
        assert all([await digest_rows(app, u) for u in (AIGERIM, JOHN, BLOCKED)])  # each has their digest planned
        company = (await companies.membership(OWNER)).company_id

        # a member: no 👥 button of either kind, and their hint is the member's
        member_screen = await workers_screen(api, AIGERIM)
        assert "w:m" not in buttons(member_screen).values() and "w:i" not in buttons(member_screen).values()
        assert "👥 Коллеги —" not in member_screen["text"] and "/leave" in member_screen["text"]

        # the owner: 👥 Colleagues (3), named in the hint
        table = await workers_screen(api, OWNER)
        assert buttons(table)["👥 Коллеги (3)"] == "w:m"
        print("\n--- the owner's /workers ---\n" + table["text"] + "\n" + repr(list(buttons(table))))
        assert table["text"].endswith("\n\n👥 Коллеги — кто есть в аккаунте; там же можно убрать коллегу. Нажмите номер, чтобы открыть "
                                      "работника. ⬇️ CSV / XLSX — эта таблица файлом. 👥 — пригласить коллегу.")
        n = len(texts(api, OWNER))
        api.press(OWNER, "👥 Коллеги (3)", message_id=table["message_id"])
        await api.wait_until(lambda: len(texts(api, OWNER)) > n, what="the list of colleagues")
        listing = api.last_bot_message(OWNER)
        assert listing["message_id"] != table["message_id"]  # a new message: the table stays
        day = since_today()
        assert listing["text"].startswith(
            f"👥 Коллеги в аккаунте «workers»: 3\n\n1. Айгерим — с {day}\n2. коллега 2 — с {day}\n3. Ерлан — с {day}\n\n✖️ — убрать"
        ), listing["text"]
        assert buttons(listing) == {"✖️ 1. Айгерим": f"w:k:{AIGERIM}", "✖️ 2. коллега 2": f"w:k:{JOHN}", "✖️ 3. Ерлан": f"w:k:{BLOCKED}"}
        print("\n--- the owner's list ---\n" + listing["text"] + "\n" + repr(list(buttons(listing))))

        # ✖️ asks first (the same message); nothing changes by asking
        api.press(OWNER, "✖️ 1. Айгерим", message_id=listing["message_id"])
        question = await shows(api, OWNER, listing["message_id"], f"Айгерим (в аккаунте с {day}) — убрать из аккаунта «workers»?")
        assert buttons(question) == {"✖️ Да, убрать": f"w:r:{company}:{AIGERIM}", "⬅️ Коллеги": "w:m:0"}
        assert await companies.membership(AIGERIM) is not None

        # yes, tapped twice: removed once; the second tap is told she is gone already
        told = len(texts(api, AIGERIM))
        first = api.press(OWNER, "✖️ Да, убрать", message_id=listing["message_id"])
        second = api.push_callback(OWNER, f"w:r:{company}:{AIGERIM}", message_id=listing["message_id"])
        await settle(api)
        assert not answer(api, first).get("text")
        assert answer(api, second)["text"] == "Этого коллеги уже нет в аккаунте компании."
        assert await companies.membership(AIGERIM) is None
        assert await digest_rows(app, AIGERIM) == 0  # her digest goes with her
        assert await digest_rows(app, JOHN) and await digest_rows(app, BLOCKED)  # the others' stay
        assert len(await companies.workers(OWNER)) == 3  # the list stays with the owner
        after = await shows(api, OWNER, listing["message_id"], "✅ Айгерим")
        assert after["text"].startswith(
            f"✅ Айгерим — больше не в аккаунте.\n\n👥 Коллеги в аккаунте «workers»: 2\n\n1. коллега 1 — с {day}\n2. Ерлан — с {day}"
        ), after["text"]
        assert buttons(after) == {"✖️ 1. коллега 1": f"w:k:{JOHN}", "✖️ 2. Ерлан": f"w:k:{BLOCKED}"}
        print("\n--- after removing Aigerim ---\n" + after["text"])
        # she is told once, in Russian
        await api.wait_until(lambda: len(texts(api, AIGERIM)) > told, what="Aigerim told")
        assert texts(api, AIGERIM, told) == [
            "Владелец аккаунта компании «workers» убрал вас из него. Вы больше не видите его список работников и не "
            "получаете сводку. Ваши собственные сроки (/status) остались; вернуться можно по новой ссылке-приглашению."
        ]
        print("\n--- Aigerim is told ---\n" + texts(api, AIGERIM, told)[0])
        # and no longer reaches the list: /workers, and the old buttons on her old table
        seen = len(texts(api, AIGERIM))
        await workers_screen(api, AIGERIM)
        card = next(d for d in buttons(member_screen).values() if d.startswith("w:v:"))
        opened = api.push_callback(AIGERIM, card, message_id=member_screen["message_id"], first_name=NAMES[AIGERIM])
        api.push_callback(AIGERIM, "w:c", message_id=member_screen["message_id"], first_name=NAMES[AIGERIM])
        await settle(api)
        await api.wait_until(lambda: len(texts(api, AIGERIM)) >= seen + 2, what="her /workers and export")
        assert answer(api, opened)["text"] == "Этого работника нет в списке вашей компании."
        for text in texts(api, AIGERIM, seen):
            assert text.startswith("У вашей компании ещё нет списка работников")
            assert "Айгерим Б." not in text and "John Smith" not in text
        assert not [r for r in api.requests if r.method == "sendDocument" and r.params.get("chat_id") == AIGERIM]

        # John (English, his name not given): told in English
        told = len(texts(api, JOHN))
        api.press(OWNER, "✖️ 1. коллега 1", message_id=listing["message_id"])
        await shows(api, OWNER, listing["message_id"], f"коллега 1 (в аккаунте с {day}) — убрать")
        api.press(OWNER, "✖️ Да, убрать", message_id=listing["message_id"])
        await settle(api)
        await api.wait_until(lambda: len(texts(api, JOHN)) > told, what="John told")
        assert texts(api, JOHN, told) == [
            "The owner of the company account “workers” removed you from it. You no longer see its list of workers or "
            "get its digest. Your own deadlines (/status) stay; a new invitation link brings you back."
        ]
        assert await companies.membership(JOHN) is None and await digest_rows(app, JOHN) == 0

        # Erlan blocked the bot: the owner's removal goes through all the same
        await shows(api, OWNER, listing["message_id"], "✅ коллега 1 — больше не в аккаунте.")
        api.press(OWNER, "✖️ 1. Ерлан", message_id=listing["message_id"])
        await shows(api, OWNER, listing["message_id"], "Ерлан (в аккаунте")
        api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
        api.press(OWNER, "✖️ Да, убрать", message_id=listing["message_id"])
        await settle(api)
        last = await shows(api, OWNER, listing["message_id"], "✅ Ерлан")
        assert last["text"] == ("✅ Ерлан — больше не в аккаунте.\n\nВ аккаунте «workers» больше нет коллег: список видите "
                                "только вы. Пригласить — 👥 ниже или /invite.")
        assert buttons(last) == {"👥 Пригласить коллегу": "w:i"}
        assert await companies.membership(BLOCKED) is None and await digest_rows(app, BLOCKED) == 0
        # the owner's list comes first, then the try to tell Erlan: marked as every 403 marks them
        await api.wait_until(lambda: any("Forbidden" in e for e in api.errors), what="Erlan's 403")
        for _ in range(200):
            if not (await app.dispatcher["users"].get(BLOCKED)).active:
                break
            await asyncio.sleep(0.01)
        assert not (await app.dispatcher["users"].get(BLOCKED)).active
        assert [e for e in api.errors if not e.startswith("getChat")] == ["sendMessage: Forbidden: bot was blocked by the user"]
        assert await companies.membership(OWNER) is not None and len(await companies.workers(OWNER)) == 3
        # alone again: /workers has no 👥 Colleagues
        again = await workers_screen(api, OWNER)
        assert "w:m" not in buttons(again).values() and "👥 Коллеги —" not in again["text"]

        assert all(len(t) <= 4096 for t in api.sent_texts())
        sent = [p for m in ("sendMessage", "editMessageText") for p in api.calls(m) if p.get("reply_markup")]
        assert all(len(b["callback_data"].encode()) <= 64 for p in sent for row in p["reply_markup"]["inline_keyboard"]
                   for b in row if "callback_data" in b)
        assert api.violations == []


async def test_forged_and_stale_colleague_presses_change_nothing(pg_url, trees):
    async with NamedChats(token=TOKEN) as api, running_bot(api, pg_url, trees, link_secret="e2e-secret") as app:
        companies = app.dispatcher["employers"].companies
        await owner_with_roster(api, app)
        await invite_in(api, AIGERIM)
        await owner_with_roster(api, app, owner=OTHER_OWNER)  # another company, its own owner
        await start(api, STRANGER)
        company = (await companies.membership(OWNER)).company_id
        other = (await companies.membership(OTHER_OWNER)).company_id
        assert other != company

        async def presses(user, *data) -> list[str]:
            anchor = api.last_bot_message(user)["message_id"]
            updates = [api.push_callback(user, d, message_id=anchor, check_button=False, first_name=NAMES[user]) for d in data]
            await settle(api)
            return [answer(api, u).get("text", "") for u in updates]

        def unchanged():
            return asyncio.gather(*(companies.membership(u) for u in (OWNER, AIGERIM, OTHER_OWNER)))

        before = await unchanged()
        reaching = ("w:m", "w:m:0", f"w:k:{OWNER}", f"w:k:{AIGERIM}", f"w:r:{company}:{OWNER}", f"w:r:{company}:{AIGERIM}")
        # a member pressing the owner's buttons
        assert set(await presses(AIGERIM, *reaching)) == {"Видеть и убирать коллег может только владелец аккаунта компании."}
        # someone in no company
        assert set(await presses(STRANGER, *reaching)) == {"Вы не состоите в аккаунте компании."}
        # the owner: themselves, someone not in the account, a member of another company
        # (by either company's id), a colleague with another company's id, malformed data
        assert await presses(OWNER, f"w:k:{OWNER}", f"w:r:{company}:{OWNER}") == ["Себя убрать нельзя. Выйти из аккаунта — /leave."] * 2
        gone = "Этого коллеги уже нет в аккаунте компании."
        assert await presses(OWNER, f"w:k:{STRANGER}", f"w:r:{company}:{STRANGER}", f"w:k:{OTHER_OWNER}",
                             f"w:r:{company}:{OTHER_OWNER}", f"w:r:{other}:{OTHER_OWNER}", f"w:r:{other}:{AIGERIM}") == [gone] * 6
        stale = await presses(OWNER, "w:r:abc:1", "w:k:0", f"w:r:{company}", f"w:r:{company}:{AIGERIM}:1", "w:m:x", "w:k:-5",
                              f"w:r:{company}:99999999999999999999")
        assert all(a and a != gone for a in stale), stale
        assert await unchanged() == before  # nobody left, nobody moved, nobody promoted
        assert await digest_rows(app, AIGERIM)

        # a question asked, then the colleague leaves on their own: yes is stale
        listing_at = len(texts(api, OWNER))
        table = await workers_screen(api, OWNER)
        api.press(OWNER, "👥 Коллеги (1)", message_id=table["message_id"])
        await api.wait_until(lambda: len(texts(api, OWNER)) > listing_at + 1, what="the list")
        listing = api.last_bot_message(OWNER)
        api.press(OWNER, "✖️ 1. Айгерим", message_id=listing["message_id"])
        await shows(api, OWNER, listing["message_id"], "Айгерим (в аккаунте")
        n = len(texts(api, AIGERIM))
        api.push_message(AIGERIM, "/leave", first_name=NAMES[AIGERIM])
        await api.wait_until(lambda: len(texts(api, AIGERIM)) > n, what="/leave asks")
        api.press(AIGERIM, "🚪 Да, выйти", first_name=NAMES[AIGERIM])
        await settle(api)
        assert await companies.membership(AIGERIM) is None
        told = len(texts(api, AIGERIM))
        late = api.press(OWNER, "✖️ Да, убрать", message_id=listing["message_id"])
        await settle(api)
        assert answer(api, late)["text"] == gone
        assert len(texts(api, AIGERIM)) == told  # not told she was removed: she left
        # ⬅️ Colleagues on that question: the list as it is now
        api.press(OWNER, "⬅️ Коллеги", message_id=listing["message_id"])
        await shows(api, OWNER, listing["message_id"], "В аккаунте «workers» больше нет коллег")
        assert (await companies.membership(OWNER)).role == "owner" and len(await companies.workers(OWNER)) == 3
        assert api.violations == []


# --- on SQLite and PostgreSQL: a removal racing the colleague's and the owner's own moves ---


async def removal(removing):
    return (await removing).result


async def test_a_removal_racing_the_colleagues_own_leave_takes_turns(db):
    e = employers(db)
    c = e.companies
    for r in range(4):
        owner, colleague = 300 + 2 * r, 301 + 2 * r
        company_id = await company_of_two(db, e, owner, colleague)
        assert await count(db, Reminder, Reminder.user_id == colleague)
        moves = [removal(c.remove_colleague(owner, colleague, company_id)), c.leave(colleague)]
        if r % 2:
            moves.reverse()
        if r < 2:  # the first holds back its delete of the member row: the other reads meanwhile
            with stalled(db, "DELETE FROM COMPANY_MEMBERS") as left:
                results = await asyncio.gather(moves[0], later(moves[1]), return_exceptions=True)
            assert left == [0]
        else:
            results = await asyncio.gather(*moves, return_exceptions=True)
        assert failures(results) == []
        removed, fate = results if r % 2 == 0 else results[::-1]
        # exactly one of them took the colleague out; the list stays with the owner either way
        assert (removed is RemoveResult.REMOVED) != (fate is not None), (removed, fate)
        assert removed in (RemoveResult.REMOVED, RemoveResult.GONE)
        assert fate is None or fate.kept
        assert await c.membership(colleague) is None and (await c.membership(owner)).role == "owner"
        assert await count(db, Reminder, Reminder.user_id == colleague) == 0
        assert await count(db, CompanyMember, CompanyMember.company_id == company_id) == 1


async def test_a_removal_racing_the_colleagues_digest_switch_leaves_no_digest(db):
    e = employers(db)
    c = e.companies
    for r in range(3):
        owner, colleague = 400 + 2 * r, 401 + 2 * r
        company_id = await company_of_two(db, e, owner, colleague)
        assert await c.set_digest(colleague, False, e.now()) is True
        moves = [c.set_digest(colleague, True, e.now()), later(removal(c.remove_colleague(owner, colleague, company_id)))]
        if r < 2:  # the switch holds back its update: the removal comes meanwhile
            with stalled(db, "UPDATE COMPANY_MEMBERS") as left:
                results = await asyncio.gather(*moves, return_exceptions=True)
            assert left == [0]
        else:
            results = await asyncio.gather(*moves, return_exceptions=True)
        assert failures(results) == []
        assert results[1] is RemoveResult.REMOVED
        assert await c.membership(colleague) is None
        assert await count(db, Reminder, Reminder.user_id == colleague) == 0  # nothing planned for someone out
        assert await count(db, Reminder, Reminder.user_id == owner) == 1


async def test_a_removal_racing_the_owners_own_leave(db):
    """The owner leaves (the colleague becomes the owner) while removing that colleague:
    either the removal came first (the owner, then the last one out, deletes the company)
    or the owner is no longer the owner, and the removal changes nothing."""
    e = employers(db)
    c = e.companies
    for r in range(4):
        owner, colleague = 500 + 2 * r, 501 + 2 * r
        company_id = await company_of_two(db, e, owner, colleague)
        moves = [removal(c.remove_colleague(owner, colleague, company_id)), c.leave(owner)]
        if r % 2:
            moves.reverse()
        if r < 2:
            with stalled(db, "DELETE FROM COMPANY_MEMBERS") as left:
                results = await asyncio.gather(moves[0], later(moves[1]), return_exceptions=True)
            assert left == [0]
        else:
            results = await asyncio.gather(*moves, return_exceptions=True)
        assert failures(results) == []
        removed, fate = results if r % 2 == 0 else results[::-1]
        assert await c.membership(owner) is None
        if removed is RemoveResult.REMOVED:
            assert fate is not None and not fate.kept  # the owner was then the last one out
            assert await c.membership(colleague) is None
        else:
            assert removed is RemoveResult.NOT_OWNER and fate.kept
            assert (await c.membership(colleague)).role == "owner"
        assert await count(db, CompanyMember, CompanyMember.company_id == company_id) == (0 if removed is RemoveResult.REMOVED else 1)


async def test_a_removal_withdraws_the_unused_invite_links_so_the_colleague_cannot_come_back(db):
    # links are not bound to whom they were sent: a second link the owner sent (or one
    # forwarded) would let the removed colleague straight back in
    from tests.test_company_races_sqlite import SECRET

    e = employers(db)
    c = e.companies
    owner, colleague = 400, 401
    company_id = await company_of_two(db, e, owner, colleague)
    kept = await e.invite_payload(owner, SECRET)  # a second link, never used
    await c.create_invite(owner, e.now() - dt.timedelta(days=10))  # one long expired
    removal = await c.remove_colleague(owner, colleague, company_id, now=e.now())
    assert removal.result is RemoveResult.REMOVED and removal.invites_withdrawn == 1  # the live one
    assert await e.join(colleague, kept, SECRET) is JoinResult.INVALID
    assert await c.membership(colleague) is None
    async with db.sessions() as s:  # nothing unused is kept; the used link stays as /leave keeps it
        left = (await s.execute(select(CompanyInvite).where(CompanyInvite.company_id == company_id))).scalars().all()
    assert [i.used_by for i in left] == [colleague]
    # what the owner reads: the withdrawn links and how to send a new one, only when there were any
    t = e.renderer.t
    assert t("ru", "colleague-removed", name="Айгерим", invites=1) == (
        "✅ Айгерим — больше не в аккаунте. Неиспользованные ссылки-приглашения (1) отменены, "
        "чтобы по ним нельзя было вернуться; новая ссылка — /invite.")
    assert t("ru", "colleague-removed", name="Айгерим", invites=0) == "✅ Айгерим — больше не в аккаунте."
