"""Dates already past (review stop 23: journey-b M1, journey-a M3, M4).

A result that names a date computed from a date the user gave (a filing day, a notice
day, an arrival, an approval) says in its headline itself when that date is already
past (before today, Asia/Almaty): an application filed on a day gone is "filed", not
"you may apply"; a decision overdue gives the complaint route the service's rules give
(kandas p.25, self-employment p.25, quota p.24) or where to ask when they are silent;
a duty missed says to do it now; and no 🔔 is offered for a date already gone. /status
marks such an item ⌛ with what to do, after the items still current.

Expected dates are counted here from the legal numbers quoted in each comment, with the
calendar (dialogs/law/workdays.py), never read back from the code under test."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build_renderer
from bot.tracking import Tracking
from dialogs.law.workdays import default_calendar
from dialogs.model.loader import load_trees, read_tree
from dialogs.runtime.engine import Engine
from dialogs.runtime.screens import collect_states
from storage.db import Database
from storage.repositories import Users
from storage.tracking import TrackedItems
from tests.scripted import walk

D = dt.date
CAL = default_calendar()
TREES = load_trees()
TODAY = D(2026, 12, 7)  # Monday, the reviews' day
KANDAS_ASSIGN = ("c:in-hours", "c:yes", "c:no", "c:docs", "c:none", "c:family", "c:enbek", "31.12.2030")


def engine(today: dt.date = TODAY) -> Engine:
    return Engine(TREES, today=lambda: today)


def points(citations) -> set[str]:
    return {c.point for c in citations}


def action_targets(view) -> list[str]:
    return [b.action for b in view.buttons]


# ---- a filing day already gone: "filed", and the decision ahead or overdue -------------------

def test_kandas_filed_on_a_day_gone_with_the_decision_overdue_says_so_and_gives_the_complaint():
    # filed Tue 20.10.2026 in working hours: 30 working days after the day of registration
    # (KR App.2 row 8) -> the decision was due by the 30th working day after 20.10
    due = CAL.add_working_days(D(2026, 10, 20), 30)
    assert due == D(2026, 12, 2) < TODAY
    state, view = walk(engine(), "kandas", "c:assign", "c:date", "20.10.2026", *KANDAS_ASSIGN)
    assert view.node_id == "assign-result"
    assert view.outcome == "passed", "no ✅ «Можно подавать» for an application filed weeks ago"
    assert view.text.id == "ended-ks-application" and view.text.args == {"date": due}
    assert "25" in points(view.citations)  # the complaint: KR p.25, 5 working days
    assert view.track is None, "nothing is left to remind of"
    # the complaint's own screen is one tap away
    link = next(b for b in view.buttons if b.label.id == "ks-link-complaint")
    assert engine().choose(state, link.action).view.node_id == "complaint-date"
    text = build_renderer().render(view, "ru").text
    assert text.startswith("⌛ Решение должно было прийти не позже 02.12.2026. Если его нет, подайте жалобу в акимат")
    assert "Можно подавать" not in text


def test_kandas_filed_on_a_day_gone_with_the_decision_ahead_is_filed_and_keeps_the_reminder():
    due = CAL.add_working_days(D(2026, 12, 1), 30)  # filed Tue 01.12.2026 in working hours
    assert due > TODAY
    _, view = walk(engine(), "kandas", "c:assign", "c:date", "01.12.2026", *KANDAS_ASSIGN)
    assert view.outcome == "info" and view.text.id == "common-result-filed-if"
    assert view.text.args == {"filed": D(2026, 12, 1), "decision_by": due}
    assert view.track is not None and view.track["filed_on"] == D(2026, 12, 1)
    assert "ks-link-complaint" not in [b.label.id for b in view.buttons]
    assert build_renderer().render(view, "ru").text.startswith(f"ℹ️ Если заявление подано 01.12.2026, решение — не позже {due:%d.%m.%Y}. Если нет — выберите новую дату")
    # filing today is still "you may apply"
    _, today = walk(engine(), "kandas", "c:assign", "c:today", *KANDAS_ASSIGN)
    assert today.outcome == "eligible" and today.text.id == "ks-result-assign"


def test_kandas_extension_filed_on_a_day_gone_is_filed_or_overdue():
    # filed Tue 10.11.2026: 3 working days after it -> 13.11; from 12.07.2026 the decision is
    # passed to the State Corporation within 1 working day (p.22) -> 16.11, already gone
    informed = CAL.add_working_days(CAL.add_working_days(D(2026, 11, 10), 3), 1)
    _, view = walk(engine(), "kandas", "c:extend", "c:date", "10.11.2026", "c:in-hours", "01.06.2027")
    assert view.node_id == "ext-in-time" and view.outcome == "passed"
    assert view.text.id == "ended-ks-application" and view.text.args == {"date": informed}
    assert "ks-reason-ext-latest-hours" not in [i.text.id for i in view.items], "when to file, for a filing made"
    _, filed = walk(engine(), "kandas", "c:extend", "c:date", "04.12.2026", "c:in-hours", "01.06.2027")
    assert filed.outcome == "info" and filed.text.id == "common-result-filed-if" and filed.track is not None


def test_self_employment_filed_on_a_day_gone_is_filed_or_overdue_with_the_complaint():
    # filed Fri 27.11.2026 in working hours: issued within 5 working days (SE App.2 row 5)
    due = CAL.add_working_days(D(2026, 11, 27), 5)
    assert due == D(2026, 12, 4) < TODAY
    answers = ("c:issue", "c:yes", "c:recognised", "c:yes", "c:pass", "c:yes", "c:in-hours")
    _, view = walk(engine(), "self-employment", "c:foreigner", "c:date", "27.11.2026", *answers)
    assert view.node_id == "issue-ready" and view.outcome == "passed" and view.track is None
    assert view.text.id == "ended-se-application" and view.text.args == {"date": due}
    assert "25" in points(view.citations)
    assert "se-what-complaint" in [b.label.id for b in view.buttons]
    _, filed = walk(engine(), "self-employment", "c:foreigner", "c:date", "03.12.2026", *answers)
    assert filed.outcome == "info" and filed.text.id == "common-result-filed-if" and filed.track is not None


def test_self_employment_duty_filed_on_a_day_gone_is_filed_in_time_and_drops_the_duty_reminder():
    # name changed Tue 01.12.2026: re-issue within 5 working days, the day itself counted
    # (the earlier reading, AMB-12) -> 07.12; filed 03.12, in time; the decision 3 working
    # days after it (row 5) -> 08.12, still ahead on 07.12
    _, view = walk(engine(), "self-employment", "c:foreigner", "c:date", "03.12.2026", "c:reissue", "c:name", "01.12.2026", "c:yes", "c:in-hours")
    assert view.node_id == "reissue-ready" and view.outcome == "info"
    assert view.text.id == "se-result-duty-filed"
    assert view.text.args == {"filed": D(2026, 12, 3), "deadline": CAL.add_working_days(D(2026, 12, 1), 4),
                              "decision_by": CAL.add_working_days(D(2026, 12, 3), 3)}
    assert view.track is None, "the filing is made: reminding of its deadline would mislead"


def test_regional_quota_filed_on_a_day_gone_is_overdue_with_the_p24_complaint():
    # filed Tue 20.10.2026 in working hours: 14 working days after acceptance (QR App.2 row 8)
    due = CAL.add_working_days(D(2026, 10, 20), 14)
    assert due < TODAY
    # the kandas certificate runs to 30.06.2027, the identity document to 31.12.2030
    answers = ("c:other", "20.10.2026", "c:in-hours", "c:kandas", "c:no", "c:yes", "c:no", "30.06.2027", "31.12.2030", "c:yes")
    _, view = walk(engine(), "regional-quota", *answers)
    assert view.node_id == "kandas-result" and view.outcome == "passed" and view.track is None
    assert view.text.id == "ended-rq-application" and view.text.args == {"date": due}
    assert "24" in points(view.citations)
    assert "rq-link-complaint" in [b.label.id for b in view.buttons]


def test_employer_permit_filed_on_a_day_gone_is_filed_not_you_may_apply():
    # filed Mon 30.11.2026 in working hours: notice of the decision within 8 working days
    notice = CAL.add_working_days(D(2026, 11, 30), 8)
    assert notice > TODAY
    _, view = walk(engine(), "employer-permit", "c:issue", "c:other", "30.11.2026", "c:in-hours", "c:none", "c:yes", "c:yes", "c:kz", "c:seasonal")
    assert view.node_id == "issue-result" and view.outcome == "info"
    assert view.text.id == "common-result-filed-if" and view.text.args == {"filed": D(2026, 11, 30), "decision_by": notice}
    _, late = walk(engine(D(2027, 1, 20)), "employer-permit", "c:issue", "c:other", "30.11.2026", "c:in-hours", "c:none", "c:yes", "c:yes", "c:kz", "c:seasonal")
    assert late.outcome == "passed" and late.text.id == "ended-ep-application" and late.track is None


# ---- other dates gone: a certificate, a complaint's answer, a notice, a fee -------------------

def test_kandas_certificate_overdue_sends_to_the_akimat_and_keeps_the_status_reminders():
    # arrived Sun 01.11.2026: the certificate within 3 days after arrival (KR App.4):
    # 04.11 by calendar days, and by working days (Mon 2, Tue 3, Wed 4) the same
    latest = max(D(2026, 11, 4), CAL.add_working_days(D(2026, 11, 1), 3))
    state, view = walk(engine(), "kandas", "c:decision", "01.11.2026")
    assert view.outcome == "passed" and view.text.id == "ks-result-arrival-overdue"
    assert view.text.args == {"latest": latest}
    assert {"4", "25"} <= points(view.citations)
    assert view.track is not None, "the status's own end, a year on, is still ahead"
    link = next(b for b in view.buttons if b.label.id == "ks-link-complaint")
    assert engine().choose(state, link.action).view.node_id == "complaint-date"
    _, ahead = walk(engine(D(2026, 11, 3)), "kandas", "c:decision", "01.11.2026")
    assert ahead.outcome == "info" and ahead.text.id == "ks-result-arrival"
    assert "ks-link-complaint" not in [b.label.id for b in ahead.buttons]


@pytest.mark.parametrize("tree, answers, due", [
    # KR p.25: 5 working days after the day of registration (Fri 20.11.2026)
    ("kandas", ("c:complaint", "20.11.2026"), CAL.add_working_days(D(2026, 11, 20), 5)),
    # QR p.24: 5 working days "from" registration, the later reading
    ("regional-quota", ("l:0", "20.11.2026"), CAL.add_working_days(D(2026, 11, 20), 5)),
    # SE p.25: the same, the later reading
    ("self-employment", ("c:foreigner", "c:complaint", "c:provider", "20.11.2026"), CAL.add_working_days(D(2026, 11, 20), 5)),
])
def test_a_complaints_answer_overdue_says_so_and_where_to_ask(tree, answers, due):
    assert due == D(2026, 11, 27)
    e = engine()
    state = e.start(tree)
    for a in answers:  # "l:0": the quota's first question offers the complaint as a link
        step = e.choose(state, a) if a.startswith(("c:", "l:")) else e.answer_text(state, a)
        assert step.accepted, a
        state, view = step.state, step.view
    assert view.node_id == "complaint-result"
    assert view.outcome == "passed" and view.text.id == "common-result-complaint-overdue"
    assert view.text.args == {"answer_by": due}
    assert "1414" in build_renderer().render(view, "ru").text


def test_employers_termination_notice_gone_says_send_it_now_without_a_reminder():
    # terminated Tue 01.12.2026: notice within 2 working days (seed 004 ¶24): 02.12 counting
    # the day, 03.12 not counting it; both gone on 07.12
    _, view = walk(engine(), "labour-permit", "c:employer", "c:terminated", "01.12.2026")
    assert view.node_id == "employer-terminated" and view.outcome == "passed" and view.track is None
    assert view.text.id == "lp-result-termination-passed"
    assert view.text.args == {"urged": D(2026, 12, 2), "notice_by": D(2026, 12, 3), "one_day": "no"}
    assert "24" in points(view.citations)
    text = build_renderer().render(view, "ru").text
    assert text.startswith("⌛ Срок уведомить ЦОН о расторжении истёк: надёжный — 02.12.2026, если день расторжения не считать — 03.12.2026.")
    assert "сейчас же" in text and "🔔" not in text
    # terminated Thu 03.12: 04.12 counting the day is gone, 07.12 not counting it is today
    _, last = walk(engine(), "labour-permit", "c:employer", "c:terminated", "03.12.2026")
    assert last.outcome == "passed" and last.text.id == "lp-result-termination-last-day"
    assert last.text.args == {"urged": D(2026, 12, 4), "notice_by": D(2026, 12, 7)} and last.track is None
    # /track says the same, and saves nothing to remind of
    _, tracked = walk(engine(), "track", "c:labour-permit", "c:termination", "Айгерим", "01.12.2026")
    assert tracked.outcome == "passed" and tracked.text.id == "lp-result-termination-passed" and tracked.track is None


def test_track_an_item_already_over_says_so_and_offers_nothing_to_remind_of():
    # /track: a kandas application filed 20.10.2026 (decision due 02.12, see above) and a
    # temporary residence permit that ended on 01.12.2026: the schedule's own "over" text
    _, app = walk(engine(), "track", "c:kandas", "c:application", "c:assign", "20.10.2026", "c:in-hours")
    assert app.node_id == "ks-application" and app.outcome == "passed" and app.track is None
    assert app.text.id == "ended-ks-application" and app.text.args == {"date": CAL.add_working_days(D(2026, 10, 20), 30)}
    _, permit = walk(engine(), "track", "c:temporary-residence", "c:permit", "01.12.2026")
    assert permit.outcome == "passed" and permit.text.id == "ended-trp-permit" and permit.track is None
    # one still ahead is offered as before
    _, ahead = walk(engine(), "track", "c:kandas", "c:application", "c:assign", "01.12.2026", "c:in-hours")
    assert ahead.outcome == "info" and ahead.text.id == "track-result-check" and ahead.track is not None


def test_employer_fee_gone_says_pay_now():
    # decision Mon 09.11.2026, notice the same day: 10 working days counting the decision day
    # -> 20.11; from the notice, not counting its day -> 23.11; both gone on 07.12
    _, view = walk(engine(), "employer-permit", "c:fee", "c:paid", "09.11.2026", "09.11.2026")
    assert view.node_id == "fee-result" and view.outcome == "passed" and view.track is None
    assert view.text.id == "ended-ep-fee-notice" and view.text.args == {"date": CAL.add_working_days(D(2026, 11, 9), 10)}


# ---- every tree: no result shows a gone date as one to act on or to wait for ------------------

# Headlines written for a date already gone: they say so themselves.
SAID_GONE = {
    "lp-result-extension-too-late",  # "the time to extend has passed: the last day was …"
    "lp-result-new-permit-too-late",  # "by our reading the window closed on …; by the other …"
    "se-result-duty-late",  # "the time limit expired on …, and you file on …"
    "trp-result-sixteen-late",  # "the time limit for the child expired on …"
    "prp-result-reapply-now",  # "a year has passed: you may apply again (safe from …)"
    "lp-result-employer-search",  # "search abroad from …": a day from which something is allowed
    "prp-result-filed-already",  # "expect the answer between … and …": the window is running
    "se-result-duty-interim-filed",  # "filed …; the safe target was …"
    "lp-result-expired-extension-disputed",  # "accepted in time only by the literal count (by …); by the cautious one the last working day was …"
}


@pytest.mark.parametrize("today", [D(2026, 12, 7), D(2027, 3, 22)])
def test_no_result_shows_a_gone_date_as_one_to_act_on_or_wait_for(today):
    """Walks every tree (seeded random walks, representative dates around today): a
    result's headline never names a date before today that the user did not type (one
    the dialog computed), and never says ✅ for a filing day already gone — unless it is
    a headline written for a gone date, or a check that stops the application (⚠️)."""
    e = engine(today)
    found = []
    for tree in TREES.values():
        for seed in range(3):
            states, _ = collect_states(e, tree, seed=seed)
            for node_id, samples in states.items():
                if tree.nodes[node_id].kind != "result":
                    continue
                for state in samples:
                    view = e.view(state)
                    if view.outcome in ("passed", "not_ready") or view.text.id in SAID_GONE:
                        continue
                    typed = {v for v in state.answers.values() if isinstance(v, str)}
                    ctx = e.context(state)
                    gone = sorted(k for k, v in view.text.args.items()
                                  if isinstance(v, dt.date) and v < today and v.isoformat() not in typed
                                  and not _legal_date(ctx, v))
                    if gone or (view.outcome == "eligible" and ctx["as_of"] < today):
                        found.append(f"{tree.id}:{node_id} {view.text.id} {view.outcome}: {gone or 'filed on a day gone'}")
    assert not found, "\n".join(sorted(set(found)))


def _legal_date(ctx: dict, day: dt.date) -> bool:
    """A date of a legal act (order No. 222: signed, registered, in force), not one computed
    from the user's answers."""
    return any(k.startswith("o222.") and v == day for k, v in ctx.items())


# ---- the mechanism: a result's `past:` headlines -----------------------------------------------

def test_a_past_headline_needs_a_date_a_text_and_a_citation_and_belongs_to_a_result(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(
        """
id: t
version: 1
title: t-title
start: q
nodes:
  q:
    kind: input
    text: t-q
    key: day
    input: {type: date}
    next: r
    past:
      - {date: day, text: t-gone, cite: [x]}
  r:
    kind: result
    outcome: info
    text: t-r
    past:
      - {text: t-gone}
      - {date: day, text: t-gone}
      - {date: day, text: t-gone, cite: [x], outcome: maybe}
""",
        encoding="utf-8",
    )
    _, problems = read_tree(path)
    said = {(p.node, p.field): p.message for p in problems}
    assert "only a result" in said[("q", "past")]
    assert "needs date" in said[("r", "past[0]")]
    assert "cite" in said[("r", "past[1].cite")]
    assert "one of" in said[("r", "past[2].outcome")]


# ---- /status: an item whose last date is gone ----------------------------------------------------

async def test_status_marks_an_overdue_application_and_says_what_to_do_after_current_items(sqlite_url):
    # a kandas application filed so that its decision (30 working days after the day of
    # registration) was due on 29.12.2026; on 20.01.2027 /status shows it ⌛ with the p.25
    # complaint, after a labour permit whose dates are still ahead
    filed = D(2026, 11, 16)
    assert CAL.add_working_days(filed, 30) == D(2026, 12, 29)
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    items = TrackedItems(db)
    await items.save(1, "kandas", "application", {"filed_on": filed, "request": "assign"}, today=filed)
    await items.save(1, "labour-permit", "permit", {"expiry": D(2027, 6, 30), "cumulative_months": 6}, today=filed)
    tracking = Tracking(db, build_renderer(), lambda: D(2027, 1, 20))
    statuses = await tracking.statuses(1, "ru")
    assert [s.item.service for s in statuses] == ["labour-permit", "kandas"]
    overdue = statuses[1]
    assert overdue.expired and overdue.next_due is None
    assert overdue.text.startswith("⌛ Решение должно было прийти не позже 29.12.2026. Если его нет, подайте жалобу в акимат")
    assert "25" in overdue.text  # the grounds: KR p.25
    # on the day itself it is still current
    today = await Tracking(db, build_renderer(), lambda: D(2026, 12, 29)).statuses(1, "ru")
    assert not any(s.expired for s in today)
    await db.close()


async def test_status_of_a_hearing_gone_says_what_to_do(sqlite_url):
    # a hearing notice of 01.12.2026: the hearing was due within 2 working days (PRP p.17);
    # on 07.12.2026 /status says its time ran out and, as the dialog does, to contact the police
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    await TrackedItems(db).save(1, "permanent-residence", "hearing", {"notice_on": D(2026, 12, 1)}, today=D(2026, 12, 1))
    statuses = await Tracking(db, build_renderer(), lambda: D(2026, 12, 7)).statuses(1, "ru")
    assert statuses[0].expired
    assert "Если заслушивания не было, срочно свяжитесь с полицией." in statuses[0].text
    await db.close()


def test_a_not_ready_screen_for_a_filing_day_gone_says_first_what_to_do_now():
    """⚠️ "replace the document before filing" for a filing day already gone: the first
    bullet says the day has passed, and to file again if the application was not accepted
    (KR App. 8: a reasoned refusal to accept) or to ask the TsON / 1414 if it was."""
    answers = ("c:assign", "c:date", "01.12.2026", "c:in-hours", "c:yes", "c:no", "c:docs", "c:none", "c:regions", "c:foreign")
    renderer = build_renderer()
    _, expired = walk(engine(), "kandas", *answers, "30.11.2026")  # the ID ended before the filing day
    assert expired.outcome == "not_ready" and expired.track is None
    assert expired.items[0].text.id == "common-blocked-filed-past" and expired.items[0].citations
    text = renderer.render(expired, "ru").text
    assert "Дата подачи (01.12.2026) уже прошла: если заявление не приняли из-за этого, исправьте и подайте снова" in text
    for lang in ("ru", "kk", "en", "uz", "tg", "ky"):
        assert len(renderer.render(expired, lang).text) <= 800, lang
    # the same case filed today: nothing has passed, no such bullet
    _, ahead = walk(engine(), "kandas", *answers[:1], "c:today", *answers[3:], "06.12.2026")
    assert ahead.outcome == "not_ready" and all(i.text.id != "common-blocked-filed-past" for i in ahead.items)


def test_a_screen_pressed_again_the_day_after_is_read_for_that_day():
    """The bot keeps the view of each question it shows, and the screen drawn from it
    (bot/telegram/conversation.py), so the press on it need not walk the tree again and
    people at the same question share one screen; kept per language and for its day
    only. A result is read afresh each time: the same result read after its decision
    date has passed says so, not yesterday's headline."""
    from bot.telegram.conversation import Conversation

    due = CAL.add_working_days(D(2026, 11, 30), 30)  # filed Mon 30.11, KR App.2 row 8
    days = {"today": due}
    eng = Engine(TREES, today=lambda: days["today"])
    conversation = Conversation(eng, build_renderer(), sessions=None)
    question, asked = walk(eng, "kandas", "c:assign")
    assert asked.kind == "choice"
    shown = conversation.screen(question, "ru", view=asked)
    assert conversation.where(question)[0] is asked and conversation.screen(question, "ru") is shown
    assert conversation.screen(question, "en").texts != shown.texts  # kept per language
    state, view = walk(eng, "kandas", "c:assign", "c:date", "30.11.2026", *KANDAS_ASSIGN)
    assert view.outcome == "info"  # filed, the decision due today
    before = conversation.screen(state, "ru", view=view)
    days["today"] = due + dt.timedelta(days=1)
    assert conversation.where(question)[0] is not asked  # a new day: the question is read again
    later, _actions = conversation.where(state)
    assert later.outcome == "passed" and later.text.id == "ended-ks-application"
    screen = conversation.screen(state, "ru")
    assert screen.texts != before.texts  # the overdue headline


def test_tracking_a_permit_whose_extension_window_closed_says_so_and_still_reminds_of_its_end():
    # /track on 07.12.2026 of a permit ending 10.12.2026 (3 months so far): the last day
    # to file (05.12, a Saturday: accepted only after it) is gone — the service says ⛔,
    # and /track said "check the dates below" over it (audit, stop 27)
    e = Engine(TREES, today=lambda: D(2026, 12, 7))
    _, view = walk(e, "track", "c:labour-permit", "c:my-permit", "10.12.2026", "3")
    assert view.node_id == "permit-extension"
    assert view.outcome == "not_eligible" and view.text.id == "lp-result-extension-too-late"
    assert view.text.args == {"closes": D(2026, 12, 5), "expiry": D(2026, 12, 10)}
    assert view.track  # the permit's end is still reminded of
    # the day before the last working day the window is open: no such headline
    _, open_ = walk(Engine(TREES, today=lambda: D(2026, 12, 3)), "track", "c:labour-permit", "c:my-permit", "10.12.2026", "3")
    assert open_.text.id == "track-result-permit" and open_.outcome == "info"


def test_an_employer_tracking_a_workers_permit_is_asked_about_the_workers_permit():
    e = Engine(TREES, today=lambda: D(2026, 12, 7))
    _, expiry = walk(e, "track", "c:labour-permit", "c:worker-permit", "Айгерим")
    assert expiry.text.id == "track-worker-expiry-question"
    _, months = walk(e, "track", "c:labour-permit", "c:worker-permit", "Айгерим", "10.03.2027")
    assert months.text.id == "track-worker-cumulative-question"
    _, saved = walk(e, "track", "c:labour-permit", "c:worker-permit", "Айгерим", "10.03.2027", "3")
    assert saved.node_id == "permit-extension" and saved.track.get("label") == "Айгерим"


@pytest.mark.parametrize("tree, answers", [
    # a kandas extension "today" (07.12), in hours, the certificate valid to 15.12: ✅ that day
    ("kandas", ("3", "1", "1", "15.12.2026")),
    # a self-employment extension "today" (07.12), the contract of 03.12 (the audit's walk)
    ("self-employment", ("1", "1", "2", "1", "03.12.2026", "31.12.2026", "1", "1")),
])
def test_today_pressed_is_the_day_it_was_pressed_when_the_dialog_is_resumed_later(tree, answers):
    """«Сегодня» stores that day (`sets: {apply_date: today}`). Resumed two weeks later,
    the dialog reads the day it was answered: the filing day is gone and said so (⌛ or
    ℹ️ filed), never a ✅ "you can file" computed from the new day (audit, stop 28)."""
    days = [D(2026, 12, 7)]
    eng = Engine(TREES, today=lambda: days[0])
    state, view = walk(eng, tree, *answers)
    assert state.answers["apply_date"] == "2026-12-07" and view.outcome == "eligible", (view.node_id, view.outcome)
    days[0] = D(2026, 12, 21)
    later = eng.view(eng.resume(state))
    assert later.outcome in ("passed", "info"), (later.node_id, later.outcome, later.text.id)


def test_today_pressed_follows_the_day_while_the_dialog_still_asks():
    """«Сегодня» pressed on Monday 07.12, the dialog left at the next question and continued
    on Wednesday 09.12: the user still says they will file today — Wednesday — so the
    decision counts from 09.12, and nothing says "filed on 07.12" (audit, stop 28). A typed
    date is the user's own and stays."""
    days = [D(2026, 12, 7)]
    eng = Engine(TREES, today=lambda: days[0])
    state, _ = walk(eng, "employer-permit", "3", "1")  # extend, "today"; at the hours question now
    assert state.answers["apply_date"] == "2026-12-07"
    days[0] = D(2026, 12, 9)
    state = eng.resume(state)
    assert state.answers["apply_date"] == "2026-12-09"
    # a typed day instead: kept as typed on a later resume
    days[0] = D(2026, 12, 7)
    typed, _ = walk(eng, "employer-permit", "3", "2", "28.12.2026")
    days[0] = D(2026, 12, 9)
    assert eng.resume(typed).answers["apply_date"] == "2026-12-28" and "_today" not in typed.answers


def test_a_tick_whose_filing_day_is_gone_is_never_shown_as_one():
    """A temporary residence permit planned for 08.12 (✅ on 07.12), opened again on 14.12:
    the filing day, the decision day and the stay have passed. Where a result has no
    `past:` headline of its own, the engine says the date is gone (☎️), never ✅ «can file»
    (audit, stop 28)."""
    days = [D(2026, 12, 7)]
    eng = Engine(TREES, today=lambda: days[0])
    state, view = walk(eng, "temporary-residence", "1", "1", "1", "1", "10.12.2026", "4", "2", "08.12.2026", "1", "01.01.2030")
    assert view.outcome == "eligible", (view.node_id, view.outcome)
    days[0] = D(2026, 12, 14)
    later = eng.view(eng.resume(state))
    assert later.outcome == "ask_person" and later.text.id == "common-result-date-gone" and later.text.args == {"filed": D(2026, 12, 8)}
    assert later.track is None


def test_an_extension_accepted_after_the_permit_ended_says_so_when_opened_again():
    """Employer permit to 24.12, the extension sent on 28.12 (⚠️ "file earlier" on 07.12),
    opened again on 26.12: the permit has ended and the filing would be accepted after
    it — ☎️ as a fresh walk says it, not ✅ "file by 18.12" (audit, stop 28)."""
    days = [D(2026, 12, 7)]
    eng = Engine(TREES, today=lambda: days[0])
    state, view = walk(eng, "employer-permit", "3", "2", "28.12.2026", "1", "1", "1", "1", "24.12.2026")
    assert view.outcome == "not_ready"
    days[0] = D(2026, 12, 26)
    later = eng.view(eng.resume(state))
    assert later.outcome == "ask_person" and later.text.id == "ep-result-extension-expired" and later.track is None


def test_a_child_turning_16_opened_again_after_its_days_says_they_are_gone():
    """Birthday 05.12: on 07.12 «file by 14.12»; opened again on 15.12 it said the same. Now
    the safe day gone leads with the later reading's day, and after it the term is over
    (audit, stop 28)."""
    days = [D(2026, 12, 7)]
    eng = Engine(TREES, today=lambda: days[0])
    state, view = walk(eng, "temporary-residence", "1", "1", "1", "3", "1", "05.12.2026")
    assert view.text.id == "trp-result-sixteen-deadline"
    days[0] = D(2026, 12, 15)
    assert eng.view(eng.resume(state)).text.id == "trp-result-sixteen-last-day"
    days[0] = D(2026, 12, 17)
    gone = eng.view(eng.resume(state))
    assert gone.text.id == "trp-result-sixteen-late" and gone.outcome == "ask_person"


def test_a_reapplication_wait_opened_after_the_year_leads_on_to_the_questions():
    days = [D(2026, 12, 7)]
    eng = Engine(TREES, today=lambda: days[0])
    state, view = walk(eng, "permanent-residence", "4", "01.03.2026")
    assert view.outcome == "not_eligible"
    days[0] = D(2027, 3, 10)
    later = eng.view(eng.resume(state))
    assert later.outcome == "info" and later.text.id == "prp-result-reapply-now"
    assert any(b.label.id == "button-continue" for b in later.buttons)


def test_a_reissue_said_to_be_clarified_first_is_not_called_filed_when_opened_again():
    """Re-issue for "another reason" (☎️ clarify with the akimat first), opened again two
    days later: whether it was filed is not known — the date is gone, not «Заявление
    подано 07.12» (audit, stop 28)."""
    days = [D(2026, 12, 7)]
    eng = Engine(TREES, today=lambda: days[0])
    state, view = walk(eng, "employer-permit", "4", "1", "1", "1", "1", "1", "4")
    assert view.outcome == "ask_person" and view.text.id != "common-result-filed-if"
    days[0] = D(2026, 12, 9)
    later = eng.view(eng.resume(state))
    assert later.text.id == "common-result-date-gone" and later.text.args == {"filed": D(2026, 12, 7)}


# ---- a screen reached by today's phase, opened again on a later day -------------------------

def test_a_labour_permit_too_early_screen_opened_after_the_window_opened_is_todays():
    """"Too early: the window opens on 02.12" (a permit ending 31.12.2026: 30 days
    before, counted safely, is 02.12, ¶20) is routed by the day it was asked. Opened
    again on 03.12 it said so still; the way from the months question is taken again
    with today's date: the window is open, the months are asked (audit, stop 29)."""
    from dialogs.runtime.engine import DialogState

    holder = ("c:immigrant", "c:other", "c:yes", "31.12.2026", "6")
    state, view = walk(engine(D(2026, 11, 20)), "labour-permit", *holder)
    assert view.node_id == "extension-too-early" and view.text.args == {"opens": D(2026, 12, 2)}
    saved = state.to_dict()
    # the day before the literal first day (01.12, D-30): still too early, the same screen
    same = engine(D(2026, 11, 30)).resume(DialogState.from_dict(saved))
    assert same.node == "extension-too-early" and not same.rerouted
    later = engine(D(2026, 12, 3)).resume(DialogState.from_dict(saved))
    assert later.node == "extension-months" and later.rerouted
    assert engine(D(2026, 12, 3)).view(later).text.id == "lp-extension-months-question"
    assert later.history == state.history and later.answers == state.answers  # nothing answered is lost
    # past the last day to file (25.12, ¶20 and ¶12), before the end: ⛔ as asked that day
    closed = engine(D(2026, 12, 28)).resume(DialogState.from_dict(saved))
    assert closed.node == "extension-too-late"
    # the months question left open on 03.12 and resumed after the end: the filed question
    asked = engine(D(2027, 1, 2)).resume(DialogState.from_dict(later.to_dict()))
    assert asked.node == "expired-extension-filed"
    # a result reached by answers alone is never moved: the first permit's ✅ stays
    first, _ = walk(engine(), "labour-permit", "c:immigrant", "c:other", "c:no", "next", "c:yes", "c:yes", "6")
    assert engine(D(2027, 3, 1)).resume(DialogState.from_dict(first.to_dict())).node == first.node


def test_routed_by_today_is_a_flag_on_a_result_or_a_question(tmp_path):
    source = tmp_path / "t.yaml"
    source.write_text(
        "id: t\nversion: 1\ntitle: t\nstart: q\nnodes:\n"
        "  q: {kind: input, text: x, key: d, input: {type: date}, next: r, routed_by_today: yes please}\n"
        "  r: {kind: result, outcome: info, text: y, routed_by_today: true}\n"
        "  i: {kind: info, text: z, next: r, routed_by_today: true}\n", encoding="utf-8")
    _, problems = read_tree(source)
    fields = {(p.node, p.field) for p in problems}
    assert ("q", "routed_by_today") in fields and ("i", "routed_by_today") in fields
    assert ("r", "routed_by_today") not in fields


def test_back_onto_a_too_early_screen_weeks_later_is_todays_screen():
    """"Too early" asked on 20.11 (a permit ending 31.12.2026), 📄 opened, ⬅️ pressed on
    04.01.2027 after the permit ended: not "too early: file from 02.12" again, but the
    question the day gives (did you file in time?), marked so the bot says the dates moved
    on (quick audit of stop 29's re-routing)."""
    from dialogs.runtime.engine import DialogState

    days = {"today": D(2026, 11, 20)}
    eng = Engine(TREES, today=lambda: days["today"])
    state, view = walk(eng, "labour-permit", "c:immigrant", "c:other", "c:yes", "31.12.2026", "6", "next")
    assert view.kind == "checklist"
    assert eng.back(state).node == "extension-too-early" and not eng.back(state).rerouted  # the same day: as left
    days["today"] = D(2027, 1, 4)
    back = eng.back(DialogState.from_dict(state.to_dict()))
    assert back.node == "expired-extension-filed" and back.rerouted


def test_the_documents_of_a_too_early_screen_opened_after_the_window_closed_are_todays_screen():
    """"Too early: prepare these" (20.11, a permit ending 31.12.2026), 📄 opened and left
    there. Opened again on 28.12, after the last day to file (25.12): not the extension's
    documents as if still to be filed, but today's screen — too late to extend — marked
    so the bot says the dates moved on. The same day, or while still too early, the list
    stays where it was left, ticks and all."""
    from dialogs.runtime.engine import DialogState

    days = {"today": D(2026, 11, 20)}
    eng = Engine(TREES, today=lambda: days["today"])
    state, view = walk(eng, "labour-permit", "c:immigrant", "c:other", "c:yes", "31.12.2026", "6", "next")
    assert view.node_id == "extension-documents"
    state = eng.choose(state, "t:0").state  # one document ticked
    saved = state.to_dict()
    days["today"] = D(2026, 11, 30)
    same = eng.resume(DialogState.from_dict(saved))
    assert same.node == "extension-documents" and not same.rerouted
    days["today"] = D(2026, 12, 28)
    later = eng.resume(DialogState.from_dict(saved))
    assert later.node == "extension-too-late" and later.rerouted
    assert eng.view(later).outcome == "not_eligible"
    assert later.answers == state.answers  # the ticks and answers are kept


def test_the_menu_over_a_dialog_that_moved_on_is_saved_anew_and_says_so():
    """/menu over the months question ("the window is open") on 03.12, a press on the menu
    on 28.12: the dialog kept under it moved on, so the menu's buttons carry a new token;
    the menu is marked re-routed (saved, and "moved on" said) instead of "out of date"."""
    from dialogs.runtime.engine import DialogState

    days = {"today": D(2026, 12, 3)}
    eng = Engine(TREES, today=lambda: days["today"])
    state, view = walk(eng, "labour-permit", "c:immigrant", "c:other", "c:yes", "31.12.2026", "6")
    assert view.node_id == "extension-months"
    menu = eng.menu_from(state)
    assert not eng.resume(DialogState.from_dict(menu.to_dict())).rerouted
    days["today"] = D(2026, 12, 28)
    later = eng.resume(DialogState.from_dict(menu.to_dict()))
    assert later.rerouted and later.parent["node"] == "extension-too-late"
