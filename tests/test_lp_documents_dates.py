"""Labour permit: the documents' dates, read on the day the rules may measure them.

1. The 028/у (¶2.4 «медицинская справка формы 028/у, дата выдачи которой не превышает 12
   месяцев»): the point does not say on which day the 12 months count (digest A07). A
   certificate within 12 months on the day of acceptance but not on the latest decision
   day got a plain ✅ and «годится, если заявление примут не позже …», the decision day
   unsaid. Now ⚠️ with both readings, the careful one first (a fresh 028/у before filing),
   pointing to 1414; on the first-permit, extension and new-permit branches alike.
2. The insurance (¶2.5 «со сроком действия не менее срока, указанного в заявлении», A09):
   a policy short of the strict coverage (the whole requested term from the permit's first
   day) was «в приёме откажут» as a fact. Now both readings, the strict one first, and no
   refusal stated as certain (still ⚠️: the safe reading fails); an expired policy is still
   a refusal to accept (¶15). Its start is not asked: where the bot judges it long
   enough, the documents' line says from which day it must already run on our reading and
   to check that on the policy.

A Monday, 20.07.2026, in working hours: accepted the same day, decided by Wednesday
22.07.2026 (¶5: 2 working days not counting the filing day)."""

from __future__ import annotations

import datetime as dt

from dialogs.model.loader import load_trees
from dialogs.runtime.engine import NEXT, Engine
from tests.scripted import item_ids, walk

D = dt.date
TODAY = D(2026, 7, 20)
ENGINE = Engine(load_trees(), today=lambda: TODAY)
FILING = ("20.07.2026", "c:in-hours", "01.01.2030", "c:yes")  # day, hours, passport, border stamp
# an Uzbek worker's first permit for 12 months at a TsON (the audit's persona)
FIRST = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes", "12", *FILING)
# a holder extending by 3 months: the permit ends 10.08.2026, 6 months so far
EXTENSION = ("c:immigrant", "c:other", "c:yes", "10.08.2026", "6", "3", *FILING)
# a holder at 12 months: the permit ends Friday 24.07.2026, filed on D-4 for 6 months
NEW = ("c:immigrant", "c:other", "c:yes", "24.07.2026", "12", "6", *FILING)

OLD_028 = "21.07.2025"  # 12 months to 21.07.2026: valid on acceptance, not on 22.07
FRESH_028 = "01.01.2026"


def screen(view, lang: str = "ru") -> str:
    from bot.app import build_renderer

    rendered = build_renderer().render(view, lang)
    return rendered.text + "\n" + rendered.folded


def first(medical=FRESH_028, insurance="31.12.2027"):
    return walk(ENGINE, "labour-permit", *FIRST, "c:yes", medical, "c:yes", insurance, "c:gov-corp")


def documents(state):
    return ENGINE.choose(state, NEXT).view


# ---- 1. the 028/у on the decision day ------------------------------------------------------

def test_a_028_too_old_by_the_decision_day_is_no_tick_and_says_both_readings_safe_first():
    state, view = first(medical=OLD_028)
    text = screen(view)
    assert view.outcome == "not_ready" and not text.startswith("✅")
    head = text.split("\n")[0]
    assert head.startswith("⚠️ Рискованно: справка 028/у годна до 21.07.2026")
    assert "не позже 22.07.2026" in head
    assert head.index("на день решения") < head.index("на день подачи")
    assert "Надёжнее получить новую справку 028/у до подачи" in text and "1414" in text
    assert "2.4" in {c.point for c in view.citations}
    # not a refusal to accept: the certificate is valid on the day of acceptance
    assert "в приёме откажут" not in text
    docs = screen(documents(state))
    assert "Новая справка 028/у — надёжнее: ваша годна до 21.07.2026, а решение — не позже 22.07.2026" in docs
    assert "годится, если заявление примут не позже 21.07.2026" not in docs
    # the pair: 23.07.2025, 12 months to 23.07.2026, after the decision day, keeps the tick
    state, view = first(medical="23.07.2025")
    assert view.outcome == "eligible"
    assert screen(view).startswith("✅ Можно подавать на разрешение. Решение — не позже 22.07.2026.")
    assert "lp-doc-medical-yours" in item_ids(documents(state))


def test_the_extension_and_the_new_permit_check_the_028_on_the_decision_day_too():
    ext = walk(ENGINE, "labour-permit", *EXTENSION, "c:yes", OLD_028, "c:yes", "31.12.2027")
    new = walk(ENGINE, "labour-permit", *NEW, "c:yes", OLD_028, "c:yes", "31.12.2027")
    for state, view in (ext, new):
        assert view.outcome == "not_ready", view.node_id
        assert screen(view).startswith("⚠️ Рискованно: справка 028/у годна до 21.07.2026")
        assert "lp-doc-medical-decision" in item_ids(documents(state))
    ok = walk(ENGINE, "labour-permit", *EXTENSION, "c:yes", "23.07.2025", "c:yes", "31.12.2027")[1]
    assert ok.node_id == "extension-now" and ok.outcome == "eligible"


# ---- 2. the insurance: two readings, and its start ----------------------------------------

def test_a_policy_short_only_on_the_strict_reading_is_not_a_certain_refusal():
    _, view = first(insurance="20.07.2027")
    text = screen(view)
    assert view.outcome == "not_ready" and not text.startswith("✅")
    head = text.split("\n")[0]
    assert head.startswith("⚠️ Рискованно: страховка до 20.07.2027.")
    assert "до 21.07.2027" in head and "(12 мес.)" in head
    assert head.index("По строгому прочтению") < head.index("по другому")
    assert "в приёме откажут" not in text  # the old «…не примут: в приёме откажут»
    assert "надёжнее продлить страховку до подачи" in text and "1414" in text
    assert "2.5" in {c.point for c in view.citations}


def test_an_expired_policy_is_still_refused_at_acceptance():
    _, view = first(insurance="19.07.2026")
    text = screen(view)
    assert text.startswith("⚠️ Не готово: страховка закончилась 19.07.2026, а заявление примут 20.07.2026.")
    assert "в приёме откажут" in text
    assert "15" in {c.point for c in view.citations}


def test_a_policy_judged_long_enough_is_told_from_which_day_it_must_run():
    state, view = first(insurance="31.12.2027")
    assert view.outcome == "eligible"
    docs = documents(state)
    line = next(i for i in docs.items if i.text.id == "lp-doc-insurance")
    assert line.flag == "ambiguous" and "2.5" in {c.point for c in line.citations}
    text = screen(docs)
    assert "Ваша медицинская страховка до 31.12.2027" in text
    assert "По нашему прочтению она должна действовать уже с 20.07.2026: проверьте дату начала в полисе." in text
    # an extension runs from the day after the permit's end; a new permit after 12
    # months, from the day after the old one ends
    for answers, start in ((EXTENSION, "11.08.2026"), (NEW, "25.07.2026")):
        st, _ = walk(ENGINE, "labour-permit", *answers, "c:yes", FRESH_028, "c:yes", "31.12.2027")
        assert f"должна действовать уже с {start}: проверьте дату начала в полисе" in screen(documents(st))
