"""Hirefile: an offline hiring desk for startup founders."""

__version__ = "0.1.0"
