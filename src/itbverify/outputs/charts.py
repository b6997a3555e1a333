"""Dose timeline charts for the evidence report: one SVG per plan or program.

The top panel shows, over time in days, the programmed daily dose of each step
(a step function), the dose delivered in the preceding 24 hours (computed
exactly by `timeline.delivered`), the allowed envelope (the previous step's
daily dose times one plus the increase limit of the rules), boluses and
screening doses; every span where the delivered dose is above the allowed
line is shaded. The middle panel shows the reservoir volume
(`timeline.reservoir_ml`) against the low-reservoir alarm volume, on an axis
from 0 mL. A plan or program with a flex schedule gets a day view below: the
dose rate by time of day of each flex schedule, which a weeks-long axis cannot
show. The moments and 24-hour windows of findings are marked.

Both curves are exact: infusion runs at a constant rate within each segment,
so the 24-hour delivered dose and the reservoir volume are linear between the
segment boundaries, the boluses and the fills (each also shifted by 24 hours
for the window's start), and jump only there; they are evaluated at each such
moment and just after it, so straight lines between the points are the curves
themselves and every peak is one of the points.

The SVG is written directly, numbers with fixed decimals, so the same
document gives the same bytes on every machine.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape
from itertools import pairwise
from pathlib import Path

from itbverify.base.exact import Fraction
from itbverify.base.numbers import format_number
from itbverify.documents.model import Document, Step
from itbverify.semantics.timeline import delivered, reservoir_ml

EPSILON_H = Fraction(1, 600)  # six seconds: the point just after a jump
GRID_POINTS = 240  # a coarse grid as well, so a long stretch without events is still drawn with points along it

COLOURS = {
    "dose": "#1f4e79",
    "delivered": "#2a9d8f",
    "envelope": "#c0392b",
    "above": "#d62828",
    "bolus": "#7b2cbf",
    "screening": "#e07a00",
    "reservoir": "#1f4e79",
    "alarm": "#c0392b",
    "capacity": "#888888",
    "error": "#d62828",
    "warning": "#b7791f",
    "waived": "#8a8a8a",
    "grid": "#e6e6e6",
    "ink": "#1d2430",
    "muted": "#5b6575",
}
FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"

WIDTH = 1120
LEFT, PLOT_RIGHT = 72, 800  # the plots' horizontal extent; the legend is to their right
LEGEND_X = 818


@dataclass(frozen=True)
class Mark:
    """A finding to highlight: a moment, or a 24-hour window, in hours."""

    requirement: str
    severity: str  # error | warning | waived
    at_h: Fraction | None = None
    window: tuple[Fraction, Fraction] | None = None


@dataclass
class ChartFacts:
    """What the chart shows, in numbers, for the report's text."""

    peak_24h_ug: Fraction | None = None
    peak_24h_end_h: Fraction | None = None
    lowest_reservoir_ml: Fraction | None = None
    lowest_reservoir_h: Fraction | None = None
    above_allowed: list[tuple[Fraction, Fraction]] = field(default_factory=list)  # spans, in hours
    day_view: bool = False  # a flex schedule's day view is drawn
    notes: list[str] = field(default_factory=list)


Series = list[tuple[Fraction, Fraction]]  # (hours, value)


def _days(hours: Fraction | float) -> float:
    return float(hours) / 24


def _n(value: float) -> str:
    """A coordinate, with two decimals and no negative zero."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _span(document: Document) -> tuple[Fraction, Fraction]:
    """The hours the chart covers: from the first event (day-aligned) to the end of the timeline."""
    times: list[Fraction] = [s.at_h for s in document.steps]
    times += [s.at_h for s in document.screenings]
    times += [f.at_h for f in document.fills if not f.from_history]
    times += [b.at_h for b in document.boluses if isinstance(b.at_h, Fraction)]
    if document.segments:
        times.append(document.segments[0].start)
    start = min(times) if times else Fraction(0)
    start = Fraction(math.floor(start / 24) * 24)
    end = max(document.end_h, max(times) if times else start + 24)
    if end <= start:
        end = start + 24
    return start, end


def _moments(start: Fraction, end: Fraction, events: Iterable[Fraction]) -> list[Fraction]:
    """Each event in [start, end] and the moment just after it, a coarse grid, and both ends."""
    step = (end - start) / GRID_POINTS
    points = {start + step * i for i in range(GRID_POINTS + 1)}
    for t in events:
        for u in (t, t + EPSILON_H):
            if start <= u <= end:
                points.add(u)
    return sorted(points)


def _bolus_times(document: Document) -> list[Fraction]:
    return [b.at_h for b in document.boluses if isinstance(b.at_h, Fraction)]


def _boundaries(document: Document) -> list[Fraction]:
    """The moments the infusion rate changes: every segment boundary, or, past GRID_POINTS segments (a flex
    schedule over weeks, whose changes within a day are a pixel or less on the axis: the day view shows
    them), the starts and ends of the runs and the steps only."""
    if len(document.segments) <= GRID_POINTS:
        return [x for s in document.segments for x in (s.start, s.end)]
    return [x for r in document.runs for x in (r.start, r.end)] + [s.at_h for s in document.steps]


def _delivered_series(document: Document, facts: ChartFacts) -> list[Series]:
    """Delivered in [t - 24 h, t), for t in each run of infusion from 24 h after its start: one series per run."""
    kinks = _boundaries(document) + _bolus_times(document)
    kinks += [s.at_h for s in document.steps]
    shifted = [t + shift for t in kinks for shift in (Fraction(0), Fraction(24))]
    out: list[Series] = []
    for run in document.runs:
        first = run.start + 24
        if first > run.end:
            continue
        series: Series = []
        for t in _moments(first, run.end, shifted):
            value = delivered(document, t - 24, t)
            if not isinstance(value, (Fraction, int)):
                continue
            value = Fraction(value)
            if facts.peak_24h_ug is None or value > facts.peak_24h_ug:
                facts.peak_24h_ug, facts.peak_24h_end_h = value, t
            series.append((t, value))
        out.append(series)
    return out


def _reservoir_series(document: Document, end: Fraction, facts: ChartFacts) -> Series:
    """The reservoir volume from just after the first fill to the end of the timeline."""
    if not document.fills or not document.segments:
        return []
    first = min(f.at_h for f in document.fills)
    events = [f.at_h for f in document.fills] + _bolus_times(document)
    events += _boundaries(document)
    series: Series = []
    for t in _moments(first + EPSILON_H, end, events):
        if t <= first:
            continue
        value = reservoir_ml(document, t)
        if not isinstance(value, (Fraction, int)):
            continue
        value = Fraction(value)
        if facts.lowest_reservoir_ml is None or value < facts.lowest_reservoir_ml:
            facts.lowest_reservoir_ml, facts.lowest_reservoir_h = value, t
        series.append((t, value))
    return series


def _dose_steps(document: Document, end: Fraction) -> Series:
    """The programmed daily dose as corner points of a step function."""
    points: Series = []
    for step in document.steps:
        value = Fraction(0) if step.stops else step.daily_dose_ug
        if points:
            points.append((step.at_h, points[-1][1]))
        points.append((step.at_h, value))
    if points:
        points.append((end, points[-1][1]))
    return points


def _envelope(document: Document, end: Fraction, limit_of: Callable[[Step], Fraction | None]) -> list[tuple[Fraction, Fraction, Fraction]]:
    """(from, until, allowed) for each step that replaces a running one: the previous daily dose times (1 + limit)."""
    pieces = []
    steps = document.steps
    for i, step in enumerate(steps):
        until = steps[i + 1].at_h if i + 1 < len(steps) else end
        previous = step.previous
        if previous is None or step.starts_run or step.stops or previous.stops:
            continue
        limit = limit_of(step)
        if limit is not None and until > step.at_h:
            pieces.append((step.at_h, until, previous.daily_dose_ug * (1 + limit)))
    return pieces


def _allowed_at(pieces: list[tuple[Fraction, Fraction, Fraction]], t: Fraction) -> Fraction | None:
    for start, until, allowed in pieces:
        if start <= t < until:
            return allowed
    return None


def above_allowed(series: list[Series], pieces: list[tuple[Fraction, Fraction, Fraction]]) -> list[tuple[Fraction, Fraction]]:
    """The spans (hours, merged) in which the delivered dose is above the allowed line.

    Between two neighbouring points both lines are straight (the envelope's
    steps are among the points), so a crossing is found exactly by linear
    interpolation.
    """
    spans: list[tuple[Fraction, Fraction]] = []

    def add(a: Fraction, b: Fraction) -> None:
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        elif b > a:
            spans.append((a, b))

    for points in series:
        for (t0, v0), (t1, v1) in pairwise(points):
            limit = _allowed_at(pieces, t0)
            if limit is None or _allowed_at(pieces, t1 - (t1 - t0) / 2) != limit:
                continue
            over0, over1 = v0 > limit, v1 > limit
            if over0 and over1:
                add(t0, t1)
            elif over0 != over1 and v1 != v0:
                cross = t0 + (t1 - t0) * (limit - v0) / (v1 - v0)
                if over0:
                    add(t0, cross)
                else:
                    add(cross, t1)
    return spans


# ---- drawing --------------------------------------------------------------------


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values from the last at or below LOW to the first at or above HIGH."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    value = math.floor(low / step + 1e-9) * step
    ticks = [round(value, 10)]
    while ticks[-1] < high - step * 1e-9:
        ticks.append(round(ticks[0] + step * len(ticks), 10))
    return ticks


def _label(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:.3g}"


@dataclass(frozen=True)
class _Panel:
    """A plot area: y from TOP to TOP + HEIGHT in the SVG, x from LEFT to PLOT_RIGHT."""

    top: float
    height: float
    x0: float  # the value at the left edge
    x1: float
    y0: float  # the value at the bottom edge
    y1: float

    def x(self, value: float) -> float:
        return LEFT + (value - self.x0) / (self.x1 - self.x0) * (PLOT_RIGHT - LEFT)

    def y(self, value: float) -> float:
        clamped = min(max(value, self.y0), self.y1)
        return self.top + self.height - (clamped - self.y0) / (self.y1 - self.y0) * self.height


class _Svg:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, text: str) -> None:
        self.parts.append(text)

    def text(self, x: float, y: float, content: str, size: float = 11, anchor: str = "start", colour: str = COLOURS["ink"],
             weight: str = "normal", extra: str = "") -> None:
        self.add(f'<text x="{_n(x)}" y="{_n(y)}" font-size="{size:g}" text-anchor="{anchor}" fill="{colour}"'
                 f'{" font-weight=" + chr(34) + weight + chr(34) if weight != "normal" else ""}{extra}>{escape(content)}</text>')

    def polyline(self, points: list[tuple[float, float]], colour: str, width: float, dash: str = "", cls: str = "") -> None:
        if len(points) < 2:
            return
        coordinates = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        self.add(f'<polyline{" class=" + chr(34) + cls + chr(34) if cls else ""} points="{coordinates}" fill="none" stroke="{colour}" '
                 f'stroke-width="{width:g}" stroke-linejoin="round"{" stroke-dasharray=" + chr(34) + dash + chr(34) if dash else ""}/>')


def _axes(svg: _Svg, panel: _Panel, y_label: str, x_ticks: list[tuple[float, str]], x_labels: bool) -> None:
    """Grid lines, ticks with labels on y (and on x when X_LABELS), the axis lines and the y label."""
    bottom = panel.top + panel.height
    for value in _nice_ticks(panel.y0, panel.y1):
        y = panel.y(value)
        svg.add(f'<line x1="{LEFT}" y1="{_n(y)}" x2="{PLOT_RIGHT}" y2="{_n(y)}" stroke="{COLOURS["grid"]}" stroke-width="0.7"/>')
        svg.text(LEFT - 6, y + 4, _label(value), 10, "end", COLOURS["muted"], extra=' class="ytick"')
    for value, text in x_ticks:
        x = panel.x(value)
        svg.add(f'<line x1="{_n(x)}" y1="{_n(panel.top)}" x2="{_n(x)}" y2="{_n(bottom)}" stroke="{COLOURS["grid"]}" stroke-width="0.7"/>')
        if x_labels:
            svg.text(x, bottom + 14, text, 10, "middle", COLOURS["muted"], extra=' class="xtick"')
    svg.add(f'<line x1="{LEFT}" y1="{_n(bottom)}" x2="{PLOT_RIGHT}" y2="{_n(bottom)}" stroke="{COLOURS["ink"]}" stroke-width="1"/>')
    svg.add(f'<line x1="{LEFT}" y1="{_n(panel.top)}" x2="{LEFT}" y2="{_n(bottom)}" stroke="{COLOURS["ink"]}" stroke-width="1"/>')
    middle = panel.top + panel.height / 2
    svg.text(16, middle, y_label, 11, "middle", COLOURS["ink"], extra=f' transform="rotate(-90 16 {_n(middle)})"')


def _legend(svg: _Svg, top: float, entries: list[tuple[str, str, str]]) -> None:
    """ENTRIES: (kind, colour, text); kind is line, dashed, dotted, area, marker-v, marker-d, marker-up or moment."""
    y = top + 8
    for kind, colour, text in entries:
        if kind == "area":
            svg.add(f'<rect x="{LEGEND_X}" y="{_n(y - 6)}" width="22" height="10" fill="{colour}" fill-opacity="0.18"/>')
        elif kind.startswith("marker"):
            svg.add(_marker(kind, LEGEND_X + 11, y - 1, colour))
        else:
            dash = {"dashed": "6 3", "dotted": "1.5 2.5", "moment": "3 3"}.get(kind, "")
            svg.add(f'<line x1="{LEGEND_X}" y1="{_n(y - 1)}" x2="{LEGEND_X + 22}" y2="{_n(y - 1)}" stroke="{colour}" stroke-width="2"'
                    f'{" stroke-dasharray=" + chr(34) + dash + chr(34) if dash else ""}/>')
        svg.text(LEGEND_X + 28, y + 3, text, 10.5)
        y += 17


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "marker-v":
        return f'<path d="M{_n(x - 5)},{_n(y - 4)} L{_n(x + 5)},{_n(y - 4)} L{_n(x)},{_n(y + 5)} Z" fill="{colour}"/>'
    if kind == "marker-up":
        return f'<path d="M{_n(x - 5)},{_n(y + 4)} L{_n(x + 5)},{_n(y + 4)} L{_n(x)},{_n(y - 5)} Z" fill="{colour}"/>'
    return f'<path d="M{_n(x)},{_n(y - 5)} L{_n(x + 5)},{_n(y)} L{_n(x)},{_n(y + 5)} L{_n(x - 5)},{_n(y)} Z" fill="{colour}"/>'


def _day_ticks(start_d: float, end_d: float) -> list[tuple[float, str]]:
    return [(v, _label(v)) for v in _nice_ticks(start_d, end_d, 10) if start_d - 1e-9 <= v <= end_d + 1e-9]


def _shade(svg: _Svg, panel: _Panel, a: float, b: float, colour: str, opacity: float, cls: str, title: str) -> None:
    left, right = max(panel.x(a), LEFT), min(panel.x(b), PLOT_RIGHT)
    if right <= left:
        right = left + 1
    svg.add(f'<rect class="{cls}" x="{_n(left)}" y="{_n(panel.top)}" width="{_n(right - left)}" height="{_n(panel.height)}" '
            f'fill="{colour}" fill-opacity="{opacity:g}"><title>{escape(title)}</title></rect>')


def _mark_labels(svg: _Svg, panel: _Panel, marks: list[Mark], span_days: float) -> None:
    """Each finding's id above the top panel; ids closer than 11% of the axis share one label, one id per line."""
    order = {"error": 0, "warning": 1, "waived": 2}
    placed: list[tuple[float, str, str]] = []
    for mark in marks:
        if mark.window is not None:
            placed.append(((_days(mark.window[0]) + _days(mark.window[1])) / 2, mark.requirement, mark.severity))
        elif mark.at_h is not None:
            placed.append((_days(mark.at_h), mark.requirement, mark.severity))
    clusters: list[list[tuple[float, str, str]]] = []
    for item in sorted(placed):
        if clusters and item[0] - clusters[-1][0][0] < span_days * 0.11:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    for cluster in clusters:
        ids = list(dict.fromkeys(c[1] for c in cluster))
        severity = min((c[2] for c in cluster), key=lambda v: order.get(v, 0))
        x = min(max(panel.x(sum(c[0] for c in cluster) / len(cluster)), LEFT + 30), PLOT_RIGHT - 30)
        for i, requirement in enumerate(reversed(ids)):
            svg.text(x, panel.top - 5 - 12 * i, requirement, 9.5, "middle", COLOURS.get(severity, COLOURS["error"]), "bold",
                     extra=' class="mark-label"')


def _label_rows(marks: list[Mark], span_days: float) -> int:
    """How many lines the tallest cluster of finding labels takes."""
    xs: list[float] = []
    for m in marks:
        if m.window is not None:
            xs.append((_days(m.window[0]) + _days(m.window[1])) / 2)
        elif m.at_h is not None:
            xs.append(_days(m.at_h))
    xs.sort()
    most, run, first = 0, 0, None
    for x in xs:
        if first is None or x - first >= span_days * 0.11:
            first, run = x, 0
        run += 1
        most = max(most, run)
    return most


def _flex_steps(document: Document) -> list[Step]:
    """The steps with a flex schedule, each schedule once (the first step that has it)."""
    seen: set[tuple[tuple[int, Fraction], ...]] = set()
    found = []
    for step in document.steps:
        if step.mode == "flex" and step.schedule and not step.stops:
            key = tuple((e.start_min, e.dose_ug_h) for e in step.schedule)
            if key not in seen:
                seen.add(key)
                found.append(step)
    return found


def _day_view(svg: _Svg, top: float, document: Document, steps: list[Step], describe: Callable[[Fraction], str]) -> None:
    """The dose rate by time of day of each flex schedule (µg/h, 00:00 to 24:00)."""
    shown = steps[:4]
    highest = max(float(e.dose_ug_h) for s in shown for e in s.schedule)
    panel = _Panel(top, 130, 0, 24, 0, (_nice_ticks(0, highest * 1.1 or 1)[-1]))
    svg.text(LEFT, top - 12, "Day view: flex schedule, dose rate by time of day", 12, weight="bold")
    _axes(svg, panel, "µg/h", [(h, f"{h:02d}:00") for h in range(0, 25, 3)], True)
    svg.text((LEFT + PLOT_RIGHT) / 2, top + panel.height + 30, "time of day (the pump's clock)", 11, "middle")
    palette = ["#7b2cbf", "#2a9d8f", "#e07a00", "#1f4e79"]
    entries = []
    for colour, step in zip(palette, shown):
        schedule = sorted(step.schedule, key=lambda e: e.start_min)
        # The entry in force at midnight is the last one of the day before.
        corners: list[tuple[float, float]] = [(panel.x(0), panel.y(float(schedule[-1].dose_ug_h)))]
        if schedule[0].start_min == 0:
            corners = [(panel.x(0), panel.y(float(schedule[0].dose_ug_h)))]
        for entry in schedule:
            hour = entry.start_min / 60
            corners.append((panel.x(hour), corners[-1][1]))
            corners.append((panel.x(hour), panel.y(float(entry.dose_ug_h))))
        corners.append((panel.x(24), corners[-1][1]))
        svg.polyline(corners, colour, 2, cls="flex-rate")
        entries.append(("line", colour, f"from {describe(step.at_h)}: {format_number(step.daily_dose_ug, 2)} µg/day"))
    _legend(svg, top, entries)


def timeline_chart(
    document: Document,
    path: Path,
    limit_of: Callable[[Step], Fraction | None],
    marks: list[Mark],
    title: str,
    time_label: str,
    describe: Callable[[Fraction], str] | None = None,
) -> ChartFacts:
    """Draw the chart of one concrete document (numbers only, no solver variables) into PATH (SVG).

    DESCRIBE gives a moment as the document states it (day and clock time), for the day view's legend.
    """
    start, end = _span(document)
    facts = ChartFacts()
    delivered_series = _delivered_series(document, facts)
    reservoir = _reservoir_series(document, end, facts)
    dose = _dose_steps(document, end)
    pieces = _envelope(document, end, limit_of)
    facts.above_allowed = above_allowed(delivered_series, pieces)
    flex = _flex_steps(document)
    facts.day_view = bool(flex)
    start_d, end_d = _days(start), _days(end)
    span_days = end_d - start_d

    label_rows = max(1, _label_rows(marks, span_days))
    top_y = 44 + 12 * label_rows
    top_h, gap, bottom_h = 270, 46, 120
    bottom_y = top_y + top_h + gap
    height = bottom_y + bottom_h + 46 + (210 if flex else 0)

    svg = _Svg()
    svg.add(f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{_n(height)}" viewBox="0 0 {WIDTH} {_n(height)}" '
            f'font-family="{FONT}" role="img">')
    svg.add(f"<title>{escape(title)}</title>")
    svg.add(f'<rect width="{WIDTH}" height="{_n(height)}" fill="#ffffff"/>')
    svg.text(LEFT, 20, title, 13, weight="bold")

    # top panel: doses
    highest = max([float(v) for _, v in dose] + [float(v) for s in delivered_series for _, v in s] + [float(p[2]) for p in pieces]
                  + [float(b.dose_ug) for b in document.boluses if isinstance(b.at_h, Fraction)]
                  + [float(s.dose_ug) for s in document.screenings] + [1.0])
    top = _Panel(top_y, top_h, start_d, end_d, 0, _nice_ticks(0, highest * 1.08)[-1])
    for a, b in facts.above_allowed:
        _shade(svg, top, _days(a), _days(b), COLOURS["above"], 0.16, "above-allowed",
               f"delivered above the allowed line from day {_days(a):.2f} to day {_days(b):.2f}")
    ticks = _day_ticks(start_d, end_d)
    _axes(svg, top, "micrograms", ticks, False)
    svg.polyline([(top.x(_days(t)), top.y(float(v))) for t, v in dose], COLOURS["dose"], 2.2, cls="dose")
    for start_h, until, allowed in pieces:
        svg.polyline([(top.x(_days(start_h)), top.y(float(allowed))), (top.x(_days(until)), top.y(float(allowed)))],
                     COLOURS["envelope"], 1.4, "6 3", cls="allowed")
    for series in delivered_series:
        svg.polyline([(top.x(_days(t)), top.y(float(v))) for t, v in series], COLOURS["delivered"], 1.5, cls="delivered")
    boluses = [b for b in document.boluses if isinstance(b.at_h, Fraction)]
    for bolus in boluses:
        svg.add(_marker("marker-v", top.x(_days(bolus.at_h)), top.y(float(bolus.dose_ug)), COLOURS["bolus"]))
    for screening in document.screenings:
        svg.add(_marker("marker-d", top.x(_days(screening.at_h)), top.y(float(screening.dose_ug)), COLOURS["screening"]))

    # bottom panel: the reservoir, never below 0 mL
    bottom_entries: list[tuple[str, str, str]] = []
    if reservoir:
        alarm = float(document.pump.low_reservoir_alarm_ml)
        capacity = float(document.pump.reservoir_ml) if document.pump.reservoir_ml is not None else None
        refills = [f for f in document.fills if not f.from_history]
        peak = max([float(v) for _, v in reservoir] + [alarm, capacity or 0.0] + [float(f.volume_ml) for f in refills])
        bottom = _Panel(bottom_y, bottom_h, start_d, end_d, 0, _nice_ticks(0, peak * 1.08)[-1])
        empty = [t for t, v in reservoir if v <= 0]
        if empty:
            _shade(svg, bottom, _days(empty[0]), _days(empty[-1]), COLOURS["alarm"], 0.12, "reservoir-empty", "the reservoir is empty")
            facts.notes.append(f"The reservoir is empty from {describe(empty[0]) if describe else f'hour {float(empty[0]):g}'}: "
                               "the plan draws more than the reservoir holds (the line stays at 0 mL)")
        _axes(svg, bottom, "mL", ticks, True)
        svg.add(f'<line class="alarm" x1="{LEFT}" y1="{_n(bottom.y(alarm))}" x2="{PLOT_RIGHT}" y2="{_n(bottom.y(alarm))}" '
                f'stroke="{COLOURS["alarm"]}" stroke-width="1.2" stroke-dasharray="6 3"/>')
        bottom_entries = [("line", COLOURS["reservoir"], "Reservoir volume (mL)"), ("dashed", COLOURS["alarm"], f"Low-reservoir alarm ({alarm:g} mL)")]
        if capacity is not None:
            svg.add(f'<line x1="{LEFT}" y1="{_n(bottom.y(capacity))}" x2="{PLOT_RIGHT}" y2="{_n(bottom.y(capacity))}" '
                    f'stroke="{COLOURS["capacity"]}" stroke-width="1" stroke-dasharray="1.5 2.5"/>')
            bottom_entries.append(("dotted", COLOURS["capacity"], f"Reservoir capacity ({capacity:g} mL)"))
        svg.polyline([(bottom.x(_days(t)), bottom.y(max(0.0, float(v)))) for t, v in reservoir], COLOURS["reservoir"], 1.6, cls="reservoir")
        for fill in refills:
            svg.add(_marker("marker-up", bottom.x(_days(fill.at_h)), bottom.y(float(fill.volume_ml)), COLOURS["reservoir"]))
        if refills:
            bottom_entries.append(("marker-up", COLOURS["reservoir"], "Fill (mL)"))
    else:
        bottom = _Panel(bottom_y, bottom_h, start_d, end_d, 0, 1)
        _axes(svg, bottom, "mL", ticks, True)
        svg.text((LEFT + PLOT_RIGHT) / 2, bottom_y + bottom_h / 2, "no reservoir fill on the timeline", 11, "middle", COLOURS["muted"])
        facts.notes.append("No reservoir fill on the timeline: the reservoir panel is empty")
    svg.text((LEFT + PLOT_RIGHT) / 2, bottom_y + bottom_h + 32, time_label, 11, "middle")

    # findings, over both panels
    for mark in marks:
        colour = COLOURS.get(mark.severity, COLOURS["error"])
        for panel in (top, bottom):
            if mark.window is not None:
                _shade(svg, panel, _days(mark.window[0]), _days(mark.window[1]), colour, 0.10, f"finding-window sev-{mark.severity}",
                       f"{mark.requirement}: its 24-hour window")
            elif mark.at_h is not None:
                x = _n(panel.x(_days(mark.at_h)))
                svg.add(f'<line class="finding-moment sev-{mark.severity}" x1="{x}" y1="{_n(panel.top)}" x2="{x}" '
                        f'y2="{_n(panel.top + panel.height)}" stroke="{colour}" stroke-width="1.2" stroke-dasharray="3 3"/>')
    _mark_labels(svg, top, marks, span_days)

    entries = [("line", COLOURS["dose"], "Programmed daily dose, by step (µg/day)")]
    if any(delivered_series):
        entries.append(("line", COLOURS["delivered"], "Delivered in the preceding 24 h (µg)"))
    if pieces:
        entries.append(("dashed", COLOURS["envelope"], "Allowed: previous daily dose × (1 + limit)"))
    if facts.above_allowed:
        entries.append(("area", COLOURS["above"], "Delivered above the allowed line"))
    if boluses:
        entries.append(("marker-v", COLOURS["bolus"], "Bolus (µg)"))
    if document.screenings:
        entries.append(("marker-d", COLOURS["screening"], "Screening dose (µg)"))
    if any(m.window is not None for m in marks):
        entries.append(("area", COLOURS["error"], "Finding: its 24-hour window"))
    if any(m.window is None and m.at_h is not None for m in marks):
        entries.append(("moment", COLOURS["error"], "Finding: its moment"))
    _legend(svg, top_y, entries)
    _legend(svg, bottom_y, bottom_entries)

    if flex:
        _day_view(svg, bottom_y + bottom_h + 82, document, flex, describe or (lambda h: f"hour {float(h):g}"))
    svg.add("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(svg.parts) + "\n", encoding="utf-8")
    return facts
