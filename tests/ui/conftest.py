"""Widgets over a real data file and a fake clock."""

from __future__ import annotations

import pytest

from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.workspace import WorkspacePage


@pytest.fixture
def page(qtbot, service, session_id):
    context = SessionContext(service, session_id)
    widget = WorkspacePage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.notes.focus_entry()
    return widget
