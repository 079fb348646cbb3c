"""The workspace's configuration: its indicator catalog and targets.yaml, parsed together.

Apart from the pipeline so that `tracker validate`, which needs only these two files, does
not import the store, the evaluation and the report to check them.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from tracker.extract.catalog import Catalog, load_catalog
from tracker.targets.loader import load_targets
from tracker.targets.models import TargetsFile
from tracker.workspace import Workspace


def load(ws: Workspace) -> tuple[Catalog, TargetsFile]:
    """The workspace's catalog and targets, parsed once per content of the two files: a batch
    of reports (or a web session) parses targets.yaml once, and an edit is seen on the next
    call (the key is a hash of the bytes, so an edit within the same clock tick counts too).
    The models are shared: treat them as read-only."""
    return _load(str(ws.catalog), _digest(ws.catalog), str(ws.targets), _digest(ws.targets))


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return None  # missing or unreadable: the loader names it


@lru_cache(maxsize=4)
def _load(catalog: str, _catalog_digest: str | None, targets: str,
          _targets_digest: str | None) -> tuple[Catalog, TargetsFile]:
    cat = load_catalog(Path(catalog))
    return cat, load_targets(Path(targets), cat)
