"""The pages of a PDF the app wrote, as pixels: the window's preview of the contact-card sheets
and what it sends to the system printer.

The window shows and prints the very PDF that ``print_cards``/``preview_cards`` wrote, not a
second drawing of the cards, so what the clerk sees is what is saved and printed. Qt's own PDF
module comes in a separate wheel (``pyside6-pdf``) that exists only for PySide6 6.12, which this
project cannot use (see docs: 6.12 crashes Python 3.11), so the pages are rendered with PDFium
(``pypdfium2``: Apache-2.0/BSD-3 wheels for Windows and Linux). PDFium is not thread-safe: every
call goes through one lock, so a preview and a print job never render at once.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium

from app.paper.files import Progress, finished, report

_LOCK = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """One rendered page: 8-bit RGB, rows ``stride`` bytes apart, at ``dpi``."""

    width: int
    height: int
    stride: int
    data: bytes
    dpi: float


def page_count(path: str | os.PathLike[str]) -> int:
    with _LOCK:
        doc = pdfium.PdfDocument(str(path))
        try:
            return len(doc)
        finally:
            doc.close()


def render_pages(path: str | os.PathLike[str], dpi: float,
                 on_page: Callable[[PageImage], None], pages: Sequence[int] | None = None,
                 on_progress: Progress | None = None) -> int:
    """Render ``pages`` (all by default) of the PDF at ``dpi`` and hand each to ``on_page`` in
    turn (a sheet at 300 dpi is ~26 MB: the caller draws it and lets it go before the next).
    The document is closed before this returns, whatever happens. Returns pages rendered."""
    with _LOCK:
        doc = pdfium.PdfDocument(str(path))
        try:
            which = list(range(len(doc)) if pages is None else pages)
            for n, index in enumerate(which):
                report(on_progress, n, len(which))
                page = doc[index]
                try:
                    bitmap = page.render(scale=dpi / 72, rev_byteorder=True,
                                         may_draw_forms=True)
                    img = PageImage(bitmap.width, bitmap.height, bitmap.stride,
                                    bytes(bitmap.buffer), dpi)
                    bitmap.close()
                finally:
                    page.close()
                on_page(img)
            finished(on_progress, len(which))
            return len(which)
        finally:
            doc.close()
