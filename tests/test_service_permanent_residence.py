"""Permanent residence permit (PRP) and its annulment: scripted conversations.

Expected dates are counted by hand from the Rules (MIA order No. 992, Chapter 3):
calendar days for the p.14 steps and the p.20 exit; working days of Kazakhstan
(16 Dec, 1–2 Jan and the observed 4 Jan 2027, 7 Jan, 8 Mar, 21–24 Mar 2027 are days
off) for the p.17 hearing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs.check import run_check
from dialogs.runtime.engine import NEXT, Engine
from dialogs.runtime.i18n import Localizer
from dialogs.model.loader import load_trees
from dialogs.runtime.render import Renderer
from tests.scripted import chat, item_ids, note_ids, walk
from dialogs.runtime.languages import COMPLETE_LANGS

TREE = "permanent-residence"
D = dt.date


PASSPORT_OK = "01.01.2030"
VISA_OK = "01.01.2030"  # the visa's last day, after every filing day below


def engine(today: dt.date) -> Engine:
    return Engine(load_trees(), today=lambda: today)


def flags(view) -> dict[str, str | None]:
    return {n.text.id: n.flag for n in list(view.items) + list(view.notes)}


# -- eligible ------------------------------------------------------------------------


def test_ethnic_kazakh_at_the_police_is_eligible_with_step_dates_and_documents():
    e = engine(D(2026, 9, 20))
    answers = ["c:apply", "c:yes", "c:no", "c:yes", "c:police", "05.10.2026", PASSPORT_OK]
    _, view = walk(e, TREE, *answers)
    assert view.node_id == "apply-result" and view.outcome == "eligible"
    ids = item_ids(view)
    assert ids == ["prp-reason-route-ethnic", "prp-reason-channel-police", "prp-reason-steps",
                   "prp-reason-step-conclusion", "prp-reason-passport-ok"]
    # p.14: 2 calendar days; notice after 2/5/7 + 25 + 10 + 3 days (from filing) or in a row
    assert view.text.args == {"notice_earliest": D(2026, 11, 19), "notice_latest": D(2026, 11, 26)}
    steps = next(i for i in view.items if i.text.id == "prp-reason-steps")
    assert steps.text.args == {"registered_by": D(2026, 10, 7), "security_from_a": D(2026, 11, 6), "security_from_b": D(2026, 11, 13)}
    # an ethnic Kazakh is offered the kandas service too
    assert any(b.action.startswith("l:") for b in view.buttons)
    f = flags(view)
    assert f["prp-note-fees-silent"] == "silent" and f["prp-note-total-term-silent"] == "silent"
    assert f["prp-note-timeline-reading"] == "ambiguous"
    assert "common-ask-official" in note_ids(view)
    assert all(i.citations for i in view.items)

    _, docs = walk(e, TREE, *answers, NEXT)
    assert docs.kind == "checklist" and docs.final
    assert item_ids(docs) == ["prp-doc-application", "prp-doc-appendix3", "prp-doc-solvency", "prp-doc-valid", "prp-doc-each-adult"]
    assert flags(docs)["prp-doc-appendix3"] == "silent" and flags(docs)["prp-note-documents-silent"] == "silent"
    assert "prp-note-coupon" in note_ids(docs)
    assert all(i.citations for i in docs.items)
    quotes = [c.quote for i in docs.items for c in i.citations]
    assert any("приложению 3" in q for q in quotes)


def test_investor_through_the_state_corporation_with_iin_gets_the_step_dates():
    e = engine(D(2026, 12, 20))
    answers = ["c:apply", "c:yes", "c:no", "c:no", "c:no", "c:no", "c:investor", "c:yes", VISA_OK, "c:gov-corp", "c:yes", "29.12.2026", PASSPORT_OK]
    _, view = walk(e, TREE, *answers)
    assert view.outcome == "eligible"
    ids = item_ids(view)
    assert {"prp-reason-route-investor", "prp-reason-channel-gov-corp"} <= set(ids)
    gk = next(i for i in view.items if i.text.id == "prp-reason-channel-gov-corp")
    assert {"14", "15"} <= {c.point for c in gk.citations}  # the clock starts at the police; delivery a day before
    # calendar days run over New Year: 29.12.2026 + 2 / + 45 / + 52
    assert next(i for i in view.items if i.text.id == "prp-reason-steps").text.args["registered_by"] == D(2026, 12, 31)
    assert view.text.args["notice_earliest"] == D(2027, 2, 12) and view.text.args["notice_latest"] == D(2027, 2, 19)
    assert not any(n.flag == "warning" for n in view.notes), "no conditional warning under a ✅"
    _, docs = walk(e, TREE, *answers, NEXT)
    assert "prp-doc-iin" in item_ids(docs) and "prp-note-coupon" not in note_ids(docs)


def test_state_corporation_with_iin_has_no_iin_warning():
    e = engine(D(2026, 12, 20))
    _, view = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:no", "c:yes", "c:gov-corp", "c:yes", "21.12.2026", PASSPORT_OK)
    assert view.outcome == "eligible" and "prp-reason-route-refugee" in item_ids(view)
    assert not [b for b in view.buttons if b.action.startswith("l:")], "no way back to the channel with an IIN"
    assert flags(view)["prp-note-stay-reading"] == "ambiguous"


def test_online_filing_is_not_offered_and_the_channel_is_asked_again():
    e = engine(D(2026, 12, 20))
    state, view = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:yes", "c:online")
    assert view.node_id == "online-info" and flags(view)["prp-note-online-silent"] == "silent"
    _, first = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:yes")
    state, view = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:yes", "c:online", NEXT)
    assert view.node_id == "channel" and first.node_id == "channel"
    assert view.progress[0] == first.progress[0]  # the same question again, not the next one
    # asked again with the two channels the Rules name: egov.kz again would loop back to its note
    assert [b.action for b in view.buttons] == ["c:police", "c:gov-corp"]


def test_visa_free_country_with_a_pending_asylum_claim_is_eligible_with_a_note():
    _, view = walk(engine(D(2026, 12, 20)), TREE, "c:apply", "c:yes", "c:no", "c:no", "c:pending", "c:yes", "c:yes", "c:police", "21.12.2026", PASSPORT_OK)
    assert view.outcome == "eligible" and "prp-reason-route-visa-free" in item_ids(view)
    f = flags(view)
    # not a refusal ground: the visa-free route holds; a plain note, not a warning under ✅
    # (a citizen of such a state who came from one meets both readings of p.11: no "check first" note)
    assert f["prp-note-asylum-pending"] is None and "prp-note-visa-free-reading" not in f


# -- fact pair: passport valid vs expired on the filing day (p.12, p.13, p.16-1) -------------


def test_passport_valid_vs_expired_on_the_filing_day():
    e = engine(D(2026, 12, 10))
    base = ("c:apply", "c:yes", "c:no", "c:yes", "c:police", "14.12.2026")
    _, view = walk(e, TREE, *base, "14.12.2026")
    assert view.outcome == "eligible"
    assert next(i for i in view.items if i.text.id == "prp-reason-passport-ok").text.args == {"until": D(2026, 12, 14), "filed": D(2026, 12, 14)}
    _, view = walk(e, TREE, *base, "13.12.2026")
    assert view.outcome == "not_ready" and view.text.id == "prp-block-passport"
    assert view.text.args == {"until": D(2026, 12, 13), "filed": D(2026, 12, 14)}
    assert {"12", "13", "16-1"} <= {c.point for c in view.citations}
    assert "common-blocked-not-accepted" in item_ids(view)


# -- fact pair: the visa still runs vs has ended on the filing day (p.11) ---------------------------
# (audit MEDIUM 9: the visa was asked about "now" while the filing may be up to a year later)

VISA_ROUTE = ("c:apply", "c:yes", "c:no", "c:no", "c:no", "c:no")  # in KZ, no refusal, not ethnic, no refugee, no visa-free


@pytest.mark.parametrize("visa", [("c:prp",), ("c:profession",), ("c:investor", "c:yes")])
def test_visa_ending_before_the_filing_day_is_not_ready(visa):
    e = engine(D(2026, 12, 10))
    _, view = walk(e, TREE, *VISA_ROUTE, *visa)
    assert view.node_id == "visa-until" and "11" in {c.point for c in view.citations}
    _, view = walk(e, TREE, *VISA_ROUTE, *visa, "01.03.2027", "c:police", "01.06.2027", PASSPORT_OK)
    assert view.node_id == "apply-result" and view.outcome == "not_ready"
    assert view.text.id == "prp-block-visa"
    assert view.text.args == {"until": D(2027, 3, 1), "filed": D(2027, 6, 1)}
    assert any("временно пребывающие в Республике Казахстан с визой" in c.quote for c in view.citations)
    assert item_ids(view) == ["prp-blocked-visa-consequence"]
    # a visa already over today is not ready either
    _, view = walk(e, TREE, *VISA_ROUTE, *visa, "01.12.2026", "c:police", "14.12.2026", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.id == "prp-block-visa"
    # the visa's last day is the filing day: it still runs
    _, view = walk(e, TREE, *VISA_ROUTE, *visa, "01.03.2027", "c:police", "01.03.2027", PASSPORT_OK)
    assert view.outcome == "eligible"
    ok = next(i for i in view.items if i.text.id == "prp-reason-visa-ok")
    assert ok.text.args == {"until": D(2027, 3, 1), "filed": D(2027, 3, 1)}
    assert flags(view)["prp-note-stay-reading"] == "ambiguous"


def test_routes_without_a_visa_condition_are_not_asked_the_visa():
    e = engine(D(2026, 12, 10))
    # ethnic Kazakhs apply "независимо от категории выданной им визы": straight to the channel
    _, view = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:yes")
    assert view.node_id == "channel"
    _, view = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:no", "c:no", "c:yes")  # visa-free state
    assert view.node_id == "visa-free-citizen"  # the reading of p.11 is asked, not a visa
    _, view = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:no", "c:no", "c:yes", "c:yes")
    assert view.node_id == "channel"


def test_solvency_documents_are_not_listed_as_required_for_everyone():
    """Audit MEDIUM 11: p.14(3) only has the police ask a bank whether the solvency
    documents are genuine; whether a route (ethnic Kazakhs, refugees …) must file them is
    in Appendix 3, not in the seed. The item says "probably" and is flagged silent."""
    e = engine(D(2026, 9, 20))
    _, docs = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:yes", "c:police", "05.10.2026", PASSPORT_OK, NEXT)
    solvency = next(i for i in docs.items if i.text.id == "prp-doc-solvency")
    assert solvency.flag == "silent"
    assert {"14(3)", "11"} <= {c.point for c in solvency.citations}
    localizer = Localizer()
    ru = localizer.format("ru", "prp-doc-solvency")
    assert ru.startswith("Вероятно") and "приложении 3" in ru
    assert localizer.format("en", "prp-doc-solvency").startswith("Probably")


# -- fact pair: a refusal or annulment less vs more than a year before the filing day (p.22) ----
# (audit HIGH 1: the apply path never asked, and a refusal 3 months ago got ✅)

PRIOR = ("c:apply", "c:yes")
ETHNIC_POLICE = ("c:yes", "c:police")


def test_apply_path_with_a_refusal_three_months_ago_is_not_ready():
    e = engine(D(2026, 12, 10))
    _, view = walk(e, TREE, *PRIOR)
    assert view.node_id == "prior" and "22" in {c.point for c in view.citations}
    _, view = walk(e, TREE, *PRIOR, "c:refused", "10.09.2026", *ETHNIC_POLICE, "14.12.2026", PASSPORT_OK)
    assert view.node_id == "apply-result" and view.outcome == "not_ready"
    assert view.text.id == "prp-block-reapply"
    # 10.09.2026 + 1 year = 10.09.2027; the safe day is the day after (A15)
    assert view.text.args == {"safe": D(2027, 9, 11), "filed": D(2026, 12, 14)}
    assert "22" in {c.point for c in view.citations}
    assert item_ids(view) == ["prp-blocked-reapply-consequence"]
    assert flags(view)["prp-note-reapply-reading"] == "ambiguous"


def test_apply_path_filing_on_the_anniversary_vs_the_day_after():
    e = engine(D(2026, 12, 10))
    base = (*PRIOR, "c:refused", "10.09.2026", *ETHNIC_POLICE)
    _, view = walk(e, TREE, *base, "10.09.2027", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.id == "prp-block-reapply"
    _, view = walk(e, TREE, *base, "11.09.2027", PASSPORT_OK)
    assert view.outcome == "eligible"
    passed = next(i for i in view.items if i.text.id == "prp-reason-reapply-passed")
    assert passed.text.args == {"filed": D(2027, 9, 11), "safe": D(2027, 9, 11)}
    assert "22" in {c.point for c in passed.citations}


def test_apply_path_with_an_annulment_counts_the_year_too_and_notes_the_anchor():
    e = engine(D(2026, 12, 10))
    _, view = walk(e, TREE, *PRIOR, "c:annulled", "01.03.2026", *ETHNIC_POLICE, "14.12.2026", PASSPORT_OK)
    assert view.outcome == "not_ready" and view.text.args["safe"] == D(2027, 3, 2)
    assert flags(view)["prp-note-reapply-anchor"] == "ambiguous"
    # more than a year before the filing day: no bar
    _, view = walk(e, TREE, *PRIOR, "c:annulled", "01.03.2025", *ETHNIC_POLICE, "14.12.2026", PASSPORT_OK)
    assert view.outcome == "eligible" and "prp-reason-reapply-passed" in item_ids(view)
    _, view = walk(e, TREE, *PRIOR, "c:no", *ETHNIC_POLICE, "14.12.2026", PASSPORT_OK)
    assert view.outcome == "eligible" and "prp-reason-reapply-passed" not in item_ids(view)
    assert "prp-note-reapply-reading" not in note_ids(view)


# -- fact pair: TsON with vs without an IIN (p.14) -------------------------------------------------
# (audit MEDIUM 3: ЦОН without an IIN got ✅ above a note advising the police)


@pytest.mark.parametrize("has_iin", ["c:no", "c:unsure"])
def test_state_corporation_without_an_iin_is_not_a_plain_tick(has_iin):
    e = engine(D(2026, 12, 20))
    answers = ("c:apply", "c:yes", "c:no", "c:yes", "c:gov-corp", has_iin, "21.12.2026", PASSPORT_OK)
    state, view = walk(e, TREE, *answers)
    assert view.node_id == "apply-result" and view.outcome == "not_ready"
    assert view.text.id == "prp-block-no-iin"
    assert {"14"} <= {c.point for c in view.citations}
    assert item_ids(view) == ["prp-blocked-no-iin-consequence"]
    # a way back to choose the police instead
    assert e.choose(state, "l:0").view.node_id == "channel"
    _, view = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:yes", "c:police", "21.12.2026", PASSPORT_OK)
    assert view.outcome == "eligible"


# -- fact pair: already filed vs not ------------------------------------------------------------


def test_already_filed_skips_eligibility_and_gives_the_dates_after_filing():
    e = engine(D(2026, 11, 20))
    _, view = walk(e, TREE, "c:apply")
    assert view.node_id == "in-kz"
    state, view = walk(e, TREE, "c:filed", "05.10.2026")
    assert view.node_id == "filed-already-result" and view.outcome == "info"
    # on 20.11 the earlier reading's day (19.11) is gone: the headline names the later one
    # only, never a gone "no later than" (audit of 2026-12, finding 2)
    assert view.text.id == "prp-result-filed-earliest-gone" and view.text.args == {"notice_latest": D(2026, 11, 26)}
    assert view.track
    assert item_ids(view) == ["prp-reason-steps", "prp-reason-step-conclusion", "prp-reason-hearing-first", "prp-reason-reapply-rule"]
    assert flags(view)["prp-note-appeal-silent"] == "silent"
    # ways on: the hearing and the refusal screens
    assert e.choose(state, "l:0").view.node_id == "hearing-date"
    assert e.choose(state, "l:1").view.node_id == "refusal-date"
    step = e.answer_text(walk(e, TREE, "c:filed")[0], "21.11.2026")
    assert not step.accepted, "an application not yet filed goes the 'apply' way"


def test_already_filed_past_the_estimate_says_so_and_where_to_ask():
    # filed 05.10.2026: the estimate ran out on 26.11; on 10.12 the headline says so, no 🔔
    _, view = walk(engine(D(2026, 12, 10)), TREE, "c:filed", "05.10.2026")
    assert view.node_id == "filed-already-result" and view.outcome == "passed" and view.track is None
    assert view.text.id == "ended-prp-application" and view.text.args == {"date": D(2026, 11, 26)}
    assert {c.point for c in view.citations} >= {"14"}
    # on its last day the later estimate is still ahead (the earlier one gone): the day to wait for, and 🔔
    _, ahead = walk(engine(D(2026, 11, 26)), TREE, "c:filed", "05.10.2026")
    assert ahead.outcome == "info" and ahead.text.id == "prp-result-filed-earliest-gone" and ahead.track
    # both ahead: each reading's latest day
    _, both = walk(engine(D(2026, 11, 19)), TREE, "c:filed", "05.10.2026")
    assert both.outcome == "info" and both.text.id == "prp-result-filed-already" and both.track


# -- not eligible / cannot tell ------------------------------------------------------------


def test_asylum_seeker_with_another_visa_is_not_eligible():
    _, view = walk(engine(D(2026, 12, 20)), TREE, "c:apply", "c:yes", "c:no", "c:no", "c:pending", "c:no", "c:other")
    assert view.node_id == "not-eligible" and view.outcome == "not_eligible" and view.final
    assert item_ids(view) == ["prp-reason-routes-list", "prp-reason-asylum-not-refugee"]
    assert flags(view)["prp-note-list-reading"] == "ambiguous"
    routes = view.items[0].citations
    assert len(routes) == 7 and all(c.point == "11" for c in routes)
    assert "prp-note-family-not-route" in note_ids(view)
    state, _ = walk(engine(D(2026, 12, 20)), TREE, "c:apply", "c:yes", "c:no", "c:no", "c:pending", "c:no", "c:other")
    assert engine(D(2026, 12, 20)).choose(state, "l:0").view.tree_id == "temporary-residence"


def test_investor_visa_without_the_petition_is_not_eligible():
    _, view = walk(engine(D(2026, 12, 20)), TREE, "c:apply", "c:yes", "c:no", "c:no", "c:no", "c:no", "c:investor", "c:no")
    assert view.outcome == "not_eligible"
    assert "prp-reason-investor-both" in item_ids(view) and "prp-reason-asylum-not-refugee" not in item_ids(view)


def test_unsure_about_the_visa_free_agreement_sends_to_an_official():
    _, view = walk(engine(D(2026, 12, 20)), TREE, "c:apply", "c:yes", "c:no", "c:no", "c:no", "c:unsure", "c:other")
    assert view.node_id == "route-unsure" and view.outcome == "ask_person"
    # review stop 23 M4: "first check the points below": what was answered "not sure" leads
    # (the whole list of routes comes after it)
    assert item_ids(view) == ["prp-reason-check-visa-free", "prp-reason-routes-list"]
    _, both = walk(engine(D(2026, 12, 20)), TREE, "c:apply", "c:yes", "c:no", "c:no", "c:no", "c:unsure", "c:investor", "c:unsure")
    assert item_ids(both) == ["prp-reason-check-visa-free", "prp-reason-investor-both", "prp-reason-routes-list"]
    assert flags(view)["prp-note-visa-free-list-silent"] == "silent" and "common-ask-official" in note_ids(view)


def test_applicant_abroad_is_told_the_rules_are_silent():
    _, view = walk(engine(D(2026, 12, 20)), TREE, "c:apply", "c:no")
    assert view.outcome == "ask_person" and view.final
    assert flags(view)["prp-note-abroad-silent"] == "silent"
    assert any(b.action == "url:https://egov.kz" for b in view.buttons)


# -- hearing (p.17): working days over holidays -----------------------------------------------


@pytest.mark.parametrize(
    "notice, ready_by, latest, act_not_before",
    [
        # Thu 31.12.2026: 1 Jan (Fri), 4 Jan (observed New Year) and 7 Jan are days off
        (D(2026, 12, 31), D(2027, 1, 5), D(2027, 1, 6), D(2027, 1, 8)),
        # Tue 15.12.2026: 16 Dec is Independence Day
        (D(2026, 12, 15), D(2026, 12, 17), D(2026, 12, 18), D(2026, 12, 21)),
        # Sat 12.12.2026: the notice day is not a working day, so both readings give the
        # same last day; the hearing may still come on the first working day after it
        (D(2026, 12, 12), D(2026, 12, 14), D(2026, 12, 15), D(2026, 12, 17)),
        # Fri 05.03.2027: Mon 8 March is a day off
        (D(2027, 3, 5), D(2027, 3, 9), D(2027, 3, 10), D(2027, 3, 11)),
        # Fri 19.03.2027: Nauryz 22–24 March (Mon–Wed) are days off
        (D(2027, 3, 19), D(2027, 3, 25), D(2027, 3, 26), D(2027, 3, 29)),
    ],
)
def test_hearing_dates_count_working_days_of_kazakhstan(notice, ready_by, latest, act_not_before):
    _, view = walk(engine(notice), TREE, "c:hearing", notice.strftime("%d.%m.%Y"))
    assert view.node_id == "hearing-result" and view.final
    assert view.text.args == {"notice": notice, "ready_by": ready_by, "latest": latest, "act_not_before": act_not_before}
    note = "prp-note-hearing-count-day-off" if notice == D(2026, 12, 12) else "prp-note-hearing-count"
    assert flags(view)[note] == "ambiguous"
    assert "prp-note-hearing-passed" not in item_ids(view)


def test_hearing_dates_already_past_are_the_headline():
    # notice 01.12.2026: the hearing was due by 03.12; on 10.12 the headline says so
    # (not "be ready by 02.12" above a warning), and nothing is left to remind of
    _, view = walk(engine(D(2026, 12, 10)), TREE, "c:hearing", "01.12.2026")
    assert view.outcome == "passed" and view.text.id == "prp-result-hearing-passed"
    assert view.text.args == {"latest": D(2026, 12, 3)} and view.track is None
    assert "prp-result-hearing-passed" not in item_ids(view)
    # on the last day itself the dates still stand
    _, today = walk(engine(D(2026, 12, 3)), TREE, "c:hearing", "01.12.2026")
    assert today.outcome == "info" and today.text.id == "prp-result-hearing" and today.track


def test_hearing_notice_in_the_future_is_refused():
    e = engine(D(2026, 12, 10))
    state, _ = walk(e, TREE, "c:hearing")
    step = e.answer_text(state, "11.12.2026")
    assert not step.accepted and step.view.error.id == "date-error-range"


# -- refusal: one year (p.22) ----------------------------------------------------------------


def test_one_year_after_refusal_the_anniversary_itself_is_not_yet_safe():
    _, view = walk(engine(D(2027, 10, 5)), TREE, "c:refused", "05.10.2026")
    assert view.node_id == "reapply-wait" and view.outcome == "not_eligible"
    assert view.text.args["safe"] == D(2027, 10, 6)
    reason = view.items[0]
    assert reason.text.args == {"anniversary": D(2027, 10, 5), "safe": D(2027, 10, 6)}
    assert flags(view)["prp-note-reapply-reading"] == "ambiguous"
    assert "prp-note-leap-anchor" not in note_ids(view)


def test_the_day_after_the_anniversary_leads_back_to_the_eligibility_questions():
    e = engine(D(2027, 10, 6))
    state, view = walk(e, TREE, "c:refused", "05.10.2026")
    assert view.node_id == "reapply-now" and view.outcome == "info"  # who may apply is asked next: no ✅ yet
    state, view = walk(e, TREE, "c:refused", "05.10.2026", NEXT)
    assert view.node_id == "in-kz"
    # the refusal date is known and a year has passed: the apply path does not ask again
    _, view = walk(e, TREE, "c:refused", "05.10.2026", NEXT, "c:yes")
    assert view.node_id == "ethnic"


def test_refusal_on_29_february_ends_on_28_february_and_is_flagged():
    _, view = walk(engine(D(2025, 2, 28)), TREE, "c:refused", "29.02.2024")
    assert view.node_id == "reapply-wait"
    assert view.items[0].text.args == {"anniversary": D(2025, 2, 28), "safe": D(2025, 3, 1)}
    assert flags(view)["prp-note-leap-anchor"] == "ambiguous"


# -- annulment: 30 calendar days (p.20) -----------------------------------------------------------


def test_annulment_from_the_approval_date_gives_the_earlier_exit_date():
    _, view = walk(engine(D(2026, 10, 20)), TREE, "c:annulled", "c:approval", "05.10.2026")
    assert view.node_id == "annulled-approved" and view.final
    assert view.text.args == {"approved": D(2026, 10, 5), "safe": D(2026, 11, 3)}
    count = next(n for n in view.notes if n.text.id == "prp-note-exit-count")
    assert count.flag == "ambiguous" and count.text.args == {"safe": D(2026, 11, 3), "outer": D(2026, 11, 4)}
    # both readings are visible, the earlier (safe) one first
    exit_item = next(i for i in view.items if i.text.id == "prp-reason-exit")
    assert exit_item.text.args == {"safe": D(2026, 11, 3), "outer": D(2026, 11, 4)}
    reapply = next(i for i in view.items if i.text.id == "prp-reason-reapply-after-annul")
    assert reapply.text.args["safe"] == D(2027, 10, 6)
    assert "prp-reason-bridging-rvp" in item_ids(view)
    assert flags(view)["prp-note-annul-grounds-silent"] == "silent"
    assert "prp-note-exit-passed" not in item_ids(view)


def test_exit_date_on_a_holiday_does_not_move():
    # 03.12.2026 + 29 calendar days = 01.01.2027, a holiday: calendar days do not shift
    _, view = walk(engine(D(2026, 12, 10)), TREE, "c:annulled", "c:approval", "03.12.2026")
    assert view.text.args["safe"] == D(2027, 1, 1)


def test_exit_date_already_passed_is_the_headline():
    # approved 05.10.2026: leave by 03.11 (safe reading); on 04.11 the headline says the
    # time has passed and to go to the police, not "leave by 03.11", and offers no 🔔
    _, view = walk(engine(D(2026, 11, 4)), TREE, "c:annulled", "c:approval", "05.10.2026")
    assert view.outcome == "passed" and view.text.id == "prp-result-exit-passed"
    assert view.text.args == {"safe": D(2026, 11, 3)} and view.track is None
    assert [c.point for c in view.citations][0] == "20"
    assert "prp-result-exit-passed" not in item_ids(view)
    _, notice = walk(engine(D(2026, 11, 4)), TREE, "c:annulled", "c:notice", "05.10.2026")
    assert notice.outcome == "passed" and notice.text.id == "prp-result-exit-passed"
    _, in_time = walk(engine(D(2026, 11, 3)), TREE, "c:annulled", "c:approval", "05.10.2026")
    assert in_time.outcome == "info" and in_time.text.id == "prp-result-annulled" and in_time.track


def test_annulment_known_only_from_the_notice_asks_for_the_approval_date():
    _, view = walk(engine(D(2026, 10, 20)), TREE, "c:annulled", "c:notice", "05.10.2026")
    assert view.node_id == "annulled-notice" and view.outcome == "ask_person"
    assert view.text.args == {"notice": D(2026, 10, 5), "safe": D(2026, 11, 3)}
    assert flags(view)["prp-note-notice-date-later"] == "warning"
    from_notice = next(i for i in view.items if i.text.id == "prp-reason-exit-from-approval")
    assert from_notice.text.args == {"safe": D(2026, 11, 3), "outer": D(2026, 11, 4), "notice": D(2026, 10, 5)}
    assert any(b.action == "url:https://egov.kz" for b in view.buttons)


def test_moving_is_registered_on_the_day_and_the_deadline_is_silent():
    _, view = walk(engine(D(2026, 12, 10)), TREE, "c:moving")
    assert view.outcome == "info" and view.final
    assert item_ids(view) == ["prp-reason-moving-registration", "prp-reason-moving-file"]
    assert flags(view)["prp-note-moving-deadline-silent"] == "silent"


# -- every path renders in every language ---------------------------------------------------------

_DATES = {"prior-date": "05.10.2026", "visa-until": "01.01.2030", "filed": "21.12.2026", "passport": "01.01.2030", "filed-already": "05.10.2026", "hearing-date": "15.12.2026", "refusal-date": "05.10.2026", "annul-approved-date": "05.10.2026", "annul-notice-date": "05.10.2026"}


def test_every_path_ends_in_a_result_rendered_in_ru_kk_en_without_raw_ids():
    e = engine(D(2026, 12, 20))
    renderer = Renderer(Localizer())
    todo, seen_terminals, steps = [e.start(TREE)], set(), 0
    while todo:
        state = todo.pop()
        steps += 1
        assert steps < 4000, "the tree loops"  # ~2350 paths since the visa-free citizenship question
        view = e.view(state)
        for lang in COMPLETE_LANGS:
            text = renderer.render(view, lang).text
            assert "prp-" not in text and "{" not in text, (state.node, lang)
        if view.final:
            seen_terminals.add(view.node_id)
            continue
        if view.kind == "choice":
            for b in view.buttons:
                if state.node == "channel" and b.action == "c:online" and "online-info" in state.history:
                    continue
                todo.append(e.choose(state, b.action).state)
        elif view.kind == "input":
            todo.append(e.answer_text(state, _DATES[state.node]).state)
        else:
            todo.append(e.choose(state, NEXT).state)
    assert {"filed-already-result", "abroad", "not-eligible", "route-unsure", "documents", "hearing-result", "reapply-wait", "moving", "annulled-approved", "annulled-notice"} <= seen_terminals


def test_check_reports_nothing_for_this_service():
    report = run_check()
    mine = [str(p) for p in report.errors if "permanent-residence" in str(p) or "prp-" in str(p) or "permanent_residence" in str(p)]
    assert mine == []


# -- the real terminal chat --------------------------------------------------------------------


def test_chat_ru_ethnic_kazakh_gets_the_estimate():
    out = chat(TREE, "1", "1", "1", "1", "1", "05.10.2026", "01.01.2030", lang="ru", today="2026-09-20")
    assert "Этнические казахи подают при любой визе" in out
    # p.14: every step is a maximum, so each reading gives a latest day, the earlier first (audit of 2026-12)
    assert "ориентировочно не позже 19.11.2026 (если проверки идут одновременно) или 26.11.2026 (если друг за другом)" in out


def test_chat_kk_annulment_exit_date():
    out = chat(TREE, "6", "1", "05.10.2026", lang="kk", today="2026-10-20")
    assert "Қазақстаннан 03.11.2026 күнін қоса алғанға дейін шығыңыз" in out
    assert "екінші оқылым — 04.11.2026" in out


def test_chat_en_hearing_over_new_year():
    out = chat(TREE, "3", "31.12.2026", lang="en", today="2026-12-31")
    assert "Be ready by 05.01.2027; the hearing is held by 06.01.2027 at the latest" in out


# -- audit of the residence dialogs: verdicts and dates that did not follow from the seed ---------

AUDIT_TODAY = D(2026, 12, 7)  # a Monday


def test_documents_are_checked_on_the_day_a_filing_on_a_day_off_can_be_accepted():
    """Finding 2: p.12, p.13, p.16-1 — documents "с истекшим сроком действия" are refused.
    The police cannot receive documents on Saturday 12.12 or on Independence Day 16.12: the
    safe reading for a duty is the next working day, so a passport (or visa) ending on the
    filing day is not enough. The Rules' silence stays in a note."""
    e = engine(AUDIT_TODAY)
    visa_route = ("c:apply", "c:yes", "c:no", "c:no", "c:no", "c:no", "c:prp")
    _, view = walk(e, TREE, *visa_route, "12.12.2026", "c:police", "12.12.2026", "12.12.2026")
    assert view.outcome == "not_ready" and view.text.id == "prp-block-passport-day-off"
    assert view.text.args == {"until": D(2026, 12, 12), "filed": D(2026, 12, 12), "accepted": D(2026, 12, 14)}
    assert {"12", "13", "16-1"} <= {c.point for c in view.citations}
    assert "prp-block-visa-day-off" in item_ids(view)  # the visa ends that Saturday too
    assert "✅" not in Renderer(Localizer()).render(view, "ru").text
    # the visa until Monday 14.12 runs on the day of acceptance
    _, view = walk(e, TREE, *visa_route, "14.12.2026", "c:police", "12.12.2026", PASSPORT_OK)
    assert view.outcome == "eligible"
    ok = next(i for i in view.items if i.text.id == "prp-reason-visa-ok-day-off")
    assert ok.text.args == {"until": D(2026, 12, 14), "accepted": D(2026, 12, 14)}
    # Independence Day: accepted 17.12
    ethnic = ("c:apply", "c:yes", "c:no", "c:yes", "c:police", "16.12.2026")
    _, view = walk(e, TREE, *ethnic, "16.12.2026")
    assert view.outcome == "not_ready" and view.text.id == "prp-block-passport-day-off"
    assert view.text.args["accepted"] == D(2026, 12, 17)
    _, view = walk(e, TREE, *ethnic, "17.12.2026")
    assert view.outcome == "eligible"
    ok = next(i for i in view.items if i.text.id == "prp-reason-passport-ok-day-off")
    assert ok.text.args == {"until": D(2026, 12, 17), "filed": D(2026, 12, 16), "accepted": D(2026, 12, 17)}
    assert flags(view)["prp-note-hours-silent"] == "silent"
    # a working day: the filing day itself (unchanged)
    _, view = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:yes", "c:police", "15.12.2026", "15.12.2026")
    assert view.outcome == "eligible" and "prp-reason-passport-ok" in item_ids(view)


@pytest.mark.parametrize("citizen", ["c:no", "c:unsure"])
def test_visa_free_route_is_not_a_tick_when_the_reading_decides(citizen):
    """Finding 4: p.11 — "прибывшие из государств, заключивших … соглашения о безвизовом
    порядке въезда и пребывания". Whether citizenship of such a state is needed is not
    said; the ✅ sat above "check before you apply". Now the bot asks: a citizen of such a
    state meets both readings (✅), anyone else gets ⚠️ check first."""
    e = engine(AUDIT_TODAY)
    base = ("c:apply", "c:yes", "c:no", "c:no", "c:no", "c:yes")
    _, view = walk(e, TREE, *base)
    assert view.node_id == "visa-free-citizen" and "11" in {c.point for c in view.citations}
    _, view = walk(e, TREE, *base, citizen, "c:police", "08.12.2026", "31.12.2030")
    assert view.outcome == "not_ready" and view.text.id == "prp-block-visa-free"
    assert any("прибывшие из государств" in c.quote for c in view.citations)
    assert item_ids(view) == ["prp-blocked-visa-free-consequence"]
    assert flags(view)["prp-note-visa-free-reading"] == "ambiguous"
    assert "✅" not in Renderer(Localizer()).render(view, "ru").text
    _, view = walk(e, TREE, *base, "c:yes", "c:police", "08.12.2026", "31.12.2030")
    assert view.outcome == "eligible" and "prp-note-visa-free-reading" not in flags(view)


def test_tson_step_dates_are_said_to_count_from_the_filing_day():
    """Finding 7: p.14 — "После поступления заявки из ИС ЦОН в ИС МП … в течение 2
    календарных дней". The screen said the limits run from the request's arrival at the
    police, then gave "the file is opened by 14.12" = filing day + 2. The arrival is not
    known: the screen says the dates count from the filing day and may come later."""
    e = engine(AUDIT_TODAY)
    _, view = walk(e, TREE, "c:apply", "c:yes", "c:no", "c:no", "c:yes", "c:gov-corp", "c:yes", "12.12.2026", "31.12.2030")
    assert view.outcome == "eligible"
    # filed on Saturday 12.12: counted from Monday 14.12, the day it is accepted
    assert next(i for i in view.items if i.text.id == "prp-reason-steps").text.args["registered_by"] == D(2026, 12, 16)
    renderer = Renderer(Localizer())
    ru = renderer.render(view, "ru").text
    assert "от дня, когда заявление примут" in ru and "позже" in ru
    assert "from the day the application is accepted" in renderer.render(view, "en").text
    for lang, words in (("ru", "от дня, когда заявление примут"), ("en", "from the day the application is accepted")):
        assert words in Localizer().format(lang, "prp-note-gk-start"), lang
