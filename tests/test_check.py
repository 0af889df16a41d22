"""`python -m bot check` passes on the shipped content and names each broken thing."""

import json
import subprocess
import sys
from pathlib import Path

from dialogs.check import run_check
from dialogs.runtime.languages import COMPLETE_LANGS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


def test_shipped_trees_and_locales_pass():
    report = run_check()
    assert report.ok, "\n".join(map(str, report.errors))
    assert report.trees["labour-permit"]["nodes"] > 30
    for lang in COMPLETE_LANGS:
        assert report.locales[lang]["missing"] == []


def test_cli_json_shape_and_exit_code():
    out = subprocess.run([sys.executable, "-m", "bot", "check", "--json"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode in (0, 1), out.stdout[-2000:] + out.stderr[-2000:]
    data = json.loads(out.stdout)
    assert set(data) == {"trees", "locales", "errors"}
    assert data["trees"]["labour-permit"]["citations"] > 50
    assert out.returncode == (1 if data["errors"] else 0)
    # every tree's screens measured in every complete language
    for tree in data["trees"].values():
        assert set(tree["screens"]) == set(COMPLETE_LANGS)
        for figures in tree["screens"].values():
            assert set(figures) == {"result_max", "result_p95", "list_max", "question_max", "buttons_max", "label_max"}
            assert figures["result_p95"] <= figures["result_max"]


def _errors():
    report = run_check(trees_dir=FIXTURES / "trees")
    return report, [(e.file, e.node, e.field, e.message) for e in report.errors]


def has(errors, file, node, field_part, message_part):
    return any(f == file and n == node and field_part in fl and message_part in m for f, n, fl, m in errors)


def test_broken_tree_is_reported_by_file_node_and_field():
    report, errors = _errors()
    assert not report.ok
    f = "broken.yaml"
    assert has(errors, f, "ask", "next", "unknown node 'missing-node'")
    assert has(errors, f, "orphan", "", "unreachable")
    assert has(errors, f, "loop", "next", "dead end")
    assert has(errors, f, "fact", "cite", "legal fact")  # an info node without a citation
    assert has(errors, f, "result", "items[0]", "has no citation")
    assert has(errors, f, "", "citations.invented", "quote not found in seed 004")
    assert has(errors, f, "", "citations.nowhere", "unknown source")
    assert has(errors, f, "result", "items[2].cite", "unknown citation 'unknown-cite'")
    assert has(errors, f, "result", "args", "'never.set' is never set")
    assert has(errors, f, "loop", "if", "'ghost'")
    assert has(errors, "not-a-tree.yaml", "", "", "not valid YAML")
    assert has(errors, f, "yaml-boolean-key", "args", "quote it")
    # the message shows { $expiry }, the node passes nothing: a raw placeholder for the user
    assert has(errors, f, "missing-arg", "text", "uses $expiry but gets no such argument")


def test_message_missing_in_a_locale_is_reported():
    _, errors = _errors()
    for lang in COMPLETE_LANGS:
        assert any(f == f"locales/{lang}" and fl == "message-that-exists-nowhere" for f, _, fl, _ in errors)


def test_a_removed_message_fails_the_check(tmp_path):
    import shutil

    locales = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", locales)
    ftl = locales / "kk" / "labour-permit.ftl"
    ftl.write_text("\n".join(l for l in ftl.read_text(encoding="utf-8").splitlines() if not l.startswith("lp-doc-passport")), encoding="utf-8")
    report = run_check(locales_dir=locales)
    # against the same content without the removal: exactly this one error more
    before = {str(e) for e in run_check().errors}
    # (screen lengths may move too: the missing text falls back to Russian)
    new = [e for e in report.errors if str(e) not in before and not e.field.startswith("screen")]
    assert [e.field for e in new] == ["lp-doc-passport"]
    assert new[0].file == "locales/kk"


def test_a_blocking_checks_texts_missing_in_a_locale_fail_the_check(tmp_path):
    """A failed check's headline and consequence replace the result's text: a language
    without them would show Russian (or an id) on the very screen that says ⚠️."""
    import shutil

    locales = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", locales)
    ftl = locales / "uz" / "labour-permit.ftl"
    kept = [l for l in ftl.read_text(encoding="utf-8").splitlines() if not l.startswith(("lp-block-abroad ", "lp-blocked-abroad "))]
    ftl.write_text("\n".join(kept), encoding="utf-8")
    before = {str(e) for e in run_check().errors}
    new = [e for e in run_check(locales_dir=locales).errors if str(e) not in before and not e.field.startswith("screen")]
    assert sorted((e.file, e.field) for e in new) == [("locales/uz", "lp-block-abroad"), ("locales/uz", "lp-blocked-abroad")]
