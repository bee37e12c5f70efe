"""The bar above the session list: a search box that narrows the list as you type (names,
roles, notes, feedback), and choices of role, status, days, recommendation and observer.

Built with the first window, so it uses no Qt enum at construction (see session_model.py);
the date fields are made when "Between…" is first chosen."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from wi_desktop.core.model import SessionStatus
from wi_desktop.core.session_filter import SessionFilter
from wi_desktop.ui.session_model import recommendation_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QDateEdit

TYPING_PAUSE_MS = 150  # the list follows the search box once typing pauses this long
_PERIODS = (  # (words, days back from today: None any time; 0 this year; -1 a range)
    (str(QT_TRANSLATE_NOOP("SessionFilterBar", "Any time")), None),
    (str(QT_TRANSLATE_NOOP("SessionFilterBar", "Last 7 days")), 7),
    (str(QT_TRANSLATE_NOOP("SessionFilterBar", "Last 30 days")), 30),
    (str(QT_TRANSLATE_NOOP("SessionFilterBar", "Last 12 months")), 365),
    (str(QT_TRANSLATE_NOOP("SessionFilterBar", "This year")), 0),
    (str(QT_TRANSLATE_NOOP("SessionFilterBar", "Between…")), -1),
)
_STATUSES = (None, *SessionStatus)
_RECOMMENDATIONS = ("", "strong_yes", "yes", "no", "strong_no", "no_decision")


class SessionFilterBar(QWidget):
    """What narrows the list; sig_changed once something did (the words after a pause)."""

    sig_changed = Signal()
    sig_words_changed = Signal(str)
    """The search box's words, once typing paused (the page finds their sessions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, roles and notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search sessions"))
        self.search.setAccessibleDescription(self.tr(
            "Shows only the sessions whose candidate, role, notes or feedback hold these "
            "words, as you type. ↓ goes to the list; Esc clears it."))
        self.role = self._combo(self.tr("Role"), [self.tr("All roles")])
        self.status = self._combo(self.tr("Status"), [self.tr("Any status")] + [
            self._status_words(status) for status in SessionStatus])
        self.period = self._combo(self.tr("Days"), [self.tr(words) for words, _ in _PERIODS])
        self.recommendation = self._combo(self.tr("Recommendation"), [
            self.tr("Any recommendation")] + [
            recommendation_words(value) for value in _RECOMMENDATIONS[1:]])
        self.observer = self._combo(self.tr("Observer"), [self.tr("All observers")])
        self.today: Callable[[], dt.date] = dt.date.today  # the page gives the program's
        self.since: QDateEdit | None = None
        self.until: QDateEdit | None = None
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setToolTip(self.tr("Show every session again"))
        self.clear_button.hide()
        self.count_label = QLabel(self)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TYPING_PAUSE_MS)
        self._build()
        self._connect()

    def _combo(self, name: str, items: list[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItems(items)
        combo.setAccessibleName(name)
        combo.setAccessibleDescription(self.tr("Shows only the sessions of the one chosen"))
        combo.setToolTip(name)
        # as wide as its longest choice (read after the list is on screen), but a long
        # role's name does not widen the window
        combo.setProperty("sizeAdjustPolicy", 0)  # QComboBox.SizeAdjustPolicy.AdjustToContents
        combo.setMaximumWidth(220)
        return combo

    def _status_words(self, status: SessionStatus) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SessionStatus", status.label)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        self.choices_row = QHBoxLayout()
        self.choices_row.setContentsMargins(0, 0, 0, 0)
        for combo in (self.role, self.status, self.period, self.recommendation, self.observer):
            self.choices_row.addWidget(combo)
        self.choices_row.addStretch(1)
        self.choices_row.addWidget(self.clear_button)
        from PySide6.QtWidgets import QVBoxLayout

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(self.choices_row)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self.pause.start())
        self.pause.timeout.connect(lambda: self.sig_words_changed.emit(self.search.text()))
        for combo in (self.role, self.status, self.recommendation, self.observer):
            combo.currentIndexChanged.connect(lambda _index: self._changed())
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.clear_button.clicked.connect(self.clear)

    # what is chosen ------------------------------------------------------
    def current(self, matching: frozenset[int] | None) -> SessionFilter:
        """The filter chosen, with MATCHING the sessions the search words found."""
        since, until = self._days()
        return SessionFilter(
            role=self.role.currentText() if self.role.currentIndex() > 0 else "",
            status=_STATUSES[self.status.currentIndex()],
            since=since, until=until,
            recommendation=_RECOMMENDATIONS[self.recommendation.currentIndex()],
            observer=self.observer.currentText() if self.observer.currentIndex() > 0 else "",
            matching=matching)

    def _days(self) -> tuple[str, str]:
        back = _PERIODS[self.period.currentIndex()][1]
        today = self.today()
        if back is None:
            return "", ""
        if back == 0:
            return today.replace(month=1, day=1).isoformat(), ""
        if back > 0:
            return (today - dt.timedelta(days=back - 1)).isoformat(), ""
        if self.since is None or self.until is None:
            return "", ""
        first, last = sorted((self.since.date().toString("yyyy-MM-dd"),
                              self.until.date().toString("yyyy-MM-dd")))
        return first, last

    def set_choices(self, roles: list[str], observers: list[str]) -> None:
        """The roles and observers there are; what was chosen stays chosen (whatever its
        case), and a choice no longer there goes back to all, the list with it."""
        gone = False
        for combo, names in ((self.role, roles), (self.observer, observers)):
            chosen = combo.currentText().casefold() if combo.currentIndex() > 0 else ""
            first = combo.itemText(0)
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([first, *names])
            folded = [name.casefold() for name in names]
            combo.setCurrentIndex(folded.index(chosen) + 1 if chosen in folded else 0)
            combo.blockSignals(False)
            gone = gone or (bool(chosen) and chosen not in folded)
        if gone:
            self._changed()

    def show_count(self, shown: int, total: int) -> None:
        narrowed = shown != total or not self.current(None).is_empty or bool(
            self.search.text().strip())
        self.clear_button.setVisible(narrowed)
        if not narrowed:  # as at start: nothing to count
            self.count_label.setText("")
            return
        from PySide6.QtCore import QLocale

        from wi_desktop.ui.counts import sessions_counted

        self.count_label.setText(self.tr("{shown} of {sessions}").format(
            shown=QLocale().toString(shown), sessions=sessions_counted(total)))

    def clear(self) -> None:
        """Every filter off and the search box empty: the whole list again."""
        for combo in (self.role, self.status, self.period, self.recommendation, self.observer):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._show_dates(False)
        self.search.clear()  # its pause then tells the page
        self.pause.stop()
        self.sig_words_changed.emit("")

    # helpers -------------------------------------------------------------
    def _changed(self) -> None:
        self.sig_changed.emit()

    def _period_chosen(self, index: int) -> None:
        self._show_dates(_PERIODS[index][1] == -1)
        self._changed()

    def _show_dates(self, shown: bool) -> None:
        if shown and self.since is None:
            from PySide6.QtCore import QDate
            from PySide6.QtWidgets import QDateEdit

            today = QDate.currentDate()
            since = self.since = QDateEdit(today.addMonths(-1), self)
            until = self.until = QDateEdit(today, self)
            for edit, name in ((since, self.tr("From")), (until, self.tr("To"))):
                edit.setCalendarPopup(True)
                edit.setAccessibleName(name)
                edit.setAccessibleDescription(self.tr("The first and last day of the range"))
                edit.dateChanged.connect(lambda _date: self._changed())
            place = self.choices_row.indexOf(self.period) + 1
            self.choices_row.insertWidget(place, until)
            self.choices_row.insertWidget(place, since)
        for shown_edit in (self.since, self.until):
            if shown_edit is not None:
                shown_edit.setVisible(shown)
