"""Matplotlib artists as drawing operations in figure pixels, for the browser-side live view (:mod:`.live`).

Each supported artist becomes one small dict ("op") that ``live.js`` draws on a ``<canvas>`` over the figure's
static background: what Agg would draw for that artist, in display coordinates. Coordinates are figure pixels at
the figure's own dpi with the origin at the TOP-left (canvas convention; Matplotlib's display origin is bottom-left),
rounded to 0.01 px. Sizes (line widths, font sizes, dashes, marker sizes) are converted from points to pixels with
the figure's dpi, as Agg does (``points * dpi / 72``).

Supported: :class:`~matplotlib.lines.Line2D` (path, dashes, caps, joins, markers), :class:`~matplotlib.patches.Patch`
(any path, flattened to polygons; fill, edge, dashes, hatches ``/ \\ x | - + . o``), :class:`~matplotlib.text.Text`
(multi-line, size, weight, colour, alignment, rotation, ``bbox``). Anything else raises ``TypeError``: an artist the
live view cannot draw must stay in the background.
"""

from __future__ import annotations

import functools
import math
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.transforms import Affine2D

#: Artist types the live view draws in the browser.
SUPPORTED = (Line2D, Patch, Text)


def css_color(color: Any, alpha: float | None = None) -> str | None:
    """A Matplotlib colour as a CSS ``rgba()`` string (None for "none" or fully transparent)."""
    if color is None or (isinstance(color, str) and color.lower() == "none"):
        return None
    if not isinstance(color, str):
        color = tuple(float(c) for c in np.ravel(color))
    return _css_color(color, alpha)


@functools.lru_cache(maxsize=512)
def _css_color(color: Any, alpha: float | None) -> str | None:
    r, g, b, a = to_rgba(color, alpha)  # an artist's alpha replaces the colour's, as in Matplotlib
    if a <= 0:
        return None
    return f"rgba({round(255 * r)},{round(255 * g)},{round(255 * b)},{a:.3g})"


def _flat(xy: np.ndarray, height: float) -> list[float | None]:
    """(n, 2) display points -> [x0, y0, x1, y1, ...] with y flipped; NaN -> None (breaks the path)."""
    out = np.column_stack([xy[:, 0], height - xy[:, 1]]).round(2).ravel()
    if np.isfinite(out).all():
        return out.tolist()
    return [None if not math.isfinite(v) else float(v) for v in out]


def _dashes(artist: Any, px: float) -> list[float] | None:
    pattern = getattr(artist, "_dash_pattern", (0, None))
    seq = pattern[1] if pattern else None
    if not seq:
        return None
    return [round(float(d) * px, 2) for d in seq]


def _clip(artist: Artist, height: float, cache: dict[int, Any]) -> list[float] | None:
    box = artist.get_clip_box() if artist.get_clip_on() else None
    if box is None:
        return None
    key = id(box)
    if key not in cache:
        x0, y0, x1, y1 = box.extents
        cache[key] = [round(x0, 2), round(height - y1, 2), round(x1 - x0, 2), round(y1 - y0, 2)]
    return cache[key]


def _line(line: Line2D, fig: Figure, px: float, H: float, cache: dict[int, Any]) -> dict[str, Any]:
    xy = line.get_transform().transform(np.asarray(line.get_xydata(), float))
    alpha = line.get_alpha()
    op: dict[str, Any] = {"t": "l", "p": _flat(xy, H), "k": _clip(line, H, cache), "z": line.get_zorder()}
    if line.get_linestyle() not in ("None", "none", "", " "):
        dashes = _dashes(line, px)
        cap = line.get_dash_capstyle() if dashes else line.get_solid_capstyle()
        join = line.get_dash_joinstyle() if dashes else line.get_solid_joinstyle()
        op.update(c=css_color(line.get_color(), alpha), w=round(line.get_linewidth() * px, 2), d=dashes,
                  cap=_CAPS.get(cap, "butt"), join=join)
    marker = line._marker  # the MarkerStyle Line2D.draw uses
    if marker is not None and marker.get_marker() not in (None, "None", "none", "", " "):
        size = line.get_markersize() * px
        filled = marker.is_filled()
        op["m"] = {"p": _marker_polygons(marker, size),
                   "f": css_color(line.get_markerfacecolor(), alpha) if filled else None,
                   "e": css_color(line.get_markeredgecolor(), alpha),
                   "w": round(line.get_markeredgewidth() * px, 2), "closed": bool(filled)}
    return op


def _marker_polygons(marker: Any, size: float) -> list[list[float]]:
    key = (marker.get_marker(), marker.get_fillstyle(), round(size, 3))
    try:
        cached = key in _MARKERS
    except TypeError:  # a marker given as an array or a Path: not hashable, not cached
        key, cached = None, False
    if not cached:
        tr = marker.get_transform() + Affine2D().scale(size, -size)  # flip y for the canvas
        polys = marker.get_path().to_polygons(tr, closed_only=False)
        out = [np.round(p, 2).ravel().tolist() for p in polys]
        if key is None:
            return out
        _MARKERS[key] = out
    return _MARKERS[key]


_MARKERS: dict[tuple[Any, ...], list[list[float]]] = {}
_CAPS = {"butt": "butt", "round": "round", "projecting": "square"}


def _patch(patch: Patch, fig: Figure, px: float, H: float, cache: dict[int, Any]) -> dict[str, Any]:
    polys = patch.get_path().to_polygons(patch.get_transform(), closed_only=False)
    hatch = patch.get_hatch()
    if hasattr(patch, "get_hatchcolor"):  # Matplotlib >= 3.10
        hatch_color = patch.get_hatchcolor()
    else:  # pragma: no cover - older Matplotlib keeps it private
        hatch_color = getattr(patch, "_hatch_color", None)
    hatch_lw = patch.get_hatch_linewidth() if hasattr(patch, "get_hatch_linewidth") else 1.0
    lw = patch.get_linewidth()
    return {"t": "p", "p": [_flat(p, H) for p in polys], "k": _clip(patch, H, cache), "z": patch.get_zorder(),
            "f": css_color(patch.get_facecolor()) if patch.get_fill() else None,
            "e": css_color(patch.get_edgecolor()) if lw > 0 else None, "w": round(lw * px, 2),
            "d": _dashes(patch, px), "h": hatch or None,
            "hc": css_color(hatch_color if hatch_color is not None else patch.get_edgecolor()),
            "hw": round(hatch_lw * px, 2), "hs": round(fig.dpi, 2)}


def _linespacing(text: Text) -> float:
    value = text.get_linespacing()
    try:
        return float(value)
    except (TypeError, ValueError):  # Matplotlib >= 3.11: "normal" = the font's own, about 1.2
        return 1.2


def _text(text: Text, fig: Figure, px: float, H: float, cache: dict[int, Any]) -> dict[str, Any] | None:
    s = text.get_text()
    if not s:
        return None
    x, y = text.get_transform().transform(text.get_unitless_position())
    alpha = text.get_alpha()
    weight = text.get_fontweight()
    op: dict[str, Any] = {"t": "t", "s": s, "x": round(float(x), 2), "y": round(H - float(y), 2),
                          "f": round(text.get_fontsize() * px, 2), "c": css_color(text.get_color(), alpha),
                          "ha": text.get_horizontalalignment(), "va": text.get_verticalalignment(),
                          "r": float(text.get_rotation()), "ls": _linespacing(text),
                          "wt": weight if isinstance(weight, str) else ("bold" if weight >= 600 else "normal"),
                          "ff": ", ".join(text.get_fontfamily()), "k": _clip(text, H, cache), "z": text.get_zorder()}
    box = text.get_bbox_patch()
    if box is not None:
        style = box.get_boxstyle()
        op["b"] = {"f": css_color(box.get_facecolor()), "e": css_color(box.get_edgecolor())
                   if box.get_linewidth() > 0 else None, "w": round(box.get_linewidth() * px, 2),
                   "pad": round(float(getattr(style, "pad", 0.3)) * op["f"], 2),
                   "round": type(style).__name__.lower() in ("round", "round4")}
    return op


def serialize(artists: list[Artist], fig: Figure) -> list[dict[str, Any]]:
    """Drawing operations for the visible ``artists`` of ``fig``, in zorder (then given) order.

    The figure's transforms must be current (it has been drawn once at its own dpi with the present limits).
    """
    px = fig.dpi / 72.0
    H = float(fig.bbox.height)
    ops = []
    cache: dict[int, Any] = {}
    for i, art in enumerate(artists):
        if not art.get_visible():
            continue
        if isinstance(art, Text):
            op = _text(art, fig, px, H, cache)
        elif isinstance(art, Line2D):
            op = _line(art, fig, px, H, cache)
        elif isinstance(art, Patch):
            op = _patch(art, fig, px, H, cache)
        else:
            raise TypeError(f"the live view cannot draw a {type(art).__name__}; supported: Line2D, Patch, Text")
        if op is not None:
            op["i"] = i
            ops.append(op)
    ops.sort(key=lambda o: (o.pop("z"), o["i"]))
    for op in ops:
        del op["i"]
    return ops


def check_supported(artists: list[Artist]) -> None:
    """Raise ``TypeError`` naming the first artist the live view cannot draw."""
    for art in artists:
        if not isinstance(art, SUPPORTED):
            raise TypeError(f"animated artist {art!r} is a {type(art).__name__}; the live view draws only "
                            "Line2D, Patch and Text (keep others in the static background)")
