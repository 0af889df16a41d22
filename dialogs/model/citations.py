"""Legal sources and citations: which text, which point, and the verbatim quote.

A source is either a seed (a legal text in ../shared/seeds) or an official public
page outside the seeds, which must then carry its address and the date it was read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .yamlio import load_yaml

SOURCES_DIR = Path(__file__).resolve().parent.parent / "sources"


@dataclass(frozen=True)
class Source:
    id: str
    title: str  # message id naming the act
    point: str = "point-item"  # message id taking $point
    # message id taking $point and $item, for a point written "N.M": item M) of a list
    # inside point (paragraph) N (e.g. the article's "абз. 2, п. 3)")
    point_item: str | None = None
    seed: str | None = None  # file name in shared/seeds
    url: str | None = None  # only for sources outside the seeds
    retrieved: dt.date | None = None
    status: str = "in-force"  # in-force | secondary | repealed | outside-seeds
    text: str | None = None  # outside-seeds: its text, a path under the shared dir


@dataclass(frozen=True)
class Citation:
    source: str
    point: str
    quote: str
    note: str | None = None  # SILENT / AMBIGUOUS register id, e.g. "A03"
    label: str | None = None  # message id for the point, overriding the source's (e.g. point-appendix)
    # a quote the seed splits with a page break (a table's heading repeated between the
    # two halves of a sentence): its passages in order; `quote` is them joined
    passages: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        d = {"source": self.source, "point": self.point, "quote": self.quote}
        if self.note:
            d["note"] = self.note
        if self.label:
            d["label"] = self.label
        return d


def citation_from_dict(raw: dict, where: str) -> Citation:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a citation must be a mapping")
    missing = [k for k in ("source", "point", "quote") if not raw.get(k)]
    if missing:
        raise ValueError(f"{where}: citation lacks {', '.join(missing)}")
    passages = tuple(fold(str(p)) for p in raw["quote"]) if isinstance(raw["quote"], list) else ()
    if isinstance(raw["quote"], list) and (len(passages) < 2 or not all(passages)):
        raise ValueError(f"{where}: a quote in passages (across a page break) needs two or more, none empty")
    return Citation(
        source=str(raw["source"]),
        point=str(raw["point"]),
        quote=" ".join(passages) if passages else fold(str(raw["quote"])),
        note=str(raw["note"]) if raw.get("note") else None,
        label=str(raw["label"]) if raw.get("label") else None,
        passages=passages,
    )


def load_sources(directory: Path = SOURCES_DIR) -> dict[str, Source]:
    """Every source from dialogs/sources/*.yaml (one file per service family)."""
    out: dict[str, Source] = {}
    for path in sorted(directory.glob("*.yaml")):
        raw = load_yaml(path) or {}
        for sid, row in (raw.get("sources") or {}).items():
            if sid in out:
                raise ValueError(f"{path.name}: source {sid!r} is already defined in another file")
            retrieved = row.get("retrieved")
            out[sid] = Source(
                id=sid,
                title=row["title"],
                point=row.get("point", "point-item"),
                point_item=row.get("point_item"),
                seed=row.get("seed"),
                url=row.get("url"),
                retrieved=dt.date.fromisoformat(str(retrieved)) if retrieved else None,
                status=row.get("status", "in-force"),
                text=row.get("text"),
            )
    return out


_SOFT_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_BROKEN_DOMAIN = re.compile(r"(\w\.)\s*\n\s*(?=[a-z])")  # "migration.\nenbek.kz"
# what a page break leaves between two halves of a sentence: white space and markup, and
# at most one block of text standing alone between blank lines, with no sentence mark in
# it (the table's row heading, repeated at the top of the next page)
_MARKUP_OR_SPACE = r"(?:\s|<[^<>]*>)*"
_PAGE_BREAK = _MARKUP_OR_SPACE + r"(?:\n[ \t]*\n[^.;:!?<>\n]{1,200}(?:\n[^.;:!?<>\n]{1,200}){0,5}\n[ \t]*\n)?" + _MARKUP_OR_SPACE


def fold(text: str) -> str:
    """Whitespace folded to single spaces, case kept."""
    return " ".join(text.split())


class SeedLibrary:
    """The seed texts, searchable for verbatim quotes.

    Newspaper seeds break words across lines with a hyphen ("раз-\\nрешения") and
    site names after a dot; a quote matches either the text as stored or the text
    with those breaks joined.
    """

    def __init__(self, seeds_dir: Path):
        self.seeds_dir = seeds_dir

    @lru_cache(maxsize=None)
    def _texts(self, seed: str) -> tuple[str, str]:
        raw = self._path(seed).read_text(encoding="utf-8")
        return raw, _BROKEN_DOMAIN.sub(r"\1", _SOFT_HYPHEN_BREAK.sub(r"\1\2", raw))

    @lru_cache(maxsize=None)
    def _variants(self, seed: str) -> tuple[str, str]:
        return tuple(fold(text) for text in self._texts(seed))

    def _path(self, seed: str) -> Path:
        # a seed is named by its file name in seeds/; an outside source's text by its
        # path under the shared dir (e.g. knowledge/sources/x.txt)
        return self.seeds_dir / seed if "/" not in seed else self.seeds_dir.parent / seed

    def exists(self, seed: str) -> bool:
        return self._path(seed).is_file()

    def contains(self, seed: str, quote: str) -> bool:
        """The quote verbatim, quotation marks and all; only white space is folded."""
        needle = fold(quote)
        return any(needle in variant for variant in self._variants(seed))

    def contains_passages(self, seed: str, passages: tuple[str, ...]) -> bool:
        """Each passage verbatim, each next one right after the last across nothing but
        a page break (_PAGE_BREAK): the halves of one sentence, not two places."""
        pattern = re.compile(_PAGE_BREAK.join(r"\s+".join(map(re.escape, p.split())) for p in passages))
        return any(pattern.search(text) for text in self._texts(seed))

