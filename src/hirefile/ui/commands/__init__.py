"""Undo commands: one `QUndoCommand` per user intent.

Each command calls services, never widgets. It is applied once with `apply(stack, command)`:
the first application runs *before* the command goes on the stack, so a refused edit (a
`HirefileError`) is reported to the person and never becomes an undo step.
"""

from hirefile.ui.commands.base import ServiceCommand, apply, apply_all

__all__ = ["ServiceCommand", "apply", "apply_all"]
