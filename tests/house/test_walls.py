"""The rooms of the house keep to themselves: ui/ never reaches storage/, and the services
the window gets cannot be changed or opened up."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import wi_desktop
from wi_desktop.wiring import Services

PACKAGE = Path(wi_desktop.__file__).parent


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function or TYPE_CHECKING."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_ui_imports_nothing_from_storage():
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    assert len(files) > 20  # the walk really reads the window's modules
    offenders = {str(path.relative_to(PACKAGE)): sorted(
        m for m in imported_modules(path) if m.startswith("wi_desktop.storage"))
        for path in files}
    assert {path: mods for path, mods in offenders.items() if mods} == {}


def test_the_check_would_see_a_storage_import(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def f():\n    from wi_desktop.storage import backup\n", encoding="utf-8")
    assert "wi_desktop.storage.backup" in imported_modules(sneaky)


def test_core_and_storage_know_nothing_of_the_window():
    for room in ("core", "storage", "export"):
        for path in (PACKAGE / room).rglob("*.py"):
            mods = imported_modules(path)
            assert not any(m.startswith(("PySide6", "wi_desktop.ui")) for m in mods), path


def test_the_services_are_sealed(service):
    with pytest.raises(AttributeError, match="sealed"):
        service.backup_dir = Path("/elsewhere")
    with pytest.raises(AttributeError, match="sealed"):
        service.database = object()
    assert not hasattr(service, "database")  # the connection stays inside storage/
    assert not any(name in vars(Services) for name in ("database", "conn", "store"))


def test_a_restore_is_announced_once_by_the_window(qtbot, service, tmp_path):
    from wi_desktop.ui.mainwindow import MainWindow

    window = MainWindow(service)
    qtbot.addWidget(window)
    heard = []
    window.sig_services_replaced.connect(heard.append)
    other = service.with_clock(service.clock)
    window.replace_services(other)
    assert heard == [other] and window.services is other
    assert window.session_list.services is other


@pytest.mark.parametrize("text", ["", "plain", "a < b && c > d", "<b>bold</b>", "\"quoted\" 'x'",
                                  "Ünïcödé & עברית 🙂", "&amp; already"])
def test_user_text_in_rich_text_is_escaped_as_the_standard_library_does(text):
    import html

    from wi_desktop.ui.rich_text import escape_html

    assert escape_html(text) == html.escape(text, quote=False)


def test_opening_a_session_reads_no_pay_templates_or_json_code():
    """--open shows the Observe tab: the modules of the other tabs wait until they are
    shown (they are what a long session's first open does without)."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import wi_desktop.ui.workspace\n"
        "print(sorted(m for m in ('wi_desktop.core.pay', 'wi_desktop.core.templates',"
        " 'wi_desktop.ui.widgets', 'wi_desktop.ui.scoring_panel', 'decimal')"
        " if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, env={**__import__("os").environ,
                                             "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
