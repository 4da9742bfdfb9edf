"""``python -m benchmarks``: print the speed table for a ten-year heavy user."""

from benchmarks.run import main

raise SystemExit(main())
