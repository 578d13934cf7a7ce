"""The Roles workspace: role editor, templates, interview loop, axis weights, question bank.

The main window embeds `hirefile.ui.roles.workspace.RoleWorkspace`. This package imports
nothing at import time so the compiled forms can import its custom widgets without a cycle.
"""
