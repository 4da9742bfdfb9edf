"""One row of the benchmark table and the table itself: shared by every group of rows (``run``, ``big_import``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    """One line of the table. ``limit`` is an absolute target in seconds; ``ratio_limit`` a target for ÷ floor."""

    name: str
    median: float
    floor: float
    floor_name: str
    unit: str = "s"
    limit: float | None = None
    ratio_limit: float | None = None

    @property
    def ratio(self) -> float:
        return self.median / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool | None:
        if self.ratio_limit is not None:
            return self.ratio <= self.ratio_limit
        if self.limit is not None:
            return self.median <= self.limit
        return None

    @property
    def target(self) -> str:
        if self.ratio_limit is not None:
            return f"≤ {self.ratio_limit:g}× floor"
        if self.limit is not None:
            return f"≤ {amount(self.limit, self.unit)}"
        return "—"


def amount(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def format_table(rows: list[Row]) -> str:
    lines = [
        "| Measure | Median | Floor (same run) | Median ÷ floor | Target | Met |",
        "|---|---:|---|---:|---|:---:|",
    ]
    for row in rows:
        met = {True: "met", False: "**not met**", None: "—"}[row.met]
        floor = f"{amount(row.floor, row.unit)} ({row.floor_name})"
        lines.append(
            f"| {row.name} | {amount(row.median, row.unit)} | {floor} | {row.ratio:.2f}× | {row.target} | {met} |"
        )
    return "\n".join(lines)
