"""Labour permit: two verdicts that did not follow from every fact the rules make decisive.

1. The border stamp (¶2.3 «паспорт с отметкой (ами) о пересечении Государственной границы
   Республики Казахстан за последние 12 месяцев»). Read strictly, a passport without such
   a stamp is an incomplete set, and ¶15 refuses acceptance («мотивированный отказ в приеме
   документов»); read loosely, the passport merely shows the stamps of that period. The
   tree never asked and said ✅ «Можно подавать…» to one who entered more than 12 months
   ago and never left (typical for a new permit after 12 months), with the two readings
   folded in a note on the documents. Now it asks, right after the passport's date, and
   "no" / "not sure" is ⚠️ with both readings, the strict one first. Someone abroad on the
   filing day files after entry (¶9, ¶2) and gets the stamp then: not asked.
2. An extension filed, the permit ended before the answer: «Вы подали на продление в
   срок» for a filing accepted on the literal last day (D-5), which the cautious reading
   of ¶20 (D-6, five whole days left) calls late (¶21). Now the bot asks whether it was
   accepted by the cautious last working day, and if not says "in time only on the
   literal reading; the state body decides".

Engine-level walks; what the user reads is asserted on the rendered Russian text.
Expected dates are counted here from the numbers of the law and the holiday calendar."""

from __future__ import annotations

import datetime as dt

from dialogs.law.dates import add_days
from dialogs.law.workdays import default_calendar
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import NEXT, Engine
from tests.scripted import item_ids, note_ids, walk

D = dt.date
CAL = default_calendar()
TREES = load_trees()

EXTENSION_DAYS_BEFORE = 5  # ¶20: "не позднее 5 (пяти) календарных дней до истечения срока"
NEW_PERMIT_DAYS = 4  # ¶22: "в течение 4 (четырех) календарных дней до истечения срока"

STAMP_BLOCKERS = {"lp-block-passport-stamp-missing", "lp-block-passport-stamp-unsure"}


def engine(today: dt.date) -> Engine:
    return Engine(TREES, today=lambda: today)


def screen(view, lang: str = "ru") -> str:
    from bot.app import build_renderer

    rendered = build_renderer().render(view, lang)
    return rendered.text + "\n" + rendered.folded


def headline(view) -> str:
    return screen(view).split("\n")[0]


def points(citations) -> set[str]:
    return {c.point for c in citations}


# A first permit, filed Thursday 10.12.2026 in working hours at a TsON, in Kazakhstan.
TODAY = D(2026, 12, 10)
FIRST = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes", "6", "10.12.2026", "c:in-hours", "31.12.2030")
# abroad on the filing day: the same, "no" to "will you be in Kazakhstan", Continue past the note
ABROAD = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:no", NEXT, "6", "10.12.2026", "c:in-hours", "31.12.2030")
# 028/у issued 01.06.2026, insurance to 31.12.2027: valid on the day of acceptance
DOCUMENTS = ("c:yes", "01.06.2026", "c:yes", "31.12.2027")
# a holder extending: the permit ends 31.12.2026, 6 months so far, 3 more asked
EXTENSION = ("c:immigrant", "c:other", "c:yes", "31.12.2026", "6", "3", "10.12.2026", "c:in-hours", "31.12.2030")


def first_permit(stamp: str):
    state, view = walk(engine(TODAY), "labour-permit", *FIRST)
    assert view.node_id == "passport-stamp"
    return walk(engine(TODAY), "labour-permit", *FIRST, stamp, *DOCUMENTS, "c:gov-corp")


def extension(stamp: str):
    return walk(engine(TODAY), "labour-permit", *EXTENSION, stamp, *DOCUMENTS)


# ---- 1. the border stamp of the last 12 months ---------------------------------------------

def test_the_stamp_is_asked_right_after_the_passport_short_and_cited_to_point_2_3():
    _, view = walk(engine(TODAY), "labour-permit", *FIRST)
    assert view.node_id == "passport-stamp" and view.kind == "choice"
    assert view.text.id == "lp-passport-stamp-question"
    assert [b.action for b in view.buttons if b.action.startswith("c:")] == ["c:yes", "c:no", "c:unsure"]
    assert "2.3" in points(view.citations)
    assert any("за последние 12 месяцев" in c.quote for c in view.citations)
    from bot.app import build_renderer

    rendered = build_renderer().render(view, "ru")
    question = "Есть ли в паспорте отметка о пересечении границы Казахстана (въезд или выезд) за 12 месяцев до дня подачи?"
    assert question in rendered.text and len(question) < 120  # a phone screen
    labels = [label for action, label in rendered.buttons if action.startswith("c:")]
    assert labels == ["Да, есть", "Нет", "Не уверен(а)"]


def test_a_stamp_keeps_the_tick():
    state, view = first_permit("c:yes")
    assert view.node_id == "first-permit-result" and view.outcome == "eligible"
    assert not STAMP_BLOCKERS & {view.text.id, *item_ids(view)}
    assert headline(view).startswith("✅ Можно подавать на разрешение. Решение — не позже 14.12.2026.")
    ext = extension("c:yes")[1]
    assert ext.node_id == "extension-now" and ext.outcome == "eligible"
    assert headline(ext).startswith("✅ Можно подавать на продление.")
    # the documents: the passport is listed; the "no stamp?" note is not said to one who has it
    docs = engine(TODAY).choose(state, NEXT).view
    assert docs.node_id == "first-permit-documents" and "lp-doc-passport" in item_ids(docs)
    assert "lp-note-passport-stamps" not in note_ids(docs)
    assert "Нет в паспорте отметки" not in screen(docs)


def test_no_stamp_is_not_ready_with_both_readings_the_strict_one_first():
    state, view = first_permit("c:no")
    assert view.node_id == "first-permit-result" and view.outcome == "not_ready"
    assert view.text.id == "lp-block-passport-stamp-missing"
    assert points(view.citations) == {"2.3", "15"}
    assert any("за последние 12 месяцев" in c.quote for c in view.citations)
    assert any("мотивированный отказ в приеме документов" in c.quote for c in view.citations)
    ru = screen(view)
    head = headline(view)
    assert head.startswith("⚠️ Рискованно: в паспорте нет отметки о пересечении границы Казахстана за 12 месяцев до подачи.")
    strict = "По строгому прочтению правила такая отметка обязательна, и без неё в приёме документов откажут"
    loose = "по другому паспорт лишь показывает отметки за этот срок"
    assert strict in head and loose in head and head.index(strict) < head.index(loose)
    assert "lp-blocked-passport-stamp-missing" in item_ids(view)
    assert "До подачи уточните в акимате, ЦОН или по 1414, примут ли паспорт без такой отметки." in ru
    assert "✅" not in ru and "Можно подавать" not in ru
    # the documents are still offered, and their note agrees with the answer
    docs = engine(TODAY).choose(state, NEXT).view
    assert "lp-note-passport-stamps" in note_ids(docs)
    assert "Исходите из первого: до подачи уточните в акимате, ЦОН или по 1414." in screen(docs)


def test_not_sure_says_check_the_passport_with_both_readings():
    view = extension("c:unsure")[1]
    assert view.node_id == "extension-now" and view.outcome == "not_ready"
    assert view.text.id == "lp-block-passport-stamp-unsure"
    assert points(view.citations) == {"2.3", "15"}
    head = headline(view)
    assert head.startswith("⚠️ Уточните до подачи: проверьте, есть ли в паспорте отметка о пересечении границы Казахстана за 12 месяцев до подачи.")
    strict = "По строгому прочтению правила она обязательна, и без неё в приёме документов откажут"
    loose = "по другому паспорт лишь показывает отметки за этот срок"
    assert strict in head and loose in head and head.index(strict) < head.index(loose)
    assert "lp-blocked-passport-stamp-unsure" in item_ids(view)
    ru = screen(view)
    assert "Отметка есть — измените ответ: «✏️ Изменить ответ»." in ru
    assert "Нет — мы исходим из строгого прочтения: до подачи уточните в акимате, ЦОН или по 1414" in ru
    assert "✅" not in ru and "Можно подавать" not in ru


def test_a_new_permit_after_12_months_without_a_stamp_is_not_ready():
    """The typical case: a worker in Kazakhstan for 12 months, filing for a new permit on
    D-4 (Monday 18.01.2027 for a permit ending Friday 22.01.2027): ☎️ with a stamp (¶22
    read several ways), ⚠️ without one."""
    expiry = D(2027, 1, 22)
    filed = add_days(expiry, -NEW_PERMIT_DAYS)
    assert filed == D(2027, 1, 18) and CAL.is_working_day(filed)
    path = ("c:immigrant", "c:other", "c:yes", "22.01.2027", "12", "6", "18.01.2027", "c:in-hours", "01.01.2030")
    on = engine(filed)
    with_stamp = walk(on, "labour-permit", *path, "c:yes", "c:yes", "01.12.2026", "c:yes", "01.01.2029")[1]
    assert with_stamp.node_id == "new-permit-now" and with_stamp.outcome == "ask_person"
    without = walk(on, "labour-permit", *path, "c:no", "c:yes", "01.12.2026", "c:yes", "01.01.2029")[1]
    assert without.node_id == "new-permit-now" and without.outcome == "not_ready"
    assert without.text.id == "lp-block-passport-stamp-missing"
    assert headline(without).startswith("⚠️ Рискованно: в паспорте нет отметки")


def test_someone_abroad_on_the_filing_day_is_not_asked():
    state, view = walk(engine(TODAY), "labour-permit", *ABROAD)
    assert view.node_id == "has-medical"
    assert "passport_stamp" not in state.answers
    # egov.kz from abroad: ☎️, the stamp's two readings folded for the same call to 1414
    egov = walk(engine(TODAY), "labour-permit", *ABROAD, *DOCUMENTS, "c:egov")[1]
    assert egov.node_id == "first-permit-abroad-egov" and egov.outcome == "ask_person"
    assert "lp-note-passport-stamps" in note_ids(egov)
    assert not STAMP_BLOCKERS & {egov.text.id, *item_ids(egov)}
    # a TsON: after entry (the abroad check), never a stamp check
    tson = walk(engine(TODAY), "labour-permit", *ABROAD, *DOCUMENTS, "c:gov-corp")[1]
    assert tson.text.id == "lp-block-abroad-tson"
    assert not STAMP_BLOCKERS & {tson.text.id, *item_ids(tson), *note_ids(tson)}


def test_every_result_with_the_document_checks_requires_the_stamp_checks():
    tree = TREES["labour-permit"]
    holding = [n for n in tree.nodes.values() if "passport-expired" in n.requires]
    assert {n.id for n in holding} >= {"first-permit-result", "first-permit-abroad-egov", "extension-now", "new-permit-now"}
    for node in holding:
        assert {"passport-stamp-missing", "passport-stamp-unsure"} <= set(node.requires), node.id
    for check in ("passport-stamp-missing", "passport-stamp-unsure"):
        assert not tree.blocking[check].merits  # a refusal to accept (¶15), not on the merits


# ---- 2. an extension filed, the permit ended: "in time" on which reading -------------------

# A permit ending Wed 20.01.2027, 6 months: the literal last day is 20.01 - 5 = Fri 15.01;
# the cautious one (five whole days left) Thu 14.01; both working days.
EXPIRY = D(2027, 1, 20)
CLOSES = add_days(EXPIRY, -EXTENSION_DAYS_BEFORE)
SAFE = add_days(CLOSES, -1)
assert (CLOSES, SAFE) == (D(2027, 1, 15), D(2027, 1, 14))
assert CAL.is_working_day(CLOSES) and CAL.is_working_day(SAFE)
AFTER = D(2027, 1, 22)  # the permit ended two days ago
ENDED = ("c:immigrant", "c:other", "c:yes", "20.01.2027", "6")


def test_accepted_on_the_literal_last_day_only_is_not_told_in_time():
    """`bot chat --today 2027-01-22`, answers 1,5,2,20.01.2027,6,1: the question named
    15.01 «последнего дня окна», then «Вы подали на продление в срок» over a bullet saying
    the cautious reading does not extend after 14.01."""
    on = engine(AFTER)
    state, asked = walk(on, "labour-permit", *ENDED)
    assert asked.node_id == "expired-extension-filed"
    assert asked.text.args == {"closes": CLOSES, "expiry": EXPIRY}
    assert "приняли не позже 15.01.2027 — последнего дня окна по буквальному счёту?" in screen(asked)
    _, careful = walk(on, "labour-permit", *ENDED, "c:yes")
    assert careful.node_id == "expired-extension-safe" and careful.kind == "choice"
    assert careful.text.args == {"safe_wd": SAFE}
    assert "Тогда последний рабочий день окна — 14.01.2027. Заявление приняли не позже 14.01.2027?" in screen(careful)
    assert {"20", "21"} <= points(careful.citations)
    # accepted on 15.01: in time only on the literal reading; the state body decides
    _, view = walk(on, "labour-permit", *ENDED, "c:yes", "c:no")
    assert view.node_id == "expired-extension-disputed" and view.outcome == "ask_person"
    assert view.text.args == {"closes": CLOSES, "safe_wd": SAFE, "expiry": EXPIRY}
    head = headline(view)
    assert head.startswith("☎️ Заявление на продление принято в срок только по буквальному счёту (не позже 15.01.2027). "
                           "По осторожному последний рабочий день окна был 14.01.2027, и тогда оно подано поздно. "
                           "Продлят ли разрешение, решает госорган")
    assert "После 20.01.2027 без продлённого разрешения не работайте." in head
    ru = screen(view)
    assert "Вы подали на продление в срок" not in ru and "✅" not in ru
    assert "lp-blocked-extension-disputed-close-gone" in item_ids(view)
    assert "если буквальное — его рассмотрят" in ru
    assert {"20", "21", "7"} <= points(view.all_citations())
    # accepted by 14.01: in time on both readings, as the headline says
    _, pending = walk(on, "labour-permit", *ENDED, "c:yes", "c:yes")
    assert pending.node_id == "expired-extension-pending"
    assert headline(pending).startswith("☎️ Вы подали на продление в срок: ждите решения акимата.")
    # not accepted by 15.01: not extended (¶21)
    assert walk(on, "labour-permit", *ENDED, "c:no")[1].node_id == "expired"


def test_when_both_readings_end_on_one_working_day_nothing_more_is_asked():
    """A permit ending Thu 28.01.2027: the literal last day, Sat 23.01, is a day off; the
    cautious one, Fri 22.01, the last working day on both readings."""
    expiry = D(2027, 1, 28)
    closes = add_days(expiry, -EXTENSION_DAYS_BEFORE)
    assert closes == D(2027, 1, 23) and not CAL.is_working_day(closes) and CAL.is_working_day(add_days(closes, -1))
    _, view = walk(engine(D(2027, 1, 30)), "labour-permit", "c:immigrant", "c:other", "c:yes", "28.01.2027", "6", "c:yes")
    assert view.node_id == "expired-extension-pending"
