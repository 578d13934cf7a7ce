"""The five pages of the main window, each a widget with its form, model and behaviour."""
