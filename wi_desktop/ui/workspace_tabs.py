"""The tabs of a session's workspace behind Observe (Scores & evidence, Pay, Agreements &
feedback): made the first time they are shown, and turned read-only with the record."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.ui.context import SessionContext

TAB_TITLES = (str(QT_TRANSLATE_NOOP("WorkspacePage", "&Observe")),
              str(QT_TRANSLATE_NOOP("WorkspacePage", "Scores && e&vidence")),
              str(QT_TRANSLATE_NOOP("WorkspacePage", "&Pay")),
              str(QT_TRANSLATE_NOOP("WorkspacePage", "&Agreements && feedback")))
TAB_TIPS = (str(QT_TRANSLATE_NOOP(
                "WorkspacePage", "Time the tasks, take notes and score the rubric as the "
                "candidate works (F5)")),
            str(QT_TRANSLATE_NOOP(
                "WorkspacePage", "Each competency's score beside the notes that back it up; "
                "the composite score and your recommendation (F6)")),
            str(QT_TRANSLATE_NOOP(
                "WorkspacePage", "Whether and how the time is paid, the hours, what is owed "
                "and the payroll record, with its audit trail (F7)")),
            str(QT_TRANSLATE_NOOP(
                "WorkspacePage", "The agreement, consent and briefing the candidate gave, "
                "what happens to the work, the debrief and the feedback for the candidate "
                "(F8)")))
SCORES, PAY, AGREEMENTS = 1, 2, 3


def describe_header(back: QWidget, clock: QWidget, end: QWidget, tabs: QTabWidget) -> None:
    """What the workspace's header controls and tabs say to a pointer and a screen reader."""
    translate = QCoreApplication.translate
    back.setAccessibleName(translate("WorkspacePage", "Back to the sessions"))
    back.setToolTip(translate("WorkspacePage", "Back to the list of sessions (Ctrl+W); "
                              "everything is saved"))
    clock.setToolTip(translate("WorkspacePage", "Session clock: time since the first task "
                               "started"))
    end.setToolTip(translate("WorkspacePage", "Stop the session clock and the paid time now; "
                             "a running task is paused"))
    for index, tip in enumerate(TAB_TIPS):
        tabs.setTabToolTip(index, translate("WorkspacePage", tip))


def make_panel(index: int, context: SessionContext, parent: QWidget) -> QWidget:
    """The panel of tab INDEX (its module is read only now)."""
    if index == SCORES:
        from wi_desktop.ui.scoring_panel import ScoringPanel

        return ScoringPanel(context, parent)
    if index == PAY:
        from wi_desktop.ui.pay_panel import PayPanel

        return PayPanel(context, parent)
    from wi_desktop.ui.agreements_panel import AgreementsPanel

    return AgreementsPanel(context, parent)


def set_editable(panel: QWidget, editable: bool, keep: tuple[QWidget, ...] = ()) -> None:
    """A finalised record can be read, not changed: inputs read-only, controls disabled."""
    edits: list[QLineEdit | QPlainTextEdit | QTextEdit] = [
        *panel.findChildren(QLineEdit), *panel.findChildren(QPlainTextEdit),
        *panel.findChildren(QTextEdit)]
    for edit in edits:
        edit.setReadOnly(not editable)
    controls: list[QWidget] = [
        *panel.findChildren(QAbstractButton), *panel.findChildren(QComboBox),
        *panel.findChildren(QAbstractSpinBox)]
    for control in controls:
        if control not in keep:
            control.setEnabled(editable)



def remembered_sizes(context: SessionContext, key: str, count: int) -> list[int] | None:
    """The widths of a splitter's COUNT parts as the observer last left them."""
    try:
        saved = context.services.sessions.setting(key) or ""
    except WiError:
        return None
    parts = saved.split(",")
    try:
        sizes = [int(p) for p in parts]
    except ValueError:  # not ours: the default widths do
        return None
    if len(sizes) != count or not all(0 < size <= 10_000 for size in sizes):
        return None
    return sizes


# (least, share of the width, most) of the tasks column and of the rubric column
OBSERVE_SIDES = ((230, 0.22, 300), (270, 0.27, 380))


def observe_columns(width: int) -> list[int]:
    """The Observe tab's three columns for WIDTH: the tasks and the rubric a share of it
    each, within their bounds, and the notes, where the observer types, all the rest."""
    tasks, rubric = (min(most, max(least, int(width * share)))
                     for least, share, most in OBSERVE_SIDES)
    return [tasks, max(width - tasks - rubric, 1), rubric]


class _SizeWhenShown(QObject):
    """Gives a splitter the widths of observe_columns once it is first shown at its width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QSplitter) \
                and watched.isVisible() and watched.width() > 0:
            watched.setSizes(observe_columns(watched.width()))
            watched.removeEventFilter(self)
            self.deleteLater()
        return False


def size_observe_columns(context: SessionContext, key: str, splitter: QSplitter) -> None:
    """The columns as the observer last left them; the first time, as observe_columns gives
    them for the width the window turns out to have (a small screen keeps the notes wide)."""
    remembered = remembered_sizes(context, key, 3)
    if remembered is not None:
        splitter.setSizes(remembered)
        return
    splitter.setSizes(observe_columns(1290))
    splitter.installEventFilter(_SizeWhenShown(splitter))


def remember_sizes(context: SessionContext, key: str, sizes: list[int]) -> None:
    """Keep a splitter's widths for the next session (only when they changed)."""
    if not sizes or not all(sizes):
        return
    text = ",".join(str(size) for size in sizes)
    try:
        kept = context.services.sessions.setting(key)
    except WiError:
        kept = None
    if text != kept:
        context.attempt(lambda: context.services.sessions.remember(key, text))
