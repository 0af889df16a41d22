"""Labour-immigrant permit: each fact that decides the verdict, as a pair of scripted
walks that differ only in that fact (issue 8), and the computations behind them."""

import datetime as dt
import re

import pytest

from dialogs.check import run_check
from dialogs.runtime.engine import NEXT, Engine
from dialogs.model.loader import load_trees
from dialogs.law.deadlines import labour_permit_deadlines
from dialogs.services.labour_permit import enbek_search, lp_filing, lp_insurance, termination_notice
from tests.scripted import item_ids, note_ids, walk

TODAY = dt.date(2026, 12, 10)  # a Thursday
ENGINE = Engine(load_trees(), today=lambda: TODAY)

FIRST = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes", "6")
EXTENSION = ("c:immigrant", "c:other", "c:yes", "31.12.2026", "6", "3")


def facts(filed="10.12.2026", hours="c:in-hours", passport="31.12.2030", medical="01.06.2026", insurance="31.12.2027", stamp="c:yes"):
    """The filing's facts, each valid unless given; medical/insurance=None: "not yet";
    stamp: the border stamp of the last 12 months (¶2.3), None where it is not asked
    (abroad on the filing day)."""
    out = [filed, hours, passport]
    out += [stamp] if stamp else []
    out += ["c:yes", medical] if medical else ["c:no"]
    out += ["c:yes", insurance] if insurance else ["c:no"]
    return tuple(out)


def first(**kw):
    return walk(ENGINE, "labour-permit", *FIRST, *facts(**kw), "c:gov-corp")[1]


def extension(**kw):
    return walk(ENGINE, "labour-permit", *EXTENSION, *facts(**kw))[1]


# ---- EAEU citizenship ------------------------------------------------------------
@pytest.mark.parametrize("country", ["am", "by", "kg", "ru"])
def test_eaeu_citizen_needs_no_permit_but_is_sent_to_registration(country):
    _, view = walk(ENGINE, "labour-permit", "c:immigrant", f"c:{country}")
    assert view.node_id == "eaeu-no-permit" and view.final
    assert any(c.source == "eaeu-treaty" and "не требуется получение разрешения" in c.quote for c in view.all_citations())
    assert [n.flag for n in view.notes][0] == "silent"
    assert any(b.action.endswith("0") for b in view.buttons)  # the registration link


def test_other_citizen_goes_on_to_the_permit():
    _, view = walk(ENGINE, "labour-permit", "c:immigrant", "c:other")
    assert view.node_id == "has-permit"


def test_employer_hiring_an_eaeu_citizen_is_told_no_permit_is_needed():
    assert walk(ENGINE, "labour-permit", "c:employer", "c:hire", "c:kg")[1].node_id == "eaeu-no-permit"
    assert walk(ENGINE, "labour-permit", "c:employer", "c:hire", "c:other")[1].node_id == "employer-hire"


# ---- the repealed 2019 regulation ------------------------------------------------
def test_a_permit_under_the_2019_rules_is_answered_with_the_repeal():
    _, view = walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:old")
    assert view.node_id == "old-rules" and item_ids(view)[0] == "lp-reason-2019-repealed"
    repeal = view.items[0].citations[0]
    assert repeal.source == "labour-permit-regulation-2019" and "№ 273" in repeal.quote
    assert len(view.buttons) >= 3  # check dates, first permit, egov


# ---- passport validity on the acceptance day --------------------------------------
def test_passport_valid_vs_expired_on_the_acceptance_day():
    ok = first(passport="31.12.2030")
    assert ok.outcome == "eligible"
    bad = first(passport="09.12.2026")
    assert bad.outcome == "not_ready" and bad.text.id == "lp-block-passport"
    assert any(c.point == "15" for c in bad.citations)


def test_passport_ending_on_a_friday_evening_filing_fails_because_acceptance_moves():
    # filed Friday 11.12 after hours → accepted Monday 14.12; passport valid until 12.12
    in_hours = first(filed="11.12.2026", hours="c:in-hours", passport="12.12.2026")
    after = first(filed="11.12.2026", hours="c:after-hours", passport="12.12.2026")
    assert in_hours.outcome == "eligible" and after.outcome == "not_ready"


# ---- 028/u age, on the extension path too -----------------------------------------
def test_medical_certificate_fresh_vs_old_on_the_extension_path():
    fresh = extension(medical="01.06.2026")
    assert fresh.node_id == "extension-now" and fresh.outcome == "eligible"
    old = extension(medical="01.12.2025")
    assert old.outcome == "not_ready" and old.text.id == "lp-block-medical"


# ---- insurance term vs the requested months --------------------------------------
def test_insurance_covering_vs_short_of_the_requested_term():
    # 6 months from the decision day 14.12.2026 → until 13.06.2027
    assert first(insurance="13.06.2027").outcome == "eligible"
    short = first(insurance="31.03.2027")
    assert short.outcome == "not_ready" and short.text.id == "lp-block-insurance"
    assert short.text.args["needed"] == dt.date(2027, 6, 13)


def test_extension_insurance_counts_from_the_day_after_expiry():
    # extension by 3 months from 01.01.2027 → until 31.03.2027
    assert extension(insurance="31.03.2027").outcome == "eligible"
    assert extension(insurance="30.03.2027").outcome == "not_ready"


# ---- the day and time of filing ----------------------------------------------------
def test_filing_in_hours_vs_after_hours_gives_different_decision_dates():
    in_hours = first(filed="10.12.2026", hours="c:in-hours")
    after = first(filed="10.12.2026", hours="c:after-hours")
    assert in_hours.text.args["decision_by"] == dt.date(2026, 12, 14)
    assert after.text.args["decision_by"] == dt.date(2026, 12, 15)


def test_filing_on_a_day_off_counts_from_the_next_working_day():
    view = first(filed="12.12.2026", hours="c:in-hours")  # Saturday
    accepted = next(i for i in view.items if i.text.id == "lp-reason-decision-accepted")
    assert accepted.text.args["accepted"] == dt.date(2026, 12, 14)


def test_extension_filed_in_the_window_vs_accepted_after_it():
    ok = extension(filed="24.12.2026", hours="c:in-hours")
    assert ok.outcome == "eligible"
    late = extension(filed="26.12.2026", hours="c:in-hours")  # Saturday: accepted after the last day 26.12
    assert late.outcome == "not_ready" and late.text.id == "lp-block-extension-late"
    assert "lp-blocked-not-extended" in item_ids(late)


# ---- both readings of ambiguous limits, safe first -----------------------------------
def test_every_ambiguous_limit_shows_both_dates():
    assert labour_permit_deadlines(dt.date(2026, 12, 31)).extension_safe_closes == dt.date(2026, 12, 25)
    s = enbek_search(dt.date(2026, 12, 1))
    assert s["search_from"] > s["search_from_calendar"]  # the later (safe) one leads
    n = termination_notice(dt.date(2026, 12, 10))
    assert n["notice_urged"] < n["notice_by"]
    view = walk(ENGINE, "labour-permit", "c:employer", "c:search-abroad", "01.12.2026")[1]
    assert set(view.items[0].text.args) == {"search_from", "search_from_calendar"}
    view = walk(ENGINE, "labour-permit", "c:employer", "c:terminated", "10.12.2026")[1]
    assert set(view.items[0].text.args) == {"notice_by", "urged", "one_day"}


def test_computations():
    assert lp_filing(dt.date(2026, 12, 10), "in-hours")["accepted_on"] == dt.date(2026, 12, 10)
    assert lp_filing(dt.date(2026, 12, 10), "after-hours")["moved"] is True
    assert lp_insurance(dt.date(2027, 1, 30), dt.date(2026, 12, 31), 1)["short"] is False
    assert lp_insurance(dt.date(2027, 1, 29), dt.date(2026, 12, 31), 1)["short"] is True


# ---- every ⛔/☎️ offers a way on ------------------------------------------------------
def test_not_eligible_and_ask_person_results_have_links():
    for node in load_trees()["labour-permit"].nodes.values():
        if node.kind == "result" and node.outcome in ("not_eligible", "ask_person"):
            assert node.links or node.next, node.id


def test_check_verifies_an_outside_source_quote_against_its_text():
    report = run_check()
    assert not [e for e in report.errors if "labour-permit" in str(e) or "start.yaml" in str(e) or "outside" in str(e)]


def test_an_outside_source_quote_is_checked_against_its_file():
    from dialogs.check import _check_citation, default_seeds_dir
    from dialogs.model.citations import Citation, SeedLibrary, load_sources

    seeds, sources = SeedLibrary(default_seeds_dir()), load_sources()
    good = Citation("eaeu-treaty", "1", "трудящимся государств-членов не требуется получение разрешения")
    bad = Citation("eaeu-treaty", "1", "трудящимся государств-членов требуется получение разрешения")
    assert _check_citation(good, sources, seeds, "t", "n", "f") == []
    assert "knowledge/sources/eaeu-treaty-art97.txt" in _check_citation(bad, sources, seeds, "t", "n", "f")[0].message


# ---- facts the verdict rests on that the user does not have yet (audit, stop 21) -------
def test_no_028u_or_no_insurance_yet_is_not_ready_not_a_tick():
    # without them the package is incomplete and refused at acceptance (¶15)
    no_medical = first(medical=None)
    assert no_medical.outcome == "not_ready" and no_medical.text.id == "lp-block-medical-missing"
    assert any(c.point == "15" for c in no_medical.citations)
    no_insurance = extension(insurance=None)
    assert no_insurance.outcome == "not_ready" and no_insurance.text.id == "lp-block-insurance-missing"


def test_not_knowing_whether_the_employer_owns_the_home_is_not_a_tick():
    unsure = ("c:immigrant", "c:other", "c:no", NEXT, "c:unsure", NEXT, "c:yes", "6")
    view = walk(ENGINE, "labour-permit", *unsure, *facts(), "c:gov-corp")[1]
    assert view.outcome == "not_ready" and view.text.id == "lp-block-property-unknown"
    assert any(c.point == "19" for c in view.citations)


def test_someone_still_abroad_gets_no_decision_date():
    # through enbek the permit is issued after entry (¶9); at the TsON one files in person (¶2)
    abroad = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:no", NEXT, "6")
    for channel, headline in ((("c:gov-corp",), "lp-block-abroad-tson"), (("c:enbek", "09.12.2026", "c:yes"), "lp-block-abroad")):
        view = walk(ENGINE, "labour-permit", *abroad, *facts(stamp=None), *channel)[1]
        assert view.outcome == "not_ready" and view.text.id == headline
        assert "decision_by" not in view.text.args
        assert "lp-blocked-abroad" in item_ids(view)


# ---- a filing day only one reading of the window allows is ⚠️, not ✅ ------------------
def extension_of(expiry: str, **kw):
    return walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", expiry, "6", "3", *facts(**kw))[1]


def test_extension_on_the_literal_last_day_is_risky_the_day_before_is_safe():
    # expiry 15.12.2026: literal last day D-5 = 10.12 (today), careful D-6 = 09.12
    risky = extension_of("15.12.2026", filed="10.12.2026")
    assert risky.outcome == "not_ready" and risky.text.id == "lp-block-extension-disputed-close"
    assert risky.text.args["safe_wd"] == dt.date(2026, 12, 9) and risky.text.args["accepted"] == dt.date(2026, 12, 10)
    assert extension_of("16.12.2026", filed="10.12.2026").outcome == "eligible"  # D-6


def test_extension_on_the_literal_first_day_is_early_the_day_after_is_safe():
    # expiry 09.01.2027: literal first day D-30 = 10.12 (today), careful D-29 = 11.12
    early = extension_of("09.01.2027", filed="10.12.2026")
    assert early.outcome == "not_ready" and early.text.id == "lp-block-extension-disputed-open-accepted"
    assert early.text.args["safe_opens"] == dt.date(2026, 12, 11) and early.text.args["moved"] == "no"
    assert extension_of("09.01.2027", filed="11.12.2026").outcome == "eligible"


def test_new_permit_after_the_earliest_reading_is_risky():
    def new(expiry):
        return walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", expiry, "12", "6", *facts(filed="10.12.2026"))[1]

    assert new("14.12.2026").outcome == "ask_person"  # filed D-4: the day we lead with, yet early on one reading
    risky = new("13.12.2026")  # filed D-3: inside our window, too late on "no later than D-4"
    assert risky.outcome == "not_ready" and risky.text.id == "lp-block-new-disputed"
    assert risky.text.args["safe"] == dt.date(2026, 12, 9)


def test_new_permit_insurance_counts_from_the_day_after_the_old_one_ends_when_that_is_later():
    # expiry 14.12.2026, filed Thursday 10.12 (D-4): decided by Monday 14.12, the old
    # permit's last day. The new one cannot start before 15.12 on the latest reading
    # (A09), so 6 months run to 14.06.2027; insurance to 13.06 would be short
    def new(insurance):
        return walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", "14.12.2026", "12", "6",
                    *facts(filed="10.12.2026", insurance=insurance))[1]

    short = new("13.06.2027")
    assert short.outcome == "not_ready" and short.text.id == "lp-block-insurance"
    assert short.text.args["needed"] == dt.date(2027, 6, 14)
    ok = new("14.06.2027")
    assert ok.outcome == "ask_person"
    # how the start is read is said on the screen (A09): a ⚖️ note, strict reading
    assert [n.flag for n in ok.notes if n.text.id == "lp-note-insurance-reading"] == ["ambiguous"]


def test_tracking_a_termination_leads_with_the_earlier_date_and_says_why():
    # terminated Thursday 10.12.2026: counting that day the notice is due 11.12, not counting it 14.12
    view = walk(ENGINE, "track", "c:labour-permit", "c:termination", "Ахмед", "10.12.2026")[1]
    notice = next(i for i in view.items if i.text.id == "lp-reason-termination-notice")
    assert notice.text.args == {"urged": dt.date(2026, 12, 11), "notice_by": dt.date(2026, 12, 14), "one_day": "no"}
    assert [n.text.id for n in view.notes if n.flag == "ambiguous"] == ["lp-note-termination-reading"]


def test_extension_reminders_fall_on_the_safe_days():
    from dialogs.tracking.schedule import default_schedules, plan

    # expiry 12.12.2026: literal last day 07.12 (Monday), careful 06.12 (Sunday) -> Friday 04.12
    planned = {p.occasion: p.due_on for p in plan(default_schedules()[("labour-permit", "permit")],
                                                  {"expiry": dt.date(2026, 12, 12), "cumulative_months": 6})}
    assert planned["extension-last-working-day"] == dt.date(2026, 12, 4)
    assert planned["extension-opens"] == dt.date(2026, 11, 13)  # D-29 (A02), a Friday


def test_new_permit_when_the_earliest_day_is_a_day_off_says_no_day_fits():
    # expiry 20.12.2026: D-4 is 16.12, Independence Day; a filing then is accepted on 17.12,
    # too late on "no later than D-4" (review, stop 21): not called a safe day
    view = walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", "20.12.2026", "12")[1]
    assert view.node_id == "new-permit-day-off" and view.outcome == "ask_person"
    assert view.text.args == {"safe": dt.date(2026, 12, 16), "accepted": dt.date(2026, 12, 17), "safe_wd": dt.date(2026, 12, 15)}
    assert "lp-reason-new-permit-window-both" not in item_ids(view)  # it would call the holiday "safe"
    ordinary = walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", "18.12.2026", "12")[1]
    assert ordinary.node_id == "new-permit-too-early"  # D-4 = Monday 14.12


def test_too_early_to_extend_names_the_safe_first_day():
    view = walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", "15.01.2027", "6")[1]
    assert view.node_id == "extension-too-early"
    assert view.text.args["opens"] == dt.date(2026, 12, 17)  # D-29; the literal D-30 is 16.12


def test_termination_reminder_gives_an_otherwise_only_when_the_readings_differ():
    from bot.app import build_renderer
    from dialogs.tracking.schedule import default_schedules, plan

    renderer = build_renderer()
    schedule = default_schedules()[("labour-permit", "termination")]

    def urged(day):
        p = next(p for p in plan(schedule, {"terminated_on": day}) if p.occasion == "notice-urged")
        return p.due_on, renderer.t("ru", p.text, **p.args)

    # Thursday 10.12.2026: counting that day 11.12, not counting it 14.12
    due, text = urged(dt.date(2026, 12, 10))
    assert due == dt.date(2026, 12, 11) and "иначе — 14.12.2026" in text
    # Saturday 12.12.2026: both readings give Tuesday 15.12: no "otherwise {the same day}"
    due, text = urged(dt.date(2026, 12, 12))
    assert due == dt.date(2026, 12, 15) and "иначе" not in text and "сегодня последний день" in text


def test_the_window_bullet_leads_with_the_safe_first_day_as_the_reminders_do():
    """/track of a permit ending 20.02.2027 said "from 21.01.2027" (D-30) while the saved
    status and the first reminder said "safe from 22.01.2027" (D-29, A02)."""
    from bot.app import build_renderer

    renderer = build_renderer()
    _, view = walk(ENGINE, "track", "c:labour-permit", "c:my-permit", "20.02.2027", "6")
    window = next(i for i in view.items if i.text.id == "lp-reason-window")
    text = renderer.t("en", window.text.id, **window.text.args)
    assert text.index("22.01.2027") < text.index("21.01.2027") and "safe — 22.01.2027" in text
    _, early = walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", "20.02.2027", "6")
    assert early.node_id == "extension-too-early"
    window = next(i for i in early.items if i.text.id == "lp-reason-window")
    assert "надёжно — 22.01.2027" in renderer.t("ru", window.text.id, **window.text.args)


# ---- review stop 23 (journey A): the labour permit's texts ------------------------------
def _screen(view, lang="ru") -> str:
    """The visible part and the folded part of a screen, as a user reads them."""
    from bot.app import build_renderer

    rendered = build_renderer().render(view, lang)
    return rendered.text + "\n" + rendered.folded


def _on(today: dt.date) -> Engine:
    return Engine(load_trees(), today=lambda: today)


def _extension(today, expiry, filed):
    return walk(_on(today), "labour-permit", "c:immigrant", "c:other", "c:yes", expiry, "6", "3",
                *facts(filed=filed, medical="01.12.2026", insurance="31.12.2027"))[1]


def test_a_late_or_risky_extension_names_the_safe_last_working_day_as_a_date():
    """M1: "(по осторожному счёту — ещё на день раньше)" pointed to 24.12 when 25.12 was the
    safe day, or to Sunday 27.12; the risky screen named Sunday 27.12 as the last day."""
    today = dt.date(2026, 12, 7)
    # expiry 31.12.2026: D-5 is Saturday 26.12, D-6 Friday 25.12: one working day either way
    text = _screen(_extension(today, "31.12.2026", "26.12.2026"))
    assert "Подайте раньше: не позже 25.12.2026, в рабочее время." in text
    assert "на день раньше" not in text
    # expiry 02.01.2027: D-5 is Monday 28.12, D-6 Sunday 27.12 -> the safe working day is 25.12
    text = _screen(_extension(today, "02.01.2027", "29.12.2026"))
    assert "надёжно — не позже 25.12.2026 (в рабочее время); по буквальному счёту — 28.12.2026" in text
    risky = _extension(today, "02.01.2027", "28.12.2026")
    assert risky.text.id == "lp-block-extension-disputed-close"
    text = _screen(risky)
    assert "заявление примут 28.12.2026 — это последний день окна только по буквальному счёту" in text
    assert "Надёжно — подать не позже 25.12.2026, в рабочее время." in text and "27.12.2026" not in text
    # Nauryz 2027: expiry 28.03, D-5 23.03 and D-6 22.03 are holidays: Friday 19.03 either way
    text = _screen(_extension(dt.date(2027, 3, 10), "28.03.2027", "23.03.2027"))
    assert "Поздно: заявление примут 25.03.2027" in text and "не позже 19.03.2027, в рабочее время." in text


def test_when_the_safe_last_day_has_passed_the_screen_says_so_instead_of_naming_it():
    today = dt.date(2026, 12, 28)  # after the safe 25.12, on the literal last day
    text = _screen(_extension(today, "02.01.2027", "29.12.2026"))
    assert "Подайте не позже 28.12.2026, в рабочее время: это последний день по буквальному счёту" in text
    assert "последний рабочий день был 25.12.2026" in text and "Подайте раньше" not in text
    text = _screen(_extension(today, "02.01.2027", "28.12.2026"))
    assert "По осторожному счёту последний рабочий день был 25.12.2026: подайте как можно скорее." in text


def test_the_extension_tick_says_the_window_end_as_a_day_of_acceptance():
    """M2: "Если подать позже 26.12.2026" (a Saturday: filed then, accepted on 28.12 and
    refused on the bot's own reading); 23.03.2027 a holiday."""
    view = _extension(dt.date(2027, 3, 10), "28.03.2027", "15.03.2027")
    assert view.outcome == "eligible"
    text = _screen(view)
    assert "Если заявление примут позже 23.03.2027 (последний рабочий день — 19.03.2027), разрешение не продлят." in text
    assert "Последний день — 19.03.2027, в рабочее время, как ни считать" in text
    # D-5 a working day (Monday 28.12): no "working day" twice, both readings named
    text = _screen(_extension(dt.date(2026, 12, 7), "02.01.2027", "10.12.2026"))
    assert "По осторожному счёту разрешение не продлят, если заявление примут позже 25.12.2026; по буквальному — позже 28.12.2026." in text
    assert "Последний день: надёжно — 25.12.2026; по буквальному счёту — 28.12.2026." in text
    assert "рабочий — 28.12.2026" not in text


def _new_permit(today, expiry, filed):
    return walk(_on(today), "labour-permit", "c:immigrant", "c:other", "c:yes", expiry, "12", "12",
                *facts(filed=filed, medical="01.12.2026", insurance="31.03.2028"))[1]


def test_a_new_permit_filed_on_d_minus_4_is_ask_first_not_a_tick():
    """M5: "✅ … надёжно — подать 11.01.2027" while on "the last 4 days, D among them" (¶22,
    A05) 11.01 is a day early; the day-off twin has said ☎️ since stop 22."""
    view = _new_permit(dt.date(2027, 1, 11), "15.01.2027", "11.01.2027")
    assert view.node_id == "new-permit-now" and view.outcome == "ask_person"
    text = _screen(view)
    assert text.startswith("☎️ Уточните заранее в ЦОН или по 1414, примут ли заявление на новое разрешение 11.01.2027")
    assert "решение не позже 13.01.2027" in text and "надёжно" not in text and "✅" not in text
    # the readings are the first visible bullet, not only under /grounds
    first = text.split("\n• ")[1]
    assert first.startswith("Когда подавать на новое разрешение") and "с 12.01.2027 по 15.01.2027" in first
    # a failing check still heads the screen (⚠️, not ☎️)
    late = walk(_on(dt.date(2027, 1, 11)), "labour-permit", "c:immigrant", "c:other", "c:yes", "15.01.2027", "12", "12",
                *facts(filed="11.01.2027", medical="01.12.2025", insurance="31.03.2028"))[1]
    assert late.outcome == "not_ready" and late.text.id == "lp-block-medical"


def test_a_new_permit_not_yet_due_is_ask_first_on_a_working_day_too():
    # expiry 18.12.2026: D-4 is Monday 14.12 — the same "no day fits every reading" as a D-4 day off
    view = walk(_on(dt.date(2026, 12, 7)), "labour-permit", "c:immigrant", "c:other", "c:yes", "18.12.2026", "12")[1]
    assert view.node_id == "new-permit-too-early" and view.outcome == "ask_person"
    text = _screen(view)
    assert "По самому раннему прочтению подать нужно 14.12.2026, а по другому окно открывается только 15.12.2026" in text
    assert "надёжн" not in text.split("(/grounds")[0].lower()
    day_off = walk(_on(dt.date(2026, 12, 7)), "labour-permit", "c:immigrant", "c:other", "c:yes", "20.12.2026", "12")[1]
    assert day_off.outcome == view.outcome == "ask_person"


def test_the_article_is_cited_by_paragraph_and_list_item_a_reader_can_find():
    """L2: "абз. 13.4", "абз. 2.3" and "абз. 0" were the digest's private keys."""
    from bot.app import build_renderer
    from dialogs.runtime.languages import COMPLETE_LANGS

    renderer = build_renderer()
    cites = load_trees()["labour-permit"].citations
    assert renderer.point_label("ru", cites["provider-conditions-check"]) == "абз. 13, п. 4)"
    assert renderer.point_label("ru", cites["doc-passport"]) == "абз. 2, п. 3)"
    assert renderer.point_label("ru", cites["service-title"]) == "заголовок"
    assert renderer.point_label("ru", cites["owned-property"]) == "абз. 19"
    for lang in COMPLETE_LANGS:
        labels = [renderer.point_label(lang, c) for c in cites.values() if c.source == "labour-permit-article"]
        assert not [l for l in labels if re.search(r"\d+\.\d+|(?<!\d)0(?!\d)", l)], lang


def test_the_employer_is_spoken_to_as_the_employer():
    """L3: the employer read "где вы будете работать", "нанять вас", "Гражданином какой
    страны вы являетесь (или ваш работник)?"."""
    _, question = walk(ENGINE, "labour-permit", "c:employer", "c:hire")
    text = _screen(question)
    assert "Гражданин какой страны ваш работник?" in text and "вы являетесь" not in text
    _, worker_question = walk(ENGINE, "labour-permit", "c:immigrant")
    assert "Гражданином какой страны вы являетесь?" in _screen(worker_question)
    eaeu = _screen(walk(ENGINE, "labour-permit", "c:employer", "c:hire", "c:kg")[1])
    assert "Вы можете нанять такого работника без ограничений" in eaeu and "нанять вас" not in eaeu
    assert "нанять вас" in _screen(walk(ENGINE, "labour-permit", "c:immigrant", "c:kg")[1])
    hire = _screen(walk(ENGINE, "labour-permit", "c:employer", "c:hire", "c:other")[1])
    assert "принадлежит вам на праве собственности и где будет работать работник" in hire and "вы будете работать" not in hire
    documents = _screen(walk(ENGINE, "labour-permit", "c:employer", "c:hire", "c:other", NEXT)[1])
    assert "подписанное работником и вами" in documents and "подписанное вами и работником" in documents
    assert "подписанное вами и работодателем" not in documents and "мес.)" not in documents  # no "(— мес.)"
    assert "где работник подал заявление" in documents


def test_a_termination_on_a_day_off_gives_one_date():
    """L5: "надёжно — до 22.12.2026; если день расторжения не считать — до 22.12.2026"."""
    view = walk(_on(dt.date(2026, 12, 7)), "labour-permit", "c:employer", "c:terminated", "19.12.2026")[1]
    text = _screen(view)
    assert "2 рабочих дня: до 22.12.2026, как ни считать." in text
    assert "если день расторжения не считать" not in text and "считается ли сам день расторжения" not in text
    weekday = _screen(walk(_on(dt.date(2026, 12, 7)), "labour-permit", "c:employer", "c:terminated", "10.12.2026")[1])
    assert "надёжно — до 11.12.2026; если день расторжения не считать — до 14.12.2026" in weekday
    assert "считается ли сам день расторжения" in weekday
    tracked = _screen(walk(_on(dt.date(2026, 12, 7)), "track", "c:labour-permit", "c:termination", "Ахмед", "19.12.2026")[1])
    assert "Срок — до 22.12.2026, как ни считать." in tracked and "не считать" not in tracked


def test_the_status_of_a_termination_on_a_day_off_gives_one_date():
    from bot.app import build_renderer
    from dialogs.tracking.schedule import default_schedules, status_of

    schedule = default_schedules()[("labour-permit", "termination")]
    renderer = build_renderer()

    def status(day):
        msg, args = status_of(schedule, {"terminated_on": day})
        return renderer.t("ru", msg, **args)

    assert status(dt.date(2026, 12, 19)) == "Уведомить о расторжении договора до 22.12.2026."
    assert "если день расторжения не считать — до 14.12.2026" in status(dt.date(2026, 12, 10))

def test_an_ended_permit_or_a_missed_window_says_what_to_do_first():
    """Review stop 23 (M4, the same pattern): "do not count on an extension, go to the
    akimat or a TsON" was only in the folded notes; it is the first visible bullet."""
    expired = walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", "01.12.2026", "6", "c:no")[1]
    late = walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", "12.12.2026", "6")[1]
    assert expired.node_id == "expired" and item_ids(expired)[0] == "lp-note-after-expiry-silent"
    assert late.node_id == "extension-too-late" and item_ids(late)[0] == "lp-note-after-late-silent"
    assert all(i.flag == "silent" for i in (expired.items[0], late.items[0]))
    # the lapsed permit does not lead on to the first-permit questions and their ✅
    # (audit of stop 26): the official channels only
    state = walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:yes", "01.12.2026", "6", "c:no")[0]
    for button in expired.buttons:
        if button.action.startswith("l:"):
            assert ENGINE.choose(state, button.action).state.node != "no-work-yet"
    assert not any(b.label.id == "lp-link-first-permit" for b in expired.buttons)


# ---- audit of stop 26 ---------------------------------------------------------------
def test_an_extension_decided_after_the_permit_ends_says_not_to_work_meanwhile():
    """A filing on the window's last working day before Nauryz (22-24.03.2027): the
    decision is due 26.03, the day after the permit ends. The ✅ said nothing of the gap;
    Entry Rules p.7 (no work without a permit) now stands under it. Filed a week
    earlier, the decision comes before the end and nothing is added."""
    engine = Engine(load_trees(), today=lambda: dt.date(2027, 3, 1))
    path = ("c:immigrant", "c:other", "c:yes", "25.03.2027", "6", "3")
    view = walk(engine, "labour-permit", *path, *facts(filed="19.03.2027", medical="01.03.2027"))[1]
    assert view.node_id == "extension-now" and view.outcome == "eligible"
    gap = next(i for i in view.items if i.text.id == "lp-reason-decision-after-expiry")
    assert gap.text.args == {"expiry": dt.date(2027, 3, 25), "decision_by": dt.date(2027, 3, 26)}
    assert any("не допускаются к осуществлению трудовой деятельности" in c.quote for c in gap.citations)
    view = walk(engine, "labour-permit", *path, *facts(filed="12.03.2027", medical="01.03.2027"))[1]
    assert "lp-reason-decision-after-expiry" not in item_ids(view)


def test_the_citizenship_the_akimat_checks_is_said_on_the_tick_screen():
    """Art. 43-1 of the Law (the citizenship the akimat checks, Rules p.13.3) is not in
    the sources: the bot cannot say whether the person qualifies. That was a folded
    note under the ✅; it is now the first bullet of the screen."""
    view = first()
    assert view.node_id == "first-permit-result" and view.outcome == "eligible"
    assert item_ids(view)[0] == "lp-note-citizenship-quota-not-decidable"  # and the quota's room (stop 33)
    assert view.items[0].flag == "silent"


def test_registration_does_not_say_every_foreigner_needs_a_work_permit():
    """The registration screen said work needs a separate permit, citing Entry Rules p.7
    without its exception, right after the bot told an EAEU citizen they need none."""
    from dialogs.runtime.i18n import Localizer

    view = walk(ENGINE, "immigrant-registration", "c:foreigner")[1]
    views = [view] + [walk(ENGINE, "immigrant-registration", "c:foreigner", f"c:{c.id}")[1]
                      for c in ENGINE.trees["immigrant-registration"].nodes[view.node_id].choices] if view.kind == "choice" else [view]
    said = [i for v in views for i in v.items if i.text.id == "reg-reason-separate-from-work"]
    assert said, [v.node_id for v in views]
    cites = {c.quote[:40] for c in said[0].citations}
    assert any(q.startswith("если иное не предусмотрено") for q in cites)
    assert any(c.source == "eaeu-treaty" for c in said[0].citations)
    # each language names the EAEU as its lp-reason-eaeu-no-permit does
    eaeu = {"ru": "ЕАЭС", "en": "EAEU", "kk": "ЕАЭО", "ky": "ЕАЭБ", "tg": "ИИАО", "uz": "YeOII"}
    localizer = Localizer()
    for lang, name in eaeu.items():
        assert name in localizer.format(lang, "lp-reason-eaeu-no-permit"), lang
        assert name in localizer.format(lang, "reg-reason-separate-from-work"), lang



def test_the_enbek_quota_window_is_asked_and_checked_against_the_decision():
    """¶10: through migration.enbek.kz the permit is received "в течение 10 (десяти)
    календарных дней со дня подписания соглашения о намерении", the quota held
    meanwhile. The ✅ gave the decision date with the signing date never asked.
    Filed Thursday 10.12.2026: decision by Monday 14.12 (11, 14)."""
    path = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes", "6", *facts(), "c:enbek")
    view = walk(ENGINE, "labour-permit", *path)[1]
    assert view.node_id == "enbek-agreement" and view.kind == "input"
    assert any("10 (десяти) календарных дней" in c.quote for c in view.citations)
    # signed 09.12: the window runs to 17.12 (safe) or 18.12: the decision comes within it
    view = walk(ENGINE, "labour-permit", *path, "09.12.2026", "c:yes")[1]
    assert view.node_id == "first-permit-result" and view.outcome == "eligible"
    # signed 04.12: safe end 13.12, a Sunday, before the decision date (14.12): check first
    view = walk(ENGINE, "labour-permit", *path, "04.12.2026", "c:yes")[1]
    assert view.outcome == "not_ready" and view.text.id == "lp-block-enbek-window"
    assert view.text.args == {"signed": dt.date(2026, 12, 4), "safe_by": dt.date(2026, 12, 13), "latest": dt.date(2026, 12, 14),
                              "decision_by": dt.date(2026, 12, 14)}
    assert "lp-blocked-enbek-window-consequence" in item_ids(view)
    # signed after the filing day: the agreement is one of the documents (¶2.6, ¶15)
    view = walk(ENGINE, "labour-permit", *path, "11.12.2026", "c:yes")[1]
    assert view.outcome == "not_ready" and view.text.id == "lp-block-enbek-unsigned"
    assert {c.point for c in view.citations} == {"2.6", "15"}
    # the other channels are not asked
    view = walk(ENGINE, "labour-permit", "c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes", "6", *facts(), "c:egov")[1]
    assert view.node_id == "first-permit-result"


def test_every_document_list_says_the_passport_stamp_rule_reads_two_ways():
    # ¶2.3 "паспорт с отметкой (ами) … за последние 12 месяцев" (digest A08): someone
    # who entered more than a year ago and never left is told, beside the passport, to
    # ask before filing rather than assume the stamp is not needed
    first_docs = walk(ENGINE, "labour-permit", *FIRST, *facts(stamp="c:no"), "c:gov-corp", NEXT)[1]
    extension_docs = walk(ENGINE, "labour-permit", *EXTENSION, *facts(stamp="c:no"), NEXT)[1]
    for docs in (first_docs, extension_docs):
        assert docs.node_id.endswith("documents"), docs.node_id
        note = next(n for n in docs.notes if n.text.id == "lp-note-passport-stamps")
        assert note.flag == "ambiguous"
        assert any("за последние 12 месяцев" in str(c.quote) and c.point == "2.3" for c in note.citations)


# ---- audit of the labour-permit dialog (findings 1-9) --------------------------------
D = dt.date


def test_a_filing_day_gone_says_filed_and_the_checks_still_judge_that_day():
    """Finding 1: back after the filing day the screen still said "✅ Можно подавать на
    продление", even after the permit had ended; the window checks read today's phase
    and fell silent. Now: filed (ℹ️), the decision overdue (⌛), a late filing still ⚠️."""
    path = ("c:immigrant", "c:other", "c:yes", "31.12.2026", "6", "3")
    state, view = walk(_on(D(2026, 12, 7)), "labour-permit", *path,
                       *facts(filed="07.12.2026", medical="01.06.2026", insurance="31.03.2027"))
    assert view.node_id == "extension-now" and view.outcome == "eligible"
    filed = _on(D(2026, 12, 8)).view(state)
    assert filed.outcome == "info" and filed.text.id == "common-result-filed-if"
    assert filed.text.args == {"filed": D(2026, 12, 7), "decision_by": D(2026, 12, 9)}
    assert _screen(filed).startswith("ℹ️ Если заявление подано 07.12.2026, решение — не позже 09.12.2026. Если нет — выберите новую дату")
    gone = _on(D(2027, 1, 5)).view(state)
    assert gone.outcome == "passed" and gone.text.id == "ended-lp-application" and gone.track is None
    for v in (filed, gone):
        assert "Можно подавать" not in _screen(v) and "✅" not in _screen(v)
    # a filing accepted after the window's last day stays ⚠️ when the user comes back
    late_path = ("c:immigrant", "c:other", "c:yes", "21.12.2026", "6", "3")
    state, late = walk(_on(D(2026, 12, 14)), "labour-permit", *late_path,
                       *facts(filed="17.12.2026", medical="01.06.2026", insurance="31.03.2027"))
    assert late.text.id == "lp-block-extension-late"
    later = _on(D(2027, 1, 5)).view(state)
    # opened after the permit's end (21.12): the late filing cannot be mended (¶21), so no
    # "fix it and file again" — the permit ended (stop 29, tests/test_labour_permit_reopened.py)
    assert later.outcome == "not_ready" and later.text.id == "lp-block-extension-late-expired"
    assert item_ids(later)[0] == "common-blocked-filed-past-merits-if"
    # the first permit and the new permit say "filed" too
    state, _ = walk(ENGINE, "labour-permit", *FIRST, *facts(), "c:gov-corp")
    assert _on(D(2026, 12, 11)).view(state).text.id == "common-result-filed-if"
    state, now = walk(_on(D(2027, 1, 11)), "labour-permit", "c:immigrant", "c:other", "c:yes", "15.01.2027", "12", "12",
                      *facts(filed="11.01.2027", medical="01.12.2026", insurance="31.03.2028"))
    assert now.node_id == "new-permit-now"
    # ☎️ "ask first" the day before: "if it was accepted …; if not, our window runs to …"
    assert _on(D(2027, 1, 12)).view(state).text.id == "lp-result-new-permit-now-filed-if"


def test_an_extension_filed_in_time_and_pending_when_the_permit_ends_is_not_told_it_is_lost():
    """Finding 2: filed 18.03.2027 for a permit ending 24.03 (Nauryz between), the bot
    said on 25.03 "⛔ … Продлить его уже нельзя … Не рассчитывайте на продление"; ¶21
    refuses only a late filing."""
    path = ("c:immigrant", "c:other", "c:yes", "24.03.2027", "6")
    question = walk(_on(D(2027, 3, 25)), "labour-permit", *path)[1]
    assert question.node_id == "expired-extension-filed" and question.text.args["closes"] == D(2027, 3, 19)
    # accepted by 19.03 (the literal last day), and by 18.03 (the careful one's): in time on both
    view = walk(_on(D(2027, 3, 25)), "labour-permit", *path, "c:yes", "c:yes")[1]
    assert view.node_id == "expired-extension-pending" and view.outcome == "ask_person"
    text = _screen(view)
    assert text.startswith("☎️ Вы подали на продление в срок: ждите решения акимата. После 24.03.2027 без продлённого разрешения не работайте.")
    assert "Не рассчитывайте на продление" not in text and "⛔" not in text
    assert any("не допускаются к осуществлению трудовой деятельности" in c.quote for c in view.citations)
    assert view.buttons
    lapsed = walk(_on(D(2027, 3, 25)), "labour-permit", *path, "c:no")[1]
    assert lapsed.node_id == "expired" and lapsed.outcome == "not_eligible"


def test_too_late_to_extend_heads_the_screen_before_the_documents():
    """Finding 3: filed Tuesday 15.12.2026 after hours for a permit ending 21.12: accepted
    17.12, after the window (16.12); with no 028/u and no insurance the "too late" was
    folded behind them ("И ещё 1 — в примечаниях")."""
    view = walk(_on(D(2026, 12, 14)), "labour-permit", "c:immigrant", "c:other", "c:yes", "21.12.2026", "6", "3",
                *facts(filed="15.12.2026", hours="c:after-hours", medical=None, insurance=None))[1]
    assert view.outcome == "not_ready" and view.text.id == "lp-block-extension-late"
    assert "lp-blocked-not-extended" in item_ids(view)
    assert _screen(view).startswith("⚠️ Поздно: заявление примут 17.12.2026")


def test_a_new_permit_asked_on_a_holiday_inside_the_window_is_not_told_the_window_ended():
    """Finding 4: on 01.01.2027 (a holiday run to 04.01) for a permit ending 04.01 the bot
    said "окно для нового разрешения закончилось 03.01.2027" with 03.01 still ahead."""
    assert labour_permit_deadlines(D(2027, 1, 4), 12, D(2027, 1, 1)).phase == "new-permit-closing-day-off"
    for expiry, closes in (("04.01.2027", D(2027, 1, 3)), ("05.01.2027", D(2027, 1, 4))):
        view = walk(_on(D(2027, 1, 1)), "labour-permit", "c:immigrant", "c:other", "c:yes", expiry, "12")[1]
        assert view.node_id == "new-permit-closing-day-off" and view.outcome == "ask_person"
        assert view.text.args == {"closes": closes, "accepted": D(2027, 1, 5)}
        text = _screen(view)
        assert text.startswith("☎️ Сегодня нерабочий день: заявление на новое разрешение примут только 05.01.2027")
        assert "закончилось" not in text
        assert "lp-note-day-off-reading" in [n.text.id for n in view.notes]


def test_a_new_permit_when_d_minus_4_is_a_day_off_names_the_working_day_before_it():
    """Finding 5: D-4..D-1 = 01-04.01.2027 all days off; the screen led with the
    acceptance day 05.01 and never named 31.12.2026, the earliest reading's safe day."""
    view = walk(_on(D(2026, 12, 28)), "labour-permit", "c:immigrant", "c:other", "c:yes", "05.01.2027", "12")[1]
    assert view.node_id == "new-permit-day-off" and view.text.id == "lp-result-new-permit-day-off-earliest"
    text = _screen(view)
    assert text.startswith("☎️ Ваш срок уже 12 месяцев: нужно новое разрешение. По самому раннему прочтению подать нужно не позже 31.12.2026")
    assert text.index("31.12.2026") < text.index("05.01.2027") and "Ни один день не подходит при всех прочтениях" in text
    # that working day already gone (01.01, D-4 = 02.01): what is left, without it
    gone = walk(_on(D(2027, 1, 1)), "labour-permit", "c:immigrant", "c:other", "c:yes", "06.01.2027", "12")[1]
    assert gone.node_id == "new-permit-day-off" and gone.outcome == "ask_person"
    assert gone.text.id == "lp-result-new-permit-day-off" and "31.12.2026" not in _screen(gone).split("\n")[0]


def test_abroad_filing_on_egov_is_ask_first_since_the_sources_are_silent():
    """Finding 6: abroad on the filing day and filing on egov.kz was "⚠️ Не готово" while
    its own line said the sources do not say whether egov.kz works from abroad; the
    seed ties presence to the TsON (¶2, in person) and to enbek (¶9, after entry)."""
    abroad = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:no", NEXT, "6")
    view = walk(ENGINE, "labour-permit", *abroad, *facts(stamp=None), "c:egov")[1]
    assert view.node_id == "first-permit-abroad-egov" and view.outcome == "ask_person"
    assert view.text.id == "lp-result-abroad-egov"
    assert item_ids(view)[0] == "lp-note-egov-abroad-silent" and view.items[0].flag == "silent"
    assert "2" in {c.point for c in view.items[0].citations}
    assert "Не готово" not in _screen(view)
    # a missing document still heads it (⚠️)
    missing = walk(ENGINE, "labour-permit", *abroad, *facts(medical=None, stamp=None), "c:egov")[1]
    assert missing.outcome == "not_ready" and missing.text.id == "lp-block-medical-missing"


def test_the_extensions_late_limit_gives_both_readings_safe_first():
    """Finding 7: under "Последний день: надёжно — 13.01.2027" the bullet said only
    "Если заявление примут позже 14.01.2027, разрешение не продлят"."""
    view = walk(_on(D(2027, 1, 8)), "labour-permit", "c:immigrant", "c:other", "c:yes", "19.01.2027", "6", "3",
                *facts(filed="08.01.2027", medical="01.06.2026", insurance="19.04.2027"))[1]
    assert view.node_id == "extension-now"
    late = next(i for i in view.items if i.text.id == "lp-reason-late-not-extended-both")
    assert late.text.args["safe_wd"] == D(2027, 1, 13) and late.text.args["closes"] == D(2027, 1, 14)
    assert ("По осторожному счёту разрешение не продлят, если заявление примут позже 13.01.2027; "
            "по буквальному — позже 14.01.2027.") in _screen(view)


def test_an_expired_permit_at_twelve_months_cites_the_cap_and_the_new_permit_window():
    """Finding 8: with 12 months reached the ⛔ cited ¶21 (a late extension), which never
    applied: the cap (¶17) and the new permit's window (¶22) are the rules."""
    path = ("c:immigrant", "c:other", "c:yes", "05.12.2026", "12")
    question = walk(_on(D(2026, 12, 7)), "labour-permit", *path)[1]
    assert question.node_id == "expired-new-filed"
    view = walk(_on(D(2026, 12, 7)), "labour-permit", *path, "c:no")[1]
    assert view.node_id == "expired-cap" and view.outcome == "not_eligible"
    ids = item_ids(view) + note_ids(view)  # the window's readings fold (a phone screen, stop 33)
    assert "lp-reason-cap-reached" in ids and "lp-reason-new-permit-window-both" in ids
    assert "lp-reason-not-extended-late" not in ids
    points = {c.point for i in view.items + view.notes for c in i.citations}
    assert "21" not in points and {"17", "22"} <= points
    assert "Продлить его уже нельзя" not in _screen(view)


def test_the_small_wordings_follow_the_seed():
    """Finding 9: "после подписания" (¶10: "со дня подписания"); "Надёжно — подать с
    16.12.2026", a holiday, without the day it is accepted; "лично" in the employer's
    notice (¶24: "направляет в Государственную корпорацию")."""
    path = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes", "6", *facts(), "c:enbek", "09.12.2026", "c:yes", NEXT)
    docs = _screen(walk(ENGINE, "labour-permit", *path)[1])
    assert "в течение 10 календарных дней со дня подписания соглашения" in docs and "после подписания" not in docs
    early = walk(_on(D(2026, 12, 15)), "labour-permit", "c:immigrant", "c:other", "c:yes", "14.01.2027", "6", "3",
                 *facts(filed="15.12.2026", medical="01.06.2026", insurance="30.04.2027"))[1]
    assert early.text.id == "lp-block-extension-disputed-open-accepted"
    assert "Надёжно — подать с 16.12.2026; это нерабочий день, поданное в него примут 17.12.2026." in _screen(early)
    notice = walk(_on(D(2026, 12, 7)), "labour-permit", "c:employer", "c:terminated", "08.12.2026")[1]
    headline = _screen(notice).split("\n")[0]
    assert "лично" not in headline and "в ЦОН, через egov.kz или migration.enbek.kz" in headline


# ---- the labour-permit audit of stop 33 ---------------------------------------------------

def test_an_extension_sent_before_the_safe_first_day_is_early_whatever_day_accepts_it():
    """Expiry 09.01.2027: the window's literal first day D-30 = 10.12, the safe one D-29 =
    11.12. Sent on 10.12 after hours it is accepted on 11.12 — the safe day by acceptance,
    the literal one by sending (A04): ⚠️ with both readings, not ✅. Sent in hours on
    11.12: ✅ as before."""
    sent = extension_of("09.01.2027", filed="10.12.2026", hours="c:after-hours")
    assert sent.outcome == "not_ready" and sent.text.id == "lp-block-extension-disputed-open-sent"
    assert sent.text.args == {"filed": D(2026, 12, 10), "accepted": D(2026, 12, 11), "safe_opens": D(2026, 12, 11)}
    assert "lp-blocked-extension-disputed-open-sent" in item_ids(sent)
    assert {c.point for c in sent.citations} >= {"20", "12"}
    assert extension_of("09.01.2027", filed="11.12.2026").outcome == "eligible"


def test_an_enbek_agreement_signed_before_entry_is_not_a_tick():
    """¶9: through migration.enbek.kz the permit follows an agreement signed after entry
    (read two ways, A14). Asked now; "no" and "not sure" are ⚠️ on the strict reading."""
    path = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes", "6", *facts(), "c:enbek", "09.12.2026")
    asked = walk(ENGINE, "labour-permit", *path)[1]
    assert asked.node_id == "enbek-signed-after-entry" and any("после въезда" in c.quote for c in asked.citations)
    assert walk(ENGINE, "labour-permit", *path, "c:yes")[1].outcome == "eligible"
    for answer in ("c:no", "c:unsure"):
        view = walk(ENGINE, "labour-permit", *path, answer)[1]
        assert view.outcome == "not_ready" and view.text.id == "lp-block-enbek-before-entry", answer
        assert "lp-blocked-enbek-before-entry" in item_ids(view)
    # a TsON filing is not asked: the condition is the enbek route's
    assert first().outcome == "eligible"


def test_the_extension_tick_says_a_new_permits_months_may_not_start_afresh():
    """¶17 caps 12 months with extensions; whether a new permit after them (¶22) counts
    afresh is not said (A11): the ✅ carries the note with both readings."""
    view = extension_of("31.12.2026", filed="10.12.2026")
    assert view.outcome == "eligible"
    note = next(i for i in view.items + view.notes if i.text.id == "lp-note-new-permit-months")
    assert note.flag == "ambiguous" and {c.point for c in note.citations} >= {"17", "22"}


def test_a_new_permit_filed_by_the_last_day_is_not_called_in_time():
    """Expired 18.12.2026 at 12 months, "filed by the last day": in time on the latest
    reading of ¶22 only. The ☎️ said "you applied before the end: wait"; it says whether
    that was in time depends on the readings, listed below it (14.12; 14.12–17.12)."""
    view = walk(_on(D(2026, 12, 21)), "labour-permit", "c:immigrant", "c:other", "c:yes", "18.12.2026", "12", "c:yes")[1]
    assert view.node_id == "expired-new-pending" and view.outcome == "ask_person"
    screen = _screen(view)
    headline = screen.split("\n")[0]
    assert "в срок ли это, зависит от прочтения" in headline and "ждите решения акимата." not in headline.casefold()
    # the readings right below it: the earliest one's day, and our window
    assert "не позже 14.12.2026" in screen and "по 17.12.2026" in screen
