"""Legal audit of the dialog trees against the seeds: kandas, permanent residence,
immigrant registration — what the user reads.

1. Kandas, a family member NOT of Kazakh nationality (AMBIGUOUS, digest A-E5): the
   definition (App. 2 row 11) «кандас – этнический казах и (или) члены его семьи
   казахской национальности», the form «на меня и членов моей семьи». The screen led with
   the lenient reading; now the strict one (the status may be refused), then the lenient
   one, then 1414 / egov.kz — on the screen, not under /grounds. A family member of
   Kazakh nationality has a choice of their own and never reads the strict warning.
2. Permanent residence, p.14 counts from the application's receipt: a filing on Saturday
   19.12.2026 is received on Monday 21.12, so 21.12 + 45 = 04.02.2027 and + 52 =
   11.02.2027 (calendar days), the file by 21.12 + 2 = 23.12.2026; the tracked item too.
3. Immigrant registration, a visa holder: whether the host must still notify is not
   settled (MC Rules p.4, digest A23): said on the foreigner's screen, cited.
4. Permanent residence, p.17 «Заслушивание проводится не позднее 2 рабочих дней со дня
   уведомления»: a notice dated Saturday 12.12.2026 — be ready by Monday 14.12 (the
   hearing may come the next working day, A12), as after a Friday notice; the last day
   stays Tuesday 15.12.
"""

from __future__ import annotations

import datetime as dt

from bot.app import build_renderer
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import Engine
from dialogs.tracking.schedule import default_schedules, plan
from storage.tracking import parse_inputs
from tests.scripted import item_ids, note_ids, walk

D = dt.date
TREES = load_trees()


def engine(today: dt.date) -> Engine:
    return Engine(TREES, today=lambda: today)


def visible(view, lang: str = "ru") -> str:
    """What the phone shows before any tap: the headline and the bullets."""
    return build_renderer().render(view, lang).text


# ---- 1. kandas: a family member of another nationality -----------------------------------

def test_a_non_kazakh_family_member_reads_the_strict_reading_first_then_the_lenient_then_1414():
    _, view = walk(engine(D(2026, 12, 10)), "kandas", "c:assign", "c:today", "c:in-hours", "c:family")
    assert view.node_id == "family-member" and view.outcome == "ask_person"
    shown = visible(view)
    headline = shown.split("\n")[0]
    assert headline.startswith("☎️ Члену семьи другой национальности статус кандаса могут не присвоить вовсе")
    assert "«казахской национальности»" in headline and "1414 / egov.kz" in headline
    # both readings are bullets on the screen, strict first, each cited (ambiguous)
    strict, lenient = shown.index("Строгое прочтение"), shown.index("Мягкое прочтение")
    assert strict < lenient
    assert "обычно этнический казах включает в него вас" not in shown  # the old lenient lead
    assert item_ids(view)[:2] == ["ks-reason-family-strict", "ks-reason-family-lenient"]
    assert all(i.flag == "ambiguous" and i.citations for i in view.items[:2])
    assert any("членов его семьи" in c.quote or "члены его семьи казахской национальности" in c.quote
               for c in view.items[0].citations)
    assert "common-ask-official" in note_ids(view)
    en = visible(view, "en")
    assert en.split("\n")[0].startswith("☎️ A family member of another nationality may not get kandas status at all")


def test_a_family_member_of_kazakh_nationality_is_not_told_the_strict_reading():
    e = engine(D(2026, 12, 10))
    _, question = walk(e, "kandas", "c:assign", "c:today", "c:in-hours")
    assert question.node_id == "ethnic"
    labels = [label for _, label in build_renderer().render(question, "ru").buttons]
    assert "Да, и я член семьи казаха" in labels and "Нет, я член семьи казаха" in labels
    state, view = walk(e, "kandas", "c:assign", "c:today", "c:in-hours", "c:family-kazakh")
    assert view.node_id == "family-member-kazakh" and view.outcome == "info"
    shown = visible(view)
    assert "подходит под определение кандаса" in shown
    assert "могут не присвоить" not in shown and "Строгое прочтение" not in shown
    # an ethnic Kazakh themselves: their own application is a button away
    step = e.choose(state, "l:0")
    assert step.accepted and step.state.node == "former-citizen"


# ---- 2. permanent residence: a filing on a day off ---------------------------------------

PRP_SATURDAY = ("c:apply", "c:yes", "c:no", "c:yes", "c:police", "19.12.2026", "01.01.2030")


def test_a_saturday_filing_counts_the_p14_steps_from_the_next_working_day():
    _, view = walk(engine(D(2026, 12, 10)), "permanent-residence", *PRP_SATURDAY)
    assert view.node_id == "apply-result" and view.outcome == "eligible"
    shown = visible(view)
    assert "Ответ — ориентировочно не позже 04.02.2027 (если проверки идут одновременно) или 11.02.2027" in shown
    assert "Дело заводят до 23.12.2026" in shown
    assert "02.02.2027" not in shown and "09.02.2027" not in shown and "до 21.12.2026;" not in shown
    assert "заявление примут не раньше 21.12.2026, от этого дня и считаем сроки" in shown
    # what is stored: the tracked answer is due by the same later day
    assert view.track["kind"] == "application"
    planned = plan(default_schedules()[("permanent-residence", "application")], parse_inputs(dict(view.track)))
    assert [(p.occasion, p.due_on) for p in planned] == [("notice-estimate", D(2027, 2, 11))]
    # a filing on Friday 18.12 keeps its own day: 18.12 + 45 / + 52
    _, friday = walk(engine(D(2026, 12, 10)), "permanent-residence",
                     "c:apply", "c:yes", "c:no", "c:yes", "c:police", "18.12.2026", "01.01.2030")
    assert friday.text.args == {"notice_earliest": D(2027, 2, 1), "notice_latest": D(2027, 2, 8)}


# ---- 3. immigrant registration: the visa holder's host ----------------------------------

def test_the_visa_holder_is_told_the_host_may_still_have_to_notify():
    _, view = walk(engine(D(2026, 12, 10)), "immigrant-registration", "c:foreigner", "c:yes")
    assert view.node_id == "visa-result"
    shown = visible(view)
    assert "Должна ли принимающая сторона всё же сообщить о вас, правила не решают" in shown
    assert "Уточните по 1414 / egov.kz" in shown
    item = next(i for i in view.items if i.text.id == "reg-reason-visa-host-unsettled")
    assert item.flag == "silent"
    assert any(c.point == "4" and "Принимающие иммигранта физические и юридические лица" in c.quote for c in item.citations)
    assert "common-ask-official" in note_ids(view)


# ---- 4. permanent residence: a hearing notice dated on a day off ------------------------

def test_a_saturday_hearing_notice_says_be_ready_by_monday_and_keeps_the_last_day():
    _, view = walk(engine(D(2026, 12, 14)), "permanent-residence", "c:hearing", "12.12.2026")
    assert view.node_id == "hearing-result" and view.outcome == "info"
    assert "Будьте готовы к 14.12.2026; заслушивание — не позже 15.12.2026." in visible(view)
    assert "prp-note-hearing-count" not in note_ids(view)  # "if the day counts: 14.12" would be untrue
    note = next(n for n in view.notes if n.text.id == "prp-note-hearing-count-day-off")
    assert note.flag == "ambiguous" and note.text.args["latest"] == D(2026, 12, 15)
    # a Friday notice: the same two days, as before
    _, friday = walk(engine(D(2026, 12, 14)), "permanent-residence", "c:hearing", "11.12.2026")
    assert "Будьте готовы к 14.12.2026; заслушивание — не позже 15.12.2026." in visible(friday)
    assert "prp-note-hearing-count" in note_ids(friday)
    # what is stored: the reminder goes out on the Monday
    planned = plan(default_schedules()[("permanent-residence", "hearing")], parse_inputs(dict(view.track)))
    assert [(p.occasion, p.due_on) for p in planned] == [("hearing-ready", D(2026, 12, 14))]
