"""Labour permit: dialogs opened again on a later day (audit of dialogs resumed later).

1. A holder's dialog left at a question after the extension's months (or the new
   permit's term) and continued after the window or the permit's end went down the
   FIRST permit's way (`*after-facts` read today's phase): "⚠️ Поздно … подайте не
   позже 15.01", never saying the permit had ended. Holders now go by what they are
   doing (an extension below 12 months, a new permit at 12), and the filing-day
   question opened after the permit's end is the "did you file in time?" question.
2. A late extension (¶21) kept saying "подайте не позже 15.01" and "исправьте и подайте
   снова" once the window had closed; a late new permit said "закрывается" for a day gone.
3. The ☎️ "check before filing" screens (new permit, egov.kz from abroad) reopened as
   ℹ️ "подано": the filing-day question is "when WILL you file".

Each test walks the engine with a `today` that moves, the saved state resumed as the
bot resumes it on every update. Expected dates are counted here from the numbers of
the law and the holiday calendar, never read back from the code under test:
¶20 (an extension not later than 5 calendar days before the end), ¶22 (a new permit
within 4 calendar days before the end: D-4..D-1 on our reading, to D on the latest),
¶5 (the decision within 2 working days, not counting the day of filing), ¶12."""

from __future__ import annotations

import datetime as dt

from dialogs.law.dates import add_days
from dialogs.law.workdays import default_calendar
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import NEXT, DialogState, Engine
from tests.scripted import item_ids, note_ids, walk

D = dt.date
CAL = default_calendar()
TREES = load_trees()

EXTENSION_DAYS_BEFORE = 5  # ¶20: "не позднее 5 (пяти) календарных дней до истечения срока"
NEW_PERMIT_DAYS = 4  # ¶22: "в течение 4 (четырех) календарных дней до истечения срока"
DECISION_WORKING_DAYS = 2  # ¶5: "в течение 2 (двух) рабочих дней, не считая день подачи"

FIRST_PERMIT_NODES = {"no-work-yet", "property", "in-kazakhstan", "channel", "enbek-agreement", "first-permit-result", "first-permit-abroad-egov"}


class Clock:
    """An engine whose today moves; `reopen` resumes a saved state as the bot does."""

    def __init__(self, today: dt.date):
        self.today = today
        self.engine = Engine(TREES, today=lambda: self.today)

    def on(self, today: dt.date) -> "Clock":
        self.today = today
        return self

    def reopen(self, state: DialogState) -> DialogState:
        return self.engine.resume(DialogState.from_dict(state.to_dict()))

    def go(self, state: DialogState, *answers):
        view = self.engine.view(state)
        for a in answers:
            step = self.engine.choose(state, a) if a.startswith("c:") or a == NEXT else self.engine.answer_text(state, a)
            assert step.accepted, f"{a!r} refused at {state.node}: {step.view.error}"
            state, view = step.state, step.view
        return state, view


def holder(expiry: str, months: str) -> tuple[str, ...]:
    return ("c:immigrant", "c:other", "c:yes", expiry, months)


def facts(filed: str, stamp: str | None = "c:yes") -> tuple[str, ...]:
    # in working hours; passport (a border stamp of the last 12 months, ¶2.3: asked unless
    # abroad on the filing day), 028/у (issued 01.12.2026: 12 months) and insurance all valid
    return (filed, "c:in-hours", "01.01.2030", *((stamp,) if stamp else ()), "c:yes", "01.12.2026", "c:yes", "01.01.2029")


def screen(view, lang: str = "ru") -> str:
    from bot.app import build_renderer

    rendered = build_renderer().render(view, lang)
    return rendered.text + "\n" + rendered.folded


def points(citations) -> set[str]:
    return {c.point for c in citations}


# A permit ending Wed 20.01.2027, 3 months so far: an extension. Its window's last day is
# 20.01 - 5 = 15.01 (a Friday, a working day); the careful reading's (D-6) is 14.01.
EXPIRY = D(2027, 1, 20)
CLOSES = add_days(EXPIRY, -EXTENSION_DAYS_BEFORE)
assert CLOSES == D(2027, 1, 15) and CAL.is_working_day(CLOSES)
assert CAL.is_working_day(D(2027, 1, 14))
EXT = holder("20.01.2027", "3")

# A permit ending Fri 22.01.2027 at 12 months: a new permit, our window D-4..D-1.
NEW_EXPIRY = D(2027, 1, 22)
NEW_SAFE = add_days(NEW_EXPIRY, -NEW_PERMIT_DAYS)
NEW_CLOSES = add_days(NEW_EXPIRY, -1)
assert (NEW_SAFE, NEW_CLOSES) == (D(2027, 1, 18), D(2027, 1, 21))
assert all(CAL.is_working_day(d) for d in (NEW_SAFE, NEW_CLOSES, NEW_EXPIRY))
NEW = holder("22.01.2027", "12")


# ---- 1. a holder continued after the window or the permit's end ---------------------------

def test_a_holder_left_at_the_filing_day_and_back_after_the_end_is_asked_whether_they_filed():
    clock = Clock(D(2026, 12, 23))
    state, view = walk(clock.engine, "labour-permit", *EXT, "3")
    assert view.node_id == "file-date"
    # back on 25.01, after the permit's end: never the filing-day question for a window
    # gone, then the first permit's channel and "подайте не позже 15.01"
    later = clock.on(D(2027, 1, 25)).reopen(state)
    assert later.node == "expired-extension-filed" and later.rerouted
    asked = clock.engine.view(later)
    assert asked.text.id == "lp-expired-extension-filed-question"
    assert asked.text.args == {"closes": CLOSES, "expiry": EXPIRY}
    assert "Срок разрешения закончился 20.01.2027" in screen(asked)
    # not filed in time: the permit ended, ¶21 refuses the extension, no work (p.7)
    _, ended = clock.go(later, "c:no")
    assert ended.node_id == "expired" and ended.outcome == "not_eligible"
    assert ended.text.id == "lp-result-expired" and ended.text.args == {"expiry": EXPIRY}
    assert {"lp-reason-not-extended-late", "lp-reason-no-work-after-expiry"} <= set(item_ids(ended))
    assert {"21", "7"} <= points(ended.all_citations())
    ru = screen(ended)
    assert "закончился 20.01.2027" in ru and "После 20.01.2027 работать без действующего разрешения нельзя" in ru
    assert "Подайте" not in ru and "Можно подавать" not in ru
    # filed in time: the decision is awaited (¶21 refuses only a late one)
    _, pending = clock.go(later, "c:yes", "c:yes")  # accepted by 15.01, and by the careful 14.01
    assert pending.node_id == "expired-extension-pending"
    # the same dialog opened on a day before the end keeps its question
    assert clock.on(D(2027, 1, 8)).reopen(state).node == "file-date"


def test_a_holder_left_at_the_filing_day_after_the_window_closed_gets_todays_screen():
    clock = Clock(D(2026, 12, 23))
    state, _ = walk(clock.engine, "labour-permit", *EXT, "3")
    # 16.01: the window's last working day (15.01) gone, the permit runs to 20.01
    later = clock.on(D(2027, 1, 16)).reopen(state)
    assert later.node == "extension-too-late" and later.rerouted
    view = clock.engine.view(later)
    assert view.outcome == "not_eligible" and view.text.args == {"closes": CLOSES, "expiry": EXPIRY}


def test_a_holder_continued_after_the_end_is_judged_on_the_extension_not_as_a_first_permit():
    """Left at the passport question with a filing day after the permit's end given on
    23.12, finished on 25.01: the answers lead to the extension's result, never to the
    first permit's channel and ✅."""
    clock = Clock(D(2026, 12, 23))
    state, view = walk(clock.engine, "labour-permit", *EXT, "3", "25.01.2027", "c:in-hours")
    assert view.node_id == "passport-until"
    state = clock.on(D(2027, 1, 25)).reopen(state)
    state, view = clock.go(state, "01.01.2030", "c:yes", "c:yes", "01.12.2026", "c:yes", "01.01.2029")
    assert view.node_id == "extension-now"
    assert not FIRST_PERMIT_NODES & {*state.history, state.node}
    assert view.outcome == "not_ready" and view.text.id == "lp-block-extension-late-expired"
    assert view.text.args == {"accepted": D(2027, 1, 25), "last_wd": CLOSES, "expiry": EXPIRY}
    assert "lp-blocked-not-extended-closed" in item_ids(view)
    ru = screen(view)
    assert "закончился 20.01.2027" in ru and "Подайте не позже" not in ru
    assert "Можно подавать на разрешение" not in ru


def test_a_new_permit_holder_left_at_the_term_and_back_after_the_end_is_asked_whether_they_filed():
    clock = Clock(D(2027, 1, 18))
    state, view = walk(clock.engine, "labour-permit", *NEW)
    assert view.node_id == "term"
    # 22.01: our window (to 21.01) closed, the permit's last day: as the months route it
    closed = clock.on(D(2027, 1, 22)).reopen(state)
    assert closed.node == "new-permit-too-late" and closed.rerouted
    assert clock.engine.view(closed).text.args == {"closes": NEW_CLOSES, "expiry": NEW_EXPIRY}
    # 25.01, after the end: "did you apply by 22.01?", never "окно закрывается 21.01"
    later = clock.on(D(2027, 1, 25)).reopen(state)
    assert later.node == "expired-new-filed" and later.rerouted
    assert clock.engine.view(later).text.args == {"expiry": NEW_EXPIRY}
    _, ended = clock.go(later, "c:no")
    assert ended.node_id == "expired-cap" and ended.outcome == "not_eligible"
    assert "lp-reason-no-work-after-expiry" in item_ids(ended)
    # the first permit's term is reached by answers, not by today: never moved
    first, view = walk(Clock(D(2026, 12, 7)).engine, "labour-permit", "c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes")
    assert view.node_id == "term"
    assert Clock(D(2027, 6, 1)).reopen(first).node == "term"


def test_a_new_permit_holder_left_at_the_filing_day_and_back_after_the_end_is_asked_too():
    clock = Clock(D(2027, 1, 18))
    state, view = walk(clock.engine, "labour-permit", *NEW, "6")
    assert view.node_id == "file-date"
    later = clock.on(D(2027, 1, 25)).reopen(state)
    assert later.node == "expired-new-filed" and later.rerouted


def test_a_new_permit_holder_continued_after_the_end_reaches_the_new_permit_result():
    clock = Clock(D(2027, 1, 18))
    state, _ = walk(clock.engine, "labour-permit", *NEW, "6", "25.01.2027", "c:in-hours")
    state = clock.on(D(2027, 1, 25)).reopen(state)
    state, view = clock.go(state, "01.01.2030", "c:yes", "c:yes", "01.12.2026", "c:yes", "01.01.2029")
    assert view.node_id == "new-permit-now"
    assert not FIRST_PERMIT_NODES & {*state.history, state.node}
    assert view.text.id == "lp-block-new-late-expired"
    assert view.text.args == {"accepted": D(2027, 1, 25), "closes": NEW_CLOSES, "expiry": NEW_EXPIRY}


# ---- 2. a late filing once the window has closed ------------------------------------------

def test_a_late_extension_says_the_window_closed_and_nothing_is_left_to_fix():
    clock = Clock(D(2026, 12, 23))
    state, view = walk(clock.engine, "labour-permit", *EXT, "3", *facts("18.01.2027"))
    # filed 18.01 (a Monday, accepted that day), after the window's last day 15.01: while
    # a working day of the window is ahead, "file earlier" stands
    assert view.node_id == "extension-now" and view.text.id == "lp-block-extension-late"
    assert clock.on(D(2027, 1, 15)).engine.view(clock.reopen(state)).text.id == "lp-block-extension-late"
    # 16.01: the last working day gone, the permit still runs to 20.01
    closed = clock.on(D(2027, 1, 16)).engine.view(clock.reopen(state))
    assert closed.outcome == "not_ready" and closed.text.id == "lp-block-extension-late-closed"
    assert closed.text.args == {"accepted": D(2027, 1, 18), "last_wd": CLOSES, "expiry": EXPIRY}
    assert item_ids(closed) == ["lp-blocked-not-extended-closed"]  # the filing day is still ahead
    assert {"21", "12", "7"} <= points(closed.citations)
    ru = screen(closed)
    assert "окно продления закрылось" in ru and "15.01.2027" in ru and "действует до 20.01.2027" in ru
    assert "Подайте" not in ru and "это уже не исправить" in ru and "работать нельзя" in ru
    # 25.01: the permit ended; the filing day gone is no "fix it and file again"
    ended = clock.on(D(2027, 1, 25)).engine.view(clock.reopen(state))
    assert ended.text.id == "lp-block-extension-late-expired"
    assert ended.text.args == {"accepted": D(2027, 1, 18), "last_wd": CLOSES, "expiry": EXPIRY}
    assert item_ids(ended) == ["common-blocked-filed-past-merits-if", "lp-blocked-not-extended-closed"]
    assert ended.items[0].text.args == {"filed": D(2027, 1, 18)}
    ru = screen(ended)
    assert "закончился 20.01.2027" in ru and "Без действующего разрешения работать нельзя" in ru
    assert "исправьте и подайте снова" not in ru and "Подайте не позже" not in ru


def test_a_late_new_permit_says_closed_once_the_window_is_gone():
    clock = Clock(D(2027, 1, 18))
    state, view = walk(clock.engine, "labour-permit", *NEW, "6", *facts("22.01.2027"))
    # accepted 22.01, after our window's last day 21.01 (the latest reading's last day)
    assert view.node_id == "new-permit-now" and view.text.id == "lp-block-new-late"
    assert "закрывается 21.01.2027" in screen(view)
    closed = clock.on(D(2027, 1, 22)).engine.view(clock.reopen(state))
    assert closed.text.id == "lp-block-new-late-closed"
    assert closed.text.args == {"accepted": NEW_EXPIRY, "closes": NEW_CLOSES, "expiry": NEW_EXPIRY}
    ru = screen(closed)
    assert "закрылось 21.01.2027" in ru and "закрывается" not in ru
    ended = clock.on(D(2027, 1, 25)).engine.view(clock.reopen(state))
    assert ended.text.id == "lp-block-new-late-expired"
    assert item_ids(ended) == ["common-blocked-filed-past-merits-if", "lp-blocked-new-window-expired"]
    ru = screen(ended)
    assert "закончился 22.01.2027" in ru and "закрылось 21.01.2027" in ru
    assert "исправьте и подайте снова" not in ru and "закрывается" not in ru


def test_a_late_filing_opened_after_the_permit_ended_offers_no_documents_and_no_reminder():
    """The permit has ended and the filing was late on every reading: the extension's (or
    the new permit's) documents cannot serve any more, and a reminder of a permit already
    over has nothing to say. While the permit still runs, both stay."""
    clock = Clock(D(2026, 12, 23))
    state, view = walk(clock.engine, "labour-permit", *EXT, "3", *facts("18.01.2027"))
    assert view.track is not None and NEXT in [b.action for b in view.buttons]
    closed = clock.on(D(2027, 1, 16)).engine.view(clock.reopen(state))
    assert closed.text.id == "lp-block-extension-late-closed"
    assert closed.track is not None and NEXT in [b.action for b in closed.buttons]
    ended = clock.on(D(2027, 1, 25)).engine.view(clock.reopen(state))
    assert ended.text.id == "lp-block-extension-late-expired"
    assert ended.track is None
    assert NEXT not in [b.action for b in ended.buttons]
    assert "button-documents" not in [b.label.id for b in ended.buttons]
    # the new permit's late filing after the end: the same
    clock = Clock(D(2027, 1, 18))
    state, view = walk(clock.engine, "labour-permit", *NEW, "6", *facts("22.01.2027"))
    ended = clock.on(D(2027, 1, 25)).engine.view(clock.reopen(state))
    assert ended.text.id == "lp-block-new-late-expired"
    assert ended.track is None and NEXT not in [b.action for b in ended.buttons]


# ---- 3. the ☎️ "check before filing" screens reopened ---------------------------------------

def test_the_new_permit_check_first_screen_reopened_stays_a_check_with_the_window_left():
    clock = Clock(D(2027, 1, 18))
    state, view = walk(clock.engine, "labour-permit", *NEW, "6", *facts("18.01.2027"))
    assert view.node_id == "new-permit-now" and view.outcome == "ask_person" and view.text.id == "lp-result-new-permit-now"
    assert view.track is not None
    decision = CAL.add_working_days(D(2027, 1, 18), DECISION_WORKING_DAYS)
    assert decision == D(2027, 1, 20)
    # 19.01: our window runs to 21.01; "if accepted on 18.01, the decision by 20.01"
    open_ = clock.on(D(2027, 1, 19)).engine.view(clock.reopen(state))
    assert open_.outcome == "ask_person" and open_.text.id == "lp-result-new-permit-now-filed-if"
    assert open_.text.args == {"accepted": D(2027, 1, 18), "decision_by": decision, "safe": NEW_SAFE, "closes": NEW_CLOSES}
    assert open_.track is not None, "the permit's 🔔 stays"
    ru = screen(open_)
    assert ru.startswith("☎️ Если заявление на новое разрешение приняли 18.01.2027, решение — не позже 20.01.2027")
    assert "окно открыто до 21.01.2027" in ru and "ℹ️" not in ru and "подано 18.01.2027" not in ru
    # 21.01, the decision date gone, the window still open: the same ☎️, not ⌛ "was due"
    assert clock.on(D(2027, 1, 21)).engine.view(clock.reopen(state)).text.id == "lp-result-new-permit-now-filed-if"
    # 22.01: our window closed, the latest reading's last day: as new-permit-too-late
    closed = clock.on(D(2027, 1, 22)).engine.view(clock.reopen(state))
    assert closed.outcome == "ask_person" and closed.text.id == "lp-result-new-permit-now-closed"
    assert closed.text.args == {"accepted": D(2027, 1, 18), "decision_by": decision, "closes": NEW_CLOSES, "expiry": NEW_EXPIRY}
    assert closed.track is not None
    # 25.01: the permit ended: what expired-cap says, and no 🔔 for a permit over
    ended = clock.on(D(2027, 1, 25)).engine.view(clock.reopen(state))
    assert ended.outcome == "ask_person" and ended.text.id == "lp-result-new-permit-now-ended"
    assert ended.text.args == {"accepted": D(2027, 1, 18), "decision_by": decision, "expiry": NEW_EXPIRY}
    assert ended.track is None
    assert "7" in points(ended.citations)


def test_the_new_permit_check_first_screen_reopened_on_a_day_off_before_the_last_day():
    # a permit ending Mon 25.01.2027: D-4 Thu 21.01, our window to Sun 24.01, whose last
    # working day is Fri 22.01; on Sat 23.01 a filing is accepted Mon 25.01 (¶12)
    expiry = D(2027, 1, 25)
    safe, closes = add_days(expiry, -NEW_PERMIT_DAYS), add_days(expiry, -1)
    assert (safe, closes) == (D(2027, 1, 21), D(2027, 1, 24)) and not CAL.is_working_day(closes)
    assert not CAL.is_working_day(D(2027, 1, 23)) and CAL.next_working_day(D(2027, 1, 23)) == expiry
    clock = Clock(safe)
    state, view = walk(clock.engine, "labour-permit", *holder("25.01.2027", "12"), "6", *facts("21.01.2027"))
    assert view.node_id == "new-permit-now" and view.text.id == "lp-result-new-permit-now"
    day_off = clock.on(D(2027, 1, 23)).engine.view(clock.reopen(state))
    assert day_off.outcome == "ask_person" and day_off.text.id == "lp-result-new-permit-now-closing-day-off"
    assert day_off.text.args == {"accepted": safe, "decision_by": CAL.add_working_days(safe, DECISION_WORKING_DAYS),
                                 "closes": closes, "accepted_now": expiry}
    assert day_off.track is not None


def test_the_egov_from_abroad_check_first_screen_reopened_says_check_first_not_filed():
    abroad = ("c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:no", NEXT, "6")
    clock = Clock(D(2026, 12, 7))  # a Monday
    state, view = walk(clock.engine, "labour-permit", *abroad, *facts("07.12.2026", stamp=None)[:4], "01.11.2026", "c:yes", "01.01.2028", "c:egov")
    assert view.node_id == "first-permit-abroad-egov" and view.outcome == "ask_person"
    decision = CAL.add_working_days(D(2026, 12, 7), DECISION_WORKING_DAYS)
    assert decision == D(2026, 12, 9)
    for day in (D(2026, 12, 8), D(2026, 12, 14)):  # the filing day gone; then the decision's too
        later = clock.on(day).engine.view(clock.reopen(state))
        assert later.outcome == "ask_person" and later.text.id == "lp-result-abroad-egov-filed-if"
        assert later.text.args == {"accepted": D(2026, 12, 7), "decision_by": decision}
        # the bullet under it still says to check with 1414 before filing: now the headline agrees
        assert item_ids(later)[0] == "lp-note-egov-abroad-silent"
        ru = screen(later)
        assert ru.startswith("☎️ Если заявление через egov.kz приняли 07.12.2026, решение — не позже 09.12.2026")
        assert "сначала уточните по 1414" in ru and "ℹ️" not in ru and "подано 07.12.2026" not in ru
        assert "Решение должно было прийти" not in ru
    assert "lp-note-citizenship-not-decidable" in note_ids(later)


def test_a_filing_on_the_literal_last_day_opened_after_it_no_longer_says_file_as_soon_as_possible():
    """Expiry 15.12.2026: the literal last day D-5 = 10.12 (¶20), the cautious D-6 = 09.12.
    Filed on 10.12, the screen was ⚠️ "risky: file as soon as possible"; opened on 14.12
    the window has closed on every reading: it says so, and a filing day gone is never
    followed by "fix it and file again" (¶21 read two ways is the state body's answer)."""
    days = {"today": D(2026, 12, 10)}
    engine = Engine(load_trees(), today=lambda: days["today"])
    state, risky = walk(engine, "labour-permit", "c:immigrant", "c:other", "c:yes", "15.12.2026", "6", "3",
                        "10.12.2026", "c:in-hours", "31.12.2030", "c:yes", "c:yes", "01.06.2026", "c:yes", "31.12.2027")
    assert risky.text.id == "lp-block-extension-disputed-close"
    days["today"] = D(2026, 12, 14)
    later = engine.view(engine.resume(DialogState.from_dict(state.to_dict())))
    assert later.outcome == "not_ready" and later.text.id == "lp-block-extension-disputed-close-gone"
    assert later.text.args == {"accepted": D(2026, 12, 10), "safe_wd": D(2026, 12, 9)}
    ids = item_ids(later)
    assert ids[0] == "common-blocked-filed-past-merits-if" and "common-blocked-filed-past" not in ids
    assert "lp-blocked-extension-disputed-close-gone" in ids
