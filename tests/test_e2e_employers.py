"""The employer's side through the real bot, the Bot API double and PostgreSQL: a
roster file, /workers, a worker's card, CSV and XLSX exports, an invitation, and a
stranger whose forged ids, commands and button presses reach nothing."""

import io

from dialogs.tracking.roster import parse_roster
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TODAY, TOKEN, running_bot

OWNER, STRANGER, LATECOMER = 6001, 6002, 6003
ROSTER = (
    "Аты-жөні;Рұқсат түрі;Жарамды мерзімі;Ай саны\n"
    "Айгерим Б.;еңбек иммигрантына рұқсат;31.12.2026;6\n"
    "John Smith;employer-permit;30.06.2027;\n"
    "Мария;residence-permit;20.03.2027;\n"
).encode()


def texts(api, chat, start=0):
    return api.sent_texts(chat)[start:]


def documents(api, chat):
    return [r for r in api.requests if r.method == "sendDocument" and int(r.params["chat_id"]) == chat]


async def send_file(api, app, user, data, name="workers.csv"):
    async def download(*_a, **_kw):
        return io.BytesIO(data)

    app.bot.download = download
    doc = {"file_id": f"f{user}", "file_unique_id": f"u{user}", "file_name": name, "file_size": len(data)}
    api._enqueue({"message": api._store(user, {"from": api._user(user, "HR", "ru"), "document": doc})})


async def settle(api):
    await api.wait_until(lambda: not api.open_callbacks, what="every press answered")


async def test_a_stranger_reaches_nothing_and_an_invited_colleague_sees_the_same_roster(pg_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, pg_url, trees, link_secret="e2e-secret") as app:
        api.push_message(OWNER, "/start")
        api.push_message(STRANGER, "/start")
        await api.wait_for_sent(1, chat_id=OWNER)
        await api.wait_for_sent(1, chat_id=STRANGER)

        # the owner imports a roster with Kazakh headers and three permit kinds
        n = len(texts(api, OWNER))
        await send_file(api, app, OWNER, ROSTER)
        await api.wait_until(lambda: any(t.startswith("Работников: 3") for t in texts(api, OWNER, n)), what="the table")
        table = next(t for t in texts(api, OWNER, n) if t.startswith("Работников: 3"))
        # sorted by urgency (today 10.12.2026): the labour permit's nudge on 21.12 first
        assert table.index("Айгерим Б.") < table.index("Мария") < table.index("John Smith")
        assert "подготовить документы на продление: 21.12.2026" in table
        # the residence permit: its term is SILENT in the rules; reminded 60 days before its own last day
        assert "РВП скоро истекает: узнать в 1414, как продлить: 19.01.2027" in table
        workers = await app.dispatcher["employers"].companies.workers(OWNER)
        ids = {w.name: w.id for w in workers}

        # a worker's card on tap, with its grounds
        n = len(texts(api, OWNER))
        api.press(OWNER, "1")
        await api.wait_until(lambda: len(texts(api, OWNER)) > n, what="the card")
        card = texts(api, OWNER, n)[0]
        assert card.startswith("👤 Айгерим Б. — разрешение трудовому иммигранту") and "21.12.2026" in card
        # its grounds verbatim one tap away (📜), sent once for a double tap
        card_id = api.last_bot_message(OWNER)["message_id"]
        api.press(OWNER, "📜 Цитаты", message_id=card_id)
        api.press(OWNER, "📜 Цитаты", message_id=card_id)
        await api.wait_until(lambda: len(texts(api, OWNER)) > n + 1, what="the quotes")
        await settle(api)
        quotes = texts(api, OWNER, n + 1)
        assert len(quotes) == 1 and quotes[0].startswith("📜 Айгерим Б.") and "не ранее 30 (тридцати) календарных дней" in quotes[0]
        n = len(texts(api, OWNER))
        api.press(OWNER, "⬅️ Все работники", message_id=card_id)
        await api.wait_until(lambda: len(texts(api, OWNER)) > n, what="the table again")

        # exports: the same table (⬅️ turned the card into it), and its first four columns import back
        table_message = card_id
        assert api.chats[OWNER][card_id]["text"].startswith("Работников: 3")
        api.press(OWNER, "⬇️ CSV", message_id=table_message)
        await api.wait_until(lambda: len(documents(api, OWNER)) == 1, what="the CSV")
        api.press(OWNER, "⬇️ XLSX", message_id=table_message)
        await api.wait_until(lambda: len(documents(api, OWNER)) == 2, what="the XLSX")
        csv_file, xlsx_file = (next(iter(r.files.values())) for r in documents(api, OWNER))
        assert (csv_file.filename, xlsx_file.filename) == ("workers.csv", "workers.xlsx")
        for upload in (csv_file, xlsx_file):
            parsed = parse_roster(upload.content, TODAY)
            assert parsed.problems == []
            assert [(r.label, r.kind) for r in parsed.rows] == [
                ("Айгерим Б.", "labour-permit"), ("Мария", "residence-permit"), ("John Smith", "employer-permit")]
        assert "21.12.2026" in csv_file.content.decode("utf-8-sig")

        # the stranger: commands, forged and someone else's ids, exports, invitations
        s = len(texts(api, STRANGER))
        api.push_message(STRANGER, "/workers")
        await api.wait_until(lambda: len(texts(api, STRANGER)) > s, what="the stranger's /workers")
        for data in (f"w:v:{ids['Айгерим Б.']}", f"w:g:{ids['Айгерим Б.']}", f"w:x:{ids['John Smith']}", "w:c", "w:e", "w:p:0", "w:i",
                     "w:v:0", "w:v:abc", "w:x:99999999999999999999", "w:v:1:2", "w:", "w:zz"):
            api.push_callback(STRANGER, data, check_button=False)
        api.push_message(STRANGER, f"/start join-1-{'0' * 16}")
        api.push_message(STRANGER, "/start join-99-abcdefabcdefabcd")
        await settle(api)
        await api.wait_until(lambda: sum("Ссылка-приглашение недействительна" in t for t in texts(api, STRANGER)) == 2,
                             what="the forged invitations refused")
        seen = "\n".join(texts(api, STRANGER))
        for name in ids:
            assert name not in seen
        assert documents(api, STRANGER) == []
        assert len(await app.dispatcher["employers"].companies.workers(OWNER)) == 3  # nothing removed
        answers = [r.params.get("text", "") for r in api.requests if r.method == "answerCallbackQuery"]
        assert any("нет в списке вашей компании" in a for a in answers)

        # the owner invites; the colleague joins once and sees the same roster
        n = len(texts(api, OWNER))
        api.push_message(OWNER, "/invite")
        await api.wait_until(lambda: len(texts(api, OWNER)) > n, what="the invitation")
        link = texts(api, OWNER, n)[0].split()[-1]
        assert link.startswith("https://t.me/test_bot?start=join-")
        payload = link.split("start=")[1]
        assert len(payload) <= 64
        s = len(texts(api, STRANGER))
        api.push_message(STRANGER, f"/start {payload}")
        await api.wait_until(lambda: len(texts(api, STRANGER)) > s, what="joined")
        assert "присоединились" in texts(api, STRANGER, s)[0] and "3" in texts(api, STRANGER, s)[0]
        s = len(texts(api, STRANGER))
        api.push_message(STRANGER, "/workers")
        await api.wait_until(lambda: len(texts(api, STRANGER)) > s, what="the shared table")
        assert all(name in texts(api, STRANGER, s)[0] for name in ids)
        # a member edits: 🗑 asks first (the list is the whole company's); yes removes the worker
        api.push_callback(STRANGER, f"w:x:{ids['John Smith']}", check_button=False)
        await settle(api)
        await api.wait_until(lambda: any("Удалить John Smith из списка компании?" in t for t in texts(api, STRANGER, s)), what="asked")
        assert len(await app.dispatcher["employers"].companies.workers(OWNER)) == 3  # nothing removed by 🗑 alone
        api.press(STRANGER, "🗑 Да, удалить")
        await settle(api)
        await api.wait_until(lambda: any("удалён" in t for t in texts(api, STRANGER, s)), what="removed")
        assert [w.name for w in await app.dispatcher["employers"].companies.workers(OWNER)] == ["Айгерим Б.", "Мария"]
        # the used link again: someone else is refused, the roster stays theirs alone
        api.push_message(LATECOMER, f"/start {payload}")
        await api.wait_until(lambda: any("уже воспользовались" in t for t in texts(api, LATECOMER)), what="a used link refused")
        assert await app.dispatcher["employers"].companies.membership(LATECOMER) is None
        assert all(len(t) <= 4096 for t in api.sent_texts())
        buttons = [b for p in api.calls("sendMessage") if p.get("reply_markup") for row in p["reply_markup"]["inline_keyboard"] for b in row]
        assert all(len(b["callback_data"].encode()) <= 64 for b in buttons if "callback_data" in b)
        assert api.violations == [] and api.errors == []


async def test_the_daily_digest_is_turned_off_and_on_with_one_button(pg_url, trees):
    """An HR user who does not want the 09:00 digest stops it from /workers (or from a
    digest): the pending digest goes at once, the button turns into "on again", and a
    second tap changes nothing."""
    from sqlalchemy import select

    from storage.models import Reminder

    async def pending_digests():
        async with app.database.sessions() as s:
            rows = await s.execute(select(Reminder.occasion).where(Reminder.user_id == OWNER, Reminder.status == "pending"))
            return [o for o in rows.scalars() if o.startswith("digest:")]

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, pg_url, trees) as app:
        api.push_message(OWNER, "/start")
        await api.wait_for_sent(1, chat_id=OWNER)
        n = len(texts(api, OWNER))
        await send_file(api, app, OWNER, ROSTER)
        await api.wait_until(lambda: any(t.startswith("Работников: 3") for t in texts(api, OWNER, n)), what="the table")
        assert len(await pending_digests()) == 1
        table = api.last_bot_message(OWNER)["message_id"]
        # /status holds the user's own deadlines; it says where the company's workers are
        n = len(texts(api, OWNER))
        api.push_message(OWNER, "/status")
        await api.wait_until(lambda: len(texts(api, OWNER)) > n, what="/status")
        assert texts(api, OWNER, n)[0].endswith("🏢 Работники вашей компании (3) — в /workers.")

        api.press(OWNER, "🔕 Не присылать сводку", message_id=table)
        api.push_callback(OWNER, "w:d:0", message_id=table)  # a double tap
        await settle(api)
        answers = [c for c in api.calls("answerCallbackQuery") if c.get("text", "").startswith("🔕")]
        assert [bool(c.get("show_alert")) for c in answers] == [True, False]  # said once as an alert, then as a note
        assert answers[0]["text"].startswith("🔕 Сводку больше не присылаю")
        assert await pending_digests() == []
        labels = [b["text"] for row in api.chats[OWNER][table]["reply_markup"]["inline_keyboard"] for b in row]
        assert "🔔 Присылать сводку в 9:00" in labels and "🔕 Не присылать сводку" not in labels
        assert (await app.dispatcher["employers"].companies.membership(OWNER)).digest is False

        # /workers shows the digest as off; its button turns it back on and plans the next one
        n = len(texts(api, OWNER))
        api.push_message(OWNER, "/workers")
        await api.wait_until(lambda: len(texts(api, OWNER)) > n, what="the table")
        api.press(OWNER, "🔔 Присылать сводку в 9:00")
        await settle(api)
        assert len(await pending_digests()) == 1
        assert api.violations == []
        # the double tap's flip found the button flipped already: Telegram's "not modified", handled
        assert all("message is not modified" in e for e in api.errors)
