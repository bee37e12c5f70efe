"""Render the screenshots used by the README and the AppStream metadata.

Usage: QT_QPA_PLATFORM=offscreen python packaging/screenshot.py [OUT_DIR]
Builds the real window over a throw-away data folder holding the demo session.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from wi_desktop.app import ensure_demo, open_services
from wi_desktop.paths import app_paths
from wi_desktop.ui.mainwindow import MainWindow

SIZE = (1366, 740)  # a 1366×768 laptop screen less a panel


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        service = open_services(app_paths(Path(folder)))
        demo_id = ensure_demo(service)
        window = MainWindow(service)
        window.resize(*SIZE)
        window.show()
        settle(app)
        window.grab().save(str(out / "sessions.png"))
        window.open_session(demo_id)
        settle(app)
        window.grab().save(str(out / "workspace.png"))
        page = window.workspace
        assert page is not None
        for index, name in ((1, "scores"), (2, "pay"), (3, "agreements")):
            page.tabs.setCurrentIndex(index)
            settle(app)
            window.grab().save(str(out / f"{name}.png"))
        window.close()
        service.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
