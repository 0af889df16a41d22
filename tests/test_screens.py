"""Screens people read on a phone: what the user sees on a result, a question and a
list; typed answers that name a button; changing an answer; ticking documents; the
limits `check` enforces. Played on a small fixture service (tests/fixtures/screens)."""

import datetime as dt
import html
import shutil
from pathlib import Path

import pytest

from dialogs.law.dates import DateProblem, parse_user_date
from dialogs.runtime.engine import CHANGE, DONE_KEY, NEXT, DialogState, Engine
from dialogs.runtime.i18n import Localizer, default_localizer
from dialogs.model.loader import read_tree
from dialogs.runtime.render import AMBIGUOUS, QUOTES, SHARE, Renderer, match_button
from bot.deeplink import make_payload, parse_payload
from dialogs.runtime.languages import COMPLETE_LANGS

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "screens"
TODAY = dt.date(2026, 12, 10)


@pytest.fixture(scope="module")
def locales(tmp_path_factory):
    out = tmp_path_factory.mktemp("locales")
    shutil.copytree(ROOT / "locales", out, dirs_exist_ok=True)
    for ftl in (FIXTURE / "locales").rglob("*.ftl"):
        shutil.copy(ftl, out / ftl.parent.name / ftl.name)
    # the demo's own messages: the languages without a fixture take the English ones (short)
    for lang in set(COMPLETE_LANGS) - {p.name for p in (FIXTURE / "locales").iterdir()}:
        for ftl in (FIXTURE / "locales" / "en").glob("*.ftl"):
            shutil.copy(ftl, out / lang / ftl.name)
    return out


@pytest.fixture(scope="module")
def demo(locales):
    tree, problems = read_tree(FIXTURE / "trees" / "demo.yaml")
    assert tree is not None, problems
    engine = Engine({"demo": tree}, today=lambda: TODAY)
    return engine, Renderer(Localizer(locales))


def play(engine, *steps):
    state = engine.start("demo")
    for s in steps:
        step = engine.choose(state, s) if s.startswith(("c:", "t:", "g:")) or s in (NEXT, CHANGE) else engine.answer_text(state, s)
        assert step.accepted, (s, step.view.error)
        state = step.state
    return state


def test_result_headline_first_grounds_and_notes_folded(demo):
    engine, renderer = demo
    state = play(engine, "c:never", "c:almaty", "31.12.2026")
    r = renderer.render(engine.view(state), "ru", can_go_back=True)
    assert r.text.startswith("✅ Можно подавать до 31.12.2026.")
    # the silent note and "ask 1414" become one visible line; the note itself is folded
    assert r.text.count("❔") == 1 and r.text.count("1414") == 1
    assert "Срок рассмотрения" not in r.text and "Срок рассмотрения" in r.folded
    assert "Основания:" not in r.text and "Основания:" in r.folded
    assert "Ваши ответы: Нет, ни разу · Алматы · 31.12.2026" in r.folded
    # Telegram: the date in bold, the folded part in an expandable blockquote
    assert "<b>31.12.2026</b>" in r.html
    assert "<blockquote expandable>" in r.html and r.html.endswith("</blockquote>")
    labels = [label for _, label in r.buttons]
    assert labels[0] == "📄 Документы (3)"  # Almaty: three documents on the list that follows
    assert "🌐 egov.kz" in labels and "↗️ Поделиться" in labels and "✏️ Изменить ответ" in labels


def test_the_documents_button_counts_what_this_user_will_see(demo):
    engine, renderer = demo
    state = play(engine, "c:never", "c:astana", "31.12.2026")
    r = renderer.render(engine.view(state), "en")
    assert r.buttons[0][1] == "📄 Documents (2)"
    docs = engine.choose(state, NEXT).view
    assert len(docs.items) == 2


def test_user_typed_text_is_escaped_in_html(demo):
    engine, renderer = demo
    state = play(engine, "c:never", "c:almaty", "31.12.2026")
    view = engine.view(state)
    from dataclasses import replace
    from dialogs.runtime.engine import Msg

    view = replace(view, answers=(Msg("common-answer-value", {"value": "<b>Иванов & Ко</b>"}),))
    r = renderer.render(view, "ru")
    assert "&lt;b&gt;Иванов &amp; Ко&lt;/b&gt;" in r.html
    assert html.unescape(r.html.replace("<b>", "").replace("</b>", "")).count("<b>Иванов & Ко</b>") == 1


def test_question_has_progress_and_no_grounds(demo):
    engine, renderer = demo
    r = renderer.render(engine.view(engine.start("demo")), "ru")
    # one answer leads straight to an info result, but the way to the ✅ asks three
    # questions: the count says 3, not "1 of about 1" on a screen followed by two more
    assert r.text.startswith("Вопрос 1 из ~3\n\nВы уже работали в Казахстане?")
    assert "[1]" not in r.text and not r.folded and "blockquote" not in r.html
    # its citation is one button away
    assert [a for a, _ in r.buttons][-1] == QUOTES
    state = play(engine, "c:once")
    assert renderer.render(engine.view(state), "en", can_go_back=True).text.startswith("Question 2 of about 3")
    assert renderer.render(engine.view(state), "ru", can_go_back=True).text.startswith("Вопрос 2 из ~3")


def test_typed_answers_name_a_button_without_emoji_and_case():
    buttons = [("c:no", "Нет, ни разу"), ("c:yes", "Да, действующее"), ("c:yes2", "Да, но истекло"), ("next", "Дальше ➡️")]
    assert match_button("нет", buttons) == "c:no"
    assert match_button("НЕТ, ни разу!", buttons) == "c:no"
    assert match_button("дальше", buttons) == "next"
    assert match_button("да", buttons) == AMBIGUOUS
    assert match_button("может быть", buttons) is None
    # at a typed question only a whole label counts
    assert match_button("нет", buttons, whole_only=True) is None


def test_change_an_answer_keeps_the_later_answers_that_still_fit(demo):
    engine, renderer = demo
    state = play(engine, "c:never", "c:almaty", "31.12.2026")
    pick = engine.choose(state, CHANGE)
    r = renderer.render(pick.view, "ru")
    assert "Какой ответ изменить?" in r.text
    assert [l for _, l in r.buttons][:3] == ["✏️ Нет, ни разу", "✏️ Алматы", "✏️ 31.12.2026"]
    back = engine.choose(pick.state, "g:worked")
    assert back.state.node == "worked" and "worked" not in back.state.answers
    # answer it again: the city and the date are re-used, straight back to the result
    again = engine.choose(back.state, "c:once")
    assert again.state.node == "ok"
    assert again.state.answers["expiry"] == "2026-12-31" and again.state.answers["city"] == "almaty"
    # Back on the change screen: the result again, nothing changed
    assert engine.back(pick.state).node == "ok" and engine.view(engine.back(pick.state)).kind == "result"


def test_ticked_documents_are_kept_with_the_dialog(demo):
    engine, renderer = demo
    state = play(engine, "c:never", "c:almaty", "31.12.2026", NEXT, "t:1")
    r = renderer.render(engine.view(state), "ru")
    assert "☐ 1. Паспорт." in r.text and "☑ 2. Фотография." in r.text
    assert ("t:1", "☑ 2") in r.buttons
    # saved like the dialog: survives a round trip through storage
    restored = DialogState.from_dict(state.to_dict())
    assert restored.answers[DONE_KEY] == {"documents": ["demo-doc-photo"]}
    again = engine.choose(restored, "t:1").state
    assert not renderer.render(engine.view(again), "ru").text.count("☑")
    # ticks are not counted against the limit of eight buttons
    assert renderer.counted_buttons(r.buttons) <= 8


def test_share_is_the_headline_and_bullets_with_their_grounds_not_the_quotes(demo):
    # journey review stop 23, L9: the forwarded text stated the rules with no act or point
    engine, renderer = demo
    state = play(engine, "c:never", "c:almaty", "31.12.2026")
    text = renderer.share_text(engine.view(state), "en", link="https://t.me/bot?start=demo")
    assert text.startswith("✅ You can apply until 31.12.2026. [1]")
    assert "• The police keep the register where you live. [2]" in text
    grounds = text[text.index("Legal grounds:"):]
    assert "Rules of Entry and Stay of Immigrants" in grounds and "[1] p. 7" in grounds
    assert "Rules of Migration Control" in grounds and "[2] p. 4" in grounds
    assert "«" not in text and "Иммигранты" not in text  # the quotes stay behind 📜 in the bot
    assert "Our sources do not say how long" not in text  # the folded notes are not shared
    assert text.endswith("Check your own case: https://t.me/bot?start=demo")


def test_check_reports_a_shared_text_over_one_telegram_message(demo, monkeypatch):
    from dialogs.runtime import screens

    engine, renderer = demo
    monkeypatch.setattr(screens, "SHARE_MAX_CHARS", 300)  # the demo's texts are short
    _, problems = screens.measure_tree(engine, renderer, engine.trees["demo"], langs=("en",))
    assert any("shared text" in p.message and "> 300" in p.message for p in problems)


def test_deep_link_payloads(demo):
    engine, _ = demo
    trees = engine.trees
    assert parse_payload("demo", trees).tree_id == "demo"
    t = parse_payload(make_payload("demo", "expiry", "kk"), trees)
    assert (t.tree_id, t.node, t.lang) == ("demo", "expiry", "kk")
    assert parse_payload("demo__en", trees).lang == "en"
    for bad in ("", "nope", "demo__ok", "demo__nowhere", "demo__expiry__xx", "demo expiry", "a" * 65, "demo__expiry__kk__x"):
        assert parse_payload(bad, trees) is None, bad


def test_a_link_past_a_question_that_decides_opens_at_that_question(demo):
    """The demo's `city` follows «Have you worked here before?», whose "for a long time"
    leads elsewhere: a link to the city cannot take "never" or "once" as given."""
    engine, _ = demo
    t = parse_payload("demo__city__en", engine.trees)
    assert (t.node, t.opens, t.asks_first) == ("city", "worked", True)
    assert parse_payload("demo__worked", engine.trees).asks_first is False
    assert parse_payload("demo", engine.trees).opens is None


def test_a_link_to_no_work_without_a_permit_asks_the_citizenship_first():
    """`labour-permit__no-work-yet` showed «без разрешения работать нельзя» at once, to a
    citizen of the EAEU too (who needs no permit). It opens at «Кто вы?»; an EAEU
    citizen walking on from there is told they need no permit."""
    from dialogs.model.entry import link_entry
    from dialogs.model.loader import load_trees

    trees = load_trees()
    t = parse_payload("labour-permit__no-work-yet__ru", trees)
    assert t.opens == trees["labour-permit"].start == "role" and t.asks_first
    engine = Engine(trees, today=lambda: TODAY)
    state = engine.start("labour-permit")
    state.node = t.opens
    for choice in ("c:immigrant", "c:kg"):
        state = engine.choose(state, choice).state
    assert state.node == "eaeu-no-permit"
    # the regional quota's complaint date is one tap from its first question, whatever
    # the answer: a link opens it directly; its "which group" is past a question whose
    # answers lead different ways (today, or a date typed)
    quota = trees["regional-quota"]
    assert link_entry(quota, "complaint-date") == "complaint-date"
    assert link_entry(quota, "hours") == "when"
    # every link opens its node or a question on every way to it
    for tree in trees.values():
        for nid, node in tree.nodes.items():
            if node.kind in ("choice", "input", "info"):
                opens = link_entry(tree, nid)
                assert opens == nid or tree.nodes[opens].key, (tree.id, nid, opens)


@pytest.mark.parametrize("lang", COMPLETE_LANGS)
def test_invalid_date_message_prints_the_year_as_written(lang):
    localizer = default_localizer()
    with pytest.raises(DateProblem) as e:
        parse_user_date("31.2.2026")
    text = localizer.format(lang, e.value.code, e.value.details)
    assert "31.2.2026" in text and "2 026" not in text and "2,026" not in text and "2\u00a0026" not in text
    with pytest.raises(DateProblem) as zero:
        parse_user_date("0.5.2026")
    assert zero.value.code == "date-error-day-zero"
    assert "0" in localizer.format(lang, zero.value.code, zero.value.details)


@pytest.mark.parametrize("lang", COMPLETE_LANGS)
@pytest.mark.parametrize("typed", ["31.02.2026", "29.02.2027", "2026-02-30", "00.12.2026", "15.00.2026", "31.13.2026"])
def test_a_date_that_does_not_exist_is_named_as_typed(lang, typed):
    # journey review stop 23, L8: "31.02.2026" came back as "31.2.2026"; "00.12.2026" as "0"
    with pytest.raises(DateProblem) as e:
        parse_user_date(typed)
    text = default_localizer().format(lang, e.value.code, e.value.details)
    assert text.startswith(typed) or f" {typed} " in text, text


def test_a_date_that_does_not_exist_says_how_long_its_month_is():
    localizer = default_localizer()
    with pytest.raises(DateProblem) as e:
        parse_user_date("31.02.2026")
    assert localizer.format("ru", e.value.code, e.value.details) == "31.02.2026 не бывает: в феврале 2026 года 28 дней. Проверьте дату."
    assert localizer.format("en", e.value.code, e.value.details) == "31.02.2026 does not exist: February 2026 has 28 days. Please check the date."
    with pytest.raises(DateProblem) as december:
        parse_user_date("32.12.2026")
    assert "в декабре 2026 года 31 день" in localizer.format("ru", december.value.code, december.value.details)


def test_check_reports_each_screen_over_a_limit(locales):
    from dialogs.check import run_check

    report = run_check(trees_dir=FIXTURE / "trees", locales_dir=locales)
    screens = report.trees["demo"]["screens"]
    assert set(screens) == set(COMPLETE_LANGS)
    assert set(screens["ru"]) == {"result_max", "result_p95", "list_max", "question_max", "buttons_max", "label_max"}
    assert screens["ru"]["result_max"] > 800 and screens["kk"]["result_max"] < 800
    errors = [(e.file, e.node, e.field, e.message) for e in report.errors if e.field.startswith("screen")]
    # the long result in Russian only; the long label in Russian and Kazakh, not English
    assert ("demo.yaml", "too-long", "screen.ru") in [e[:3] for e in errors]
    assert not any(n == "too-long" and f != "screen.ru" for _, n, f, _ in errors)
    long_result = next(m for _, n, f, m in errors if n == "too-long")
    assert "result screen" in long_result and "> 800" in long_result
    labels = {f for _, n, f, m in errors if n == "worked" and "button label" in m}
    assert labels == {"screen.ru", "screen.kk"}
    # every node measured, including the list reached only after a typed date
    assert screens["ru"]["buttons_max"] >= 4


@pytest.mark.parametrize("lang", COMPLETE_LANGS)
def test_help_lists_every_command(lang):
    from bot.telegram.commands_menu import COMMANDS

    text = default_localizer().format(lang, "help-text")
    assert [c for c in COMMANDS if f"/{c}" not in text] == []


def _progress_along(tree_id: str, *answers) -> list[tuple[str, int, int | None]]:
    """(question, n, total) on each question screen of a walk that ends at a result."""
    from dialogs.model.loader import load_trees
    from tests.scripted import walk

    engine = Engine(load_trees(), today=lambda: TODAY)
    out = []
    for i in range(len(answers) + 1):
        state, view = walk(engine, tree_id, *answers[:i])
        if view.progress:
            out.append((state.node, *view.progress))
    assert view.kind in ("result", "checklist")  # the walk's last answer led to a result
    return out


def _honest(progress) -> None:
    """No total grows as the user answers, and none says "n of about n" while another
    question follows."""
    totals = [total for _, _, total in progress if total is not None]
    assert totals == sorted(totals, reverse=True), progress
    assert all(total is None or total > n for _, n, total in progress[:-1]), progress
    assert [n for _, n, _ in progress] == list(range(1, len(progress) + 1))


def test_progress_counts_the_way_to_an_answer_not_to_the_nearest_refusal():
    """A temporary residence permit: "Nobody, I apply myself" ends the dialog at once,
    but someone with a host answers several questions more. The count must not say
    "2 of about 2" and then go on (it did on every question of that walk). While the
    ways on still differ by many questions (the host, the person, the purpose) it gives
    no total; once they do not, one that does not grow."""
    progress = _progress_along(
        "temporary-residence", "c:new", "c:citizen", "c:invites", "c:adult", "31.12.2027", "c:family", "c:child",
        NEXT, "c:police", "20.12.2026", "c:in-hours", "31.12.2030",
    )
    _honest(progress)
    assert [total for _, _, total in progress[:3]] == [None, None, None]
    assert progress[-1] == ("passport", 11, 11)


def test_progress_of_a_first_permit_does_not_call_each_late_question_the_last():
    """Journey review stop 23, L1: the first-permit walk ran «Вопрос 11 из ~12»,
    «12 из ~12», «13 из ~13», «14 из ~14»: the total was the shortest way on past the
    tree's conditions, through extension results that a first permit never reaches
    (`permit.phase` needs a permit's expiry, which this way never asks)."""
    progress = _progress_along(
        "labour-permit", "c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes", "6", "15.12.2026", "c:in-hours",
        "31.12.2030", "c:yes", "c:yes", "01.12.2026", "c:yes", "31.12.2027", "c:gov-corp",
    )
    _honest(progress)
    # "of about 17": the channel question may lead to two more (migration.enbek.kz asks the
    # day the agreement of intent was signed, stop 26, and whether after entry, stop 33); a
    # TsON filing ends at 15 (the passport's border stamp, ¶2.3, is asked on this way: one
    # in Kazakhstan on the day)
    # (at the 12th and 13th the ways on differ by more than the count allows: their numbers alone)
    assert [(n, total) for _, n, total in progress[-4:]] == [(12, None), (13, None), (14, 17), (15, 17)]
    enbek = _progress_along(
        "labour-permit", "c:immigrant", "c:other", "c:no", NEXT, "c:yes", "c:yes", "6", "15.12.2026", "c:in-hours",
        "31.12.2030", "c:yes", "c:yes", "01.12.2026", "c:yes", "31.12.2027", "c:enbek", "14.12.2026", "c:yes",
    )
    _honest(enbek)
    assert [(n, total) for _, n, total in enbek[-3:]] == [(15, 17), (16, 17), (17, 17)]


def test_a_question_whose_ways_on_differ_much_says_its_number_without_a_total(locales):
    """Who you are, your citizenship and your permit decide between ways of 2 and 15
    questions: «Вопрос 1» rather than an "of about" that would then jump."""
    from dialogs.model.loader import load_trees

    engine = Engine(load_trees(), today=lambda: TODAY)
    view = engine.view(engine.start("labour-permit"))
    assert view.progress == (1, None)
    renderer = Renderer(Localizer(locales))
    assert renderer.render(view, "ru").text.startswith("Вопрос 1\n\nКто вы?")
    assert renderer.render(view, "en").text.startswith("Question 1\n\nWho are you?")


def test_the_typed_question_suggestions_show_no_progress(locales):
    """L1: «Вопрос 1 из ~1000000» on the suggestions screen: no answer lies ahead of it
    (its buttons open services), so it shows no count at all."""
    from dialogs.model.loader import load_trees
    from dialogs.search import dialog as search

    engine = Engine(load_trees(), today=lambda: TODAY)
    step = search.answer_text(engine, engine.menu(), "нужно разрешение на работу", "ru")
    assert step.state.tree_id == "search" and step.view.progress is None
    for lang in ("ru", "en"):
        text = Renderer(Localizer(locales)).render(step.view, lang, can_go_back=True).text
        assert "Вопрос" not in text and "Question" not in text and "1000000" not in text


def test_no_walk_of_any_tree_sees_its_total_grow_or_a_false_last_question():
    """Random walks through every service by its buttons (typed dates and numbers from a
    few plausible ones), up to the first result: the progress is honest on each (a walk
    that is sent back to answer a question again is left out: that question counts twice)."""
    import random

    from dialogs.model.loader import load_trees

    engine = Engine(load_trees(), today=lambda: TODAY)
    rnd = random.Random(23)
    typed = {"date": ["20.12.2026", "15.01.2027", "01.12.2026", "31.12.2030", "01.01.1990"], "number": ["1", "6", "12", "48"],
             "country": ["Узбекистан"], "text": ["Иван"]}
    walks = 0
    for tree_id, tree in engine.trees.items():
        for _ in range(60):
            state, progress = engine.start(tree_id), []
            while tree.nodes[state.node].kind not in ("result", "checklist"):
                node, view = tree.nodes[state.node], engine.view(state)
                if view.progress:
                    progress.append((state.node, *view.progress))
                if node.kind == "choice":
                    step = engine.choose(state, rnd.choice([b.action for b in view.buttons if b.action.startswith("c:")]))
                elif node.kind == "input":
                    step = next((s for s in (engine.answer_text(state, t) for t in typed[node.input.type]) if s.accepted), None)
                else:
                    step = engine.choose(state, NEXT)
                if step is None or step.state.tree_id != tree_id:
                    break
                state = step.state
            else:
                if len({p[0] for p in progress}) == len(progress):
                    _honest(progress)
                    walks += 1
    assert walks > 300
