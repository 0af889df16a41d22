"""Legal values as data with effective dates and references (after OpenFisca parameters).

A parameter file maps a name to a list of dated values, each with the citation it
comes from. Code asks for the value on a date; it never writes the number itself.
A value is a whole number (days, months, points), or a date when the parameter's
unit is `date` (the day an act was signed, registered or applies from: order_222.yaml).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..model.yamlio import load_yaml

from ..model.citations import Citation, citation_from_dict
from .dates import in_force

PARAMETERS_DIR = Path(__file__).resolve().parent.parent / "parameters"


DATE_UNIT = "date"


@dataclass(frozen=True)
class DatedValue:
    value: int | dt.date
    effective_from: dt.date | None
    effective_until: dt.date | None
    reference: Citation

    def applies_on(self, day: dt.date) -> bool:
        return in_force(day, self.effective_from, self.effective_until)


@dataclass(frozen=True)
class Parameter:
    name: str
    description: str
    unit: str
    values: tuple[DatedValue, ...]

    def at(self, day: dt.date) -> DatedValue:
        for v in self.values:
            if v.applies_on(day):
                return v
        raise LookupError(f"parameter {self.name} has no value in force on {day}")


class ParameterSet:
    def __init__(self, params: dict[str, Parameter]):
        self._params = params

    def __contains__(self, name: str) -> bool:
        return name in self._params

    def __iter__(self):
        return iter(self._params.values())

    def get(self, name: str) -> Parameter:
        try:
            return self._params[name]
        except KeyError:
            raise KeyError(f"unknown parameter {name!r}") from None

    def value(self, name: str, on: dt.date) -> int:
        return self.get(name).at(on).value

    def date(self, name: str, on: dt.date) -> dt.date:
        """A parameter whose unit is `date` (the loader has checked each value is one)."""
        param = self.get(name)
        if param.unit != DATE_UNIT:
            raise TypeError(f"parameter {name} is in {param.unit!r}, not a date")
        return param.at(on).value

    def reference(self, name: str, on: dt.date) -> Citation:
        return self.get(name).at(on).reference


def _date_or_none(v) -> dt.date | None:
    if v in (None, ""):
        return None
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))


def _check_value(value, unit: str, where: str) -> None:
    if unit == DATE_UNIT:
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise ValueError(f"{where}: unit is date, so the value must be a date (YYYY-MM-DD), not {value!r}")
    elif isinstance(value, (bool, dt.date)) or not isinstance(value, int):
        raise ValueError(f"{where}: the value must be a whole number ({unit or 'no unit'}), not {value!r}")


def load_parameters(directory: Path = PARAMETERS_DIR) -> ParameterSet:
    params: dict[str, Parameter] = {}
    for path in sorted(directory.glob("*.yaml")):
        prefix = path.stem
        raw = load_yaml(path) or {}
        for name, spec in raw.items():
            full = f"{prefix}.{name}"
            unit = str(spec.get("unit", ""))
            values = []
            for i, row in enumerate(spec.get("values") or []):
                where = f"{path.name}: {name} value #{i + 1}"
                if "value" not in row or "reference" not in row:
                    raise ValueError(f"{where}: needs value and reference")
                _check_value(row["value"], unit, where)
                values.append(
                    DatedValue(
                        value=row["value"],
                        effective_from=_date_or_none(row.get("effective_from")),
                        effective_until=_date_or_none(row.get("effective_until")),
                        reference=citation_from_dict(row["reference"], where),
                    )
                )
            if not values:
                raise ValueError(f"{path.name}: {name} has no values")
            params[full] = Parameter(
                name=full,
                description=str(spec.get("description", "")),
                unit=unit,
                values=tuple(values),
            )
    return ParameterSet(params)


@lru_cache(maxsize=1)
def default_parameters() -> ParameterSet:
    return load_parameters()
