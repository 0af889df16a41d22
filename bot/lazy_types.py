"""Import aiogram's Telegram types without building all of their validators up front.

`aiogram/types/__init__.py` ends with a loop that calls `model_rebuild()` on each of
its ~400 pydantic models, in alphabetical order. The models are declared with
`defer_build=True`, but the loop builds every one at once, and each build generates
the schemas of the types it nests again: 2–3 s of CPU on a 2-core machine, before
a bot process can handle its first update (issue 12: start-up under 1.5 s).

Installed before aiogram is first imported, this lets that one loop leave each model
deferred, with the namespace it was given kept on the model, so that pydantic builds
a model on its first use (`Update` alone, with everything it nests, takes about a
tenth of a second) and resolves its forward references from the same namespace the
loop would have used. Every other call of `model_rebuild` behaves as before.
`tests/test_lazy_types.py` builds each type from the kept namespace (none may fail)
and checks that a process which installed this handles updates as before.

If pydantic no longer has the hooks this relies on, nothing is deferred: aiogram
builds everything at import, as it does without this module.
"""

from __future__ import annotations

import sys

_TYPES_MODULE = "aiogram.types"
_installed = False
deferred: list[type] = []  # the models left for their first use (for the test)
_unresolved: list[tuple[str, dict]] = []  # (module, namespace) not yet given their names


def _resolve_type_checking_imports() -> None:
    """Give each deferred type's module the names it imports only for type checkers.

    A model that nests a deferred type (a method's `reply_markup`, say) builds the
    nested schema with the nested type's module globals, where those names are
    missing at run time. Done at the first build after aiogram's import, not during
    it: the methods aiogram defines after its types loop then fail their own early
    build cheaply, as pydantic intends, and are built on first use like the types."""
    while _unresolved:
        module_name, namespace = _unresolved.pop()
        module = vars(sys.modules[module_name])
        for name, value in namespace.items():
            module.setdefault(name, value)


def _importing(package: str) -> bool:
    spec = getattr(sys.modules.get(package), "__spec__", None)
    return bool(getattr(spec, "_initializing", False))


def install() -> bool:
    """Defer the builds of aiogram's types loop; True if it will take effect (aiogram
    not imported yet and pydantic as expected)."""
    global _installed
    if _installed:
        return True
    if _TYPES_MODULE in sys.modules:
        return False  # too late: aiogram built them already
    from pydantic import BaseModel

    original = BaseModel.__dict__.get("model_rebuild")
    if not isinstance(original, classmethod) or not hasattr(BaseModel, "__pydantic_parent_namespace__"):
        return False
    rebuild = original.__func__

    def model_rebuild(cls, *, force: bool = False, raise_errors: bool = True, _parent_namespace_depth: int = 2,
                      _types_namespace=None):
        if (_types_namespace is not None and not force and not cls.__pydantic_complete__
                and sys._getframe(1).f_globals.get("__name__") == _TYPES_MODULE):
            # aiogram's import-time loop: keep the namespace for the build on first use
            cls.__pydantic_parent_namespace__ = _types_namespace
            deferred.append(cls)
            _unresolved.append((cls.__module__, _types_namespace))
            return None
        if _unresolved and not _importing("aiogram"):
            _resolve_type_checking_imports()
        return rebuild(cls, force=force, raise_errors=raise_errors, _parent_namespace_depth=_parent_namespace_depth + 1,
                       _types_namespace=_types_namespace)

    BaseModel.model_rebuild = classmethod(model_rebuild)
    _installed = True
    return True
