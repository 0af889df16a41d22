import datetime as dt

from dialogs.runtime.engine import NEXT, Engine
from dialogs.runtime.i18n import default_localizer
from dialogs.runtime.render import QUOTES, Renderer, split_text


def test_split_text_respects_the_telegram_limit_and_keeps_everything():
    text = "\n".join(f"Строка {i}: " + "слово " * 40 for i in range(60)) + "\n" + "x" * 9000
    parts = split_text(text)
    assert all(1 <= len(p) <= 4096 for p in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert split_text("short") == ["short"]


def test_every_view_has_numbered_grounds_and_a_quotes_button(trees):
    engine = Engine(trees, today=lambda: dt.date(2026, 12, 10))
    renderer = Renderer(default_localizer())
    state = engine.start("labour-permit")
    for action in ("c:immigrant", "c:other", "c:no", NEXT):
        state = engine.choose(state, action).state
    # the info node before: "no work without a permit" cites Entry Rules p.7 and p.14, and
    # who issues it (the article's ¶1)
    state = engine.back(state)
    rendered = renderer.render(engine.view(state), "en", can_go_back=True)
    assert "[1, 2, 3]" in rendered.text
    # the grounds are folded under the text (Telegram: an expandable blockquote)
    assert "p. 7" in rendered.folded and "p. 14" in rendered.folded and "p. 7" not in rendered.text
    assert "<blockquote expandable>" in rendered.html
    assert QUOTES in [a for a, _ in rendered.buttons]
    quotes = renderer.render_quotes(engine.view(state), "en")
    assert "не допускаются к осуществлению трудовой деятельности без соответствующих разрешений" in quotes
