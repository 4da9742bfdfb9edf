"""Colours for every chart: the Okabe–Ito set, which people with any common colour-vision difference can tell apart.

Each theme keeps the same meaning per colour (mood is always blue, craving always vermillion, …) and only shifts
lightness so lines and text keep their contrast on a dark window.
"""

from __future__ import annotations

from dataclasses import dataclass

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}


@dataclass(frozen=True)
class Theme:
    dark: bool
    background: str
    foreground: str
    muted: str
    grid: str
    empty: str
    """Cells with nothing logged."""
    mood: str
    craving: str
    rating: str
    lapse: str
    session: str
    sober: str
    kinds: dict[str, str]
    heat: tuple[str, str, str]
    """Low → high ramp for counts and cravings (starts near the background)."""
    mood_scale: tuple[str, str, str]
    """Very low → okay → very good mood: orange → sand → blue, readable without colour vision. "Okay" is a colour of
    its own, never mistaken for ``empty`` (a day with nothing logged)."""


LIGHT = Theme(
    dark=False,
    background="#FFFFFF",
    foreground="#1F2328",
    muted="#5F6B76",
    grid="#E3E7EB",
    empty="#F4F5F7",
    mood=OKABE_ITO["blue"],
    craving=OKABE_ITO["vermillion"],
    rating=OKABE_ITO["bluish_green"],
    lapse=OKABE_ITO["reddish_purple"],
    session=OKABE_ITO["bluish_green"],
    sober="#BFE3D0",
    kinds={
        "emotional": OKABE_ITO["blue"],
        "environmental": OKABE_ITO["bluish_green"],
        "social": OKABE_ITO["orange"],
        "risk": OKABE_ITO["reddish_purple"],
    },
    heat=("#D9ECF7", "#56B4E9", "#08306B"),
    mood_scale=("#E69F00", "#D9CFA6", "#0072B2"),
)

DARK = Theme(
    dark=True,
    background="#1E2227",
    foreground="#E8EAED",
    muted="#A6AFB8",
    grid="#343A41",
    empty="#262A30",
    mood=OKABE_ITO["sky_blue"],
    craving="#F08A4B",
    rating="#3CC5A0",
    lapse=OKABE_ITO["reddish_purple"],
    session="#3CC5A0",
    sober="#2E5544",
    kinds={
        "emotional": OKABE_ITO["sky_blue"],
        "environmental": "#3CC5A0",
        "social": OKABE_ITO["orange"],
        "risk": OKABE_ITO["reddish_purple"],
    },
    heat=("#1D4866", "#4F9CC9", "#F0E442"),
    mood_scale=("#E69F00", "#9A8F6E", "#56B4E9"),
)


def theme(dark: bool = False) -> Theme:
    return DARK if dark else LIGHT


def kind_colour(active: Theme, kind: str) -> str:
    return active.kinds.get(kind, active.muted)


KIND_HATCHES = {"emotional": "", "environmental": "///", "social": "...", "risk": "xx"}
"""A fill pattern per trigger kind, so kinds stay apart when printed in grey (their colours pair up in lightness)."""
SERIES_STYLES = {
    "mood": ("-", "o"),
    "craving": ("--", "s"),
    "rating": (":", "^"),
}
"""(line style, marker) per line series: mood and craving print as the same grey, so they differ in shape too."""


def kind_hatch(kind: str) -> str:
    return KIND_HATCHES.get(kind, "\\\\")


def grey_level(colour: str) -> float:
    """The lightness a colour prints at in greyscale (Rec. 709 luma, 0 black – 1 white)."""
    from matplotlib.colors import to_rgb

    red, green, blue = to_rgb(colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    from matplotlib.colors import to_rgb

    def luminance(colour: str) -> float:
        channels = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def ink_on(active: Theme, fill: str) -> str:
    """Text colour for words drawn on a cell of colour ``fill``: the theme's own text or background colour where one
    reaches WCAG AA (4.5:1), else black or white, whichever does (a mid-tone reaches it only with one of those)."""
    for colour in (active.foreground, active.background):
        if contrast(colour, fill) >= 4.5:
            return colour
    return max(("#FFFFFF", "#000000"), key=lambda colour: contrast(colour, fill))
