"""Small widgets the pages share: errors beside fields, the household picker, a bar chart."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QSizePolicy, QVBoxLayout, QWidget

from app.context import AppContext
from app.errors import MinqingError, ValidationError, ValidationErrors
from app.services.household_detail import quick_search
from ui.i18n import current_lang

ERROR_STYLE = "color: #b3261e;"


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def error_label() -> QLabel:
    lab = QLabel()
    lab.setStyleSheet(ERROR_STYLE)
    lab.setWordWrap(True)
    lab.setVisible(False)
    return lab


class FieldErrors:
    """Maps service field names to the label shown under that field. Errors whose field has no
    label go to the general label, so no message is ever swallowed."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.labels: dict[str, QLabel] = {}

    def add(self, field: str, lab: QLabel | None = None) -> QLabel:
        lab = lab or error_label()
        self.labels[field] = lab
        return lab

    def clear(self) -> None:
        for lab in [*self.labels.values(), self.general]:
            lab.clear()
            lab.setVisible(False)

    def show(self, exc: MinqingError) -> None:
        self.clear()
        errors: list[MinqingError] = list(exc.errors) if isinstance(exc, ValidationErrors) \
            else [exc]
        general: list[str] = []
        lang = current_lang()
        for e in errors:
            target = self.labels.get(e.field) if isinstance(e, ValidationError) else None
            if target is not None:
                prior = target.text()
                target.setText((prior + "\n" if prior else "") + e.message(lang))
                target.setVisible(True)
            else:
                general.append(e.message(lang))
        if general:
            self.general.setText("\n".join(general))
            self.general.setVisible(True)

    def shown(self) -> dict[str, str]:
        return {f: lab.text() for f, lab in self.labels.items() if not lab.isHidden()}


ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HouseholdPicker(QWidget):
    """Type a name, pinyin initials or last digits; matches appear beneath; ↓/↑ move, Enter
    picks. Backed by ``households.search`` (an index range, fast at any register size)."""

    picked = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id: str | None = None
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.chosen = QLabel()
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setMaximumHeight(150)
        self.results.setVisible(False)
        self.results.clicked.connect(self._pick_index)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Name, pinyin initials (zs) or last digits"))

    def _edited(self, _text: str) -> None:
        self.household_id = None
        self.chosen.clear()
        self._timer.start()

    def _search(self) -> None:
        text = self.edit.text().strip()
        self.model.clear()
        if not text:
            self.results.setVisible(False)
            return
        rows = quick_search(self.ctx, text, limit=8)
        for r in rows:
            parts = [r.head_name, r.group_name, r.phone_shown]
            if r.liaison_name:
                parts.append(self.tr("liaison %1").replace("%1", r.liaison_name))
            item = QStandardItem(" · ".join(p for p in parts if p))
            item.setData(r.id, ID_ROLE)
            item.setData(r.head_name, Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        self.results.setVisible(bool(rows))
        if rows:
            self.results.setCurrentIndex(self.model.index(0, 0))
        else:
            self.chosen.setStyleSheet(ERROR_STYLE)
            self.chosen.setText(self.tr("No household matches “%1”").replace("%1", text))

    def flush(self) -> None:
        """Run a pending search now (Enter pressed before the debounce fired)."""
        if self._timer.isActive():
            self._timer.stop()
            self._search()

    def _pick_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.set_household(str(index.data(ID_ROLE)), str(index.data(Qt.ItemDataRole.UserRole)),
                           str(index.data()))

    def set_household(self, household_id: str | None, name: str = "", detail: str = "") -> None:
        self.household_id = household_id
        self.edit.setText(name)
        self.chosen.setStyleSheet("color: #1b5e20;")
        self.chosen.setText(("✓ " + detail) if household_id else "")
        self.results.setVisible(False)
        self.model.clear()
        if household_id:
            self.picked.emit(household_id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.flush()
                if self.results.isVisible() and self.model.rowCount():
                    row = self.results.currentIndex().row()
                    row = row + (1 if key == Qt.Key.Key_Down else -1)
                    row = max(0, min(self.model.rowCount() - 1, row))
                    self.results.setCurrentIndex(self.model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.flush()
                if self.results.isVisible() and self.results.currentIndex().isValid():
                    self._pick_index(self.results.currentIndex())
                    self.focusNextChild()
                    return True
            if key == Qt.Key.Key_Escape and self.results.isVisible():
                self.results.setVisible(False)
                return True
        return super().eventFilter(obj, event)


class BarChart(QWidget):
    """A plain bar chart drawn with QPainter: one bar per label, value printed above the bar.
    Clicking a bar calls ``on_click(index)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[int] = []
        self.title = ""
        self.on_click: Callable[[int], None] | None = None
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels: Sequence[str], values: Sequence[int]) -> None:
        self.labels = list(labels)
        self.values = list(values)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 240)

    def _bars(self) -> list[QRectF]:
        n = len(self.values)
        if not n:
            return []
        fm = self.fontMetrics()
        top = fm.height() * 2 + 8
        bottom = self.height() - fm.height() - 10
        width = self.width() - 20
        slot = width / n
        peak = max(max(self.values), 1)
        rects = []
        for i, v in enumerate(self.values):
            h = (bottom - top) * v / peak
            rects.append(QRectF(10 + i * slot + slot * 0.15, bottom - h, slot * 0.7, h))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(10, 0, self.width() - 20, fm.height() + 4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        bars = self._bars()
        bottom = self.height() - fm.height() - 10
        p.setPen(QColor("#9e9e9e"))
        p.drawLine(10, int(bottom), self.width() - 10, int(bottom))
        for i, r in enumerate(bars):
            p.fillRect(r, QColor("#c0392b") if i == len(bars) - 1 else QColor("#5b8def"))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(r.left() - 10, r.top() - fm.height() - 2, r.width() + 20,
                              fm.height()), Qt.AlignmentFlag.AlignCenter, str(self.values[i]))
            p.drawText(QRectF(r.left() - 14, bottom + 2, r.width() + 28, fm.height() + 4),
                       Qt.AlignmentFlag.AlignCenter, self.labels[i])
        p.end()

    def mousePressEvent(self, event: object) -> None:
        pos = event.position()  # type: ignore[attr-defined]
        for i, r in enumerate(self._bars()):
            if r.left() <= pos.x() <= r.right() and self.on_click:
                self.on_click(i)


def heading(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setObjectName("heading")
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    f = lab.font()
    f.setPointSizeF(f.pointSizeF() * 1.25)
    f.setBold(True)
    lab.setFont(f)
    return lab


def lang_is_zh() -> bool:
    return current_lang() == "zh_CN"


def _tab_target(widget: QWidget, forward: bool) -> QWidget | None:
    """The widget Tab (or Shift+Tab) would reach from ``widget``, skipping its own children."""
    w = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    while w is not None and w is not widget:
        inside = widget.isAncestorOf(w)
        if (not inside and w.isVisible() and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and w.focusProxy() is None):
            return w
        w = w.nextInFocusChain() if forward else w.previousInFocusChain()
    return None


class _TabLeaves(QObject):
    """A date edit uses Tab to step between year, month and day; on a keyboard-first form Tab
    goes to the next field instead (the sections are reached with ←/→ or typed directly)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(obj, QWidget):
            assert isinstance(event, QKeyEvent)
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                target = _tab_target(obj, forward)
                if target is not None:
                    reason = (Qt.FocusReason.TabFocusReason if forward
                              else Qt.FocusReason.BacktabFocusReason)
                    target.setFocus(reason)
                    return True
        return False


_TAB_LEAVES = _TabLeaves()


def tab_leaves(widget: QWidget) -> None:
    widget.installEventFilter(_TAB_LEAVES)
