"""Typed questions find their entry point (issue 15): the index and its matching
(`index.py`, pure) and the dialog step it leads to (`dialog.py`)."""

from .index import NOTHING, OPEN, SUGGEST, Entry, Index, Match, Result, default_index, is_menu_word, tokens

__all__ = ["NOTHING", "OPEN", "SUGGEST", "Entry", "Index", "Match", "Result", "default_index", "is_menu_word", "tokens"]
