"""Scripted conversations through `python -m bot chat`, and `python -m bot deadlines`."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def chat_database(tmp_path, monkeypatch):
    """Each scripted chat writes to its own SQLite file, never the developer's."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}")


def chat(*lines, lang="ru", today="2026-12-10", extra=()):
    args = [sys.executable, "-m", "bot", "chat", "--lang", lang, "--service", "labour-permit", "--today", today, *extra]
    out = subprocess.run(args, cwd=ROOT, input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


# immigrant, another country, no permit, continue, owned, in KZ, 6 months, files 10.12.2026 in
# working hours, passport valid, with a border stamp of the last 12 months (¶2.3), a 028/u of
# 01.06.2026, insurance until 31.12.2027, TsON, continue
# (without the 028/u or the insurance the package is refused at acceptance: no ✅)
FACTS = ["10.12.2026", "1", "31.12.2030", "1", "1", "01.06.2026", "1", "31.12.2027"]
FIRST_PERMIT = ["1", "5", "1", "1", "1", "1", "6", *FACTS, "1", "1"]
EXTENSION = ["1", "5", "2", "31.12.2026", "6"]


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("ru", ["Документы для первого разрешения", "медицинская справка формы 028/у", "Соглашение о намерении", "Основания:", "абз. 2, п. 4)", "14.12.2026"]),
        ("kk", ["028/у", "14.12.2026", "2-абзац, 4) тармақша"]),
        ("en", ["Documents for the first permit", "028/u", "agreement of intent", "para. 2, item 4)", "14.12.2026"]),
    ],
)
def test_eligible_first_permit_ends_with_cited_documents(lang, expected):
    out = chat(*FIRST_PERMIT, "/grounds", lang=lang)  # the grounds are folded: /grounds prints them
    for text in expected:
        assert text.lower() in out.lower(), (text, out[-3000:])
    assert "✅" in out
    # the checklist is numbered, each line can be ticked and carries a reference
    checklist = out[out.rindex("\n☐ 1. "):]
    items = [l for l in checklist.splitlines() if l[:1] in "☐☑" and l[2:3].isdigit()]
    assert len(items) >= 6 and all(l.rstrip().endswith("]") for l in items)


def test_grounds_are_folded_behind_a_command():
    out = chat(*FIRST_PERMIT[:-1])  # up to the result
    result = out[out.rindex("✅"):]
    assert "Основания:" not in result and "(/grounds — примечания и основания)" in result
    grounds = chat(*FIRST_PERMIT[:-1], "/grounds")
    assert "Основания:" in grounds[grounds.rindex("> /grounds"):]


def test_typed_words_choose_buttons():
    # the permit question: "нет" is the first word of exactly one answer, "да" of several
    pressed = chat("1", "5")  # a foreigner, not from the EAEU
    question = pressed.split("> 5")[1]
    no = next(l.split("] ", 1)[0] + "]" for l in question.splitlines() if l.startswith("[") and "] Нет" in l)
    by_button = chat("1", "5", no[1:-1]).split("> " + no[1:-1])[-1]
    by_word = chat("1", "5", "нет").split("> нет")[-1]
    assert by_word == by_button
    ambiguous = chat("1", "5", "да").split("> да")[-1]
    assert "выберите ответ кнопкой" in ambiguous.lower()


def test_quotes_show_the_verbatim_seed_text():
    out = chat(*FIRST_PERMIT, "/quotes")
    assert "медицинская справка формы 028/у, дата выдачи которой не превышает 12 месяцев" in out


def test_not_eligible_when_the_home_is_rented():
    out = chat("1", "5", "1", "1", "2", "/grounds")
    assert "⛔" in out and "не выдадут" in out
    assert "арендованное жильё" in out and "1414" in out


def test_extension_inside_the_window_shows_the_exact_dates():
    out = chat(*EXTENSION, "3", *FACTS)
    assert "Можно подавать на продление" in out and "14.12.2026" in out
    # the window: first day safe (D-29) before the literal D-30, last day safe before literal
    assert "Первый день: надёжно — 02.12.2026; по буквальному счёту — 01.12.2026" in out
    # D-5 (26.12) is a Saturday: both readings give Friday 25.12, and the window's end is said
    # as the day of acceptance (¶12), not "if you file after a Saturday" (review stop 23, M2)
    assert "Последний день — 25.12.2026, в рабочее время, как ни считать" in out
    assert "Если заявление примут позже 26.12.2026 (последний рабочий день — 25.12.2026), разрешение не продлят" in out
    out = chat(*EXTENSION, "3", *FACTS, "1")  # continue to the documents
    assert "Документы для продления" in out


def test_too_late_to_extend():
    out = chat(*EXTENSION, today="2026-12-28")
    assert "⛔" in out and "Срок для продления прошёл" in out and "26.12.2026" in out


def test_twelve_months_reached_means_new_permit():
    # filed on D-4 (Monday 14.12 for a permit ending Friday 18.12): the day every reading but one allows
    documents = ["1", "01.06.2026", "1", "31.12.2027"]
    out = chat("1", "5", "2", "18.12.2026", "12", "3", "14.12.2026", "1", "31.12.2030", "1", *documents, today="2026-12-14")
    result = out[out.rindex("> 31.12.2027"):]
    # ☎️, not ✅: on "the last 4 days, the last one among them" D-4 is a day early (¶22, A05)
    assert "☎️ Уточните заранее в ЦОН или по 1414, примут ли заявление на новое разрешение 14.12.2026" in result
    assert "✅" not in result and "Можно подавать" not in result and "надёжно" not in result
    assert "не позже 14.12.2026; с 14.12.2026 по 17.12.2026 (так считаем мы); с 15.12.2026 по 18.12.2026" in result
    # a day later: inside our window, too late on "no later than 4 days before": ⚠️, both dates
    risky = chat("1", "5", "2", "18.12.2026", "12", "3", "15.12.2026", "1", "31.12.2030", "1", *documents, today="2026-12-15")
    assert "Рискованно" in risky and "14.12.2026" in risky and "Можно подавать" not in risky
    early = chat("1", "5", "2", "18.12.2026", "12", today="2026-12-01")
    assert "продлить нельзя" in early and "с 14.12.2026 по 17.12.2026" in early


def test_bad_input_is_explained_and_the_question_repeated():
    out = chat("1", "5", "2", "31.02.2026", "5.13.2026", "31.12.26", "31.12.2126", "31.12.2026", "шесть", "6")
    assert "31.02.2026 не бывает: в феврале 2026 года 28 дней." in out
    assert "5.13.2026 не бывает: в году 12 месяцев." in out
    assert "четырьмя цифрами" in out
    assert "Дата 31.12.2126 не подходит: ожидается дата между" in out
    assert "только число цифрами" in out
    assert "Окно продления открыто" in out  # and the dialog went on


def test_back_and_restart_from_the_chat():
    out = chat("1", "/back", "2", "1", "/restart")
    assert out.count("Кто вы?") == 3


def test_chat_saves_to_sqlite_and_resumes():
    chat("1", "5", "2", "31.12.2026")
    out = chat("6", extra=("--resume",))
    assert "Окно продления открыто" in out  # continued at "how many months in total"


def test_end_of_input_exits_zero_midway():
    out = chat("1")
    assert "Гражданином какой страны" in out


def deadlines(*args):
    out = subprocess.run([sys.executable, "-m", "bot", "deadlines", "labour-permit", *args], cwd=ROOT, capture_output=True, text=True)
    return out


def test_deadlines_json():
    out = deadlines("--expiry", "2026-12-31", "--cumulative-months", "6", "--today", "2026-12-26", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["extension_opens"] == "2026-12-01"
    assert data["extension_closes"] == "2026-12-26"
    assert data["extension_last_working_day"] == "2026-12-25"
    assert data["new_permit_opens"] == "2026-12-27" and data["new_permit_closes"] == "2026-12-30"
    # the careful reading of each limit, which the bot leads with (A02, A03, A05)
    assert (data["extension_safe_opens"], data["extension_safe_closes"], data["extension_safe_last_working_day"]) == (
        "2026-12-02", "2026-12-25", "2026-12-25")
    assert data["new_permit_safe"] == "2026-12-27"
    assert data["can_extend_today"] is False  # Saturday: accepted on Monday 28th, after the window
    assert data["can_apply_new_today"] is False


def test_deadlines_without_today_and_with_bad_input():
    data = json.loads(deadlines("--expiry", "2026-12-31", "--json").stdout)
    assert "can_extend_today" in data and data["can_extend_today"] is None
    assert deadlines("--expiry", "2026-02-31", "--json").returncode != 0
    assert deadlines("--expiry", "2026-12-31", "--cumulative-months", "13", "--json").returncode == 2


def test_employer_imports_a_roster_and_sees_it_sorted_by_deadline(tmp_path):
    roster = tmp_path / "workers.csv"
    roster.write_text("name;permit_expiry;months_total\nБолат;31.01.2027;3\nАйгерим;31.12.2026;6\nОшибка;31.02.2026;6\n", encoding="utf-8")
    out = chat(f"/roster {roster}", "/workers")
    assert "Добавлено работников: 2" in out
    assert "Строка 4" in out  # the bad row is named, the rest imported
    assert "нет колонки вида разрешения" in out  # which kind was assumed
    table = out[out.rindex("Работников: 2"):]
    assert table.index("Айгерим") < table.index("Болат")  # most urgent first


def test_an_unknown_language_code_keeps_the_language_and_names_the_ones_there_are():
    out = chat("/lang kk", "/lang kz", "2")
    assert "«kz» тілі жоқ. Бар тілдер: ru, kk, en, uz, tg, ky." in out
    after = out.split("«kz»", 1)[1]
    assert "Язык: русский" not in out  # it used to switch to Russian without a word
    assert "Сізге не керек?" in after and "⬅️ Артқа" in after  # the next question still in Kazakh


def test_the_readme_example_reaches_the_result_it_shows():
    # the README's terminal-chat example is what people copy first: run it as written
    # (its printf answers, its --today) and it ends on the result screen the README shows
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in readme.splitlines() if ln.startswith("printf '") and "| .venv" in readme[readme.index(ln):readme.index(ln) + len(ln) + 80])
    answers = line.split("'")[1].replace("\\n", "\n")
    today = readme[readme.index(line):].split("--today ", 1)[1].split()[0]
    out = subprocess.run([sys.executable, "-m", "bot", "chat", "--today", today], cwd=ROOT, input=answers,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    shown = readme[readme.index("A result screen as a user sees it"):]
    headline = shown.split("> ", 1)[1].split("\n", 1)[0]
    assert headline.startswith("✅") and headline in out.stdout
    for bullet in [b[4:] for b in shown.split("\n\n", 1)[1].splitlines() if b.startswith("> • ")]:
        assert bullet in out.stdout
