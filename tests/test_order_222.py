"""Order No. 222's own dates: one reading, from data (dialogs/parameters/order_222.yaml).

The order is dated 29.05.2026 and was registered with the Ministry of Justice on
30.05.2026 (its heading); it takes effect "по истечении десяти календарных дней после
дня его первого официального опубликования" (p.4), and its excepted paragraphs apply
from 12.07.2026. The seed has no publication date; the order cannot be published before
it is registered, so the first day it can be in force is 30.05 + the ten days 31.05-09.06
-> 10.06.2026. Before it the earlier wording of the Rules applied, which our sources do
not hold: every service says so and computes no date, and so does /track.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from dialogs.check import run_check
from dialogs.law.parameters import PARAMETERS_DIR, load_parameters
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import Engine
from dialogs.runtime.i18n import default_localizer
from dialogs.runtime.render import Renderer
from dialogs.services import order_222
from dialogs.services.order_222 import order_222_dates
from tests.scripted import item_ids, note_ids, walk

D = dt.date
TREES = load_trees()
TODAY = D(2026, 12, 10)
ID_OK = "31.12.2030"
# kandas assignment from abroad, after the date: in hours, ethnic Kazakh, never a citizen,
# documents, no children, to the regions, through a foreign mission, a valid ID
KANDAS_ANSWERS = ("c:in-hours", "c:yes", "c:no", "c:docs", "c:none", "c:regions", "c:foreign", ID_OK)


def engine(today: dt.date = TODAY) -> Engine:
    return Engine(TREES, today=lambda: today)


def labels(view) -> list[str]:
    return [b.label.id for b in view.buttons]


def the(view_items, msg_id):
    found = [i for i in view_items if i.text.id == msg_id]
    assert len(found) == 1, f"{msg_id}: {[i.text.id for i in view_items]}"
    return found[0]


# ---- the data and the one computation --------------------------------------------------
def test_the_orders_dates_are_read_from_the_data_file():
    dates = order_222_dates(TODAY)
    assert dates["signed"] == D(2026, 5, 29)
    assert dates["registered"] == D(2026, 5, 30)
    assert dates["earliest"] == D(2026, 6, 10)  # 30.05 + ten days elapsed (31.05-09.06)
    assert dates["july"] == D(2026, 7, 12)
    assert dates["interim_until"] == D(2026, 7, 11)
    params = load_parameters()
    # each value carries the point and the verbatim quote it comes from
    assert "30 мая 2026 года № 38841" in params.reference("order_222.registered", TODAY).quote
    assert params.reference("order_222.days_after_publication", TODAY).point == "4"
    assert "с 12 июля 2026 года" in params.reference("order_222.excepted_paragraphs_from", TODAY).quote


def _data_with(tmp_path: Path, old: str, new: str) -> Path:
    directory = tmp_path / "parameters"
    shutil.copytree(PARAMETERS_DIR, directory)
    f = directory / "order_222.yaml"
    text = f.read_text(encoding="utf-8")
    assert old in text
    f.write_text(text.replace(old, new), encoding="utf-8")
    return directory


def test_a_changed_registration_date_in_the_data_moves_every_screen(tmp_path, monkeypatch):
    """Nothing else holds the date: change it in a copy of the data and the kandas
    dialog, its grounds and /track all follow."""
    params = load_parameters(_data_with(tmp_path, "value: 2026-05-30", "value: 2026-06-01"))
    assert order_222_dates(TODAY, params=params)["earliest"] == D(2026, 6, 12)
    monkeypatch.setattr(order_222, "default_parameters", lambda: params)
    _, old = walk(engine(), "kandas", "c:assign", "c:date", "11.06.2026")
    assert old.node_id == "old-rules" and old.text.args["earliest"] == D(2026, 6, 12)
    assert the(old.items, "ks-reason-order-in-force").text.args["registered"] == D(2026, 6, 1)
    _, track = walk(engine(), "track", "c:kandas", "c:application", "c:assign", "11.06.2026")
    assert track.node_id == "ks-application-old-rules"
    _, ok = walk(engine(), "kandas", "c:assign", "c:date", "12.06.2026", *KANDAS_ANSWERS)
    assert ok.node_id == "assign-before-july"


def test_a_changed_july_date_in_the_data_moves_the_rule_versions(tmp_path, monkeypatch):
    params = load_parameters(_data_with(tmp_path, "value: 2026-07-12", "value: 2026-07-20"))
    monkeypatch.setattr(order_222, "default_parameters", lambda: params)
    # 15.07.2026 is now before the excepted paragraphs apply: the transitional screen
    _, view = walk(engine(), "kandas", "c:assign", "c:date", "15.07.2026", *KANDAS_ANSWERS)
    assert view.node_id == "assign-before-july"


def test_the_loader_refuses_a_date_that_is_not_a_date(tmp_path):
    directory = _data_with(tmp_path, "value: 2026-05-30", 'value: "30.05.2026"')
    with pytest.raises(ValueError, match="registered.*must be a date"):
        load_parameters(directory)
    directory = _data_with(tmp_path / "n", "value: 10", "value: 2026-06-10")
    with pytest.raises(ValueError, match="days_after_publication.*whole number"):
        load_parameters(directory)


# ---- the dialogs: 09.06.2026 is before the order can be in force, 10.06 is not ----------
def test_kandas_on_09_06_gets_the_old_rules_screen_and_on_10_06_the_orders_terms():
    _, old = walk(engine(), "kandas", "c:assign", "c:date", "09.06.2026")
    assert old.node_id == "old-rules" and old.outcome == "ask_person" and old.track is None
    assert old.text.args == {"date": D(2026, 6, 9), "earliest": D(2026, 6, 10)}
    reason = the(old.items, "ks-reason-order-in-force")
    assert reason.text.args == {"signed": D(2026, 5, 29), "registered": D(2026, 5, 30), "earliest": D(2026, 6, 10)}
    quotes = " ".join(c.quote for c in reason.citations)
    assert "Зарегистрирован в Министерстве юстиции Республики Казахстан 30 мая 2026 года" in quotes
    assert "по истечении десяти календарных дней" in quotes
    # the first day it can be in force: the transitional wording, with the decision date
    _, first = walk(engine(), "kandas", "c:assign", "c:date", "10.06.2026", *KANDAS_ANSWERS)
    # (through an embassy the akimat's registration day is not known: an estimate)
    assert first.node_id == "assign-before-july" and "ks-reason-decision-time-estimate" in item_ids(first)
    # an extension and a complaint draw the same line
    _, ext = walk(engine(), "kandas", "c:extend", "c:date", "09.06.2026")
    assert ext.node_id == "old-rules"
    _, complaint = walk(engine(), "kandas", "c:complaint", "09.06.2026")
    assert complaint.node_id == "complaint-old-rules"
    _, complaint = walk(engine(), "kandas", "c:complaint", "10.06.2026")
    assert complaint.node_id == "complaint-result"


def test_the_old_rules_screen_says_10_06_and_why():
    _, old = walk(engine(), "kandas", "c:assign", "c:date", "09.06.2026")
    renderer = Renderer(default_localizer())
    ru = renderer.render(old, "ru").text
    assert "мог вступить в силу не раньше 10.06.2026" in ru
    assert "зарегистрирован в Министерстве юстиции 30.05.2026" in ru and "не раньше 09.06.2026" not in ru
    en = renderer.render(old, "en").text
    assert "could not take effect before 10.06.2026" in en and "registered with the Ministry of Justice on 30.05.2026" in en
    # one press away: the registration in the order's own words
    assert "Зарегистрирован в Министерстве юстиции Республики Казахстан 30 мая 2026 года № 38841" in renderer.render_quotes(old, "en")


def test_regional_quota_on_09_06_gets_the_old_rules_screen():
    _, old = walk(engine(), "regional-quota", "c:other", "09.06.2026")
    assert old.node_id == "old-rules" and old.text.args["earliest"] == D(2026, 6, 10)
    assert the(old.items, "rq-reason-order-in-force").text.args["registered"] == D(2026, 5, 30)
    _, first = walk(engine(), "regional-quota", "c:other", "10.06.2026")
    assert first.node_id != "old-rules"


def test_self_employment_and_employer_permit_say_the_computed_first_day():
    _, se = walk(engine(), "self-employment", "c:foreigner", "c:date", "09.06.2026")
    assert se.node_id == "before-order"
    note = the(se.notes, "se-note-order-date-derived")
    assert note.text.args == {"registered": D(2026, 5, 30), "earliest": D(2026, 6, 10)}
    _, ep = walk(engine(), "employer-permit", "c:extend", "c:other", "09.06.2026")
    assert ep.node_id == "before-order"
    note = the(ep.notes, "ep-note-entry-derivation")
    assert note.text.args == {"registered": D(2026, 5, 30), "earliest": D(2026, 6, 10)}
    # the two dates in its text come from the arguments, in every language
    renderer = Renderer(default_localizer())
    for lang in ("ru", "en", "kk", "uz", "tg", "ky"):
        assert renderer.t(lang, "ep-note-entry-derivation", registered=D(2026, 6, 1), earliest=D(2026, 6, 12)).count("2026") == 2
        text = renderer.t(lang, "ep-note-entry-derivation", registered=D(2026, 6, 1), earliest=D(2026, 6, 12))
        assert "01.06.2026" in text and "12.06.2026" in text


# ---- /track: an application filed before the order can be in force ---------------------
@pytest.mark.parametrize("request_id", ["assign", "extend"])
def test_track_a_kandas_application_filed_01_06_gives_no_order_222_decision_date(request_id):
    """kandas.yaml's `old-rules` says the earlier wording applied and gives no date;
    /track planned the order's 30 / 3 working days from 01.06.2026. It now says the same
    as the service and saves nothing."""
    _, view = walk(engine(), "track", "c:kandas", "c:application", f"c:{request_id}", "01.06.2026")
    assert view.node_id == "ks-application-old-rules"
    assert view.track is None and "status-application" not in item_ids(view)
    assert view.text.args == {"date": D(2026, 6, 1), "earliest": D(2026, 6, 10)}
    assert "ks-reason-order-in-force" in item_ids(view)
    assert [n.flag for n in view.notes if n.text.id == "ks-note-old-rules-silent"] == ["silent"]
    assert "common-ask-official" in note_ids(view)
    # what it can still do: an extension's applicant holds a certificate whose end can be tracked
    assert ("track-kind-ks-status" in labels(view)) == (request_id == "extend")
    assert "common-link-egov" in labels(view)
    # filed on the first day the order can be in force: its decision date, to be saved
    # while it is ahead (on 10.12.2026 it is long gone: the screen says so, nothing to save)
    _, later = walk(engine(D(2026, 6, 10)), "track", "c:kandas", "c:application", f"c:{request_id}", "10.06.2026", "c:in-hours")
    assert later.node_id == "ks-application" and later.track and "status-application" in item_ids(later)
    _, gone = walk(engine(), "track", "c:kandas", "c:application", f"c:{request_id}", "10.06.2026", "c:in-hours")
    assert gone.node_id == "ks-application" and gone.outcome == "passed" and gone.track is None


def test_track_a_kandas_extension_filed_before_the_date_can_still_track_the_certificate():
    e = engine()
    state, view = walk(e, "track", "c:kandas", "c:application", "c:extend", "01.06.2026")
    link = next(b.action for b in view.buttons if b.label.id == "track-kind-ks-status")
    step = e.choose(state, link)
    assert step.accepted and step.view.node_id == "ks-valid-to"
    step = e.answer_text(step.state, "31.12.2026")
    assert step.view.node_id == "ks-status" and step.view.track and step.view.track["kind"] == "status"


@pytest.mark.parametrize("applicant", ["kandas", "resettler"])
def test_track_a_regional_quota_application_filed_before_the_date_gives_no_decision_date(applicant):
    _, view = walk(engine(), "track", "c:regional-quota", f"c:{applicant}", "09.06.2026")
    assert view.node_id == "rq-application-old-rules" and view.track is None
    assert "status-application" not in item_ids(view)
    assert view.text.args == {"date": D(2026, 6, 9), "earliest": D(2026, 6, 10)}
    assert ("track-kind-ks-status" in labels(view)) == (applicant == "kandas")
    # the order's decision date: on 10.12.2026 long gone, so the screen says so (⌛) and
    # offers nothing to save
    _, later = walk(engine(), "track", "c:regional-quota", f"c:{applicant}", "10.06.2026", "c:in-hours")
    assert later.node_id == "rq-application" and later.text.id == "ended-rq-application" and later.track is None
    assert later.text.args["date"] > D(2026, 6, 10)


# ---- the content check keeps it that way --------------------------------------------------
def _tree_with(tmp_path: Path, tree: str, old: str, new: str) -> Path:
    directory = tmp_path / "trees"
    shutil.copytree(Path(__file__).resolve().parent.parent / "dialogs" / "trees", directory)
    f = directory / f"{tree}.yaml"
    text = f.read_text(encoding="utf-8")
    assert old in text
    f.write_text(text.replace(old, new, 1), encoding="utf-8")
    return directory


def test_check_refuses_a_date_written_into_a_condition(tmp_path):
    trees = _tree_with(tmp_path, "kandas", '"as_of < o222.earliest"', '"as_of < 2026-06-09"')
    errors = [e for e in run_check(trees_dir=trees).errors if "condition writes the date" in e.message]
    # the condition is shared (a YAML anchor) by the "today" button and the typed date
    assert sorted((e.file, e.node, e.message.split(":")[0]) for e in errors) == [
        ("kandas.yaml", "apply-date", "condition writes the date 2026-06-09"),
        ("kandas.yaml", "when", "condition writes the date 2026-06-09"),
    ]


def test_check_refuses_a_rule_version_that_does_not_switch_on_the_orders_date(tmp_path):
    trees = _tree_with(tmp_path, "kandas", "effective_from: 2026-07-12", "effective_from: 2026-07-13")
    errors = [e for e in run_check(trees_dir=trees).errors if "order 222 amends change on" in e.message]
    assert len(errors) == 1 and errors[0].file == "kandas.yaml" and errors[0].field.endswith("effective_from")


@pytest.mark.parametrize("svc, node", [("self-employment", "se-application-old-rules"), ("employer-permit", "ep-application-old-rules")])
def test_track_an_se_or_employer_application_filed_before_the_order_gives_no_date(svc, node):
    """/track gave "answer due 04.06.2026" under the order's own terms for a filing on
    01.06.2026, when the services themselves say the earlier rules applied (review, stop 22)."""
    request = "c:extend" if svc == "self-employment" else "c:issue"
    _, view = walk(engine(), "track", f"c:{svc}", "c:application", request, "01.06.2026")
    assert view.node_id == node and not view.track
    assert any(n.flag == "silent" for n in view.notes)
    # saved while the decision is ahead (on 10.12.2026 it is long gone: nothing to save)
    _, later = walk(engine(D(2026, 6, 10)), "track", f"c:{svc}", "c:application", request, "10.06.2026", "c:in-hours")
    assert later.track and later.track["filed_on"] == dt.date(2026, 6, 10)


def test_track_a_kandas_application_in_the_orders_first_weeks_says_its_start_is_not_known():
    _, june = walk(engine(), "track", "c:kandas", "c:application", "c:assign", "15.06.2026", "c:in-hours")
    assert [n.text.id for n in june.notes if n.flag == "ambiguous"] == ["ks-note-entry-unknown"]
    _, august = walk(engine(), "track", "c:kandas", "c:application", "c:assign", "03.08.2026", "c:in-hours")
    assert "ks-note-entry-unknown" not in [n.text.id for n in august.notes]
