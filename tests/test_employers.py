"""Employers (issue 10): each permit kind on its own rules, the company account
(membership, one-time invites, access) on PostgreSQL, and the daily digest through
the reminder outbox and dispatcher."""

import datetime as dt

import pytest

from bot.app import build_renderer
from bot.employer import Employers, invite_signature
from dialogs.law.dates import ALMATY
from dialogs.runtime.engine import Engine
from dialogs.runtime.i18n import Localizer
from dialogs.tracking.roster import default_permit_kinds
from dialogs.tracking.workers import DIGEST_DAYS, outlook, schedule_for
from storage.employers import Companies, JoinResult, NotOwner, WorkerEntry
from storage.models import Reminder
from storage.repositories import Users
from tests.botapi_double import BotAPIDouble
from tests.test_reminders import Clock, almaty, dispatcher, make_bot, make_db

D = dt.date
OWNER, COLLEAGUE, STRANGER, LATECOMER = 101, 102, 103, 104
SECRET = b"test-link-secret"


# --- each permit kind gets its own rules (no database) ------------------------------

def test_each_permit_kind_is_watched_by_its_own_rules():
    """The same expiry, 31.03.2027, five kinds: five different plans."""
    inputs = {"permit_expiry": D(2027, 3, 31), "months_total": 6}
    plans = {
        kind: [(p.occasion, p.due_on) for p in outlook(kind, inputs, D(2027, 1, 10)).planned]
        for kind in default_permit_kinds().kinds
    }
    # labour immigrant permit: the extension window opens 30 days before expiry and
    # closes 5 days before (26.03.2027, a Friday), each limit read two ways: reminded on
    # the safe ones, from D-29 (02.03) to the working day on or before D-6 (Thursday 25.03);
    # the nudge five days before the close falls on Nauryz (21–23.03): it goes out on Friday 19.03
    assert plans["labour-permit"] == [
        ("extension-opens", D(2027, 3, 2)), ("extension-nudge", D(2027, 3, 19)),
        ("extension-last-working-day", D(2027, 3, 25)), ("expiry", D(2027, 3, 31))]
    # employer's permit: filed by the last working day that still leaves the
    # 3-working-day extension decision before expiry (a planning date, two weeks' notice)
    assert plans["employer-permit"] == [
        ("extension-plan", D(2027, 3, 11)), ("extension-latest", D(2027, 3, 25)), ("expiry", D(2027, 3, 31))]
    # intra-corporate transfer: the same permit with a 6-working-day extension (and
    # Nauryz, 21-23 March, in between): earlier dates than the employer's permit
    assert plans["intra-corporate-transfer"] == [
        ("extension-plan-ict", D(2027, 3, 3)), ("extension-latest-ict", D(2027, 3, 17)), ("expiry-ict", D(2027, 3, 31))]
    # self-employment certificate: two weeks ahead and the last day
    assert plans["self-employment"] == [("expiry-soon", D(2027, 3, 17)), ("expiry", D(2027, 3, 31))]
    # residence permit: its term is SILENT in seed 003, so no date comes from a rule:
    # the reminders are 60 and 14 days before the last day on the permit (a product
    # choice), a day off moving them to the working day before: 30.01.2027 is a Saturday
    assert plans["residence-permit"] == [("permit-ends-in-60-days", D(2027, 1, 29)), ("permit-ends-in-14-days", D(2027, 3, 17))]
    assert outlook("residence-permit", inputs, D(2027, 1, 10)).has_rules


def test_the_months_column_changes_only_the_labour_permit_rules():
    twelve = {"permit_expiry": D(2027, 3, 31), "months_total": 12}
    lp = outlook("labour-permit", twelve, D(2027, 1, 10))
    # 12 months reached; D-4, 27.03.2027, is a Saturday: the window's reminder says no day
    # fits every reading (the service's new-permit-day-off), not "apply on the first day"
    assert [p.occasion for p in lp.planned][:2] == ["new-permit-prepare", "new-permit-day-off"]
    ep = outlook("employer-permit", twelve, D(2027, 1, 10))
    assert ep.planned == outlook("employer-permit", {"permit_expiry": D(2027, 3, 31)}, D(2027, 1, 10)).planned


def test_every_occasion_of_a_roster_kind_has_a_short_name_in_each_language():
    localizer = Localizer()
    for kind in default_permit_kinds().kinds.values():
        schedule = schedule_for(kind)
        for occasion in schedule.occasions if schedule else ():
            for lang in ("ru", "kk", "en"):  # uz, tg, ky: the translators'
                assert localizer.has(lang, occasion.text + "-short"), (lang, occasion.text)


# --- the company account on PostgreSQL ------------------------------------------------

@pytest.fixture
async def pg(pg_url):
    db = await make_db(pg_url)
    users = Users(db)
    for uid in (OWNER, COLLEAGUE, STRANGER, LATECOMER):
        await users.ensure(uid, "ru")
    yield db
    await db.close()


def employers(db, today=D(2026, 12, 1), now=None, trees=None):
    now = now or almaty(2026, 12, 1, 10)
    return Employers(db, build_renderer(), Engine(trees or {}), today=lambda: today, now=lambda: now)


ROSTER = (
    "ФИО;Вид разрешения;Действует до;Месяцев\n"
    "Айгерим Б.;разрешение трудовому иммигранту;31.12.2026;6\n"
    "John Smith;employer-permit;30.06.2027;\n"
).encode()


async def test_the_importer_owns_the_roster_and_a_second_import_updates_it(pg):
    e = employers(pg)
    reply = await e.import_roster(OWNER, ROSTER, "ru")
    assert reply.startswith("Добавлено работников: 2")
    membership = await e.companies.membership(OWNER)
    assert membership.role == "owner"
    again = ROSTER.replace(b"31.12.2026", b"31.01.2027")
    reply = await e.import_roster(OWNER, again, "ru")
    assert "Добавлено работников: 0" in reply and "обновлены" in reply
    workers = await e.companies.workers(OWNER)
    assert [(w.name, w.kind, w.inputs["permit_expiry"]) for w in workers] == [
        ("Айгерим Б.", "labour-permit", "2027-01-31"), ("John Smith", "employer-permit", "2027-06-30")]


async def test_a_roster_without_the_kind_column_says_which_kind_was_assumed(pg):
    reply = await employers(pg).import_roster(OWNER, "name;permit_expiry\nАйгерим;31.12.2026\n".encode(), "en")
    assert "Workers added: 1." in reply
    assert "no permit_kind column, so every worker was read as holding a labour immigrant permit" in reply


async def test_an_invite_is_signed_single_use_and_expiring(pg):
    e = employers(pg)
    await e.import_roster(OWNER, ROSTER, "ru")
    with pytest.raises(NotOwner):
        await e.invite_payload(STRANGER, SECRET)  # not in any company
    payload = await e.invite_payload(OWNER, SECRET)
    invite_id = int(payload.split("-")[1])
    forged = f"join-{invite_id}-{'0' * 16}"
    assert await e.join(STRANGER, forged, SECRET) is JoinResult.INVALID
    assert await e.join(STRANGER, payload, b"another secret") is JoinResult.INVALID
    assert await e.join(STRANGER, f"join-{invite_id + 1}-{payload[-16:]}", SECRET) is JoinResult.INVALID
    assert await e.companies.workers(STRANGER) == []
    assert await e.join(COLLEAGUE, payload, SECRET) is JoinResult.JOINED
    assert await e.join(COLLEAGUE, payload, SECRET) is JoinResult.ALREADY  # a double tap
    assert await e.join(STRANGER, payload, SECRET) is JoinResult.USED
    assert await e.companies.workers(STRANGER) == []
    with pytest.raises(NotOwner):
        await e.invite_payload(COLLEAGUE, SECRET)  # only the owner invites

    late = await e.invite_payload(OWNER, SECRET)
    later = employers(pg, now=almaty(2026, 12, 5, 10))  # the link lives 3 days
    assert await later.join(LATECOMER, late, SECRET) is JoinResult.EXPIRED
    assert await later.companies.membership(LATECOMER) is None


async def test_members_share_one_roster_and_a_stranger_reaches_none_of_it(pg):
    e = employers(pg)
    await e.import_roster(OWNER, ROSTER, "ru")
    assert await e.join(COLLEAGUE, await e.invite_payload(OWNER, SECRET), SECRET) is JoinResult.JOINED
    # the stranger has a company of their own
    await e.import_roster(STRANGER, "name;permit_expiry\nЧужой;31.12.2026\n".encode(), "ru")
    owners = await e.companies.workers(OWNER)
    assert [w.name for w in await e.companies.workers(COLLEAGUE)] == [w.name for w in owners]
    target = owners[0].id
    # every way in with the owner's worker id
    assert await e.companies.worker(STRANGER, target) is None
    assert await e.detail(STRANGER, target, "ru") is None
    assert await e.companies.delete_worker(STRANGER, target) is False
    assert [w.name for w in await e.companies.workers(STRANGER)] == ["Чужой"]
    assert "Айгерим" not in "".join(p.text for p in e.pages(await e.table(STRANGER), "ru"))
    # an import by the stranger lands in their own company, never in the owner's
    await e.import_roster(STRANGER, "name;permit_expiry\nАйгерим Б.;01.01.2027\n".encode(), "ru")
    assert (await e.companies.worker(OWNER, target)).inputs["permit_expiry"] == "2026-12-31"
    # a member edits the shared roster: the owner sees it
    assert await e.companies.delete_worker(COLLEAGUE, target) is True
    assert [w.name for w in await e.companies.workers(OWNER)] == ["John Smith"]
    # an id that is not a worker at all
    assert await e.companies.worker(COLLEAGUE, 2**62) is None


async def test_forgetting_the_last_member_deletes_the_roster(pg):
    from storage.userdata import RosterFate, UserData

    e = employers(pg)
    await e.import_roster(OWNER, ROSTER, "ru", filename="ТОО Стройка.xlsx")
    await e.join(COLLEAGUE, await e.invite_payload(OWNER, SECRET), SECRET)
    # what /forget's confirmation shows
    assert await UserData(pg).plan_forget(OWNER) == [RosterFate(company="ТОО Стройка", workers=2, others=1)]
    users = Users(pg)
    await users.forget(OWNER)
    assert len(await e.companies.workers(COLLEAGUE)) == 2  # a colleague still works with it
    assert (await e.companies.membership(COLLEAGUE)).role == "owner"  # and may now invite
    assert (await e.invite_payload(COLLEAGUE, SECRET)).startswith("join-")
    assert await UserData(pg).plan_forget(COLLEAGUE) == [RosterFate(company="ТОО Стройка", workers=2, others=0)]
    await users.forget(COLLEAGUE)
    from sqlalchemy import func, select

    from storage.models import Company, RosterWorker

    async with pg.sessions() as s:
        assert (await s.execute(select(func.count()).select_from(RosterWorker))).scalar_one() == 0
        assert (await s.execute(select(func.count()).select_from(Company))).scalar_one() == 0


# --- the daily digest -------------------------------------------------------------------

def digest_roster(count: int, first: D) -> bytes:
    """`count` self-employed workers whose next action (the certificate ends in two
    weeks) falls within the 14 days from `first`, and one far away."""
    rows = ["name;permit_kind;permit_expiry"]
    for n in range(count):
        rows.append(f"Работник {n + 1:02d};self-employment;{(first + dt.timedelta(days=14 + n % 14)).strftime('%d.%m.%Y')}")
    rows.append("Далёкий;self-employment;30.06.2027")
    return ("\n".join(rows) + "\n").encode()


async def test_a_digest_of_20_workers_is_one_message_per_member_at_nine(pg, trees):
    day = D(2027, 2, 1)  # a Monday
    e = employers(pg, today=day, now=almaty(2027, 2, 1, 8), trees=trees)  # imported before 09:00
    await e.import_roster(OWNER, digest_roster(20, day), "ru")
    await e.join(COLLEAGUE, await e.invite_payload(OWNER, SECRET), SECRET)
    await Users(pg).set_language(COLLEAGUE, "kk")
    async with pg.sessions() as s:
        from sqlalchemy import select

        rows = (await s.execute(select(Reminder.user_id, Reminder.occasion, Reminder.status).where(Reminder.item_id.is_(None)))).all()
    # self-employment reminds two weeks before expiry: 01.02-14.02, all within
    # DIGEST_DAYS of today's digest
    assert sorted(rows) == [(OWNER, "digest:2027-02-01", "pending"), (COLLEAGUE, "digest:2027-02-01", "pending")]

    clock = Clock(almaty(2027, 2, 1, 8, 59))
    async with BotAPIDouble(token="42:REMINDERS") as api:
        bot = make_bot(api)
        d = dispatcher(pg, bot, clock, trees)
        await d.run_once()
        assert api.calls("sendMessage") == []  # not before 09:00
        clock.now = almaty(2027, 2, 1, 9, 0)
        while await d.run_once():
            pass
        sent = api.calls("sendMessage")
        assert sorted(int(p["chat_id"]) for p in sent) == [OWNER, COLLEAGUE]  # one message each, not 20
        by_chat = {int(p["chat_id"]): p["text"] for p in sent}
        for text in by_chat.values():
            assert all(f"Работник {n:02d}" in text for n in range(1, 21))
            assert "Далёкий" not in text and len(text) <= 4096
        assert by_chat[OWNER].startswith("📋 Работники со сроком в ближайшие 14 дн. (до 15.02.2027): 20")
        assert by_chat[COLLEAGUE].startswith("📋 Алдағы 14 күнде")
        # the same day again: nothing more; the next digest is planned for the next day
        while await d.run_once():
            pass
        assert len(api.calls("sendMessage")) == 2
        clock.now = almaty(2027, 2, 2, 9, 0)
        while await d.run_once():
            pass
        assert len(api.calls("sendMessage")) == 4
        assert api.violations == []
        await bot.session.close()
    assert DIGEST_DAYS == 14


async def test_a_digest_with_nothing_ahead_is_not_planned_and_a_removed_member_gets_none(pg, trees):
    e = employers(pg, today=D(2027, 1, 20), now=almaty(2027, 1, 20, 10), trees=trees)
    await e.import_roster(OWNER, "name;permit_kind;permit_expiry\nДалёкий;self-employment;30.06.2027\n".encode(), "ru")
    async with pg.sessions() as s:
        from sqlalchemy import select

        rows = (await s.execute(select(Reminder.due_on).where(Reminder.user_id == OWNER))).scalars().all()
    assert rows == [D(2027, 6, 2)]  # 14 days before the reminder of 16.06 (two weeks before 30.06)
    await e.companies.leave(OWNER)
    async with pg.sessions() as s:
        assert (await s.execute(select(Reminder.id))).all() == []


async def test_a_member_who_stopped_the_digest_gets_none_and_the_others_still_do(pg, trees):
    from storage.employers import DIGEST_PREFIX
    from dialogs.tracking.schedule import first_send_time

    day = D(2027, 2, 1)
    now = almaty(2027, 2, 1, 8)
    e = employers(pg, today=day, now=now, trees=trees)
    await e.import_roster(OWNER, digest_roster(3, day), "ru")
    await e.join(COLLEAGUE, await e.invite_payload(OWNER, SECRET), SECRET)
    assert await e.companies.set_digest(COLLEAGUE, False, now) is True
    assert await e.companies.set_digest(COLLEAGUE, False, now) is False  # a second tap: nothing changes
    assert await e.companies.set_digest(STRANGER, False, now) is None  # in no company
    await e.companies.plan_digests((await e.companies.membership(OWNER)).company_id, now)  # a roster change re-plans
    async with pg.sessions.begin() as s:
        from sqlalchemy import select

        planned = (await s.execute(select(Reminder.user_id).where(Reminder.item_id.is_(None), Reminder.status == "pending"))).scalars().all()
        assert planned == [OWNER]
        # a row planned just before the switch (another process) is dropped when it falls due
        company_id = (await e.companies.membership(OWNER)).company_id
        s.add(Reminder(item_id=None, company_id=company_id, user_id=COLLEAGUE, occasion=f"{DIGEST_PREFIX}{day.isoformat()}",
                       due_on=day, send_after=first_send_time(day), status="pending", attempts=0))

    clock = Clock(almaty(2027, 2, 1, 9, 0))
    async with BotAPIDouble(token="42:REMINDERS") as api:
        bot = make_bot(api)
        d = dispatcher(pg, bot, clock, trees)
        while await d.run_once():
            pass
        sent = api.calls("sendMessage")
        assert [int(p["chat_id"]) for p in sent] == [OWNER]
        buttons = [b["callback_data"] for row in sent[0]["reply_markup"]["inline_keyboard"] for b in row]
        assert buttons == ["w:o", "w:d:0"]  # the list, and the way to stop the digest
        await bot.session.close()

    # on again: the next digest is planned for the member
    assert await e.companies.set_digest(COLLEAGUE, True, almaty(2027, 2, 1, 10)) is True
    async with pg.sessions() as s:
        rows = (await s.execute(select(Reminder.occasion).where(Reminder.user_id == COLLEAGUE, Reminder.status == "pending"))).scalars().all()
    assert rows == [f"{DIGEST_PREFIX}2027-02-02"]


def test_a_roster_row_without_months_assumes_neither_extension_nor_new_permit():
    """¶17 caps a permit at 12 months with extensions, ¶22 sends those at 12 to a new
    permit: a row without the months column was planned as 0 months (extension
    reminders for someone who may be at the cap). Now neither is assumed."""
    unknown = outlook("labour-permit", {"permit_expiry": D(2027, 1, 11)}, D(2026, 12, 1))
    # the months decide which applies: both days are reminded of, neither assumed (audit, stop 29)
    assert [p.occasion for p in unknown.planned] == ["months-unknown", "months-unknown-extension-last-day",
                                                     "months-unknown-new-permit-opens", "months-unknown-new-permit-last-day", "expiry"]
    months = next(p for p in unknown.planned if p.occasion == "months-unknown")
    # the earliest reading's day to file a new permit by: D-4 is 07.01.2027, Orthodox
    # Christmas, a day off (nothing is accepted on it, ¶12): the working day before it
    assert months.args["opens"] == D(2026, 12, 13) and months.args["new_safe"] == D(2027, 1, 6)
    known = outlook("labour-permit", {"permit_expiry": D(2027, 1, 11), "months_total": 6}, D(2026, 12, 1))
    assert "extension-opens" in [p.occasion for p in known.planned]


def test_workers_list_names_the_working_day_to_file_by_not_the_holiday_d_minus_4():
    # expiry 26.03.2027 at 12 months: D-4 = 22.03 (Nauryz) is a day off, so on the earliest
    # reading of ¶22 ("not later than D-4") the last day a filing is accepted in time is
    # Friday 19.03 (¶12: nothing is accepted on a day off). The list named 22.03, a holiday
    # ("the window falls on days off: 22.03"), while the reminder of the same occasion, the
    # card's calendar description and the months-unknown line name 19.03: it now names
    # 19.03 and says what that day is, the holiday in brackets (the safe reading: a duty's
    # earlier date). An expiry on a day off is still named on its own day (the permit's end).
    renderer = build_renderer()
    employers = Employers(None, renderer, Engine({}), lambda: D(2027, 3, 17))
    worker = WorkerEntry(name="Алия", kind="labour-permit", inputs={"permit_expiry": D(2027, 3, 26), "months_total": 12})
    line = employers.line_text(1, employers.sorted_lines([worker], D(2027, 3, 17))[0], "ru")
    assert line.endswith("по самому раннему прочтению (22.03.2027, за 4 дня до конца срока, — нерабочий день): уточните заранее: 19.03.2027"), line


def test_workers_list_names_the_certificates_reminder_day_and_says_what_it_is():
    """A self-employment certificate ending on Saturday 26.12.2026: the list said «справка
    истекает через две недели: 12.12.2026», a Saturday that read like the end, while the
    reminder went out on 11.12. Now the day is two weeks before the certificate's last
    working day (25.12, App 2 row 9), the reminder's own day, and the label says so."""
    renderer = build_renderer()
    today = D(2026, 12, 7)
    employers = Employers(None, renderer, Engine({}), lambda: today)
    worker = WorkerEntry(name="Бахтияр", kind="self-employment", inputs={"permit_expiry": D(2026, 12, 26)})
    (wl,) = employers.sorted_lines([worker], today)
    assert (wl.outlook.next_action.occasion, wl.outlook.next_action.due_on) == ("expiry-soon", D(2026, 12, 11))
    assert employers.line_text(1, wl, "ru").endswith("→ за 2 недели до последнего рабочего дня справки: 11.12.2026")
    assert employers.line_text(1, wl, "en").endswith("→ 2 weeks before the certificate's last working day: 11.12.2026")
    # on the last working day: that day, named as the day to apply by, not as the end
    (wl,) = employers.sorted_lines([worker], D(2026, 12, 14))
    assert employers.line_text(1, wl, "ru").endswith("→ последний рабочий день справки, чтобы подать на продление: 25.12.2026")
