"""What every new file starts with: the company profile row and the editable exit reasons."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain.stages import DEFAULT_EXIT_REASONS
from hirefile.storage.models import CompanyProfile, ExitReason


def seed_new_file(session: Session) -> None:
    """Idempotent: adds only what is missing."""
    if session.scalar(select(CompanyProfile.id).limit(1)) is None:
        session.add(CompanyProfile(name=""))
    if session.scalar(select(ExitReason.id).limit(1)) is None:
        for kind, reasons in DEFAULT_EXIT_REASONS.items():
            for position, text in enumerate(reasons):
                session.add(ExitReason(kind=kind, text=text, position=position))
