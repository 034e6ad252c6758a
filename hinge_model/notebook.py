"""Small display helpers for the notebooks: static figures with a caption, tables, verdicts.

Static figures are shown as PNG images (visible on GitHub and in exported HTML, and never compared by nbval)
followed by their one-line caption, which doubles as the figure's alt text. Interactive figures are the ipympl
canvases made by :mod:`hinge_model.widgets`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any


def show(fig: Any, caption: str, *, dpi: float | None = None, close: bool = True) -> None:
    """Display ``fig`` as a static PNG image followed by ``caption`` (alt text), then close it."""
    import matplotlib.pyplot as plt
    from IPython.display import Image, Markdown, display

    from .plots import figure_png

    display(Image(data=figure_png(fig, dpi=dpi)), metadata={"alt": caption})
    display(Markdown(f"*{caption}*"))
    if close:
        plt.close(fig)


def caption(text: str) -> None:
    """Display a figure caption (for interactive figures shown just above)."""
    from IPython.display import Markdown, display

    display(Markdown(f"*{text}*"))


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str], *, fmt: str = "{:.0f}") -> None:
    """Display a small table (Markdown); numbers are formatted with ``fmt`` so outputs stay stable."""
    from IPython.display import Markdown, display

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
