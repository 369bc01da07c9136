"""The report as people read it: text for the terminal, a chart PNG, and an HTML page with the chart.

/stats and ``interview-bot report`` render the same ``Report``. The chart is drawn with Pillow: a
stacked bar per day needs only rectangles and text, and Pillow is a fraction of matplotlib's size.
"""

from __future__ import annotations

import base64
import html
import io

from PIL import Image, ImageDraw, ImageFont

from bot.storage.report import Report

LABELS = {
    "answered": "answered",
    "not_in_interview": "not in the interview",
    "off_topic": "off-topic",
    "throttled": "throttled",
}
COLOURS = {
    "answered": (43, 122, 120),
    "not_in_interview": (222, 164, 56),
    "off_topic": (138, 141, 145),
    "throttled": (192, 57, 43),
}
WIDTH, HEIGHT, MARGIN, LEGEND = 900, 420, 50, 40


def text_lines(report: Report) -> list[str]:
    """The figures as plain lines, for the terminal."""
    scope = "all servers" if report.guild_id is None else f"server {report.guild_id}"
    lines = [f"Last {report.days} days, {scope}: {report.questions} questions"]
    lines += [
        f"  {LABELS[outcome]:<22}{count:>6}  {report.share(outcome):>4.0%}"
        for outcome, count in report.outcomes.items()
    ]
    lines.append(f"Votes: {report.helpful} helpful, {report.not_helpful} not helpful")
    if report.top_pairs:
        lines.append("Most asked:")
        lines += [f"  {count:>5}  {key}" for key, count in report.top_pairs]
    if report.top_unanswered:
        lines.append("Not answered:")
        lines += [f"  {count:>5}  {question}" for question, count in report.top_unanswered]
    return lines


def chart_png(report: Report) -> bytes:
    """Questions per day, one stacked bar per day, coloured by outcome."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    days = list(report.per_day.items())
    peak = max((sum(counts.values()) for _, counts in days), default=0) or 1
    left, right, top, bottom = MARGIN, WIDTH - MARGIN // 2, MARGIN // 2 + LEGEND, HEIGHT - MARGIN
    draw.line([(left, bottom), (right, bottom)], fill="black")
    draw.line([(left, top), (left, bottom)], fill="black")
    draw.text((left - 8, top), str(peak), fill="black", font=font, anchor="rm")
    draw.text((left - 8, bottom), "0", fill="black", font=font, anchor="rm")
    slot = (right - left) / max(len(days), 1)
    label_every = max(1, len(days) // 10)
    for number, (day, counts) in enumerate(days):
        x0 = left + number * slot + slot * 0.15
        x1 = left + (number + 1) * slot - slot * 0.15
        y = float(bottom)
        for outcome, count in counts.items():
            if count:
                height = (bottom - top) * count / peak
                draw.rectangle([x0, y - height, x1, y], fill=COLOURS.get(outcome, (0, 0, 0)))
                y -= height
        if number % label_every == 0:
            draw.text(
                ((x0 + x1) / 2, bottom + 12), day.strftime("%d %b"), fill="black", font=font, anchor="mm"
            )
    x = float(left)
    for outcome, label in LABELS.items():
        draw.rectangle([x, 14, x + 12, 26], fill=COLOURS[outcome])
        draw.text((x + 18, 20), label, fill="black", font=font, anchor="lm")
        x += 40 + draw.textlength(label, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def html_page(report: Report) -> str:
    """A self-contained page: the figures as tables and the chart inlined as a PNG."""
    chart = base64.b64encode(chart_png(report)).decode()
    rows = "".join(
        f"<tr><td>{LABELS[outcome]}</td><td>{count}</td><td>{report.share(outcome):.0%}</td></tr>"
        for outcome, count in report.outcomes.items()
    )
    pairs = "".join(
        f"<tr><td>{html.escape(key)}</td><td>{count}</td></tr>" for key, count in report.top_pairs
    )
    unanswered = "".join(
        f"<tr><td>{html.escape(question)}</td><td>{count}</td></tr>"
        for question, count in report.top_unanswered
    )
    title = html.escape(text_lines(report)[0])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>interview-bot report</title>
<style>body{{font-family:sans-serif;margin:2em}}td,th{{padding:.2em .8em;text-align:left}}</style></head>
<body><h1>{title}</h1>
<img alt="Questions per day by outcome" src="data:image/png;base64,{chart}">
<h2>Outcomes</h2><table><tr><th>outcome</th><th>questions</th><th>share</th></tr>{rows}</table>
<h2>Votes</h2><p>{report.helpful} helpful, {report.not_helpful} not helpful</p>
<h2>Most asked</h2><table><tr><th>pair</th><th>questions</th></tr>{pairs}</table>
<h2>Not answered</h2><table><tr><th>question</th><th>times</th></tr>{unanswered}</table>
</body></html>
"""
