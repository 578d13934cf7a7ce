"""Where a file lives, when the place itself changes how it may be shared.

A file in a folder a sync tool mirrors (Dropbox, Google Drive, OneDrive, iCloud Drive,
Syncthing) or on removable media can be opened by two people at once on two machines, where
the lock note arrives too late to stop them. `shared_place(path)` names such a place (for the
app's one-time note), by the folder names those tools use and Syncthing's `.stfolder` marker.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

#: Folder names (their start, compared without case) and the place they mean. Dropbox may be
#: "Dropbox (Personal)", OneDrive "OneDrive - Company", macOS's File Provider folders
#: "GoogleDrive-name@example.com" or "OneDrive-Personal", iCloud's own "Mobile Documents".
CLOUD_FOLDERS = (
    ("dropbox", "a Dropbox folder"),
    ("google drive", "a Google Drive folder"),
    ("googledrive", "a Google Drive folder"),
    ("my drive", "a Google Drive folder"),
    ("onedrive", "a OneDrive folder"),
    ("icloud drive", "an iCloud Drive folder"),
    ("mobile documents", "an iCloud Drive folder"),
    ("com~apple~clouddocs", "an iCloud Drive folder"),
)
#: Where removable media are mounted (Linux, older Linux, macOS).
REMOVABLE_ROOTS = ("/media", "/run/media", "/Volumes")
#: The marker Syncthing keeps at the top of every folder it shares.
SYNCTHING_MARKER = ".stfolder"


def shared_place(path: Path | str) -> str | None:
    """"a Dropbox folder", "a Syncthing folder", "removable media", or None."""
    path = Path(path).expanduser().absolute()
    for part in path.parent.parts:
        folded = unicodedata.normalize("NFC", part).casefold()
        for start, place in CLOUD_FOLDERS:
            if folded.startswith(start):
                return place
    text = path.as_posix()
    if any(text.startswith(root + "/") for root in REMOVABLE_ROOTS):
        return "removable media"
    for folder in path.parents:
        try:
            if (folder / SYNCTHING_MARKER).exists():
                return "a Syncthing folder"
        except OSError:
            continue
    return None
