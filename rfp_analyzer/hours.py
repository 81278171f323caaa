"""Service windows: the days and hours a sentence says a service is staffed ("Monday to Friday, 7:00 a.m. to
7:00 p.m.", "Sat 08:00-13:00", "24/7").

The judge reads "Monday to Friday" as a limit on coverage, and it is one when the RFP asks for more. When the buyer's
own RFP states that very window for a stream ("Hours of operation: Monday through Friday, 7:00 a.m. to 7:00 p.m."),
a vendor that staffs it meets the requirement: reading the bound as a shortfall is the "wrong degree" error. So the
RFP's windows are read with the same parser, and a vendor's window *covers* one of them when it names the same days
and at least the same hours. Same days, not more: a vendor's weekday window does not cover a buyer's Monday-morning
peak, since the buyer's windows are not all requirements of equal scope and the safe reading keeps the limit.

Time zones are not compared: a proposal answering an RFP quotes its hours in the RFP's zone, or converts them. A
window without hours ("weekdays") covers a window with the same days only when one of the two gives no hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ALL_DAYS = frozenset(range(7))
_DAY = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?")
_RANGE_JOIN = r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till)\s*"
_DAY_RANGE = re.compile(rf"\b(?P<first>{_DAY}){_RANGE_JOIN}(?P<last>{_DAY})(?![a-z])", re.IGNORECASE)
_ONE_DAY = re.compile(rf"\b(?P<day>{_DAY})(?![a-z])", re.IGNORECASE)
_NAMED_DAYS = {
    "weekdays": frozenset(range(5)), "weekday": frozenset(range(5)),
    "weekends": frozenset({5, 6}), "weekend": frozenset({5, 6}),
}
_NAMED = re.compile(r"\b(weekdays?|weekends?)\b", re.IGNORECASE)
# ... and "7 days" after the hours ("Chat 07:00-23:00, 7 days"), but not a span of time ("within 7 days", "for 7 days")
_EVERY_DAY = re.compile(r"\b(?:(?:7|seven) days(?: a| per| each)? week|every day|daily|each day)\b"
                        r"|(?<!within )(?<!in )(?<!after )(?<!for )(?<!of )(?<!than )(?<!every )(?<!next )(?<!last )"
                        r"\b(?:7|seven) days\b(?! (?:of|after|before|from|notice|in advance|to|prior|per|a year))",
                        re.IGNORECASE)
_ROUND_THE_CLOCK = re.compile(
    r"\b24 ?[x/] ?7\b|\b24 hours(?: a| per| each)? day\b|\bround[- ]the[- ]clock\b|\baround the clock\b",
    re.IGNORECASE)
_TIME = r"(?:(?P<{n}h>\d{{1,2}})(?::(?P<{n}m>\d\d))?\s*(?P<{n}ap>[ap]\.?\s?m\.?)?|(?P<{n}word>noon|midnight))"
# the hours, and a time zone, before days put after "on": "... 20:00 CET on ", "... 17:00 Eastern Time on "
_ON_DAYS = re.compile(r"\d(?:\s*[ap]\.?m\.?)?(?:,?\s*\(?[A-Za-z]+\.?\)?){0,3}\s+(?:on|during)\s+(?:all\s+|the\s+)?$")
_TIME_RANGE = re.compile(rf"(?<![\d:]){_TIME.format(n='a')}{_RANGE_JOIN}{_TIME.format(n='b')}(?![\d:])",
                         re.IGNORECASE)
NEAR = 60  # characters between a day range and the hours that go with it


@dataclass(frozen=True)
class Window:
    days: frozenset[int]
    start: int | None = None  # minutes after midnight; None when the text gives no hours
    end: int | None = None
    span: tuple[int, int] = (0, 0)  # where the days are written in the text

    def covers(self, required: "Window") -> bool:
        """Staffs the required window: the same days, and at least its hours (when both give hours)."""
        if self.days != required.days:
            return False
        if None in (self.start, self.end, required.start, required.end):
            return True
        return self.start <= required.start and _end(self) >= _end(required)

    def describe(self) -> str:
        """"Monday-Friday 07:00-19:00", "every day, all day"."""
        days = sorted(self.days)
        named = ("every day" if len(days) == 7 else f"{DAYS[days[0]].title()}-{DAYS[days[-1]].title()}"
                 if len(days) > 1 and days == list(range(days[0], days[-1] + 1)) else
                 ", ".join(DAYS[d].title() for d in days))
        if self.start is None or self.end is None:
            return named
        if (self.start, self.end) == (0, 24 * 60):
            return f"{named}, all day"
        return f"{named} {self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60 % 24:02d}:{self.end % 60:02d}"

    def as_dict(self) -> dict:
        return {"days": [DAYS[d] for d in sorted(self.days)], "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict) -> "Window":
        return cls(frozenset(DAYS.index(d) for d in data["days"]), data.get("start"), data.get("end"))


def _end(window: Window) -> int:
    """An end at or before the start runs past midnight (22:00-06:00) or is midnight itself."""
    return window.end + 24 * 60 if window.end <= window.start else window.end


def _day(word: str) -> int:
    return next(i for i, d in enumerate(DAYS) if d.startswith(word.lower().rstrip(".")[:3]))


def _minutes(match: re.Match, n: str, other_meridiem: str | None) -> int | None:
    word = match.group(f"{n}word")
    if word:
        return 12 * 60 if word.lower() == "noon" else 0
    hour, minute = int(match.group(f"{n}h")), int(match.group(f"{n}m") or 0)
    meridiem = (match.group(f"{n}ap") or other_meridiem or "").lower().replace(".", "").replace(" ", "")
    if hour > 24 or minute > 59:
        return None
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute


def time_ranges(text: str) -> list[tuple[int, int, int]]:
    """(start, end, position) of each hour range; a bare "5-7" is no time (it needs a colon, a.m./p.m. or a word)."""
    found = []
    for m in _TIME_RANGE.finditer(text):
        clock = any(m.group(g) for g in ("am", "bm", "aap", "bap", "aword", "bword"))
        if not clock:
            continue
        start = _minutes(m, "a", m.group("bap"))
        end = _minutes(m, "b", None)
        if start is not None and end is not None:
            found.append((start, end % (24 * 60) if end != 24 * 60 else 24 * 60, m.start()))
    return found


def _day_sets(text: str) -> list[tuple[frozenset[int], tuple[int, int]]]:
    sets, taken = [], []
    for m in _DAY_RANGE.finditer(text):
        first, last = _day(m.group("first")), _day(m.group("last"))
        days = frozenset(range(first, last + 1)) if first <= last else frozenset([*range(first, 7), *range(last + 1)])
        sets.append((days, m.span()))
        taken.append(m.span())
    for pattern, days_of in ((_NAMED, lambda m: _NAMED_DAYS[m.group(1).lower()]),
                             (_EVERY_DAY, lambda m: ALL_DAYS),
                             (_ONE_DAY, lambda m: frozenset({_day(m.group("day"))}))):
        for m in pattern.finditer(text):
            if not any(a <= m.start() < b for a, b in taken):
                sets.append((days_of(m), m.span()))
                taken.append(m.span())
    return sorted(sets, key=lambda s: s[1])


_OUTSIDE = re.compile(r"\b(?:outside|beyond|other than)\s+(?:of\s+)?(?:the\s+)?(?:(?:service\s+)?hours\s+(?:of\s+)?)?$",
                      re.IGNORECASE)


def windows(text: str) -> list[Window]:
    """The service windows a text states: each set of days with the nearest hours written within NEAR characters,
    and round-the-clock service as every day, all day."""
    # Hours written after "outside" are when the service is not given ("Polish-language contacts received outside
    # 08:00-18:00 are answered in German"): no window of it.
    hours = [h for h in time_ranges(text) if not _OUTSIDE.search(text[:h[2]])]
    round_the_clock = [Window(ALL_DAYS, 0, 24 * 60, m.span()) for m in _ROUND_THE_CLOCK.finditer(text)]
    found = list(round_the_clock)
    day_sets = [(days, span) for days, span in _day_sets(text) if not (round_the_clock and days == ALL_DAYS)]
    # Days written after "on" take the hours just before them ("08:00 to 20:00 CET on weekdays and 09:00 to 13:00 on
    # Saturdays"), and those hours are no other days' ("from 08:00 to 20:00 Monday to Friday and from 09:00 to 17:00
    # on Saturday"). Other days take the nearest hours left, the ones after them on a tie: a restatement in the
    # buyer's time zone usually follows ("08:00 to 20:00 Irish time, Monday to Friday, which is 03:00 to 15:00 ET").
    bound = {span: before[-1] for days, span in day_sets
             if _ON_DAYS.search(text[:span[0]]) and (before := [h for h in hours if 0 <= span[0] - h[2] <= NEAR])}
    for days, span in day_sets:
        near = [h for h in hours if _distance(h, span) <= NEAR]
        free = [h for h in near if h not in bound.values()] or near
        hours_of = bound.get(span) or (min(free, key=lambda h: _distance(h, span)) if free else None)
        if hours_of:
            found.append(Window(days, hours_of[0], hours_of[1], span))
        else:
            found.append(Window(days, span=span))
    return found


def _distance(hours: tuple[int, int, int], span: tuple[int, int]) -> int:
    """Characters from a set of days to where an hour range starts, after the days or before them."""
    return min(abs(hours[2] - span[1]), abs(span[0] - hours[2]))


def _length(window: Window) -> int | None:
    return None if window.start is None or window.end is None else _end(window) - window.start


def covered_spans(text: str, required: list[Window]) -> list[tuple[int, int]]:
    """Where the text writes the days of a window that covers one of the required windows, or that restates such a
    window in another time zone (the same days and length: "Mon-Fri 07:00-22:00 BRT / Mon-Fri 10:00-01:00 Lisbon").
    A stated limit ("Monday to Friday") inside one of these spans is the service asked for."""
    stated = windows(text)
    covering = [w for w in stated if any(w.covers(r) for r in required)]
    return [w.span for w in stated if any(
        w == c or (w.days == c.days and _length(w) is not None and _length(w) == _length(c)) for c in covering)]


def short_windows(text: str, required: list[Window]) -> list[str]:
    """Where the text states hours that staff fewer hours than a required window on the same days ("Phone 09:00-21:00,
    7 days" against "07:00-23:00, seven days a week"): the days and hours as written. Not a window that covers
    another of the required windows (an RFP asks 24/7 of one line and 07:00-22:00 of another, and does not say which
    stream a vendor's window serves), nor one of shifts that together cover the day ("06:00-14:00, 14:00-22:00 and
    22:00-06:00, daily")."""
    stated = windows(text)
    hours = time_ranges(text)
    covered = [r for r in required if any(w.covers(r) for w in stated) or _shifts_cover(hours, r)]
    short = [w for w in stated if (length := _length(w)) is not None and not any(w.covers(r) for r in required)
             and any(r not in covered and r.days == w.days and (needed := _length(r)) is not None and length < needed
                     for r in required)]
    return [_as_written(text, hours, w) for w in short]


def _shifts_cover(hours: list[tuple[int, int, int]], required: Window) -> bool:
    """Whether the hour ranges a text states, taken together, staff the required hours (shifts back to back, the
    last perhaps past midnight): read on two days running, they cover the required span on one of them."""
    if required.start is None or required.end is None:
        return False
    spans = sorted((start + day, (end + 24 * 60 if end <= start else end) + day)
                   for start, end, _ in hours for day in (0, 24 * 60))
    need = _end(required) - required.start
    run_start, reach = None, None
    for start, end in spans:
        if reach is None or start > reach:
            run_start, reach = start, end
        else:
            reach = max(reach, end)
        if need >= 24 * 60 and reach - run_start >= need:
            return True
        if need < 24 * 60 and any(run_start <= required.start + day and reach >= _end(required) + day
                                  for day in (0, 24 * 60)):
            return True
    return False


def _as_written(text: str, hours: list[tuple[int, int, int]], window: Window) -> str:
    """The text of a window's days and of its hours (`hours`: the text's time_ranges), from whichever comes first to
    whichever ends last."""
    at = min((h[2] for h in hours if (h[0], h[1]) == (window.start, window.end)),
             key=lambda pos: abs(pos - window.span[0]))
    end = _TIME_RANGE.match(text, at).end()
    return text[min(at, window.span[0]):max(end, window.span[1])].strip(" ,;")
