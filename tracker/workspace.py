"""The workspace: the folder with targets.yaml, seeds/, templates/ and reports/.

Found from the current directory upwards (or given with --workspace), like git finds its
repository, so commands work from any subfolder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import WorkspaceError
from tracker.i18n import msg

TARGETS = "targets.yaml"


@dataclass(frozen=True)
class Workspace:
    root: Path
    store_path: Path | None = None  # default: $TRACKER_DB, else tracker.db in the root

    @property
    def db(self) -> Path:
        """The figures store (reviews, manual figures, extracted figures, report runs)."""
        if self.store_path is not None:
            return self.store_path
        env = os.environ.get("TRACKER_DB")
        return Path(env).resolve() if env else self.root / "tracker.db"

    @property
    def targets(self) -> Path:
        return self.root / TARGETS

    @property
    def catalog(self) -> Path:
        return self.root / "indicators.yaml"

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @classmethod
    def find(cls, start: Path | None = None, store_path: Path | None = None) -> Workspace:
        """The nearest folder at or above `start` that holds targets.yaml."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / TARGETS).is_file():
                return cls(folder, store_path)
        raise WorkspaceError(
            msg("Không tìm thấy {file} trong {folder} hay các thư mục cha.", file=TARGETS, folder=here),
            msg("chạy lệnh trong thư mục làm việc của tracker, hoặc dùng --workspace ĐƯỜNG_DẪN"),
        )

    @classmethod
    def at(cls, root: Path, store_path: Path | None = None) -> Workspace:
        root = root.resolve()
        if not (root / TARGETS).is_file():
            raise WorkspaceError(msg("{folder} không có {file}.", folder=root, file=TARGETS),
                                 msg("kiểm tra lại --workspace"))
        return cls(root, store_path)
