"""Speed at ten years: a data generator for a heavy user and a table of timings against floors (issue 9)."""
