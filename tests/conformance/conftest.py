"""The conformance suites score the number layer on published test sets that live beside the
repository (``../shared/peer-specs``); the scoring code is shared with ``benchmarks/``."""

from __future__ import annotations

import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))
