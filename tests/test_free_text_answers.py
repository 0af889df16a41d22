"""Typed text where buttons are expected (audit findings, LOW):

1. the Uzbek phrasings of the main services find them ("ish ruxsatini uzaytirish");
2. a country typed at a question whose buttons are countries picks its button, or
   "another country", saying what was understood; nothing ambiguous is guessed;
3. at the menu, words nothing matched are told they were not understood, and where to
   go (the buttons, /services, 1414), with the menu kept.

What the user reads is asserted: the engine's step through the renderer, the terminal
chat and the Telegram layer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs.runtime.engine import Engine
from dialogs.runtime.i18n import Localizer
from dialogs.runtime.render import Renderer
from dialogs.search import OPEN, default_index
from dialogs.search import dialog as search
from dialogs.search.countries import country_choices, typed_country
from tests.scripted import chat

TODAY = dt.date(2026, 12, 7)
OLD_REFUSAL = "Пожалуйста, выберите ответ кнопкой ниже или напишите его номер."
MENU_REFUSAL = ("Не понял ваш вопрос", "/services", "1414")


@pytest.fixture
def engine(trees):
    return Engine(trees, today=lambda: TODAY)


@pytest.fixture
def renderer():
    return Renderer(Localizer())


def shown(renderer, step, lang="ru") -> str:
    state = step.state
    return renderer.render(step.view, lang, can_go_back=bool(state.history or state.parent)).text


def at_citizenship(engine, tree="labour-permit"):
    state = engine.choose(engine.start(tree), "c:immigrant").state
    assert state.node == "citizenship"
    return state


# -- 1. Uzbek phrasings -------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed, entry",
    [
        ("ish ruxsatini uzaytirish", "lp-extend"),
        ("ish ruxsatimni uzaytirish kerak", "lp-extend"),
        ("ish ruxsatnomamni uzaytirmoqchiman", "lp-extend"),
        ("ish ruxsati", "labour-permit"),
        ("ish ruxsatini qanday olaman", "labour-permit"),
        ("vaqtincha yashash ruxsati", "temporary-residence"),
        ("vaqtincha yashash ruxsatnomasini olish", "temporary-residence"),
        ("vaqtincha yashash ruxsatini uzaytirish", "trp-term"),
        ("yashash uchun ruxsatnoma olish", "permanent-residence"),
        ("doimiy yashash ruxsati", "permanent-residence"),
        ("doimiy yashash uchun ruxsat olish", "permanent-residence"),
        ("kandas maqomini qanday olish mumkin", "kandas"),
        ("qandaslik maqomi", "kandas"),
        ("roʻyxatga turish", "immigrant-registration"),
        ("royxatdan otish qayerda", "immigrant-registration"),
        ("kvotaga tushish", "regional-quota"),
        ("hududiy kvota olish", "regional-quota"),
    ],
)
def test_uzbek_phrasings_of_the_main_services_open_them(typed, entry):
    result = default_index().match(typed, "uz")
    assert result.decision == OPEN and result.ids == [entry], (typed, result)


def test_to_live_is_not_read_as_a_typo_of_to_work():
    # "yashash" (to live) is one edit from "ishlash" (to work) once folded: a residence
    # permit is not offered as a labour permit
    result = default_index().match("yashash uchun ruxsatnoma", "uz")
    assert result.ids == ["permanent-residence"]


def test_the_uzbek_extension_at_the_menu_opens_it_in_the_chat():
    out = chat("start", "ish ruxsatini uzaytirish", lang="uz", today=TODAY.isoformat())
    assert "Iltimos, javobni pastdagi tugma" not in out
    assert "🔎 Tushundim: Mehnat immigrantiga ruxsatnomani uzaytirish" in out
    assert "Siz qaysi davlat fuqarosisiz?" in out  # the citizenship is still asked


# -- 2. a typed country -------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["Узбекистан", "я из Узбекистана", "гражданин Узбекистана", "Oʻzbekiston"])
def test_a_country_without_its_own_button_is_another_country(engine, renderer, typed):
    step = search.answer_text(engine, at_citizenship(engine), typed, "ru")
    assert step.accepted and step.state.answers["citizenship"] == "other" and step.state.node == "has-permit"
    text = shown(renderer, step)
    assert text.startswith("🔎 Понял: Узбекистан — ответ «Другая страна».")
    assert OLD_REFUSAL not in text


@pytest.mark.parametrize("typed, choice, label", [("я из России", "ru", "Россия"), ("Киргизия", "kg", "Кыргызстан"), ("Беларуси", "by", "Беларусь")])
def test_an_eaeu_country_presses_its_own_button(engine, renderer, typed, choice, label):
    step = search.answer_text(engine, at_citizenship(engine), typed, "ru")
    assert step.accepted and step.state.answers["citizenship"] == choice and step.state.node == "eaeu-no-permit"
    assert shown(renderer, step).startswith(f"🔎 Понял: {label}\n")


def test_the_employers_and_the_menus_citizenship_questions_take_a_country_too(engine):
    employer = engine.choose(engine.start("labour-permit"), "c:employer").state
    hire = engine.choose(employer, "c:hire").state
    assert hire.node == "employer-citizenship"
    assert search.answer_text(engine, hire, "Tajikistan", "en").state.answers["citizenship"] == "other"
    menu = engine.choose(engine.choose(engine.menu(), "c:worker").state, "c:company").state
    assert menu.node == "company-citizenship"
    step = search.answer_text(engine, menu, "Армения", "ru")
    assert step.accepted and step.state.node == "company-eaeu"


@pytest.mark.parametrize("typed, code", [("РФ", "RU"), ("O‘zbekiston", "UZ"), ("Ozbekiston", "UZ"), ("Ўзбекистон", "UZ"),
                                         ("Qirgʻiziston", "KG"), ("Киргизстан", "KG")])
def test_a_country_input_takes_the_everyday_spellings_the_search_takes(typed, code):
    # one table of everyday spellings (dialogs/law/countries.ALIASES) for a typed
    # citizenship and a question that asks for a country, apostrophes typed any way
    from dialogs.law.countries import find_country

    assert find_country(typed) == code


@pytest.mark.parametrize("typed", ["не из России", "Узбекистан или Россия", "Армения и Россия", "Узбекистан, но живу в России", "am", "no"])
def test_nothing_ambiguous_is_guessed(engine, renderer, typed):
    state = at_citizenship(engine)
    step = search.answer_text(engine, state, typed, "ru")
    assert not step.accepted and step.state == state
    assert "Понял" not in shown(renderer, step)


def test_kazakhstan_is_no_other_country_and_the_refusal_names_the_answers(engine, renderer):
    state = at_citizenship(engine)
    step = search.answer_text(engine, state, "Казахстан", "ru")
    assert not step.accepted and step.state == state
    text = shown(renderer, step)
    assert text.startswith("⚠️ Казахстан — такого ответа здесь нет. Ответы: Армения, Беларусь, Кыргызстан, Россия, Другая страна.")
    assert "Гражданином какой страны" in text  # the question stays


def test_only_questions_whose_choices_are_countries_take_a_country():
    assert country_choices(["am", "by", "kg", "ru", "other"]) == {"AM": "am", "BY": "by", "KG": "kg", "RU": "ru", "other": "other"}
    assert country_choices(["yes", "no"]) is None  # "no" is Norway's code, not a country here
    assert country_choices(["no", "other"]) is None
    assert country_choices(["am", "by", "unsure"]) is None
    assert typed_country("citizen of Uzbekistan") == "UZ" and typed_country("Өзбекстан азаматымын") == "UZ"
    assert typed_country("как приготовить плов") is None and typed_country("12") is None


def test_a_typed_country_in_the_terminal_chat():
    out = chat("labour-permit", "1", "я из Узбекистана")
    assert OLD_REFUSAL not in out
    assert "🔎 Понял: Узбекистан — ответ «Другая страна»." in out
    assert "У вас уже есть разрешение трудовому иммигранту?" in out


# -- 3. words not understood at the menu --------------------------------------------------
@pytest.mark.parametrize("typed", ["как приготовить плов", "12", "😀", "🙂🙂"])
def test_words_not_understood_at_the_menu_say_where_to_go(engine, renderer, typed):
    menu = engine.menu()
    step = search.answer_text(engine, menu, typed, "ru")
    assert not step.accepted and step.state == menu
    text = shown(renderer, step)
    assert text.startswith("⚠️ Не понял ваш вопрос.")
    assert all(part in text for part in MENU_REFUSAL) and OLD_REFUSAL not in text
    assert "Чем помочь?" in text  # the menu and its buttons stay


def test_the_menu_refusal_in_english(engine, renderer):
    step = search.answer_text(engine, engine.menu(), "how to cook pilaf", "en")
    text = shown(renderer, step, "en")
    assert text.startswith("⚠️ I did not understand your question.") and "/services" in text and "1414" in text


def test_a_question_inside_a_service_keeps_its_own_refusal(engine, renderer):
    state = at_citizenship(engine)
    step = search.answer_text(engine, state, "как приготовить плов", "ru")
    assert not step.accepted and shown(renderer, step).startswith("⚠️ " + OLD_REFUSAL)


def test_the_menu_refusal_in_the_terminal_chat():
    out = chat("start", "как приготовить плов", "12", "😀")
    assert OLD_REFUSAL not in out
    assert out.count("⚠️ Не понял ваш вопрос.") == 3 and out.count("Чем помочь?") == 4


async def test_the_menu_refusal_in_telegram(sqlite_url, trees):
    from tests.botapi_double import BotAPIDouble
    from tests.test_e2e_telegram import TOKEN, USER, reply, running_bot

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        api.push_message(USER, "/start", language_code="ru")
        await reply(api, 0)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "как приготовить плов")
        text = await reply(api, n)
        assert text.startswith("⚠️ Не понял ваш вопрос.") and "/services" in text and "1414" in text
        assert "Чем помочь?" in text
