"""Two people writing one team database at the same moment, from two processes (as two
laptops would): both read, meet at a barrier, then both write. On PostgreSQL only (a file has
one writer at a time: its lock)."""

from __future__ import annotations

import dataclasses
import multiprocessing
import time
import uuid
from typing import Any

import pytest

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.errors import StaleEdit
from hirefile.services import candidates, pipeline
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database

#: Each writer a process of its own (forked: a second interpreter costs seconds; the
#: parent holds no connection when they start)
SPAWN = multiprocessing.get_context("fork")
AMARA = Identity(str(uuid.uuid4()), "Amara Okafor")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okafor")
TIMEOUT = 60


def _edit(url: str, who: Identity, cid: str, changes: dict[str, Any],
          barrier: Any, out: Any) -> None:
    db = Database.open(url, who)
    try:
        with db.reader() as s:
            seen = candidates.candidate_draft(s, cid)
        barrier.wait(TIMEOUT)
        try:
            with db.session() as s:
                candidates.update_candidate(s, cid, dataclasses.replace(seen, **changes),
                                            seen=seen, version=seen.version)
            out.put((who.name, "saved"))
        except StaleEdit as exc:
            out.put((who.name, exc.message))
    finally:
        db.close()


def _move(url: str, who: Identity, app_id: str, stage_id: str, barrier: Any,
          out: Any) -> None:
    db = Database.open(url, who)
    try:
        with db.reader() as s:
            seen = pipeline.live_application(s, app_id).stage_id
        barrier.wait(TIMEOUT)
        try:
            with db.session() as s:
                pipeline.move(s, app_id, stage_id, seen_stage_id=seen)
            out.put((who.name, "saved"))
        except StaleEdit as exc:
            out.put((who.name, exc.message))
    finally:
        db.close()


def _many(url: str, who: Identity, cids: list[str], barrier: Any, out: Any) -> None:
    db = Database.open(url, who)
    try:
        barrier.wait(TIMEOUT)
        started = time.perf_counter()
        for n, cid in enumerate(cids):
            with db.reader() as s:
                seen = candidates.candidate_draft(s, cid)
            with db.session() as s:
                candidates.update_candidate(
                    s, cid, dataclasses.replace(seen, current_title=f"{who.name} {n}"),
                    seen=seen, version=seen.version)
        out.put((who.name, time.perf_counter() - started))
    finally:
        db.close()


def run_both(target: Any, args: list[tuple[Any, ...]]) -> dict[str, Any]:
    barrier, out = SPAWN.Barrier(len(args)), SPAWN.Queue()
    workers = [SPAWN.Process(target=target, args=(*a, barrier, out)) for a in args]
    for w in workers:
        w.start()
    results = dict(out.get(timeout=TIMEOUT) for _ in workers)
    for w in workers:
        w.join(TIMEOUT)
        assert w.exitcode == 0
    return results


@pytest.fixture
def team(pg_url: str) -> str:
    db = Database.create(pg_url, AMARA)
    try:
        with db.session() as s:
            for name in ("Ana Lima", "Wei Zhang"):
                candidates.create_candidate(s, CandidateDraft(full_name=name))
    finally:
        db.close()
    return pg_url


def draft_of(url: str, name: str) -> tuple[str, CandidateDraft]:
    db = Database.open(url, AMARA, write=False)
    try:
        with db.reader() as s:
            from sqlalchemy import select

            from hirefile.storage.models import Candidate

            cid = s.scalar(select(Candidate.id).where(Candidate.full_name == name))
            assert cid is not None
            return cid, candidates.candidate_draft(s, cid)
    finally:
        db.close()


def test_two_writers_of_different_fields_both_keep_their_edit(team: str) -> None:
    cid, _ = draft_of(team, "Ana Lima")
    results = run_both(_edit, [(team, AMARA, cid, {"phone": "+55 11 5555 0101"}),
                               (team, DANIEL, cid, {"current_title": "Data lead"})])
    assert results == {"Amara Okafor": "saved", "Daniel Okafor": "saved"}
    _, now = draft_of(team, "Ana Lima")
    assert (now.phone, now.current_title) == ("+55 11 5555 0101", "Data lead")


def test_two_writers_of_one_field_the_second_is_refused_naming_the_first(team: str) -> None:
    cid, _ = draft_of(team, "Ana Lima")
    wanted = {"Amara Okafor": "ana@amara.example", "Daniel Okafor": "ana@daniel.example"}
    results = run_both(_edit, [(team, AMARA, cid, {"email": wanted["Amara Okafor"]}),
                               (team, DANIEL, cid, {"email": wanted["Daniel Okafor"]})])
    saved = [who for who, what in results.items() if what == "saved"]
    assert len(saved) == 1, results
    winner = saved[0]
    loser = next(who for who in results if who != winner)
    assert results[loser].startswith(f"Ana Lima: email changed by {winner} at ")
    assert f"here is the new value: “{wanted[winner]}”" in results[loser]
    _, now = draft_of(team, "Ana Lima")
    assert now.email == wanted[winner]  # nothing overwritten


def test_two_moves_of_one_application_one_wins_the_other_is_refused(team: str) -> None:
    cid, _ = draft_of(team, "Wei Zhang")
    db = Database.open(team, AMARA)
    try:
        with db.session() as s:
            role = add_role_from_template(s, template("ml_engineer"))
            app_id = pipeline.add_application(s, cid, role.id).id
            stages = pipeline.stages_of(s, role.id)
    finally:
        db.close()
    names = {stages[1].id: stages[1].name, stages[2].id: stages[2].name}
    results = run_both(_move, [(team, AMARA, app_id, stages[1].id),
                               (team, DANIEL, app_id, stages[2].id)])
    saved = [who for who, what in results.items() if what == "saved"]
    assert len(saved) == 1, results
    loser = next(who for who in results if who != saved[0])
    db = Database.open(team, AMARA, write=False)
    try:
        with db.reader() as s:
            now = pipeline.live_application(s, app_id).stage_id
    finally:
        db.close()
    assert results[loser].startswith(f"Wei Zhang was moved to {names[now]} by {saved[0]} at ")


def test_two_writers_each_making_50_edits_lose_none_and_wait_on_no_shared_row(
        pg_url: str) -> None:
    db = Database.create(pg_url, AMARA)
    try:
        with db.session() as s:
            ids = [candidates.create_candidate(s, CandidateDraft(full_name=f"Person {n}")).id
                   for n in range(100)]
    finally:
        db.close()
    started = time.perf_counter()
    results = run_both(_many, [(pg_url, AMARA, ids[0::2]), (pg_url, DANIEL, ids[1::2])])
    wall = time.perf_counter() - started
    print(f"\n2×50 concurrent edits on PostgreSQL: {results['Amara Okafor']:.2f} s and "
          f"{results['Daniel Okafor']:.2f} s of editing, {wall:.2f} s with start-up")
    db = Database.open(pg_url, AMARA, write=False)
    try:
        with db.reader() as s:
            titles = {candidates.candidate_draft(s, cid).current_title for cid in ids}
    finally:
        db.close()
    assert titles == {f"Amara Okafor {n}" for n in range(50)} | \
        {f"Daniel Okafor {n}" for n in range(50)}
