"""HTML display helpers for the notebooks: numbers for people, tables, verdict boxes, "What to remember".

Every helper RETURNS an :class:`HTMLBlock` (show it as the last line of a cell, or with ``display(...)``), so the
notebooks never print fixed-width text that a narrow screen breaks mid-word. Each block has a text/plain form
(wrapped at :data:`PLAIN_WIDTH` characters) for consoles and for nbval's comparison, and an HTML form with inline
styles: text wraps at word boundaries, colours have a contrast ratio of at least 4.5:1 on their background in the
light and the dark JupyterLab theme (explicit colours, not theme variables), no meaning rests on colour alone
(every box says what it is in words), and sizes are relative (em), so Presentation Mode enlarges them.

* :func:`quantity` formats a number for people: ``quantity(2447.3, "N")`` -> ``"2,450 N"``.
* :func:`table` an HTML table (numbers formatted with :func:`quantity`, right-aligned; text wraps).
* :func:`verdict` a coaching claim's verdict box (accepts a :class:`hinge_model.claims.ClaimResult`).
* :func:`remember` the "What to remember" box that ends every notebook (one to three points).
* :func:`preformatted` text whose layout matters (an ASCII figure), wrapped only where a line is too wide.
* :func:`callout` a note or caution box; :func:`details` a click-to-open block (a solution, a derivation).

For the notebook editors, ``python -m hinge_model.notebook_cells --collapse-figure-cells NOTEBOOK...`` marks
long figure-building code cells collapsed (see :mod:`hinge_model.notebook_cells`).
"""

from __future__ import annotations

import html
import math
import re
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

#: Width (characters) of the text/plain form of every block: a monospace line no wider than this fits the
#: notebook's output area at 1280x720 (tests/test_project_notebooks.py checks printed text against it).
PLAIN_WIDTH: int = 100

#: Colours: Okabe & Ito (2008) colour-blind-safe accents for borders, dark text on a light tint for content.
INK = "#1a1a1a"  # body text: 16.8:1 on white, >= 14:1 on every tint below
TINTS = {"remember": "#eef5fb", "supported": "#e9f6f1", "depends": "#fdf4e3", "not supported": "#fbece5",
         "not testable": "#f1f1f1", "note": "#eef5fb", "caution": "#fdf4e3", "neutral": "#f5f5f5"}
ACCENTS = {"remember": "#0072B2", "supported": "#009E73", "depends": "#E69F00", "not supported": "#D55E00",
           "not testable": "#6b6b6b", "note": "#0072B2", "caution": "#E69F00", "neutral": "#6b6b6b"}
#: Verdict words of :mod:`hinge_model.claims` (and short forms) -> (box kind, label shown in words).
VERDICT_LABELS = {
    "supported": ("supported", "\u2714 Supported"),
    "depends": ("depends", "~ Depends"),
    "not supported": ("not supported", "\u2718 Not supported"),
    "not testable": ("not testable", "? Not testable here"),
    "not testable in a planar static model": ("not testable", "? Not testable in a planar static model"),
}
MAX_REMEMBER_POINTS = 3
#: Segment names of :data:`hinge_model.conventions.SEGMENTS` in words (limbs are both sides together).
SEGMENT_WORDS = {"upper_arm": "two upper arms", "forearm": "two forearms", "hand": "two hands", "thigh": "two thighs",
                 "shank": "two shanks", "foot": "two feet"}

_WRAP = "white-space:normal;overflow-wrap:break-word;word-break:normal;hyphens:manual"


class HTMLBlock:
    """Something to display: ``_repr_html_`` for JupyterLab, a wrapped text form for ``repr`` / text/plain."""

    def __init__(self, html_text: str, plain: str) -> None:
        _text("html_text", html_text, empty=True)
        _text("plain", plain, empty=True)
        self.html = html_text
        self.plain = plain

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.plain

    def __str__(self) -> str:
        return self.plain


def _text(name: str, value: Any, *, empty: bool = False) -> str:
    """``value`` if it is a string (non-empty unless ``empty``), else ValueError naming ``name``."""
    if not isinstance(value, str) or (not empty and not value.strip()):
        kind = "a string" if empty else "a non-empty string"
        raise ValueError(f"{name} must be {kind}, got {value!r}")
    return value


# -- numbers -----------------------------------------------------------------------------------------------------
def _finite(name: str, value: Any) -> float:
    if isinstance(value, bool) or value is None or isinstance(value, str | bytes):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    try:
        x = float(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a finite number, got {value!r}") from exc
    if not math.isfinite(x):
        raise ValueError(f"{name} must be a finite number (no NaN or infinity), got {value!r}")
    return x


def number(value: float, sig: int = 3) -> str:
    """``value`` rounded to ``sig`` significant figures, with thousands separators and never in e-notation.

    >>> number(2447.27), number(0.45759), number(58.84), number(1.8997), number(-0.0654321)
    ('2,450', '0.458', '58.8', '1.90', '-0.0654')
    """
    x = _finite("value", value)
    if isinstance(sig, bool) or not isinstance(sig, int) or not 1 <= sig <= 15:
        raise ValueError(f"sig = {sig!r} must be a whole number of significant figures in [1, 15]")
    if x == 0.0:
        return "0"
    decimals = sig - 1 - math.floor(math.log10(abs(x)))
    rounded = round(x, decimals)
    if rounded != 0.0 and math.floor(math.log10(abs(rounded))) > math.floor(math.log10(abs(x))):
        decimals -= 1  # 9.996 -> 10.0, not 10.00
    text = f"{rounded:,.{max(decimals, 0)}f}"
    return "0" if float(text.replace(",", "")) == 0.0 else text


def quantity(value: float, unit: str = "", sig: int = 3) -> str:
    """A number with its unit, for people: ``quantity(2447.3, "N")`` -> ``"2,450 N"``.

    ``sig`` significant figures, thousands separators, no e-notation; a space before the unit (also before "%",
    as SI writes it), none before "°".

    >>> quantity(2447.3, "N"), quantity(54.92, "%"), quantity(45, "°"), quantity(0.458)
    ('2,450 N', '54.9 %', '45.0°', '0.458')
    """
    text = number(value, sig)
    _text("unit", unit, empty=True)
    if not unit:
        return text
    return f"{text}{unit}" if unit == "°" else f"{text} {unit}"


def _cell_text(value: Any, sig: int) -> tuple[str, bool]:
    """(text, is_number) of a table cell."""
    if isinstance(value, HTMLBlock):
        return value.plain, False
    if isinstance(value, bool) or value is None:
        return ("" if value is None else str(value)), False
    try:
        import numpy as np

        if isinstance(value, np.generic):
            value = value.item()
    except ImportError:  # pragma: no cover - numpy is a dependency
        pass
    if isinstance(value, int):
        return f"{value:,}", True
    if isinstance(value, float):
        return (number(value, sig) if math.isfinite(value) else "n/a"), True
    return str(value), False


# -- inline markup ------------------------------------------------------------------------------------------------
def _inline(text: str) -> str:
    """Escape ``text`` for HTML and turn ``**bold**``, ``*italic*`` and ```code``` into tags."""
    out = html.escape(str(text))
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    return re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", out)


def _plain(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", lambda m: m.group(1) or m.group(2),
                  str(text))


def _wrap(text: str, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(_plain(text), PLAIN_WIDTH, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def _box(kind: str, title_html: str, body_html: str, marker: str) -> str:
    accent, tint = ACCENTS[kind], TINTS[kind]
    return (f'<div data-hm-box="{marker}" style="border-left:0.35em solid {accent};background:{tint};color:{INK};'
            f'padding:0.6em 0.9em;margin:0.6em 0;border-radius:0.25em;max-width:100%;box-sizing:border-box;'
            f'line-height:1.45;{_WRAP}">'
            f'<div style="font-weight:bold;margin-bottom:0.3em;color:{INK}">{title_html}</div>{body_html}</div>')


# -- blocks -------------------------------------------------------------------------------------------------------
def table(rows: Sequence[Sequence[Any]], headers: Sequence[str], *, caption: str | None = None,
          sig: int = 3) -> HTMLBlock:
    """An HTML table: numbers rounded to ``sig`` significant figures (:func:`number`) and right-aligned, text
    left-aligned and wrapped at word boundaries. Put units in the headers ("peak moment (N·m)").

    ``caption`` (optional) is read out by screen readers as the table's name.
    """
    if isinstance(headers, str) or not isinstance(headers, Sequence):
        raise ValueError(f"headers must be a list of column names (strings), got {headers!r}")
    headers = [_text(f"headers[{i}]", h) for i, h in enumerate(headers)]
    if isinstance(rows, str) or not isinstance(rows, Sequence | np.ndarray):
        raise ValueError(f"rows must be a list of rows (each a list of cells), got {rows!r}")
    if caption is not None:
        _text("caption", caption)
    if not headers:
        raise ValueError("headers must name at least one column, got an empty list")
    cells = []
    for i, row in enumerate(rows):
        if isinstance(row, str) or not isinstance(row, Sequence | np.ndarray):
            raise ValueError(f"rows[{i}] must be a list of cells, got {row!r}")
        row = list(row)
        if len(row) != len(headers):
            raise ValueError(f"rows[{i}] has {len(row)} cells but headers has {len(headers)} columns")
        cells.append([_cell_text(v, sig) for v in row])
    pad = "padding:0.3em 0.6em;vertical-align:top;border-bottom:1px solid #c8c8c8;"
    head = "".join(f'<th scope="col" style="{pad}text-align:left;color:{INK};background:#e8e8e8;{_WRAP}">'
                   f"{_inline(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td style="{pad}color:{INK};background:#ffffff;{_WRAP};'
                         f'text-align:{"right" if is_num else "left"}">{_inline(t)}</td>' for t, is_num in row)
        + "</tr>" for row in cells)
    cap = (f'<caption style="caption-side:top;text-align:left;font-style:italic;padding:0.2em 0;{_WRAP}">'
           f"{_inline(caption)}</caption>" if caption else "")
    html_text = (f'<table data-hm-box="table" style="border-collapse:collapse;table-layout:auto;max-width:100%;'
                 f'margin:0.4em 0;font-size:1em">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
    plain = [_wrap(caption)] if caption else []
    plain += [_wrap(" | ".join(headers))]
    plain += [_wrap(" | ".join(t for t, _ in row), indent="    ", first="") for row in cells]
    return HTMLBlock(html_text, "\n".join(plain))


def verdict(claim: Any, verdict: str | None = None, why: str = "", *, test: str = "", rule: str = "") -> HTMLBlock:
    """A verdict box: the claim, the verdict in words (and colour), why; the test and rule behind a toggle.

    Call it with a :class:`hinge_model.claims.ClaimResult` (``verdict(result)``) or with the parts
    (``verdict("Push the hips back.", "supported", "With the hips ...")``). ``verdict`` is one of
    :data:`hinge_model.claims.VERDICTS` (or "not testable").
    """
    if verdict is None and hasattr(claim, "verdict"):
        result = claim
        claim, verdict, why = result.claim.claim, result.verdict, why or result.explanation
        test, rule = test or result.claim.test, rule or result.claim.rule
    if not isinstance(verdict, str) or verdict.strip().lower() not in VERDICT_LABELS:
        raise ValueError(f"verdict = {verdict!r} is not allowed; choose one of "
                         + ", ".join(repr(v) for v in VERDICT_LABELS))
    kind, label = VERDICT_LABELS[verdict.strip().lower()]
    body = f"<div>{_inline(why)}</div>" if why else ""
    if test or rule:
        inner = "".join(f"<div><strong>{name}:</strong> {_inline(text)}</div>"
                        for name, text in (("Test", test), ("Rule", rule)) if text)
        body += (f'<details style="margin-top:0.3em"><summary style="cursor:pointer">How the model tests it'
                 f"</summary>{inner}</details>")
    title = f"{_inline(claim)} &mdash; <span>{html.escape(label)}</span>"
    plain = [_wrap(f"{label.upper()}: {claim}")]
    plain += [_wrap(why, indent="    ")] if why else []
    plain += [_wrap(f"{name}: {text}", indent="    ") for name, text in (("Test", test), ("Rule", rule)) if text]
    return HTMLBlock(_box(kind, title, body, "verdict"), "\n".join(plain))


def remember(*points: str, title: str = "What to remember") -> HTMLBlock:
    """The "What to remember" box that ends a notebook: one to three short points (``**bold**`` allowed)."""
    if not 1 <= len(points) <= MAX_REMEMBER_POINTS:
        raise ValueError(f"points: give 1 to {MAX_REMEMBER_POINTS} points to remember, got {len(points)}")
    for i, p in enumerate(points):
        if not isinstance(p, str) or not p.strip():
            raise ValueError(f"points[{i}] must be a non-empty string, got {p!r}")
    _text("title", title)
    items = "".join(f'<li style="margin:0.2em 0">{_inline(p)}</li>' for p in points)
    body = f'<ul style="margin:0;padding-left:1.3em">{items}</ul>'
    plain = [title.upper()] + [_wrap(p, indent="  ", first="* ") for p in points]
    return HTMLBlock(_box("remember", html.escape(title), body, "remember"), "\n".join(plain))


def callout(title: str, *paragraphs: str, kind: str = "note") -> HTMLBlock:
    """A note (``kind="note"``) or caution (``kind="caution"``) box with a title and wrapped paragraphs."""
    if kind not in ("note", "caution"):
        raise ValueError(f"kind = {kind!r} is not allowed; choose one of 'note', 'caution'")
    _text("title", title)
    for i, p in enumerate(paragraphs):
        _text(f"paragraphs[{i}]", p)
    body = "".join(f'<p style="margin:0.3em 0">{_inline(p)}</p>' for p in paragraphs)
    prefix = "Note" if kind == "note" else "Caution"
    plain = [_wrap(f"{prefix.upper()}: {title}")] + [_wrap(p, indent="    ") for p in paragraphs]
    return HTMLBlock(_box(kind, f"{prefix}: {_inline(title)}", body, kind), "\n".join(plain))


def details(summary: str, *paragraphs: str | HTMLBlock, open: bool = False) -> HTMLBlock:
    """A click-to-open block (HTML ``<details>``: works in JupyterLab, exported HTML and on GitHub).

    Keyboard: Tab to the summary, Enter or Space opens it. ``paragraphs`` are text (``**bold**`` allowed) or
    other blocks. The text/plain form shows only the summary, as the closed block does.
    """
    _text("summary", summary)
    if not isinstance(open, bool):
        raise ValueError(f"open must be True or False, got {open!r}")
    for i, p in enumerate(paragraphs):
        if not isinstance(p, HTMLBlock):
            _text(f"paragraphs[{i}]", p)
    parts = [p.html if isinstance(p, HTMLBlock) else f'<p style="margin:0.3em 0">{_inline(p)}</p>'
             for p in paragraphs]
    html_text = (f'<details data-hm-box="details" style="margin:0.4em 0;color:inherit;{_WRAP}"'
                 f'{" open" if open else ""}><summary style="cursor:pointer;font-weight:bold">{_inline(summary)}'
                 f'</summary><div style="padding:0.2em 0 0.2em 1em">{"".join(parts)}</div></details>')
    return HTMLBlock(html_text, _wrap(f"[+] {summary}"))


def paragraphs(*texts: str) -> HTMLBlock:
    """Wrapped paragraphs of text (instead of ``print`` of long lines, which a narrow screen breaks mid-word)."""
    for i, t in enumerate(texts):
        _text(f"texts[{i}]", t)
    html_text = "".join(f'<p style="margin:0.3em 0;{_WRAP}">{_inline(t)}</p>' for t in texts)
    return HTMLBlock(f'<div data-hm-box="text">{html_text}</div>', "\n\n".join(_wrap(t) for t in texts))


def preformatted(text: str) -> HTMLBlock:
    """Monospace text whose line breaks matter (an ASCII figure from a docstring), as HTML that wraps a line
    only where it is wider than the output area (instead of ``print``, which scrolls or breaks mid-word)."""
    if not isinstance(text, str):
        raise ValueError(f"text must be a string, got {text!r}")
    html_text = (f'<pre data-hm-box="pre" style="white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%;'
                 f'margin:0.4em 0">{html.escape(text)}</pre>')
    return HTMLBlock(html_text, text)


def join(blocks: Iterable[HTMLBlock]) -> HTMLBlock:
    """Several blocks shown as one output (for example every verdict of notebook 08 in one cell)."""
    if isinstance(blocks, str | HTMLBlock) or not isinstance(blocks, Iterable):
        raise ValueError(f"blocks must be a list of HTMLBlock (display helpers' results), got {blocks!r}")
    blocks = list(blocks)
    for i, b in enumerate(blocks):
        if not isinstance(b, HTMLBlock):
            raise ValueError(f"blocks[{i}] must be an HTMLBlock (a display helper's result), got {b!r}")
    return HTMLBlock("".join(b.html for b in blocks), "\n\n".join(b.plain for b in blocks))
