"""The View menu: the pages, the text size (bigger, smaller, as it was) and the theme; each kept in the journal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup, QKeySequence

from recoveryjournal.ui import preferences, theme

STEP = preferences.TEXT_SCALE_STEP


def fill_view_menu(window) -> None:
    """Fill ``window.view_menu``; the page actions are the Go menu's own, so each shortcut exists once."""
    store = window.context.store
    menu = window.view_menu
    pages = menu.addMenu(QCoreApplication.translate("ViewMenu", "&Pages"))
    pages.addActions(window.go_menu.actions())
    menu.addSeparator()

    def change_size(step: int | None) -> None:
        scale = theme.DEFAULT_TEXT_SCALE if step is None else preferences.text_scale(store) + step
        preferences.set_appearance(store, scale=scale)
        window.context.show_status(
            QCoreApplication.translate("ViewMenu", "Text size: {scale} %").format(scale=preferences.text_scale(store))
        )
        window.context.notify("settings")

    window.bigger_text_action = window.add_action(
        menu,
        QCoreApplication.translate("ViewMenu", "&Bigger text"),
        lambda: change_size(STEP),
        QKeySequence.StandardKey.ZoomIn,
    )
    window.bigger_text_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    window.smaller_text_action = window.add_action(
        menu,
        QCoreApplication.translate("ViewMenu", "&Smaller text"),
        lambda: change_size(-STEP),
        QKeySequence("Ctrl+-"),
    )
    window.reset_text_action = window.add_action(
        menu, QCoreApplication.translate("ViewMenu", "&Normal text size"), lambda: change_size(None)
    )
    menu.addSeparator()
    themes = menu.addMenu(QCoreApplication.translate("ViewMenu", "&Theme"))
    group = QActionGroup(window)
    names = {
        "system": QCoreApplication.translate("ViewMenu", "Same as the computer"),
        "light": QCoreApplication.translate("ViewMenu", "Light"),
        "dark": QCoreApplication.translate("ViewMenu", "Dark"),
    }
    current = theme.current_theme()  # the journal's, put into effect before this menu is filled
    window.theme_actions = {}
    for name in theme.THEMES:

        def choose(_checked: bool = False, name: str = name) -> None:
            preferences.set_appearance(store, chosen_theme=name)
            window.context.notify("settings")

        action = window.add_action(themes, names[name], choose)
        action.setCheckable(True)
        action.setChecked(name == current)
        group.addAction(action)
        window.theme_actions[name] = action

    def follow(what: str) -> None:  # Settings changed the theme: tick it here too
        if what == "settings":
            window.theme_actions[theme.current_theme()].setChecked(True)

    window.context.changed.connect(follow)
