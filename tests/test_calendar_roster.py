"""/calendar for a member of a company account (audit finding, MEDIUM): the .ics held
only the user's own /track items, so an employer with a roster and nothing tracked was
told «Для календаря пока нет сроков», and one with both got their own items only.

Now the file has an event for every date a worker's /workers card lists, titled with the
worker's name as on the roster, with a UID per worker and occasion (exporting again, or
after importing the file again, updates the events in the user's calendar instead of
doubling them). Only members of the company get its workers (the same access as
/workers); a user in no company gets what they got before.

The expected dates are the ones the user reads on /workers and each worker's card
(the audit's: 22.12.2026 and 31.01.2027 on 07.12.2026), never read back from the
calendar code under test."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from bot.app import build_renderer
from bot.employer import Employers
from bot.tracking import Tracking
from dialogs.runtime.engine import Engine
from storage.db import Database
from storage.employers import JoinResult
from storage.repositories import Users
from tests.test_reminders import almaty

D = dt.date
TODAY = D(2026, 12, 7)
OWNER, COLLEAGUE, STRANGER = 7101, 7102, 7103
SECRET = b"calendar-roster-secret"
ROOT = Path(__file__).resolve().parents[1]

# the audit's file: a name with a semicolon and commas (escaped in the .ics), months unknown
# for the first worker, 12 months for the second
ROSTER = 'name,expiry,months_total\n"Айгерим; Б., ООО",20.01.2027,\nNurlan,10.02.2027,12\n'.encode()
AIGERIM, NURLAN = "Айгерим; Б., ООО", "Nurlan"
OWN_PERMIT = {"service": "labour-permit", "kind": "permit", "expiry": "2027-03-15", "cumulative_months": 6}


@pytest.fixture
async def db(database_url):
    database = Database(database_url)
    await database.migrate()
    users = Users(database)
    for uid in (OWNER, COLLEAGUE, STRANGER):
        await users.ensure(uid, "ru")
    yield database
    await database.close()


def tracking(db, today=TODAY) -> Tracking:
    return Tracking(db, build_renderer(), lambda: today)


def employers(db, today=TODAY) -> Employers:
    return Employers(db, build_renderer(), Engine({}), today=lambda: today, now=lambda: almaty(2026, 12, 7, 10))


def events(data: bytes) -> dict[str, tuple[D, str, str]]:
    """UID -> (day, summary, description), as a calendar app reads the file."""
    cal = Calendar.from_ical(data)
    out = {}
    for e in cal.walk("VEVENT"):
        start = e.decoded("DTSTART")
        assert type(start) is D and e.decoded("DTEND") == start + dt.timedelta(days=1)
        uid = str(e["UID"])
        assert uid not in out
        out[uid] = (start, str(e["SUMMARY"]), str(e.get("DESCRIPTION", "")))
    return out


def assert_rfc5545(data: bytes) -> None:
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert "VERSION:2.0\r\n" in text and "PRODID:" in text
    assert text.count("BEGIN:VEVENT") == text.count("END:VEVENT") == text.count("BEGIN:VALARM")


def card_dates(card: str) -> set[D]:
    """The dates a worker's card lists under «Что впереди» (• dd.mm.yyyy — what)."""
    return {dt.datetime.strptime(m, "%d.%m.%Y").date() for m in re.findall(r"^• (\d\d\.\d\d\.\d{4})", card, re.M)}


def of(evs: dict, name: str) -> dict[str, tuple[D, str, str]]:
    return {uid: ev for uid, ev in evs.items() if ev[1].startswith(f"{name} — ")}


async def test_a_roster_alone_gives_a_calendar_with_every_workers_date_under_their_name(db):
    e = employers(db)
    await e.import_roster(OWNER, ROSTER, "ru")
    data = await tracking(db).calendar(OWNER, "ru")
    assert data is not None, "a member with a roster and nothing tracked is told there is nothing"
    assert_rfc5545(data)
    evs = events(data)
    aigerim, nurlan = of(evs, AIGERIM), of(evs, NURLAN)
    assert aigerim and nurlan and len(aigerim) + len(nurlan) == len(evs)
    # the next action /workers shows for each, on the day it shows
    line = {n: [ev for ev in of(evs, n).values()] for n in (AIGERIM, NURLAN)}
    assert (D(2026, 12, 22), f"{AIGERIM} — разрешение трудовому иммигранту: продление или новое разрешение: укажите месяцы в реестре") in [
        (d, s) for d, s, _ in line[AIGERIM]]
    assert (D(2027, 1, 31), f"{NURLAN} — разрешение трудовому иммигранту: подготовить документы на новое разрешение") in [
        (d, s) for d, s, _ in line[NURLAN]]
    # every date the worker's card lists, and no other; the description says it in full
    for w in await e.companies.workers(OWNER):
        card = await e.detail(OWNER, w.id, "ru")
        assert {d for d, _, _ in of(evs, w.name).values()} == card_dates(card)
        assert all(uid.startswith(f"worker-{w.id}-") and uid.endswith("@kz-migration-bot") for uid in of(evs, w.name))
    assert all(re.search(r"\d\d\.\d\d\.\d{4}", desc) for _, _, desc in evs.values())
    # the semicolon and commas of the name are escaped on the wire, and read back whole
    assert "SUMMARY:Айгерим\\; Б.\\, ООО" in data.decode()
    # in English too
    en = events(await tracking(db).calendar(OWNER, "en"))
    assert set(en) == set(evs)
    (nurlan_en,) = [s for d, s, _ in of(en, NURLAN).values() if d == D(2027, 1, 31)]
    assert nurlan_en.startswith(f"{NURLAN} — labour immigrant permit: ")


async def test_uids_are_stable_so_exporting_or_importing_again_updates_instead_of_doubling(db):
    e, t = employers(db), tracking(db)
    await e.import_roster(OWNER, ROSTER, "ru")
    first = events(await t.calendar(OWNER, "ru"))
    second = events(await t.calendar(OWNER, "ru"))
    assert first == second  # the same UIDs, days and texts (only DTSTAMP differs)
    # the same file again: nothing new
    await e.import_roster(OWNER, ROSTER, "ru")
    assert events(await t.calendar(OWNER, "ru")) == first
    # Айгерим's permit runs a week longer: her events keep their UIDs and move a week on
    await e.import_roster(OWNER, ROSTER.replace(b"20.01.2027", b"27.01.2027"), "ru")
    moved = events(await t.calendar(OWNER, "ru"))
    assert set(moved) == set(first)
    for uid, (day, summary, _) in of(first, AIGERIM).items():
        assert moved[uid][0] == day + dt.timedelta(days=7) and moved[uid][1] == summary
    assert of(moved, NURLAN) == of(first, NURLAN)


async def test_own_items_and_the_roster_together(db):
    t = tracking(db)
    await t.save(OWNER, dict(OWN_PERMIT), "ru")
    own = events(await t.calendar(OWNER, "ru"))
    assert own and all(uid.startswith("item-") for uid in own)
    await employers(db).import_roster(OWNER, ROSTER, "ru")
    data = await t.calendar(OWNER, "ru")
    assert_rfc5545(data)
    both = events(data)
    # the own items exactly as before, and the workers beside them
    assert {uid: ev[:2] for uid, ev in both.items() if uid.startswith("item-")} == {uid: ev[:2] for uid, ev in own.items()}
    assert of(both, AIGERIM) and of(both, NURLAN)
    assert len(both) == len(own) + len(of(both, AIGERIM)) + len(of(both, NURLAN))


async def test_a_colleague_gets_the_roster_and_someone_in_no_company_gets_only_their_own(db):
    e, t = employers(db), tracking(db)
    await e.import_roster(OWNER, ROSTER, "ru")
    owner = events(await t.calendar(OWNER, "ru"))
    # a colleague who joined sees what /workers shows them: the same workers, the same events
    assert await e.join(COLLEAGUE, await e.invite_payload(OWNER, SECRET), SECRET) is JoinResult.JOINED
    assert events(await t.calendar(COLLEAGUE, "ru")) == owner
    # a stranger: nothing of the company's; with nothing of their own, "nothing to export"
    assert await t.calendar(STRANGER, "ru") is None
    await t.save(STRANGER, dict(OWN_PERMIT), "ru")
    stranger = events(await t.calendar(STRANGER, "ru"))
    assert stranger and all(uid.startswith("item-") for uid in stranger)
    assert not any(AIGERIM in s or NURLAN in s for _, s, _ in stranger.values())
    # the colleague leaves: the roster goes out of their calendar with their membership
    await e.leave(COLLEAGUE, "ru")
    assert await t.calendar(COLLEAGUE, "ru") is None


async def test_nothing_ahead_on_the_roster_is_still_nothing_to_export(db):
    e = employers(db)
    await e.import_roster(OWNER, ROSTER, "ru")
    # a year on, every permit on the list has ended: no date ahead, no file
    assert await tracking(db, today=D(2027, 12, 7)).calendar(OWNER, "ru") is None


def test_the_audits_chat_gets_the_workers_in_its_ics(tmp_path):
    """The audit's reproduction through the terminal chat: /roster, /workers, /calendar."""
    roster, ics = tmp_path / "roster2.csv", tmp_path / "c2.ics"
    roster.write_bytes(ROSTER)
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'b.db'}"}
    subprocess.run([sys.executable, "-m", "bot", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    out = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--lang", "ru", "--today", TODAY.isoformat()],
        cwd=ROOT, env=env, input=f"/roster {roster}\n/workers\n/calendar {ics}\n", capture_output=True, text=True, timeout=120,
    ).stdout
    assert "22.12.2026" in out and "31.01.2027" in out  # what /workers lists
    assert "Для календаря" not in out
    assert_rfc5545(ics.read_bytes())
    evs = events(ics.read_bytes())
    assert (D(2026, 12, 22), AIGERIM) in {(d, s.split(" — ")[0]) for d, s, _ in evs.values()}
    assert (D(2027, 1, 31), NURLAN) in {(d, s.split(" — ")[0]) for d, s, _ in evs.values()}


async def test_every_event_carries_its_grounds_as_the_reminder_of_the_same_occasion_does(db):
    # a legal date in the user's calendar names its act and point, one tap away in the
    # event's notes (it had a title only)
    from bot.reminders import render_reminder
    from dialogs.tracking.schedule import default_schedules, plan
    from storage.tracking import parse_inputs

    t = tracking(db)
    await t.save(OWNER, dict(OWN_PERMIT), "ru")
    await employers(db).import_roster(OWNER, ROSTER, "ru")
    evs = events(await t.calendar(OWNER, "ru"))
    item = (await t.items.list(OWNER))[0]
    planned = {p.occasion: p for p in plan(default_schedules()[(item.service, item.kind)], parse_inputs(item.inputs))}
    own = {uid: ev for uid, ev in evs.items() if uid.startswith("item-")}
    assert own
    for uid, (_, _, description) in own.items():
        occasion = uid.split("@")[0].split("-", 2)[2]
        reminder = render_reminder(t.renderer, "ru", item, planned[occasion])
        grounds = reminder.split("\n\n")[-1]
        # the reminder's grounds, then their verbatim quotes: a calendar has no 📜 to press
        assert description.startswith(grounds + "\n\nДословные цитаты"), (uid, description)
        assert "«" in description.split("Дословные цитаты")[1]
    for uid, (_, _, description) in of(evs, NURLAN).items():
        assert "Основания" in description and "Дословные цитаты" in description, (uid, description)
