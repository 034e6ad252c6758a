"""Shared helpers of the figure modules: the updatable :class:`PlotArtists` result and analysis accessors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.artist import Artist

from ..statics import Analysis

# ---------------------------------------------------------------------------------------------------------------
# Helpers


def _single(a: Analysis, what: str) -> None:
    if not isinstance(a, Analysis):
        raise ValueError(f"{what} needs a hinge_model Analysis (from hm.analyze), got {type(a).__name__}")


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

    def update(self, a: Any, frame: int | None = None) -> PlotArtists:  # pragma: no cover - overridden
        raise NotImplementedError


