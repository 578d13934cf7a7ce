"""The Pipeline board: a column per stage, lazy card models, drag and drop and keyboard moves."""

from hirefile.ui.board.board import Board

__all__ = ["Board"]
