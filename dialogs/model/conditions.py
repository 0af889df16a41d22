"""A small, safe condition language for tree branching. Nothing is ever eval'd.

    permit.phase == 'extension-open' and not (months > 6)
    role in ['immigrant', 'employer']
    expiry < today and as_of >= 2026-07-12

Names are dotted paths into the context (answers, computed values, `today`). A name
that is not set is null; ordering comparisons with null are false.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<date>\d{4}-\d{2}-\d{2})
      | (?P<num>-?\d+)
      | (?P<str>'[^']*'|"[^"]*")
      | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)
      | (?P<name>[A-Za-z_][A-Za-z0-9_.\-]*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}


class ConditionError(ValueError):
    pass


@dataclass(frozen=True)
class _Tok:
    kind: str
    value: Any


def _tokenize(text: str) -> list[_Tok]:
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ConditionError(f"cannot read condition at: {text[pos:pos + 20]!r}")
        pos = m.end()
        if m.group("date") is not None:
            try:
                out.append(_Tok("lit", dt.date.fromisoformat(m.group("date"))))
            except ValueError:
                raise ConditionError(f"not a date: {m.group('date')!r}") from None
        elif m.group("num") is not None:
            out.append(_Tok("lit", int(m.group("num"))))
        elif m.group("str") is not None:
            out.append(_Tok("lit", m.group("str")[1:-1]))
        elif m.group("op") is not None:
            out.append(_Tok("op", m.group("op")))
        else:
            word = m.group("name")
            if word in ("true", "false"):
                out.append(_Tok("lit", word == "true"))
            elif word == "null":
                out.append(_Tok("lit", None))
            elif word in _KEYWORDS:
                out.append(_Tok("kw", word))
            else:
                out.append(_Tok("name", word))
    return out


Resolver = Callable[[str], Any]
Node = Callable[[Resolver], Any]


class Condition:
    """A parsed condition. `names` lists every name it reads, for the content check."""

    def __init__(self, source: str):
        self.source = source
        self.names: set[str] = set()
        self._toks = _tokenize(source)
        # the dates written into it (the content check asks for them to come from data)
        self.dates: set[dt.date] = {t.value for t in self._toks if t.kind == "lit" and isinstance(t.value, dt.date)}
        self._i = 0
        if not self._toks:
            raise ConditionError("empty condition")
        self._fn = self._or()
        if self._i != len(self._toks):
            raise ConditionError(f"unexpected {self._toks[self._i].value!r} in {source!r}")

    def __call__(self, resolve: Resolver) -> bool:
        if self._fn is None:  # unpickled from the start-up cache: compile on first use
            self.__init__(self.source)
        return bool(self._fn(resolve))

    # Pickled as its source (the compiled closures cannot be): see dialogs/model/cache.py.
    def __getstate__(self) -> dict:
        return {"source": self.source, "names": self.names, "dates": self.dates}

    def __setstate__(self, state: dict) -> None:
        self.source = state["source"]
        self.names = state["names"]
        self.dates = state.get("dates", set())
        self._fn = None

    def __repr__(self) -> str:
        return f"Condition({self.source!r})"

    # recursive descent: or > and > not > comparison > atom
    def _peek(self):
        return self._toks[self._i] if self._i < len(self._toks) else None

    def _take(self, kind, value=None):
        tok = self._peek()
        if tok is None or tok.kind != kind or (value is not None and tok.value != value):
            raise ConditionError(f"expected {value or kind} in {self.source!r}")
        self._i += 1
        return tok

    def _is(self, kind, value) -> bool:
        tok = self._peek()
        return tok is not None and tok.kind == kind and tok.value == value

    def _or(self) -> Node:
        left = self._and()
        while self._is("kw", "or"):
            self._i += 1
            right = self._and()
            left = (lambda a, b: lambda r: a(r) or b(r))(left, right)
        return left

    def _and(self) -> Node:
        left = self._not()
        while self._is("kw", "and"):
            self._i += 1
            right = self._not()
            left = (lambda a, b: lambda r: a(r) and b(r))(left, right)
        return left

    def _not(self) -> Node:
        if self._is("kw", "not"):
            self._i += 1
            inner = self._not()
            return lambda r: not inner(r)
        return self._comparison()

    def _comparison(self) -> Node:
        left = self._atom()
        tok = self._peek()
        if tok and tok.kind == "op" and tok.value in ("==", "!=", "<", "<=", ">", ">="):
            self._i += 1
            right = self._atom()
            return _compare(tok.value, left, right)
        if tok and tok.kind == "kw" and tok.value == "in":
            self._i += 1
            right = self._list()
            return lambda r: left(r) in right(r)
        return left

    def _list(self) -> Node:
        self._take("op", "[")
        items: list[Node] = []
        while not self._is("op", "]"):
            items.append(self._atom())
            if not self._is("op", "]"):
                self._take("op", ",")
        self._take("op", "]")
        return lambda r: [i(r) for i in items]

    def _atom(self) -> Node:
        tok = self._peek()
        if tok is None:
            raise ConditionError(f"condition ends too early: {self.source!r}")
        if tok.kind == "op" and tok.value == "(":
            self._i += 1
            inner = self._or()
            self._take("op", ")")
            return inner
        if tok.kind == "lit":
            self._i += 1
            value = tok.value
            return lambda r: value
        if tok.kind == "name":
            self._i += 1
            name = tok.value
            self.names.add(name)
            return lambda r: r(name)
        raise ConditionError(f"unexpected {tok.value!r} in {self.source!r}")


def _compare(op: str, left: Node, right: Node) -> Node:
    def run(r):
        a, b = left(r), right(r)
        if op == "==":
            return a == b
        if op == "!=":
            return a != b
        if a is None or b is None:
            return False
        try:
            if op == "<":
                return a < b
            if op == "<=":
                return a <= b
            if op == ">":
                return a > b
            return a >= b
        except TypeError:
            return False

    return run
