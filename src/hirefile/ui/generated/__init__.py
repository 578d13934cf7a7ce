"""Modules compiled from forms/*.ui by packaging/build_ui.py. Do not edit."""
