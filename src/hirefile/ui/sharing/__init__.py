"""Sharing a file between founders: merge, copies, changes on disk, backups, activity."""
