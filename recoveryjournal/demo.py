"""A sample journal: about 120 days of a person in an intensive outpatient program (IOP), built from a fixed seed.

The data carries the patterns the insights pages look for, so a demo (and the tests) show something real: social
triggers on Friday evenings, work stress early in the week, cravings that fall over the program as coping tools are
used, and one lapse with the recovery after it. Every time derives from ``today``, so a seed and a day always give
the same journal. Everything is written through the store repositories, never with SQL.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from recoveryjournal.demo_measures import add_demo_measures
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.models import CheckIn, EntryKind, JournalEntry, Lapse, Substance, Trigger, TriggerKind
from recoveryjournal.domain.plan import diff_snapshots, plan_snapshot, week_start
from recoveryjournal.domain.plan_models import PlanSection, PlanVersion, SupportContact, WeeklyGoal
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession
from recoveryjournal.opening import open_journal
from recoveryjournal.store.store import Store

DAYS = 120
PROGRAM_DAYS = 84
MAIN = "Alcohol"
SECOND = "Cannabis"
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

SOCIAL = ("Party or social event", "Peers who use")
STRESS = ("Work pressure", "High stress")

# Triggers the demo logs; catalogue names are ensured too, in case someone edited triggers.toml.
TRIGGER_KINDS = {
    "Friday evening": TriggerKind.ENVIRONMENTAL,
    "Party or social event": TriggerKind.SOCIAL,
    "Peers who use": TriggerKind.RISK,
    "Work pressure": TriggerKind.SOCIAL,
    "High stress": TriggerKind.RISK,
    "Tiredness": TriggerKind.EMOTIONAL,
    "Anxiety": TriggerKind.EMOTIONAL,
    "Boredom": TriggerKind.EMOTIONAL,
    "Loneliness": TriggerKind.EMOTIONAL,
    "Anger": TriggerKind.EMOTIONAL,
    "Shame or guilt": TriggerKind.EMOTIONAL,
    "Celebration": TriggerKind.EMOTIONAL,
    "Payday": TriggerKind.ENVIRONMENTAL,
    "Being home alone in the evening": TriggerKind.ENVIRONMENTAL,
    "Passing a bar or old spot": TriggerKind.ENVIRONMENTAL,
    "Conflict with someone close": TriggerKind.SOCIAL,
    "Family or relationship hardship": TriggerKind.RISK,
    "Money trouble": TriggerKind.RISK,
}
CUSTOM_TRIGGERS = (
    Trigger("Watching the game on TV", TriggerKind.ENVIRONMENTAL, "Sunday games and the beer ads in every break."),
    Trigger("Drive home past the liquor store", TriggerKind.ENVIRONMENTAL, "The store on Elm, right by the exit."),
)


@dataclass(frozen=True)
class _Tool:
    action: CopingAction
    drop: float  # how much this tool usually lowers a craving, for this person
    weight: float  # how often they reach for it


TOOLS = (
    _Tool(
        CopingAction("Call your sponsor", "people", "Call Sam, even just to say the craving out loud.", True), 3.4, 3
    ),
    _Tool(CopingAction("Go for a walk", "body", "Ten minutes outside, phone in pocket.", True), 2.6, 5),
    _Tool(CopingAction("Play the tape forward", "mind", "Picture the whole night and the morning after."), 2.8, 2),
    _Tool(CopingAction("Paced breathing", "body", "Box breathing: in 4, hold 4, out 4, hold 4, five rounds."), 1.9, 4),
    _Tool(CopingAction("Urge surfing", "mind", "Notice the craving rise, peak and fall without acting on it."), 2.2, 2),
    _Tool(CopingAction("Take a shower", "body", "A hot shower, then a cold rinse at the end."), 1.8, 2),
    _Tool(CopingAction("Write it down", "creative", "Write down what is going on and what the craving wants."), 1.3, 2),
    _Tool(CopingAction("Short meditation", "mind", "A ten-minute guided meditation."), 1.2, 2),
    _Tool(CopingAction("Eat something", "practical", "HALT check: hungry, angry, lonely, tired?"), 1.5, 2),
    _Tool(CopingAction("Play guitar", "distraction", "Twenty minutes of bad blues.", custom=True), 1.6, 1),
)
GO_TO_ACTIONS = ("Call your sponsor", "Go for a walk", "Play the tape forward", "Paced breathing")

LOW_EMOTIONS = ("anxious", "tired", "restless", "overwhelmed", "sad", "lonely", "angry", "bored")
MID_EMOTIONS = ("tired", "calm", "bored", "restless", "hopeful", "anxious", "content")
HIGH_EMOTIONS = ("calm", "hopeful", "grateful", "proud", "content")


@dataclass(frozen=True)
class _Entry:
    title: str
    body: str
    mood: int | None = None
    triggers: tuple[str, ...] = ()
    private: bool = False
    weekday: int | None = None  # the day the text speaks of, when it names one


FIRST_DAY = _Entry(
    "First day",
    "First day of the IOP. I sat in the parking lot for ten minutes before I went in. Nine people in group, most of "
    "them looked as nervous as I felt. Priya asked us to say one thing we want from the next twelve weeks and I said "
    "I want to stop waking up already tired and already sorry. That felt true.\n\n"
    "Maya made pasta and didn't ask a hundred questions, which I appreciated. Craving around a six tonight, the "
    "usual hour. Had tea instead and went to bed early.",
    2,
    ("Anxiety",),
)
EARLY_MILESTONES = (
    (
        2,
        _Entry(
            "Day three",
            "Shaky in the afternoon, but nothing like last week. Group talked about HALT: hungry, angry, lonely, "
            "tired. I'm usually all four by 5 pm. Ate an actual lunch today. Small thing, noticed the difference.",
            3,
            ("Tiredness",),
        ),
    ),
    (
        6,
        _Entry(
            "One week",
            "A full week in the program. I keep expecting to feel a big shift and mostly I just feel tired. Sam says "
            "that's normal and that tired is better than hungover. He's right, annoyingly.",
            3,
        ),
    ),
)
AFTER_LAPSE = _Entry(
    "Last night",
    "I drank at Dan's birthday last night. Three beers, maybe a fourth — I lost count after the second, which tells "
    "me something. I'd told myself I'd stay an hour and drink soda. I stayed four.\n\n"
    "What I notice now, not to beat myself up but to learn from it: I was already worn out from the week, I skipped "
    "the Saturday meeting last weekend, and I went without an exit plan. When Dan handed me the bottle I didn't have "
    "a sentence ready.\n\n"
    'Called Sam at nine this morning. He didn\'t lecture. He said, "So what did you learn?" and then, "See you '
    "Saturday.\" I'm telling group on Monday and Priya on Tuesday. One night doesn't erase the last two months.",
    2,
    ("Party or social event", "Peers who use", "Friday evening"),
    private=True,
)
TALKING_TO_MAYA = _Entry(
    "Talking to Maya",
    "Told Maya everything this morning. I was ready for her to be angry and she was mostly sad, which was harder. "
    "We walked by the river for an hour. She asked what she can do on Fridays and we came up with a plan: I text her "
    "when I leave work, and we either do something together or I go to Zoë's. It helps to have it written down.",
    3,
)
GROUP_AFTER_LAPSE = _Entry(
    "Group: saying it out loud",
    "Said it out loud in group. Nobody flinched. Two people shared their own lapses and what they changed afterwards. "
    "Priya drew the line between a lapse and a relapse on the board: a lapse is information. Homework: write a "
    "Friday plan and an exit plan for parties.",
    3,
)
MONTH_AFTER_LAPSE = _Entry(
    "A month on",
    "A month since Dan's party. Went to a barbecue on Saturday with an exit plan in my pocket: drive myself, bring "
    "my own drinks, leave by nine, text Sam on the way home. Left at 8:40. Felt a bit like a kid leaving early but "
    "mostly felt proud. 🌱",
    4,
    ("Party or social event",),
)
LAST_GROUP = _Entry(
    "Last group",
    "Last IOP group tonight. Twelve weeks. They gave me a coin, which I didn't expect to get choked up about. Moving "
    "to the Wednesday continuing-care group next week, still seeing Priya on Tuesdays. I was scared of the program "
    "ending; the structure has been holding me up. Priya says the structure is mine now. I think she's right.",
    4,
)
TWO_MONTHS_AGAIN = _Entry(
    "Two months again",
    "Two months since I restarted the count. The first time round I was obsessed with the number. This time I'm "
    "more interested in what the days are like. Mostly: ordinary, a bit boring, a lot better.",
    4,
)
LOOKING_BACK = _Entry(
    "Looking back",
    "Flicked back through this journal tonight. The first weeks are hard to read: cravings at seven or eight most "
    "evenings, Mondays like a wall. Now most days I log a two or three. Fridays are still the hardest and maybe they "
    "always will be, but I have a plan for them and I use it. Coffee with Zoë tomorrow at the café by her work ☕",
    4,
)

STRESS_ENTRIES = (
    _Entry(
        "Monday",
        "Deadline got moved up by a week and my manager announced it at 9 am like it was good news. Heart going all "
        "morning. The old me would have been planning the drink by lunch. Did the breathing thing in the stairwell "
        "twice. It helped more the second time, oddly.",
        2,
        ("Work pressure", "High stress"),
        weekday=MON,
    ),
    _Entry(
        "Inbox",
        "Two hundred emails after the weekend. Made a list, did the top three, let the rest wait. Priya's line about "
        '"urgent for whom?" is stuck in my head in a good way.',
        3,
        ("Work pressure",),
    ),
    _Entry(
        "Tuesday tired",
        "Slept badly, long Tuesday. Craving around a five at 4 pm, the witching hour at work. Walked round the block "
        "instead of going to the vending machine and called Zoë on the way. She told me about her cat's vet drama for "
        "ten minutes and I forgot about the craving entirely.",
        2,
        ("Work pressure", "Tiredness"),
        weekday=TUE,
    ),
    _Entry(
        "The quarterly review",
        "Review meeting today. I got through it, but I felt like a fraud the whole time, like everyone could tell "
        "I've been in treatment. Nobody knows. I know that, logically. Writing it down so I can tell Priya instead of "
        "carrying it around.",
        2,
        ("High stress", "Anxiety"),
        private=True,
    ),
    _Entry(
        "Better Monday",
        "Monday went okay! Same pile of work, but I blocked out lunch and actually took it. Noticed my shoulders "
        "weren't up around my ears at 5 pm. Apparently that's what eating does.",
        4,
        ("Work pressure",),
        weekday=MON,
    ),
    _Entry(
        "Said no",
        'Said no to an extra project today. Politely, with reasons. My boss just said "fair enough". I have spent '
        "years saying yes and then drinking about it.",
        4,
        ("Work pressure",),
    ),
    _Entry(
        "Pressure cooker",
        'Big delivery week. I can feel the old pattern: work late, skip dinner, feel I\'ve "earned" something. Wrote '
        "the pattern on a sticky note and put it on my monitor. Left at six sharp and went to group.",
        3,
        ("High stress", "Work pressure"),
    ),
)
FRIDAY_ENTRIES = (
    _Entry(
        "Friday, again",
        "Coworkers headed to the bar at five. Used to be the best part of my week. Said I had plans, which was true: "
        "plans with a pizza, Maya and a terrible movie. Craving peaked around six and was gone by eight.",
        3,
        ("Friday evening", "Peers who use"),
        weekday=FRI,
    ),
    _Entry(
        "The invitation",
        'Got invited to Kev\'s housewarming next Saturday. My first thought was "how will I explain not drinking" '
        'and my second was "do I even want to go". Not deciding tonight. Putting it on the list for Sam.',
        3,
        ("Party or social event",),
    ),
    _Entry(
        "Old crew",
        "Dan posted a photo in the group chat from the usual bar. Everyone's there. I miss them, or I miss who I was "
        "with them, I'm not sure which. Muted the chat for the weekend. That felt like a loss and also like the right "
        "call.",
        2,
        ("Peers who use", "Friday evening"),
        private=True,
        weekday=FRI,
    ),
    _Entry(
        "Soda water",
        "Went to the leaving drinks at work for an hour. Held a soda water with lime, nobody asked. Left after the "
        "speech. Much less dramatic than the story I'd been telling myself all week.",
        4,
        ("Party or social event",),
        weekday=FRI,
    ),
    _Entry(
        "The Friday plan worked",
        "Followed the Friday plan: texted Maya at five, gym at 5:30, dinner at Zoë's. By the time I looked at the "
        "clock it was ten and I hadn't thought about drinking once. Writing it down because I'll forget it worked the "
        "next time it's hard.",
        4,
        ("Friday evening",),
        weekday=FRI,
    ),
    _Entry(
        "Payday Friday",
        "Payday and Friday on the same day: the double. Moved half straight into savings before I left the office. "
        "Bought new running shoes with some of the rest. Better use of fifty bucks than I've managed in years.",
        3,
        ("Payday", "Friday evening"),
        weekday=FRI,
    ),
)
EARLY_ENTRIES = (
    _Entry(
        "Sleep",
        "Third night in a row of waking at 3 am. Priya says sleep often takes a few weeks to settle. Tried the "
        "body-scan recording and fell asleep halfway through, so either it works or it's very boring. Both fine.",
        3,
        ("Tiredness",),
    ),
    _Entry(
        "Waves",
        "Starting to notice my cravings come in waves: they rise for about twenty minutes, peak, then drop. If I can "
        "get through the twenty minutes I'm mostly fine. Urge surfing, they call it in group. Sounds silly, works.",
        3,
    ),
    _Entry(
        "Sunday",
        "Maya was at her mom's, so Sunday evening was me, the couch and the game. Every ad break was beer. Switched it "
        "off at half-time and went for a walk. Felt like a grumpy old man muttering at the TV, but I didn't drink.",
        2,
        ("Being home alone in the evening", "Watching the game on TV"),
        weekday=SUN,
    ),
    _Entry(
        "The receipt",
        "Found an old receipt in my jacket from March. A $140 bar tab on a Tuesday. I don't remember that night. Sat "
        "with the feeling for a while instead of shoving it away. Wrote it here. Will bring it to Priya.",
        2,
        ("Shame or guilt",),
        private=True,
    ),
    _Entry(
        "Small wins",
        "Small wins today: made the bed, cooked, went to group, called Mom back. Nothing impressive, but three weeks "
        "ago none of that was happening.",
        4,
        weekday=WED,
    ),
    _Entry(
        "Money argument",
        "Argued with Maya about money. I said something mean and walked out. Drove around with a craving at eight. "
        "Called Sam from a parking lot, went home and apologized. We're okay, but I need to notice how fast anger "
        "turns into wanting a drink.",
        2,
        ("Anger", "Conflict with someone close"),
        private=True,
    ),
    _Entry(
        "Guitar",
        "Dug the guitar out of the closet. My fingers remember more than I expected. Twenty minutes of bad blues after "
        "dinner, best part of the evening.",
        4,
    ),
    _Entry(
        "Long evenings",
        "The evenings are long without drinking. I didn't realize how much time it filled. Made a list of things to "
        "do between 7 and 10: guitar, walk, call someone, cook something new, read. It's on the fridge.",
        3,
        ("Boredom",),
    ),
)
LATE_ENTRIES = (
    _Entry(
        "Steady",
        "Nothing much to report, which I'm starting to appreciate. Work, dinner, walk, bed. Craving a two at most.",
        4,
    ),
    _Entry(
        "5k",
        "First 5k without stopping. Slow, but done. Zoë ran the last stretch with me, shouting encouragement like a "
        "football coach. 🏃",
        5,
    ),
    _Entry(
        "Mom's birthday",
        "Mom's birthday dinner. Champagne toast; I had sparkling cider. My uncle made a comment and I let it go. Drove "
        "home tired but clear, and this morning I woke up without that dread. That's the bit I want to remember.",
        3,
        ("Celebration", "Family or relationship hardship"),
    ),
    _Entry(
        "Sleep is back",
        "Slept seven hours three nights running. I'd forgotten what a normal morning feels like. Even the coffee "
        "tastes better.",
        4,
    ),
    _Entry(
        "Quiet apartment",
        "Maya's away for work all week and the apartment is too quiet. Kept opening the fridge for no reason. Called "
        "Zoë, then went to the Wednesday group even though I'd thought about skipping. Better.",
        2,
        ("Loneliness", "Being home alone in the evening"),
        private=True,
        weekday=WED,
    ),
    _Entry(
        "Adding it up",
        "Sat down with the bank app and added up what I used to spend on drinking: around $400 a month. Put the same "
        "amount toward the credit card this month. Good to watch that number go down for once.",
        3,
        ("Money trouble",),
    ),
    _Entry(
        "What helps",
        "Looking at my check-ins, walks and calling Sam work best for me. Breathing helps a bit. Journaling helps "
        "later rather than in the moment. Good to know which tool to grab first.",
        4,
    ),
    _Entry(
        "Rainy Saturday",
        "Rain all day. Made soup, read, napped. Saturdays used to be for recovering from Fridays. Now they're just "
        "Saturdays.",
        4,
        weekday=SAT,
    ),
)
SESSION_NOTES = (
    (
        8,
        _Entry(
            "Session: mapping triggers",
            "Priya and I mapped my triggers. Top three: Friday evenings, Monday work stress, Sunday nights alone. She "
            "asked what each one is really about. Fridays are about belonging, Mondays about feeling out of control, "
            "Sundays about dread. Homework: one plan for each.",
        ),
    ),
    (
        29,
        _Entry(
            "Session: sleep and HALT",
            "Talked about sleep. Agreed on no screens after 11 and the body-scan recording. We also noticed most of my "
            "bad cravings come on days I skip lunch.",
        ),
    ),
    (
        86,
        _Entry(
            "Session: after IOP",
            "Planned for life after group: Tuesdays with Priya, continuing-care group on Wednesdays, Saturday AA. She "
            "reminded me the first weeks after a program ends can feel wobbly and that's expected.",
        ),
    ),
)
SESSION_AFTER_LAPSE = _Entry(
    "Session: walking through the lapse",
    "Went through the lapse step by step with Priya: tired week, skipped meeting, party with no exit plan, Dan "
    "handing me a beer. She pointed out three places I could have stepped off. We updated the plan together.",
)

# Prompts from resources/prompts.toml, as a reflection keeps them: the question and the reason it was asked.
PROMPTS = (
    (
        "goals-future-self",
        "Picture yourself six months from now. What would you like to be true?",
        "The first weeks of the program",
        "That I remember every weekend. That Maya doesn't have to wonder which version of me is coming home.",
    ),
    (
        "triggers-time-of-day",
        "Are some times of day harder than others for you? What tends to happen then?",
        "Cravings stronger on Friday evenings",
        "Friday, 5 to 8 pm. Everyone heads to the bar and I used to be first in line. Now I text Maya when I leave "
        "and go straight to the gym.",
    ),
    (
        "checkin-body",
        "Take a slow breath and notice your body. Where do you feel tension or ease today, and what might it be "
        "telling you?",
        "Nothing in particular stands out",
        "Shoulders tight, jaw clenched. Work stress sitting in my neck. Stretch and walk.",
    ),
    (
        "stress-small-control",
        "Among the things stressing you, which one is a little bit in your control? What is one small step?",
        "A trigger showing up more than usual: Work pressure",
        "The Monday inbox. Pack lunch on Sunday, look at the calendar before I open email, leave the laptop at work.",
    ),
    (
        "cravings-surf",
        "Think back to your strongest craving this week. What was happening just before it started?",
        "A strong craving this week",
        "Sunday, the game on, Maya at her mom's. Boredom and the beer ads. Switched it off and walked.",
    ),
    (
        "coping-what-worked",
        "Something in your toolbox helped lately. What was it about it that worked for you?",
        "A coping action that helped: Go for a walk",
        "Walking gets me out of the room where the craving is, and by the time I'm back it's smaller.",
    ),
    (
        "relationships-support",
        "Who is one person you could reach out to this week, even just to say hello?",
        "Nothing in particular stands out",
        "Sam, just to check in, and my cousin Theo who I've been avoiding.",
    ),
    (
        "stress-signs",
        "How does stress show up in you before you notice it in your head: in your body, your temper, your sleep?",
        "A trigger showing up more than usual: High stress",
        'Sleep goes first. Then I get short with Maya. Then the "I\'ve earned it" thought shows up.',
    ),
    (
        "strengths-proud",
        "What is something you did this week that you're quietly proud of?",
        "Mood better than usual this week",
        "Said no to the extra project at work without apologizing five times.",
    ),
    (
        "triggers-spike-plan",
        "Is this trigger in your plan? If it keeps coming up, what would you like your plan to say about it?",
        "A trigger showing up more than usual: Friday evening",
        "It's in the plan now, with a Friday routine that has worked three weeks running.",
    ),
    (
        "gratitude-recovery",
        "What has recovery given you that you didn't have before?",
        "Nothing in particular stands out",
        "Mornings. Money at the end of the month. Maya trusting me with the car keys on a Friday.",
    ),
)
LAPSE_PROMPT = (
    "coping-after-lapse",
    "Which of your coping tools might have helped before the lapse, and how could you keep it closer to hand?",
    "A lapse in the last two weeks",
    "An exit plan, and Sam's number on the home screen. And not skipping the Saturday meeting: that was the first "
    "domino, not a detail.",
)
THOUGHT_RECORD = {
    "situation": "Sunday morning, the day after telling Maya about the lapse.",
    "thought": "I've wasted two months. I'm back at zero.",
    "feeling": "ashamed",
    "feeling_strength": 80,
    "evidence_for": "The counter says zero days.",
    "evidence_against": "Two months of groups, tools and habits didn't disappear in one night. I called Sam within "
    "twelve hours instead of carrying on for a week like before.",
    "balanced": "I had a lapse and I'm learning from it. The skills are still mine.",
    "feeling_after": "hopeful",
    "feeling_after_strength": 40,
}
STRENGTHS = ("Honest when it counts", "I keep showing up", "Asking for help earlier than I used to")
DAILY_QUESTION = "How am I really doing?"
SHORT_QUESTIONS = {
    ReflectionKind.GRATITUDE: "Three things I'm grateful for",
    ReflectionKind.STRENGTHS: "Three strengths I used lately",
}
GRATITUDE = (
    "Maya's laugh at dinner",
    "Coffee on the porch before anyone was up",
    "Sam picking up on the first ring",
    "A good night's sleep",
    "Zoë's terrible puns",
    "Group this week",
    "The guitar",
    "Clear head on a Saturday morning",
    "Rain on the window",
    "Mom sounding happy on the phone",
    "Finishing the report early",
    "The walk by the river",
    "Priya's patience",
    "Soup that turned out well",
    "New running shoes",
    "Nobody at work asking questions",
    "The dog next door",
    "Sunshine at lunch",
    "Remembering all of last weekend",
    "Money left at the end of the month",
)
DAILY_ANSWERS = (
    (
        "Rough day. Got through it.",
        "Hard one. Went to bed early.",
        "Tired and cranky, but sober.",
        "Cravings all afternoon. Called Sam.",
    ),
    (
        "Okay day. Nothing special.",
        "Work was a lot, the evening was better.",
        "Decent. Walked after dinner.",
        "Fine. Group helped.",
    ),
    (
        "Good day, felt like myself.",
        "Laughed a lot at dinner with Maya.",
        "Calm and got things done.",
        "Really good. Slept well, ran, cooked.",
    ),
)
GOALS = (
    "Pack lunch four days",
    "Walk after dinner five times",
    "Call Sam twice",
    "In bed by 11 on weeknights",
    "Cook something new",
    "Saturday AA meeting",
    "Play guitar three evenings",
    "Run twice",
    "Do the Sunday food prep",
    "Call Mom",
    "Read before bed instead of the phone",
)
NOTES = {
    "friday": (
        "Everyone's going out. Staying in with Maya.",
        "Texted Maya like the plan says.",
        "Could almost taste it walking past the bar.",
        "Left early. Proud of that.",
    ),
    "stress": (
        "Deadline moved up again.",
        "Back-to-back meetings, no lunch.",
        "Boss in a mood.",
        "Too many plates spinning.",
    ),
    "group": ("Good group tonight.", "Hard share from someone in group, stayed with me.", "Group helped."),
    "other": ("Quiet day.", "Long day, okay now.", "Felt steady.", "Bit restless, nothing big."),
}


def write_demo(folder: Path, today: date | None = None, seed: int = 20261124) -> None:
    """Create a new journal in ``folder`` holding the sample person's 120 days, ending the day before ``today``."""
    store = open_journal(folder)
    try:
        with store.db.atomic():
            _Builder(store, today or date.today(), random.Random(seed)).build()
    finally:
        store.close()


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time on ``day`` with the local UTC offset of that day."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _take(pool: list[_Entry], weekday: int) -> _Entry | None:
    """Remove and return the first entry that may be written on ``weekday``."""
    for position, entry in enumerate(pool):
        if entry.weekday in (None, weekday):
            return pool.pop(position)
    return None


class _Builder:
    def __init__(self, store: Store, today: date, rng: random.Random) -> None:
        self.store = store
        self.rng = rng
        self.today = today
        self.start = today - timedelta(days=DAYS)
        self.program_end = self.start + timedelta(days=PROGRAM_DAYS - 1)
        self.lapse_day = next(d for d in range(52, 59) if self.day(d).weekday() == FRI)
        self.triggers: dict[str, int] = {}
        self.tools: dict[str, _Tool] = {}
        self.checkins: list[CheckIn] = []

    def day(self, index: int) -> date:
        return self.start + timedelta(days=index)

    def next_weekday(self, index: int, weekday: int) -> int:
        return index + (weekday - self.day(index).weekday()) % 7

    def build(self) -> None:
        self.add_catalogue()
        self.add_substances()
        for index in range(DAYS):
            self.add_day(index)
        self.add_lapse()
        self.add_extra_coping_uses()
        self.add_journal()
        self.add_reflections(self.add_plan())
        self.add_sessions()
        add_demo_measures(self.store, self.day, self.lapse_day, DAYS - 1)
        self.store.settings.set("program_start", self.start.isoformat())
        self.store.settings.set("program_end", self.program_end.isoformat())
        self.store.settings.set("weekly_target_hours", 9)

    # --- catalogue -------------------------------------------------------------------------------------------------

    def add_catalogue(self) -> None:
        repo = self.store.triggers
        for name, kind in TRIGGER_KINDS.items():
            self.triggers[name] = repo.ensure(name, kind).id
        for trigger in CUSTOM_TRIGGERS:
            found = repo.by_name(trigger.name)
            self.triggers[trigger.name] = found.id if found else repo.add(replace(trigger))
        for tool in TOOLS:
            found = self.store.coping.action_by_name(tool.action.name)
            if found is None:
                found = replace(tool.action)
                self.store.coping.add_action(found)
            elif tool.action.favourite and not found.favourite:
                found.favourite = True
                self.store.coping.update_action(found)
            self.tools[tool.action.name] = _Tool(found, tool.drop, tool.weight)

    def add_substances(self) -> None:
        detox = self.start - timedelta(days=9)  # the week before the program, so the run before the lapse counts
        self.store.sobriety.add(Substance(MAIN, self.day(self.lapse_day + 1), tracked_since=detox))
        self.store.sobriety.add(Substance(SECOND, self.start - timedelta(days=23)))

    # --- check-ins -------------------------------------------------------------------------------------------------

    def add_day(self, index: int) -> None:
        day, rng = self.day(index), self.rng
        weekday = day.weekday()
        if index == self.lapse_day:
            self.checkin(index, "morning", _at(day, 7, 50))
            self.add_lapse_evening(day)
            return
        if index == self.lapse_day + 1:
            self.add_morning_after(day)
            self.checkin(index, "evening", _at(day, 20, 30 + rng.randrange(20)))
            return
        slots = []
        if rng.random() < 0.85:
            slots.append(("morning", _at(day, 7 + rng.randrange(2), rng.randrange(60))))
        if rng.random() < (0.6 if weekday in (MON, TUE) else 0.3):
            slots.append(("afternoon", _at(day, 12 + rng.randrange(5), rng.randrange(60))))
        if not slots or rng.random() < (0.97 if weekday == FRI else 0.8):
            hour = 21 if self.has_group(index) else 19 + rng.randrange(3)
            slots.append(("evening", _at(day, hour, 10 + rng.randrange(50))))
        for slot, moment in slots:
            self.checkin(index, slot, moment)

    def has_group(self, index: int) -> bool:
        return index < PROGRAM_DAYS and self.day(index).weekday() in (MON, WED, THU)

    def craving_level(self, index: int, slot: str, names: list[str]) -> float:
        """The person's usual craving here: falling over the program, higher around the lapse and in risky spots."""
        level = 6.0 - 3.6 * index / (DAYS - 1)
        since_lapse = index - self.lapse_day
        if -7 < since_lapse <= 0:
            level += 1.5 * (since_lapse + 7) / 7
        elif 0 < since_lapse <= 12:
            level += 1.8 * (12 - since_lapse) / 12
        level += {"morning": -1.2, "afternoon": 0.0, "evening": 0.4}[slot]
        level += 1.6 if any(name in names for name in SOCIAL) else 0.0
        level += 1.1 if any(name in names for name in STRESS) else 0.0
        level += 0.6 if "Friday evening" in names else 0.0
        level -= 1.0 if slot == "evening" and self.has_group(index) else 0.0
        return level

    def pick_triggers(self, weekday: int, slot: str, payday: bool) -> list[str]:
        rng = self.rng
        names: list[str] = []
        if weekday == FRI and slot == "evening":
            if rng.random() < 0.9:
                names.append("Friday evening")
            if rng.random() < 0.75:
                names.append(rng.choice(SOCIAL))
            if rng.random() < 0.25:
                names.append("Peers who use")
            if payday:
                names.append("Payday")
        elif slot == "evening" and rng.random() < (0.15 if weekday == SAT else 0.03):
            names.append("Party or social event" if weekday == SAT else "Peers who use")
        if slot != "evening" and weekday < SAT:
            chance = 0.7 if weekday in (MON, TUE) else 0.12
            if rng.random() < chance:
                names.append("Work pressure")
            if rng.random() < chance * 0.5:
                names.append("High stress")
            if weekday == MON and slot == "morning" and rng.random() < 0.3:
                names.append("Tiredness")
        if weekday == SUN and slot == "evening":
            if rng.random() < 0.35:
                names.append("Watching the game on TV")
            if rng.random() < 0.3:
                names.append("Being home alone in the evening")
        if slot == "evening" and weekday < FRI and rng.random() < 0.1:
            names.append("Drive home past the liquor store")
        for name, chance in (("Loneliness", 0.04), ("Boredom", 0.05), ("Anxiety", 0.05), ("Anger", 0.02)):
            if rng.random() < chance:
                names.append(name)
        return list(dict.fromkeys(names))

    def context(self, index: int, slot: str, names: list[str]) -> tuple[str, str, str]:
        rng, weekday = self.rng, self.day(index).weekday()
        if slot == "morning":
            if weekday >= SAT:
                return "Home", rng.choice(("Maya", "Alone")), rng.choice(("Slow breakfast", "Lazy morning", ""))
            return "Home", rng.choice(("Alone", "Maya")), rng.choice(("Coffee before work", "Getting ready for work"))
        if slot == "afternoon":
            if any(name in names for name in STRESS):
                happening = rng.choice(("Deadline moved up", "Back-to-back meetings", "Boss wants it today"))
                return "Work", rng.choice(("Coworkers", "Alone at my desk")), happening
            return "Work", "Coworkers", rng.choice(("Lunch break", "Quiet afternoon", ""))
        if self.has_group(index):
            return "Car after group", "Alone", "Just left IOP group"
        if any(name in names for name in SOCIAL):
            return rng.choice(
                (
                    ("Bar near the office", "Coworkers", "Team heading out for drinks"),
                    ("Dan's place", "Old friends", "Everyone drinking, I had soda"),
                    ("Home", "Maya", "Invited to a party, said no"),
                    ("Restaurant", "Friends", "Friends ordering a round"),
                )
            )
        if weekday == SUN and "Watching the game on TV" in names:
            return "Home", "Alone", "Watching the game"
        return rng.choice(
            (("Home", "Maya", "Dinner"), ("Home", "Alone", "Evening in"), ("Zoë's place", "Zoë", "Dinner at Zoë's"))
        )

    def checkin(self, index: int, slot: str, moment: datetime) -> CheckIn:
        rng, day = self.rng, self.day(index)
        weekday = day.weekday()
        payday = weekday == FRI and (index // 7) % 2 == 0
        names = self.pick_triggers(weekday, slot, payday)
        craving = _clamp(self.craving_level(index, slot, names) + rng.gauss(0, 0.9), 0, 10)
        if craving >= 5 and not names:
            names.append(rng.choice(("Tiredness", "Anxiety", "Boredom")))
        mood = self.mood(index, slot, craving, names)
        where, with_whom, happening = self.context(index, slot, names)
        checkin = CheckIn(
            at=moment,
            mood=mood,
            emotions=self.emotions(mood, craving, names),
            craving=craving,
            substance=(SECOND if rng.random() < 0.15 and slot == "evening" else MAIN) if craving else "",
            trigger_ids=[self.triggers[name] for name in names],
            where=where,
            with_whom=with_whom,
            what_happening=happening,
            note=self.note(index, slot, names) if rng.random() < 0.2 else "",
        )
        self.cope(checkin, index)
        self.store.checkins.add(checkin)
        self.checkins.append(checkin)
        return checkin

    def mood(self, index: int, slot: str, craving: int, names: list[str]) -> int:
        level = 2.7 + 1.3 * index / (DAYS - 1) - 0.15 * (craving - 4)
        level -= 0.5 if any(name in names for name in STRESS) else 0.0
        level -= 1.2 if 0 < index - self.lapse_day <= 4 else 0.0
        level += 0.3 if slot == "morning" and self.day(index).weekday() >= SAT else 0.0
        return _clamp(level + self.rng.gauss(0, 0.6), 1, 5)

    def emotions(self, mood: int, craving: int, names: list[str]) -> list[str]:
        rng = self.rng
        pool = LOW_EMOTIONS if mood <= 2 else MID_EMOTIONS if mood == 3 else HIGH_EMOTIONS
        picked = rng.sample(pool, rng.randint(1, 2))
        if craving >= 6:
            picked.append("restless")
        if any(name in names for name in STRESS) and mood <= 3:
            picked.append(rng.choice(("anxious", "overwhelmed")))
        return list(dict.fromkeys(picked))[:3]

    def note(self, index: int, slot: str, names: list[str]) -> str:
        if "Friday evening" in names or any(name in names for name in SOCIAL):
            kind = "friday"
        elif any(name in names for name in STRESS):
            kind = "stress"
        elif slot == "evening" and self.has_group(index):
            kind = "group"
        else:
            kind = "other"
        return self.rng.choice(NOTES[kind])

    def cope(self, checkin: CheckIn, index: int) -> None:
        """Reach for a tool more often as the program goes on; each tool lowers the craving by its own amount."""
        craving = checkin.craving or 0
        chance = (0.45 + 0.45 * index / (DAYS - 1)) if craving >= 4 else 0.15 if craving >= 2 else 0.0
        if self.rng.random() >= chance:
            return
        tool = self.pick_tool()
        checkin.coping_action_id = tool.action.id
        checkin.craving_after = max(0, craving - max(0, round(self.rng.gauss(tool.drop, 0.8))))

    def pick_tool(self) -> _Tool:
        tools = list(self.tools.values())
        return self.rng.choices(tools, weights=[tool.weight for tool in tools])[0]

    # --- the lapse and the day after --------------------------------------------------------------------------------

    def add_lapse_evening(self, day: date) -> None:
        names = ["Friday evening", "Party or social event", "Peers who use"]
        checkin = CheckIn(
            at=_at(day, 19, 10),
            mood=3,
            emotions=["restless", "anxious"],
            craving=7,
            substance=MAIN,
            trigger_ids=[self.triggers[name] for name in names],
            where="Dan's place",
            with_whom="Old friends",
            what_happening="Dan's birthday. Told myself one hour, soda only.",
            note="Nervous. Everyone's already a few drinks in.",
        )
        self.store.checkins.add(checkin)
        self.checkins.append(checkin)

    def add_morning_after(self, day: date) -> None:
        checkin = CheckIn(
            at=_at(day, 10, 40),
            mood=1,
            emotions=["ashamed", "sad", "tired"],
            craving=5,
            substance=MAIN,
            trigger_ids=[self.triggers["Shame or guilt"]],
            where="Home",
            with_whom="Alone",
            what_happening="Morning after Dan's party",
            note="Drank last night. Called Sam. Going to the meeting.",
            coping_action_id=self.tools["Call your sponsor"].action.id,
            craving_after=2,
        )
        self.store.checkins.add(checkin)
        self.checkins.append(checkin)

    def add_lapse(self) -> None:
        self.store.lapses.add(
            Lapse(
                at=_at(self.day(self.lapse_day), 21, 40),
                substance=MAIN,
                amount="3–4 beers",
                context="Dan's birthday party, old friends, a tiring week, no exit plan, missed last Saturday's "
                "meeting.",
                what_helped="Calling Sam the next morning, telling Maya, going to the Saturday meeting and to group "
                "on Monday.",
                note="A lapse, not the end of anything. Next time: drive myself, bring my own drinks, leave by nine.",
            )
        )

    def add_extra_coping_uses(self) -> None:
        """Tools used outside a check-in, about once a week."""
        for index in range(3, DAYS, 7):
            tool = self.pick_tool()
            before = _clamp(self.craving_level(index, "evening", []) + self.rng.gauss(0, 1), 2, 10)
            after = max(0, before - max(0, round(self.rng.gauss(tool.drop, 0.8))))
            use = CopingUse(tool.action.id, _at(self.day(index), 22, self.rng.randrange(45)), before, after)
            self.store.coping.add_use(use)

    # --- journal ---------------------------------------------------------------------------------------------------

    def add_journal(self) -> None:
        lapse = self.lapse_day
        fixed: dict[int, tuple[_Entry, EntryKind]] = {0: (FIRST_DAY, EntryKind.ENTRY)}
        for index, entry in EARLY_MILESTONES:
            fixed[index] = (entry, EntryKind.ENTRY)
        for index, entry in SESSION_NOTES:
            fixed[self.next_weekday(index, TUE)] = (entry, EntryKind.SESSION_NOTE)
        fixed[lapse + 1] = (AFTER_LAPSE, EntryKind.ENTRY)
        fixed[lapse + 2] = (TALKING_TO_MAYA, EntryKind.ENTRY)
        fixed[lapse + 3] = (GROUP_AFTER_LAPSE, EntryKind.SESSION_NOTE)
        fixed[self.next_weekday(lapse, TUE)] = (SESSION_AFTER_LAPSE, EntryKind.SESSION_NOTE)
        fixed[self.next_weekday(lapse + 29, SUN)] = (MONTH_AFTER_LAPSE, EntryKind.ENTRY)
        fixed[max(filter(self.has_group, range(PROGRAM_DAYS)))] = (LAST_GROUP, EntryKind.ENTRY)
        fixed[min(lapse + 61, DAYS - 3)] = (TWO_MONTHS_AGAIN, EntryKind.ENTRY)
        fixed[DAYS - 1] = (LOOKING_BACK, EntryKind.ENTRY)
        for index, (entry, kind) in sorted(fixed.items()):
            self.entry(index, entry, kind, 21)
        stress, friday = list(STRESS_ENTRIES), list(FRIDAY_ENTRIES)
        general = {True: list(EARLY_ENTRIES), False: list(LATE_ENTRIES)}
        for index in range(1, DAYS - 1):
            if index in fixed or abs(index - lapse) <= 1 or self.rng.random() >= 0.33:
                continue
            weekday = self.day(index).weekday()
            pools = [stress] if weekday in (MON, TUE) else [friday] if weekday in (FRI, SAT) else []
            for pool in [*pools, general[index < DAYS // 2]]:
                entry = _take(pool, weekday)
                if entry is not None:
                    self.entry(index, entry, EntryKind.ENTRY, 22)
                    break

    def entry(self, index: int, entry: _Entry, kind: EntryKind, hour: int) -> None:
        created = _at(self.day(index), hour, self.rng.randrange(50))
        self.store.journal.add(
            JournalEntry(
                created_at=created,
                updated_at=created + timedelta(minutes=self.rng.randrange(2, 25)),
                title=entry.title,
                body=entry.body,
                private=entry.private,
                mood=entry.mood,
                trigger_ids=[self.triggers[name] for name in entry.triggers],
                kind=kind,
            )
        )

    # --- reflections -----------------------------------------------------------------------------------------------

    def add_reflections(self, goals: list[WeeklyGoal]) -> None:
        rng = self.rng
        moods: dict[date, list[int]] = {}
        for checkin in self.checkins:
            moods.setdefault(checkin.at.date(), []).append(checkin.mood or 3)
        prompts = list(PROMPTS)
        for index in range(DAYS):
            day = self.day(index)
            if day in moods and rng.random() < 0.55:
                rating = _clamp(2 * sum(moods[day]) / len(moods[day]) - 0.7 + rng.gauss(0, 0.9), 1, 10)
                band = 0 if rating <= 4 else 1 if rating <= 7 else 2
                answer = rng.choice(DAILY_ANSWERS[band])
                self.reflection(day, 22, ReflectionKind.DAILY, ("daily", DAILY_QUESTION, ""), answer, rating=rating)
            if index % 10 == 4 and prompts and abs(index - self.lapse_day) > 3:
                prompt_id, text, reason, answer = prompts.pop(0)
                self.reflection(day, 20, ReflectionKind.PROMPT, (prompt_id, text, reason), answer)
            if day.weekday() == SUN and rng.random() < 0.7:
                self.short_reflection(day, ReflectionKind.GRATITUDE, rng.sample(GRATITUDE, 3))
        prompt_id, text, reason, answer = LAPSE_PROMPT
        self.reflection(self.day(self.lapse_day + 5), 20, ReflectionKind.PROMPT, (prompt_id, text, reason), answer)
        self.short_reflection(self.day(90), ReflectionKind.STRENGTHS, list(STRENGTHS))
        record = "\n".join(f"{key.replace('_', ' ').capitalize()}: {value}" for key, value in THOUGHT_RECORD.items())
        self.reflection(
            self.day(self.lapse_day + 2),
            11,
            ReflectionKind.THOUGHT_RECORD,
            ("thought-record", "Thought record", ""),
            record,
            data=dict(THOUGHT_RECORD),
        )
        self.add_weekly_review(goals)

    def reflection(
        self,
        day: date,
        hour: int,
        kind: ReflectionKind,
        prompt: tuple[str, str, str],
        answer: str,
        rating: int | None = None,
        data: dict | None = None,
    ) -> None:
        prompt_id, text, reason = prompt
        self.store.reflections.add(
            Reflection(
                at=_at(day, hour, self.rng.randrange(50)),
                kind=kind,
                prompt_id=prompt_id,
                prompt_text=text,
                reason=reason,
                answer=answer,
                rating=rating,
                data=data or {},
            )
        )

    def short_reflection(self, day: date, kind: ReflectionKind, items: list[str]) -> None:
        """Gratitude and strengths: three lines, numbered in the answer and kept as a list."""
        question = SHORT_QUESTIONS[kind]
        answer = "\n".join(f"{number}. {item}" for number, item in enumerate(items, start=1))
        self.reflection(day, 9, kind, (kind.value, question, ""), answer, data={"items": items})

    def add_weekly_review(self, goals: list[WeeklyGoal]) -> None:
        """One review, on the last Sunday, looking back over the seven days up to it."""
        sunday = self.today - timedelta(days=(self.today.weekday() - SUN) % 7 or 7)
        monday = sunday - timedelta(days=6)
        week = [c for c in self.checkins if monday <= c.at.date() <= sunday]
        names = {trigger_id: name for name, trigger_id in self.triggers.items()}
        counts = Counter(names[trigger_id] for checkin in week for trigger_id in checkin.trigger_ids)
        helped = {c.coping_action_id for c in week if c.coping_action_id is not None and c.craving_after < c.craving}
        data = {
            "week_from": monday.isoformat(),
            "went_well": "Followed the Friday plan again, ran twice, good session with Priya.",
            "hardest": "Monday's deadline, and Sunday evening felt long.",
            "triggers": [[name, count] for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))],
            "coping": sorted(tool.action.name for tool in self.tools.values() if tool.action.id in helped),
            "goals": [{"text": goal.text, "done": goal.done} for goal in goals if goal.week_start == monday],
            "plan_change": "Add the Sunday food prep to the plan as a Monday helper.",
        }
        answer = f"What went well: {data['went_well']}\nHardest moment: {data['hardest']}"
        self.reflection(
            sunday, 19, ReflectionKind.WEEKLY_REVIEW, ("weekly-review", "Weekly review", ""), answer, data=data
        )

    # --- plan ------------------------------------------------------------------------------------------------------

    def add_plan(self) -> list[WeeklyGoal]:
        plan = self.store.plan
        first_triggers = [
            "Friday evenings when coworkers head to the bar",
            "Monday and Tuesday work crunch",
            "Sunday nights home alone with the game on",
            "Payday",
        ]
        triggers = [*first_triggers, "Parties and birthdays where everyone is drinking", "Arguments I leave unfinished"]
        first_signs = ["Sleeping badly two nights running", "Skipping lunch and getting to 5 pm empty", "Going quiet"]
        signs = [
            *first_signs,
            'Skipping the Saturday meeting "just this once"',
            "Telling myself one won't matter",
            "Missing the old Friday nights",
        ]
        contacts = [
            SupportContact("Sam R.", "AA sponsor", "555-0142", "Any time a craving feels bigger than me, even late."),
            SupportContact(
                "Priya Raman", "IOP counselor", "555-0123", "Weekdays 9–5; for planning, and after a lapse."
            ),
            SupportContact("Zoë", "Sister", "555-0187", "Evenings, or when I need to get out of the house."),
        ]
        plan.set_items(PlanSection.TRIGGERS, triggers)
        plan.set_items(PlanSection.WARNING_SIGNS, signs)
        plan.set_action_ids([self.tools[name].action.id for name in GO_TO_ACTIONS])
        for position, contact in enumerate(contacts):
            contact.position = position
            plan.add_contact(contact)
        goals = self.add_goals()
        reviews = (
            (4, plan_snapshot(first_triggers, first_signs, GO_TO_ACTIONS[:3], contacts[:2], [])),
            (
                self.next_weekday(self.lapse_day, TUE),
                plan_snapshot(triggers, signs, GO_TO_ACTIONS, contacts, self.goals_of(goals, self.lapse_day + 4)),
            ),
        )
        previous = None
        for index, snapshot in reviews:
            changes = "\n".join(diff_snapshots(previous, snapshot))
            plan.add_version(PlanVersion(_at(self.day(index), 17, 45), snapshot, changes))
            previous = snapshot
        return goals

    def goals_of(self, goals: list[WeeklyGoal], index: int) -> list[WeeklyGoal]:
        monday = week_start(self.day(index))
        return [goal for goal in goals if goal.week_start == monday]

    def add_goals(self) -> list[WeeklyGoal]:
        """Two to four goals a week, most done; now and then an unfinished one is carried into the next week."""
        rng, plan = self.rng, self.store.plan
        week, this_week = week_start(self.start), week_start(self.today)
        added: list[WeeklyGoal] = []
        carried: WeeklyGoal | None = None
        while week <= this_week:
            texts = rng.sample(GOALS, rng.randint(2, 3))
            if rng.random() < 0.5:
                texts.insert(0, "Go to all three groups" if week <= self.program_end else "Wednesday group")
            goals = [WeeklyGoal(week, text) for text in texts if carried is None or text != carried.text]
            if carried is not None:
                goals.insert(0, WeeklyGoal(week, carried.text, carried_from_id=carried.id))
            carried = None
            for position, goal in enumerate(goals):
                goal.done = rng.random() < 0.75 if week < this_week else position == 0
                plan.add_goal(goal)
                added.append(goal)
                if not goal.done and week < this_week and carried is None and rng.random() < 0.5:
                    carried = goal
            week += timedelta(days=7)
        return added

    # --- sessions --------------------------------------------------------------------------------------------------

    def add_sessions(self) -> None:
        sessions = self.store.sessions
        skipped_meeting = self.next_weekday(self.lapse_day - 7, SAT)
        for index in range(DAYS):
            day, weekday = self.day(index), self.day(index).weekday()
            if self.has_group(index) and index != 40:
                note = "Talked about Friday." if index == self.lapse_day + 3 else ""
                sessions.add(TreatmentSession(_at(day, 18), SessionKind.GROUP, 3.0, "IOP group", note))
            if index >= PROGRAM_DAYS and weekday == WED:
                sessions.add(TreatmentSession(_at(day, 18, 30), SessionKind.GROUP, 1.5, "Continuing-care group"))
            if weekday == TUE:
                sessions.add(TreatmentSession(_at(day, 16, 30), SessionKind.INDIVIDUAL, 1.0, "Session with Priya"))
            if weekday == SAT and index != skipped_meeting:
                sessions.add(TreatmentSession(_at(day, 10), SessionKind.SUPPORT_GROUP, 1.5, "AA home group"))
        family_day = self.next_weekday(self.lapse_day + 10, WED)
        sessions.add(
            TreatmentSession(
                _at(self.day(family_day), 16),
                SessionKind.FAMILY,
                1.0,
                "Family session with Maya",
                "Maya asked how she can help on Fridays without feeling like a guard.",
            )
        )
