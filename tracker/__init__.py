"""tracker: how far a Vietnamese province is from its ICT targets, and the official report.

The public API is small::

    from tracker import Workspace, make_report, report_data, extract_folder, load_catalog, Store
    ws = Workspace.find()
    result = make_report(ws, "kien-giang", date(2025, 12, 31))   # updates ws.db first
    with Store.open(ws.db) as store: ...                         # reviews, manual figures

Errors are drawn in `tracker.errors` (UserError → exit status 2 in the CLI).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from tracker.errors import (
    ConfigError,
    DocumentError,
    ProvinceError,
    RenderError,
    StoreError,
    TrackerError,
    UserError,
    WorkspaceError,
)

if TYPE_CHECKING:
    from tracker.extract.catalog import load_catalog
    from tracker.pipeline import extract_folder, make_report, report_data
    from tracker.store import Store
    from tracker.workspace import Workspace

# The public API is imported on first use, so `import tracker` (and every CLI command that
# needs none of it) does not pay for the pipeline, the catalog and the report renderers.
_LAZY = {
    "load_catalog": "tracker.extract.catalog", "extract_folder": "tracker.pipeline",
    "make_report": "tracker.pipeline", "report_data": "tracker.pipeline", "Store": "tracker.store",
    "Workspace": "tracker.workspace",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")


__all__ = [
    "ConfigError",
    "DocumentError",
    "ProvinceError",
    "RenderError",
    "Store",
    "StoreError",
    "TrackerError",
    "UserError",
    "Workspace",
    "WorkspaceError",
    "extract_folder",
    "load_catalog",
    "make_report",
    "report_data",
]
__version__ = "0.1.0"
