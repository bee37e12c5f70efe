"""Signing from the window: the mark, the key, the place; the work off the UI thread; amending.

A real data file and real keys in a temp folder; the demo session is what gets signed.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog

from wi_desktop.core.demo import create_demo_session
from wi_desktop.core.errors import NotFound
from wi_desktop.export.documents import SignRequest
from wi_desktop.export.keys import ObserverKeyStore
from wi_desktop.export.signing import verify_pdf
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.dialogs.amend import AmendDialog
from wi_desktop.ui.dialogs.finalise import FinaliseDialog
from wi_desktop.ui.dialogs.sign import SignDialog
from wi_desktop.ui.sign_worker import SignJob, SignWorker, UnexpectedSigningError

PASSPHRASE = "correct horse battery"
OBSERVER = "Sam Okafor"  # the demo session's observer
LEFT = Qt.MouseButton.LeftButton
SIGNING_TIMEOUT_MS = 60_000


@pytest.fixture
def demo_id(service) -> int:
    return create_demo_session(service)


@pytest.fixture
def context(service, demo_id) -> SessionContext:
    return SessionContext(service, demo_id)


@pytest.fixture
def keys(tmp_path) -> ObserverKeyStore:
    return ObserverKeyStore(tmp_path / "keys")


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def open_dialog(qtbot, context, keys, out, **options) -> SignDialog:
    dialog = SignDialog(context, keys, default_folder=out, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def finalise_directly(context) -> None:
    record, sid = context.services, context.session_id
    record.finalising.finalise(sid, acknowledged=record.finalising.finalise_warnings(sid))


def is_finalised(context) -> bool:
    return context.services.finalising.facts(context.session_id).finalised_ms is not None


def answer_review(dialog, *, finalise: bool = True, competency: bool = True) -> list[int]:
    """Click through the (modal) finalise review once it opens; returns its warning count."""
    seen: list[int] = []

    def step(tries: int = 0) -> None:
        review = QApplication.activeModalWidget()
        if not isinstance(review, FinaliseDialog):
            if tries < 500:
                QTimer.singleShot(10, dialog, lambda: step(tries + 1))
            return
        seen.append(len(review.warnings))
        if finalise:
            review.reviewed.setChecked(True)
            review.finalise_button.click()
        else:
            if not competency:
                review.warning_list.setCurrentRow(-1)
            review.back_button.click()

    QTimer.singleShot(0, dialog, step)
    return seen


def type_passphrase(qtbot, dialog, secret: str = PASSPHRASE, again: str | None = None) -> None:
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, secret)  # ASCII only: keyClicks aborts otherwise
    if dialog.passphrase_again.isVisible():
        dialog.passphrase_again.setText(secret if again is None else again)


def sign_and_wait(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.sign_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=SIGNING_TIMEOUT_MS)


def draw_signature(qtbot, pad) -> None:
    points = [QPoint(40 + i * 9, 70 - (25 if i % 3 == 0 else 0)) for i in range(30)]
    qtbot.mousePress(pad, LEFT, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, LEFT, Qt.KeyboardModifier.NoModifier, points[-1])


# the form ------------------------------------------------------------------------------
def test_it_proposes_a_file_in_the_chosen_folder_and_follows_the_kind(qtbot, context, keys,
                                                                      out):
    dialog = open_dialog(qtbot, context, keys, out)
    path = Path(dialog.path_edit.text())
    assert path.parent == out
    assert path.name.startswith("Alex Rivera (demo)") and path.name.endswith("summary.pdf")
    assert not dialog.include_scores.isEnabled()
    dialog.kind_buttons["letter"].setChecked(True)
    assert dialog.path_edit.text().endswith("letter.pdf")
    assert dialog.include_scores.isEnabled()
    assert "feedback letter" in dialog.heading.text()
    assert dialog.typed_name.text() == OBSERVER
    assert "adopts this mark as your signature" in dialog.findChild(
        QObject, "legalMeaning").text()


def test_a_first_signature_asks_twice_and_explains_the_key(qtbot, context, keys, out):
    dialog = open_dialog(qtbot, context, keys, out)
    assert dialog.first_key
    assert "first signature on this computer" in dialog.key_box.intro.text()
    assert "8 characters or more" in dialog.key_box.intro.text()
    assert dialog.passphrase_again.isVisible() and dialog.organisation.isVisible()
    assert "stays on this computer" in dialog.key_box.explained.text()
    assert "certificate" in dialog.key_box.explained.text()


@pytest.mark.parametrize(("secret", "again", "words"), [
    ("short", "short", "too short: it has 5 characters"),
    ("", "", "A passphrase is needed"),
    (PASSPHRASE, PASSPHRASE + "x", "The two passphrases differ"),
])
def test_a_weak_or_mismatched_new_passphrase_is_refused_before_any_work(
        qtbot, context, keys, out, secret, again, words):
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog, secret, again)
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert dialog.passphrase_error.isVisible()
    assert words in dialog.passphrase_error.text()
    assert not dialog.is_busy() and dialog.isVisible()
    assert not keys.exists(OBSERVER)
    assert not is_finalised(context)  # nothing happened: not even the review
    assert list(Path(out).iterdir()) == []


def test_an_existing_key_asks_for_its_passphrase_once(qtbot, context, keys, out):
    keys.create(OBSERVER, PASSPHRASE)
    dialog = open_dialog(qtbot, context, keys, out)
    assert not dialog.first_key
    assert "Sam Okafor's signing key" in dialog.key_box.intro.text()
    assert not dialog.passphrase_again.isVisible()
    assert not dialog.organisation.isVisible()
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert "Enter your passphrase" in dialog.passphrase_error.text()


def test_a_drawn_mark_needs_ink_and_a_typed_one_a_name(qtbot, context, keys, out):
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    dialog.drawn_button.setChecked(True)
    assert dialog.mark_box.stack.currentWidget() is dialog.pad
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert "Draw your signature" in dialog.mark_error.text()
    dialog.typed_button.setChecked(True)
    dialog.typed_name.setText("   ")
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert "Type your name" in dialog.mark_error.text()
    assert not dialog.is_busy() and not is_finalised(context)


def test_a_destination_under_a_file_names_the_path_and_offers_another_place(
        qtbot, context, keys, out):
    blocker = out / "notes.txt"
    blocker.write_text("a file, not a folder")
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    wanted = blocker / "summary.pdf"
    dialog.path_edit.setText(str(wanted))
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert str(wanted) in dialog.path_error.text()
    assert "is a file, not a folder" in dialog.path_error.text()
    assert dialog.another_place.isVisible()
    assert dialog.another_place.text() == "Choose another &place…"
    assert not dialog.is_busy() and not is_finalised(context)


def test_an_existing_file_is_not_replaced_unless_chosen_in_the_file_dialog(
        qtbot, context, keys, out, monkeypatch):
    existing = out / "taken.pdf"
    existing.write_bytes(b"%PDF-1.7 someone else's")
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    dialog.path_edit.setText(str(existing))
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert "already exists" in dialog.path_error.text()
    monkeypatch.setattr(dialog, "ask_save_path", lambda *_args: existing)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog._destination() == existing  # the system's dialog asked to replace it


# signing -------------------------------------------------------------------------------
def test_signing_the_demo_session_writes_a_pdf_that_verifies(qtbot, context, keys, out):
    dialog = open_dialog(qtbot, context, keys, out)
    dialog.drawn_button.setChecked(True)
    draw_signature(qtbot, dialog.pad)
    type_passphrase(qtbot, dialog)
    dialog.organisation.setText("Corner Cafe Ltd")
    assert not is_finalised(context)
    reviewed = answer_review(dialog)
    sign_and_wait(qtbot, dialog)
    assert reviewed and reviewed[0] >= 1  # the warnings were shown before finalising
    signed = dialog.signed_file
    assert signed is not None, dialog.error_label.text()
    pdf = Path(signed.path)
    assert pdf.parent == out and pdf.read_bytes().startswith(b"%PDF")
    assert b"/Subtype /Image" in pdf.read_bytes()  # the drawn mark is on the page
    result = verify_pdf(pdf)
    assert result.ok, result.reason
    assert result.signer == OBSERVER
    assert signed.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert (signed.kind, signed.version) == ("summary", 1)
    assert is_finalised(context)  # signing finalised the record (and stopped its clock)
    assert context.services.sessions.workspace(context.session_id).session.ended_ms is not None
    assert context.services.finalising.signed_files(context.session_id) == [signed]
    assert keys.exists(OBSERVER)
    text = dialog.result_label.text()
    assert "Signed and saved:" in text and str(pdf) in text
    assert "version 1" in text and f"SHA-256 {signed.sha256[:16]}…" in text
    assert dialog.result_page.isVisible() and not dialog.form.isVisible()
    assert dialog.close_button.isVisible() and not dialog.sign_button.isVisible()


def test_the_window_stays_responsive_while_signing(qtbot, context, keys, out):
    finalise_directly(context)
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    ticks: list[float] = []
    ticker = QTimer(dialog)
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    steps: list[str] = []
    ticker.start()
    started = time.perf_counter()
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert dialog.is_busy()
    assert not dialog.form.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.progress_row.isVisible()
    dialog.worker.sig_progress.connect(lambda _step, text: steps.append(text))
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=SIGNING_TIMEOUT_MS)
    total = time.perf_counter() - started
    ticker.stop()
    assert dialog.signed_file is not None, dialog.error_label.text()
    during = [t for t in ticks if t >= started]
    gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
    assert len(during) > 10, "the event loop hardly ran while signing"
    assert max(gaps) < total / 2, f"longest stall {max(gaps):.3f} s of {total:.3f} s"
    assert "Building the PDF" in steps and "Signing" in steps


def test_the_dialog_cannot_be_closed_while_signing(qtbot, context, keys, out):
    finalise_directly(context)
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert "cannot be stopped" in dialog.no_cancel_label.text()
    assert dialog.no_cancel_label.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=SIGNING_TIMEOUT_MS)
    assert dialog.signed_file is not None
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_wrong_passphrase_is_said_beside_the_field_and_can_be_retried(
        qtbot, context, keys, out):
    keys.create(OBSERVER, PASSPHRASE)
    finalise_directly(context)
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog, "not the passphrase")
    sign_and_wait(qtbot, dialog)
    assert dialog.signed_file is None
    assert dialog.isVisible() and dialog.form.isEnabled() and dialog.sign_button.isEnabled()
    assert "not right" in dialog.passphrase_error.text()
    assert dialog.passphrase_error.isVisible()
    assert dialog.passphrase.hasFocus()
    assert list(out.iterdir()) == []
    type_passphrase(qtbot, dialog)
    sign_and_wait(qtbot, dialog)
    assert dialog.signed_file is not None
    assert verify_pdf(Path(dialog.signed_file.path)).ok


def test_a_second_signature_uses_the_key_and_makes_version_two(qtbot, context, keys, out):
    finalise_directly(context)
    first = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, first)
    sign_and_wait(qtbot, first)
    second = open_dialog(qtbot, context, keys, out)
    assert not second.first_key
    assert second.path_edit.text().endswith("summary - v2.pdf")
    type_passphrase(qtbot, second)
    sign_and_wait(qtbot, second)
    assert second.signed_file is not None and second.signed_file.version == 2
    assert b"/Subtype /Image" not in Path(second.signed_file.path).read_bytes()  # typed mark
    assert "version 2" in second.result_label.text()


def test_a_failed_write_names_the_path_and_another_place_can_be_chosen(
        qtbot, context, keys, out, monkeypatch):
    finalise_directly(context)
    occupied = out / "summary.pdf"
    occupied.mkdir()  # a folder where the file should go: the write itself fails
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    dialog.path_edit.setText(str(occupied))
    sign_and_wait(qtbot, dialog)
    assert dialog.signed_file is None
    assert str(occupied) in dialog.path_error.text()
    assert "Choose another folder" in dialog.path_error.text()
    assert dialog.another_place.isVisible() and dialog.isVisible()
    elsewhere = out / "elsewhere.pdf"
    monkeypatch.setattr(dialog, "ask_save_path", lambda *_args: elsewhere)
    qtbot.mouseClick(dialog.another_place, LEFT)
    assert dialog.path_edit.text() == str(elsewhere)
    assert not dialog.another_place.isVisible()
    type_passphrase(qtbot, dialog)
    assert not dialog.first_key  # the key was made on the first try; it is used now
    sign_and_wait(qtbot, dialog)
    assert dialog.signed_file is not None and Path(dialog.signed_file.path) == elsewhere


def test_going_back_from_the_review_signs_nothing(qtbot, context, keys, out):
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    answer_review(dialog, finalise=False, competency=False)
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert "Nothing was signed" in dialog.error_label.text()
    assert not is_finalised(context) and not dialog.is_busy()
    assert not keys.exists(OBSERVER) and list(out.iterdir()) == []


def test_going_back_to_a_competency_closes_the_dialog_naming_it(qtbot, context, keys, out):
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    answer_review(dialog, finalise=False)
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.chosen_competency is not None
    assert not is_finalised(context)


# after signing -------------------------------------------------------------------------
class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_folder_and_export_certificate(qtbot, context, keys, out, tmp_path, monkeypatch):
    finalise_directly(context)
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    sign_and_wait(qtbot, dialog)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        qtbot.mouseClick(dialog.open_folder_button, LEFT)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(out)]
    certificate = tmp_path / "Sam Okafor.pem"
    monkeypatch.setattr(dialog, "ask_save_path", lambda *_args: certificate)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert certificate.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert str(certificate) in dialog.certificate_label.text()
    assert verify_pdf(Path(dialog.signed_file.path),
                      trusted_cert_pem=certificate.read_bytes()).ok


def test_the_folder_used_is_proposed_next_time(qtbot, context, keys, out):
    finalise_directly(context)
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog)
    sign_and_wait(qtbot, dialog)
    later = SignDialog(context, keys)  # no folder given: the last one used
    qtbot.addWidget(later)
    assert Path(later.path_edit.text()).parent == out


# the worker on its own -------------------------------------------------------------------
def test_the_worker_reports_errors_in_words_and_bugs_without_a_traceback(
        qtbot, context, keys, out, db_path, caplog):
    request = SignRequest(session_id=9999, kind="summary", out_path=out / "x.pdf",
                          passphrase=PASSPHRASE)
    worker = SignWorker(SignJob(db_path, context.services.clock, keys, request))
    with qtbot.waitSignal(worker.sig_failed, timeout=SIGNING_TIMEOUT_MS) as failed:
        worker.start()
    worker.wait()
    assert isinstance(failed.args[0], NotFound)
    request = SignRequest(session_id=context.session_id, kind="summary",
                          out_path=out / "x.pdf", passphrase=PASSPHRASE)
    no_keys = None  # a bug: the job has no key store
    broken = SignWorker(SignJob(db_path, context.services.clock, no_keys, request))
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(broken.sig_failed,
                                                          timeout=SIGNING_TIMEOUT_MS) as bug:
        broken.start()
    broken.wait()
    assert isinstance(bug.args[0], UnexpectedSigningError)
    assert "Traceback" not in str(bug.args[0]) and "log" in str(bug.args[0])
    assert "signing failed unexpectedly" in caplog.text


# amending ------------------------------------------------------------------------------
def test_amending_needs_who_and_why_then_reopens_the_record(qtbot, context):
    finalise_directly(context)
    dialog = AmendDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.who.text() == OBSERVER
    qtbot.mouseClick(dialog.amend_button, LEFT)
    assert "reason" in dialog.error_label.text() and dialog.isVisible()
    assert is_finalised(context)
    dialog.who.clear()
    dialog.reason.setPlainText("The agreed rate was $19")
    qtbot.mouseClick(dialog.amend_button, LEFT)
    assert "who is amending" in dialog.error_label.text()
    assert is_finalised(context)
    dialog.who.setText(OBSERVER)
    qtbot.mouseClick(dialog.amend_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not is_finalised(context)
    [amendment] = context.services.finalising.amendments(context.session_id)
    assert (amendment.amended_by, amendment.reason) == (OBSERVER, "The agreed rate was $19")
    assert dialog.amendment == amendment


def test_amending_says_signed_versions_stay_and_the_next_is_a_new_version(
        qtbot, context, keys, out):
    finalise_directly(context)
    signer = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, signer)
    sign_and_wait(qtbot, signer)
    dialog = AmendDialog(context)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QObject, "amendExplanation").text()
    assert "stay as they are" in text and "version 2" in text



def test_signing_an_amendment_shows_what_changed_since_the_last_version(
        qtbot, context, keys, out, tmp_path):
    finalise_directly(context)
    first = open_dialog(qtbot, context, keys, out)
    qtbot.waitUntil(lambda: first.amendment_read, timeout=5000)  # read on its own thread
    assert first.amendment_label.isHidden()  # nothing was amended
    type_passphrase(qtbot, first)
    sign_and_wait(qtbot, first)
    services, sid = context.services, context.session_id
    services.finalising.amend(sid, amended_by=OBSERVER, reason="The agreed rate was $19")
    services.pay.update_pay(sid, {"hourly_rate_cents": 1900}, changed_by=OBSERVER,
                            reason="The agreed rate was $19")
    second = open_dialog(qtbot, context, keys, tmp_path / "v2.pdf")
    qtbot.waitUntil(lambda: second.amendment_read, timeout=5000)
    assert not second.amendment_label.isHidden()
    text = second.amendment_label.text()
    assert "An amendment of version 1" in text
    assert "Pay: hourly rate: $18.00 → $19.00" in text

def test_amending_an_unfinalised_record_is_refused_in_words(qtbot, context):
    dialog = AmendDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("Typo in the pay")
    qtbot.mouseClick(dialog.amend_button, LEFT)
    assert "not finalised" in dialog.error_label.text()
    assert dialog.isVisible()


def test_the_passphrases_differ_word_goes_once_they_are_mended(qtbot, context, keys, out):
    dialog = open_dialog(qtbot, context, keys, out)
    type_passphrase(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert dialog.passphrase_error.isVisible()
    dialog.passphrase_again.setFocus()
    qtbot.keyClick(dialog.passphrase_again, Qt.Key.Key_Backspace)  # now the same
    assert not dialog.passphrase_error.isVisible()  # the word is no longer true


def test_a_message_does_not_move_the_buttons(qtbot, context, keys, out):
    dialog = open_dialog(qtbot, context, keys, out)
    dialog.move(dialog.x(), 200)  # room above it on the test's screen
    before = dialog.sign_button.mapToGlobal(dialog.sign_button.rect().topLeft())
    type_passphrase(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.sign_button, LEFT)
    assert dialog.passphrase_error.isVisible()
    after = dialog.sign_button.mapToGlobal(dialog.sign_button.rect().topLeft())
    # without this, the message pushed them ~35 px down; a few px of relayout remain
    assert abs(after.y() - before.y()) <= 8, (before, after)


def test_the_letter_is_signed_in_the_language_chosen_and_the_choice_kept_for_the_session(
        qtbot, context, keys, out, service):
    import shutil
    import subprocess

    from ..languages.test_languages import speaking

    keys.create(OBSERVER, PASSPHRASE)
    finalise_directly(context)
    with speaking(service, "de"):  # the window speaks German: so does the letter at first
        dialog = open_dialog(qtbot, context, keys, out)
        assert dialog.document.document_language() == "de"
        dialog.close()
    dialog = open_dialog(qtbot, context, keys, out)  # back in English, nothing chosen yet
    assert dialog.document.document_language() == "en"
    dialog.kind_buttons["letter"].setChecked(True)
    language = dialog.document.language
    language.setCurrentIndex(language.findData("es"))  # the candidate reads Spanish
    type_passphrase(qtbot, dialog)
    sign_and_wait(qtbot, dialog)
    signed = dialog.signed_file
    assert signed is not None, dialog.error_label.text()
    assert verify_pdf(Path(signed.path)).ok
    tool = shutil.which("pdftotext")
    if tool is not None:
        text = " ".join(subprocess.run([tool, signed.path, "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        assert "Su tiempo y su pago" in text and "Your time and pay" not in text
    again = open_dialog(qtbot, context, keys, out)
    assert again.document.document_language() == "es"
    other = SessionContext(service, create_demo_session(service))
    assert open_dialog(qtbot, other, keys, out).document.document_language() == "en"
