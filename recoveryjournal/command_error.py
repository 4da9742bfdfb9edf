"""The one error every sub-command raises for bad input, kept apart so command modules need not import the CLI."""


class CommandError(Exception):
    """Bad input on the command line: one line on stderr and a non-zero exit."""
