"""A disk cache for what start-up would otherwise parse again each time: the Fluent
files and the trees. Keyed by a hash of the source bytes (and of the code that
builds the objects), so an edited file is parsed afresh and no stale object is ever
used; `check` never uses the cache. Any problem with the cache (read-only disk, a
corrupt or foreign file) just means parsing from source, as without a cache.

Where: $BOT_CACHE_DIR, else `.cache/` beside the project if writable, else the
user's cache folder. Like __pycache__, it holds pickles: keep it writable by the
bot's user only.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

_ROOT = Path(__file__).resolve().parent.parent.parent
_FORMAT = b"cache-v1"


@contextmanager
def collector_paused() -> Iterator[None]:
    """Around loading every tree or locale: what it makes (~200,000 small objects: the
    parsed Fluent messages, Babel's plural rules) lives as long as the process and holds
    no garbage, but with the collector running its growth sets off pass after pass over
    all of it: 0.2 s of the locales' 0.35 s here. A bot process pauses the collector for
    its whole start-up anyway (bot/heap.py); this covers the terminal chat, `check`
    and tests. The collector's previous state is restored, whatever happens."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def cache_dir() -> Path | None:
    candidates = []
    if os.environ.get("BOT_CACHE_DIR"):
        candidates.append(Path(os.environ["BOT_CACHE_DIR"]))
    candidates.append(_ROOT / ".cache")
    candidates.append(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kz-migration-bot")
    for d in candidates:
        try:
            d.mkdir(parents=True, exist_ok=True)
            if os.access(d, os.W_OK):
                return d
        except OSError:
            continue
    return None


def digest(parts: Iterable[bytes]) -> str:
    h = hashlib.blake2b(_FORMAT, digest_size=16)
    for p in parts:
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return h.hexdigest()


def cached(kind: str, key: str, build: Callable[[], Any], enabled: bool = True) -> Any:
    """`build()`, or its result from an earlier run with the same key."""
    directory = cache_dir() if enabled and os.environ.get("BOT_CACHE", "1") != "0" else None
    if directory is None:
        return build()
    path = directory / f"{kind}-{key}.pickle"
    try:
        return pickle.loads(path.read_bytes())  # noqa: S301 - our own cache, keyed by content
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a corrupt or foreign file: rebuild it
        pass
    value = build()
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{kind}-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a reader never sees half a file
    except Exception:  # noqa: BLE001 - unpicklable or unwritable: run without the cache
        try:
            os.unlink(tmp)
        except Exception:  # noqa: BLE001
            pass
    return value


def code_bytes(*modules: str) -> list[bytes]:
    """The source of the modules that build a cached object: a code change is a new key."""
    here = Path(__file__).resolve().parent.parent  # dialogs/: modules named "model/loader"
    return [(here / f"{m}.py").read_bytes() for m in modules]
