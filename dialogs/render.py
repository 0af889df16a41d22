"""Turns a View into text and button labels in one language.

Shared by the terminal chat and the Telegram layer, so both say the same thing.
Grounds are shown compactly as numbered references; the verbatim quotes are one
button away (`QUOTES`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .citations import Citation, Source, load_sources
from .engine import View
from .i18n import Localizer

BACK, RESTART, QUOTES, MENU, TRACK = "back", "restart", "quotes", "menu", "track"

NAV_LABELS = {TRACK: "button-track", QUOTES: "button-quotes", BACK: "button-back", RESTART: "button-restart", MENU: "button-menu"}
OUTCOME_ICONS = {"eligible": "✅", "not_eligible": "⛔", "ask_person": "☎️", "info": "ℹ️", "not_ready": "⚠️"}
FLAG_ICONS = {"ambiguous": "⚖️", "silent": "❔", "warning": "⚠️", "historical": "🕰"}


@dataclass(frozen=True)
class Rendered:
    text: str
    buttons: list[tuple[str, str]]  # (action, label)


class Renderer:
    def __init__(self, localizer: Localizer, sources: dict[str, Source] | None = None):
        self.l10n = localizer
        self.sources = sources or load_sources()

    def t(self, lang: str, msg_id: str, **args) -> str:
        return self.l10n.format(lang, msg_id, args)

    def source_title(self, lang: str, source_id: str) -> str:
        source = self.sources.get(source_id)
        if source is None:
            return source_id
        title = self.t(lang, source.title)
        if source.status == "outside-seeds":
            title += " " + self.t(lang, "source-outside-seeds", url=source.url or "", retrieved=source.retrieved)
        return title

    def point_label(self, lang: str, c: Citation) -> str:
        source = self.sources.get(c.source)
        label = c.label or (source.point if source else "point-item")
        return self.t(lang, label, point=c.point)

    def render(self, view: View, lang: str, can_go_back: bool = False) -> Rendered:
        refs = _References(view)
        parts: list[str] = []
        if view.note:  # e.g. "🔎 Понял: …" after a typed question (dialogs/search)
            parts.append(self.t(lang, view.note.id, **view.note.args))
        if view.error:
            parts.append("⚠️ " + self.t(lang, view.error.id, **view.error.args))
        icon = OUTCOME_ICONS.get(view.outcome or "", "")
        head = self.t(lang, view.text.id, **view.text.args)
        parts.append((f"{icon} " if icon else "") + head + refs.marks(view.citations))
        if view.items:
            if view.kind == "checklist":
                lines = [f"{i}. " + self._item(lang, it) + refs.marks(it.citations) for i, it in enumerate(view.items, 1)]
            else:
                lines = ["• " + self._item(lang, it) + refs.marks(it.citations) for it in view.items]
            parts.append("\n".join(lines))
        if view.notes:
            parts.append("\n".join(self._item(lang, n, default_icon="ℹ️") + refs.marks(n.citations) for n in view.notes))
        if view.kind == "input":
            parts.append(self.t(lang, f"hint-input-{view.input_type}"))
        if refs:
            parts.append(self._grounds_block(lang, refs))

        labels = {b.action: self.t(lang, b.label.id, **b.label.args) for b in view.buttons}
        buttons = [(a, labels.get(a) or self.t(lang, NAV_LABELS[a])) for a in self.actions(view, can_go_back)]
        return Rendered("\n\n".join(parts), buttons)

    @staticmethod
    def actions(view: View, can_go_back: bool = False) -> list[str]:
        """The screen's button actions in keyboard order, without rendering any text
        (enough to check a pressed button against the screen)."""
        actions = [b.action for b in view.buttons]
        if view.track:
            actions.append(TRACK)
        if view.citations or any(i.citations for i in view.items + view.notes):
            actions.append(QUOTES)
        if can_go_back:
            actions.append(BACK)
        if view.final or can_go_back:
            actions.append(RESTART)
        if view.final:
            actions.append(MENU)
        return actions

    def _grounds_block(self, lang: str, refs: "_References") -> str:
        lines = [self.t(lang, "grounds-title")]
        for source_id, numbered in refs.by_source():
            points = " · ".join(f"[{n}] {self.point_label(lang, c)}" for n, c in numbered)
            lines.append(f"{self.source_title(lang, source_id)}: {points}")
        return "\n".join(lines)

    def grounds(self, lang: str, citations) -> str:
        """The compact grounds block for a list of citations ("" for none)."""
        refs = _References.of(citations)
        return self._grounds_block(lang, refs) if refs else ""

    def _item(self, lang: str, item, default_icon: str = "") -> str:
        icon = FLAG_ICONS.get(item.flag or "", default_icon)
        text = self.t(lang, item.text.id, **item.text.args)
        return f"{icon} {text}" if icon else text

    def render_quotes(self, view: View, lang: str) -> str:
        """The verbatim quotes behind the numbered grounds of `view`."""
        refs = _References(view)
        lines = [self.t(lang, "quotes-title")]
        for n, key in enumerate(refs.keys, 1):
            source_id = key[0]
            c = refs.first[key]
            quotes = "\n".join(f"«{q}»" for q in refs.quotes[key])
            lines.append(f"[{n}] {self.source_title(lang, source_id)}, {self.point_label(lang, c)}\n{quotes}")
        return "\n\n".join(lines)


class _References:
    """Numbers each (source, point) of a view once, in order of appearance."""

    def __init__(self, view: View | None, citations=None):
        self.keys: list[tuple[str, str, str]] = []
        self.first: dict[tuple[str, str, str], Citation] = {}
        self.quotes: dict[tuple[str, str, str], list[str]] = {}
        for c in (view.all_citations() if view is not None else citations):
            key = (c.source, c.label or "", c.point)
            if key not in self.first:
                self.keys.append(key)
                self.first[key] = c
                self.quotes[key] = []
            if c.quote not in self.quotes[key] and not any(c.quote in q for q in self.quotes[key]):
                self.quotes[key] = [q for q in self.quotes[key] if q not in c.quote] + [c.quote]

    @classmethod
    def of(cls, citations) -> "_References":
        return cls(None, list(citations))

    def __bool__(self) -> bool:
        return bool(self.keys)

    def marks(self, cites) -> str:
        nums = []
        for c in cites:
            n = self.keys.index((c.source, c.label or "", c.point)) + 1
            if n not in nums:
                nums.append(n)
        return f" [{', '.join(map(str, nums))}]" if nums else ""

    def by_source(self):
        groups: dict[str, list] = {}
        for n, key in enumerate(self.keys, 1):
            groups.setdefault(key[0], []).append((n, self.first[key]))
        return groups.items()


def split_text(text: str, limit: int = 4096) -> list[str]:
    """Split at paragraph, then line, then word boundaries so no piece exceeds `limit`."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for para in text.split("\n"):
        candidate = para if not current else current + "\n" + para
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        while len(para) > limit:
            cut = para.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            pieces.append(para[:cut])
            para = para[cut:].lstrip()
        current = para
    if current:
        pieces.append(current)
    return pieces
