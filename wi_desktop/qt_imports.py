"""PySide6 reads the source of every module imported after it, to the last line.

Its import hook (shibokensupport.feature) asks of each newly imported module whether its
source mentions "PySide6", through inspect.getsource: every file is read again, decoded,
split into lines and kept in linecache. A start imports some seventy modules after Qt's,
so the hook cost the window about 8 ms before it could be shown. `answer_quickly` gives
the hook the same answer from the file's bytes; where PySide6 changes its internals the
hook is left as it is (slower, never wrong).
"""

from __future__ import annotations

import sys
from types import ModuleType

MARK = "_wi_quick"


def answer_quickly() -> bool:
    """Install the quick question into PySide6's import hook; False where the hook is not
    there in the shape this knows (nothing is changed then)."""
    feature = sys.modules.get("shibokensupport.feature")
    asked = getattr(feature, "_mod_uses_pyside", None)
    pyside = sys.modules.get("PySide6")
    if feature is None or not callable(asked) or pyside is None:
        return False
    if tuple(getattr(pyside, "__version_info__", ()))[:1] != (6,):
        return False  # the hook this knows is PySide6's; another may mean something else
    if getattr(asked, MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(asked(module))  # built in, compiled or odd: PySide6's own answer
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(asked(module))

    setattr(uses_pyside, MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
