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


def test_the_loader_refuses_a_date_that_is_not_a_date(tmp_path):
    directory = _data_with(tmp_path, "value: 2026-05-30", 'value: "30.05.2026"')
    with pytest.raises(ValueError, match="registered.*must be a date"):
        load_parameters(directory)
    directory = _data_with(tmp_path / "n", "value: 10", "value: 2026-06-10")
    with pytest.raises(ValueError, match="days_after_publication.*whole number"):
        load_parameters(directory)
