from recoveryjournal import i18n


def test_locale_names_choose_their_language_and_anything_else_is_english():
    try:
        assert i18n.set_language("es_MX") == "es"
        assert i18n.current_language() == "es"
        assert i18n.set_language("fr_FR") == "en"
        assert i18n.set_language("es-419") == "es"
    finally:
        i18n.set_language("en")
