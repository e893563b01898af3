"""Run designer in the benchmarks as an installed copy runs: its modules compiled.

pip compiles a package's modules when it installs it; a checkout (an editable install) has them
compiled on first import only where writing bytecode is allowed. With PYTHONDONTWRITEBYTECODE
set (as in many development shells) every process started by a benchmark compiles every
module of designer changed since the last compile again: tens of milliseconds at start and
inside the first key that imports a stage's module, which is measuring the environment.
"""

from __future__ import annotations

import compileall
import os
from pathlib import Path


def as_installed() -> None:
    """Compile the designer package the benchmark's processes import, and let them write
    bytecode (this process's environment, which they and their tmux servers inherit)."""
    import designer

    compileall.compile_dir(str(Path(designer.__file__).parent), quiet=1)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
