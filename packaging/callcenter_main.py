"""Entry point of the bundled program (PyInstaller): the `callcenter` command.

A bundle has no Python interpreter to run ``-m module``, so the one child process the
product starts that way (the speech worker, ``sys.executable -m callcenter.training.
speech_worker``) is run here as that module. Multiprocessing children (demo data made in
parallel) start through ``freeze_support``."""

from __future__ import annotations

import multiprocessing
import runpy
import sys

# the only modules the product runs as `sys.executable -m NAME`
CHILD_MODULES = ("callcenter.training.speech_worker",)


def main() -> int:
    multiprocessing.freeze_support()
    if len(sys.argv) >= 3 and sys.argv[1] == "-m" and sys.argv[2] in CHILD_MODULES:
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from callcenter.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
