"""The garbage collector around a bot process's start-up.

Start-up makes ~300,000 objects (libraries, trees, Fluent bundles, routers) that live
as long as the process. With the collector running, the heap's growth sets off its
full passes again and again (~0.5 s of a 2 s start here); afterwards every pass walks
them all again. So a bot process (`python -m bot run|webhook|reminders`) pauses the
collector before its imports and, once built, before the first update (or reminder),
freezes what start-up made (gc.freeze: out of the collector's sight for good) and
resumes it.

What start-up left as cyclic garbage (~15,000 small objects, under 2 MB) is
frozen with the rest: sorting it out would be a full pass (0.2 s) before the first
update. `python -m bot webhook --workers N` does make that pass, once, before forking.
"""

from __future__ import annotations

import gc
import threading

RESUME_AFTER = 60.0  # seconds: a start that waits for a database that is down must not pause the collector for good

_settled = False


def pause_collector() -> None:
    """At the very start of a bot process. Resumed by `settle`, or after RESUME_AFTER
    seconds whatever happens (a start that waits long for its database)."""
    gc.disable()
    timer = threading.Timer(RESUME_AFTER, gc.enable)
    timer.daemon = True
    timer.start()


async def settle(**_) -> None:
    """On the dispatcher's start-up, before the first update: once per process (a test
    run that builds many bots freezes only at the first)."""
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()
    gc.enable()
