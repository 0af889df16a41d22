"""The main menu: a foreign worker at a company is asked citizenship and told what
fits them (no permit for EAEU citizens; otherwise the employer's permit)."""

import datetime as dt

from dialogs.runtime.engine import Engine
from dialogs.model.loader import load_trees
from tests.scripted import item_ids, walk

ENGINE = Engine(load_trees(), today=lambda: dt.date(2026, 12, 10))


def test_eaeu_worker_at_a_company_needs_no_permit():
    _, view = walk(ENGINE, "start", "c:worker", "c:company", "c:by")
    assert view.node_id == "company-eaeu" and view.outcome == "info"
    assert any(c.source == "eaeu-treaty" for c in view.all_citations())


def test_other_worker_at_a_company_learns_what_the_employer_will_ask():
    _, view = walk(ENGINE, "start", "c:worker", "c:company", "c:other")
    assert view.node_id == "company-worker"
    assert "start-reason-no-work" in item_ids(view)
    assert {c.source for c in view.all_citations()} >= {"fl-rules", "entry-rules"}
    labels = [b.label.id for b in view.buttons]
    assert "start-link-employer-permit" in labels


def test_unsure_path_reaches_the_same_question():
    _, view = walk(ENGINE, "start", "c:unsure", "c:no", "c:work", "c:company")
    assert view.node_id == "company-citizenship"


def test_household_worker_goes_to_the_labour_permit_and_is_asked_citizenship_there():
    _, view = walk(ENGINE, "start", "c:worker", "c:household", "c:immigrant")
    assert view.tree_id == "labour-permit" and view.node_id == "citizenship"


def test_menu_buttons_fit_a_phone():
    from dialogs.runtime.i18n import Localizer

    from dialogs.runtime.render import MAX_LABEL

    loc = Localizer()
    tree = load_trees()["start"]
    for node in tree.nodes.values():
        for c in node.choices:
            if c.label.endswith("-title"):
                continue  # other services' names
            for lang in ("ru", "kk", "en"):
                assert len(loc.format(lang, c.label)) <= MAX_LABEL, (lang, c.label)
