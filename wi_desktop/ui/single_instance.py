"""One copy of the program per data folder: a lock file, and a local socket through which a
second copy asks the first to come to the front."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from wi_desktop.core.errors import ReadOnlyError

if TYPE_CHECKING:  # QtNetwork loads after the window is shown
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
LOCK_NAME = "wi-desktop.lock"
ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 500
ACTIVATE_PATIENCE_S = 2.0  # the first copy listens 0.3 s after its window shows


def server_name(data_dir: Path) -> str:
    from PySide6.QtCore import QCryptographicHash

    hashed = QCryptographicHash.hash(str(data_dir.resolve()).encode("utf-8"),
                                     QCryptographicHash.Algorithm.Sha256)
    digest = bytes(hashed.toHex().data()).decode("ascii")[:16]
    return f"wi-desktop-{digest}"


class InstanceGuard(QObject):
    """Holds the data folder's lock while the program runs."""

    sig_activate_requested = Signal()
    """Another copy was started on the same data folder and asked this one to show itself."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this copy now owns the folder. A lock left by a killed copy is
        reclaimed: Qt sees that its process is gone."""
        if self._lock.tryLock(100):
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            raise ReadOnlyError(
                f"“{self.data_dir}” cannot be written, so your notes could not be saved there.",
                hint="Choose another folder for your data.")
        log.info("data folder %s is locked by another copy", self.data_dir)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def listen(self) -> None:
        """Answer other copies started on the same folder (call once the window is up)."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket left by a killed copy
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        if not self._server.listen(name):
            log.warning("cannot listen for other copies: %s", self._server.errorString())

    def _on_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._read(socket))
        socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            log.info("another copy asked this window to come to the front")
            self.sig_activate_requested.emit()


def ask_running_copy_to_activate(data_dir: Path) -> bool:
    """Tell the copy holding data_dir to bring its window to the front. A copy that has
    just started answers a moment after its window shows: keep trying for a while."""
    import time

    from PySide6.QtNetwork import QLocalSocket

    name = server_name(data_dir)
    deadline = time.monotonic() + ACTIVATE_PATIENCE_S
    socket = QLocalSocket()
    socket.connectToServer(name)
    while not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)  # not listening yet (it was just started), or gone
        socket.abort()
        socket.connectToServer(name)
    socket.write(ACTIVATE)
    socket.flush()
    sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent
