"""``python -m urbangov``: the ``urbangov`` command."""

import sys

from urbangov.cli import main

if __name__ == "__main__":
    sys.exit(main())
