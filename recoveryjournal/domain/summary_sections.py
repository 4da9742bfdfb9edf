"""The parts of a therapist summary and which are shared unless the person says otherwise.

Apart from ``domain.summary`` (which builds a summary) so the command line can name the sections in its help without
loading the summary code."""

from __future__ import annotations

from enum import StrEnum

from recoveryjournal.i18n import translatable, translate


class Section(StrEnum):
    """The parts of a summary, in reading order; the cover is always there. The first four make the brief."""

    FLAGS = "flags"
    TOPICS = "topics"
    GLANCE = "glance"
    SINCE = "since"
    CHARTS = "charts"
    MEASURES = "measures"
    ATTENDANCE = "attendance"
    TRIGGERS = "triggers"
    LAPSES = "lapses"
    LAPSE_ACCOUNTS = "lapse-accounts"
    COPING = "coping"
    PLAN = "plan"
    CONTACTS = "contacts"
    GOALS = "goals"
    SHARED = "shared"

    @property
    def label(self) -> str:
        return translate("Summary section", SECTION_LABELS[self])


SECTION_LABELS = {
    Section.FLAGS: translatable("Summary section", "Flags"),
    Section.TOPICS: translatable("Summary section", "What I want to talk about"),
    Section.GLANCE: translatable("Summary section", "Key numbers"),
    Section.SINCE: translatable("Summary section", "Since my last summary"),
    Section.CHARTS: translatable("Summary section", "Charts"),
    Section.MEASURES: translatable("Summary section", "Questionnaires, sleep and medication"),
    Section.ATTENDANCE: translatable("Summary section", "Treatment and support, week by week"),
    Section.TRIGGERS: translatable("Summary section", "Top triggers"),
    Section.LAPSES: translatable("Summary section", "Lapses"),
    Section.LAPSE_ACCOUNTS: translatable("Summary section", "What happened around each lapse, in my words"),
    Section.COPING: translatable("Summary section", "Coping tools"),
    Section.PLAN: translatable("Summary section", "My plan"),
    Section.CONTACTS: translatable("Summary section", "People I can call: names and notes"),
    Section.GOALS: translatable("Summary section", "Weekly goals"),
    Section.SHARED: translatable("Summary section", "Reflections and entries I chose"),
}

ALL_SECTIONS = frozenset(Section)
BRIEF_SECTIONS = frozenset({Section.FLAGS, Section.TOPICS, Section.GLANCE, Section.SINCE})
FREE_TEXT_SECTIONS = frozenset({Section.LAPSE_ACCOUNTS, Section.CONTACTS})
"""Other people's names and the person's own account: left out until the person ticks them."""
DEFAULT_SECTIONS = ALL_SECTIONS - FREE_TEXT_SECTIONS
