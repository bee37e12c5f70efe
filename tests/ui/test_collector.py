"""Cycles are collected on the window's thread, never on a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from wi_desktop.ui.collector import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()  # a Python-owned Qt object, as a test's or a dialog's can be


def test_automatic_collection_is_off_and_the_event_loop_collects(qtbot, qapp):
    collector = GuiThreadCollector(qapp)
    assert not gc.isenabled()
    deleted_on: list[str] = []
    cycle = _Cycle()
    cycle.qt.destroyed.connect(lambda: deleted_on.append(threading.current_thread().name))
    gone = weakref.ref(cycle)
    del cycle

    kept: list[object] = []

    def busy_worker() -> None:  # makes many objects, as building a PDF does
        kept.extend([index] for index in range(20_000))

    worker = threading.Thread(target=busy_worker, name="worker")
    worker.start()
    worker.join()
    assert gc.get_count()[0] > 10_000 and gone() is not None  # nothing collected there
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)  # the event loop's turn
    kept.clear()
    assert deleted_on == [threading.current_thread().name]  # here, not on the worker
    collector.stop()
    collector.deleteLater()
