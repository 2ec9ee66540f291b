"""A streaming workbook that looks like a government ledger when printed.

openpyxl's write-only mode keeps memory flat for 100,000 rows, but its per-cell styling API is
slow. Here each style is registered once and shared; every cell is bound directly to its value
and type — text is always a text cell, so nothing a user typed can become a formula (see
``safe_cells``). Each sheet gets a merged title row, a bold bordered header repeated on every
printed page, frozen panes, fixed column widths, A4 landscape fitted to the page width and a
page-number footer.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from app.paper.files import atomic_path
from app.paper.safe_cells import FORMULA_START, clean_text

_ILLEGAL_FIRST = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]").search

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT_NAME = "宋体"
MAX_SHEET_ROWS = 1_048_576 - 10  # Excel's limit, less the title and header rows


@dataclass(frozen=True)
class Column:
    """A column: its header, its width in characters, and how values are shown."""

    header: str
    width: float = 12
    kind: str = "text"  # text | wrap | int | date | pct | num


class _Styles:
    """Each style registered once with the workbook; cells share the arrays."""

    def __init__(self, wb: Workbook) -> None:
        ws = wb.create_sheet("_styles")  # a scratch sheet to build the template cells on
        font = Font(name=FONT_NAME, size=10)
        mid = Alignment(vertical="center")
        wrap = Alignment(vertical="center", wrap_text=True)
        centre = Alignment(horizontal="center", vertical="center")

        def make(**kw: Any) -> StyleArray:
            c = _cell(ws)
            for k, v in kw.items():
                setattr(c, k, v)
            return c._style

        self.kind: dict[str, StyleArray] = {
            "text": make(font=font, border=BOX, alignment=mid, number_format="@"),
            "wrap": make(font=font, border=BOX, alignment=wrap, number_format="@"),
            "int": make(font=font, border=BOX, alignment=centre, number_format="0"),
            "num": make(font=font, border=BOX, alignment=centre, number_format="0.00"),
            "pct": make(font=font, border=BOX, alignment=centre, number_format="0.0%"),
            "date": make(font=font, border=BOX, alignment=centre, number_format="yyyy-mm-dd"),
        }
        self.quoted: dict[str, StyleArray] = {}
        for k in ("text", "wrap"):
            c = _cell(ws, StyleArray(self.kind[k]))
            c.quotePrefix = True
            self.quoted[k] = c._style
        self.header = make(font=Font(name=FONT_NAME, size=10, bold=True), border=BOX,
                           alignment=Alignment(horizontal="center", vertical="center",
                                               wrap_text=True),
                           fill=PatternFill("solid", fgColor="D9D9D9"))
        registry: Any = wb._cell_styles  # type: ignore[attr-defined]  # openpyxl's style table
        self.sid = {k: registry.add(v) for k, v in self.kind.items()}
        self.quoted_sid = {k: registry.add(v) for k, v in self.quoted.items()}
        self.title = make(font=Font(name=FONT_NAME, size=16, bold=True), alignment=centre)
        self.subtitle = make(font=Font(name=FONT_NAME, size=10), alignment=Alignment(
            horizontal="left", vertical="center"))
        self.section = make(font=Font(name=FONT_NAME, size=11, bold=True),
                            alignment=Alignment(horizontal="left", vertical="center"))
        wb.remove(ws)


class LedgerSheet:
    """One worksheet being streamed: title row, header row, then data rows."""

    def __init__(self, book: LedgerBook, ws: Worksheet, columns: Sequence[Column],
                 title: str, subtitle: str = "", widths: Sequence[float] | None = None,
                 repeat_header: bool = True) -> None:
        self.book = book
        self.ws = ws
        self.columns = list(columns)
        self.rows_written = 0
        self._kinds = [c.kind for c in self.columns]
        st = book.styles
        widths = list(widths) if widths else [c.width for c in self.columns]
        width = max(1, len(widths))
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        last = get_column_letter(width)
        header_row = 3 if subtitle else 2
        # write-only streams the sheet's top (views, properties) with the first row:
        # everything about the sheet itself is set before any row is appended.
        if self.columns:
            ws.freeze_panes = f"A{header_row + 1}"
            # the title and subtitle print once; the header row on every page
            ws.print_title_rows = f"{header_row}:{header_row}" if repeat_header else None
        _print_setup(ws)
        ws.row_dimensions[1].height = 28
        ws.append([self._styled(title, st.title)])
        if width > 1:
            ws.merged_cells.add(f"A1:{last}1")
        if subtitle:
            ws.append([self._styled(subtitle, st.subtitle)])
            if width > 1:
                ws.merged_cells.add(f"A2:{last}2")
        if self.columns:
            ws.append([self._styled(c.header, st.header) for c in self.columns])
        self.next_row = header_row + 1

    def _styled(self, value: Any, style: StyleArray) -> Any:
        c = _cell(self.ws, style)
        _bind(c, value)
        return c

    def row_kinds(self, values: Sequence[Any], kinds: Sequence[str]) -> None:
        """One row whose cells are typed one by one (the summary's figures)."""
        saved = self._kinds
        self._kinds = list(kinds)
        try:
            self.row(values)
        finally:
            self._kinds = saved

    def row(self, values: Sequence[Any]) -> None:
        """One data row; each value typed by its column (text cells stay text)."""
        ws = self.ws
        kinds = self._kinds
        styles = self.book.styles
        sid = styles.sid
        cells = []
        for i, v in enumerate(values):
            kind = kinds[i] if i < len(kinds) else "text"
            if v is None or v == "":
                cells.append(_FastCell(ws, sid[kind], None, "n"))
            elif isinstance(v, str):
                if _ILLEGAL_FIRST(v):
                    v = clean_text(v)
                if v.startswith(FORMULA_START):
                    cells.append(_FastCell(ws, styles.quoted_sid.get(kind, sid["text"]), v, "s"))
                else:
                    cells.append(_FastCell(ws, sid[kind], v, "s"))
            elif isinstance(v, bool):
                cells.append(_FastCell(ws, sid[kind], v, "b"))
            elif isinstance(v, (int, float)):
                cells.append(_FastCell(ws, sid[kind], v, "n"))
            elif isinstance(v, (date, datetime)):
                cells.append(_FastCell(ws, sid[kind], v, "d"))
            else:
                cells.append(_FastCell(ws, sid[kind], clean_text(str(v)), "s"))
        ws.append(cells)
        self.rows_written += 1
        self.next_row += 1

    def rows(self, rows: Iterable[Sequence[Any]]) -> int:
        n = 0
        for r in rows:
            self.row(r)
            n += 1
        return n

    def blank(self) -> None:
        self.ws.append([None])
        self.next_row += 1

    def section(self, text: str, columns: Sequence[Column]) -> None:
        """A second table further down the same sheet (the summary's per-cadre rows)."""
        st = self.book.styles
        self.ws.append([self._styled(text, st.section)])
        self.next_row += 1
        self.ws.append([self._styled(c.header, st.header) for c in columns])
        self.next_row += 1
        self._kinds = [c.kind for c in columns]


class _FastCell(Cell):
    """A data cell with its style already registered: openpyxl's writer asks every cell for
    ``style_id`` (hashing its style array) and ``has_style``; here both are fixed, which is
    most of what styled cells otherwise cost over plain values in write-only mode."""

    __slots__ = ("_sid",)
    has_style = True

    def __init__(self, ws: Any, sid: int, value: Any, data_type: str) -> None:
        self.parent = ws
        self._style = None
        self._sid = sid
        self.row = 1
        self.column = 1
        self._value = value
        self.data_type = data_type
        self._hyperlink = None
        self._comment = None

    @property
    def style_id(self) -> int:
        return self._sid


def _cell(ws: Any, style: StyleArray | None = None) -> Any:
    """A cell bound later by hand (typed ``Any``: we set openpyxl's private value fields)."""
    return Cell(ws, row=1, column=1, style_array=style)


def _cells_to_row(values: Sequence[Cell | None], row_idx: int) -> Iterable[Cell]:
    for col_idx, cell in enumerate(values, 1):
        if cell is None:
            continue
        cell.column = col_idx
        cell.row = row_idx
        yield cell


def _bind(c: Any, v: Any) -> None:
    if v is None:
        return
    if isinstance(v, str):
        c._value = clean_text(v)
        c.data_type = "s"
    else:
        c.value = v


def _print_setup(ws: Worksheet) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    footer: Any = ws.oddFooter
    footer.center.text = "第 &P 页，共 &N 页"


class LedgerBook:
    """A write-only workbook of ledger sheets, saved through a temp file and a rename."""

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)
        self.styles = _Styles(self.wb)

    def sheet(self, name: str, columns: Sequence[Column], title: str,
              subtitle: str = "", widths: Sequence[float] | None = None,
              repeat_header: bool = True) -> LedgerSheet:
        ws = self.wb.create_sheet(_sheet_name(name))
        # Rows here are always made of ready Cells: skip openpyxl's try-value-then-cell
        # conversion, which raises and catches a ValueError for every styled cell.
        ws._values_to_row = _cells_to_row  # type: ignore[attr-defined]
        return LedgerSheet(self, ws, columns, title, subtitle, widths, repeat_header)

    def stream(self, name: str, columns: Sequence[Column], title: str, subtitle: str,
               rows: Iterable[Sequence[Any]], max_rows: int = MAX_SHEET_ROWS) -> int:
        """Write ``rows`` to a sheet, continuing on “name (2)”, “name (3)” … when a sheet
        is full (Excel stops at 1,048,576 rows). Returns the number of rows written."""
        part = 1
        sh = self.sheet(name, columns, title, subtitle)
        n = 0
        for r in rows:
            if sh.rows_written >= max_rows:
                part += 1
                sh = self.sheet(f"{name}（{part}）", columns, f"{title}（续{part - 1}）",
                                subtitle)
            sh.row(r)
            n += 1
        return n

    def save(self, path: str | os.PathLike[str]) -> None:
        with atomic_path(path) as tmp:
            self.wb.save(tmp)


def _sheet_name(name: str) -> str:
    for ch in "[]:*?/\\":
        name = name.replace(ch, "_")
    return name[:31]
