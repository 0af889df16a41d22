"""Reminders for every service: a result's "🔔 Remind me" saves the right item, its
reminders fall on the dates the law's arithmetic gives (working days from the
Kazakhstan calendar), a clock moved through the year delivers them on working days at
09:00 Almaty; /track per service; saving twice keeps one item; expired items in /status.

Expected dates are counted here from the legal numbers quoted in each comment, with the
calendar (dialogs/law/workdays.py), never read back from the code under test."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from typing import Callable

import pytest

from bot.app import build_renderer
from bot.tracking import Tracking
from dialogs.law.dates import ALMATY, add_days, add_months
from dialogs.runtime.engine import Engine
from dialogs.model.loader import load_trees
from dialogs.law.workdays import default_calendar
from storage.db import Database
from storage.repositories import Users
from storage.tracking import ReminderOutbox, TrackedItems
from tests.botapi_double import BotAPIDouble
from tests.scripted import item_ids, walk
from tests.test_reminders import Clock, almaty, dispatcher, make_bot

D = dt.date
CAL = default_calendar()
TREES = load_trees()


def wd(day: D, n: int) -> D:
    """n working days after `day` (that day not counted)."""
    return CAL.add_working_days(day, n)


def before(day: D) -> D:
    """`day`, or the working day before it when it is a day off (a duty's reminder)."""
    return CAL.last_on_or_before(day)


def after(day: D) -> D:
    return CAL.on_or_after(day)


@dataclass
class Case:
    name: str
    tree: str
    today: D
    answers: tuple
    node: str
    service: str
    kind: str
    expected: Callable[[], list[tuple[str, D]]]  # (occasion, day), upcoming only


def _kandas_latest(valid_to: D) -> D:
    # KR App 2 row 5: extension within 3 working days; new p.22: the decision goes to the
    # State Corporation within 1 working day. The last working day to file in hours and
    # still be informed by the last day of validity:
    day = before(valid_to)
    while wd(day, 3 + 1) > valid_to:
        day = before(add_days(day, -1))
    return day


CASES = [
    # SE Rules p.17: file for extension within 5 working days of the contract (Mon 14.12.2026,
    # a working day, counted as day one: AMB-12, the earlier date).
    Case("se-extension-duty", "self-employment", D(2026, 12, 15),
         ("c:foreigner", "c:today", "c:extend", "c:yes", "14.12.2026", "20.01.2027", "c:yes", "c:in-hours"),
         "ext-ready", "self-employment", "duty",
         # and the other count's day (the contract day not counted), reminded of once the first has gone
         lambda: [("deadline-extend", wd(D(2026, 12, 14), 4)), ("deadline-latest-extend", wd(D(2026, 12, 14), 5))]),
    # SE App 2 row 5: the certificate within 5 working days of registration (filed in hours on
    # Tue 15.12.2026; the registration day not counted).
    Case("se-issue", "self-employment", D(2026, 12, 15),
         ("c:foreigner", "c:today", "c:issue", "c:yes", "c:recognised", "c:yes", "c:pass", "c:yes", "c:in-hours"),
         "issue-ready", "self-employment", "application",
         lambda: [("decision-due-issue", wd(D(2026, 12, 15), 5))]),
    # FL App 2 row 5: notice of the decision within 8 working days, all within 19.
    Case("ep-issue", "employer-permit", D(2026, 11, 21),
         ("c:issue", "c:other", "15.12.2026", "c:in-hours", "c:none", "c:yes", "c:yes", "c:kz", "c:cat1-4", "c:none", "c:no", "c:no"),
         "issue-result", "employer-permit", "application",
         # no reminder at the whole procedure's 19 working days: the item is ⌛ after the notice's 8
         lambda: [("decision-due-issue", wd(D(2026, 12, 15), 8))]),
    # FL App 2 rows 5 and 8: the fee within 10 working days of the decision (Thu 24.12.2026,
    # counted as day one: the protective reading, AMB-14); a nudge 3 days before.
    Case("ep-fee", "employer-permit", D(2026, 12, 28),
         ("c:fee", "c:paid", "24.12.2026", "28.12.2026"),
         "fee-result", "employer-permit", "fee",
         # counted from the notice (received 28.12.2026) the other reading's last day is reminded of too
         lambda: [("fee-nudge", before(add_days(wd(D(2026, 12, 24), 9), -3))), ("fee-last-day", wd(D(2026, 12, 24), 9)),
                  ("fee-notice-last-day", wd(D(2026, 12, 28), 10))]),
    # KR App 2 row 5: status assigned within 30 working days of registration (Mon 23.11.2026).
    # Filed at an embassy, which registers it and forwards it to the akimat (KR p.5): the
    # day is an estimate, and its reminder says so (audit of 2026-12, finding 1)
    Case("kandas-assign", "kandas", D(2026, 11, 23),
         ("c:assign", "c:today", "c:in-hours", "c:yes", "c:no", "c:docs", "c:none", "c:regions", "c:foreign", "31.12.2030"),
         "assign-result", "kandas", "application",
         lambda: [("decision-due-assign-estimate", wd(D(2026, 11, 23), 30))]),
    # The status ends on the certificate's date; the extension must be filed early enough.
    Case("kandas-status", "kandas", D(2026, 12, 11),
         ("c:extend", "c:today", "c:in-hours", "31.12.2026"),
         "ext-in-time", "kandas", "status",
         lambda: [
             (occ, day) for occ, day in [
                 ("extension-prepare", before(add_days(_kandas_latest(D(2026, 12, 31)), -14))),
                 ("extension-latest", _kandas_latest(D(2026, 12, 31))),
                 ("status-ends", before(D(2026, 12, 31))),
             ] if day >= D(2026, 12, 11)
         ]),
    # KR App 5 p.5: the certificate within 3 days of arrival (calendar or working: the later),
    # and it ends one year after the status was obtained (from arrival, the earliest start).
    Case("kandas-arrival", "kandas", D(2026, 12, 11),
         ("c:decision", "30.12.2026"),
         "arrival-result", "kandas", "arrival",
         lambda: [
             ("certificate-due", max(add_days(D(2026, 12, 30), 3), wd(D(2026, 12, 30), 3))),
             # the year's earlier reading (the arrival day its first): the duty to extend goes by it
             ("extension-prepare", before(add_days(_kandas_latest(add_days(add_months(D(2026, 12, 30), 12), -1)), -14))),
             ("extension-latest", _kandas_latest(add_days(add_months(D(2026, 12, 30), 12), -1))),
             ("status-ends", before(add_days(add_months(D(2026, 12, 30), 12), -1))),
         ]),
    # QR p.9: the decision within 14 working days (filed Thu 10.12.2026 in hours).
    Case("rq-kandas", "regional-quota", D(2026, 12, 10),
         ("c:today", "c:in-hours", "c:kandas", "c:no", "c:yes", "c:no", "31.12.2027", "31.12.2030", "c:yes"),
         "kandas-result", "regional-quota", "application",
         lambda: [("decision-due-kandas", wd(D(2026, 12, 10), 14))]),
    # TRP p.5: the host files within 10 calendar days of the 16th birthday (Mon 14.12.2026);
    # the safe last day counts the birthday as day one (A2): 23.12.
    Case("trp-sixteen", "temporary-residence", D(2026, 12, 10),
         ("c:new", "c:citizen", "c:invites", "c:turned16", "c:kz", "14.12.2026"),
         "sixteen-deadline", "temporary-residence", "sixteen",
         # the later reading (the birthday not counted): 24.12, a working day of its own
         lambda: [("sixteen-last-safe-day", before(add_days(D(2026, 12, 14), 9))), ("sixteen-latest-day", before(add_days(D(2026, 12, 14), 10)))]),
    # PRP p.17: the hearing not later than 2 working days from the notice (Mon 14.12.2026).
    Case("prp-hearing", "permanent-residence", D(2026, 12, 14),
         ("c:hearing", "14.12.2026"),
         "hearing-result", "permanent-residence", "hearing",
         lambda: [("hearing-ready", wd(D(2026, 12, 14), 1))]),
    # PRP p.20: leave within 30 calendar days of the approval (05.10.2026; safe: day one counted,
    # A13); p.22: apply again not earlier than one year later (safe: the day after, A15).
    Case("prp-exit", "permanent-residence", D(2026, 10, 20),
         ("c:annulled", "c:approval", "05.10.2026"),
         "annulled-approved", "permanent-residence", "exit",
         lambda: [
             ("exit-nudge", before(add_days(D(2026, 10, 5), 29 - 7))),
             ("exit-last-safe-day", before(add_days(D(2026, 10, 5), 29))),
             ("exit-outer-day", before(add_days(D(2026, 10, 5), 30))),  # the other reading: a working day of its own
             ("reapply-opens", after(add_days(add_months(D(2026, 10, 5), 12), 1))),
         ]),
]


def _result(case: Case):
    engine = Engine(TREES, today=lambda: case.today)
    _, view = walk(engine, case.tree, *case.answers)
    assert view.node_id == case.node
    return view


async def _press_remind_me(db, case: Case, user: int = 1, lang: str = "ru") -> tuple[str, list]:
    view = _result(case)
    assert view.track is not None, "the result computed a date: it offers 🔔 Remind me"
    tracking = Tracking(db, build_renderer(), lambda: case.today)
    said = await tracking.save(user, dict(view.track), lang)
    items = [i for i in await tracking.items.list(user) if i.service == case.service and i.kind == case.kind]
    return said, items


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
async def test_remind_me_on_a_result_plans_the_reminders_the_law_gives(sqlite_url, case):
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    said, items = await _press_remind_me(db, case)
    assert "Готово, сохранено" in said
    assert len(items) == 1
    rows = await ReminderOutbox(db).for_item(items[0].id)
    assert sorted((r.occasion, r.due_on) for r in rows) == sorted(case.expected())
    assert all(CAL.is_working_day(r.due_on) for r in rows), "reminders go out on working days"
    await db.close()


def test_every_service_with_a_date_offers_remind_me_and_labour_rules_stay_with_labour():
    """Each result above records its own service and kind; none is a labour permit."""
    for case in CASES:
        view = _result(case)
        assert (view.track["service"], view.track["kind"]) == (case.service, case.kind)
    assert {c.service for c in CASES} == {
        "self-employment", "employer-permit", "kandas", "regional-quota", "temporary-residence", "permanent-residence"}


async def test_a_clock_moved_through_the_year_delivers_every_reminder_on_a_working_day_at_nine(sqlite_url, trees):
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(7, "ru")
    expected = []
    for case in CASES:
        await _press_remind_me(db, case, user=7)
        expected += [day for _, day in case.expected()]
    clock = Clock(almaty(2026, 10, 20, 0))
    async with BotAPIDouble(token="42:REMINDERS") as api:
        bot = make_bot(api)
        d = dispatcher(db, bot, clock, trees)
        delivered = []
        while clock.now < almaty(2027, 12, 31, 23):
            before_ = len(api.calls("sendMessage"))
            await d.run_once()
            for params in api.calls("sendMessage")[before_:]:
                delivered.append((clock.now.astimezone(ALMATY), params["text"]))
            # hour by hour in the daytime, in one step across the night (nothing is sent then)
            local = clock.now.astimezone(ALMATY)
            clock.now += dt.timedelta(hours=1 if 8 <= local.hour < 20 else 13 if local.hour == 20 else 1)
        await bot.session.close()
    assert sorted(t.date() for t, _ in delivered) == sorted(expected)
    assert all(t.hour == 9 and CAL.is_working_day(t.date()) for t, _ in delivered)
    texts = [text for _, text in delivered]
    assert all("Основания:" in text for text in texts), "every reminder carries its legal grounds"
    assert any("Оплатите заранее" in text for text in texts) and any("выехать из Казахстана" in text for text in texts)
    assert api.violations == []
    await db.close()


# ---- /track: the service first, then the kind, then that service's dates --------------

TRACK_CASES = [
    # (answers in the track tree, service, kind, expected (occasion, day) from today 10.12.2026)
    (("c:self-employment", "c:permit", "14.01.2027"), "self-employment", "permit",
     [("expiry-soon", before(D(2026, 12, 31))), ("expiry", before(D(2027, 1, 14)))]),
    (("c:self-employment", "c:duty", "c:reissue", "10.12.2026"), "self-employment", "duty",
     [("deadline-reissue", wd(D(2026, 12, 10), 4)), ("deadline-latest-reissue", wd(D(2026, 12, 10), 5))]),
    (("c:employer-permit", "c:application", "c:ict-extend", "11.12.2026", "c:after-hours"), "employer-permit", "application",
     # FL App 2 row 5: an ICT extension within 6 working days; filed after hours on Fri 11.12 -> accepted Mon 14.12
     [("decision-due-ict-extend", wd(D(2026, 12, 14), 6))]),
    (("c:kandas", "c:application", "c:extend", "10.12.2026", "c:in-hours"), "kandas", "application",
     # KR p.22: the decision (3 working days) reaches the TsON a working day later: one
     # reminder, on the day /status names ("the answer by"), not one a day before it too
     [("informed-extend", wd(D(2026, 12, 10), 4))]),
    (("c:regional-quota", "c:resettler", "10.12.2026", "c:in-hours"), "regional-quota", "application",
     # QR: 14 working days, plus the career centre's 1 working day for an online filing (the later date)
     [("decision-due-resettler", wd(D(2026, 12, 10), 15))]),
    (("c:temporary-residence", "c:application", "11.12.2026", "c:after-hours"), "temporary-residence", "application",
     [("decision-due", wd(D(2026, 12, 14), 1))]),
    (("c:temporary-residence", "c:permit", "20.03.2027"), "temporary-residence", "permit",
     # the Rules set no term and no window (SILENT): 60 and 14 days before the user's own
     # last day, a day off moving a reminder to the working day before (06.03.2027: Saturday)
     [("permit-ends-in-60-days", before(D(2027, 1, 19))), ("permit-ends-in-14-days", before(D(2027, 3, 6)))]),
    (("c:temporary-residence", "c:transfer", "01.02.2025", "24"), "temporary-residence", "transfer",
     # p.2(19): the contract's 24 months from 01.02.2025, the start day counted: 31.01.2027
     # (two months before falls before today: not planned)
     [("transfer-ends", before(D(2027, 1, 31)))]),
    (("c:permanent-residence", "c:reapply", "01.12.2026"), "permanent-residence", "reapply",
     [("reapply-opens", after(D(2027, 12, 2)))]),
    (("c:labour-permit", "c:application", "10.12.2026", "c:in-hours"), "labour-permit", "application", None),
]


@pytest.mark.parametrize("answers,service,kind,expected", TRACK_CASES, ids=lambda v: "-".join(v) if isinstance(v, tuple) else None)
async def test_track_asks_service_and_kind_then_that_services_dates(sqlite_url, answers, service, kind, expected):
    today = D(2026, 12, 10)
    engine = Engine(TREES, today=lambda: today)
    _, view = walk(engine, "track", *answers)
    assert view.kind == "result" and (view.track["service"], view.track["kind"]) == (service, kind)
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "en")
    tracking = Tracking(db, build_renderer(), lambda: today)
    said = await tracking.save(1, dict(view.track), "en")
    assert said.startswith("Done, saved.")
    (item,) = await tracking.items.list(1)
    assert (item.service, item.kind) == (service, kind)
    rows = [(r.occasion, r.due_on) for r in await ReminderOutbox(db).for_item(item.id)]
    if expected is not None:
        assert sorted(rows) == sorted(expected)
    else:  # the labour permit's 2-working-day decision, only for the labour permit
        assert rows == [("decision-due", wd(D(2026, 12, 10), 2))]
    await db.close()


def test_track_results_say_nothing_is_saved_before_the_press():
    renderer = build_renderer()
    engine = Engine(TREES, today=lambda: D(2026, 12, 10))
    for answers, *_ in TRACK_CASES:
        _, view = walk(engine, "track", *answers)
        for lang, words in (("ru", "Пока ничего не сохранено"), ("kk", "Әзірге ештеңе сақталған жоқ"), ("en", "Nothing is saved yet")):
            assert words in renderer.t(lang, view.text.id, **view.text.args)


def test_a_kandas_application_never_gets_the_labour_permits_two_days():
    engine = Engine(TREES, today=lambda: D(2026, 12, 10))
    _, view = walk(engine, "track", "c:kandas", "c:application", "c:assign", "10.12.2026", "c:in-hours")
    args = view.items[0].text.args
    assert args["decision_by"] == wd(D(2026, 12, 10), 30) != wd(D(2026, 12, 10), 2)


# ---- saving twice is one item ----------------------------------------------------------

async def test_pressing_remind_me_twice_keeps_one_item_and_says_so(db):
    case = next(c for c in CASES if c.name == "ep-fee")
    await Users(db).ensure(1, "ru")
    first, _ = await _press_remind_me(db, case)
    second, items = await _press_remind_me(db, case)
    assert "Готово, сохранено" in first and "уже сохранено" in second
    assert len(items) == 1
    assert len(await ReminderOutbox(db).for_item(items[0].id)) == len(case.expected())


async def test_two_presses_at_once_save_one_item(db):
    case = next(c for c in CASES if c.name == "prp-exit")
    await Users(db).ensure(1, "ru")
    view = _result(case)
    tracking = Tracking(db, build_renderer(), lambda: case.today)
    said = await asyncio.gather(*(tracking.save(1, dict(view.track), "ru") for _ in range(2)))
    assert all("сохранено" in s for s in said)
    assert len(await tracking.items.list(1)) == 1


async def test_same_service_kind_and_dates_with_another_label_is_another_item(sqlite_url):
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    items = TrackedItems(db)
    a = await items.save(1, "employer-permit", "permit", {"expiry": D(2027, 3, 1), "goal": "ict"}, label="Smith", today=D(2026, 12, 10))
    b = await items.save(1, "employer-permit", "permit", {"expiry": D(2027, 3, 1), "goal": "ict"}, label=" smith ", today=D(2026, 12, 10))
    c = await items.save(1, "employer-permit", "permit", {"expiry": D(2027, 3, 1), "goal": "ict"}, label="Jones", today=D(2026, 12, 10))
    d = await items.save(1, "employer-permit", "permit", {"expiry": D(2027, 3, 1), "goal": "categories"}, label="Jones", today=D(2026, 12, 10))
    assert a.id == b.id and len({a.id, c.id, d.id}) == 3
    await db.close()


# ---- /status: expired items ------------------------------------------------------------

async def test_status_says_expired_on_and_what_it_means_and_lists_current_items_first(sqlite_url):
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    items = TrackedItems(db)
    await items.save(1, "self-employment", "permit", {"expiry": D(2026, 12, 1)}, today=D(2026, 11, 20))
    await items.save(1, "labour-permit", "permit", {"expiry": D(2026, 12, 5), "cumulative_months": 6}, label="Айгерим", today=D(2026, 11, 20))
    await items.save(1, "kandas", "status", {"valid_to": D(2027, 3, 31)}, today=D(2026, 11, 20))
    renderer = build_renderer()
    for lang, meaning in (
        ("ru", "⌛ Справка закончилась 01.12.2026"),
        ("kk", "⌛ Анықтама 01.12.2026 күні аяқталды"),
        ("en", "⌛ The certificate ended on 01.12.2026"),
    ):
        tracking = Tracking(db, renderer, lambda: D(2026, 12, 10))
        statuses = await tracking.statuses(1, lang)
        assert [s.item.service for s in statuses] == ["kandas", "self-employment", "labour-permit"]
        assert [s.expired for s in statuses] == [False, True, True]
        se = statuses[1].text
        assert meaning in se
        assert "17" in se  # the grounds: SE Rules p.17 (the extension after a contract)
        lp = statuses[2].text
        assert "05.12.2026" in lp and "окно продления" not in lp
        # the day is said once (it said "⌛ Expired on 05.12.2026. The permit ended on 05.12.2026.")
        assert se.split("\n")[0].count("01.12.2026") == 1 and lp.split("\n")[0].count("05.12.2026") == 1
        # "working without a permit is not allowed" rests on Entry Rules p.7, not on a number
        assert renderer.t(lang, "source-entry-rules") in lp
        page = tracking.status_text(statuses, lang)
        assert page.index(statuses[0].text) < page.index(meaning)
    # the day itself is still current
    statuses = await Tracking(db, renderer, lambda: D(2026, 12, 1)).statuses(1, "ru")
    assert not any("закончилась 01.12.2026" in s.text or "⌛" in s.text for s in statuses if s.item.service == "self-employment")
    await db.close()


async def test_a_reminder_in_kazakh_and_english_carries_the_grounds(sqlite_url, trees):
    from bot.reminders import reminder_text
    from dialogs.tracking.schedule import default_schedules, plan
    from storage.tracking import parse_inputs

    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "kk")
    item = await TrackedItems(db).save(1, "temporary-residence", "sixteen", {"birthday": D(2027, 2, 3)}, label="Dana", today=D(2026, 12, 10))
    renderer = build_renderer()
    occasions = [p.occasion for p in plan(default_schedules()[("temporary-residence", "sixteen")], parse_inputs(item.inputs))]
    for lang, head, words in (("kk", "Dana: Уақытша тұруға рұқсат — балаға 16 жас", "16 жас толады"),
                              ("en", "Dana: Temporary residence permit — a child turning 16", "turns 16")):
        text = reminder_text(renderer, lang, item, occasions[0])
        assert text.startswith(f"🔔 {head}\n") and words in text and "03.02.2027" in text
    await db.close()


def test_every_schedule_occasion_and_ending_cites_a_parameter(tmp_path):
    """`check` fails an occasion without a citation (and an ending without one)."""
    from dialogs import check as check_mod
    from dialogs.tracking.schedule import SCHEDULES_DIR

    for path in SCHEDULES_DIR.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    citations = {tid: set(tree.citations) for tid, tree in load_trees().items()}
    broken = tmp_path / "kandas.yaml"
    assert check_mod._check_schedules({}, tmp_path, citations) == []
    original = broken.read_text(encoding="utf-8")
    occasion = "text: rem-decision-due, args: {decision_by: decision_by}, cite: [param:kandas.assignment_working_days]}"
    broken.write_text(original.replace(occasion, occasion.split(", cite:")[0] + "}", 1), encoding="utf-8")
    problems = check_mod._check_schedules({}, tmp_path, citations)
    assert [(p.node, p.field) for p in problems] == [("application", "decision-due-assign")]
    # a /status line states dates too: without its grounds (📜 would show nothing) it fails
    line = "text: status-application, args: {decision_by: informed_by}, cite: [param:kandas.assignment_working_days]}"
    broken.write_text(original.replace(line, line.split(", cite:")[0] + "}", 1), encoding="utf-8")
    problems = check_mod._check_schedules({}, tmp_path, citations)
    assert [(p.node, p.field) for p in problems] == [("application", "status status-application")]
    assert "cite" in problems[0].message
    broken.write_text(original, encoding="utf-8")
    # a citation of the service's own tree is a ground; another tree's is not
    lp = tmp_path / "labour-permit.yaml"
    lp.write_text(lp.read_text(encoding="utf-8").replace("cite: [no-work-without-permit,", "cite: [kandas-only-id,", 1), encoding="utf-8")
    problems = check_mod._check_schedules({}, tmp_path, citations)
    assert [(p.node, p.field) for p in problems][-1] == ("permit", "ends") and "kandas-only-id" in problems[-1].message
    # an item must say what it is: /status and its reminders lead with its name
    ks = tmp_path / "kandas.yaml"
    ks.write_text(ks.read_text(encoding="utf-8").replace("    name: item-ks-application\n", "", 1), encoding="utf-8")
    problems = check_mod._check_schedules({}, tmp_path, citations)
    assert ("application", "name") in [(p.node, p.field) for p in problems]


async def test_status_groups_an_employers_items_by_person(sqlite_url):
    """An HR officer tracking several workers with /track: each worker's items stand
    together, the worker with the most urgent deadline first."""
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    items = TrackedItems(db)
    today = D(2026, 12, 1)
    await items.save(1, "labour-permit", "permit", {"expiry": D(2026, 12, 20), "cumulative_months": 6}, label="Азиз", today=today)
    await items.save(1, "labour-permit", "permit", {"expiry": D(2027, 1, 25), "cumulative_months": 6}, label="Бек", today=today)
    await items.save(1, "labour-permit", "termination", {"terminated_on": D(2027, 3, 1)}, label="Азиз", today=today)
    # Азиз's earlier permit, over on 20.11: listed after every current item, Бек's too
    await items.save(1, "labour-permit", "permit", {"expiry": D(2026, 11, 20), "cumulative_months": 6}, label="Азиз", today=today)
    tracking = Tracking(db, build_renderer(), lambda: today)
    statuses = await tracking.statuses(1, "ru")
    # by date alone: Азиз (20.12), Бек (25.01), Азиз (03.2027); grouped by person:
    assert [s.item.label for s in statuses] == ["Азиз", "Азиз", "Бек", "Азиз"]
    assert [s.item.kind for s in statuses] == ["permit", "termination", "permit", "permit"]
    assert statuses[0].next_due < statuses[2].next_due < statuses[1].next_due
    assert [s.expired for s in statuses] == [False, False, False, True]
    assert "⌛" in tracking.status_text(statuses, "ru").split("\n\n4. ")[1]
    await db.close()


async def test_a_save_names_the_same_permit_tracked_with_other_dates(sqlite_url):
    """A new item that is the same thing for the same person as a current one (an
    answer corrected after saving, a renewed permit) says so and names the earlier one's
    dates; another worker's permit, an item already over, one marked done and the same
    dates again are not such twins."""
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    today = D(2026, 12, 7)
    tracking = Tracking(db, build_renderer(), lambda: today)
    permit = {"service": "labour-permit", "kind": "permit", "cumulative_months": 6}
    first = await tracking.store(1, {**permit, "expiry": "2027-01-20"}, "ru")
    assert first.stored and first.twins == () and "другими датами" not in first.text
    await tracking.store(1, {**permit, "expiry": "2026-12-01"}, "ru")  # over already: ⌛
    await tracking.store(1, {**permit, "expiry": "2027-02-10", "label": "Бек"}, "ru")  # another person
    done = await tracking.store(1, {**permit, "expiry": "2027-03-01"}, "ru")
    items = await tracking.items.list(1)
    await tracking.items.mark_done(items[-1].id, 1)
    assert done.twins == (items[0].id,)
    again = await tracking.store(1, {**permit, "expiry": "2027-01-20"}, "ru")
    assert again.twins == () and again.text.startswith("Это уже сохранено")
    corrected = await tracking.store(1, {**permit, "expiry": "2027-01-21"}, "ru")
    assert corrected.twins == (items[0].id,)
    assert "Это же уже сохранено раньше, с другими датами:\nРазрешение до 20.01.2027" in corrected.text
    assert "21.01.2027" not in corrected.text.split("другими датами")[1]
    # a worker's permit with other dates names that worker's earlier item, not the user's own
    bek = await tracking.store(1, {**permit, "expiry": "2027-02-11", "label": "бек"}, "ru")
    assert bek.twins == (items[2].id,)
    await db.close()


@pytest.mark.parametrize("track, later, before, after", [
    # the extension window closed on 05.12 (its last working day 04.12), the permit runs to 10.12
    ({"service": "labour-permit", "kind": "permit", "expiry": "2026-12-10", "cumulative_months": 6}, D(2026, 12, 7),
     "подать на продление надёжно с", "Срок для продления прошёл: последний день подачи был 05.12.2026. Разрешение действует до 10.12.2026."),
    # the cautious last working day (09.12) gone, the literal one (10.12) is today
    ({"service": "labour-permit", "kind": "permit", "expiry": "2026-12-15", "cumulative_months": 6}, D(2026, 12, 10),
     "подать на продление надёжно с", "по осторожному счёту последний рабочий день для продления был 09.12.2026. По буквальному счёту подать можно до 10.12.2026"),
    # the planning date 04.12 gone, the permit runs to 15.12
    ({"service": "employer-permit", "kind": "permit", "expiry": "2026-12-15", "goal": "ict"}, D(2026, 12, 7),
     "подайте не позже 04.12.2026", "Подать на продление с запасом (не позже 04.12.2026) уже не получится: подайте как можно скорее"),
    ({"service": "kandas", "kind": "status", "valid_to": "2026-12-09"}, D(2026, 12, 7),
     "подайте до 03.12.2026", "Подавайте на продление как можно скорее: чтобы ответ пришёл до этого дня, подать нужно было не позже 03.12.2026."),
    # duties read two ways: the safe day gone, the other reading's day ahead (or today)
    ({"service": "labour-permit", "kind": "termination", "terminated_on": "2026-12-03"}, D(2026, 12, 7),
     "надёжно до 04.12.2026", "Надёжный срок уведомить ЦОН о расторжении (04.12.2026) прошёл; если день расторжения не считать, последний день — 07.12.2026."),
    ({"service": "self-employment", "kind": "duty", "event_date": "2026-12-01", "duty": "reissue"}, D(2026, 12, 8),
     "Подать не позже 07.12.2026", "По одному способу счёта срок подать прошёл (07.12.2026); по другому — не позже 08.12.2026."),
    ({"service": "temporary-residence", "kind": "sixteen", "birthday": "2026-11-28"}, D(2026, 12, 8),
     "не позже 07.12.2026 (самое позднее — 08.12.2026)", "Безопасный срок подать на разрешение на временное проживание ребёнка прошёл (07.12.2026); самое позднее — 08.12.2026."),
    ({"service": "permanent-residence", "kind": "exit", "annulled_on": "2026-11-07"}, D(2026, 12, 7),
     "Выехать из Казахстана не позже 06.12.2026", "По нашему расчёту безопасный срок выезда (06.12.2026) прошёл; по другому прочтению — не позже 07.12.2026."),
    # the notice's day is known: the fee's last day counted from it is named, not "may be later"
    ({"service": "employer-permit", "kind": "fee", "decided_on": "2026-11-20", "received_on": "2026-11-23"}, D(2026, 12, 4),
     "Оплатить сбор за разрешение не позже 03.12.2026", "Срок оплаты сбора, считая от решения, истёк 03.12.2026; если считать от уведомления о решении — последний день 07.12.2026."),
    # 12 months: the earliest reading's day (18.01) gone, our window open to 21.01; then our window gone too
    ({"service": "labour-permit", "kind": "permit", "expiry": "2027-01-22", "cumulative_months": 12}, D(2027, 1, 19),
     "с 18.01.2027 по 21.01.2027", "По одному прочтению подать на новое разрешение нужно было не позже 18.01.2027; по нашему окно — до 21.01.2027."),
    ({"service": "labour-permit", "kind": "permit", "expiry": "2027-01-22", "cumulative_months": 12}, D(2027, 1, 22),
     "с 18.01.2027 по 21.01.2027", "По нашему прочтению окно для нового разрешения закончилось 21.01.2027; по другому прочтению подать можно и 22.01.2027."),
    # a roster item without the months: the extension's safe last working day (14.01) gone
    ({"service": "labour-permit", "kind": "permit", "expiry": "2027-01-20"}, D(2027, 1, 15),
     "надёжно с 22.12.2026 по 14.01.2027", "а надёжный последний день подачи на продление (14.01.2027) прошёл."),
    # the certificate ends on Saturday 16.01: on that day no working day is left (row 9)
    ({"service": "self-employment", "kind": "permit", "expiry": "2027-01-16"}, D(2027, 1, 16),
     "не позже 15.01.2027", "Справка действует до 16.01.2027, но рабочих дней до её окончания не осталось"),
    ({"service": "self-employment", "kind": "duty", "event_date": "2027-01-13", "duty": "extend", "cert_expiry": "2027-01-16"}, D(2027, 1, 16),
     "Подать не позже 15.01.2027: справка заканчивается 16.01.2027", "Справка действует до 16.01.2027, но рабочих дней до её окончания не осталось"),
    # the hearing's earliest day gone: only the last day is named
    ({"service": "permanent-residence", "kind": "hearing", "notice_on": "2027-01-06"}, D(2027, 1, 11),
     "будьте готовы к 08.01.2027", "Заслушивание проводится не позже 11.01.2027: будьте готовы прийти."),
])
async def test_status_reads_today_a_filing_day_gone_while_the_item_runs(sqlite_url, track, later, before, after):
    """/status does not tell to file "by" or "from … to" a day already gone while the
    permit or status still runs, nor lead with a safe day already gone while the other
    reading's day is ahead; on 01.12 the same item reads as before."""
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    today = D(2026, 12, 1)
    tracking = Tracking(db, build_renderer(), lambda: today)
    assert (await tracking.store(1, track, "ru")).stored
    [early] = await tracking.statuses(1, "ru")
    assert before in early.text and after not in early.text
    today = later
    [late] = await tracking.statuses(1, "ru")
    assert after in late.text and before not in late.text and not late.expired
    await db.close()


@pytest.mark.parametrize("answers, days, ahead, gone", [
    (("c:employer-permit", "c:permit", "c:ict", "15.12.2026"), (D(2026, 12, 1), D(2026, 12, 7)), "status-ep-permit", "status-ep-permit-late"),
    (("c:self-employment", "c:duty", "c:reissue", "01.12.2026"), (D(2026, 12, 1), D(2026, 12, 8)), "status-se-duty", "status-se-duty-late"),
    (("c:temporary-residence", "c:sixteen", "c:kz", "28.11.2026"), (D(2026, 12, 1), D(2026, 12, 8)), "status-trp-sixteen", "status-trp-sixteen-late"),
    (("c:kandas", "c:status", "09.12.2026"), (D(2026, 12, 1), D(2026, 12, 7)), "status-ks-status", "status-ks-status-late"),
    # a year from an arrival under order 222: the status runs to 19.07.2027
    (("c:kandas", "c:arrival", "20.07.2026"), (D(2027, 7, 1), D(2027, 7, 16)), "status-ks-status", "status-ks-status-late"),
])
def test_track_result_says_a_filing_day_gone_as_status_does(answers, days, ahead, gone):
    """The /track result shows the same line /status will: "file by" while the day is
    ahead, "as soon as possible" once it is gone and the permit or status still runs."""
    for today, shown in zip(days, (ahead, gone)):
        _, view = walk(Engine(TREES, today=lambda: today), "track", *answers)
        ids = item_ids(view)
        assert shown in ids and ({ahead, gone} - {shown}).isdisjoint(ids), (today, ids)
        assert view.track is not None  # still offered: the end is reminded of


async def test_a_certificate_ending_before_the_later_count_ends_the_duty_with_it(sqlite_url):
    """Extension within 5 working days of a contract of 13.01.2027: 19.01 on one count,
    20.01 on the other; the certificate ends 19.01. On 20.01 the item is over with the
    certificate (whether an ended one can be extended is not said), not "file by 20.01"."""
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    today = D(2027, 1, 19)
    tracking = Tracking(db, build_renderer(), lambda: today)
    await tracking.store(1, {"service": "self-employment", "kind": "duty", "event_date": "2027-01-13", "duty": "extend", "cert_expiry": "2027-01-19"}, "ru")
    [on_day] = await tracking.statuses(1, "ru")
    assert "19.01.2027" in on_day.text and not on_day.expired
    today = D(2027, 1, 20)
    [after] = await tracking.statuses(1, "ru")
    assert after.expired and after.text.startswith("⌛ Справка закончилась 19.01.2027") and "20.01" not in after.text
    await db.close()


async def test_a_save_with_no_reminder_left_but_a_day_ahead_does_not_say_all_dates_passed(sqlite_url):
    """A residence permit ending 17.12 saved on 07.12: its reminders (60 and 14 days
    before) are gone, its end is not. The confirmation says no more reminders will come,
    never that every date has passed; /status puts it above an item reminded of later."""
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    tracking = Tracking(db, build_renderer(), lambda: D(2026, 12, 7))
    await tracking.store(1, {"service": "labour-permit", "kind": "permit", "expiry": "2027-06-30", "cumulative_months": 6}, "ru")
    saved = await tracking.store(1, {"service": "temporary-residence", "kind": "permit", "expiry": "2026-12-17"}, "ru")
    assert saved.text.startswith("Готово, сохранено. Напоминаний по нему больше не будет")
    assert "прошли" not in saved.text.split("\n")[0] and "17.12.2026" in saved.text
    over = await tracking.store(1, {"service": "temporary-residence", "kind": "permit", "expiry": "2026-12-01"}, "ru")
    assert over.text.startswith("Готово, сохранено. Все сроки по нему уже прошли")
    statuses = await tracking.statuses(1, "ru")
    assert [(s.item.service, s.expired) for s in statuses] == [
        ("temporary-residence", False), ("labour-permit", False), ("temporary-residence", True)]
    assert statuses[0].next_due is None and statuses[0].urgent_on == D(2026, 12, 17)
    await db.close()


def test_a_nudge_a_holiday_moves_onto_the_last_day_offers_no_tomorrow():
    """Permit to 10.01.2027: the nudge (5 days before 05.01) moves back over the New
    Year holidays onto 31.12, the safe last working day itself. Snoozed to 01.01 it would
    come after that day: it is a last-day reminder too."""
    from dialogs.tracking.schedule import default_schedules, plan

    planned = {p.occasion: p for p in plan(default_schedules()[("labour-permit", "permit")], {"expiry": D(2027, 1, 10), "cumulative_months": 6})}
    assert planned["extension-nudge"].due_on == planned["extension-last-working-day"].due_on == D(2026, 12, 31)
    assert planned["extension-nudge"].last
    other = {p.occasion: p for p in plan(default_schedules()[("labour-permit", "permit")], {"expiry": D(2027, 3, 1), "cumulative_months": 6})}
    assert not other["extension-nudge"].last  # on its own day it may still be put off a day


def test_track_fee_with_the_notice_day_known_names_its_last_day_once_the_first_is_gone():
    """Decision 20.11, notice 23.11: on 04.12 the day counted from the decision (03.12) is
    gone; the headline names the one from the notice (07.12), as /status does."""
    _, view = walk(Engine(TREES, today=lambda: D(2026, 12, 4)), "track", "c:employer-permit", "c:fee", "20.11.2026", "c:date", "23.11.2026")
    assert view.text.id == "status-ep-fee-notice-late" and view.text.args["pay_by_notice"] == D(2026, 12, 7)


# ---- what an item is: first on its /status line, in its reminders and calendar events ----

# Every kind of item the trees save, with the inputs that tell them apart, and its name
# in Russian. Items store a service, a kind and these inputs, never a text: the name is
# rendered from them, so items saved before the names existed are named too.
ITEM_NAMES = [
    ("labour-permit", "permit", {}, "Разрешение трудовому иммигранту"),
    ("labour-permit", "application", {}, "Разрешение трудовому иммигранту — заявление"),
    ("labour-permit", "termination", {}, "Разрешение трудовому иммигранту — расторжение договора"),
    ("self-employment", "permit", {}, "Справка о самозанятости"),
    ("self-employment", "application", {"request": "issue"}, "Справка о самозанятости — заявление на выдачу"),
    ("self-employment", "application", {"request": "extend"}, "Справка о самозанятости — заявление на продление"),
    ("self-employment", "application", {"request": "reissue"}, "Справка о самозанятости — заявление на переоформление"),
    ("self-employment", "application", {"request": "duplicate"}, "Справка о самозанятости — заявление на дубликат"),
    ("self-employment", "duty", {"duty": "extend"}, "Справка о самозанятости — продление"),
    ("self-employment", "duty", {"duty": "reissue"}, "Справка о самозанятости — переоформление"),
    ("self-employment", "duty", {"duty": "duplicate"}, "Справка о самозанятости — дубликат"),
    ("employer-permit", "permit", {"goal": "categories"}, "Разрешение работодателю"),
    ("employer-permit", "permit", {"goal": "ict"}, "Разрешение работодателю (внутрикорпоративный перевод)"),
    ("employer-permit", "application", {"request": "issue"}, "Разрешение работодателю — заявление на выдачу"),
    ("employer-permit", "application", {"request": "extend"}, "Разрешение работодателю — заявление на продление"),
    ("employer-permit", "application", {"request": "reissue"}, "Разрешение работодателю — заявление на переоформление"),
    ("employer-permit", "application", {"request": "ict-issue"}, "Разрешение работодателю (внутрикорпоративный перевод) — заявление на выдачу"),
    ("employer-permit", "application", {"request": "ict-extend"}, "Разрешение работодателю (внутрикорпоративный перевод) — заявление на продление"),
    ("employer-permit", "application", {"request": "ict-reissue"}, "Разрешение работодателю (внутрикорпоративный перевод) — заявление на переоформление"),
    ("employer-permit", "fee", {}, "Разрешение работодателю — сбор"),
    ("kandas", "status", {}, "Статус кандаса"),
    ("kandas", "arrival", {}, "Статус кандаса"),  # the same status, its end estimated (the line says so)
    ("kandas", "application", {"request": "assign"}, "Статус кандаса — заявление на присвоение"),
    ("kandas", "application", {"request": "extend"}, "Статус кандаса — заявление на продление"),
    ("regional-quota", "application", {"applicant": "kandas"}, "Региональная квота — заявление кандаса"),
    ("regional-quota", "application", {"applicant": "resettler"}, "Региональная квота — заявление переселенца"),
    ("temporary-residence", "permit", {}, "Временное проживание"),
    ("temporary-residence", "application", {}, "Временное проживание — заявление"),
    ("temporary-residence", "sixteen", {}, "Временное проживание — ребёнку 16 лет"),
    ("temporary-residence", "transfer", {}, "Временное проживание — внутрикорпоративный перевод"),
    ("permanent-residence", "application", {}, "Постоянное проживание — заявление"),
    ("permanent-residence", "hearing", {}, "Постоянное проживание — заслушивание"),
    ("permanent-residence", "exit", {}, "Постоянное проживание — выезд после аннулирования"),
    ("permanent-residence", "reapply", {}, "Постоянное проживание — новое заявление после отказа"),
]


def test_every_kind_of_item_has_a_short_name_of_its_own_in_every_language():
    """Audit stop 23 M5: someone with a kandas application and a quota application, or a
    self-employment certificate and a work permit, could not tell their lines apart. Each
    kind the schedules know, and each request, goal, duty or applicant /track asks, reads
    differently, in every language, in at most 100 characters (three lines on a phone)."""
    from bot.tracking import item_title
    from dialogs.runtime.i18n import COMPLETE_LANGS
    from dialogs.tracking.schedule import default_schedules
    from storage.models import TrackedItem

    assert {(s, k) for s, k, _, _ in ITEM_NAMES} == set(default_schedules())
    asked = {node.key: {c.id for c in node.choices} for node in TREES["track"].nodes.values() if node.key in ("request", "goal", "duty", "applicant")}
    named = {}
    for service, kind, inputs, _ in ITEM_NAMES:
        for key, value in inputs.items():
            named.setdefault(key, set()).add(value)
    for key in ("goal", "duty", "applicant"):
        assert asked[key] <= named[key], key
    assert named["request"] >= {"issue", "extend", "reissue", "duplicate", "ict-issue", "ict-extend", "ict-reissue", "assign"}
    renderer = build_renderer()
    for lang in COMPLETE_LANGS:
        names = {}
        for service, kind, inputs, ru in ITEM_NAMES:
            item = TrackedItem(service=service, kind=kind, inputs=inputs, label=None)
            name = item_title(renderer, lang, item)
            if lang == "ru":
                assert name == ru
            assert name and "{" not in name and not name.startswith("item-") and len(name) <= 100, (lang, name)
            names.setdefault(name, []).append((service, kind))
        shared = [kinds for kinds in names.values() if len(kinds) > 1]
        assert shared == [[("kandas", "status"), ("kandas", "arrival")]], (lang, shared)


async def test_status_reminders_and_calendar_say_first_which_item_it_is(sqlite_url):
    """Audit stop 23 M5: /status said «1. Моё: Заявление подано: ответ — не позже …» for a
    kandas application and a quota application alike, and «Моё: Разрешение действует
    до …» for both an employer's permit and its intra-corporate transfer; the reminder
    said «🔔 Ответ по вашему заявлению …». Now the item's name comes first: on its /status
    line, at the head of its reminders, in its calendar events; a worker's name stays."""
    from bot.reminders import reminder_text
    from dialogs.tracking.schedule import default_schedules, plan
    from storage.tracking import parse_inputs

    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    items = TrackedItems(db)
    today = D(2026, 12, 7)
    saved = [
        ("self-employment", "duty", {"event_date": D(2026, 12, 4), "duty": "extend"}, None,
         "Справка о самозанятости — продление", "Self-employment certificate — extension"),
        ("employer-permit", "permit", {"expiry": D(2027, 1, 15), "goal": "categories"}, None,
         "Разрешение работодателю", "Employer's permit"),
        ("employer-permit", "permit", {"expiry": D(2027, 3, 26), "goal": "ict"}, None,
         "Разрешение работодателю (внутрикорпоративный перевод)", "Employer's permit (intra-corporate transfer)"),
        ("kandas", "application", {"filed_on": today, "request": "assign"}, None,
         "Статус кандаса — заявление на присвоение", "Kandas status — application for the status"),
        ("regional-quota", "application", {"filed_on": today, "applicant": "kandas"}, None,
         "Региональная квота — заявление кандаса", "Regional quota — a kandas's application"),
        ("labour-permit", "permit", {"expiry": D(2027, 1, 31), "cumulative_months": 6}, "Азиз",
         "Азиз: Разрешение трудовому иммигранту", "Азиз: Labour immigrant permit"),
    ]
    expected = {}
    for service, kind, inputs, label, ru, en in saved:
        item = await items.save(1, service, kind, inputs, label=label, today=today)
        expected[item.id] = (ru, en)
    tracking = Tracking(db, build_renderer(), lambda: today)
    renderer = tracking.renderer
    for lang, col in (("ru", 0), ("en", 1)):
        statuses = await tracking.statuses(1, lang)
        page = tracking.status_text(statuses, lang)
        assert len(statuses) == len(saved)
        for n, st in enumerate(statuses, 1):
            name = expected[st.item.id][col]
            assert f"\n\n{n}. {name}\n   {st.text}\n" in page, page
            first = plan(default_schedules()[(st.item.service, st.item.kind)], parse_inputs(st.item.inputs))[0]
            assert reminder_text(renderer, lang, st.item, first.occasion).startswith(f"🔔 {name}\n")
        ics = (await tracking.calendar(1, lang)).decode().replace("\r\n ", "")
        summaries = [line[len("SUMMARY:"):] for line in ics.split("\r\n") if line.startswith("SUMMARY:")]
        names = {names[col] for names in expected.values()}
        assert all(any(s.startswith(name + ": ") for name in names) for s in summaries)
        assert {name for name in names if any(s.startswith(name + ": ") for s in summaries)} == names
    await db.close()


async def test_a_residence_permit_is_reminded_on_its_own_last_day_saying_the_rules_set_no_window(sqlite_url, trees):
    """The Rules give a temporary residence permit a definite term (p.2(32)) but no term
    and no window to apply again (SILENT): the screen says the reminder dates are ours,
    not a rule's, and each reminder says what the rules do settle (after the term of
    stay only two cases, p.9-1) and sends the user to 1414, with its grounds."""
    from bot.reminders import reminder_text
    from storage.tracking import ReminderOutbox

    today = D(2026, 12, 10)
    engine = Engine(TREES, today=lambda: today)
    _, view = walk(engine, "track", "c:temporary-residence", "c:permit", "20.03.2027")
    rendered = build_renderer().render(view, "ru")
    assert "действует до 20.03.2027" in rendered.text
    screen = rendered.text + rendered.folded
    assert "не устанавливают ни срок РВП" in screen and "наш выбор, а не правило" in screen and "1414" in screen
    assert "2(32)" in rendered.folded  # the grounds: the definite term, quoted

    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    tracking = Tracking(db, build_renderer(), lambda: today)
    await tracking.save(1, dict(view.track), "ru")
    (item,) = await tracking.items.list(1)
    (first, second) = sorted(await ReminderOutbox(db).for_item(item.id), key=lambda r: r.due_on)
    text = reminder_text(build_renderer(), "ru", item, first.occasion)
    assert "действует до 20.03.2027" in text and "правила не говорят" in text and "только в двух случаях" in text
    assert "1414" in text and "9-1" in text and "2(32)" in text  # grounds: the term, the two cases
    await db.close()


def test_track_asks_where_the_child_turns_16_before_planning_the_10_day_duty():
    """p.5: the 10 days run for those who turn 16 in Kazakhstan; /track asked only the
    birthday and planned the duty for a child who turns 16 abroad (audit LOW 18)."""
    engine = Engine(load_trees(), today=lambda: D(2026, 12, 10))
    _, kz = walk(engine, "track", "c:temporary-residence", "c:sixteen", "c:kz", "14.12.2026")
    assert kz.node_id == "trp-sixteen" and kz.track
    _, abroad = walk(engine, "track", "c:temporary-residence", "c:sixteen", "c:abroad")
    assert abroad.node_id == "trp-sixteen-abroad" and not abroad.track
    assert [n.flag for n in abroad.notes][0] == "silent"


def test_a_childs_16th_birthday_status_and_first_reminder_lead_with_the_working_day():
    """Birthday 24.12.2026: birthday + 9 is 02.01.2027, a day off, accepted only on 05.01
    (p.8): the dialog says 'by 31.12.2026'; /status and the week-before reminder said 02.01."""
    from dialogs.tracking.schedule import default_schedules, plan, status_of

    schedule = default_schedules()[("temporary-residence", "sixteen")]
    inputs = {"birthday": D(2026, 12, 24)}
    _, args = status_of(schedule, inputs)
    assert args["safe_by"] == D(2026, 12, 31)
    soon = next(p for p in plan(schedule, inputs) if p.occasion == "sixteen-week-before")
    assert soon.args["safe_by"] == D(2026, 12, 31)


def test_track_a_labour_permit_application_asks_the_hours_like_the_service():
    """¶12: after hours an application is accepted the next working day; /track counted
    the 2 working days from the filing day itself (a decision reminder a day early)."""
    engine = Engine(load_trees(), today=lambda: D(2026, 12, 10))
    _, in_hours = walk(engine, "track", "c:labour-permit", "c:application", "10.12.2026", "c:in-hours")
    _, evening = walk(engine, "track", "c:labour-permit", "c:application", "10.12.2026", "c:after-hours")
    assert in_hours.text.args["decision_by"] == D(2026, 12, 14) and evening.text.args["decision_by"] == D(2026, 12, 15)
    assert evening.track["after_hours"] == "after-hours"
    from dialogs.tracking.schedule import default_schedules, plan

    schedule = default_schedules()[("labour-permit", "application")]
    assert [p.due_on for p in plan(schedule, {"filed_on": D(2026, 12, 10), "after_hours": "after-hours"})] == [D(2026, 12, 15)]
    assert [p.due_on for p in plan(schedule, {"filed_on": D(2026, 12, 10)})] == [D(2026, 12, 14)]  # saved before: in hours


# The hours of a filing, per service: the next-working-day rule is in the labour permit
# article (¶12), TRP p.8 and the SE and FL App. 2 rows 9; the kandas and quota rows 9
# give only the hours ("round the clock, except technical breaks"), not that rule.
HOURS_PATHS = {
    "kandas": (("c:kandas", "c:application", "c:assign", "09.12.2026"), {"kandas-rules"}),
    "regional-quota": (("c:regional-quota", "c:kandas", "09.12.2026"), {"quota-rules"}),
    "labour-permit": (("c:labour-permit", "c:application", "09.12.2026"), {"labour-permit-article"}),
    "self-employment": (("c:self-employment", "c:application", "c:issue", "09.12.2026"), {"se-rules"}),
    "employer-permit": (("c:employer-permit", "c:application", "c:issue", "09.12.2026"), {"fl-rules"}),
    "temporary-residence": (("c:temporary-residence", "c:application", "09.12.2026"), {"residence-rules"}),
}


@pytest.mark.parametrize("service", HOURS_PATHS)
def test_track_asks_the_hours_stating_only_the_rule_the_services_own_rules_have(service):
    """Review M2: /track told a kandas or quota applicant «принимают следующим рабочим
    днём», uncited, a rule their rules do not have. Now those two say the rules are
    silent and the date is counted from the next working day (the later date to wait
    for), cited to their own row 9; the others state the rule with their own point."""
    answers, sources = HOURS_PATHS[service]
    _, view = walk(Engine(TREES, today=lambda: D(2026, 12, 10)), "track", *answers)
    assert view.node_id == "app-hours"
    (note,) = view.notes
    assert {c.source for c in note.citations} == sources
    shown = build_renderer().render(view, "ru").text
    if service in ("kandas", "regional-quota"):
        assert note.flag == "silent" and "следующим рабочим днём" not in shown
        assert "правила этой услуги не говорят" in shown and "ближайшего рабочего дня" in shown
    else:
        assert "принимают следующим рабочим днём" in shown
    assert "📜" in str(build_renderer().render(view, "ru").buttons), "the quotes are one tap away"


def test_track_hours_of_a_kandas_filing_before_12_july_cite_the_transitional_row():
    """Until 11.07.2026 App. 2 applies in the wording of order 222's own appendix."""
    engine = Engine(TREES, today=lambda: D(2026, 7, 20))
    _, kandas = walk(engine, "track", "c:kandas", "c:application", "c:assign", "01.07.2026")
    _, quota = walk(engine, "track", "c:regional-quota", "c:resettler", "01.07.2026")
    for view in (kandas, quota):
        (note,) = view.notes
        assert note.text.id == "track-hours-unsaid" and {c.source for c in note.citations} == {"order-222"}


def test_track_a_new_permit_whose_earliest_day_is_a_holiday_does_not_call_it_safe():
    engine = Engine(load_trees(), today=lambda: D(2026, 12, 1))
    _, view = walk(engine, "track", "c:labour-permit", "c:my-permit", "20.12.2026", "12")  # D-4 = 16.12, a holiday
    ids = [i.text.id for i in view.items]
    # and what that means, as the labour-permit service says it: no day fits every reading, ask first
    assert "lp-reason-new-permit-window-both" not in ids and "lp-result-new-permit-day-off-earliest" in ids
    shown = build_renderer().render(view, "ru").text
    assert "Ни один день не подходит при всех прочтениях — уточните заранее в ЦОН или по 1414" in shown
    _, ordinary = walk(engine, "track", "c:labour-permit", "c:my-permit", "18.12.2026", "12")
    assert "lp-reason-new-permit-window-both" in [i.text.id for i in ordinary.items]


def test_status_of_a_permit_to_extend_starts_at_the_safe_first_day():
    from dialogs.tracking.schedule import default_schedules, status_of

    _, args = status_of(default_schedules()[("labour-permit", "permit")], {"expiry": D(2026, 12, 31), "cumulative_months": 6})
    assert args["opens"] == D(2026, 12, 2) and args["closes"] == D(2026, 12, 26)  # D-29; the literal D-5 stays second


def test_a_self_employment_extension_duty_reminds_before_the_certificate_ends():
    """Contract Tue 22.12.2026, certificate valid until Thu 24.12.2026: the dialog says file
    while it is valid (whether an expired one can be extended is not said); the only
    reminder was on the 5-working-day deadline, 28.12, after the certificate ended."""
    from dialogs.tracking.schedule import default_schedules, plan

    schedule = default_schedules()[("self-employment", "duty")]
    inputs = {"event_date": D(2026, 12, 22), "duty": "extend", "cert_expiry": D(2026, 12, 24)}
    planned = {p.occasion: p for p in plan(schedule, inputs)}
    assert planned["certificate-ends-first"].due_on == D(2026, 12, 24) and planned["certificate-ends-first"].last
    assert "deadline-extend" not in planned  # 28.12, after the certificate ended: not a day to act on
    later = {p.occasion for p in plan(schedule, {**inputs, "cert_expiry": D(2027, 6, 30)})}
    assert "certificate-ends-first" not in later and "deadline-extend" in later
    assert "certificate-ends-first" not in {p.occasion for p in plan(schedule, {"event_date": D(2026, 12, 22), "duty": "extend"})}


def test_an_exit_after_annulment_is_over_only_when_both_readings_have_run_out():
    """p.20: leave within 30 calendar days of the approval; counting the approval day
    the safe last day is 30.12, not counting it 31.12 (A13). On 31.12 /status said
    'the 30 days ran out on 30.12'; it is 'ended' only after 31.12."""
    from dialogs.tracking.schedule import default_schedules, ended_on

    schedule = default_schedules()[("permanent-residence", "exit")]
    inputs = {"annulled_on": D(2026, 12, 1)}
    assert ended_on(schedule, inputs, D(2026, 12, 31)) is None
    assert ended_on(schedule, inputs, D(2027, 1, 1))[0] == D(2026, 12, 31)


def test_the_employer_fee_is_over_only_after_the_later_reading_when_the_notice_is_known():
    """Rows 5 and 8 count the 10 working days from the decision or from its notice
    (AMB-14): decision 15.12.2026, notice 18.12 — the safe day is 29.12, the other
    05.01.2027; /status said 'ran out' from 30.12."""
    from dialogs.tracking.schedule import default_schedules, ended_on

    schedule = default_schedules()[("employer-permit", "fee")]
    with_notice = {"decided_on": D(2026, 12, 15), "received_on": D(2026, 12, 18)}
    assert ended_on(schedule, with_notice, D(2026, 12, 30)) is None
    assert ended_on(schedule, {"decided_on": D(2026, 12, 15)}, D(2026, 12, 30)) is not None


def test_track_a_kandas_arrival_before_order_222_can_be_in_force_gives_no_dates():
    """The kandas dialog gives no date for an arrival before 10.06.2026 (the earlier wording
    of the Rules is not in our sources); /track planned arrival + 12 months under order 222.
    It now says the same and offers tracking the certificate's own end instead."""
    engine = Engine(load_trees(), today=lambda: D(2026, 12, 10))
    _, old = walk(engine, "track", "c:kandas", "c:arrival", "15.01.2026")
    assert old.node_id == "ks-arrival-old-rules" and not old.track
    assert [n.flag for n in old.notes][0] == "silent"
    state, new = walk(engine, "track", "c:kandas", "c:arrival", "15.07.2026")
    assert new.node_id == "ks-arrived" and new.track
    # the year from the arrival is an estimate (p.10); the certificate prints its own
    # term: the screen says so and one button tracks the certificate's end instead
    assert [i.text.id for i in new.items if i.flag == "ambiguous"] == ["track-ks-arrival-estimate"]  # visible, not folded
    assert any(c.point == "10" for i in new.items for c in i.citations)  # p.10 applies from 12.07.2026
    link = next(b.action for b in new.buttons if b.label.id == "track-kind-ks-status")
    step = engine.choose(state, link)
    assert step.view.node_id == "ks-valid-to"
    # an arrival before 12.07.2026: p.10's new wording is not cited; its earlier one is not in our sources
    _, june = walk(engine, "track", "c:kandas", "c:arrival", "20.06.2026")
    assert june.node_id == "ks-arrived" and not any(c.point == "10" for i in june.items for c in i.citations)
    assert [n.text.id for n in june.notes if n.flag == "silent"] == ["ks-note-arrival-before-july"]


async def test_last_day_reminder_of_a_labour_permit_cites_entry_rules_not_a_number(sqlite_url):
    """"Working without a valid permit is not allowed" is Entry Rules p.7: the reminder
    on the permit's last day shows that ground and its quote is the tree's own."""
    from bot.reminders import reminder_text
    from dialogs.tracking.schedule import default_schedules, plan
    from storage.tracking import parse_inputs

    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "en")
    item = await TrackedItems(db).save(1, "labour-permit", "permit", {"expiry": D(2027, 3, 10), "cumulative_months": 12}, today=D(2026, 12, 10))
    planned = plan(default_schedules()[("labour-permit", "permit")], parse_inputs(item.inputs))
    last = next(p for p in planned if p.occasion == "expiry")
    renderer = build_renderer()
    text = reminder_text(renderer, "en", item, last.occasion)
    assert "10.03.2027" in text and "not allowed" in text
    assert renderer.t("en", "source-entry-rules") in text and "7" in text.split(renderer.t("en", "source-entry-rules"))[1]
    await db.close()


async def test_a_kandas_arrivals_reminders_say_the_end_is_our_estimate(sqlite_url):
    """The status's end from the arrival is an estimate (the certificate prints its own
    term, App. 5): /status and every reminder about the end say so and point to the
    certificate's date; an item saved from the certificate's own date does not."""
    from bot.reminders import reminder_text
    from dialogs.tracking.schedule import default_schedules, plan
    from storage.tracking import parse_inputs

    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    items = TrackedItems(db)
    arrived = await items.save(1, "kandas", "arrival", {"arrival": D(2026, 11, 20)}, today=D(2026, 12, 10))
    held = await items.save(1, "kandas", "status", {"valid_to": D(2027, 11, 20)}, today=D(2026, 12, 10))
    renderer = build_renderer()
    for item, estimated in ((arrived, True), (held, False)):
        planned = plan(default_schedules()[("kandas", item.kind)], parse_inputs(item.inputs))
        for occasion in ("extension-prepare", "extension-latest", "status-ends"):
            assert occasion in {p.occasion for p in planned}
            text = reminder_text(renderer, "ru", item, occasion)
            assert ("по нашей оценке" in text.lower() or "наша оценка" in text) == estimated, (item.kind, occasion, text)
            assert "20.11.2027" in text
            if estimated:  # the certificate's printed term is the ground for "go by its date"
                assert "удостоверени" in text and renderer.t("ru", "point-appendix", point="5") in text
    statuses = await Tracking(db, renderer, lambda: D(2026, 12, 10)).statuses(1, "ru")
    by_kind = {s.item.kind: s.text for s in statuses}
    assert "по нашей оценке" in by_kind["arrival"] and "по нашей оценке" not in by_kind["status"]
    await db.close()


# ---- "⏰ remind me tomorrow" is never offered on the last day -------------------------

# Inputs for every kind of every schedule, each with an end on a day off (Saturday
# 26.12.2026) and on a working day, so that an occasion and the item's end fall on the
# same working day in one of them.
_EVERY_KIND = {
    ("employer-permit", "permit"): [{"expiry": e, "goal": g} for e in (D(2026, 12, 26), D(2027, 1, 15)) for g in ("categories", "ict")],
    ("employer-permit", "application"): [{"filed_on": D(2026, 12, 10), "request": r} for r in ("issue", "extend", "ict-extend")],
    ("employer-permit", "fee"): [{"decided_on": D(2026, 12, 10)}, {"decided_on": D(2026, 12, 10), "received_on": D(2026, 12, 14)}],
    ("kandas", "status"): [{"valid_to": D(2026, 12, 26)}, {"valid_to": D(2027, 1, 15)}],
    ("kandas", "arrival"): [{"arrival": D(2026, 12, 26)}, {"arrival": D(2027, 1, 15)}],
    ("kandas", "application"): [{"filed_on": D(2026, 12, 10), "request": r} for r in ("assign", "extend")],
    ("labour-permit", "permit"): [{"expiry": e, "cumulative_months": m} for e in (D(2026, 12, 26), D(2027, 1, 15)) for m in (6, 12)],
    ("labour-permit", "application"): [{"filed_on": D(2026, 12, 10)}],
    ("labour-permit", "termination"): [{"terminated_on": D(2026, 12, 10)}, {"terminated_on": D(2026, 12, 26)}],
    ("permanent-residence", "application"): [{"filed_on": D(2026, 12, 10)}],
    # a notice on Saturday 12.12: both readings put the hearing on 15.12, the day it is over
    ("permanent-residence", "hearing"): [{"notice_on": D(2026, 12, 14)}, {"notice_on": D(2026, 12, 12)}],
    ("permanent-residence", "exit"): [{"annulled_on": D(2026, 11, 26)}, {"annulled_on": D(2026, 12, 10)}],
    ("permanent-residence", "reapply"): [{"refused_on": D(2026, 12, 10)}],
    ("regional-quota", "application"): [{"filed_on": D(2026, 12, 10), "applicant": a} for a in ("kandas", "resettler")],
    ("self-employment", "permit"): [{"expiry": D(2026, 12, 26)}, {"expiry": D(2027, 1, 15)}],
    ("self-employment", "application"): [{"filed_on": D(2026, 12, 10), "request": "issue"}],
    ("self-employment", "duty"): [{"event_date": D(2026, 12, 10), "duty": d} for d in ("extend", "reissue", "duplicate")]
    + [{"event_date": D(2026, 12, 10), "duty": "extend", "cert_expiry": D(2026, 12, 12)}],
    ("temporary-residence", "permit"): [{"expiry": D(2026, 12, 26)}, {"expiry": D(2027, 1, 15)}],
    ("temporary-residence", "application"): [{"filed_on": D(2026, 12, 10)}],
    ("temporary-residence", "sixteen"): [{"birthday": D(2026, 12, 10)}, {"birthday": D(2026, 12, 17)}],
    ("temporary-residence", "transfer"): [{"start": D(2024, 12, 27), "months": 24}, {"start": D(2025, 1, 16), "months": 24}],
}


def test_an_occasion_on_the_last_working_day_of_a_term_is_the_last_day_to_act():
    """A reminder moved before a day off (a duty, a last day, an end) that goes out on the
    last working day before the item is over (its `ends`: a permit, a status, a transfer
    ends) must be `last: true`: "⏰ remind me tomorrow" would put it after the end. The
    employer's ICT permit and the kandas status lacked it (review stop 23, L4)."""
    from dialogs.tracking.schedule import default_schedules, ended_on, plan

    schedules = default_schedules()
    assert set(_EVERY_KIND) == set(schedules), "a new kind of item: add its inputs above"
    found = set()
    for key, samples in _EVERY_KIND.items():
        schedule = schedules[key]
        rule = {o.id: o.on_day_off for o in schedule.occasions}
        for inputs in samples:
            end = ended_on(schedule, inputs, D.max)  # the day the item is over after
            if end is None:
                continue
            for p in plan(schedule, inputs):
                if rule[p.occasion] == "earlier" and p.due_on == before(end[0]):
                    found.add((*key, p.occasion))
                    assert p.last, f"{key}: {p.occasion} on {p.due_on}, the last working day before the end {end[0]}"
    assert {("employer-permit", "permit", "expiry-ict"), ("kandas", "status", "status-ends"), ("kandas", "arrival", "status-ends"),
            ("temporary-residence", "transfer", "transfer-ends"), ("self-employment", "permit", "expiry")} <= found


@pytest.mark.parametrize("expiry, occasion", [
    (D(2027, 1, 22), "new-permit-opens"),  # D-4 is Monday 18.01: the earliest reading's only day
    (D(2027, 1, 20), "new-permit-day-off"),  # D-4 is Saturday 16.01: reminded on Friday 15.01
])
def test_the_new_permit_reminder_on_the_earliest_readings_day_offers_no_tomorrow(expiry, occasion):
    """12 months held: on the earliest reading the new permit is filed on D-4 alone. Its
    reminder is the last day to act on that reading, so "⏰ remind me tomorrow" is not
    offered under it (tomorrow is too late on that reading)."""
    from dialogs.tracking.schedule import default_schedules, plan

    planned = {p.occasion: p for p in plan(default_schedules()[("labour-permit", "permit")], {"expiry": expiry, "cumulative_months": 12})}
    assert planned[occasion].last and planned[occasion].due_on <= expiry - dt.timedelta(days=4)
    assert planned[occasion].due_on == before(expiry - dt.timedelta(days=4))


def test_no_reminder_goes_out_about_an_item_after_its_term_is_over():
    """Once an item is over (its `ends` day is gone) /status shows it ⌛ with what to do
    now; a reminder after that day would contradict it. The employer's application to
    issue a permit was ⌛ from the notice's last day (8 working days) while its "whole
    procedure" reminder still went out at 19 (stop 23's note): that reminder is gone
    (the 19 days are said in the notice's reminder and in the status)."""
    from dialogs.tracking.schedule import default_schedules, ended_on, plan

    # what comes after an item's end by design, and why
    after_the_end = {("permanent-residence", "exit", "reapply-opens"): "a year after leaving, applying again is open"}
    schedules = default_schedules()
    checked = set()
    for key, samples in _EVERY_KIND.items():
        schedule = schedules[key]
        for inputs in samples:
            end = ended_on(schedule, inputs, D.max)
            if end is None:
                continue
            for p in plan(schedule, inputs):
                checked.add((*key, p.occasion))
                if (*key, p.occasion) in after_the_end:
                    continue
                # its own day (a day off may move a "should have come by" to the next working day)
                assert p.day <= end[0], f"{key}: {p.occasion} is for {p.day}, after the item is over ({end[0]})"
    assert ("employer-permit", "application", "decision-due-issue") in checked


def test_a_new_permit_window_of_days_off_is_reminded_of_as_the_service_says_it():
    # expiry 11.05.2027: D-4 to D-1 (07–10.05) are all days off, a filing then is accepted
    # on 11.05, outside the window on every reading. The reminder the working day before
    # said "apply on the first day, 07.05" (a holiday); it now says what the service says:
    # no day fits every reading, ask in advance (audit, stop 27)
    from dialogs.tracking.schedule import default_schedules, plan

    planned = plan(default_schedules()[("labour-permit", "permit")], {"expiry": D(2027, 5, 11), "cumulative_months": 12})
    by_id = {p.occasion: p for p in planned}
    assert "new-permit-opens" not in by_id
    day_off = by_id["new-permit-day-off"]
    # it goes out on 06.05, the earliest reading's last working day, and names it as such
    assert day_off.due_on == D(2027, 5, 6) and day_off.text == "lp-result-new-permit-day-off-earliest"
    assert day_off.args == {"safe_wd": D(2027, 5, 6), "safe": D(2027, 5, 7), "accepted": D(2027, 5, 11)}
    # a window that starts on a working day keeps the plain "the window opens" reminder
    plain = {p.occasion for p in plan(default_schedules()[("labour-permit", "permit")], {"expiry": D(2027, 6, 18), "cumulative_months": 12})}
    assert "new-permit-opens" in plain and "new-permit-day-off" not in plain
