"""The bundle's entry point: the `hirefile` command, the same as `python -m hirefile`."""

import sys

from hirefile.cli import main

if __name__ == "__main__":
    sys.exit(main())
