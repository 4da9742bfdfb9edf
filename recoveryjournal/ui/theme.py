"""Theme and text size for the whole app: one palette, one base font, and colours for the few styled places.

``apply_appearance(app, theme, text_scale)`` sets the application's palette ("system" keeps the platform's own,
"light" and "dark" use the Fusion style with the palettes below) and its font (the platform's size times
``text_scale`` percent). Nothing here sets a style sheet on the application: that would put every widget through Qt's
slower style-sheet style. The few widgets that carry their own style sheet (help-now, session review, the safety
panel, message bars) build it from ``colours()`` and ``points()`` and rebuild it when the appearance changes
(``follow``), so every colour they show is chosen against the palette in use and meets WCAG AA contrast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

# No ``Qt`` or ``QEvent`` here: their first use builds big enum types, which the first paint does without.
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # imported where used: loading their types (and enums) costs start-up time
    from PySide6.QtGui import QColor, QPalette

THEME_KEY = "appearance/theme"
TEXT_SCALE_KEY = "appearance/text_scale"
THEMES = ("system", "light", "dark")
DEFAULT_THEME = "system"
DEFAULT_TEXT_SCALE = 100
MIN_TEXT_SCALE, MAX_TEXT_SCALE = 100, 200

AA_TEXT = 4.5
"""WCAG 2 AA contrast for body text; large text (18 pt, or 14 pt bold) needs ``AA_LARGE_TEXT``."""
AA_LARGE_TEXT = 3.0
DISABLED_CONTRAST = 3.0
PAINTED_MARGIN = 0.8
"""Contrast kept in hand where a colour is chosen against a palette role: a style paints a group box, a field or a
button a shade off the role's colour (GTK's dark buttons, Fusion's gradients)."""
"""WCAG exempts disabled controls, but their words must still be read to be recognised: at least this much."""

CALM = "#5f9e93"  # help-now's sea green: the breathing circle and the tint of its background
ACCENT = "#1f6f78"  # the selected page in the sidebar, and the highlight of both palettes (white text: 6:1)
ERROR = "#b3261e"
WARNING = "#e0b400"
PAPER_TEXT = "#1b1f24"  # the summary's ink (export/summary_render.py): previews show the page as it is printed

LIGHT = {
    "Window": "#f2f3f5",
    "WindowText": "#1b1f24",
    "Base": "#ffffff",
    "AlternateBase": "#f0f2f4",
    "ToolTipBase": "#fffbe6",
    "ToolTipText": "#1b1f24",
    "PlaceholderText": "#5c6670",
    "Text": "#1b1f24",
    "Button": "#e9ebee",
    "ButtonText": "#1b1f24",
    "BrightText": "#ffffff",
    "Light": "#ffffff",
    "Midlight": "#e3e6ea",
    "Mid": "#b8bec6",
    "Dark": "#8d959e",
    "Shadow": "#50565c",
    "Highlight": ACCENT,
    "HighlightedText": "#ffffff",
    "Link": "#1d5fa6",
    "LinkVisited": "#6b3fa0",
    "Accent": ACCENT,
}
DARK = {
    "Window": "#202327",
    "WindowText": "#e7e9ec",
    "Base": "#17191c",
    "AlternateBase": "#25292e",
    "ToolTipBase": "#2c3137",
    "ToolTipText": "#e7e9ec",
    "PlaceholderText": "#9aa3ad",
    "Text": "#e7e9ec",
    "Button": "#2c3137",
    "ButtonText": "#e7e9ec",
    "BrightText": "#ffffff",
    "Light": "#3a4047",
    "Midlight": "#31363c",
    "Mid": "#4a5058",
    "Dark": "#141619",
    "Shadow": "#000000",
    "Highlight": ACCENT,
    "HighlightedText": "#ffffff",
    "Link": "#8ab8f0",
    "LinkVisited": "#c5a3f0",
    "Accent": ACCENT,
}
STATE = "_recoveryjournal_appearance"  # the application's ``_Appearance``, made on first real use
DISABLED_TEXT = {"light": "#7a818a", "dark": "#959ca5"}  # 3:1 or more where Fusion paints a button (DISABLED_CONTRAST)


def _palette(colours: dict[str, str], disabled: str) -> QPalette:
    """Roles by name, so importing this module builds no Qt enum (each costs start-up time on first use)."""
    from PySide6.QtGui import QColor, QPalette

    roles = QPalette.ColorRole
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(getattr(roles, role), QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def palette_for(theme: str) -> QPalette | None:
    """The palette of ``theme``; ``None`` for "system" (the platform's own)."""
    if theme == "light":
        return _palette(LIGHT, DISABLED_TEXT["light"])
    if theme == "dark":
        return _palette(DARK, DISABLED_TEXT["dark"])
    return None


class _Appearance(QObject):
    """What the platform gave at the first call, so "system" and 100 % can go back to it; ``changed`` after each."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.style_name = app.style().name()
        from PySide6.QtGui import QPalette

        self.palette = QPalette(app.palette())
        self.point_size = app.font().pointSizeF()
        self.theme = ""  # none applied yet: the first call puts even "system" into effect (``readable_palette``)
        self.scale = DEFAULT_TEXT_SCALE


def _state(app: QApplication | None = None) -> _Appearance:
    app = app or QApplication.instance()
    state = getattr(app, STATE, None)
    if state is None:
        state = _Appearance(app)
        setattr(app, STATE, state)
    return state


def clamp_scale(text_scale: int) -> int:
    return max(MIN_TEXT_SCALE, min(MAX_TEXT_SCALE, int(text_scale)))


def apply_appearance(app: QApplication, theme: str, text_scale: int) -> None:
    """Set the app's theme ("system", "light" or "dark") and text size (percent, 100 to 200), on every open window."""
    from PySide6.QtGui import QFont

    state = _state(app)
    theme = theme if theme in THEMES else DEFAULT_THEME
    scale = clamp_scale(text_scale)
    if theme == state.theme and scale == state.scale:
        return
    old_scale = state.scale
    if theme != state.theme:
        palette = palette_for(theme)
        if palette is None:
            if app.style().name() != state.style_name:
                app.setStyle(state.style_name)
            readable_system = readable_palette(state.palette)
            if readable_system != app.palette():
                app.setPalette(readable_system)
        else:
            if app.style().name().casefold() != "fusion":
                app.setStyle("Fusion")
            app.setPalette(palette)
        from PySide6.QtCore import QEvent

        for window in app.topLevelWidgets():  # Qt does not always tell windows (not before its event loop runs)
            QApplication.sendEvent(window, QEvent(QEvent.Type.ApplicationPaletteChange))
        state.theme = theme
    if scale != old_scale:
        own = [(widget, widget.font().pointSizeF()) for widget in app.allWidgets() if _own_font(widget)]
        font = QFont(app.font())
        font.setPointSizeF(state.point_size * scale / 100)
        app.setFont(font)
        for widget, size in own:  # a big number or a title sized by its widget grows with the text size too
            if size > 0 and widget.font().pointSizeF() == size:
                grown = widget.font()
                grown.setPointSizeF(size * scale / old_scale)
                widget.setFont(grown)
        state.scale = scale
        from recoveryjournal.charts.zoom import set_text_zoom  # matplotlib-free: charts load later, at this size

        set_text_zoom(scale / 100)
    state.changed.emit()


def _own_font(widget: QWidget) -> bool:
    from PySide6.QtCore import Qt

    return widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)


def current_theme() -> str:
    return _state().theme or DEFAULT_THEME


def current_scale() -> int:
    return _state().scale


def base_point_size() -> float:
    """The platform's text size, before the person's text size is applied."""
    return _state().point_size


def points(size: float) -> int:
    """A point size for a style sheet or rich text, grown with the person's text size."""
    return round(size * _state().scale / 100)


class _Follower(QObject):
    """Lives as a child of the widget it restyles, so the connection ends with the widget."""

    def __init__(self, widget: QWidget, restyle: Callable[[], None]) -> None:
        super().__init__(widget)
        self.restyle = restyle
        _state().changed.connect(self.run)

    def run(self) -> None:
        self.restyle()


def follow(widget: QWidget, restyle: Callable[[], None]) -> None:
    """Call ``restyle`` now and after every change of appearance, for as long as ``widget`` lives."""
    restyle()
    _Follower(widget, restyle)


# --- colours -------------------------------------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor | str, other: QColor | str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    from PySide6.QtGui import QColor

    lighter, darker = sorted((luminance(QColor(one)), luminance(QColor(other))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(one: QColor | str, other: QColor | str, amount: float) -> QColor:
    """``amount`` of ``other`` over ``one``."""
    from PySide6.QtGui import QColor

    a, b = QColor(one), QColor(other)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def readable(colour: QColor | str, background: QColor | str, ratio: float = AA_TEXT) -> QColor:
    """``colour``, moved towards black or white just enough to reach ``ratio`` against ``background``."""
    from PySide6.QtGui import QColor

    colour, background = QColor(colour), QColor(background)
    target = QColor("#ffffff") if luminance(background) < 0.18 else QColor("#000000")
    for step in range(21):
        candidate = mix(colour, target, step / 20)
        if contrast(candidate, background) >= ratio + 0.05:
            return candidate
    return target


def readable_palette(system: QPalette) -> QPalette:
    """The platform's own palette ("system"), each text colour moved just enough to be read on the colours it is
    drawn on: AA in the active and inactive groups (GTK dims an unfocused window's words below it, and its dark
    placeholder text is just short of it), ``DISABLED_CONTRAST`` when disabled. A colour drawn see-through (Qt's
    default placeholder) is judged as it looks over its background."""
    from PySide6.QtGui import QColor, QPalette

    roles, groups = QPalette.ColorRole, QPalette.ColorGroup
    grounds = {
        roles.WindowText: (roles.Window,),
        roles.Text: (roles.Base, roles.AlternateBase),
        roles.ButtonText: (roles.Button,),
        roles.PlaceholderText: (roles.Base,),
        roles.ToolTipText: (roles.ToolTipBase,),
        roles.HighlightedText: (roles.Highlight,),
    }
    palette = QPalette(system)
    for group in (groups.Active, groups.Inactive, groups.Disabled):
        need = DISABLED_CONTRAST if group == groups.Disabled else AA_TEXT
        for role, behind in grounds.items():
            colour = palette.color(group, role)
            for ground in (palette.color(group, back) for back in behind):
                seen = mix(ground, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())
                if contrast(seen, ground) < need:  # with room: styles paint fields and buttons a shade off
                    colour = readable(seen, ground, need + 2 * PAINTED_MARGIN)
            if colour != palette.color(group, role):
                palette.setColor(group, role, colour)
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    from PySide6.QtGui import QPalette

    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class Colours(NamedTuple):
    """Colours for the places with their own style, each chosen against the palette in use."""

    text: str
    muted: str
    error: str
    calm_background: str
    calm_text: str
    calm_panel: str
    calm_border: str
    calm_title: str
    calm_circle: str
    calm_circle_ring: str
    warning_background: str
    warning_border: str
    warning_text: str


def colours(palette: QPalette | None = None) -> Colours:
    from PySide6.QtGui import QPalette

    palette = palette or QApplication.palette()
    roles = QPalette.ColorRole
    window, base, text = palette.color(roles.Window), palette.color(roles.Base), palette.color(roles.WindowText)
    calm_background = mix(window, CALM, 0.14)
    warning_background = mix(base, WARNING, 0.22)
    return Colours(
        text=text.name(),
        muted=readable(mix(text, window, 0.3), window, AA_TEXT + PAINTED_MARGIN).name(),
        error=readable(ERROR, window).name(),
        calm_background=calm_background.name(),
        calm_text=readable(text, calm_background).name(),
        calm_panel=base.name(),
        calm_border=mix(base, CALM, 0.4).name(),
        calm_title=readable(mix(CALM, text, 0.35), base).name(),
        calm_circle=CALM,
        calm_circle_ring=mix(base, CALM, 0.3).name(),
        warning_background=warning_background.name(),
        warning_border=WARNING,
        warning_text=readable(palette.color(roles.Text), warning_background).name(),
    )


def paper(widget: QWidget) -> None:
    """Show a document view as the printed page: dark ink on white, whatever the theme (previews, session review)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(widget.palette())
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, roles.Base, QColor("#ffffff"))
        palette.setColor(group, roles.Text, QColor(PAPER_TEXT))
        palette.setColor(group, roles.Window, QColor("#ffffff"))
        palette.setColor(group, roles.WindowText, QColor(PAPER_TEXT))
    widget.setPalette(palette)


def warning_style(name: str) -> str:
    """A soft yellow bar for a problem the person can act on (a save the journal refused), readable in any theme."""
    c = colours()
    return (
        f"#{name} {{ background: {c.warning_background}; border: 1px solid {c.warning_border}; }}"
        f"#{name} QLabel {{ color: {c.warning_text}; }}"
    )


def apply_saved(app: QApplication, settings, *, before_paint: bool = False) -> None:
    """The theme and text size kept in the journal's settings (``store.settings``). ``before_paint``: at start, when
    the platform's own look needs nothing before the first paint (the next call makes it readable)."""
    theme = settings.get(THEME_KEY, DEFAULT_THEME)
    try:
        scale = int(settings.get(TEXT_SCALE_KEY, DEFAULT_TEXT_SCALE))
    except (TypeError, ValueError):
        scale = DEFAULT_TEXT_SCALE
    theme = theme if isinstance(theme, str) else DEFAULT_THEME
    defaults = (theme, clamp_scale(scale)) == (DEFAULT_THEME, DEFAULT_TEXT_SCALE)
    if before_paint and getattr(app, STATE, None) is None and defaults:
        return  # the platform's look, untouched: nothing to do before the first paint
    apply_appearance(app, theme, scale)
