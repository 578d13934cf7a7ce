"""The "New role" dialog: pick a built-in template (or a blank role) after seeing what it
brings — summary, the company stages it suits, must-haves, weights and its interview loop."""

from __future__ import annotations

from html import escape
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from hirefile.domain.roles import format_minutes
from hirefile.domain.templates import TEMPLATES, RoleTemplate
from hirefile.domain.vocab import Axis, CompanyStage
from hirefile.ui import theme
from hirefile.ui.generated.ui_template_dialog import Ui_TemplateDialog
from hirefile.ui.roles.common import AXIS_SHORT, style_sheet
from hirefile.ui.screen import fit_to_screen

Choice = RoleTemplate | Literal["blank"]
BLANK: Literal["blank"] = "blank"

BLANK_SUMMARY = ("Start from an empty role and write every field yourself: the five axes "
                 "weigh the same and the interview loop starts empty.")
BLANK_TITLE = "New role"


def loop_summary(minutes: int, steps: int) -> str:
    """`4 h 15 min in 5 steps` — how much a loop asks of a candidate, in one phrase."""
    if steps == 0:
        return "No steps yet"
    return f"{format_minutes(minutes)} in {steps} step{'s' if steps != 1 else ''}"


def _stages_html(fits: tuple[CompanyStage, ...]) -> str:
    parts = []
    for stage in CompanyStage:
        if stage in fits:
            parts.append(f'<span style="color:{theme.ACCENT_DARK}; font-weight:600">'
                         f"✓ {escape(stage.label)}</span>")
        else:
            parts.append(f'<span style="color:{theme.FAINT}">{escape(stage.label)}</span>')
    return "Suits: " + " &nbsp;&nbsp; ".join(parts)


def _list_html(items: tuple[str, ...] | list[str]) -> str:
    rows = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f'<ul style="margin-left:-20px">{rows}</ul>'


def _loop_html(tpl: RoleTemplate) -> str:
    rows = []
    for n, step in enumerate(tpl.loop, start=1):
        length = (f"take-home ~{step.expected_hours:g} h" if step.expected_hours
                  else format_minutes(step.minutes))
        axes = ", ".join(AXIS_SHORT[a] for a in step.axes)
        rows.append(
            f"<tr><td style='color:{theme.FAINT}; padding-right:8px'>{n}</td>"
            f"<td style='padding-right:14px'>{escape(step.title)}</td>"
            f"<td style='color:{theme.MUTED}; padding-right:14px'>{escape(length)}</td>"
            f"<td style='color:{theme.MUTED}'>{escape(axes)}</td></tr>")
    return f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>"


class TemplateDialog(QDialog):
    """Lists the templates and "Blank role"; the right side describes the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_TemplateDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        theme.keep_style(self, style_sheet)
        f = self.form
        f.weightBars.set_compact(True)
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Create role")
        for tpl in TEMPLATES:
            item = QListWidgetItem(tpl.track.label, f.templateList)
            item.setData(Qt.ItemDataRole.UserRole, tpl)
            item.setToolTip(tpl.title)
        blank = QListWidgetItem("Blank role", f.templateList)
        blank.setData(Qt.ItemDataRole.UserRole, BLANK)
        f.templateList.setSpacing(2)
        f.templateList.currentItemChanged.connect(self._show)
        f.templateList.itemDoubleClicked.connect(lambda _item: self.accept())
        f.templateList.itemActivated.connect(lambda _item: self.accept())
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.templateList.setCurrentRow(0)
        f.templateList.setFocus()

    def choice(self) -> Choice | None:
        item = self.form.templateList.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select(self, key: str) -> None:
        """Select a template by key (or "blank"): for tests and screenshots."""
        lst = self.form.templateList
        for row in range(lst.count()):
            data = lst.item(row).data(Qt.ItemDataRole.UserRole)
            if (data == BLANK and key == BLANK) or getattr(data, "key", None) == key:
                lst.setCurrentRow(row)

    def _show(self, *_args: object) -> None:
        f = self.form
        choice = self.choice()
        is_template = isinstance(choice, RoleTemplate)
        for w in (f.stagesLabel, f.stageNoteLabel, f.mustHeading, f.mustLabel, f.loopLabel):
            w.setVisible(is_template)
        if not isinstance(choice, RoleTemplate):
            f.nameLabel.setText("Blank role")
            f.metaLabel.setText("Every field empty")
            f.summaryLabel.setText(BLANK_SUMMARY)
            f.weightBars.set_weights({axis: 1 for axis in Axis})
            f.loopHeading.setText("Interview loop · no steps yet")
            return
        f.nameLabel.setText(choice.title)
        f.metaLabel.setText(" · ".join((choice.track.label, choice.level.label,
                                        choice.employment_type.label)))
        f.summaryLabel.setText(choice.summary)
        f.stagesLabel.setText(_stages_html(choice.fits_stages))
        f.stageNoteLabel.setText(choice.stage_note)
        f.stageNoteLabel.setVisible(bool(choice.stage_note))
        f.mustLabel.setText(_list_html(choice.must_haves))
        f.weightBars.set_weights(choice.weights)
        minutes = sum(s.minutes if not s.expected_hours else round(s.expected_hours * 60)
                      for s in choice.loop)
        f.loopHeading.setText(f"Interview loop · {loop_summary(minutes, len(choice.loop))}")
        f.loopLabel.setText(_loop_html(choice))

    @classmethod
    def ask(cls, parent: QWidget | None) -> Choice | None:
        """The template to start from, "blank", or None when the person cancelled."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()
