"""Entry point for ``python -m wi_desktop``."""

import sys

from wi_desktop.app import main

sys.exit(main())
