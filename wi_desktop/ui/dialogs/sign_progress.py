"""Signing under way: the job on its worker thread, and its steps shown beside the buttons."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from wi_desktop.core.versions import SignedFile
from wi_desktop.export.documents import STEPS
from wi_desktop.ui.dialogs.sign_sections import MUTED_STYLE
from wi_desktop.ui.sign_worker import SignJob, SignWorker

NO_CANCEL = str(QT_TRANSLATE_NOOP(
    "SignProgress", "Signing cannot be stopped once it has begun; it takes a few seconds."))


class SignProgress(QWidget):
    """Runs a SignJob on a SignWorker and shows the step it is at; it cannot be stopped.

    It is busy until the thread has finished, a moment after sig_signed or sig_failed."""

    sig_signed = Signal(object)
    """The PDF is signed and saved; carries the SignedFile."""
    sig_failed = Signal(object)
    """Nothing was signed; carries the WiError to show in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker: SignWorker | None = None
        self.file_name = ""
        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEPS)
        self.progress.setTextVisible(False)
        self.step_label = QLabel(self)
        self.no_cancel_label = QLabel(self.tr(NO_CANCEL), self)
        self.no_cancel_label.setStyleSheet(MUTED_STYLE)
        self.no_cancel_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.step_label, self.progress, self.no_cancel_label):
            layout.addWidget(widget)
        self.hide()

    def start(self, job: SignJob) -> None:
        self.file_name = job.request.out_path.name
        worker = self.worker = SignWorker(job, self)
        worker.sig_progress.connect(self.show_step)
        worker.sig_signed.connect(self._signed)
        worker.sig_failed.connect(self.sig_failed)
        worker.finished.connect(self._finished)
        worker.start()

    def show_step(self, step: int, text: str) -> None:
        """Step STEP began; TEXT is the signing's own English words for it, shown only
        for a step this dialog has no words of its own for."""
        words = {1: self.tr("Unlocking the signing key"), 2: self.tr("Building the PDF"),
                 3: self.tr("Signing"),
                 4: self.tr("Saving {file}").format(file=self.file_name)}.get(step, text)
        self.progress.setValue(max(0, step - 1))
        self.step_label.setText(self.tr("Step {step} of {steps}: {doing}").format(
            step=max(step, 1), steps=STEPS, doing=words))

    def insist(self) -> None:
        """Say it louder: signing cannot be stopped (after Esc or Cancel while it runs)."""
        self.no_cancel_label.setStyleSheet("font-weight: bold;")

    def is_busy(self) -> bool:
        return self.worker is not None

    def wait_until_done(self, timeout_ms: int) -> bool:
        return self.worker is None or self.worker.wait(timeout_ms)

    def _signed(self, signed: SignedFile) -> None:
        self.progress.setValue(STEPS)
        self.sig_signed.emit(signed)

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
