"""The start-up cache (issue 12): unchanged trees and locales load from it, an edited
file is read afresh, a corrupt cache file is rebuilt, and `check` reads the sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dialogs.runtime.i18n import LOCALES_DIR, Localizer
from dialogs.model.loader import TREES_DIR, load_trees


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("BOT_CACHE_DIR", str(d))
    return d


def test_trees_come_from_the_cache_until_a_file_changes(tmp_path, cache):
    trees_dir = tmp_path / "trees"
    shutil.copytree(TREES_DIR, trees_dir)
    first = load_trees(trees_dir)
    assert len(list(cache.glob("trees-*.pickle"))) == 1
    again = load_trees(trees_dir)
    assert again.keys() == first.keys()
    # a condition loaded from the cache still works
    lp = again["labour-permit"]
    conds = [t.when for n in lp.nodes.values() for t in n.next if t.when is not None]
    assert conds and all(isinstance(c({}.get), bool) for c in conds)

    edited = trees_dir / "immigrant-registration.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("version: ", "version: 9", 1), encoding="utf-8")
    changed = load_trees(trees_dir)
    assert changed["immigrant-registration"].version != first["immigrant-registration"].version
    assert len(list(cache.glob("trees-*.pickle"))) == 2


def test_a_corrupt_cache_file_is_rebuilt(tmp_path, cache):
    load_trees()
    (pickle_file,) = cache.glob("trees-*.pickle")
    pickle_file.write_bytes(b"not a pickle")
    assert "labour-permit" in load_trees()


def test_an_edited_message_is_seen_at_once(tmp_path, cache):
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    before = Localizer(locales).format("en", "button-back")
    common = locales / "en" / "common.ftl"
    common.write_text(common.read_text(encoding="utf-8").replace("button-back = ", "button-back = Go back ", 1), encoding="utf-8")
    after = Localizer(locales).format("en", "button-back")
    assert after.startswith("Go back") and after != before
    assert list(cache.glob("ftl-*.pickle"))


def test_check_reads_the_sources_not_the_cache(cache):
    from dialogs.check import run_check

    run_check()
    assert not list(cache.glob("*.pickle"))


def test_loading_leaves_the_collector_as_it_found_it(tmp_path, cache):
    """The collector is paused while trees and locales load (start-up speed), and given
    back as it was: a bot process keeps it paused for the rest of its start-up
    (bot/heap.py) and a broken tree file must not leave it off for good."""
    import gc

    from dialogs.model.loader import TreeLoadError

    assert gc.isenabled()
    load_trees()
    Localizer()
    assert gc.isenabled()

    gc.disable()
    try:
        load_trees()
        Localizer()
        assert not gc.isenabled()
    finally:
        gc.enable()

    broken = tmp_path / "broken"
    shutil.copytree(TREES_DIR, broken)
    (broken / "labour-permit.yaml").write_text("nodes: [", encoding="utf-8")
    with pytest.raises(TreeLoadError):
        load_trees(broken)
    assert gc.isenabled()
