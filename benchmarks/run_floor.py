"""The cost floor as a process of its own, so that it is timed like ``claim-check check``:
``python -m benchmarks.run_floor CORPUS``."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.run import floor

if __name__ == "__main__":
    print(floor(Path(sys.argv[1])))
