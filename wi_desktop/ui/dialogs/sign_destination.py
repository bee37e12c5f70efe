"""Where the sign dialog saves the PDF: the path, checked before signing, and the folder used
last time."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wi_desktop.core.errors import WiError
from wi_desktop.ui.dialogs.sign_parts import _message_label
from wi_desktop.ui.dialogs.sign_sections import Refusal
from wi_desktop.wiring import Services

LAST_FOLDER_KEY = "last_signed_folder"


class DestinationBox(QGroupBox):
    """The path to save the signed PDF at, typed or chosen, and what is wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Save as"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Where to save the signed PDF"))
        self.path_edit.textChanged.connect(self.path_edit.setToolTip)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setToolTip(self.tr("Choose the folder and file name in a file "
                                              "dialog"))
        self.error = _message_label(self)
        self.another_place = QPushButton(self.tr("Choose another &place…"), self)
        self.another_place.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        problem = QHBoxLayout()
        problem.addWidget(self.error, 1)
        problem.addWidget(self.another_place, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(problem)

    def path(self, folder: Path, confirmed: Path | None) -> Path | Refusal:
        """The PDF to write: a relative path is taken in FOLDER and ".pdf" is added. A file
        there is replaced only if it is CONFIRMED (chosen in the system's dialog, which asked).
        A Refusal whose field is another_place: the folder itself cannot be used."""
        text = self.path_edit.text().strip()
        if not text:
            return Refusal(self.error, self.tr("Choose where to save the PDF."), self.path_edit)
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = folder / path
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if not path.parent.is_dir():
            why = (self.tr("“{path}” cannot be saved: “{folder}” is a file, not a folder.")
                   if path.parent.exists() else
                   self.tr("“{path}” cannot be saved: “{folder}” is not a folder that exists."))
            return Refusal(self.error, why.format(path=path, folder=path.parent),
                           self.another_place)
        if path.is_file() and path != confirmed:
            return Refusal(self.error, self.tr("“{path}” already exists. Choose another name, "
                                               "or pick it with “Choose…” to replace it.").format(
                path=path), self.path_edit)
        return path


def last_folder(services: Services) -> Path:
    """The folder a signed PDF was last saved in, else the documents folder, else home."""
    try:
        remembered = services.sessions.setting(LAST_FOLDER_KEY)
    except WiError:
        remembered = None
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(services: Services, folder: Path) -> None:
    with contextlib.suppress(WiError):  # only a convenience for next time
        services.sessions.remember(LAST_FOLDER_KEY, str(folder))
