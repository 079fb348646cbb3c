"""Confidences calibrated on the train corpus (tracker/extract/calibration.py)."""

import subprocess
import sys
from pathlib import Path

from tracker.extract import calibration

ROOT = Path(__file__).resolve().parents[2]


def test_a_calibrated_rule_gets_its_measured_confidence_and_others_keep_their_base() -> None:
    table = calibration.table()
    rule, conf = next(iter(table.items()))
    assert calibration.calibrated(rule, 0.123) == conf
    assert calibration.calibrated("no-such-rule", 0.77) == 0.77


def test_smoothing_pulls_a_rarely_seen_rule_towards_its_base() -> None:
    assert calibration.smoothed(1, 1, 0.6, 3) == 0.7  # right once: not yet trusted
    assert calibration.smoothed(0, 1, 0.8, 3) == 0.6
    assert calibration.smoothed(50, 50, 0.7, 3) == 0.98


def test_the_shipped_calibration_is_what_the_train_corpus_gives_today() -> None:
    """A change to extraction must come with `python -m bench.calibrate` (like a golden file)."""
    done = subprocess.run([sys.executable, "-m", "bench.calibrate", "--check"], cwd=ROOT)
    assert done.returncode == 0, "run: python -m bench.calibrate"
