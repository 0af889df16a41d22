"""Audit of 2026-12: kandas and the residence permits, what the user reads.

1. Kandas filed through a TsON, an embassy or egov.kz: the akimat's registration day,
   from which App. 2 row 11 counts «30 рабочих дней после дня регистрации заявления
   местным исполнительным органом», is not known (KR p.5: the embassy registers and
   forwards it). The dialog's headline called the date an estimate, but the tracked
   item, its reminder and its ⌛ stated a firm «не позже» and «подайте жалобу». The
   item now carries the channel (and /track asks it); an item saved without one keeps
   the wording it was saved with.
2. Permanent residence, p.14: every step is a maximum («в течение …»), so each reading
   of the steps gives a latest day — never a window «с X по Y»; p.17: a hearing notice
   may come at any time, the hearing «не позднее 2 рабочих дней со дня уведомления».
3. Kandas with adult children: App. 1 «мне и членам моей семьи», App. 5 only
   «Несовершеннолетние члены семьи кандаса»: the bot said ✅ and «уточните до подачи»
   at once; now a blocking check (⚠️ «Уточните до подачи»), minors still ✅.
4. KR p.11: the mark of the decision in force is made in АЦС «Кандас», not on the
   certificate.
5. TRP p.9-1: the ready permit is handed to the applicant or a representative under
   a power of attorney (the cited quote covers it).
6. TRP p.9-1(5): the number of household-work permits is checked «на основании пункта
   5 статьи 43-2 Закона» — no limit is named by the Rules.

Dates: 30 working days on the Kazakhstan calendar (16.12 Independence Day; 01-02.01,
04.01.2027 and 07.01.2027 off): filed Mon 07.12.2026 in hours -> 22.01.2027.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build_renderer
from bot.reminders import reminder_text
from bot.tracking import Tracking
from dialogs.law.dates import add_days
from dialogs.law.workdays import default_calendar
from dialogs.model.citations import SeedLibrary
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import NEXT, Engine
from dialogs.tracking.schedule import default_schedules, plan
from storage.db import Database
from storage.repositories import Users
from storage.tracking import ReminderOutbox, TrackedItems, parse_inputs
from tests.scripted import item_ids, note_ids, walk

D = dt.date
CAL = default_calendar()
TREES = load_trees()
TODAY = D(2026, 12, 7)  # a Monday
ID_OK = "01.01.2030"
DUE = CAL.add_working_days(TODAY, 30)  # App. 2 row 11: 30 working days
assert DUE == D(2027, 1, 22)


def engine(today: dt.date = TODAY) -> Engine:
    return Engine(TREES, today=lambda: today)


def screen(view, lang: str = "ru") -> str:
    rendered = build_renderer().render(view, lang)
    return rendered.text + "\n" + rendered.folded


def kandas(channel: str, children: str = "c:none", when=("c:today",)):
    """ethnic Kazakh, never a citizen, documents of nationality, regions, a valid ID."""
    answers = ("c:assign", *when, "c:in-hours", "c:yes", "c:no", "c:docs", children, "c:regions", f"c:{channel}", ID_OK)
    return walk(engine(), "kandas", *answers)[1]


async def _saved(sqlite_url, track: dict, today: dt.date = TODAY):
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    tracking = Tracking(db, build_renderer(), lambda: today)
    said = await tracking.save(1, dict(track), "ru")
    (item,) = await tracking.items.list(1)
    return db, said, item


async def _status_line(db, today: dt.date, lang: str = "ru") -> str:
    (status,) = await Tracking(db, build_renderer(), lambda: today).statuses(1, lang)
    return status.text


# ---- 1. the tracked kandas application says "estimate" where the dialog does -----------

ESTIMATE = "Заявление подано: решение — ориентировочно до 22.01.2027. Срок идёт от регистрации заявления в акимате, а её дата нам неизвестна."
FIRM = "Заявление подано: ответ — не позже 22.01.2027."


@pytest.mark.parametrize("channel", ["gov-corp", "foreign", "egov"])
async def test_a_kandas_filing_registered_later_is_tracked_as_an_estimate(sqlite_url, channel):
    view = kandas(channel)
    assert view.node_id == "assign-result" and view.outcome == "eligible"
    assert "ориентировочно до 22.01.2027" in screen(view)  # the headline, as before
    assert view.track["channel"] == channel  # the channel goes with the item
    db, said, item = await _saved(sqlite_url, view.track)
    # saved: the confirmation, /status and the reminder say "about", never a firm "не позже"
    assert ESTIMATE in said and "не позже" not in said
    assert await _status_line(db, TODAY) == ESTIMATE
    rows = [(r.occasion, r.due_on) for r in await ReminderOutbox(db).for_item(item.id)]
    assert rows == [("decision-due-assign-estimate", DUE)]
    text = reminder_text(build_renderer(), "ru", item, "decision-due-assign-estimate")
    assert "Решение по заявлению ориентировочно ожидается до 22.01.2027" in text
    assert "узнайте дату регистрации там, где подавали, или по 1414" in text and "не позже" not in text
    # after the estimate: ⌛ says to check the registration day first, not "should have come"
    gone = await _status_line(db, D(2027, 1, 25))
    assert gone.startswith("⌛ Решение ориентировочно ожидалось до 22.01.2027, но срок идёт от регистрации в акимате")
    assert "Узнайте её, где подавали, или по 1414" in gone
    assert "должно было прийти не позже" not in gone
    assert "строка 11" in gone  # the grounds: App. 2 row 11
    en = await _status_line(db, TODAY, "en")
    assert en.startswith("Application filed: the decision is due by about 22.01.2027")
    await db.close()


@pytest.mark.parametrize("channel", ["enbek", "mobile"])
async def test_an_online_kandas_filing_keeps_its_no_later_than(sqlite_url, channel):
    # migration.enbek.kz and the app reach the akimat's system at once (KR p.4): the
    # dialog says "не позже", and so do /status and the reminder
    view = kandas(channel)
    assert view.track["channel"] == channel and "не позже 22.01.2027" in screen(view)
    db, _, item = await _saved(sqlite_url, view.track)
    assert await _status_line(db, TODAY) == FIRM
    assert [r.occasion for r in await ReminderOutbox(db).for_item(item.id)] == ["decision-due-assign"]
    assert (await _status_line(db, D(2027, 1, 25))).startswith("⌛ Решение должно было прийти не позже 22.01.2027")
    await db.close()


async def test_an_item_saved_without_a_channel_keeps_working_as_saved(sqlite_url):
    # saved before the channel was asked: the same dates and the wording it had
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    item = await TrackedItems(db).save(1, "kandas", "application", {"filed_on": TODAY, "request": "assign"}, today=TODAY)
    assert [p.occasion for p in plan(default_schedules()[("kandas", "application")], parse_inputs(item.inputs))] == ["decision-due-assign"]
    assert await _status_line(db, TODAY) == FIRM
    await db.close()


def test_track_asks_how_a_kandas_assignment_was_filed():
    e = engine()
    _, asked = walk(e, "track", "c:kandas", "c:application")
    assert asked.node_id == "ks-request"
    shown = screen(asked)
    assert "Какое заявление вы подали и как?" in shown
    for label in ("Присвоение: enbek.kz, приложение", "Присвоение: в ЦОН", "Присвоение: в посольстве", "Присвоение: через egov.kz", "Продление статуса"):
        assert label in str(build_renderer().render(asked, "ru").buttons), label
    # through a TsON: the estimate, cited to row 11, and the channel saved with the item
    _, tson = walk(e, "track", "c:kandas", "c:application", "c:gov-corp", "07.12.2026", "c:in-hours")
    assert tson.node_id == "ks-application-forwarded" and tson.outcome == "info"
    assert item_ids(tson) == ["status-ks-application-estimate"]
    assert ESTIMATE in screen(tson) and "не позже" not in screen(tson)
    assert {c.point for c in tson.items[0].citations} == {"5", "11"}
    assert {k: tson.track[k] for k in ("kind", "request", "channel")} == {"kind": "application", "request": "assign", "channel": "gov-corp"}
    # online: as before, "не позже"
    _, online = walk(e, "track", "c:kandas", "c:application", "c:assign", "07.12.2026", "c:in-hours")
    assert online.node_id == "ks-application" and FIRM in screen(online)
    # through an embassy, the estimate gone: ⌛ check the registration day, nothing to remind of
    _, gone = walk(engine(D(2027, 1, 25)), "track", "c:kandas", "c:application", "c:foreign", "07.12.2026", "c:in-hours")
    assert gone.outcome == "passed" and gone.track is None
    assert gone.text.id == "ks-result-assign-estimate-overdue" and gone.text.args == {"date": DUE}


async def test_a_tson_filing_tracked_in_track_reads_as_the_dialog(sqlite_url):
    _, view = walk(engine(), "track", "c:kandas", "c:application", "c:egov", "07.12.2026", "c:in-hours")
    db, said, item = await _saved(sqlite_url, view.track)
    assert "Готово, сохранено" in said and await _status_line(db, TODAY) == ESTIMATE
    assert [r.occasion for r in await ReminderOutbox(db).for_item(item.id)] == ["decision-due-assign-estimate"]
    await db.close()


# ---- 2. permanent residence: each reading gives a latest day, the earlier first ----------

def test_permanent_residence_answer_is_a_latest_day_per_reading_not_a_window():
    # filed 08.12.2026: reading A 7 + 25 + 10 + 3 = 45 days -> 22.01.2027; reading B
    # 2 + 5 + 7 + 25 + 10 + 3 = 52 days -> 29.01.2027 (p.14, calendar days)
    assert add_days(D(2026, 12, 8), 45) == D(2027, 1, 22) and add_days(D(2026, 12, 8), 52) == D(2027, 1, 29)
    _, view = walk(engine(), "permanent-residence", "c:apply", "c:yes", "c:no", "c:yes", "c:police", "08.12.2026", ID_OK)
    assert view.node_id == "apply-result" and view.outcome == "eligible" and view.text.id == "prp-result-eligible"
    shown = screen(view)
    assert ("Ответ — ориентировочно не позже 22.01.2027 (если проверки идут одновременно) или 29.01.2027 "
            "(если друг за другом). Уведомление о заслушивании может прийти и раньше") in shown
    assert "примерно с" not in shown and " по 29.01.2027" not in shown
    # p.17 is cited with the hearing's 2 working days
    step = next(i for i in view.items if i.text.id == "prp-reason-step-conclusion")
    assert "17" in {c.point for c in step.citations}
    en = screen(view, "en")
    assert "by about 22.01.2027 if the checks run at the same time, or by 29.01.2027" in en and "roughly 22.01" not in en


def test_permanent_residence_already_filed_says_the_same_and_the_later_day_once_the_earlier_is_gone():
    # filed 30.10.2026: 14.12.2026 (A) and 21.12.2026 (B), both ahead on 07.12
    _, ahead = walk(engine(), "permanent-residence", "c:filed", "30.10.2026")
    assert ahead.text.id == "prp-result-filed-already"
    assert ("Письменный ответ — ориентировочно не позже 14.12.2026 (если проверки идут одновременно) или 21.12.2026 "
            "(если друг за другом). Уведомление о заслушивании может прийти и раньше") in screen(ahead)
    # filed 20.10.2026: 04.12 (A) is gone, 11.12 (B) ahead: no gone "не позже", 🔔 stays
    _, between = walk(engine(), "permanent-residence", "c:filed", "20.10.2026")
    assert between.outcome == "info" and between.text.id == "prp-result-filed-earliest-gone" and between.track
    text = screen(between)
    assert "если они идут друг за другом — письменный ответ ориентировочно не позже 11.12.2026" in text
    assert "04.12.2026" not in text.split("\n")[0]


# ---- 3. kandas: adult children are a check before filing, not a ✅ ------------------------

def test_kandas_with_adult_children_is_not_a_tick():
    view = kandas("enbek", children="c:adults")
    assert view.node_id == "assign-result" and view.outcome == "not_ready"
    assert view.text.id == "ks-block-children-adults" and view.track is None
    shown = screen(view)
    assert shown.startswith("⚠️ Уточните до подачи: совершеннолетних детей в удостоверение кандаса не вписывают")
    assert "Решение по заявлению — не позже 22.01.2027" in shown
    assert "Подавайте, когда уточните это в акимате или по 1414" in shown
    assert "✅" not in shown and "ks-blocked-children-adults-consequence" in item_ids(view)
    assert {c.point for c in view.citations} == {"1", "5"}  # App. 1 (the form), App. 5 (minors)
    # through a TsON the date in the headline stays an estimate
    assert "Решение по заявлению — ориентировочно до 22.01.2027" in screen(kandas("gov-corp", children="c:adults"))
    # the documents are still one tap away
    assert any(b.action == NEXT for b in view.buttons)


def test_kandas_with_minor_children_is_still_a_tick():
    view = kandas("enbek", children="c:minors")
    assert view.outcome == "eligible" and view.text.id == "ks-result-assign"
    assert "ks-reason-children-minors" in item_ids(view) and view.track


def test_kandas_before_july_with_adult_children_says_the_same():
    view = walk(engine(), "kandas", "c:assign", "c:date", "01.07.2026", "c:in-hours", "c:yes", "c:no", "c:docs",
                "c:adults", "c:regions", "c:enbek", ID_OK)[1]
    assert view.node_id == "assign-before-july" and view.outcome == "not_ready"
    assert view.text.id == "ks-block-children-adults"


# ---- 4. kandas: the mark is made in АЦС «Кандас» ---------------------------------------

def test_kandas_certificate_mark_is_in_the_system():
    _, view = walk(engine(), "kandas", "c:decision", "01.12.2026")
    assert "ks-reason-certificate-mark" in note_ids(view)
    shown = screen(view)
    assert "Удостоверение выдают, а в системе АЦС «Кандас» отмечают, что решение вступило в силу." in shown
    assert "с отметкой о том" not in shown


# ---- 5, 6. temporary residence: a representative; the household limit is the Law's -----------

def _in_seed_003(quote: str) -> bool:
    from dialogs.check import default_seeds_dir

    (path,) = default_seeds_dir().glob("003_*.txt")
    return SeedLibrary(default_seeds_dir()).contains(path.name, quote)


def test_trp_ready_permit_can_be_collected_by_a_representative():
    _, view = walk(engine(D(2026, 12, 10)), "temporary-residence", "c:filed", "c:gov-corp", "10.12.2026", "c:in-hours")
    delivery = next(i for i in view.items if i.text.id == "trp-reason-delivery-gov-corp")
    shown = screen(view)
    assert ("Готовое РВП выдаёт ЦОН по своему графику — вам по удостоверению личности или цифровому документу "
            "либо вашему представителю по доверенности, где указаны его полномочия.") in shown
    (collect,) = [c for c in delivery.citations if "графиком работы" in str(c.quote)]
    assert "либо его представителя, действующего на основании документа" in str(collect.quote)
    assert _in_seed_003(str(collect.quote))  # verbatim, as `check` reads it


def test_trp_household_limit_is_not_asserted():
    _, view = walk(engine(D(2026, 12, 10)), "temporary-residence", "c:new", "c:citizen", "c:invites", "c:adult", "31.12.2027", "c:household")
    assert view.node_id == "household-info"
    (note,) = [n for n in view.notes if n.text.id == "trp-note-household-limit-silent"]
    assert note.flag == "silent"
    shown = screen(view)
    assert "Сколько таких разрешений допускается, решает п. 5 ст. 43-2 Закона; его текста в наших источниках нет — уточните в 1414." in shown
    assert "Предельное число разрешений указано в Законе" not in shown
