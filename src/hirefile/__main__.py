"""`python -m hirefile` runs the same entry point as the `hirefile` command."""

import sys

from hirefile.cli import main

sys.exit(main())
