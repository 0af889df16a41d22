"""Named domain computations a tree may call in its `compute:` section.

A tree cannot run code; it can only name a computation and pass it answers. Each
returns a flat dict whose keys become `<name>.<key>` in conditions and messages.
Computations live in dialogs/services/<service>.py and register themselves with
`@computation("name")`; every module there is imported with this one.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any, Callable

Computation = Callable[..., dict[str, Any]]
_REGISTRY: dict[str, Computation] = {}


def computation(name: str) -> Callable[[Computation], Computation]:
    def register(fn: Computation) -> Computation:
        if name in _REGISTRY and _REGISTRY[name] is not fn:
            raise ValueError(f"computation {name!r} is defined twice")
        _REGISTRY[name] = fn
        return fn

    return register


# Each service module registers its computations when imported; import them all now.
# (They import `computation` from this module, which is defined above.)
from .. import services as _services  # noqa: E402

for _mod in pkgutil.iter_modules(_services.__path__):
    importlib.import_module(f"{_services.__name__}.{_mod.name}")

COMPUTATIONS: dict[str, Computation] = _REGISTRY
