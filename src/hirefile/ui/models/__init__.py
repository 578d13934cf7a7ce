"""Item models for the main window's lists: lazy ones for big lists, plain ones for small."""
