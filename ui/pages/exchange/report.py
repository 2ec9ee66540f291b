"""What the exchange page writes into its reports, as text and HTML: the export report, the
import report per file, the refusal-receipt lines, table and field names, times.

Every name that can come from a stick — a file name, the origin or destination a manifest
claims, a refusal reason quoting a record — goes through ``printable`` (control and format
characters escaped, issue 9) and then, in HTML, through ``html.escape``: a hostile file name
can neither forge a line in the report nor reorder one with a right-to-left override.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from app.services.exchange import ExportResult, ImportResult, human_size, local_time, printable
from ui.i18n import current_lang, fmt_date
from ui.pages.exchange.common import BAD_STYLE, OK_STYLE


def shown(text: object) -> str:
    """Plain text for a label, a table cell or a list row: control characters escaped."""
    return printable(text)


def h(text: object) -> str:
    """The same, for HTML."""
    return html.escape(printable(text))


def when(dt: datetime | None) -> str:
    if dt is None:
        return ""
    dt = local_time(dt)
    return f"{fmt_date(dt.date())} {dt:%H:%M}"


def when_text(iso: str) -> str:
    try:
        return when(datetime.fromisoformat(iso).replace(tzinfo=None))
    except ValueError:
        return ""


def note(style: str, text: str) -> str:
    return f"<p style='{style}'>{h(text)}</p>"


def record_title(row: dict[str, Any]) -> str:
    for k in ("head_name", "title", "name", "summary", "text"):
        v = row.get(k)
        if isinstance(v, str) and v:
            return shown(v[:24])
    return shown(str(row.get("id", ""))[:8])


class ExchangeReport(QObject):
    """The words of the exchange reports (a QObject only so ``tr`` has a context)."""

    def table_name(self, table: str) -> str:
        names = {"village_group": self.tr("Village groups"), "cadre": self.tr("Cadres"),
                 "household": self.tr("Households"), "member": self.tr("Household members"),
                 "assignment": self.tr("Liaison assignments"),
                 "contact_card": self.tr("Contact cards"), "visit": self.tr("Visits"),
                 "matter": self.tr("Matters"), "matter_note": self.tr("Matter progress notes"),
                 "reply": self.tr("Township replies"), "_receipt": self.tr("Receipts")}
        names.update({"plan_item": self.tr("Work plan items"),
                      "review": self.tr("Villagers' ratings")})
        names.update({"event": self.tr("Gatherings"),
                      "event_household": self.tr("Households at gatherings"),
                      "opinion_box": self.tr("Opinion boxes"),
                      "box_opening": self.tr("Box openings")})
        return names.get(table, shown(table))

    @staticmethod
    def field(key: str) -> str:
        from app.i18n import field_label

        return field_label(key, current_lang())

    def export_html(self, results: list[ExportResult], names: dict[str, str]) -> str:
        """One paragraph per batch written: where, how big, verified, what it carries."""
        parts = []
        verified = self.tr("Read back from the USB drive and verified: complete and sealed.")
        kept = self.tr("A copy stays on this computer until the receipt confirms it, so a lost "
                       "USB drive costs nothing.")
        for r in results:
            name = names.get(r.destination, r.destination)
            kind = self.tr("full batch") if r.full else self.tr("changes only")
            counts = ", ".join(f"{self.table_name(k)} {v}" for k, v in r.counts.items() if v) \
                or self.tr("no records")
            head = self.tr("Batch no. %1 for %2 written.").replace("%1", str(r.seq)).replace(
                "%2", name)
            file_line = self.tr("File: %1 (%2, %3)").replace("%1", r.path.name).replace(
                "%2", human_size(r.size)).replace("%3", kind)
            folder_line = self.tr("Folder: %1").replace("%1", str(r.path.parent))
            parts.append(
                f"<p><b style='{OK_STYLE}'>✔ {h(head)}</b><br>{h(file_line)}<br>"
                f"{h(folder_line)}<br>{h(verified)}<br>{h(counts)}<br>"
                f"<span style='color:#555'>{h(kept)}</span></p>")
        return "".join(parts)

    def import_html(self, results: list[ImportResult], missing: list[str]) -> str:
        """One paragraph per file: refused (and why), already imported, would give, imported;
        then the batches still missing."""
        parts = []
        refused = self.tr("Refused — nothing was imported from this file")
        reason = self.tr("Reason: %1")
        again = self.tr("Already imported before — nothing changed")
        checked = self.tr("Checked and can be imported (nothing written yet)")
        imported = self.tr("Imported")
        missing_word = self.tr("Missing batches:")
        for r in results:
            name = Path(r.file).name
            who = self.tr("batch no. %1 from %2").replace("%1", str(r.seq)).replace(
                "%2", r.origin_name or r.origin) if r.origin else ""
            c = r.counts
            counts = self.tr("new %1 · updated %2 · unchanged %3 · conflicts %4").replace(
                "%1", str(c.inserted)).replace("%2", str(c.updated)).replace(
                "%3", str(c.unchanged)).replace("%4", str(c.conflicts))
            if r.status == "rejected":
                head = f"<b style='{BAD_STYLE}'>✘ {h(refused)}</b>"
                body = f"<span style='{BAD_STYLE}'>{h(reason.replace('%1', r.reason))}</span>"
            elif r.status == "already_applied":
                head = f"<b>＝ {h(again)}</b>"
                body = ""
            elif r.status == "preview":
                head = f"<b>？ {h(checked)}</b>"
                body = h(self.tr("Would give: %1").replace("%1", counts))
            else:
                head = f"<b style='{OK_STYLE}'>✔ {h(imported)}</b>"
                body = h(counts)
            if c.conflicts and r.status in ("applied", "preview"):
                body += "<br>" + h(self.tr(
                    "Conflicting records keep the version here; decide them under Status."))
            tables = ", ".join(f"{self.table_name(k)} {v}" for k, v in r.tables.items() if v)
            grey = f"<br><span style=color:#555>{h(tables)}</span>" if tables else ""
            parts.append(f"<p><b>{h(name)}</b>{' — ' + h(who) if who else ''}<br>{head}"
                         f"{'<br>' + body if body else ''}{grey}</p>")
        if missing:
            parts.append(f"<p style='{BAD_STYLE}'><b>{h(missing_word)}</b> "
                         + "<br>".join(h(g) for g in missing) + "</p>")
        return "".join(parts)

    def refusal_line(self, file: str, done: ImportResult | None, error: str = "") -> str:
        """One line of the township's "tell the villages why" run."""
        name = Path(file).name
        if done is None:
            return f"<span style='{BAD_STYLE}'>{h(name)}: {h(error)}</span>"
        return f"<span style='{OK_STYLE}'>{h(name)}: " + h(self.tr(
            "refusal receipt for batch no. %1 from %2 recorded; it goes with the next batch "
            "to that village.").replace("%1", str(done.seq)).replace(
            "%2", done.origin_name)) + "</span>"
