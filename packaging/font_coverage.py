#!/usr/bin/env python3
"""Write resources/fonts/coverage.json: for each bundled font, the characters it draws, as
[first, last] ranges of code points. The documents choose a font per character from it
without reading every font file (wi_desktop/export/typeset/catalogue.py).

    .venv/bin/python packaging/font_coverage.py          # after adding or changing a font

tests/export/test_fonts.py checks that the file matches the fonts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wi_desktop.export.typeset.catalogue import FONT_FILES, coverage_of  # noqa: E402


def main() -> int:
    folder = ROOT / "resources" / "fonts"
    table = {name: coverage_of(folder / name) for name in FONT_FILES}
    out = folder / "coverage.json"
    out.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="ascii")
    print(f"{out}: {sum(len(r) for r in table.values()):,} ranges in {len(table)} fonts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
