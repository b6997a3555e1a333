"""Dose timeline charts for the evidence report: one SVG per plan or program.

The top panel shows, over time in days, the programmed daily dose of each step
(a step function), the dose delivered in the preceding 24 hours (computed
exactly by `timeline.delivered` at every point where it can change, and on a
fine grid in between), the allowed envelope (the previous step's daily dose
times one plus the increase limit of the rules), boluses and screening doses.
The bottom panel shows the reservoir volume (`timeline.reservoir_ml`) against
the low-reservoir alarm volume. The moments and 24-hour windows of findings
are shaded.

Only matplotlib's object API is used (no pyplot): drawing needs no display and
leaves no global state behind. The figure is drawn on an Agg canvas and saved
as SVG with text converted to paths, so the file needs no fonts to display.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from itbverify.base.exact import Fraction
from itbverify.documents.model import Document, Step
from itbverify.semantics.timeline import delivered, reservoir_ml

GRID_POINTS = 900
EPSILON_H = Fraction(1, 600)  # six seconds: the point just after a jump

COLOURS = {
    "dose": "#1f4e79",
    "delivered": "#2a9d8f",
    "envelope": "#c0392b",
    "bolus": "#7b2cbf",
    "screening": "#e07a00",
    "reservoir": "#1f4e79",
    "alarm": "#c0392b",
    "capacity": "#888888",
    "error": "#d62828",
    "warning": "#e9a800",
    "waived": "#8a8a8a",
}

_RC = {
    "svg.fonttype": "path",
    "svg.hashsalt": "itbverify",
    "font.family": "DejaVu Sans",
    "font.size": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titleweight": "bold",
    "axes.titlesize": 10.5,
    "axes.titlelocation": "left",
    "legend.frameon": False,
    "legend.fontsize": 8.5,
}


@dataclass
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
    notes: list[str] = field(default_factory=list)


def _days(hours: Fraction | float) -> float:
    return float(hours) / 24


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


def _grid(start: Fraction, end: Fraction, extra: Iterable[Fraction]) -> list[Fraction]:
    """A fine grid on [start, end], plus each given moment and the moment just after it."""
    step = (end - start) / GRID_POINTS
    points = {start + step * i for i in range(GRID_POINTS + 1)}
    for t in extra:
        for u in (t, t + EPSILON_H):
            if start <= u <= end:
                points.add(u)
    return sorted(points)


def _delivered_series(document: Document) -> tuple[list[float], list[float], ChartFacts]:
    """Delivered in [t - 24 h, t) for t in each run of infusion from 24 h after its start, NaN between runs."""
    facts = ChartFacts()
    bolus_times = [b.at_h for b in document.boluses if isinstance(b.at_h, Fraction)]
    boundaries = [x for s in document.segments for x in (s.start, s.end)]
    xs: list[float] = []
    ys: list[float] = []
    for run in document.runs:
        first = run.start + 24
        if first > run.end:
            continue
        moments = [t + shift for t in bolus_times + boundaries for shift in (Fraction(0), Fraction(24))]
        for t in _grid(first, run.end, moments):
            value = delivered(document, t - 24, t)
            if not isinstance(value, (Fraction, int)):
                continue
            value = Fraction(value)
            if facts.peak_24h_ug is None or value > facts.peak_24h_ug:
                facts.peak_24h_ug, facts.peak_24h_end_h = value, t
            xs.append(_days(t))
            ys.append(float(value))
        xs.append(float("nan"))
        ys.append(float("nan"))
    return xs, ys, facts


def _reservoir_series(document: Document, end: Fraction, facts: ChartFacts) -> tuple[list[float], list[float]]:
    """The reservoir volume from just after the first fill to the end of the timeline."""
    if not document.fills or not document.segments:
        return [], []
    first = min(f.at_h for f in document.fills)
    moments = [f.at_h for f in document.fills]
    moments += [b.at_h for b in document.boluses if isinstance(b.at_h, Fraction)]
    moments += [s.start for s in document.segments]
    xs: list[float] = []
    ys: list[float] = []
    for t in _grid(first + EPSILON_H, end, moments):
        if t <= first:
            continue
        value = reservoir_ml(document, t)
        if not isinstance(value, (Fraction, int)):
            continue
        value = Fraction(value)
        if facts.lowest_reservoir_ml is None or value < facts.lowest_reservoir_ml:
            facts.lowest_reservoir_ml, facts.lowest_reservoir_h = value, t
        xs.append(_days(t))
        ys.append(float(value))
    return xs, ys


def _dose_steps(document: Document, end: Fraction) -> tuple[list[float], list[float]]:
    xs: list[float] = []
    ys: list[float] = []
    for step in document.steps:
        xs.append(_days(step.at_h))
        ys.append(0.0 if step.stops else float(step.daily_dose_ug))
    if document.steps:
        xs.append(_days(end))
        ys.append(ys[-1])
    return xs, ys


def _envelope(document: Document, end: Fraction, limit_of: Callable[[Step], Fraction | None]) -> tuple[list[float], list[float]]:
    """For each step that replaces a running one: the previous daily dose times (1 + limit), NaN elsewhere."""
    xs: list[float] = []
    ys: list[float] = []
    steps = document.steps
    for i, step in enumerate(steps):
        until = steps[i + 1].at_h if i + 1 < len(steps) else end
        previous = step.previous
        limit = None
        if previous is not None and not step.starts_run and not step.stops and not previous.stops:
            limit = limit_of(step)
        if limit is None or previous is None:
            xs += [_days(step.at_h), _days(until)]
            ys += [float("nan"), float("nan")]
            continue
        allowed = float(previous.daily_dose_ug * (1 + limit))
        xs += [_days(step.at_h), _days(until), _days(until)]
        ys += [allowed, allowed, float("nan")]
    return xs, ys


def _highlight(axes: list[Any], marks: list[Mark], top: Any, span_days: float) -> int:
    """Shade each finding's window, or draw a line at its moment; label nearby findings together.

    Returns the most lines any label has, so the title can make room for it.
    """
    order = {"error": 0, "warning": 1, "waived": 2}
    placed: list[tuple[float, str, str]] = []  # (x, requirement, severity)
    for mark in marks:
        colour = COLOURS.get(mark.severity, COLOURS["error"])
        if mark.window is not None:
            a, b = _days(mark.window[0]), _days(mark.window[1])
            for ax in axes:
                ax.axvspan(a, b, color=colour, alpha=0.13, lw=0, zorder=0)
            x = (a + b) / 2
        elif mark.at_h is not None:
            x = _days(mark.at_h)
            for ax in axes:
                ax.axvline(x, color=colour, lw=1.2, ls=(0, (2, 2)), alpha=0.9, zorder=1)
        else:
            continue
        placed.append((x, mark.requirement, mark.severity))
    # Labels closer than 11% of the axis (about one label width) share one annotation, one id per line.
    clusters: list[list[tuple[float, str, str]]] = []
    for item in sorted(placed):
        if clusters and item[0] - clusters[-1][0][0] < span_days * 0.11:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    most = 0
    for cluster in clusters:
        ids: list[str] = []
        for _, requirement, _ in cluster:
            if requirement not in ids:
                ids.append(requirement)
        severity = min((c[2] for c in cluster), key=lambda v: order.get(v, 0))
        x = sum(c[0] for c in cluster) / len(cluster)
        most = max(most, len(ids))
        top.annotate(
            "\n".join(ids), xy=(x, 1.0), xycoords=("data", "axes fraction"), xytext=(0, 3), textcoords="offset points",
            ha="center", va="bottom", fontsize=8, fontweight="bold", color=COLOURS.get(severity, COLOURS["error"]),
            annotation_clip=False,
        )
    return most


def timeline_chart(
    document: Document,
    path: Path,
    limit_of: Callable[[Step], Fraction | None],
    marks: list[Mark],
    title: str,
    time_label: str,
) -> ChartFacts:
    """Draw the chart of one concrete document (numbers only, no solver variables) into PATH (SVG)."""
    start, end = _span(document)
    with matplotlib.rc_context(_RC):  # type: ignore[arg-type]
        figure = Figure(figsize=(11.5, 6.4), layout="constrained")
        FigureCanvasAgg(figure)
        top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=[3, 1.5])

        xs, ys = _dose_steps(document, end)
        if xs:
            top.plot(xs, ys, drawstyle="steps-post", color=COLOURS["dose"], lw=2.2, label="Programmed daily dose, by step (µg/day)", zorder=4)
        dx, dy, facts = _delivered_series(document)
        if any(not math.isnan(v) for v in dy):
            top.plot(dx, dy, color=COLOURS["delivered"], lw=1.4, label="Delivered in the preceding 24 h (µg)", zorder=5)
        ex, ey = _envelope(document, end, limit_of)
        if any(not math.isnan(v) for v in ey):
            top.plot(ex, ey, color=COLOURS["envelope"], lw=1.3, ls=(0, (5, 3)), label="Allowed: previous daily dose × (1 + increase limit)", zorder=3)
        boluses = [b for b in document.boluses if isinstance(b.at_h, Fraction)]
        if boluses:
            top.scatter([_days(b.at_h) for b in boluses], [float(b.dose_ug) for b in boluses], marker="v", s=26,
                        color=COLOURS["bolus"], label="Bolus (µg)", zorder=6)
        if document.screenings:
            top.scatter([_days(s.at_h) for s in document.screenings], [float(s.dose_ug) for s in document.screenings],
                        marker="D", s=28, color=COLOURS["screening"], label="Screening dose (µg)", zorder=6)
        top.set_ylabel("micrograms")
        top.set_ylim(bottom=0)
        top.grid(True, color="#e6e6e6", lw=0.7)

        rx, ry = _reservoir_series(document, end, facts)
        if rx:
            bottom.plot(rx, ry, color=COLOURS["reservoir"], lw=1.6, label="Reservoir volume (mL)", zorder=4)
            alarm = float(document.pump.low_reservoir_alarm_ml)
            bottom.axhline(alarm, color=COLOURS["alarm"], lw=1.2, ls=(0, (5, 3)), label=f"Low-reservoir alarm ({alarm:g} mL)")
            if document.pump.reservoir_ml is not None:
                capacity = float(document.pump.reservoir_ml)
                bottom.axhline(capacity, color=COLOURS["capacity"], lw=0.9, ls=":", label=f"Reservoir capacity ({capacity:g} mL)")
            refills = [f for f in document.fills if not f.from_history]
            if refills:
                bottom.scatter([_days(f.at_h) for f in refills], [float(f.volume_ml) for f in refills], marker="^", s=30,
                               color=COLOURS["reservoir"], label="Fill (mL)", zorder=5)
            bottom.set_ylim(bottom=min(0.0, min(ry) - 0.5))
            if min(ry) < 0:
                facts.notes.append("A negative reservoir volume means the plan draws more than the reservoir holds")
            bottom.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
        else:
            bottom.text(0.5, 0.5, "no reservoir fill on the timeline", transform=bottom.transAxes, ha="center", va="center", color="#777777")
            facts.notes.append("No reservoir fill on the timeline: the reservoir panel is empty")
        bottom.set_ylabel("mL")
        bottom.set_xlabel(time_label)
        bottom.grid(True, color="#e6e6e6", lw=0.7)
        bottom.set_xlim(_days(start), _days(end))

        lines = _highlight([top, bottom], marks, top, _days(end) - _days(start))
        top.set_title(title, pad=8 + 11 * max(1, lines))
        handles, labels = top.get_legend_handles_labels()
        if any(m.window is not None for m in marks):
            handles.append(Patch(facecolor=COLOURS["error"], alpha=0.13, lw=0))
            labels.append("Finding: its 24-hour window")
        if any(m.window is None and m.at_h is not None for m in marks):
            handles.append(Line2D([], [], color=COLOURS["error"], lw=1.2, ls=(0, (2, 2))))
            labels.append("Finding: its moment")
        top.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        path.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(path, format="svg", metadata={"Date": None})
    return facts
