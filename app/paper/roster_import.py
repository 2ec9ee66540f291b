"""Importing the household roster from the village's own spreadsheet (W2).

Village sheets are made by hand: a title and a merged "填报单位" line above the header, header
names that vary from village to village, group numbers in merged cells down the side, blank and
subtotal rows, full-width digits, stray spaces, a lowercase check letter, ID numbers Excel has
already destroyed. Reading is split from applying so a window can show the preview and let the
clerk map columns it did not recognise:

    preview = read_roster(path)              # RosterPreview: rows, detected header mapping
    report = apply_roster(ctx, preview)      # ImportReport: inserted/updated/unchanged/errors

Rows are numbered as the clerk sees them in Excel (the spreadsheet's own row number; for CSV,
the record number). All valid rows go in ONE transaction; invalid rows are reported with row,
column and reason and not stored. Households are matched by ID number, else by name and group,
so importing the same file again changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from app.context import AppContext
from app.errors import MinqingError, ValidationError, ValidationErrors
from app.i18n import field_label, tr
from app.paper.files import Progress, atomic_path, finished, report
from app.paper.safe_cells import Masker, clean_text, needs_guard
from app.services.bulk import insert_rows, stamp
from app.services.households import HouseholdInput, encode_tags, search_keys, validate
from app.services.station import ensure_group, get_station, parse_group_number
from app.validation import mask_numbers_in, normalize_text
from models import Group, Household
from models.base import new_id, utcnow
from models.vocab import HOUSEHOLD_TAGS, StationKind

FIELDS = ("head_name", "id_number", "phone", "group", "members_count", "address", "tags", "note")

# Header words villages use, normalised (no spaces, half-width). Longer, more specific words
# are tried first so "户主身份证号" is the ID column, not the head's name.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "head_name": ("户主姓名", "户主名字", "户主名称", "户主", "姓名", "名字"),
    "id_number": ("公民身份号码", "身份证号码", "户主身份证号码", "户主身份证号", "身份证号",
                  "身份证", "证件号码", "身份号码"),
    "phone": ("联系电话", "手机号码", "电话号码", "联系方式", "手机号", "手机", "电话"),
    "group": ("村民小组", "所在组", "组别", "小组", "组名", "组"),
    "members_count": ("家庭人口数", "家庭人口", "家庭人数", "户人口数", "人口数", "人口", "人数"),
    "address": ("家庭住址", "居住地址", "现住址", "住址", "地址"),
    "tags": ("户类型", "户类别", "户属性", "户别", "类别", "类型", "标签"),
    "note": ("备注", "说明"),
    # not a household field: on a sheet listing every person, only the heads' rows are
    # households and the others are counted as their members
    "relation": ("与户主关系", "家庭关系", "关系"),
}
IGNORED_HEADERS = ("序号", "编号", "行号", "性别", "年龄", "民族", "出生日期")
HEAD_WORDS = ("户主", "本人", "户主本人")
SUBTOTAL = re.compile(r"^(合\s*计|小\s*计|总\s*计|共\s*计|总数|合计户数)")
NOT_A_TAG = {"一般户", "普通户", "无", "否", "/", "-", "—"}
_TAG_SPLIT = re.compile(r"[、,，;；/\s|]+")
_BRACKETS = re.compile(r"[（(【\[].*?[）)】\]]")
MAX_HEADER_SCAN = 30


class RosterUnreadable(MinqingError):
    """The file cannot be read at all (exit 1): not a spreadsheet, no header, wrong encoding."""


@dataclass
class RosterPreview:
    """What was read from the file, before anything is written."""

    path: Path
    sheet: str
    header_row: int  # Excel row number of the header
    headers: list[str]  # the header cells as written, by column index
    mapping: dict[str, int]  # field -> column index (0-based), as detected
    unrecognised: list[tuple[int, str]]  # (column index, header text) nobody claimed
    rows: list[tuple[int, list[str]]]  # (Excel row number, cell texts) after the header
    encoding: str = ""

    def column_name(self, index: int) -> str:
        """'C（身份证号码）' — the letter the clerk sees above the column, and its header."""
        head = self.headers[index] if index < len(self.headers) else ""
        letter = get_column_letter(index + 1)
        return f"{letter}（{head}）" if head else letter


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    field: str
    code: str
    message: str


@dataclass
class ImportReport:
    status: str  # "applied" | "preview"
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # blank/subtotal/header rows
    errors: list[RowError] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"status": self.status, "inserted": self.inserted, "updated": self.updated,
                "unchanged": self.unchanged,
                "errors": [{"row": e.row, "column": e.column, "message": e.message}
                           for e in self.errors]}


# ---------------------------------------------------------------------------------- reading

def _norm_header(text: str) -> str:
    text = normalize_text(text)
    text = _BRACKETS.sub("", text)
    return re.sub(r"[\s:：*＊]+", "", text)


def _match_header(text: str) -> str | None:
    h = _norm_header(text)
    if not h:
        return None
    for fld, words in SYNONYMS.items():
        if h in words:
            return fld
    # "户主身份证号码（必填）", "联系电话1": containment, most specific word first
    best: tuple[int, str] | None = None
    for fld, words in SYNONYMS.items():
        for w in words:
            if len(w) >= 2 and w in h and (best is None or len(w) > best[0]):
                best = (len(w), fld)
    return best[1] if best else None


def _cell_text(value: Any) -> str:
    """A cell as the text a clerk would read; numbers without Excel's float artefacts."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, (int, float)) and abs(value) >= 1e15:
        # An ID number Excel turned into a number: show it as the clerk sees it in the cell
        # ("4.30525E+17"), so the check says what happened instead of "wrong length".
        mantissa, exp = f"{value:.5E}".split("E")
        return f"{mantissa.rstrip('0').rstrip('.')}E+{int(exp)}"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(str(value))


def _read_xlsx(path: Path, sheet: str | None) -> tuple[str, list[tuple[int, list[str]]]]:
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:  # zip errors, XML errors, "not a zip file"…
        raise RosterUnreadable("roster_unreadable", path=str(path), detail=str(exc)) from exc
    ws = wb[sheet] if sheet and sheet in wb.sheetnames else wb.worksheets[0]
    grid: dict[tuple[int, int], Any] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                grid[(int(cell.row), int(cell.column))] = cell.value  # type: ignore[arg-type]
    # Merged cells hold their value in the top-left cell only: a group number merged down the
    # side of its households belongs to every row of the range.
    for rng in ws.merged_cells.ranges:
        top = grid.get((rng.min_row, rng.min_col))
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if top is not None:
                    grid[(r, c)] = top
    max_row = max((r for r, _ in grid), default=0)
    max_col = max((c for _, c in grid), default=0)
    rows = []
    for r in range(1, max_row + 1):
        rows.append((r, [_cell_text(grid.get((r, c))) for c in range(1, max_col + 1)]))
    wb.close()
    return ws.title, rows


def _decode(raw: bytes) -> tuple[str, str]:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise RosterUnreadable("roster_encoding", path="")


def _read_csv(path: Path) -> tuple[str, list[tuple[int, list[str]]], str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RosterUnreadable("roster_unreadable", path=str(path), detail=str(exc)) from exc
    try:
        text, enc = _decode(raw)
    except RosterUnreadable as exc:
        raise RosterUnreadable("roster_encoding", path=str(path)) from exc
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    # Excel numbers a CSV's rows by record, so a quoted multi-line cell is still one row.
    rows = [(i, [_unguard(clean_text(c)) for c in rec]) for i, rec in enumerate(reader, start=1)]
    return path.stem, rows, enc


def _unguard(text: str) -> str:
    """Undo the apostrophe our own CSV export puts before = + - @ (see ``safe_cells``)."""
    return text[1:] if text.startswith("'") and needs_guard(text[1:]) else text


def _detect_header(rows: list[tuple[int, list[str]]]) -> tuple[int, dict[str, int]]:
    """The row with a name column and the most recognised headers; ties go to the row with
    more distinct cells (a merged title spread over the columns counts once)."""
    best: tuple[int, tuple[int, int], dict[str, int]] | None = None
    for idx, (_, cells) in enumerate(rows[:MAX_HEADER_SCAN]):
        mapping: dict[str, int] = {}
        for ci, text in enumerate(cells):
            fld = _match_header(text)
            if fld and fld not in mapping:
                mapping[fld] = ci
        score = (len(mapping), len({c.strip() for c in cells if c.strip()}))
        if "head_name" in mapping and (score[1] >= 2 or score[0] >= 2) and (
                best is None or score > best[1]):
            best = (idx, score, mapping)
    if best is None:
        raise RosterUnreadable("roster_no_header", path="")
    return best[0], best[2]


def read_roster(path: str | Path, sheet: str | None = None) -> RosterPreview:
    """Read a roster file (.xlsx/.xlsm or .csv/.txt, UTF-8 or GBK) and detect its header."""
    path = Path(path)
    if not path.is_file():
        raise RosterUnreadable("roster_unreadable", path=str(path), detail="not found")
    encoding = ""
    if path.suffix.lower() in (".csv", ".txt"):
        title, rows, encoding = _read_csv(path)
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        title, rows = _read_xlsx(path, sheet)
    elif path.suffix.lower() == ".xls":
        raise RosterUnreadable("roster_xls", path=str(path))
    else:
        raise RosterUnreadable("roster_unreadable", path=str(path), detail=path.suffix)
    try:
        hidx, mapping = _detect_header(rows)
    except RosterUnreadable as exc:
        raise RosterUnreadable("roster_no_header", path=str(path)) from exc
    header_row, headers = rows[hidx]
    claimed = set(mapping.values())
    unrecognised = [(i, h) for i, h in enumerate(headers)
                    if h.strip() and i not in claimed
                    and _norm_header(h) not in IGNORED_HEADERS]
    return RosterPreview(path=path, sheet=title, header_row=header_row, headers=list(headers),
                         mapping=mapping, unrecognised=unrecognised, rows=rows[hidx + 1:],
                         encoding=encoding)


# --------------------------------------------------------------------------------- applying

@dataclass
class _Parsed:
    row: int
    data: HouseholdInput
    present: set[str]  # fields the file has a column for (others are left as stored)


def _get(cells: list[str], mapping: dict[str, int], fld: str) -> str:
    i = mapping.get(fld)
    return cells[i] if i is not None and i < len(cells) else ""


def _skip_reason(cells: list[str], mapping: dict[str, int], headers: list[str]) -> str | None:
    texts = [c.strip() for c in cells]
    if not any(texts):
        return "blank"
    first = next(t for t in texts if t)
    if SUBTOTAL.match(normalize_text(first)) or SUBTOTAL.match(
            normalize_text(_get(cells, mapping, "head_name"))):
        return "subtotal"
    if [_norm_header(t) for t in texts[:len(headers)]] == [_norm_header(h) for h in headers]:
        return "header"  # the header repeated (sheets printed page by page)
    if _match_header(_get(cells, mapping, "head_name")) == "head_name":
        return "header"  # the second line of a two-line header
    return None


def _tag(text: str) -> str:
    """'低保' → '低保户' (sheets often drop the 户); unknown words are left to validation."""
    if text not in HOUSEHOLD_TAGS and text + "户" in HOUSEHOLD_TAGS:
        return text + "户"
    return text


def _parse_int(text: str, default: int) -> int | None:
    t = normalize_text(text)
    if not t:
        return default
    m = re.fullmatch(r"(\d+)\s*(口人|人|口)?", t)
    return int(m.group(1)) if m else None


def _parse_row(excel_row: int, cells: list[str], mapping: dict[str, int]
               ) -> tuple[_Parsed | None, list[tuple[str, ValidationError]]]:
    errors: list[tuple[str, ValidationError]] = []
    present = {f for f in FIELDS if f in mapping}
    name = re.sub(r"[\s\u3000]+", "", normalize_text(_get(cells, mapping, "head_name")))
    group_text = normalize_text(_get(cells, mapping, "group"))
    group: int | None = None
    if group_text:
        group = parse_group_number(group_text)
        if group is None:
            errors.append(("group", ValidationError("group", "unknown_value", value=group_text)))
    members_text = _get(cells, mapping, "members_count")
    members = _parse_int(members_text, 1)
    if members is None:
        errors.append(("members_count", ValidationError("members_count", "unknown_value",
                                                        value=members_text)))
        members = 1
    tags = [_tag(t) for t in _TAG_SPLIT.split(normalize_text(_get(cells, mapping, "tags")))
            if t and t not in NOT_A_TAG]
    data = HouseholdInput(
        head_name=name, group_number=group,
        id_number=_get(cells, mapping, "id_number"),
        phone=_get(cells, mapping, "phone"), members_count=members,
        address=re.sub(r"\s+", " ", _get(cells, mapping, "address")),
        tags=tags, note=_get(cells, mapping, "note"))
    try:
        clean = validate(data)
    except ValidationErrors as e:
        errors.extend((err.field, err) for err in e.errors)
        clean = None
    if errors:
        return None, errors
    assert clean is not None
    return _Parsed(excel_row, clean, present), []


def _row_error(preview: RosterPreview, row: int, fld: str, err: MinqingError,
               mapping: dict[str, int], lang: str) -> RowError:
    idx = mapping.get(fld)
    column = preview.column_name(idx) if idx is not None else field_label(fld, lang)
    # Refusals travel to the screen, the terminal and --json: the value they quote is masked.
    reason = mask_numbers_in(tr(err.code, lang, **err.params))
    return RowError(row=row, column=column, field=fld, code=err.code, message=reason)


def _village_for(ctx: AppContext, village_code: str | None) -> str:
    with ctx.read() as s:
        st = get_station(s)
    assert st is not None
    if village_code:
        return village_code
    if st.kind == StationKind.TOWNSHIP:
        raise MinqingError("roster_needs_village")
    return st.code


def apply_roster(ctx: AppContext, preview: RosterPreview, mapping: dict[str, int] | None = None,
                 *, dry_run: bool = False, village_code: str | None = None,
                 on_progress: Progress | None = None) -> ImportReport:
    """Check every row, then write all valid rows in one transaction (unless ``dry_run``).

    ``mapping`` overrides the detected header mapping (the window's column dialog)."""
    mapping = dict(preview.mapping if mapping is None else mapping)
    if "head_name" not in mapping:
        raise MinqingError("roster_no_name_column")
    lang = ctx.lang
    village = _village_for(ctx, village_code)
    rep = ImportReport(status="preview" if dry_run else "applied")
    parsed: list[_Parsed] = []
    first_seen: dict[tuple[str, str], int] = {}
    total = len(preview.rows)
    count_members = "relation" in mapping and "members_count" not in mapping
    last_head: _Parsed | None = None
    for n, (excel_row, cells) in enumerate(preview.rows, start=1):
        if n % 200 == 0:
            report(on_progress, n, total)
        why = _skip_reason(cells, mapping, preview.headers)
        if why:
            rep.skipped.append((excel_row, why))
            continue
        relation = _norm_header(_get(cells, mapping, "relation"))
        if relation and relation not in HEAD_WORDS:
            rep.skipped.append((excel_row, "member"))
            if count_members and last_head is not None:
                last_head.data.members_count = min(30, last_head.data.members_count + 1)
            continue
        last_head = None
        item, errs = _parse_row(excel_row, cells, mapping)
        if errs:
            rep.errors.extend(_row_error(preview, excel_row, f, e, mapping, lang)
                              for f, e in errs)
            continue
        assert item is not None
        d = item.data
        key = ("id", d.id_number) if d.id_number else ("name", f"{d.head_name}|{d.group_number}")
        if key in first_seen:
            fld = "id_number" if key[0] == "id" else "head_name"
            rep.errors.append(_row_error(preview, excel_row, fld, MinqingError(
                "roster_duplicate", first=first_seen[key]), mapping, lang))
            continue
        first_seen[key] = excel_row
        if count_members:
            item.present.add("members_count")
        parsed.append(item)
        last_head = item

    with ctx.uow() as uow:
        s = uow.session
        groups = {num: gid for num, gid in s.execute(
            select(Group.number, Group.id).where(Group.village_code == village,
                                                 Group.deleted.is_(False)))}
        existing = list(s.execute(select(Household).where(
            Household.village_code == village, Household.deleted.is_(False))).scalars())
        by_id = {h.id_number: h for h in existing if h.id_number}
        by_name: dict[tuple[str, str | None], list[Household]] = {}
        for h in existing:
            by_name.setdefault((h.head_name, h.group_id), []).append(h)
        now = utcnow()
        new_rows: list[dict[str, Any]] = []
        for n, item in enumerate(parsed, start=1):
            if n % 200 == 0:
                report(on_progress, n, len(parsed))
            d = item.data
            gid: str | None = None
            if d.group_number is not None:
                gid = groups.get(d.group_number)
                if gid is None and not dry_run:
                    gid = ensure_group(uow, village, d.group_number)
                    groups[d.group_number] = gid
                elif gid is None:
                    gid = f"new-group-{d.group_number}"
            match: Household | None = by_id.get(d.id_number) if d.id_number else None
            if match is None:
                same = [h for h in by_name.get((d.head_name, gid), [])
                        if not d.id_number or not h.id_number]
                if len(same) == 1:
                    match = same[0]
            values: dict[str, Any] = {"head_name": d.head_name}
            if "group" in item.present and d.group_number is not None:
                values["group_id"] = gid
            if "id_number" in item.present and d.id_number:
                values["id_number"] = d.id_number
            if "phone" in item.present and d.phone:
                values["phone"] = d.phone
            if "members_count" in item.present:
                values["members_count"] = d.members_count
            if "address" in item.present and d.address:
                values["address"] = d.address
            if "tags" in item.present:
                values["tags"] = encode_tags(d.tags)
            if "note" in item.present and d.note:
                values["note"] = d.note
            if match is not None:
                merged = {k: v for k, v in values.items() if getattr(match, k) != v}
                if not merged:
                    rep.unchanged += 1
                    continue
                rep.updated += 1
                if not dry_run:
                    full = {**{k: getattr(match, k) for k in ("head_name", "id_number", "phone")},
                            **merged}
                    merged.update(search_keys(full["head_name"], full["id_number"],
                                              full["phone"]))
                    uow.update_record(match, "household", **merged)
                continue
            rep.inserted += 1
            row = {"id": new_id(), "village_code": village, "group_id": gid,
                   "head_name": d.head_name, "id_number": d.id_number, "phone": d.phone,
                   "members_count": d.members_count, "address": d.address,
                   "tags": encode_tags(d.tags), "note": d.note,
                   **search_keys(d.head_name, d.id_number, d.phone)}
            new_rows.append(stamp(row, uow.origin_code, uow.actor, now))
            # a later row in the same file with the same key is already reported as duplicate
        if dry_run:
            return rep
        insert_rows(uow, Household, new_rows)
        uow.audit("import", "household", village, {
            "file": preview.path.name, "inserted": rep.inserted, "updated": rep.updated,
            "unchanged": rep.unchanged, "refused": len({e.row for e in rep.errors}),
            "ids": [r["id"] for r in new_rows]})
        uow.commit()
    finished(on_progress, len(parsed))
    return rep


def import_roster(ctx: AppContext, path: str | Path, *, dry_run: bool = False,
                  village_code: str | None = None,
                  on_progress: Progress | None = None) -> tuple[RosterPreview, ImportReport]:
    """Read and apply in one call (the CLI)."""
    preview = read_roster(path)
    return preview, apply_roster(ctx, preview, dry_run=dry_run, village_code=village_code,
                                 on_progress=on_progress)


# ----------------------------------------------------------------------- the refusal report

def save_report(preview: RosterPreview, rep: ImportReport, out: str | Path,
                lang: str = "zh_CN", full: bool = False) -> int:
    """Write the refused rows, as they were in the file, with the row number and a reason
    column, so the clerk fixes them and imports again. ID and phone cells are masked unless
    ``full``. Returns the number of refused rows written."""
    reasons: dict[int, list[str]] = {}
    for e in rep.errors:
        reasons.setdefault(e.row, []).append(f"{e.column}：{e.message}")
    cells_of = dict(preview.rows)
    mask = Masker(full)

    def mask_id(text: str) -> str:
        # "4.30525E+17" holds nothing beyond the area code: shown as the clerk sees it
        return text if "E+" in text.upper() else mask.id(text)

    masked_cols = {preview.mapping.get("id_number"): mask_id,
                   preview.mapping.get("phone"): mask.phone}
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = tr("roster_report_sheet", lang)
    row_word, reason_word = tr("roster_report_row", lang), tr("roster_report_reason", lang)
    ws.append([row_word, *preview.headers, reason_word])
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in sorted(reasons):
        values: list[Any] = [r]
        reason = "；".join(reasons[r])
        for i, text in enumerate(cells_of.get(r, [])):
            fn = masked_cols.get(i)
            if fn and text:
                masked = fn(text)
                reason = reason.replace(text, masked)  # the reason quotes the value too
                text = masked
            values.append(text)
        values += [""] * (len(preview.headers) + 1 - len(values))
        values.append(reason)
        ws.append([_as_text(v) for v in values])
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions[get_column_letter(len(preview.headers) + 2)].width = 60
    for i in range(len(preview.headers)):
        ws.column_dimensions[get_column_letter(i + 2)].width = 16
    ws.freeze_panes = "B2"
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if isinstance(c.value, str):
                c.data_type = "s"  # never a formula, whatever the clerk's file held
                if needs_guard(c.value):
                    c.quotePrefix = True
    with atomic_path(out) as tmp:
        wb.save(tmp)
    return len(reasons)


def _as_text(v: Any) -> Any:
    return clean_text(v) if isinstance(v, str) else v


def known_fields(lang: str = "zh_CN") -> list[tuple[str, str]]:
    """(field, label) a column can be mapped to — what the window's mapping dialog lists."""
    return [(f, field_label(f, lang)) for f in (*FIELDS, "relation")]


__all__ = ["HOUSEHOLD_TAGS", "ImportReport", "RosterPreview", "RosterUnreadable", "RowError",
           "apply_roster", "import_roster", "known_fields", "read_roster", "save_report"]
