"""Legal audit of the dialog trees, 2027-01: employer permit, regional quota,
self-employment (findings 2-6). Each test replays the audit's chat and asserts what
the user reads (ru), as `python -m bot chat` prints it."""

from __future__ import annotations

from tests.scripted import chat


def _last_screen(out: str) -> str:
    """The last result screen before /grounds (from its verdict line on)."""
    head = out.rsplit("> /grounds", 1)[0]
    starts = [head.rfind(mark) for mark in ("✅", "⚠️", "☎️", "ℹ️", "⛔")]
    return head[max(starts):]


def test_finding_2_fee_notice_not_received_yet_gives_the_safe_date_from_the_decision():
    # FL App 2 row 5 (from the decision) / row 8 (from the notice), AMB-14: the notice's
    # question offers "not yet / don't know" instead of looping on "can't read the date"
    out = chat("employer-permit", "5", "1", "31.12.2026", "1", today="2027-01-06")
    assert "Ещё нет / не знаю" in out
    assert "Не получилось прочитать дату" not in out
    screen = _last_screen(out)
    # decision Thu 31.12.2026, counted as day one: 31.12, 5, 6, 8, 11, 12, 13, 14, 15, 18.01
    assert screen.startswith("ℹ️ Оплатите сбор не позже 18.01.2027.")
    assert "Безопасно — до 18.01.2027: 10 рабочих дней с решения (31.12.2026), считая его день." in screen
    assert "Срок от уведомления пока не известен: он кончится позже" in screen
    # the other reading stays folded under /grounds, the earlier date first
    assert "Платите до ранней даты." in out.rsplit("> /grounds", 1)[1]


def test_finding_2_a_typed_notice_date_still_gives_both_dates():
    out = chat("employer-permit", "5", "1", "31.12.2026", "05.01.2027", today="2027-01-06")
    screen = _last_screen(out)
    assert "Безопасно — до 18.01.2027" in screen and "Если считать от уведомления (05.01.2027)" in screen


def test_finding_3_eds_without_bin_is_a_call_with_both_readings_not_not_ready():
    # FL App 2 row 12 (online "при наличии" BIN and EDS) vs row 8 (the service is for
    # "физическим и юридическим лицам"), AMB-24
    out = chat("employer-permit", "1", "1", "1", "1", "1", "3", today="2027-01-10")
    screen = _last_screen(out)
    assert screen.startswith("☎️ Уточните в акимате или по 1414 до подачи, примут ли заявление без БИН")
    assert "Не готово" not in screen and "✅" not in screen
    strict, other = screen.index("Строгое прочтение"), screen.index("Другое прочтение")
    assert strict < other
    assert "«физическим и юридическим лицам»" in screen and "ИП с ИИН и ЭЦП" in screen
    grounds = out.rsplit("> /grounds", 1)[1]
    assert "прил. 2, строка 12" in grounds and "прил. 2, строка 8" in grounds


def test_finding_4_resettler_screen_does_not_call_the_earlier_date_safe():
    out = chat("regional-quota", "2", "20.03.2027", "2", "3", "1", "01.06.2025", "20.04.2027", "1", today="2027-03-01")
    screen = _last_screen(out)
    assert "решение — не позже 15.04.2027" in screen
    assert "Надёжно: до 14.04.2027" not in screen
    assert "Через ЦОН — решение до 14.04.2027" in screen
    assert "онлайн, через карьерный центр, — до 15.04.2027" in screen


def test_finding_5_kandas_already_included_names_sub_point_1_of_point_9():
    out = chat("regional-quota", "2", "31.12.2026", "2", "1", "2", "1", "2", today="2026-12-20")
    assert "на условиях подпункта 1) пункта 9 Правил присвоения статуса" in out
    assert "на условиях пункта 9 Правил" not in out


def test_finding_6_self_employment_eds_question_names_the_portal_of_the_rules():
    out = chat("self-employment", "1", "2", "06.01.2027", "2", "1", "31.12.2026", "20.01.2027", today="2027-01-06")
    question = [block for block in out.split("> ") if "У вас есть ИИН и действующая ЭЦП?" in block]
    assert question, out
    text = question[-1]
    assert "egov.kz" in text and "«цифрового правительства»" in text
    assert "elicense.kz" not in text and "migration.enbek.kz" not in text


def test_finding_4_before_the_switch_too_the_earlier_date_is_not_called_safe():
    # a resettler's Friday-evening filing before 12.07.2026 (the old rules' screen): the
    # in-person date was "Надёжно" above a later online one; one line names all three
    out = chat("regional-quota", "2", "10.07.2026", "2", "3", "1", "01.06.2025", "20.04.2027", "1", "/grounds", today="2026-07-10")
    head = out.rsplit("> /grounds", 1)[0]
    screen = head[head.rindex("☎️ Ваша дата подачи (10.07.2026)"):]
    assert "Надёжно: до" not in screen
    assert "Через ЦОН — решение до 31.07.2026" in screen and "онлайн, через карьерный центр, — до 03.08.2026" in screen
