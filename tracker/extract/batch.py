"""Extracting many documents: chunks of files through one process pool, in folder order.

The rules are pure Python, so threads would share one core; processes do not. Chunks of
64 files keep the pickling overhead small and give the store natural commit points.
Results come back in the order of the paths, so output never depends on `workers`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tracker.errors import DocumentError
from tracker.extract.catalog import Catalog
from tracker.extract.engine import Extractor
from tracker.extract.model import Observation, TargetCandidate
from tracker.i18n import lang, set_lang
from tracker.ingest.documents import Document, document_paths, load_documents

CHUNK = 64


@dataclass
class Corpus:
    documents: list[Document]
    observations: list[Observation]
    targets: list[TargetCandidate]
    problems: list[DocumentError] = field(default_factory=list)

    def by_doc(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}


def extract_paths(paths: list[Path], catalog: Catalog, *, workers: int = 1) -> Iterator[Corpus]:
    """The documents, figures and problems of `paths`, one Corpus per chunk, in order."""
    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    if workers <= 1 or len(chunks) <= 1:
        _init_worker(catalog)
        yield from map(_extract_chunk, chunks)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(catalog, lang())) as pool:
        yield from pool.map(_extract_chunk, chunks)


def extract_folder(folder: Path, catalog: Catalog, progress: Callable[[int, int], None] | None = None,
                   *, workers: int = 1) -> Corpus:
    """Read every document of `folder` and extract its figures; bad files become problems."""
    paths = document_paths(folder)
    corpus = Corpus([], [], [], [])
    for part in extract_paths(paths, catalog, workers=workers):
        corpus.documents.extend(part.documents)
        corpus.observations.extend(part.observations)
        corpus.targets.extend(part.targets)
        corpus.problems.extend(part.problems)
        if progress:
            progress(len(corpus.documents) + len(corpus.problems), len(paths))
    return corpus


_worker_extractor: Extractor | None = None


def _init_worker(catalog: Catalog, language: str | None = None) -> None:
    """Each worker has its extractor, and reports a bad document in the parent's language."""
    global _worker_extractor
    if language is not None:
        set_lang(language)
    _worker_extractor = Extractor(catalog)


def _extract_chunk(paths: list[Path]) -> Corpus:
    assert _worker_extractor is not None
    docs, problems = load_documents(paths)
    part = Corpus(docs, [], [], problems)
    for doc in docs:
        result = _worker_extractor.extract(doc)
        part.observations.extend(result.observations)
        part.targets.extend(result.targets)
    return part
