"""Notebook 09 (lifting fast) and 05's posture map lift the real box (hm.series.FLOOR_BOX): the live duration
figure draws the box lift's own moments, its axis holds the fastest lift, and the heat map's paths are the box
lifts' postures."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from numpy.testing import assert_allclose  # noqa: E402

import hinge_model as hm  # noqa: E402
from hinge_model import plots  # noqa: E402

BODY = hm.Body(75.0, 1.75, "male")
BOX = hm.series.FLOOR_BOX


def test_lift_duration_lifts_the_box() -> None:
    comp = plots.live_lift_duration(BODY, load=BOX, live=True)
    comp.set(duration=1.0)
    m = hm.movement("hinge", BODY, load=BOX, frames=121, duration=1.0)
    ax = comp.figure.axes[0]
    dyn, stat = ax.lines[0], ax.lines[1]
    assert_allclose(dyn.get_ydata(), m.dynamics.moments["L5S1"])
    assert_allclose(stat.get_ydata(), m.analysis.moments["L5S1"])
    assert_allclose(dyn.get_xdata(), np.asarray(m.time) / float(m.time[-1]))
    peak = float(np.max(m.dynamics.moments["L5S1"]))
    assert f"peak {peak:.0f} N·m" in comp.alt_text() and "15 kg box" in comp.alt_text()
    fastest = hm.movement("hinge", BODY, load=BOX, frames=121, duration=0.7).dynamics.moments["L5S1"]
    lo, hi = ax.get_ylim()
    assert lo < float(np.min(fastest)) and hi > float(np.max(fastest))  # nothing cut off at the fastest setting


def test_lift_duration_point_load_keeps_its_axis() -> None:
    comp = plots.live_lift_duration(BODY, live=True)
    assert comp.figure.axes[0].get_ylim() == (-350.0, 850.0)
    assert "box" not in comp.alt_text()


def test_posture_heatmap_draws_the_box_lifts() -> None:
    fig = matplotlib.figure.Figure()
    ax = fig.subplots()
    hmap = plots.posture_heatmap(ax, BODY, BOX.mass, "shear", n=11, load=BOX)
    for t in plots.TECHNIQUES:
        m = hm.movement(t, BODY, load=BOX)
        assert_allclose(hmap.artists["paths"][t + ":line"].get_xdata(), m.poses.hip)
        assert_allclose(hmap.artists["paths"][t + ":line"].get_ydata(), m.poses.lumbar)
        assert_allclose(hmap.artists["pickups"][t].get_ydata(), [m.poses.lumbar[m.pickup]])
    with pytest.raises(ValueError, match="load_x"):
        plots.posture_heatmap(ax, BODY, BOX.mass, load=BOX, load_x=0.1)
