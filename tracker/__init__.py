"""tracker: how far a Vietnamese province is from its ICT targets, and the official report.

The public API is small::

    from tracker import Workspace, make_report, report_data, extract_folder, load_catalog, Store
    ws = Workspace.find()
    result = make_report(ws, "kien-giang", date(2025, 12, 31))   # updates ws.db first
    with Store.open(ws.db) as store: ...                         # reviews, manual figures

Errors are drawn in `tracker.errors` (UserError → exit status 2 in the CLI).
"""

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
from tracker.extract.catalog import load_catalog
from tracker.pipeline import extract_folder, make_report, report_data
from tracker.store import Store
from tracker.workspace import Workspace

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
