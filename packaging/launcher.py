"""Entry script for the PyInstaller bundle (see wi-desktop.spec): the same as `wi-desktop`."""

import sys

from wi_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
