"""Numbers on a chart's axes in the reader's language: "1,8" in Spanish, "1.8" in English.

matplotlib writes the numbers of an axis without fixed labels itself (``ScalarFormatter``), always with a point; its
``useLocale`` follows the C library's locale, which is the computer's (and is set differently on every OS), not the
language the person chose. ``speak_numbers`` gives every such axis of a figure the decimal mark of ``language``
(``domain.numbers.DECIMAL_MARK``, the same one the tips and the summary use). ``ChartFigure`` calls it at each draw,
so an axis added after the figure was made (a colour bar) is covered too.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import ScalarFormatter

from recoveryjournal.domain.numbers import DECIMAL_MARK


class DecimalMark(ScalarFormatter):
    """matplotlib's own tick numbers, with ``mark`` for the decimal point."""

    def __init__(self, mark: str) -> None:
        super().__init__()
        self.mark = mark

    def __call__(self, x, pos=None) -> str:
        return super().__call__(x, pos).replace(".", self.mark)

    def get_offset(self) -> str:
        return super().get_offset().replace(".", self.mark)


def speak_numbers(figure: Figure, language: str) -> None:
    """Give each axis of ``figure`` that writes its own numbers the decimal mark of ``language``."""
    mark = DECIMAL_MARK.get(language, ".")
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            formatter = axis.get_major_formatter()
            if type(formatter) is ScalarFormatter or (isinstance(formatter, DecimalMark) and formatter.mark != mark):
                axis.set_major_formatter(DecimalMark(mark))
