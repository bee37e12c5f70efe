"""Where data, logs and resources live (platformdirs), overridable with --data-dir."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "wi-desktop"
APP_AUTHOR = "wi-desktop"
DATA_FILE_NAME = "wi-desktop.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """Where this copy keeps its data file, backups, keys and logs."""

    data_dir: Path
    log_dir: Path

    @property
    def data_file(self) -> Path:
        return self.data_dir / DATA_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def key_dir(self) -> Path:
        """The observers' signing keys (owner-only files)."""
        return self.data_dir / "keys"


def app_paths(data_dir: Path | None = None) -> AppPaths:
    """The folders to use: DIR for everything when given, else the platform's defaults."""
    if data_dir is not None:
        data_dir = data_dir.expanduser().resolve()
        return AppPaths(data_dir=data_dir, log_dir=data_dir / "logs")
    import platformdirs

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def resource_dir() -> Path:
    """The shipped resources: beside the package in a checkout, inside a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


SYNC_FOLDER_MARKERS = ("dropbox", "onedrive", "icloud drive", "icloud~", "mobile documents",
                       "google drive", "googledrive", "my drive", "nextcloud", "owncloud",
                       "pcloud", "box sync", "sync.com")
NETWORK_FILESYSTEMS = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
                       "afpfs", "davfs", "fuse.rclone", "fuse.gvfsd-fuse")


def risky_location(folder: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """Why SQLite files in this folder may be damaged (a cloud-sync or network folder)."""
    text = str(folder).lower()
    for marker in SYNC_FOLDER_MARKERS:
        if marker in text:
            return (f"Your data folder “{folder}” looks like a cloud-sync folder. Sync programs "
                    "can copy a database while it is being written and damage it.")
    if text.startswith(("\\\\", "//")):
        return f"Your data folder “{folder}” is on a network share."
    fs_type = _filesystem_type(folder, mounts_file)
    if fs_type in NETWORK_FILESYSTEMS:
        return f"Your data folder “{folder}” is on a network file system ({fs_type})."
    return None


def _filesystem_type(folder: Path, mounts_file: Path) -> str | None:
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    resolved = str(folder.resolve())
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type
