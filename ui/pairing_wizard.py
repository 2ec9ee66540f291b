"""Pairing with a station (配对): the window's form of ``station card`` and ``station enroll``.

Each clerk writes this station's card to the USB stick and enrolls the other station's card from
it. A card proves nothing by itself (anyone could write one), so the wizard shows its fingerprint
to compare by phone and will not enroll until the clerk says it matched. A card for a station
already enrolled with other keys (a new laptop) replaces them only after a second, explicit
confirmation; the old key stays on record (``sync.keys.enroll(replace=True)``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services.exchange import (
    CardCheck,
    EnrollResult,
    card_dict,
    card_file_name,
    cards_on,
    check_card,
    enroll,
    write_card,
)
from ui.i18n import current_lang, lbl
from ui.scaffold import Retranslating
from ui.widgets import error_label

FINGERPRINT_STYLE = "font-family: monospace; font-size: 14pt; font-weight: bold;"


def _wrap(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class FolderPage(QWizardPage):
    def __init__(self, folder: Path | None) -> None:
        super().__init__()
        self.text = _wrap()
        self.folder = QLineEdit(str(folder) if folder else "")
        self.browse = QPushButton()
        self.problem = error_label()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addLayout(row)
        box.addWidget(self.problem)
        box.addStretch(1)
        self.browse.clicked.connect(self._browse)
        self.folder.textChanged.connect(self.completeChanged)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Pair with a station"))
        self.setSubTitle(self.tr("Step 1 of 3: the USB drive that carries the station cards"))
        self.text.setText(self.tr(
            "A village pairs once with its township, and the township with each of its "
            "villages. Each side writes its card to a USB drive and enrolls the other's card. "
            "Cards hold no personal data, only the station's name, code and public keys."))
        self.browse.setText(self.tr("Choose folder…"))

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of the USB drive"),
                                                self.folder.text() or str(Path.home()))
        if path:
            self.folder.setText(path)

    def path(self) -> Path:
        return Path(self.folder.text().strip())

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip()) and self.path().is_dir()


class OwnCardPage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.text = _wrap()
        self.write_button = QPushButton()
        self.result = _wrap()
        self.fingerprint = _wrap()
        self.fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.problem = error_label()
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.result)
        box.addWidget(self.fingerprint)
        box.addWidget(self.problem)
        box.addStretch(1)
        self.written: Path | None = None
        self.write_button.clicked.connect(self.write)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This station's card"))
        self.setSubTitle(self.tr("Step 2 of 3: write this station's card to the USB drive"))
        self.text.setText(self.tr(
            "Write the card, then take the USB drive to the other station (or copy the card "
            "onto its drive). If you already did this, go on to the next step."))
        self.write_button.setText(self.tr("Write this station's card"))
        if self.written is not None:
            self.result.setText(self.tr("Card written: %1").replace("%1", str(self.written)))
        fp = card_dict(self.ctx)["fingerprint"]
        self.fingerprint.setText(  # own line: read aloud group by group
            self.tr("Fingerprint of this station: %1").replace("%1", "\n" + fp))

    def write(self) -> None:
        wiz = self.wizard()
        assert isinstance(wiz, PairingWizard)
        target = wiz.folder_page.path() / card_file_name(self.ctx.station_code)
        try:
            self.written = write_card(self.ctx, target)
        except MinqingError as exc:
            self.problem.setText(exc.message(current_lang()))
            self.problem.setVisible(True)
            return
        self.problem.setVisible(False)
        self.retranslate()


class PeerCardPage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.text = _wrap()
        self.cards = QListWidget()
        self.cards.setMaximumHeight(120)
        self.rescan = QPushButton()
        self.choose = QPushButton()
        self.details = _wrap()
        self.fingerprint = _wrap()
        self.fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.compared = QCheckBox()
        self.replace_text = _wrap()
        self.replace_text.setStyleSheet("color: #b3261e;")
        self.replace = QCheckBox()
        self.problem = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.rescan)
        buttons.addWidget(self.choose)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.cards)
        box.addLayout(buttons)
        box.addWidget(self.details)
        box.addWidget(self.fingerprint)
        box.addWidget(self.compared)
        box.addWidget(self.replace_text)
        box.addWidget(self.replace)
        box.addWidget(self.problem)
        box.addStretch(1)
        self.check: CardCheck | None = None
        self.result: EnrollResult | None = None
        self.extra: list[Path] = []
        self.cards.currentRowChanged.connect(self._picked)
        self.rescan.clicked.connect(self.initializePage)
        self.choose.clicked.connect(self._choose)
        self.compared.toggled.connect(self.completeChanged)
        self.replace.toggled.connect(self.completeChanged)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The other station's card"))
        self.setSubTitle(self.tr("Step 3 of 3: enroll the card of the other station"))
        self.text.setText(self.tr(
            "Pick the other station's card. Then phone its clerk: they read their fingerprint "
            "(shown on their screen), you compare it with the one below."))
        self.rescan.setText(self.tr("Look again"))
        self.choose.setText(self.tr("Choose a card file…"))
        self.compared.setText(self.tr("The other clerk read me this same fingerprint"))
        self.replace.setText(self.tr("Yes, replace the keys (the old key stays on record)"))
        self._render()

    def initializePage(self) -> None:
        wiz = self.wizard()
        folder = wiz.folder_page.path() if isinstance(wiz, PairingWizard) else Path()
        paths = [*cards_on(folder, self.ctx.station_code), *self.extra]
        self.cards.clear()
        for p in dict.fromkeys(paths):
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            item.setToolTip(str(p))
            self.cards.addItem(item)
        if self.cards.count():
            self.cards.setCurrentRow(0)
        else:
            self._picked(-1)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a card file"), "",
                                              self.tr("Station cards (*.card)"))
        if path:
            self.add_card(Path(path))

    def add_card(self, path: Path) -> None:
        self.extra.append(path)
        self.initializePage()
        self.pick(path)

    def pick(self, path: Path) -> None:
        for i in range(self.cards.count()):
            item = self.cards.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == str(path):
                self.cards.setCurrentRow(i)

    def _picked(self, row: int) -> None:
        self.check = None
        self.problem.setVisible(False)
        self.compared.setChecked(False)
        self.replace.setChecked(False)
        item = self.cards.item(row) if row >= 0 else None
        if item is not None:
            try:
                self.check = check_card(self.ctx, Path(item.data(Qt.ItemDataRole.UserRole)))
            except MinqingError as exc:
                self.problem.setText(exc.message(current_lang()))
                self.problem.setVisible(True)
        self._render()
        self.completeChanged.emit()

    def _render(self) -> None:
        c = self.check
        has = c is not None
        for w in (self.fingerprint, self.compared):
            w.setVisible(has)
        needs = c is not None and c.needs_replace
        self.replace_text.setVisible(needs)
        self.replace.setVisible(needs)
        if c is None:
            self.details.setText(self.tr("No card picked.") if not self.cards.count() else "")
            if not self.cards.count():
                self.details.setText(self.tr(
                    "No station card on this drive. Ask the other station to write its card."))
            return
        card = c.card
        self.details.setText(self.tr("Card of %1 (%2, code %3).").replace(
            "%1", card.name).replace("%2", lbl(card.kind)).replace("%3", card.code)
            + ("  " + self.tr("Already enrolled with this same key: nothing to change.")
               if c.unchanged else ""))
        self.fingerprint.setText(self.tr("Fingerprint: %1").replace("%1", card.fingerprint))
        if needs:
            self.replace_text.setText(self.tr(
                "%1 is already enrolled with other keys (fingerprint %2). A new card is normal "
                "after a laptop was lost or reinstalled — and is how an impostor would try to "
                "take its place. Replace only if its clerk confirmed the new fingerprint.")
                .replace("%1", card.name).replace("%2", c.enrolled_fingerprint))

    def isComplete(self) -> bool:
        c = self.check
        if c is None:
            return False
        if c.unchanged:
            return True
        return self.compared.isChecked() and (not c.needs_replace or self.replace.isChecked())

    def validatePage(self) -> bool:
        c = self.check
        item = self.cards.currentItem()
        if c is None or item is None:
            return False
        try:
            self.result = enroll(self.ctx, Path(item.data(Qt.ItemDataRole.UserRole)),
                                 replace=c.needs_replace and self.replace.isChecked())
        except MinqingError as exc:
            self.problem.setText(exc.message(current_lang()))
            self.problem.setVisible(True)
            return False
        return True


class DonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.text = _wrap()
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Paired"))
        wiz = self.wizard()
        r = wiz.peer_page.result if isinstance(wiz, PairingWizard) else None
        if r is None:
            return
        words = {"enrolled": self.tr("%1 (%2) is now enrolled. Batches can be exchanged."),
                 "unchanged": self.tr("%1 (%2) was already enrolled with this key."),
                 "replaced": self.tr("The keys of %1 (%2) were replaced. The old key stays on "
                                     "record.")}
        text = words[r.status].replace("%1", r.name).replace("%2", r.code)
        text += "\n" + self.tr("Fingerprint: %1").replace("%1", r.fingerprint)
        if r.old_fingerprint:
            text += "\n" + self.tr("Old fingerprint (kept on record): %1").replace(
                "%1", r.old_fingerprint)
        self.text.setText(text)

    def initializePage(self) -> None:
        self.retranslate()


class PairingWizard(Retranslating, QWizard):
    def __init__(self, ctx: AppContext, folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pairing_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(720, 520)
        self.folder_page = FolderPage(folder)
        self.own_page = OwnCardPage(ctx)
        self.peer_page = PeerCardPage(ctx)
        self.done_page = DonePage()
        for p in (self.folder_page, self.own_page, self.peer_page, self.done_page):
            self.addPage(p)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pair with a station"))
        for p in (self.folder_page, self.own_page, self.peer_page, self.done_page):
            p.retranslate()
