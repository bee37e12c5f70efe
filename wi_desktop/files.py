"""Writing a file whole or not at all, with failures in words. No Qt, nothing heavy:
the signing keys, signed PDFs and the printed briefing all save through here."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from wi_desktop.core.errors import FileWriteError, WiError


@contextlib.contextmanager
def writing_errors(path: Path, error: type[WiError]) -> Iterator[None]:
    """An OSError while writing PATH becomes ERROR, saying in words why and what to do."""
    try:
        yield
    except OSError as exc:
        raise _write_error(path, exc, error) from exc


def _write_error(path: Path, exc: OSError, error: type[WiError]) -> WiError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        why = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "that folder cannot be written"
    elif exc.errno == errno.ENOTDIR:
        why = "part of that path is a file, not a folder"
    elif exc.errno == errno.ENOENT:
        why = "that folder does not exist"
    else:
        why = exc.strerror or str(exc)
    hint = ("Nothing was written there. Choose another folder." if error is FileWriteError
            else "Nothing was written. Check that this folder can be written and has space.")
    return error(f"“{path}” could not be saved: {why}.", hint=hint)


def write_file_atomically(path: Path, data: bytes, *, mode: int = 0o644,
                          error: type[WiError] = FileWriteError) -> None:
    """Write ``data`` to ``path`` whole or not at all: temp file beside it, fsync, replace."""
    folder = path.parent
    with writing_errors(path, error):
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    temp = Path(temp_name)
    try:
        with writing_errors(path, error):
            with os.fdopen(fd, "wb") as file:
                if os.name != "nt":
                    os.fchmod(file.fileno(), mode)
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, path)
            fsync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def fsync_folder(folder: Path) -> None:
    """Make the rename durable; Windows cannot open folders (NTFS journals it)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
