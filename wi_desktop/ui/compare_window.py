"""Compare candidates: one column per candidate, one row per fact, sorted by any row (click
its title; again for the other way), their profiles charted below; the chart saved as PNG
or SVG, and the whole signed as a PDF for the hiring file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.comparison.facts import Candidate, Comparison, Row
from wi_desktop.core.errors import WiError
from wi_desktop.ui.counts import notes_counted
from wi_desktop.ui.session_model import decimal_point, recommendation_words
from wi_desktop.wiring import Services

_ROOT = QModelIndex()
_FACT_ROWS = (Row.COMPOSITE, None, Row.RECOMMENDATION, Row.TASK_TIME, Row.PAY, Row.DATE,
              Row.OBSERVERS)  # None: the competencies, one row each, go there


class ComparisonModel(QAbstractTableModel):
    """Rows are facts (composite, each competency, recommendation, time, pay, date,
    observers); columns are candidates."""

    def __init__(self, comparison: Comparison, locale: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.locale = locale
        self.comparison = comparison
        self.rows: list[Row | str] = []
        for row in _FACT_ROWS:
            self.rows += list(comparison.competencies) if row is None else [row]

    def set_comparison(self, comparison: Comparison) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.comparison.candidates)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.comparison.candidates[section].candidate  # whole, when shortened
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.comparison.candidates[section].candidate
        row = self.rows[section]
        return self._row_title(row) if isinstance(row, Row) else row

    def _row_title(self, row: Row) -> str:
        return {Row.COMPOSITE: self.tr("Composite"), Row.RECOMMENDATION: self.tr("Recommendation"),
                Row.TASK_TIME: self.tr("Time on tasks"), Row.PAY: self.tr("Pay owed"),
                Row.DATE: self.tr("Date"), Row.OBSERVERS: self.tr("Observers")}[row]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        candidate = self.comparison.candidates[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(candidate, row)
        if role == Qt.ItemDataRole.ToolTipRole and not isinstance(row, Row):
            count = candidate.evidence.get(row, 0)
            return (self.tr("1 note backs this score up") if count == 1 else
                    self.tr("{count} notes back this score up").format(count=count))
        if role == Qt.ItemDataRole.FontRole and not isinstance(row, Row) \
                and candidate.has(row) and candidate.score(row) is None:
            font = QFont()
            font.setItalic(True)  # not observed: not a score
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, candidate: Candidate, row: Row | str) -> str:
        from wi_desktop.core.business import money

        if row == Row.COMPOSITE:
            return "—" if candidate.composite is None else \
                f"{candidate.composite:.2f}".replace(".", decimal_point())
        if row == Row.RECOMMENDATION:
            return recommendation_words(candidate.recommendation)
        so_far = " " + self.tr("(so far: running)") if candidate.running else ""
        if row == Row.TASK_TIME:
            return self.tr("{actual} of {planned} min").format(
                actual=round(candidate.task_ms / 60_000),
                planned=round(candidate.planned_ms / 60_000)) + so_far
        if row == Row.PAY:
            return self.tr("unpaid or not decided") if candidate.owed_cents is None else \
                money(candidate.owed_cents, candidate.currency, self.locale) + so_far
        if row == Row.DATE:
            from PySide6.QtCore import QDate, QLocale

            return QLocale().toString(QDate.fromString(candidate.day, "yyyy-MM-dd"),
                                      QLocale.FormatType.ShortFormat)
        if row == Row.OBSERVERS:
            return ", ".join(candidate.observers) or "—"
        if not candidate.has(str(row)):
            return "—"
        level = candidate.score(str(row))
        notes = candidate.evidence.get(str(row), 0)
        if level is None:
            return self.tr("Not observed · {notes}").format(notes=notes_counted(notes))
        return self.tr("{level} of {scale} · {notes}").format(
            level=level, scale=candidate.scale_max, notes=notes_counted(notes))


class CompareWindow(QDialog):
    """The comparison of the sessions it was opened with."""

    def __init__(self, services: Services, comparison: Comparison,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.comparison = comparison
        self.sorted_by: tuple[Row | str, bool] | None = None
        roles = sorted({c.role for c in comparison.candidates}, key=str.casefold)
        self.setWindowTitle(self.tr("Compare candidates — {role}").format(
            role=roles[0] if len(roles) == 1 else self.tr("several roles")))
        self.setSizeGripEnabled(True)
        locale = services.business.business().locale
        self.model = ComparisonModel(comparison, locale, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Candidates side by side"))
        self.table.setAccessibleDescription(self.tr(
            "A column per candidate, a row per fact. Click a row's title to sort the "
            "candidates by it; again for the other way."))
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionsClickable(True)
        self.table.verticalHeader().sectionClicked.connect(self.sort_by_row)
        self.chart = QLabel(self)
        self.chart.setAccessibleName(self.tr("Competency profiles"))
        self.chart.setAccessibleDescription(self.tr(
            "Each candidate's scores as a line with a shape of its own; not observed "
            "breaks the line."))
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self._build()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.show_chart)  # the table first; the chart just after

    def _build(self) -> None:
        chart_area = QScrollArea(self)
        chart_area.setWidget(self.chart)
        chart_area.setWidgetResizable(True)
        chart_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(chart_area)
        splitter.setSizes([320, 300])
        header = self.table.horizontalHeader()
        header.setMaximumSectionSize(220)  # a long name is shortened (its tip says it all)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.save_chart_button = QPushButton(self.tr("Save &chart…"), self)
        self.save_chart_button.setToolTip(self.tr("The chart as a PNG picture or an SVG "
                                                  "drawing"))
        self.sign_button = QPushButton(self.tr("Signed &PDF…"), self)
        self.sign_button.setToolTip(self.tr("The comparison and its chart as a PDF signed "
                                            "by an observer, for the hiring file"))
        close = QPushButton(self.tr("Close"), self)
        close.setToolTip(self.tr("Close the comparison (Esc)"))
        close.clicked.connect(self.close)
        self.save_chart_button.clicked.connect(self.save_chart)
        self.sign_button.clicked.connect(self.sign)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_chart_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        hint = QLabel(self.tr("Click a row's title to sort by it. “Not observed” is not a "
                              "score: it is left out of the composite."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        if self.comparison.mixed_roles:
            self.notice.setText(self.tr("These candidates were seen for different roles: "
                                        "their scores may not measure the same things."))
            layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def share_height(self) -> None:
        """Every row of the table in sight when the window has the room, the chart below;
        on a small screen the table first, the chart scrolled to."""
        rows = self.model.rowCount()
        table = (self.table.verticalHeader().defaultSectionSize() * rows
                 + self.table.horizontalHeader().height() + 24)
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([min(table, max(total - 120, total // 2)),
                                max(120, total - table)])

    def sort_by_row(self, section: int) -> None:
        row = self.model.rows[section]
        descending = not (self.sorted_by is not None and self.sorted_by == (row, True))
        self.sorted_by = (row, descending)
        self.comparison = self.comparison.sorted_by(row, descending)
        self.model.set_comparison(self.comparison)
        self.show_chart()

    def svg(self) -> bytes:
        from wi_desktop.comparison.chart import chart_svg
        from wi_desktop.languages.documents import writing_in
        from wi_desktop.languages.install import window_language

        with writing_in(window_language()):
            return chart_svg(self.comparison)

    def png(self, scale: float = 2.0) -> QImage:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(self.svg()))
        size = renderer.defaultSize()
        image = QImage(QSize(int(size.width() * scale), int(size.height() * scale)),
                       QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        return image

    def show_chart(self) -> None:
        """Draw the chart as wide as the window allows (its text stays readable)."""
        ratio = self.devicePixelRatioF() or 1.0
        fit = max(1.0, min(1.35, (self.width() - 80) / 560))
        pixmap = QPixmap.fromImage(self.png(scale=fit * ratio))
        pixmap.setDevicePixelRatio(ratio)
        self.chart.setPixmap(pixmap)

    def save_chart(self) -> None:
        from wi_desktop.files import write_file_atomically

        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), "comparison.png",
            self.tr("PNG picture (*.png);;SVG drawing (*.svg)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
            if path.exists() and not self._may_replace(path):  # not the file asked about
                return
        try:
            if path.suffix.lower() == ".svg":
                data = self.svg()
            else:
                buffer = QByteArray()
                from PySide6.QtCore import QBuffer, QIODevice

                device = QBuffer(buffer)
                device.open(QIODevice.OpenModeFlag.WriteOnly)
                self.png().save(device, "PNG")  # type: ignore[call-overload]
                data = bytes(buffer.data())
            write_file_atomically(path, data, mode=0o644)
        except WiError as error:
            self._tell(error)
            return
        self.notice.setText(self.tr("Chart saved as {file}.").format(file=path.name))
        self.notice.show()

    def _may_replace(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("“{file}” already exists. Replace it with the chart?").format(
                file=str(path)), buttons.Yes | buttons.No, buttons.No) == buttons.Yes

    def sign(self) -> None:
        from wi_desktop.ui.dialogs.compare_sign import CompareSignDialog

        dialog = CompareSignDialog(self.services, self.comparison, self)
        dialog.exec()
        if dialog.signed_path is not None:
            self.notice.setText(self.tr("The comparison was signed and saved as {file}.")
                                .format(file=str(dialog.signed_path)))
            self.notice.show()

    def _tell(self, error: WiError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, error.heading, f"{error.message}\n\n{error.hint}".strip())


def open_comparison(services: Services, session_ids: list[int],
                    parent: QWidget | None = None, *, role: str = "") -> CompareWindow | None:
    """Show the comparison of SESSION_IDS (with fewer than two, of every session for ROLE);
    None, said in words, when it cannot be made."""
    try:
        if len(session_ids) < 2 and role:
            session_ids = services.comparison.sessions_of_role(role)
        comparison = services.comparison.compare(session_ids)
    except WiError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, error.heading, f"{error.message}\n\n{error.hint}".strip())
        return None
    from PySide6.QtCore import QSize

    from wi_desktop.ui.screen_fit import fit_to_screen

    window = CompareWindow(services, comparison.sorted_by(Row.COMPOSITE, True), parent)
    window.sorted_by = (Row.COMPOSITE, True)
    fit_to_screen(window, QSize(1100, 760))  # never larger than the screen's room
    window.show()
    window.share_height()
    return window
