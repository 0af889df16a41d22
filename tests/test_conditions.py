import datetime as dt

import pytest

from dialogs.model.conditions import Condition, ConditionError


def run(text, **ctx):
    return Condition(text)(lambda name: ctx.get(name))


def test_comparisons_logic_and_lists():
    assert run("a == 'x' and not b", a="x", b=False)
    assert run("n > 3 or n < 0", n=5)
    assert run("role in ['immigrant', 'employer']", role="employer")
    assert not run("(a == 1 or a == 2) and b", a=2, b=None)
    assert run("permit.phase != 'expired'", **{"permit.phase": "extension-open"})


def test_dates_compare_and_unset_names_are_null():
    assert run("expiry < today", expiry=dt.date(2026, 1, 1), today=dt.date(2026, 2, 1))
    assert not run("expiry < today", today=dt.date(2026, 2, 1))  # unset: not less than anything
    assert run("expiry == null")


def test_names_are_reported_for_the_content_check():
    assert Condition("a.b > 1 and c in [d, 'x']").names == {"a.b", "c", "d"}


@pytest.mark.parametrize("text", ["__import__('os').system('x')", "a ==", "a = 1", "(a", "a and", "", "1 +"])
def test_anything_outside_the_language_is_refused(text):
    with pytest.raises(ConditionError):
        Condition(text)
