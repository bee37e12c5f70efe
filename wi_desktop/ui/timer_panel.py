"""Task timers: the planned tasks, start/pause/resume/finish, planned vs actual."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.changes import Change
from wi_desktop.core.clock import format_duration
from wi_desktop.core.model import Task, TaskState, Workspace
from wi_desktop.ui.accessible import describe
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.palette import colour, set_tone, span

ModelIndex = QModelIndex | QPersistentModelIndex


# the task states core names, for the translation tools (translated where shown)
STATE_LABELS = (str(QT_TRANSLATE_NOOP("TaskState", "Not started")),
                str(QT_TRANSLATE_NOOP("TaskState", "Running")),
                str(QT_TRANSLATE_NOOP("TaskState", "Paused")),
                str(QT_TRANSLATE_NOOP("TaskState", "Done")))


class TaskTableModel(QAbstractTableModel):
    """Columns: task, planned, actual, state. Actual time is computed at paint time."""

    TITLE, PLANNED, ACTUAL, STATE = range(4)
    HEADERS = (str(QT_TRANSLATE_NOOP("TaskTableModel", "Task")),
               str(QT_TRANSLATE_NOOP("TaskTableModel", "Plan")),
               str(QT_TRANSLATE_NOOP("TaskTableModel", "Actual")),
               str(QT_TRANSLATE_NOOP("TaskTableModel", "State")))

    def __init__(self, context: SessionContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks: tuple[Task, ...] = ()

    def set_tasks(self, tasks: tuple[Task, ...]) -> None:
        if [t.id for t in tasks] == [t.id for t in self._tasks]:
            self._tasks = tasks
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(tasks) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self._tasks = tasks
        self.endResetModel()

    def task_at(self, row: int) -> Task:
        return self._tasks[row]

    def row_of(self, task_id: int) -> int:
        return next((row for row, t in enumerate(self._tasks) if t.id == task_id), -1)

    def tick(self) -> None:
        """Repaint the running time (no state changes here: the core owns time)."""
        if self._tasks:
            self.dataChanged.emit(self.index(0, self.ACTUAL),
                                  self.index(len(self._tasks) - 1, self.ACTUAL))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self._tasks[index.row()]
        now = self._context.now_ms()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(task, column, now)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.ACTUAL and task.overrun_ms(now) > 0:
                return QBrush(colour("error"))
            if task.state is TaskState.RUNNING:
                return QBrush(colour("running"))
        if role == Qt.ItemDataRole.FontRole and task.state is TaskState.RUNNING:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ACTUAL and task.overrun_ms(now):
            return self.tr("Over its time box by {time}").format(
                time=format_duration(task.overrun_ms(now)))
        return None

    def _display(self, task: Task, column: int, now: int) -> str:
        if column == self.TITLE:
            return task.title
        if column == self.PLANNED:
            return format_duration(task.planned_ms)
        if column == self.ACTUAL:
            actual = format_duration(task.actual_ms(now)) if task.spans else "–"
            return ("⚠ " if task.overrun_ms(now) else "") + actual
        return QCoreApplication.translate("TaskState", task.state.label)


class TimerPanel(QWidget):
    """Shows the tasks and drives their timers through the session's use cases."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = TaskTableModel(context, self)
        self.view = QTableView(self)
        self.current_title = QLabel(self)
        self.current_time = QLabel(self)
        self.progress = QProgressBar(self)
        describe(self.view, self.tr("Tasks"), self.tr(
            "The session's tasks with their planned and actual time and state. Alt+Up and "
            "Alt+Down choose one; Ctrl+Space starts, pauses or resumes it."))
        describe(self.progress, self.tr("Time used"),
                 self.tr("How much of the chosen task's time box is used."))
        self.overrun_label = QLabel(self)
        self.toggle_button = QPushButton(self)
        self.finish_button = QPushButton(self.tr("■ Finish task"), self)
        self._build()
        context.sig_changed.connect(self._changed)
        self.show_workspace(context.workspace)
        running = context.workspace.running_task()
        first_open = next((t for t in context.workspace.tasks
                           if t.state is not TaskState.DONE), None)
        chosen = running or first_open or (context.workspace.tasks or (None,))[0]
        if chosen is not None:
            self.select_task(chosen.id)

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setTabKeyNavigation(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(TaskTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (TaskTableModel.PLANNED, TaskTableModel.ACTUAL, TaskTableModel.STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_current())
        view.doubleClicked.connect(lambda _index: self.toggle_selected())
        self.current_title.setObjectName("currentTask")
        self.current_title.setWordWrap(True)
        self.current_time.setObjectName("currentTime")
        big = self.current_time.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.current_time.setFont(big)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.overrun_label.setObjectName("overrunWarning")
        self.overrun_label.setStyleSheet("font-weight: bold;")
        set_tone(self.overrun_label, "error")
        self.toggle_button.setToolTip(
            self.tr("Start, pause or resume the selected task (Ctrl+Space)"))
        self.finish_button.setToolTip(self.tr("Mark the selected task done (Ctrl+Shift+Space)"))
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.finish_button.clicked.connect(self.finish_selected)
        for button in (self.toggle_button, self.finish_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_button, 2)
        buttons.addWidget(self.finish_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tasks, choose = self.tr("Tasks"), self.tr("Alt+↑/↓ to choose")
        layout.addWidget(QLabel(f"<b>{tasks}</b>  {span(choose)}", self))
        layout.addWidget(view, 1)
        layout.addWidget(self.current_title)
        layout.addWidget(self.current_time)
        layout.addWidget(self.progress)
        layout.addWidget(self.overrun_label)
        layout.addLayout(buttons)

    # state -> screen -----------------------------------------------------
    def _changed(self, change: Change) -> None:
        if change.timers_changed:
            self.show_workspace(self.context.workspace)

    def show_workspace(self, workspace: Workspace) -> None:
        selected = self.selected_task()
        self.model.set_tasks(workspace.tasks)
        if selected is not None:
            self.select_task(selected.id)
        ended = workspace.session.ended_ms is not None
        self.toggle_button.setEnabled(not ended and bool(workspace.tasks))
        self._update_current()

    def tick(self) -> None:
        self.model.tick()
        self._update_current()

    def _update_current(self) -> None:
        """The big clock shows the running task (else the selected one); the button acts on
        the selected task, and says so when that would switch away from the running one."""
        selected = self.selected_task()
        running = self.context.workspace.running_task()
        task = running or selected
        now = self.context.now_ms()
        if task is None:
            self.current_title.setText(self.tr("No task selected"))
            self.current_time.setText("")
            return
        state = QCoreApplication.translate("TaskState", task.state.label)
        self.current_title.setText(f"{state}: {task.title}")
        actual = task.actual_ms(now)
        self.current_time.setText(
            f"{format_duration(actual)} <small>"
            + span(self.tr("of {time}").format(time=format_duration(task.planned_ms)))
            + "</small>")
        self.progress.setMaximum(max(1, task.planned_ms // 1000))
        self.progress.setValue(min(actual, task.planned_ms) // 1000)
        overrun = task.overrun_ms(now)
        self.overrun_label.setText(
            self.tr("⚠ Over time box by {time}").format(time=format_duration(overrun))
            if overrun else "")
        self.overrun_label.setVisible(bool(overrun))
        self._label_buttons(selected, running)

    def _label_buttons(self, selected: Task | None, running: Task | None) -> None:
        if selected is None:
            return
        if running is not None and running.id != selected.id:
            text = self.tr("▶ Switch to this task")
        else:
            text = {TaskState.NOT_STARTED: self.tr("▶ Start"),
                    TaskState.RUNNING: self.tr("❚❚ Pause"),
                    TaskState.PAUSED: self.tr("▶ Resume"),
                    TaskState.DONE: self.tr("▶ Restart")}[selected.state]
        self.toggle_button.setText(text)  # short: it fits the column at every width
        self.toggle_button.setToolTip(
            self.tr("Ctrl+Space. Acts on the selected task, “{task}”; “{running}” is paused "
                    "first.").format(task=selected.title, running=running.title)
            if running and running.id != selected.id else
            self.tr("Ctrl+Space. Acts on the selected task, “{task}”.").format(
                task=selected.title))
        ended = self.context.workspace.session.ended_ms is not None
        # a paused task can be finished after the session ended, at its last pause
        self.finish_button.setEnabled(selected.state is TaskState.PAUSED or (
            not ended and selected.state is TaskState.RUNNING))

    # commands ------------------------------------------------------------
    def selected_task(self) -> Task | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.task_at(index.row())

    def select_task(self, task_id: int) -> None:
        row = self.model.row_of(task_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))

    def select_relative(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.view.selectionModel().currentIndex().row()
        self.view.selectRow(max(0, min(count - 1, current + step)))
        self.view.setCurrentIndex(self.model.index(max(0, min(count - 1, current + step)), 0))

    def toggle_selected(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        if task.state is TaskState.DONE and QMessageBox.question(
                self, self.tr("Restart a finished task?"),
                self.tr("“{task}” is done. Restart its timer? The new time is added to the "
                        "{time} already recorded.").format(
                    task=task.title, time=format_duration(task.actual_ms(self.context.now_ms()))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        services, session_id = self.context.services, self.context.session_id
        if self.context.workspace.session.started_ms is None and not self._agreed_first():
            return
        self.context.apply(lambda: services.sessions.toggle_task(session_id, task.id))

    def _agreed_first(self) -> bool:
        """Before the first task: what the candidate has not acknowledged or agreed to yet
        is asked for right here, and stamped with the real time. False: do not start."""
        services, session_id = self.context.services, self.context.session_id
        missing = self.context.run(lambda: services.agreements.missing_before_work(session_id))
        if not missing:
            return missing is not None
        answer = ask_before_work(self, missing)
        if answer == "record":
            return self.context.apply(
                lambda: services.agreements.record_all_now(session_id, missing)) is not None
        return answer == "start"

    def finish_selected(self) -> None:
        """Finish the selected task. The selection stays where the observer sees it: the
        next Alt+↓ moves from there, and nothing else starts until they say so."""
        task = self.selected_task()
        if task is None:
            return
        services, session_id = self.context.services, self.context.session_id
        end = False
        if task.state is TaskState.RUNNING and services.sessions.is_last_open(session_id,
                                                                            task.id):
            answer = ask_end_with_last_task(self, task.title)
            if answer is None:
                return
            end = answer
        self.context.apply(lambda: services.sessions.finish_task(session_id, task.id,
                                                                 end_if_last=end))


BEFORE_WORK = {"briefing_acknowledged_ms": str(QT_TRANSLATE_NOOP(
                   "TimerPanel", "acknowledged the task briefing")),
               "confidentiality_accepted_ms": str(QT_TRANSLATE_NOOP(
                   "TimerPanel", "accepted the confidentiality and IP agreement")),
               "consent_given_ms": str(QT_TRANSLATE_NOOP(
                   "TimerPanel", "consented to notes being taken"))}


def ask_two_ways(parent: QWidget, title: str, text: str, yes: str,
                 other: str) -> bool | None:
    """A question with a default way (True), another way (False), and Cancel (None)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    first = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    second = box.addButton(other, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(first)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is first else False if clicked is second else None


def ask_before_work(parent: QWidget, missing: list[str]) -> str | None:
    """Ask before the first task whether the candidate has now done what is MISSING:
    "record" (stamp it now), "start" (start without: the finalise checklist will say so)
    or None (not yet)."""
    lines = "\n".join(f"• {QCoreApplication.translate('TimerPanel', BEFORE_WORK[field])}"
                      for field in missing)
    answer = ask_two_ways(
        parent, QCoreApplication.translate("TimerPanel", "Before the work starts"),
        QCoreApplication.translate(
            "TimerPanel", "The candidate has not yet:\n{missing}\n\nThe law and a fair "
            "record want these before the first task. Has the candidate done so now?"
        ).format(missing=lines),
        QCoreApplication.translate("TimerPanel", "Yes: record it now and start"),
        QCoreApplication.translate("TimerPanel", "Start without"))
    return None if answer is None else "record" if answer else "start"


def ask_end_with_last_task(parent: QWidget, title: str) -> bool | None:
    """The last task is being finished: end the session with it (True: its clock and the
    paid time stop now), only finish the task (False), or neither (None)."""
    return ask_two_ways(
        parent, QCoreApplication.translate("TimerPanel", "The last task"),
        QCoreApplication.translate(
            "TimerPanel", "“{task}” is the last task. End the session now? Its clock and the "
            "paid time stop now; notes and scores can still be added.").format(task=title),
        QCoreApplication.translate("TimerPanel", "Finish it and end the session"),
        QCoreApplication.translate("TimerPanel", "Only finish the task"))
