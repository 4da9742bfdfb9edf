import sys

from recoveryjournal.cli import main

sys.exit(main())
