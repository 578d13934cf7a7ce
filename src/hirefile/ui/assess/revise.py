"""Revise My Score…: after a debrief's discussion, a person's new score per axis and overall,
with what changed their mind. Their score before stays on record beside it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from hirefile.domain.vocab import Rating
from hirefile.errors import HirefileError, ValidationError
from hirefile.services.estimates import ASPECTS, Estimate, aspect_label, score_text
from hirefile.ui import theme
from hirefile.ui.assess.style import style_sheet
from hirefile.ui.common import set_flag, show_text
from hirefile.ui.generated.ui_revise_scores import Ui_ReviseScoresDialog
from hirefile.ui.screen import fit_to_screen
from hirefile.ui.text import isolate

#: What the dialog hands the save: aspect -> new score (None: no change), and the reason.
Save = Callable[[dict[str, int | None], str], object]
KEEP = "No change"


class ReviseScoresDialog(QDialog):
    def __init__(self, parent: QWidget | None, candidate: str,
                 mine: Mapping[str, Estimate], save: Save) -> None:
        super().__init__(parent)
        self.form = Ui_ReviseScoresDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        self._save = save
        self.saved = False
        self.form.headline.setText(f"Your scores on {isolate(candidate)}, after the discussion")
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        for i, aspect in enumerate(ASPECTS, start=1):
            combo: QComboBox = getattr(self.form, f"aspect{i}Combo")
            caption: QLabel = getattr(self.form, f"aspect{i}Label")
            e = mine.get(aspect)
            before = score_text(e.before) if e is not None else "—"
            caption.setText(f"{aspect_label(aspect)} (before: {before})")
            combo.addItem(KEEP, None)
            for r in Rating:
                combo.addItem(f"{r.value} {r.label}", r.value)
            combo.setCurrentIndex(combo.findData(e.after) if e and e.after else 0)
            combo.setAccessibleName(f"New score for {aspect_label(aspect)}")
            self.combos[aspect], self.labels[aspect] = combo, caption
        self.form.reasonEdit.setText(next((e.reason for e in mine.values() if e.reason), ""))
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(
            self.save)
        self.form.buttonBox.rejected.connect(self.reject)

    def scores(self) -> dict[str, int | None]:
        return {a: c.currentData() for a, c in self.combos.items()}

    def set_score(self, aspect: str, value: int | None) -> None:
        combo = self.combos[aspect]
        combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)

    def save(self) -> bool:
        show_text(self.form.reasonError, "")
        set_flag(self.form.reasonEdit, "invalid", False)
        try:
            self._save(self.scores(), self.form.reasonEdit.text())
        except ValidationError as exc:
            show_text(self.form.reasonError, exc.message)
            set_flag(self.form.reasonEdit, "invalid", exc.field == "reason")
            self.form.reasonEdit.setFocus()
            return False
        except HirefileError as exc:
            show_text(self.form.reasonError, exc.message)
            return False
        self.saved = True
        self.accept()
        return True
