"""Shared helpers of the figure modules: the updatable :class:`PlotArtists` result and analysis accessors."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes

from ..pose import Pose
from ..statics import Analysis
from ..validation import InputTypeError, check_array, check_choice, check_flag, check_instance, check_int, check_number

# ---------------------------------------------------------------------------------------------------------------
# Helpers


def _single(a: Analysis, what: str, frame: object = None, name: str = "a") -> int | None:
    """Check that ``a`` (the caller's argument ``name``) is an Analysis and ``frame`` picks one pose of it: None
    for a single pose, a whole number in [-n, n-1] for a movement's analysis of n frames. Returns the frame."""
    if not isinstance(a, Analysis):
        hint = " (a Pose: pass hm.analyze(body, pose, load_mass))" if isinstance(a, Pose) else ""
        raise InputTypeError(f"{name} must be a hinge_model Analysis (from hm.analyze) for {what}, got "
                             f"{type(a).__name__}{hint}")
    shape = np.shape(a.points["hip"])
    if len(shape) == 1:
        if frame is not None:
            raise ValueError(f"frame = {frame!r} given, but {name} holds a single pose; allowed: frame=None")
        return None
    n = shape[0]
    if frame is None or len(shape) != 2:
        raise ValueError(f"{name} must hold a single pose (or pass frame=i, allowed: whole numbers in "
                         f"[{-n}, {n - 1}]), got an analysis of points of shape {shape}")
    return check_int("frame", frame, -n, n - 1)


def _check_ax(ax: object) -> Axes:
    return check_instance("ax", ax, Axes, "a Matplotlib Axes (e.g. from plt.subplots())")


def _check_flags(**flags: object) -> None:
    for k, v in flags.items():
        check_flag(k, v)


def _choices(name: str, values: object, allowed: Sequence[str]) -> tuple[str, ...]:
    """A non-empty sequence of names from ``allowed`` (a bare string is refused, not read letter by letter)."""
    if isinstance(values, str) or not isinstance(values, Sequence) or not values:
        raise InputTypeError(f"{name} must be a non-empty list or tuple of names among "
                             f"{', '.join(map(repr, allowed))}; got {values!r}")
    return tuple(check_choice(name, v, allowed) for v in values)


def _figsize(figsize: object, name: str = "figsize") -> tuple[float, float] | None:
    """None or (width, height) in inches, each in (0, 100]."""
    if figsize is None:
        return None
    arr = check_array(name, figsize, 0, 100, "in", lo_open=True)  # type: ignore[arg-type]
    if arr.shape != (2,):
        raise ValueError(f"{name} must be (width, height) in inches, each in (0, 100] in, got {figsize!r}")
    return float(arr[0]), float(arr[1])


def _dpi(dpi: object) -> float | None:
    """None (Matplotlib's default) or dots per inch in [10, 1200]."""
    return None if dpi is None else check_number("dpi", dpi, 10, 1200)


def _live(live: object) -> bool | None:
    """``live`` of every live figure: None (live inside a kernel) or True/False."""
    return None if live is None else check_flag("live", live)


def _alt(alt: object) -> str:
    if not isinstance(alt, str):
        raise InputTypeError(f"alt must be a string (the figure's one-line description), got {type(alt).__name__}")
    return alt


def _artists(animated: object) -> list[Artist]:
    """The animated artists: an iterable of Matplotlib artists (a bare artist or a string is refused)."""
    if isinstance(animated, str | Artist) or not isinstance(animated, Iterable):
        raise InputTypeError(f"animated must be a list of Matplotlib artists (e.g. the lines of ax.plot), got "
                             f"{type(animated).__name__}")
    out = list(animated)
    for i, a in enumerate(out):
        check_instance(f"animated[{i}]", a, Artist, "a Matplotlib artist (e.g. a line from ax.plot)")
    return out


def _check_controls(controls: object) -> None:
    import ipywidgets as W  # only the live figures use widgets: static plots stay light

    if not isinstance(controls, Mapping) or not all(isinstance(k, str) and isinstance(c, W.ValueWidget)
                                                    for k, c in controls.items()):
        raise InputTypeError(f"controls must be a dict of names to ipywidgets value widgets (sliders, buttons), "
                             f"got {controls!r}"[:200])


def _control_value(name: str, control: Any, value: object, clamp: bool = False) -> Any:
    """``value`` checked against the control's own range or options (a slider would clamp it silently); with
    ``clamp`` a number outside the slider's range is left to the slider to clamp."""
    import ipywidgets as W

    if isinstance(control, W.Checkbox | W.ToggleButton):
        return check_flag(name, value)
    if hasattr(control, "min") and hasattr(control, "max"):
        integer = isinstance(control.value, int)
        lo, hi = (-np.inf, np.inf) if clamp else (control.min, control.max)
        return check_number(name, value, lo, hi, integer=integer)
    options = getattr(control, "options", None)
    if options is not None and all(isinstance(o, str) for o in options):
        return check_choice(name, value, list(options))
    return value


def _pt(a: Analysis, name: str, frame: int | None) -> np.ndarray:
    p = np.asarray(a.points[name])
    if frame is not None:
        p = p[frame]
    if p.shape != (2,):
        raise ValueError(f"analysis must hold a single pose (or pass frame=i), got points of shape {p.shape}")
    return p


def _val(x: Any, frame: int | None) -> float:
    arr = np.asarray(x)
    if frame is not None and arr.ndim:
        arr = arr[frame]
    return float(arr)


def _com(a: Analysis, seg: str, frame: int | None) -> np.ndarray:
    c = np.asarray(a.segments[seg].com)
    return c[frame] if frame is not None else c


@dataclass
class PlotArtists:
    """Artists made by one plot function, updatable in place.

    ``artists`` maps a role (e.g. ``"L5S1"``, ``"plumb"``) to the Matplotlib artist (or list of artists);
    ``alt_text`` is a one-line description of what is shown now.
    """

    ax: Any
    artists: dict[str, Any] = field(default_factory=dict)
    alt_text: str = ""

    def all_artists(self) -> list[Artist]:
        """Every artist made (flattened), e.g. to mark them animated for blitting."""
        out: list[Artist] = []
        for v in self.artists.values():
            if isinstance(v, Artist):
                out.append(v)
            elif isinstance(v, dict):
                out.extend(x for x in v.values() if isinstance(x, Artist))
            elif isinstance(v, list | tuple):
                out.extend(x for x in v if isinstance(x, Artist))
        return out

    def dynamic_artists(self) -> list[Artist]:
        """Artists that change on ``update`` (the ones to blit)."""
        return self.all_artists()

    def update(self, a: Any, frame: int | None = None) -> PlotArtists:
        """Move the artists to analysis ``a`` (each figure's own class does it; the base only checks ``a``)."""
        _single(a, type(self).__name__, frame)
        raise NotImplementedError(f"{type(self).__name__} does not define update()")


