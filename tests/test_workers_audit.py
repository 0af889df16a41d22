"""The employer-flow audit (findings 1, 7, 8, 9, 10; scripts in /work/tmp/audit_employer):
what an HR user sees in /workers and the daily digest for a roster without the months
column and for a permit ending on a Sunday, an old Excel file, leaving a company account
to join a colleague's, and a member's (not the owner's) /workers, /invite and /forget.

Expected dates are counted here from the legal numbers (seed 004, labour-permit article:
an extension "не ранее 30 … и не позднее 5 календарных дней до истечения", a new permit
after 12 months "в течение 4 календарных дней до истечения"; dialogs/law/deadlines.py reads
each limit the careful way too, A02/A03/A05) with the calendar, never read back from the
code under test."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import itertools

import pytest
from sqlalchemy import select

from bot.app import build_renderer
from bot.employer import Employers
from dialogs.law.dates import add_days
from dialogs.law.workdays import default_calendar
from dialogs.runtime.engine import Engine
from storage.employers import WorkerEntry
from storage.models import Reminder
from storage.repositories import Users
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_taps_files_and_edits import bot_with_operators, open_handoff
from tests.test_e2e_telegram import TOKEN, USER, running_bot
from tests.test_reminders import almaty, make_db

D = dt.date
CAL = default_calendar()
OWNER, COLLEAGUE = 6101, 6102


def before(day: D) -> D:
    """`day`, or the working day before it when it is a day off."""
    return CAL.last_on_or_before(day)


def line(worker: WorkerEntry, today: D, lang: str = "ru") -> str:
    """The worker's /workers (and digest) line under its name: "→ what: date"."""
    e = Employers(None, build_renderer(), Engine({}), lambda: today)
    return e.line_text(1, e.sorted_lines([worker], today)[0], lang).split("\n")[1].strip()


# --- finding 1: months unknown ---------------------------------------------------------

BEKOVA = WorkerEntry("Бекова Айгерим", "labour-permit", {"permit_expiry": D(2026, 12, 20)})  # a Sunday
KARIMOV = WorkerEntry("Каримов Бахтиёр", "labour-permit", {"permit_expiry": D(2027, 1, 5)})

BOTH = "месяцев в реестре нет, а от них зависит срок: если 12 — новое разрешение, за 4 дня до конца срока; " \
       "если меньше 12 — надёжный последний рабочий день, чтобы подать на продление"
LATE = "надёжный срок продления прошёл, а месяцев в реестре нет: срочно уточните в ЦОН или по 1414; " \
       "если набрано 12 — новое разрешение, по самому раннему прочтению"
# D-4 a day off: the working day before it is both the extension's literal last day (D-5)
# and the new permit's earliest one, as status-lp-permit-months-unknown-safe-passed says it
# that day (changed by tests/test_lp_day_off_leftovers.py's fix: it named D-4, a holiday)
LATE_LITERAL = "надёжный срок продления прошёл, а месяцев в реестре нет — срочно уточните в ЦОН или по 1414; " \
               "последний рабочий день, чтобы подать и на продление по буквальному счёту (если меньше 12), " \
               "и на новое разрешение по самому раннему прочтению (если 12)"
NEW_LAST = "продлить уже нельзя, а месяцев в реестре нет: если набрано 12 — последний рабочий день окна " \
           "для нового разрешения (по нашему прочтению)"


def test_months_unknown_the_line_names_the_extensions_safe_last_day_the_new_permit_and_that_the_months_decide():
    expiry = D(2026, 12, 20)
    # the extension closes D-5 (15.12); read carefully a day earlier, D-6 (14.12, a Monday),
    # on a working day: the safe last working day
    safe_last = before(add_days(expiry, -6))
    assert safe_last == D(2026, 12, 14)
    # the new permit: within 4 days before expiry, the earliest reading's day D-4 (16.12)
    new_safe = add_days(expiry, -4)
    # our reading's window D-4..D-1 (16.12-19.12): its last working day (Friday 18.12)
    new_last = before(add_days(expiry, -1))
    assert new_last == D(2026, 12, 18)
    for today in (D(2026, 12, 10), D(2026, 12, 14)):  # the audit saw "разрешение скоро заканчивается: 20.12.2026"
        assert line(BEKOVA, today) == f"→ {BOTH}: {safe_last:%d.%m.%Y}"
    # the safe last day gone: what is left, as the status line "months-unknown late" says it
    # (D-4, 16.12, is Independence Day: the list names its working day before, 15.12, also
    # the extension's literal last day D-5)
    assert not CAL.is_working_day(new_safe) and before(new_safe) == add_days(expiry, -5)
    assert line(BEKOVA, D(2026, 12, 15)) == f"→ {LATE_LITERAL}: {before(new_safe):%d.%m.%Y}"
    # the extension window closed on every reading; at 12 months our window still runs
    assert line(BEKOVA, D(2026, 12, 17)) == f"→ {NEW_LAST}: {new_last:%d.%m.%Y}"
    assert line(BEKOVA, D(2026, 12, 10), "en") == (
        "→ the months are not in the roster, and they decide: at 12, a new permit, 4 days before the end; "
        "under 12, the safe last working day to apply for an extension: 14.12.2026")


def test_months_unknown_a_window_opening_on_a_holiday_names_the_working_day_before():
    expiry = D(2027, 1, 5)
    safe_last = before(add_days(expiry, -6))  # D-6 = 30.12.2026, a Wednesday
    assert safe_last == D(2026, 12, 30)
    assert line(KARIMOV, D(2026, 12, 10)) == f"→ {BOTH}: 30.12.2026"
    # D-4 = 01.01.2027, New Year: a filing on it is accepted later (¶12), so the list names
    # the working day before (31.12, also the extension's literal last day), and no "last
    # working day of the window": 01.01-04.01 has none
    assert not CAL.is_working_day(D(2027, 1, 1)) and not any(CAL.is_working_day(D(2027, 1, d)) for d in range(1, 5))
    assert line(KARIMOV, D(2026, 12, 31)) == f"→ {LATE_LITERAL}: 31.12.2026"


@pytest.fixture
async def pg(pg_url):
    db = await make_db(pg_url)
    for uid in (OWNER, COLLEAGUE):
        await Users(db).ensure(uid, "ru")
    yield db
    await db.close()


def employers_at(db, today: D, now: dt.datetime, trees) -> Employers:
    return Employers(db, build_renderer(), Engine(trees), today=lambda: today, now=lambda: now)


async def pending_digests(db, user: int) -> list[D]:
    async with db.sessions() as s:
        rows = await s.execute(select(Reminder.due_on).where(Reminder.user_id == user, Reminder.status == "pending"))
        return list(rows.scalars())


async def test_months_unknown_imported_while_the_window_is_open_gets_a_digest_before_the_extensions_last_day(pg, trees):
    today = D(2026, 12, 10)
    e = employers_at(pg, today, almaty(2026, 12, 10, 10), trees)
    await e.import_roster(OWNER, "ФИО;Действует до\nКаримов Бахтиёр;05.01.2027\n".encode("utf-8-sig"), "ru")
    # the safe last working day 30.12 seen 14 days ahead: the first digest on 16.12, not
    # 22.12 (14 days before the expiry's reminder) as the audit saw
    assert await pending_digests(pg, OWNER) == [add_days(before(add_days(D(2027, 1, 5), -6)), -14)] == [D(2026, 12, 16)]
    company = (await e.companies.membership(OWNER)).company_id
    digest = await e.digest_text(company, OWNER, D(2026, 12, 16), "ru")
    assert f"→ {BOTH}: 30.12.2026" in digest and "разрешение скоро заканчивается" not in digest
    # the day after the extension's safe last day: what is left, with the new permit's day
    digest = await e.digest_text(company, OWNER, D(2026, 12, 31), "ru")
    assert f"→ {LATE_LITERAL}: 31.12.2026" in digest


async def test_months_unknown_digest_on_the_audits_days(pg, trees):
    e = employers_at(pg, D(2026, 12, 10), almaty(2026, 12, 10, 8), trees)
    await e.import_roster(OWNER, "ФИО;Действует до\nБекова Айгерим;20.12.2026\n".encode("utf-8-sig"), "ru")
    company = (await e.companies.membership(OWNER)).company_id
    seen = {day: await e.digest_text(company, OWNER, day, "ru") for day in (D(2026, 12, 10), D(2026, 12, 14), D(2026, 12, 15), D(2026, 12, 17))}
    assert f"→ {BOTH}: 14.12.2026" in seen[D(2026, 12, 10)] and f"→ {BOTH}: 14.12.2026" in seen[D(2026, 12, 14)]
    assert f"→ {LATE_LITERAL}: 15.12.2026" in seen[D(2026, 12, 15)]
    assert f"→ {NEW_LAST}: 18.12.2026" in seen[D(2026, 12, 17)]
    # the worker's card lists the deadlines in the order of their own days (the expiry's
    # reminder moved to Friday 18.12 beside that Friday's own last working day); the new
    # permit's earliest day named as its working day 15.12, not D-4 16.12 (a holiday)
    [worker] = await e.companies.workers(OWNER)
    card = await e.detail(OWNER, worker.id, "ru")
    ahead = [row[2:12] for row in card.split("\n") if row.startswith("• ")]
    assert ahead == ["14.12.2026", "15.12.2026", "18.12.2026", "20.12.2026"]
    # its status line ("extend safely from 21.11") names the window's first day: its
    # grounds (¶20) stand with the deadlines' (the card cited only the occasions ahead)
    assert "надёжно с 21.11.2026" in card and "абз. 20" in card.split("Основания:")[1]
    # 📜 under the card: the verbatim quotes of those grounds; nothing for another user
    quotes = await e.card_quotes(OWNER, worker.id, "ru")
    assert quotes.startswith("📜 Бекова Айгерим") and "подается не ранее 30 (тридцати) календарных дней" in quotes
    assert await e.card_quotes(COLLEAGUE, worker.id, "ru") is None


# --- finding 10: an expiry on a Sunday ------------------------------------------------------

SIX = WorkerEntry("Айгерим", "labour-permit", {"permit_expiry": D(2026, 12, 20), "months_total": 6})
TWELVE = WorkerEntry("Болат", "labour-permit", {"permit_expiry": D(2026, 12, 20), "months_total": 12})


def test_an_expiry_on_sunday_stays_ahead_on_saturday_and_sunday():
    # the reminder goes out on Friday 18.12; the permit is valid through Sunday 20.12
    assert before(D(2026, 12, 20)) == D(2026, 12, 18)
    for today in (D(2026, 12, 19), D(2026, 12, 20)):
        assert line(SIX, today) == "→ разрешение скоро заканчивается: 20.12.2026"  # not "сроков впереди нет"
        assert line(SIX, today, "en") == "→ the permit ends soon: 20.12.2026"
    assert line(SIX, D(2026, 12, 21)).startswith("→ сроков впереди нет")


def test_two_reminders_on_one_friday_the_earlier_own_day_leads():
    # 12 months: our window's last working day is Friday 18.12, the expiry's reminder moved
    # there too; the line names the day to apply by, not the expiry
    assert line(TWELVE, D(2026, 12, 17)) == "→ последний рабочий день, чтобы подать на новое разрешение (по нашему прочтению): 18.12.2026"


async def test_an_expiry_on_sunday_is_in_the_digest_of_saturday_and_sunday(pg, trees):
    e = employers_at(pg, D(2026, 12, 19), almaty(2026, 12, 19, 8), trees)  # imported on Saturday before 09:00
    await e.import_roster(OWNER, "name;permit_expiry;months_total\nАйгерим;20.12.2026;6\n".encode(), "ru")
    assert await pending_digests(pg, OWNER) == [D(2026, 12, 19)]
    company = (await e.companies.membership(OWNER)).company_id
    for day in (D(2026, 12, 19), D(2026, 12, 20)):
        digest = await e.digest_text(company, OWNER, day, "ru")
        assert digest is not None and "→ разрешение скоро заканчивается: 20.12.2026" in digest
    assert await e.digest_text(company, OWNER, D(2026, 12, 21), "ru") is None


# --- the bot: files, leaving a company, a member's texts -----------------------------------

_ids = itertools.count(1)


def send_file(api, app, user: int, data: bytes, name: str | None, mime: str | None = None) -> None:
    files = getattr(app.bot, "_test_files", None)
    if files is None:
        files = app.bot._test_files = {}

        async def download(file, *_a, **_kw):
            return io.BytesIO(files[getattr(file, "file_id", file)])

        app.bot.download = download
    fid = f"f{user}-{next(_ids)}"
    files[fid] = data
    doc = {"file_id": fid, "file_unique_id": "u" + fid, "file_size": len(data)}
    if name:
        doc["file_name"] = name
    if mime:
        doc["mime_type"] = mime
    api._enqueue({"message": api._store(user, {"from": api._user(user, "HR", "ru"), "document": doc})})


async def replies(api, chat: int, n: int, quiet: float = 0.4, timeout: float = 10) -> list[str]:
    """The bot's messages after the first `n`, once it has said something and gone quiet."""
    await api.wait_until(lambda: len(api.sent_texts(chat)) > n, timeout=timeout, what="a reply")
    count, still = len(api.sent_texts(chat)), 0.0
    while still < quiet:
        await asyncio.sleep(0.05)
        now = len(api.sent_texts(chat))
        count, still = now, (still + 0.05 if now == count else 0.0)
    return api.sent_texts(chat)[n:]


async def command(api, chat: int, text: str) -> list[str]:
    n = len(api.sent_texts(chat))
    api.push_message(chat, text)
    return await replies(api, chat, n)


def labels(message: dict) -> list[str]:
    return [b["text"] for row in (message or {}).get("reply_markup", {}).get("inline_keyboard", []) for b in row]


XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600  # an OLE2 (Excel 97-2003) header
CANNOT_READ = "Файлы старого Excel (.xls), OpenDocument (.ods) и двоичные .xlsb я прочитать не могу."
SAVE_AS = "сохраните его как XLSX (Книга Excel) или CSV и пришлите ещё раз"


async def test_an_old_excel_file_is_answered_save_as_xlsx_or_csv_and_in_a_hand_off_goes_to_the_operator(sqlite_url, trees):
    from tests.test_handoff import OPS, topics_made

    async with bot_with_operators(sqlite_url, trees) as (api, app):
        api.push_message(USER, "/start")
        await replies(api, USER, 0)
        for name, mime in (("Сотрудники.xls", "application/vnd.ms-excel"), ("Сотрудники.ods", None), (None, "application/vnd.ms-excel"),
                           ("list.ods", "application/vnd.oasis.opendocument.spreadsheet")):
            n = len(api.sent_texts(USER))
            send_file(api, app, USER, XLS, name, mime)
            [text] = await replies(api, USER, n)
            assert text.startswith(CANNOT_READ) and SAVE_AS in text, (name, mime, text)
            assert "только текст и кнопки" not in text
        assert await app.dispatcher["employers"].companies.membership(USER) is None  # nothing imported
        # a CSV that Windows labels application/vnd.ms-excel is still read as a roster
        n = len(api.sent_texts(USER))
        send_file(api, app, USER, "name;permit_expiry\nАйгерим;31.12.2026\n".encode(), "list.csv", "application/vnd.ms-excel")
        assert any(t.startswith("Добавлено работников: 1") for t in await replies(api, USER, n))

        # in a hand-off the file is for the operator
        await open_handoff(api)
        await api.wait_until(lambda: topics_made(api), what="the topic")
        copies = len(api.calls("copyMessage"))
        n = len(api.sent_texts(USER))
        send_file(api, app, USER, XLS, "Сотрудники.xls", "application/vnd.ms-excel")
        await api.wait_until(lambda: len(api.calls("copyMessage")) > copies, what="the file passed on")
        await asyncio.sleep(0.3)
        assert api.calls("copyMessage")[-1]["chat_id"] == OPS
        assert not any(CANNOT_READ in t for t in api.sent_texts(USER)[n:])
        assert api.violations == [] and api.errors == []


ROSTER = "ФИО;Действует до;Месяцев\nАйгерим Б.;31.12.2026;6\nJohn Smith;30.06.2027;3\n".encode("utf-8-sig")
OWN_ROSTER = "ФИО;Действует до;Месяцев\nМой Работник;31.01.2027;6\n".encode("utf-8-sig")


async def invite_link(api, owner: int) -> str:
    [text] = await command(api, owner, "/invite")
    return text.split("start=")[1]


async def test_leaving_a_company_to_join_a_colleagues_with_a_question_that_says_what_happens_to_the_list(pg_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, pg_url, trees, link_secret="e2e-secret") as app:
        companies = app.dispatcher["employers"].companies
        for user in (OWNER, COLLEAGUE):
            await command(api, user, "/start")
        n = len(api.sent_texts(OWNER))
        send_file(api, app, OWNER, ROSTER, "ТОО Стройка.csv")
        await replies(api, OWNER, n)
        # the colleague once uploaded a list of their own: the owner of a company of their own
        n = len(api.sent_texts(COLLEAGUE))
        send_file(api, app, COLLEAGUE, OWN_ROSTER, "Мой список.csv")
        await replies(api, COLLEAGUE, n)
        own = await companies.membership(COLLEAGUE)
        assert own.role == "owner"

        payload = await invite_link(api, OWNER)
        [refusal] = await command(api, COLLEAGUE, f"/start {payload}")
        assert refusal.startswith("Вы уже состоите в аккаунте другой компании, поэтому ссылка не использована.")
        assert "выйдите из того аккаунта командой /leave" in refusal and "откройте эту ссылку ещё раз" in refusal

        # /leave asks first: the last member takes the list with them
        [question] = await command(api, COLLEAGUE, "/leave")
        assert question.startswith("Выйти из аккаунта компании «Мой список»? Вы его последний участник, поэтому аккаунт "
                                   "и список работников (1 чел.) будут удалены. Это нельзя отменить.")
        assert "Ваши собственные сроки (/status) и настройки останутся." in question
        asked = api.last_bot_message(COLLEAGUE)
        assert labels(asked) == ["🚪 Да, выйти", "⬅️ Все работники"]
        assert await companies.membership(COLLEAGUE) is not None  # nothing done by the question alone

        # a double tap: one leaving, one "done"; the second press is told it is done already
        n = len(api.sent_texts(COLLEAGUE))
        answered = len(api.calls("answerCallbackQuery"))
        api.press(COLLEAGUE, "🚪 Да, выйти", message_id=asked["message_id"])
        api.press(COLLEAGUE, "🚪 Да, выйти", message_id=asked["message_id"])
        await api.wait_until(lambda: len(api.calls("answerCallbackQuery")) >= answered + 2, what="both presses answered")
        done = await replies(api, COLLEAGUE, n)
        assert done == ["Вы вышли из аккаунта компании «Мой список». Аккаунт и его список работников удалены. Ссылка-приглашение "
                        "коллег теперь сработает, если она ещё действует; загрузить свой список — /roster."]
        second = api.calls("answerCallbackQuery")[-1]
        assert second.get("text") == "Вы уже не состоите в этом аккаунте компании." and second.get("show_alert")
        assert labels(api.chats[COLLEAGUE][asked["message_id"]]) == []  # the question's buttons are gone
        assert await companies.membership(COLLEAGUE) is None and await companies.workers(COLLEAGUE) == []

        # the same link works now
        [joined] = await command(api, COLLEAGUE, f"/start {payload}")
        assert "присоединились" in joined
        assert (await companies.membership(COLLEAGUE)).company_id != own.company_id
        # the old question's "yes" does not take them out of the company joined since
        api.push_callback(COLLEAGUE, f"w:q:{own.company_id}:d", message_id=asked["message_id"], check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="answered")
        assert api.calls("answerCallbackQuery")[-1].get("text") == "Вы уже не состоите в этом аккаунте компании."
        assert await companies.membership(COLLEAGUE) is not None

        # a member: the list stays with the others; the owner is told who invites next
        [question] = await command(api, COLLEAGUE, "/leave")
        assert question.startswith("Выйти из аккаунта компании «ТОО Стройка»? Список работников (2 чел.) останется у коллег: "
                                   "в аккаунте есть и другие участники (1).")
        assert "Приглашать коллег станет" not in question
        kept_question = api.last_bot_message(COLLEAGUE)
        [question] = await command(api, OWNER, "/leave")
        assert "Список работников (2 чел.) останется у коллег" in question
        assert "Приглашать коллег станет участник, который состоит в аккаунте дольше всех." in question
        n = len(api.sent_texts(OWNER))
        api.press(OWNER, "🚪 Да, выйти")
        [done] = await replies(api, OWNER, n)
        assert done.startswith("Вы вышли из аккаунта компании «ТОО Стройка». Список работников остался у коллег.")
        assert (await companies.membership(COLLEAGUE)).role == "owner" and len(await companies.workers(COLLEAGUE)) == 2
        assert await command(api, OWNER, "/leave") == ["Вы не состоите в аккаунте компании."]
        # the colleague's question said the list stays with colleagues; they are the last one
        # now: its "yes" deletes nothing and asks again, saying the list would go (audit, stop 29)
        n = len(api.sent_texts(COLLEAGUE))
        api.press(COLLEAGUE, "🚪 Да, выйти", message_id=kept_question["message_id"])
        [again] = await replies(api, COLLEAGUE, n)
        assert again.startswith("Выйти из аккаунта компании «ТОО Стройка»? Вы его последний участник, поэтому аккаунт "
                                "и список работников (2 чел.) будут удалены.")
        assert len(await companies.workers(COLLEAGUE)) == 2 and await companies.membership(COLLEAGUE) is not None
        assert api.violations == []


async def test_a_members_workers_invite_and_forget_say_what_is_true_for_a_member(pg_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, pg_url, trees, link_secret="e2e-secret") as app:
        for user in (OWNER, COLLEAGUE):
            await command(api, user, "/start")
        n = len(api.sent_texts(OWNER))
        send_file(api, app, OWNER, ROSTER, "ТОО Стройка.csv")
        await replies(api, OWNER, n)
        [joined] = await command(api, COLLEAGUE, f"/start {await invite_link(api, OWNER)}")
        assert "присоединились" in joined

        # the owner's table: 👥 and its hint
        [table] = await command(api, OWNER, "/workers")
        assert table.endswith("👥 — пригласить коллегу.") and "👥 Пригласить коллегу" in labels(api.last_bot_message(OWNER))
        # the member's: no 👥 button, so no "👥 — invite"; who invites, and /leave
        [table] = await command(api, COLLEAGUE, "/workers")
        assert "👥" not in table and "👥 Пригласить коллегу" not in labels(api.last_bot_message(COLLEAGUE))
        assert table.endswith("Нажмите номер, чтобы открыть работника. ⬇️ CSV / XLSX — эта таблица файлом. "
                              "Приглашать коллег может владелец аккаунта компании. Выйти из аккаунта — /leave.")

        # the member uploads a file: it goes into the shared list, the role stays
        n = len(api.sent_texts(COLLEAGUE))
        send_file(api, app, COLLEAGUE, "ФИО;Действует до\nНовый Работник;31.03.2027\n".encode("utf-8-sig"), "ещё.csv")
        after_upload = await replies(api, COLLEAGUE, n)
        assert any(t.startswith("Работников: 3") and "👥" not in t for t in after_upload)
        [refusal] = await command(api, COLLEAGUE, "/invite")
        assert refusal.startswith("Приглашать коллег может только владелец аккаунта компании")
        assert "Файл, который загружает участник, добавляется в общий список, но владельцем его не делает" in refusal
        assert "тот, кто загрузил список компании" not in refusal

        # /forget: the company's list, not "the list you uploaded"
        [question] = await command(api, COLLEAGUE, "/forget")
        assert "🏢 «ТОО Стройка»: список работников компании (3 чел.) останется у неё — в ней есть и другие участники (1)." in question
        assert "загруженный вами" not in question and "/leave" in question
        assert api.violations == []
