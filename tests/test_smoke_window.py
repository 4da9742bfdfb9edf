def test_window_starts_on_today(window):
    assert window.current_page_key() == "today"
    assert window.page("today").isVisible()
