"""Benchmark: the CV word index for 1,000 CVs of about 5,000 characters each: the size it adds
to the file beside the text's own size (and what a trigram index of the same text would be),
and the candidates' search over it.

    .venv/bin/python tests/bench/bench_cv_search.py [--strict]

The CVs' text is made here from a vocabulary of about 4,000 words (common English words, tech
terms and made-up names, drawn with a Zipf-like skew, as words in CVs are); ten CVs say
"Kubeflow". Sizes are the pages each table uses (`dbstat`). Search times are the app's search
(`listing.candidate_ids`, as the list runs it), best of five, beside the bare FTS5 query as the
floor. `--strict` exits 1 when a search is over its budget.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from ratios import best_ms, print_ratios  # tests/bench, beside this script

from hirefile.domain.candidates import CandidateDraft
from hirefile.services import listing
from hirefile.services.candidates import create_candidate
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Attachment

CVS = 1_000
CHARS = 5_000
ROUNDS = 5
TECH = tuple(str.split(
    "python pytorch tensorflow kubernetes docker terraform postgresql kafka spark airflow "
        "react typescript golang rust java scala aws gcp azure linux grpc graphql redis "
        "elasticsearch pandas numpy scikit-learn mlops ci/cd jenkins github gitlab"))
COMMON = tuple(str.split(
    "built led designed shipped team product platform data pipeline service customers "
          "users growth reduced latency improved reliability migrated launched mentored "
          "engineers hiring startup company years experience university degree computer "
          "science mathematics research paper conference award project open source "
          "contributor maintainer production scale million requests daily weekly"))


def vocabulary(rng: random.Random) -> list[str]:
    made = set()
    while len(made) < 3_900:
        made.add("".join(rng.choice("abcdefghiklmnoprstuvwyz") for _ in range(rng.randint(4, 11))))
    return [*COMMON, *TECH, *sorted(made)]


def cv_text(rng: random.Random, words: list[str], n: int) -> str:
    weights = [1 / (i + 1) for i in range(len(words))]
    out: list[str] = []
    size = 0
    while size < CHARS:
        line = " ".join(rng.choices(words, weights, k=rng.randint(6, 14))).capitalize() + "."
        out.append(line)
        size += len(line) + 1
    if n % 100 == 0:
        out.insert(3, "Trained and served models with Kubeflow on GKE.")
    return "\n".join(out)


def best(fn: Callable[[], object]) -> float:
    return best_ms(fn, ROUNDS)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    rng = random.Random(21)
    words = vocabulary(rng)
    texts = [cv_text(rng, words, n) for n in range(CVS)]
    with tempfile.TemporaryDirectory() as folder:
        db = Database.create(Path(folder) / "Bench.hirefile",
                             Identity(str(uuid.uuid4()), "Ada Obi"))
        t = time.perf_counter()
        with db.session() as s:
            for n, text in enumerate(texts):
                cid = create_candidate(s, CandidateDraft(full_name=f"Person {n:04d}",
                                                         notes="")).id
                s.add(Attachment(candidate_id=cid, filename=f"cv{n}.pdf", size=1,
                                 sha256="0" * 64, data=b"x", text=text))
        written = time.perf_counter() - t
        with db.reader() as s:
            conn = s.connection()
            sizes = dict(conn.exec_driver_sql(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name").all())
            text_bytes = conn.exec_driver_sql(
                "SELECT sum(length(CAST(text AS BLOB))) FROM attachment").scalar() or 0
        content = sizes.get("document_fts_content", 0)
        index = sum(v for k, v in sizes.items()
                    if k.startswith("document_fts") and k != "document_fts_content")
        with db.session() as s:  # what a trigram index of the same text would take
            conn = s.connection()
            conn.exec_driver_sql("CREATE VIRTUAL TABLE bench_trigram USING "
                                 "fts5(text, tokenize='trigram')")
            conn.exec_driver_sql("INSERT INTO bench_trigram(rowid, text) "
                                 "SELECT rowid, text FROM attachment")
            trigram = sum(v for k, v in conn.exec_driver_sql(
                "SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE 'bench_trigram%' "
                "GROUP BY name").all())
            conn.exec_driver_sql("DROP TABLE bench_trigram")
        mib = 1024 * 1024
        print(f"{CVS:,} CVs of ~{CHARS:,} characters, written with their candidates in "
              f"{written:.1f} s")
        print(f"text of the CVs (attachment.text)   {text_bytes / mib:6.2f} MiB")
        print(f"CV word index: words                {index / mib:6.2f} MiB  "
              f"({index / text_bytes:.2f}x the text)")
        print(f"CV word index: its copy of the text {content / mib:6.2f} MiB  "
              f"({content / text_bytes:.2f}x)")
        print(f"CV word index in all                {(index + content) / mib:6.2f} MiB  "
              f"({(index + content) / text_bytes:.2f}x the text)")
        print(f"a trigram index of the same text    {trigram / mib:6.2f} MiB  "
              f"({trigram / text_bytes:.2f}x the text; not built)")
        results = []
        with db.reader() as s:
            conn = s.connection()
            for query, fts in (("kubeflow", '"kubeflow"*'), ("kube", '"kube"*'),
                               ("python kafka", '"python"* AND "kafka"*')):
                found = len(listing.candidate_ids(s, text=query))
                ms = best(lambda q=query: listing.candidate_ids(s, text=q))
                floor = best(lambda f=fts: conn.exec_driver_sql(
                    "SELECT candidate_id FROM document_fts WHERE document_fts MATCH ?",
                    (f,)).all())
                results.append((f"search {query!r} ({found} found)", ms, floor, 40.0))
            count = best(lambda: listing.candidate_count(s, "kubeflow"))
            results.append(("count 'kubeflow'", count, results[0][2], 40.0))
        db.close()
    print()
    over = print_ratios(results)
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    sys.exit(main())
