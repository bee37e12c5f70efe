"""Regenerate the application icon's PNG renders (and the Windows .ico) from the SVG.

    .venv/bin/python packaging/render_icons.py

Reads resources/icons/wi-desktop.svg and writes, beside it, wi-desktop-<N>.png for every
size in SIZES and wi-desktop.ico (PNG-compressed entries, as Windows Vista and later read
them). Uses Qt's own SVG renderer, so nothing beyond PySide6 is needed and no display either.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG_PATH = ICON_DIR / "wi-desktop.svg"


def png_path(size: int, icon_dir: Path = ICON_DIR) -> Path:
    return icon_dir / f"wi-desktop-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size x size image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as one entry (width/height byte 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = [], []
    for size in sorted(pngs):
        blob = pngs[size]
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def main(argv: list[str] | None = None) -> int:
    del argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    pngs = {size: render_png(SVG_PATH, size) for size in SIZES}
    for size, blob in pngs.items():
        path = png_path(size)
        state = "wrote" if _write_if_changed(path, blob) else "unchanged"
        print(f"{state:9} {path.relative_to(ICON_DIR.parent.parent)}")
    ico = ICON_DIR / "wi-desktop.ico"
    state = "wrote" if _write_if_changed(ico, ico_bytes(pngs)) else "unchanged"
    print(f"{state:9} {ico.relative_to(ICON_DIR.parent.parent)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
