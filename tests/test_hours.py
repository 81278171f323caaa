"""Service windows (hours.py): the days and hours a text says a service is staffed, and when a vendor's window
covers one the buyer's RFP states."""

from rfp_analyzer.hours import Window, covered_spans, short_windows, windows
from rfp_analyzer.judge.checklists import load_criteria
from rfp_analyzer.judge.rules import _stated_limit

WEEKDAYS = frozenset(range(5))


def test_day_ranges_hours_and_round_the_clock_are_read():
    found = windows("Voice: Mon-Fri 08:00-18:00 CET; Sat 09:00\u201313:00. Fraud line 24/7.")
    assert (WEEKDAYS, 480, 1080) in [(w.days, w.start, w.end) for w in found]
    assert (frozenset({5}), 540, 780) in [(w.days, w.start, w.end) for w in found]
    assert any(w.days == frozenset(range(7)) and (w.start, w.end) == (0, 1440) for w in found)
    twelve = windows("Open Monday through Saturday, 7 a.m. to 9 p.m. Eastern.")[0]
    assert (twelve.days, twelve.start, twelve.end) == (frozenset(range(6)), 420, 1260)


def test_words_that_only_look_like_days_or_hours_are_not_windows():
    assert windows("A monthly report and a 5-7 day turnaround.") == []
    assert windows("Tickets resolved 10 pm - 6 am are reviewed.") == []  # hours without days


def test_a_window_covers_the_same_days_with_at_least_the_hours():
    required = Window(WEEKDAYS, 7 * 60, 19 * 60)
    assert Window(WEEKDAYS, 6 * 60, 20 * 60).covers(required)
    assert not Window(WEEKDAYS, 8 * 60, 19 * 60).covers(required)  # starts late
    assert not Window(frozenset(range(6)), 6 * 60, 20 * 60).covers(Window(frozenset({0}), 7 * 60, 11 * 60))
    assert Window(frozenset(range(7)), 22 * 60, 23 * 60 + 59).covers(Window(frozenset(range(7)), 22 * 60, 23 * 60))


def test_a_stated_limit_inside_a_covering_window_or_its_restatement_in_another_zone():
    rfp = windows("Hours of operation: Monday to Friday, 7:00 a.m. to 10:00 p.m. local time.")
    text = "Brazil queue Mon-Fri 07:00-22:00 BRT, Mon-Fri 10:00-01:00 Lisbon time."
    second = text.index("Mon-Fri", 10)
    assert (second, second + 7) in covered_spans(text, rfp)  # the same 15 hours, written in Lisbon time
    short = "Chat Mon-Fri 09:00-17:00 only."
    assert covered_spans(short, rfp) == []


def test_fewer_hours_on_the_rfps_days_are_short_unless_shifts_cover_them():
    rfp = windows("The desk is staffed from 07:00 to 23:00, seven days a week.")
    assert short_windows("Phone | English | 09:00-21:00, 7 days", rfp) == ["09:00-21:00, 7 days"]
    assert short_windows("Chat in every language: 07:00-23:00, 7 days.", rfp) == []
    # shifts back to back staff the day, and hours on other days are no shortfall of these
    assert short_windows("Three shifts every day: 06:00-14:00, 14:00-22:00 and 22:00-06:00.", rfp) == []
    assert short_windows("Monday to Friday 08:00-18:00 for fleet accounts.", rfp) == []
    # the round-the-clock night shift joins the day shifts
    assert short_windows("Morning 6:00 to 14:00 Monday to Sunday, afternoon 14:00 to 22:00 Monday to Sunday, night "
                         "22:00 to 6:00 Monday to Sunday.", windows("Staffed 24/7.")) == []
    # the RFP asks 24/7 of one line and 07:00-22:00 of another: staffing one of its windows is no shortfall
    two = windows("The breakdown line runs 24/7.") + windows("App support every day from 07:00 to 22:00.")
    assert short_windows("App support is open every day from 07:00 to 22:00 CET.", two) == []
    assert short_windows("App support every day 08:00-20:00.", two) == ["every day 08:00-20:00"]
    # a span of time is no window
    assert windows("Refunds reach the card within 7 days.") == []


def test_the_llm_judge_is_told_the_rfp_windows_for_criteria_about_hours(tmp_path):
    from rfp_analyzer.judge.checklists import load_criteria
    from rfp_analyzer.judge.llm import _with_what_the_rfp_asks

    from .conftest import build_evidence

    found, _ = build_evidence(tmp_path, {"wren": ["We answer calls in English and Spanish with 40 agents."]})
    evidence = found["wren"]
    evidence.rfp_windows = windows("Monday to Friday, 7:00 a.m. to 7:00 p.m.; Saturday 08:00-13:00.")
    assert [w.describe() for w in evidence.rfp_windows] == ["Monday-Friday 07:00-19:00", "Saturday 08:00-13:00"]
    criteria = {c.id: c for c in load_criteria().criteria}
    told = _with_what_the_rfp_asks(criteria["coverage_availability"], evidence)
    assert "Monday-Friday 07:00-19:00; Saturday 08:00-13:00" in told
    assert _with_what_the_rfp_asks(criteria["pricing_clarity"], evidence) == criteria["pricing_clarity"].met_requires


def test_hours_go_with_the_days_they_are_written_against():
    """Days after "on" take the hours before them, and those hours are no other days'; other days take the nearest
    hours, the ones after them on a tie (a restatement in the buyer's time zone usually follows)."""
    def read(text):
        return [(w.days, w.start, w.end) for w in windows(text)]
    assert read("Staffed from 07:30 to 19:00 CET on weekdays and 10:00 to 14:00 CET on Saturdays.") == [
        (WEEKDAYS, 450, 1140), (frozenset({5}), 600, 840)]
    assert read("Open from 08:00 to 21:00 Monday to Friday and from 09:00 to 15:00 on Saturday.") == [
        (WEEKDAYS, 480, 1260), (frozenset({5}), 540, 900)]
    assert read("Monday to Friday: 08:00-18:00, Saturday: 09:00-13:00.") == [
        (WEEKDAYS, 480, 1080), (frozenset({5}), 540, 780)]
    assert read("Open 09:00 to 21:00 Manila time, Monday to Friday, that is 20:00 to 08:00 US Eastern.") == [
        (WEEKDAYS, 1200, 480)]


def test_hours_after_outside_are_no_window_and_a_long_limit_is_not_excused_by_a_day_in_it():
    """"Received outside 08:00-18:00 ..., and on Saturdays" staffs no 08:00-18:00 window on Saturdays; a limit that
    says much more than a covering window (the Polish contacts answered in German) is a limit, while "only Monday
    to Friday" staffing the weekdays asked is the service asked for."""
    rfp = windows("Standard service hours are Monday to Friday 07:00-20:00 and Saturday 08:00-16:00.")
    polish = ("Polish-language contacts received outside 08:00-18:00 on business days, and on Saturdays, shall be "
              "answered in German or in English.")
    assert all(w.start is None for w in windows(polish))
    coverage = next(c for c in load_criteria().criteria if c.id == "coverage_availability")
    assert _stated_limit(coverage, polish, rfp)[0] is not None
    assert _stated_limit(coverage, "Phone and chat are staffed Monday to Friday 07:00-20:00 and Saturday 08:00-16:00.",
                         rfp)[0] is None
