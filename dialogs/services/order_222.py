"""The dates of order No. 222 (seed 002) that every service built on it reads.

One computation, `order_222_dates`, gives each tree the same dates, from the data in
dialogs/parameters/order_222.yaml (each with its reference and quote):

- `signed`: the date of the order (its heading);
- `registered`: the day it was registered with the Ministry of Justice (its heading);
- `earliest`: the first day the order can be in force. P.4: it takes effect "upon
  expiry of ten calendar days after the day of its first official publication". The
  seed does not give that day, but the order cannot be published before it is
  registered (the registration number is part of the published heading): published
  on the registration day at the earliest, the ten days are the next ten, and the
  order applies from the day after them (registration + days + 1). A derivation,
  not a rule (AMB-01): the texts say so. Before it the earlier wording of the Rules
  applied, which is not in our sources;
- `july`: the day the paragraphs p.4 excepts apply from (the new wording of the
  Rules' points and of their Appendix 2); `interim_until` is the day before it, the
  last day of the order's own transitional wording of Appendix 2.
"""

from __future__ import annotations

import datetime as dt

from ..law.dates import add_days
from ..law.parameters import ParameterSet, default_parameters
from ..model.compute import computation

P = "order_222."


@computation("order_222_dates")
def order_222_dates(today: dt.date, params: ParameterSet | None = None, **_) -> dict:
    params = params or default_parameters()
    registered = params.date(P + "registered", today)
    days = params.value(P + "days_after_publication", today)
    july = params.date(P + "excepted_paragraphs_from", today)
    return {
        "signed": params.date(P + "signed", today),
        "registered": registered,
        "earliest": add_days(registered, days + 1),
        "july": july,
        "interim_until": add_days(july, -1),
    }
