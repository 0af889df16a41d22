"""Turns a View into text and button labels in one language.

Shared by the terminal chat and the Telegram layer, so both say the same thing.
A screen people read on a phone: the verdict icon and the headline (its dates in
bold), a few bullets, and one "❔ … 1414 / egov.kz" line where the sources are
silent. The notes, the user's answers and the compact grounds (numbered
references) are folded: an expandable blockquote in Telegram, `/grounds` in the
terminal chat. The verbatim quotes are one button away (`QUOTES`). Questions carry
no grounds block: their citations are behind the quotes button only.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass

from ..model.citations import Citation, Source, load_sources
from .engine import CHANGE, GOTO, LINK, NEXT, TICK, URL, View
from .i18n import Localizer

BACK, RESTART, QUOTES, MENU, TRACK, SHARE = "back", "restart", "quotes", "menu", "track", "share"

NAV_LABELS = {
    TRACK: "button-track", QUOTES: "button-quotes", BACK: "button-back", RESTART: "button-restart",
    MENU: "button-menu", SHARE: "button-share", CHANGE: "button-change",
}
OUTCOME_ICONS = {"eligible": "✅", "not_eligible": "⛔", "ask_person": "☎️", "info": "ℹ️", "not_ready": "⚠️", "passed": "⌛"}
FLAG_ICONS = {"ambiguous": "⚖️", "silent": "❔", "warning": "⚠️", "historical": "🕰"}
ASK_OFFICIAL = "common-ask-official"  # merged with the silent notes into one visible line
QUESTION_KINDS = ("choice", "input")
READ_KINDS = ("result", "checklist", "info")  # screens with grounds folded under the text

# Limits of one screen (enforced by `check` over every reachable screen, every language)
RESULT_MAX_CHARS = 800  # the visible part; the folded notes and grounds are not counted
QUESTION_MAX_CHARS = 300
# A list of documents is its own screen behind "📄 Documents (N)": the list is the answer
# there, one line a document with its tick, so it may be longer than a verdict, but it
# still fits one message with its folded notes.
LIST_MAX_CHARS = 3000
MAX_BUTTONS = 8  # checklist ticks (small number buttons, five to a row) are not counted
# ↗️ Share sends one message to forward, grounds included: Telegram's limit for one message,
# measured with the longest link the bot can add (t.me/<32-character name>?start=<64>)
SHARE_MAX_CHARS = 4096
LONGEST_SHARE_LINK = "https://t.me/" + "x" * 32 + "?start=" + "x" * 64
MAX_LABEL = 32
# A ☎️ result offers a person too: the Telegram layer adds this button when the
# operators' chat is configured (bot/handoff.py); `check` counts it on those screens.
ASK_PERSON_LABEL = "button-ask-person"

# Dates passed as arguments are wrapped in these, then bold in HTML and bare in plain text.
_B0, _B1 = "\ue000", "\ue001"


@dataclass(frozen=True)
class Rendered:
    text: str  # the visible part, plain text: what the terminal prints, what the limits measure
    buttons: list[tuple[str, str]]  # (action, label)
    folded: str = ""  # notes, the user's answers and the grounds: folded away (Telegram) or /grounds (chat)
    html: str = ""  # the whole screen for Telegram, parse_mode HTML (folded part in an expandable blockquote)


def plain(text: str) -> str:
    return text.replace(_B0, "").replace(_B1, "")


def to_html(text: str) -> str:
    return html.escape(text, quote=False).replace(_B0, "<b>").replace(_B1, "</b>")


def _bold_dates(args: dict) -> dict:
    out = {}
    for k, v in args.items():
        if isinstance(v, dt.date):
            v = _B0 + v.strftime("%d.%m.%Y") + _B1
        elif isinstance(v, str) and len(v) == 10 and v[4:5] == "-" and v[7:8] == "-":
            try:
                v = _B0 + dt.date.fromisoformat(v).strftime("%d.%m.%Y") + _B1
            except ValueError:
                pass
        out[k] = v
    return out


class Renderer:
    def __init__(self, localizer: Localizer, sources: dict[str, Source] | None = None):
        self.l10n = localizer
        self.sources = sources or load_sources()

    def t(self, lang: str, msg_id: str, **args) -> str:
        return self.l10n.format(lang, msg_id, args)

    def plain(self, lang: str, msg) -> str:
        """A message (a dialog's Msg) as plain text, dates as DD.MM.YYYY."""
        return plain(self.l10n.format(lang, msg.id, _bold_dates(msg.args)))

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
        if not c.label and source and source.point_item and "." in c.point:
            point, item = c.point.split(".", 1)
            return self.t(lang, source.point_item, point=point, item=item)
        label = c.label or (source.point if source else "point-item")
        return self.t(lang, label, point=c.point)

    def render(self, view: View, lang: str, can_go_back: bool = False) -> Rendered:
        """One screen: the visible part (headline, at most a few bullets, one ❔ line),
        the folded part (notes, the user's answers, the grounds) and the buttons."""
        reading = view.kind in READ_KINDS
        refs = _References(view) if reading else _References.of(())
        marks = refs.marks if reading else (lambda cites: "")
        parts: list[str] = []
        if view.note:  # e.g. "🔎 Понял: …" after a typed question (dialogs/search)
            parts.append(self.t(lang, view.note.id, **view.note.args))
        if view.error:
            parts.append("⚠️ " + self.t(lang, view.error.id, **view.error.args))
        if view.progress:
            n, total = view.progress
            if total is None:  # the ways on differ too much for "of about N"
                parts.append(self.t(lang, "progress-question-n", n=str(n)))
            elif total > 1:
                parts.append(self.t(lang, "progress-question", n=str(n), total=str(total)))
        icon = OUTCOME_ICONS.get(view.outcome or "", "")
        head = self.l10n.format(lang, view.text.id, _bold_dates(view.text.args))
        parts.append((f"{icon} " if icon else "") + head + marks(view.citations))
        if view.items:
            if view.kind == "checklist":
                ticked = view.ticked or (False,) * len(view.items)
                lines = [("☑" if done else "☐") + f" {i}. " + self._item(lang, it) + marks(it.citations)
                         for i, (it, done) in enumerate(zip(view.items, ticked), 1)]
                lines += ["", self.t(lang, "checklist-hint")]
            else:
                lines = ["• " + self._item(lang, it) + marks(it.citations) for it in view.items]
            parts.append("\n".join(lines))
        folded: list[str] = []
        notes = [n for n in view.notes if n.text.id != ASK_OFFICIAL]
        if reading:
            if any(n.flag == "silent" or n.text.id == ASK_OFFICIAL for n in view.notes):
                parts.append("❔ " + self.t(lang, "common-not-in-sources"))
            if notes:
                folded.append("\n".join(self._item(lang, n, default_icon="ℹ️") + marks(n.citations) for n in notes))
            if view.answers:
                answers = " · ".join(self.t(lang, m.id, **m.args) for m in view.answers)
                folded.append(self.t(lang, "answers-title") + " " + answers)
            if refs:
                folded.append(self._grounds_block(lang, refs))
        elif notes:
            parts.append("\n".join(self._item(lang, n, default_icon="ℹ️") for n in notes))
        if view.kind == "input":
            parts.append(self.t(lang, f"hint-input-{view.input_type}"))
        elif view.kind == "pick":
            parts.append(self.t(lang, "change-hint"))

        buttons = self.buttons(view, lang, can_go_back)
        visible = "\n\n".join(parts)
        folded_text = "\n\n".join(folded)
        html_text = to_html(visible)
        if folded_text:
            html_text += "\n\n<blockquote expandable>" + to_html(folded_text) + "</blockquote>"
        return Rendered(plain(visible), buttons, plain(folded_text), html_text)

    def buttons(self, view: View, lang: str, can_go_back: bool = False) -> list[tuple[str, str]]:
        labels = {b.action: self.t(lang, b.label.id, **b.label.args) for b in view.buttons}
        out = []
        for a in self.actions(view, can_go_back):
            if a in labels:
                label = labels[a]
                if a.startswith(GOTO):
                    label = "✏️ " + label
                    label = label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"
            elif a.startswith(TICK):
                i = int(a[len(TICK):])
                label = ("☑" if view.ticked and view.ticked[i] else "☐") + f" {i + 1}"
            else:
                label = self.t(lang, NAV_LABELS[a])
            out.append((a, label))
        return out

    @staticmethod
    def actions(view: View, can_go_back: bool = False) -> list[str]:
        """The screen's button actions in keyboard order, without rendering any text
        (enough to check a pressed button against the screen).

        Questions: the answers, then Quotes and Back. Results: Continue (or
        "📄 Documents (N)"), links, then Remind, Quotes, Share, Change an answer, and
        Menu at the end of the dialog. Checklists: ticks, Quotes, Share, Back, Menu."""
        actions = [b.action for b in view.buttons]
        if view.kind == "pick":
            return actions + [BACK]
        cited = bool(view.citations or any(i.citations for i in view.items + view.notes))
        if view.kind == "checklist":
            actions += [f"{TICK}{i}" for i in range(len(view.items))]
        if view.track:
            actions.append(TRACK)
        if cited:
            actions.append(QUOTES)
        if view.kind in ("result", "checklist"):
            actions.append(SHARE)
        if view.kind == "result" and view.answers:
            actions.append(CHANGE)
        elif can_go_back:
            actions.append(BACK)
        if view.final:
            actions.append(MENU)
        return actions

    @staticmethod
    def counted_buttons(buttons: list[tuple[str, str]]) -> int:
        """Buttons as the screen limit counts them (ticks are not)."""
        return sum(1 for a, _ in buttons if not a.startswith(TICK))

    def share_text(self, view: View, lang: str, link: str | None = None) -> str:
        """What the user can forward: the headline and bullets, each with its [n], and
        under them the grounds those numbers stand for (act and point, as the screen's
        folded grounds; the quotes stay in the bot). No buttons, no notes."""
        refs = _References.of(list(view.citations) + [c for it in view.items for c in it.citations])
        icon = OUTCOME_ICONS.get(view.outcome or "", "")
        lines = [(f"{icon} " if icon else "") + self.t(lang, view.text.id, **view.text.args) + refs.marks(view.citations)]
        if view.items:
            lines.append("")
            lines += ["• " + self._item(lang, it) + refs.marks(it.citations) for it in view.items]
        if any(n.flag == "silent" or n.text.id == ASK_OFFICIAL for n in view.notes):
            lines += ["", "❔ " + self.t(lang, "common-not-in-sources")]
        if refs:
            lines += ["", self._grounds_block(lang, refs)]
        if link:
            lines += ["", self.t(lang, "share-link", link=link)]
        return "\n".join(lines)

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
        return self._quotes_block(lang, _References(view))

    def quotes(self, lang: str, citations) -> str:
        """The verbatim quotes behind a list of citations, numbered as `grounds`
        numbers them ("" for none)."""
        refs = _References.of(citations)
        return self._quotes_block(lang, refs) if refs else ""

    def _quotes_block(self, lang: str, refs: "_References") -> str:
        lines = [self.t(lang, "quotes-title")]
        for n, key in enumerate(refs.keys, 1):
            source_id = key[0]
            c = refs.first[key]
            quotes = "\n".join(f"«{q}»" for q in refs.quotes[key])
            lines.append(f"[{n}] {self.source_title(lang, source_id)}, {self.point_label(lang, c)}\n{quotes}")
        return "\n\n".join(lines)


# -- typed answers that name a button ----------------------------------------------

AMBIGUOUS = "?"


def fold_label(text: str) -> str:
    """A label or a typed answer without emoji, punctuation and case: "Дальше ➡️" → "дальше"."""
    kept = []
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        kept.append(ch if cat[0] in "LN" else " ")
    return " ".join("".join(kept).casefold().replace("ё", "е").split())


def match_button(text: str, buttons: list[tuple[str, str]], whole_only: bool = False) -> str | None:
    """The action of the one button a typed answer names: the whole label, or (unless
    `whole_only`) its first word(s) ("нет" → "Нет, ни разу"). None: no button;
    AMBIGUOUS: several fit equally."""
    typed = fold_label(text)
    if not typed:
        return None
    folded = [(a, fold_label(label)) for a, label in buttons if not a.startswith((URL, TICK))]
    whole = [a for a, f in folded if f == typed]
    if len(whole) == 1:
        return whole[0]
    if whole:
        return AMBIGUOUS
    if whole_only:
        return None
    starts = [a for a, f in folded if f.startswith(typed + " ")]
    if len(starts) == 1:
        return starts[0]
    return AMBIGUOUS if starts else None


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
