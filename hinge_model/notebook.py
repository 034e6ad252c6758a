"""Small display helpers for the notebooks: static figures with a caption, tables, verdicts.

Static figures are shown as PNG images (visible on GitHub and in exported HTML, and never compared by nbval)
followed by their one-line caption, which doubles as the figure's alt text. Interactive figures are the ipympl
canvases made by :mod:`hinge_model.widgets`.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable, Sequence
from typing import Any

from .validation import InputTypeError, check_flag, check_instance, check_number


def _cells(name: str, value: object) -> list[Any]:
    """A list from a list, tuple, array or other iterable that is not a string."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InputTypeError(f"{name} must be a list (or tuple, array), got {type(value).__name__}")
    return list(value)


def _text(name: str, value: object) -> str:
    return check_instance(name, value, str, "a string (str)")


def show(fig: Any, caption: str, *, dpi: float | None = None, close: bool = True) -> None:
    """Display ``fig`` as a static PNG image followed by ``caption`` (alt text), then close it.

    ``fig`` a matplotlib Figure, ``caption`` a non-empty string, ``dpi`` None or in [10, 1200], ``close`` a bool.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Markdown, display
    from matplotlib.figure import Figure

    check_instance("fig", fig, Figure, "a matplotlib Figure")
    if not _text("caption", caption).strip():
        raise ValueError("caption is empty; allowed: a non-empty string (it is the figure's alt text)")
    if dpi is not None:
        dpi = check_number("dpi", dpi, 10.0, 1200.0)
    close = check_flag("close", close)

    from .plots import figure_png

    png = figure_png(fig, dpi=dpi)
    # text/html first: JupyterLab, nbconvert and Voila render it, so the figure is an <img alt="caption">
    # (its text alternative); image/png stays as the fallback for viewers that do not render HTML
    bundle = {"text/html": _img_html(png, caption), "image/png": base64.b64encode(png).decode("ascii"),
              "text/plain": f"<Figure: {caption}>"}
    display(bundle, raw=True, metadata={"image/png": {"alt": caption}})
    display(Markdown(f"*{caption}*"))
    if close:
        plt.close(fig)


def _img_html(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}">'


def figure_html(fig: Any, alt: str, *, dpi: float | None = None) -> str:
    """An ``<img>`` element (PNG as a data URL) of ``fig`` whose ``alt`` attribute is ``alt``.

    ``fig`` a matplotlib Figure, ``alt`` a non-empty string (the figure's text alternative), ``dpi`` None or in
    [10, 1200]. Used for handouts and the gallery index: every figure carries its text alternative.
    """
    from matplotlib.figure import Figure

    check_instance("fig", fig, Figure, "a matplotlib Figure")
    if not _text("alt", alt).strip():
        raise ValueError("alt is empty; allowed: a non-empty string (the figure's text alternative)")
    if dpi is not None:
        dpi = check_number("dpi", dpi, 10.0, 1200.0)
    from .plots import figure_png

    return _img_html(figure_png(fig, dpi=dpi), alt)


def caption(text: str) -> None:
    """Display a figure caption (for interactive figures shown just above); ``text`` a string."""
    from IPython.display import Markdown, display

    _text("text", text)

    display(Markdown(f"*{text}*"))


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str], *, fmt: str = "{:.0f}") -> None:
    """Display a small table (Markdown); numbers are formatted with ``fmt`` so outputs stay stable.

    ``headers`` a sequence of strings; ``rows`` a sequence of rows, each a sequence of as many cells as there are
    headers; ``fmt`` a ``str.format`` pattern for one number, e.g. ``"{:.1f}"``.
    """
    from IPython.display import Markdown, display

    headers = _cells("headers", headers)
    if not headers:
        raise ValueError("headers is empty; allowed: a non-empty list of strings")
    for i, h in enumerate(headers):
        _text(f"headers[{i}]", h)
    rows = _cells("rows", rows)
    for i, row in enumerate(rows):
        rows[i] = _cells(f"rows[{i}]", row)
        if len(rows[i]) != len(headers):
            raise ValueError(f"rows[{i}] has {len(rows[i])} cells; allowed: exactly {len(headers)} (one per header)")
    _text("fmt", fmt)
    try:
        fmt.format(1.5)
    except (ValueError, IndexError, KeyError) as exc:
        raise ValueError(f"fmt = {fmt!r} cannot format a number ({exc}); allowed: a str.format pattern for one "
                         "number such as '{:.0f}'") from None

    def cell(v: Any) -> str:
        if isinstance(v, float | int) and not isinstance(v, bool):
            return fmt.format(v)
        try:
            import numpy as np

            if isinstance(v, np.floating | np.integer):
                return fmt.format(float(v))
        except ImportError:  # pragma: no cover
            pass
        return html.escape(str(v)).replace("|", "\\|")

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    display(Markdown("\n".join(lines)))
