"""Named domain computations a tree may call in its `compute:` section.

A tree cannot run code; it can only name a computation and pass it answers. Each
returns a flat dict whose keys become `<name>.<key>` in conditions and messages.
Computations live in dialogs/services/<service>.py and register themselves with
`@computation("name")`; every module there is imported when the registry is first used.
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


class _Registry(dict):
    """A dict that fills itself from dialogs/services on first use."""

    _loaded = False

    def _load(self) -> None:
        if not self._loaded:
            from . import services

            for mod in pkgutil.iter_modules(services.__path__):
                importlib.import_module(f"{services.__name__}.{mod.name}")
            self.update(_REGISTRY)
            type(self)._loaded = True

    def __getitem__(self, key):
        self._load()
        return super().__getitem__(key)

    def __contains__(self, key):
        self._load()
        return super().__contains__(key)

    def __iter__(self):
        self._load()
        return super().__iter__()

    def keys(self):
        self._load()
        return super().keys()


COMPUTATIONS: dict[str, Computation] = _Registry()
