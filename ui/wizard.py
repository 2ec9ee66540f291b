"""First run (W1): a set-up wizard — village or township, division codes and names, then start
empty, import the roster from Excel, or try demo data. Nothing is written until Finish; the
roster import opens once the station exists (it needs the village to import into)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.context import AppContext
from app.errors import MinqingError, ValidationError, ValidationErrors
from app.services.demo import fill_demo
from app.services.station import init_station, validate_station
from app.store import Store
from models.vocab import StationKind
from ui.i18n import current_lang
from ui.settings_store import ACTOR
from ui.widgets import FieldErrors, error_label

DEMO_HOUSEHOLDS = 600


class KindPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What kind of station is this laptop?"))
        self.setSubTitle(self.tr("A village (or community) keeps its households; a township "
                                 "merges the batches of its villages."))
        self.village = QRadioButton(self.tr("Village / community mass-work station"))
        self.township = QRadioButton(self.tr("Township station"))
        self.county = QRadioButton(self.tr("County office (over its townships)"))  # issue 14
        self.village.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.village)
        group.addButton(self.township)
        group.addButton(self.county)
        layout = QVBoxLayout(self)
        layout.addWidget(self.village)
        layout.addWidget(self.township)
        layout.addWidget(self.county)

    def kind(self) -> str:
        if self.county.isChecked():
            return StationKind.COUNTY.value
        return StationKind.VILLAGE.value if self.village.isChecked() else StationKind.TOWNSHIP.value


class CodePage(QWizardPage):
    """Codes and names, checked by the same service the CLI uses; errors beside the field."""

    def __init__(self, kind_page: KindPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_page = kind_page
        self.setTitle(self.tr("Division code and name"))
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.township_name = QLineEdit()
        self.admin = QLineEdit()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout(self)
        self.form = form
        form.addRow(self.general)
        self.code_label = QLabel()
        self.name_label = QLabel(self.tr("Name"))
        self.township_label = QLabel(self.tr("Township name"))
        self.admin_label = QLabel(self.tr("Administrator (your name)"))
        self.admin.setPlaceholderText(self.tr("Recorded with every change you make"))
        for lab, key, w in ((self.code_label, "code", self.code),
                            (self.name_label, "station_name", self.name),
                            (self.township_label, "township_name", self.township_name),
                            (self.admin_label, "admin", self.admin)):
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(w)
            box.addWidget(self.errors.add(key))
            form.addRow(lab, box)

    def initializePage(self) -> None:
        village = self.kind_page.kind() == StationKind.VILLAGE
        self.code_label.setText(self.tr("Village code (12 digits)") if village
                                else self.tr("Township code (9 digits)"))
        self.code.setPlaceholderText("430525101201" if village else "430525101")
        if self.kind_page.kind() == StationKind.COUNTY:
            self.code_label.setText(self.tr("County code (6 digits)"))
            self.code.setPlaceholderText("430525")
        self.name.setPlaceholderText(self.tr("e.g. 石江村") if village else self.tr("e.g. 石江镇"))
        self.township_name.setVisible(village)
        self.township_label.setVisible(village)
        self.errors.clear()

    def validatePage(self) -> bool:
        self.errors.clear()
        errors = []
        try:
            validate_station(self.kind_page.kind(), self.code.text(), self.name.text())
        except ValidationErrors as exc:
            errors += exc.errors
        if not self.admin.text().strip():
            errors.append(ValidationError("admin", "required"))
        if errors:
            self.errors.show(ValidationErrors(errors))
            return False
        return True


class StartPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How do you want to start?"))
        self.empty = QRadioButton(self.tr("Start with an empty register"))
        self.roster = QRadioButton(self.tr("Import my roster from Excel (next, after set-up)"))
        self.demo = QRadioButton(self.tr("Try the app with demo data (%1 invented households)")
                                 .replace("%1", str(DEMO_HOUSEHOLDS)))
        self.empty.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.roster)
        group.addButton(self.demo)
        self.note = QLabel(self.tr("Demo data is invented: use a separate data file for it, "
                                   "not the station's real one."))
        self.note.setWordWrap(True)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.roster)
        layout.addWidget(self.demo)
        layout.addWidget(self.note)
        layout.addWidget(self.error)


class SetupWizard(QWizard):
    """On Finish: ``init_station`` (one transaction), then the demo fill if chosen. The demo
    fill runs in a worker with a progress dialog so the window keeps painting."""

    def __init__(self, store: Store, parent: QWidget | None = None,
                 background: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.background = background
        self.setWindowTitle(self.tr("Set up this station"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.kind_page = KindPage()
        self.code_page = CodePage(self.kind_page)
        self.start_page = StartPage()
        self.addPage(self.kind_page)
        self.addPage(self.code_page)
        self.addPage(self.start_page)
        self.ctx: AppContext | None = None
        self.import_dialog: QDialog | None = None
        self.resize(620, 420)
        self.currentIdChanged.connect(lambda _i: self._county_starts_empty())

    def _county_starts_empty(self) -> None:
        """A county keeps no register of its own (issue 14): no roster, no demo households."""
        county = self.kind_page.kind() == StationKind.COUNTY
        sp = self.start_page
        sp.roster.setEnabled(not county)
        sp.demo.setEnabled(not county)
        if county:
            sp.empty.setChecked(True)

    def accept(self) -> None:
        kind = self.kind_page.kind()
        cp = self.code_page
        township_name = cp.township_name.text().strip() if kind == StationKind.VILLAGE else ""
        actor = cp.admin.text().strip() or "admin"
        try:
            init_station(self.store, kind=kind, code=cp.code.text(), name=cp.name.text(),
                         township_name=township_name, actor=actor)
        except MinqingError as exc:
            self.start_page.error.setText(exc.message(current_lang()))
            self.start_page.error.setVisible(True)
            return
        ACTOR.set(actor)
        self.ctx = AppContext(self.store, actor=actor, lang=current_lang())
        if self.start_page.roster.isChecked():
            # The station exists now; the import dialog writes only on its own Import, and
            # whatever the clerk does there, closing it finishes the wizard.
            from ui.import_dialog import ImportDialog

            self.import_dialog = dlg = ImportDialog(self.ctx, self)
            dlg.finished.connect(lambda _r: QWizard.accept(self))
            dlg.open()
            return
        if not self.start_page.demo.isChecked():
            super().accept()
            return
        ctx = self.ctx
        if not self.background:
            fill_demo(ctx, households=DEMO_HOUSEHOLDS, months=12)
            super().accept()
            return
        from ui.workers import run_task

        run_task(self, QCoreApplication.translate("SetupWizard", "Filling demo data…"),
                 lambda _p: fill_demo(ctx, households=DEMO_HOUSEHOLDS, months=12),
                 lambda _r: QWizard.accept(self), self._demo_failed, cancellable=False)

    def _demo_failed(self, exc: BaseException) -> None:
        self.start_page.error.setText(exc.message(current_lang()) if isinstance(exc, MinqingError)
                                      else str(exc))
        self.start_page.error.setVisible(True)
        super().accept()
