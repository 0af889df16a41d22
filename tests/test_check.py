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
    ftl.write_text("\n".join(l for l in ftl.read_text(encoding="utf-8").splitlines() if not l.startswith("lp-doc-passport =")), encoding="utf-8")
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



def test_a_translation_with_a_value_written_in_or_a_date_dropped_fails_the_check(tmp_path):
    """en «art. 97(1)» for «ст. 97, п. { $point }» showed point 1 whatever a citation
    named; a translation without a line's { $date } drops a legal fact."""
    import shutil

    locales = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", locales)
    en = locales / "en" / "labour-permit.ftl"
    en.write_text(en.read_text(encoding="utf-8").replace("lp-point-eaeu-art97 = art. 97({ $point })", "lp-point-eaeu-art97 = art. 97(1)"),
                  encoding="utf-8")
    tg = locales / "tg" / "tracking.ftl"
    lines = tg.read_text(encoding="utf-8").splitlines()
    at = next(i for i, l in enumerate(lines) if l.startswith("status-next-reminder ="))
    lines[at] = "status-next-reminder = ёдраскунии навбатӣ"
    tg.write_text("\n".join(lines), encoding="utf-8")
    before = {str(e) for e in run_check().errors}
    new = [e for e in run_check(locales_dir=locales).errors if str(e) not in before and not e.field.startswith("screen")]
    assert sorted((e.file, e.field) for e in new) == [("locales/en", "lp-point-eaeu-art97"), ("locales/tg", "status-next-reminder")]
    assert all("variables differ" in e.message for e in new)
    assert "$point dropped" in next(e.message for e in new if e.file == "locales/en")

# ---- quotes are the seed's characters (journey review stop 23, L1, L2) ------------------
def _seed_check(raw: dict) -> list:
    from dialogs.check import _check_citation, default_seeds_dir
    from dialogs.model.citations import SeedLibrary, citation_from_dict, load_sources

    return _check_citation(citation_from_dict(raw, "test"), load_sources(), SeedLibrary(default_seeds_dir()), "t", "n", "f")


def test_a_quote_must_keep_the_seeds_quotation_marks():
    # seed 002 writes "migration.enbek.kz"; a quote with «…» is not verbatim, though the
    # 📜 screen calls it so (the kandas quotes once passed this way)
    assert _seed_check({"source": "kandas-rules", "point": "3", "quote": 'через портал "migration.enbek.kz", посредством'}) == []
    angled = _seed_check({"source": "kandas-rules", "point": "3", "quote": "через портал «migration.enbek.kz», посредством"})
    assert angled and "quote not found in seed 002" in angled[0].message
    # line breaks in the seed still read as spaces
    assert _seed_check({"source": "kandas-rules", "point": "3", "quote": 'через   портал\n"migration.enbek.kz",  посредством'}) == []


GROUND_5 = [  # FL Rules App. 2 row 11 p.1.5: the seed repeats the row's heading between these
    "отсутствие согласия услугополучателя, предоставляемого в соответствии со статьей 8 Закона Республики",
    'Казахстан "О персональных данных и их защите", на доступ к персональным данным ограниченного доступа, которые требуются для оказания государственной услуги',
]


def test_a_quote_in_passages_spans_a_page_break_and_nothing_else():
    from dialogs.model.citations import citation_from_dict

    joined = citation_from_dict({"source": "fl-rules", "point": "1.5", "quote": GROUND_5}, "test")
    assert joined.quote == " ".join(GROUND_5)
    assert _seed_check({"source": "fl-rules", "point": "1.5", "quote": GROUND_5}) == []
    # words of the sentence left out between two passages are not a page break
    skipped = ["отсутствие согласия услугополучателя,", GROUND_5[1]]
    assert "quote not found" in _seed_check({"source": "fl-rules", "point": "1.5", "quote": skipped})[0].message
    # nor are two places of the seed one sentence
    apart = [GROUND_5[0], "иные основания для отказа в оказании государственной услуги"]
    assert "quote not found" in _seed_check({"source": "fl-rules", "point": "1.5", "quote": apart})[0].message
    # each passage is as strict as a quote
    angled = [GROUND_5[0], GROUND_5[1].replace('"О персональных данных и их защите"', "«О персональных данных и их защите»")]
    assert "quote not found" in _seed_check({"source": "fl-rules", "point": "1.5", "quote": angled})[0].message


def test_no_quote_ends_where_a_page_break_cut_its_sentence():
    """The quotes the seed's page breaks once cut mid-sentence now read to the end."""
    from dialogs.model.loader import load_trees

    trees = load_trees()
    ends = {
        ("employer-permit", "a10-g5"): 'Республики Казахстан "О персональных данных и их защите", на доступ к персональным данным ограниченного доступа, которые требуются для оказания государственной услуги',
        ("employer-permit", "a10-r9-next-day"): "прием заявлений и выдача результата оказания государственной услуги осуществляется следующим рабочим днем",
        ("employer-permit", "a10-d7-2"): "подтверждающие изменение фамилии, имени, отчества, номера и серии документа, удостоверяющего личность иностранного работника, реорганизацию",
        ("kandas", "n-reissue"): "выгрузив из цифровой системы Государственной корпорации.",
        ("kandas", "n-doc-commission"): "к казахской национальности лиц, претендующих на получение статуса кандаса",
        ("kandas", "n-ground-2"): "представленных заявителем для получения государственной услуги",
        ("kandas", "t-docs-head"): "через загранучреждение Республики Казахстан либо Государственную корпорацию",
        ("regional-quota", "n-digital"): "при условии согласия владельца документа, предоставленного посредством зарегистрированного на веб-портале",
        ("regional-quota", "t-digital"): "при условии согласия владельца документа, предоставленного посредством зарегистрированного на веб-портале",
        ("self-employment", "n-r11-documents"): "представленных услугополучателем для получения государственной услуги",
        ("self-employment", "i-r11-documents"): "представленных услугополучателем для получения государственной услуги",
    }
    for (tree, cid), words in ends.items():
        assert words in trees[tree].citations[cid].quote, (tree, cid)
