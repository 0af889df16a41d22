"""Deadlines of the labour permit, against the formula table of the labour digest."""

import datetime as dt

import pytest

from dialogs.law.deadlines import DeadlineInputError, decision_by, labour_permit_deadlines, new_permit_window, renewal_window
from dialogs.law.parameters import load_parameters

D = dt.date


def test_digest_example_last_day_31_december():
    d = labour_permit_deadlines(D(2026, 12, 31), 6)
    assert (d.extension_opens, d.extension_closes) == (D(2026, 12, 1), D(2026, 12, 26))
    assert d.extension_last_working_day == D(2026, 12, 25)  # 26 Dec is a Saturday
    assert (d.new_permit_opens, d.new_permit_closes) == (D(2026, 12, 27), D(2026, 12, 30))
    assert d.max_extension_months == 6


def test_window_bounds_are_inclusive():
    expiry = D(2027, 3, 31)
    opens, closes = renewal_window(expiry)
    assert labour_permit_deadlines(expiry, 3, opens).can_extend_today  # 1 Mar 2027, Monday
    assert not labour_permit_deadlines(expiry, 3, opens - dt.timedelta(days=1)).can_extend_today
    assert labour_permit_deadlines(expiry, 3, closes).can_extend_today  # 26 Mar 2027, Friday
    assert not labour_permit_deadlines(expiry, 3, closes + dt.timedelta(days=1)).can_extend_today


def test_day_off_at_the_end_of_the_window_is_not_safe():
    # 26 Dec 2026 is the last calendar day, but a Saturday: acceptance would be 28 Dec
    d = labour_permit_deadlines(D(2026, 12, 31), 6, D(2026, 12, 26))
    assert d.phase == "extension-closing-day-off"
    assert d.can_extend_today is False
    assert d.filing_accepted_on == D(2026, 12, 28)


@pytest.mark.parametrize(
    "today, phase",
    [
        (D(2026, 11, 21), "extension-not-yet"),
        (D(2026, 12, 10), "extension-open"),
        (D(2026, 12, 28), "extension-too-late"),
        (D(2027, 1, 1), "expired"),
    ],
)
def test_phases_for_a_permit_under_twelve_months(today, phase):
    assert labour_permit_deadlines(D(2026, 12, 31), 6, today).phase == phase


def test_twelve_months_reached_means_a_new_permit_not_an_extension():
    expiry = D(2026, 12, 31)
    assert labour_permit_deadlines(expiry, 12, D(2026, 12, 10)).phase == "new-permit-not-yet"
    d = labour_permit_deadlines(expiry, 12, D(2026, 12, 28))
    assert d.phase == "new-permit-open"
    assert d.can_apply_new_today and not d.can_extend_today
    assert d.extension_possible is False
    assert labour_permit_deadlines(expiry, 12, D(2026, 12, 31)).phase == "new-permit-too-late"


def test_decision_takes_two_working_days_not_counting_the_filing_day():
    assert decision_by(D(2026, 12, 10)) == D(2026, 12, 14)  # Thu -> Mon
    assert decision_by(D(2026, 12, 12)) == D(2026, 12, 17)  # Sat: accepted Mon 14; 15; 16 is a holiday; 17
    assert decision_by(D(2026, 12, 30)) == D(2027, 1, 5)


def test_cumulative_months_outside_the_cap_is_refused():
    with pytest.raises(DeadlineInputError):
        labour_permit_deadlines(D(2026, 12, 31), 13)


def test_legal_values_come_from_dated_parameters():
    params = load_parameters()
    ref = params.reference("labour_permit.extension_opens_days_before_expiry", D(2026, 11, 21))
    assert ref.source == "labour-permit-article" and "30 (тридцати)" in ref.quote
    assert new_permit_window(D(2026, 12, 31), params) == (D(2026, 12, 27), D(2026, 12, 30))


def test_a_dated_parameter_change_moves_the_window(tmp_path):
    (tmp_path / "labour_permit.yaml").write_text(
        """
extension_opens_days_before_expiry:
  values:
    - {value: 30, effective_until: 2027-06-30, reference: {source: s, point: "1", quote: q}}
    - {value: 45, effective_from: 2027-07-01, reference: {source: s, point: "1", quote: q}}
extension_closes_days_before_expiry:
  values:
    - {value: 5, reference: {source: s, point: "1", quote: q}}
""",
        encoding="utf-8",
    )
    params = load_parameters(tmp_path)
    assert renewal_window(D(2027, 6, 30), params)[0] == D(2027, 5, 31)
    assert renewal_window(D(2027, 7, 31), params)[0] == D(2027, 6, 16)
