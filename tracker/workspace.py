"""The workspace: the folder with targets.yaml, seeds/, templates/ and reports/.

Found from the current directory upwards (or given with --workspace), like git finds its
repository, so commands work from any subfolder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.errors import WorkspaceError

TARGETS = "targets.yaml"


@dataclass(frozen=True)
class Workspace:
    root: Path

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
    def find(cls, start: Path | None = None) -> Workspace:
        """The nearest folder at or above `start` that holds targets.yaml."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / TARGETS).is_file():
                return cls(folder)
        raise WorkspaceError(
            f"Không tìm thấy {TARGETS} trong {here} hay các thư mục cha.",
            "chạy lệnh trong thư mục làm việc của tracker, hoặc dùng --workspace ĐƯỜNG_DẪN",
        )

    @classmethod
    def at(cls, root: Path) -> Workspace:
        root = root.resolve()
        if not (root / TARGETS).is_file():
            raise WorkspaceError(f"{root} không có {TARGETS}.", "kiểm tra lại --workspace")
        return cls(root)
