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
    data_dir: Path
    log_dir: Path

    @property
    def data_file(self) -> Path:
        return self.data_dir / DATA_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


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
