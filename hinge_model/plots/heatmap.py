"""Posture-space heat map of an L5/S1 load over (hip flexion, lumbar flexion)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib.patheffects as pe
import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ..anthropometry import Body
from ..conventions import ANGLE_RANGES
from ..kinematics import hanging_arm_shoulder
from ..objects import LiftObject
from ..pose import Pose
from ..statics import Analysis, analyze
from ..validation import check_choice, check_instance, check_int, check_range
from .base import PlotArtists, _check_ax, _check_flags, _choices
from .comparison import _movement
from .style import (
    BLACK,
    TECHNIQUE_STYLE,
    TECHNIQUES,
    _fs,
    _lw,
    _ms,
    spine_limit,
)

# ---------------------------------------------------------------------------------------------------------------
# Posture-space heat map

HEATMAP_QUANTITIES: dict[str, str] = {
    "compression": "L5/S1 compression (N)",
    "shear": "L5/S1 shear (N, + anterior)",
    "passive_share": "passive share of the lumbar moment (%)",
    "L5S1_moment": "L5/S1 net moment (N·m)",
}


def arms_hanging(ankle: Any, knee: Any, hip: Any, lumbar: Any) -> np.ndarray:
    """Shoulder flexion (deg) that keeps the arms hanging straight down (upper-arm angle 0), clipped to its range.

    From :mod:`hinge_model.conventions`: upper-arm angle = shoulder - thorax, thorax = ankle - knee + hip + lumbar.
    """
    return np.clip(hanging_arm_shoulder(ankle, knee, hip, lumbar), *ANGLE_RANGES["shoulder"])


def _quantity(a: Analysis, quantity: str) -> np.ndarray:
    if quantity == "L5S1_moment":
        return np.asarray(a.moments["L5S1"], dtype=float)
    if a.spine is None:
        raise ValueError(f"quantity = {quantity!r} needs the spine model (hinge_model.spine), which is not available")
    v = np.asarray(getattr(a.spine, quantity), dtype=float)
    return 100 * v if quantity == "passive_share" else v


class PostureHeatmap(PlotArtists):
    """Artists of :func:`posture_heatmap`: ``mesh`` (QuadMesh; ``values`` its data), ``contours``, ``paths``
    (technique -> Line2D over (hip, lumbar)), ``colorbar``."""

    def __init__(self, ax: Axes, artists: dict[str, Any], hip: np.ndarray, lumbar: np.ndarray,
                 values: np.ndarray, quantity: str) -> None:
        super().__init__(ax=ax, artists=artists)
        self.hip, self.lumbar, self.values, self.quantity = hip, lumbar, values, quantity

    def update(self, a: Analysis, frame: int | None = None) -> PostureHeatmap:
        """Refill the colour map from an analysis over the same (lumbar, hip) grid."""
        check_instance("a", a, Analysis, "a hinge_model Analysis over the heat map's (lumbar, hip) grid")
        if frame is not None:
            raise ValueError(f"frame = {frame!r} given, but a heat map has no frames; allowed: frame=None")
        values = _quantity(a, self.quantity)
        if values.shape != self.values.shape:
            raise ValueError(f"a must be an analysis over the heat map's (lumbar, hip) grid of shape "
                             f"{self.values.shape}, got one of shape {values.shape}")
        self.values = values
        self.artists["mesh"].set_array(self.values)
        lo, hi = float(np.min(self.values)), float(np.max(self.values))
        self.alt_text = (f"Heat map of {HEATMAP_QUANTITIES[self.quantity]} over hip flexion "
                         f"{self.hip.min():.0f} to {self.hip.max():.0f}° and lumbar flexion {self.lumbar.min():.0f} "
                         f"to {self.lumbar.max():.0f}°, from {lo:.0f} to {hi:.0f}, with the techniques' paths.")
        return self


def posture_heatmap(ax: Axes, body: Body, load_mass: float, quantity: str = "compression", *,
                    knee: float = 20.0, ankle: float = 5.0, hip_range: tuple[float, float] = (0.0, 130.0),
                    lumbar_range: tuple[float, float] = (-10.0, 60.0), n: int = 61,
                    target_height: float | None = 0.25, load_x: float | None = None,
                    techniques: Sequence[str] = TECHNIQUES, colorbar: bool = True,
                    load: LiftObject | None = None) -> PostureHeatmap:
    """Heat map of an L5/S1 load over (hip flexion, lumbar flexion) with knee and ankle fixed and arms hanging.

    One vectorised :func:`~hinge_model.statics.analyze` call on a meshgrid pose. Limits are drawn as labelled
    contours (compression 3400/6400 N, shear 700/1000 N). If ``target_height`` is given, each technique's lift
    (``hm.movement``) is drawn as its (hip, lumbar) path with the pick-up marked; note that the squat path also
    bends the knees, which the map (fixed ``knee``) does not. ``load`` (an object, ``hm.Box(...)``) draws the
    paths of lifting that object instead (``target_height`` is then not used; ``load_mass`` still sets the map).
    """
    _check_ax(ax)
    if load is not None and load_x is not None:
        raise ValueError(f"give the paths' task either as an object (load=...) or with load_x, not both (got "
                         f"load_x = {load_x!r})")
    quantity = check_choice("quantity", quantity, tuple(HEATMAP_QUANTITIES))
    for nm, rng in (("hip_range", hip_range), ("lumbar_range", lumbar_range)):
        joint = nm.split("_")[0]
        lo, hi = ANGLE_RANGES[joint]
        r = check_range(nm, rng, lo, hi, unit="deg")
        if r.shape != (2,) or not r[0] < r[1]:
            raise ValueError(f"{nm} must be (low, high) with low < high, in [{lo:g}, {hi:g}] deg; got {rng!r}")
    n = check_int("n", n, 2, 1000)
    techniques = _choices("techniques", techniques, TECHNIQUES)
    _check_flags(colorbar=colorbar)
    hip = np.linspace(*hip_range, n)
    lumbar = np.linspace(*lumbar_range, n)
    H, L = np.meshgrid(hip, lumbar)  # rows: lumbar, columns: hip
    pose = Pose(ankle=ankle, knee=knee, hip=H, lumbar=L, shoulder=arms_hanging(ankle, knee, H, L))
    a = analyze(body, pose, load_mass)
    values = _quantity(a, quantity)
    art: dict[str, Any] = {}
    art["mesh"] = ax.pcolormesh(hip, lumbar, values, cmap="cividis", shading="nearest", rasterized=True, zorder=0)
    levels: list[tuple[float, str, str]] = []
    if quantity == "compression":
        levels = [(spine_limit("NIOSH_ACTION_LIMIT"), "--", "action limit"),
                  (spine_limit("NIOSH_MAX_PERMISSIBLE"), "-", "max. permissible")]
    elif quantity == "shear":
        levels = [(spine_limit("SHEAR_LIMIT_FREQUENT"), "--", "frequent"),
                  (spine_limit("SHEAR_LIMIT_OCCASIONAL"), "-", "occasional")]
    art["contours"] = []
    for lev, ls, text in levels:
        if np.nanmin(values) < lev < np.nanmax(values):
            cs = ax.contour(hip, lumbar, values, levels=[lev], colors=BLACK, linestyles=ls, linewidths=_lw(0.9))
            cs.set_path_effects([pe.withStroke(linewidth=_lw(2.2), foreground="white")])
            for lab in ax.clabel(cs, fmt={lev: f"{text} {lev:.0f} N"}, fontsize=_fs(0.75), inline=True):
                lab.set_path_effects([pe.withStroke(linewidth=3, foreground="white")])
            art["contours"].append(cs)
    if colorbar:
        art["colorbar"] = ax.figure.colorbar(art["mesh"], ax=ax, label=HEATMAP_QUANTITIES[quantity])
    art["paths"] = {}
    art["pickups"] = {}
    if target_height is not None or load is not None:
        for t in techniques:
            st = TECHNIQUE_STYLE[t]
            m = (_movement(t, body, None, None, None, load=load) if load is not None
                 else _movement(t, body, load_mass, target_height, load_x))
            hp, lp = np.asarray(m.poses.hip), np.asarray(m.poses.lumbar)
            art["paths"][t] = ax.plot(hp, lp, color="white", lw=_lw(2.6), zorder=3)[0]  # halo for contrast
            art["paths"][t + ":line"] = ax.plot(hp, lp, color=st["color"], ls=st["linestyle"], lw=_lw(1.4),
                                                zorder=4, label=t)[0]
            art["pickups"][t] = ax.plot([hp[m.pickup]], [lp[m.pickup]], ls="none", marker=st["marker"],
                                        ms=_ms(1.4), mfc=st["color"], mec="white", mew=_lw(0.5), zorder=5)[0]
        ax.legend(handles=[Line2D([], [], color=TECHNIQUE_STYLE[t]["color"], ls=TECHNIQUE_STYLE[t]["linestyle"],
                                  marker=TECHNIQUE_STYLE[t]["marker"], lw=_lw(1.2), label=t) for t in techniques],
                  loc="upper right", frameon=True, fontsize=_fs(0.75), title="path (marker: pick-up)",
                  title_fontsize=_fs(0.7))
    ax.set_xlabel("hip flexion (deg)")
    ax.set_ylabel("lumbar flexion (deg)")
    ax.set_title(f"{load_mass:.0f} kg; map at knee {knee:.0f}°, ankle {ankle:.0f}°, arms hanging", fontsize=_fs(0.85))
    out = PostureHeatmap(ax, art, hip, lumbar, values, quantity)
    return out.update(a)


