"""Registration of immigrants: visa holders, the host's duty and channels, and the gaps said plainly."""

import datetime as dt

import pytest

from dialogs.runtime.engine import Engine
from dialogs.model.loader import load_trees
from tests.scripted import chat, item_ids, note_ids, walk

ENGINE = Engine(load_trees(), today=lambda: dt.date(2026, 12, 10))


def test_visa_holder_is_registered_automatically():
    _, view = walk(ENGINE, "immigrant-registration", "c:foreigner", "c:yes")
    assert view.node_id == "visa-result" and view.final
    assert item_ids(view)[0] == "reg-reason-visa-automatic"
    assert "reg-note-other-address-silent" in note_ids(view)
    assert any(c.point == "4" and "автоматически учитываются" in c.quote for c in view.all_citations())


def test_visa_free_foreigner_is_registered_by_the_host_and_no_deadline_is_invented():
    _, view = walk(ENGINE, "immigrant-registration", "c:foreigner", "c:no")
    assert view.node_id == "host-registers-you"
    assert {"reg-reason-host-portal", "reg-reason-host-in-person-post"} <= set(item_ids(view))
    silent = [n for n in view.notes if n.flag == "silent"]
    # the deadline, and who reports a foreigner with no host (one living in their own home)
    assert [n.text.id for n in silent] == ["reg-note-deadline-silent", "reg-note-no-host-silent"]
    assert "common-ask-official" in note_ids(view)
    # the police register (MC Rules p.4); the host reports
    assert any(c.point == "4" and "органами внутренних дел" in c.quote for c in view.all_citations())


def test_host_sees_every_channel_and_every_gap():
    _, view = walk(ENGINE, "immigrant-registration", "c:host")
    assert item_ids(view)[1:4] == ["reg-reason-host-portal", "reg-reason-host-in-person-post", "reg-reason-e-qonaq"]
    assert {n.text.id for n in view.notes if n.flag == "silent"} == {
        "reg-note-deadline-silent", "reg-note-e-qonaq-users-silent", "reg-note-visa-host-silent"}


@pytest.mark.parametrize("lang, text", [("ru", "vmp.gov.kz"), ("kk", "vmp.gov.kz"), ("en", "by post")])
def test_chat_in_every_language(lang, text):
    out = chat("immigrant-registration", "2", lang=lang)
    assert text in out and "1414" in out
