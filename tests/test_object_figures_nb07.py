"""Notebook 07 with a real object: the same box raised on stands (``progression(load=...)``) and the live peaks
figure's box mode (its grip-height slider raises the box; never below its handles)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest

import hinge_model as hm
from hinge_model import plots

BODY = hm.series.reference_body()
BOX = hm.series.FLOOR_BOX  # 15 kg, handles 0.15 m up


def _peak(m: hm.movements.Movement) -> float:
    return float(np.max(m.analysis.moments["L5S1"]))


def test_progression_raises_the_object_to_each_grip_height() -> None:
    heights = [0.15, 0.35]
    p = hm.movements.progression(BODY, load=BOX, heights=heights, techniques=("hinge", "squat"), frames=9)
    assert list(p["target_height"]) == heights * 2
    np.testing.assert_allclose(p["elevation"], [0.0, 0.20] * 2, atol=1e-12)
    assert p["reachable"].all()
    step = hm.movement("hinge", BODY, load=hm.series.STEP_BOX, frames=9)  # 0.35 m grip = the 0.20 m step
    assert p["peak_L5S1_moment"][1] == pytest.approx(_peak(step))
    assert p["lumbar"][1] == pytest.approx(float(step.end_pose.lumbar))
    assert all(len(v) == 4 for v in p.values())


def test_progression_default_heights_with_an_object_start_on_the_floor() -> None:
    p = hm.movements.progression(BODY, load=BOX, techniques=("hinge",), frames=9)
    assert p["target_height"][0] == pytest.approx(0.15) and p["elevation"][0] == 0.0
    assert np.all(np.diff(p["target_height"]) > 0) and p["target_height"][-1] == pytest.approx(0.285 * BODY.height)


def test_progression_refuses_below_the_handles_and_both_kinds_of_load() -> None:
    with pytest.raises(ValueError, match="below the lowest grip"):
        hm.movements.progression(BODY, load=BOX, heights=[0.10], techniques=("hinge",), frames=9)
    with pytest.raises(ValueError, match="either load_mass"):
        hm.movements.progression(BODY, 15.0, load=BOX)
    with pytest.raises(ValueError, match="either load_mass"):
        hm.movements.progression(BODY)
    with pytest.raises(ValueError, match="Box, Barbell or Kettlebell"):
        hm.movements.progression(BODY, load=hm.objects.PointLoad(15.0, 0.3))


def test_progression_point_load_table_is_unchanged() -> None:
    p = hm.movements.progression(BODY, 15.0, heights=[0.3], techniques=("hinge",), frames=9)
    assert "elevation" not in p
    assert p["peak_L5S1_moment"][0] == pytest.approx(_peak(hm.movement("hinge", BODY, 15.0, 0.3, frames=9)))


def test_technique_peaks_box_mode_raises_the_box() -> None:
    comp = plots.live_technique_peaks(BODY, load=BOX, frames=9, live=True)
    slider = comp.controls["target_height"]
    assert slider.min == pytest.approx(0.15) and slider.value == pytest.approx(0.15)  # the handles: lowest grip
    comp.set(load_mass=20, target_height=0.35)
    box = hm.Box(20, handle_height=0.15, elevation=0.20)
    for k, t in enumerate(plots.TECHNIQUES):
        m = hm.movement(t, BODY, load=box, frames=9)
        assert comp.figure.axes[0].patches[k].get_height() == pytest.approx(_peak(m))
        assert comp.figure.axes[1].patches[k].get_height() == pytest.approx(float(np.max(m.analysis.spine.compression)))
    assert "20.0 kg box on a 20 cm stand, hands at 35 cm" in comp.alt_text()


def test_technique_peaks_box_mode_clamps_below_the_handles_and_says_so() -> None:
    comp = plots.live_technique_peaks(BODY, load=hm.series.STEP_BOX, frames=9, live=True)
    assert comp.controls["target_height"].value == pytest.approx(0.35)  # starts where the object is
    comp.set(target_height=0.05)  # below the handles: the slider clamps to the box on the floor
    assert comp.controls["target_height"].value == pytest.approx(0.15)
    assert "on the floor (lowest grip), hands at 15 cm" in comp.alt_text()
    floor = hm.movement("hinge", BODY, load=BOX, frames=9)
    assert comp.figure.axes[0].patches[0].get_height() == pytest.approx(_peak(floor))
    assert comp.figure.axes[0].get_ylim()[1] >= 330  # a 40 kg box fits on the axes
    with pytest.raises(ValueError, match="Box, Barbell or Kettlebell"):
        plots.live_technique_peaks(BODY, load=hm.objects.PointLoad(15.0, 0.3))


@pytest.mark.parametrize("grip", [0.15, 0.30, 0.45])
def test_technique_peaks_default_frames_resolve_the_peaks(grip: float) -> None:
    """The live figure's default 21 frames (notebook 07's "try it" figure) give every technique's peak moment,
    compression and shear within 2 % of a 241-frame lift (measured: at most 1.3 %, the bend's moment on the floor):
    a 21-frame solve keeps the slider at a hand's speed without changing what the bars show."""
    from hinge_model.plots.live_lifts import _peaks

    box = hm.objects.raised(hm.series.FLOOR_BOX, grip, clamp=True)
    for t in hm.movements.TECHNIQUES:
        fine = _peaks(hm.movement(t, BODY, load=box, frames=241).analysis)
        coarse = _peaks(hm.movement(t, BODY, load=box, frames=21).analysis)
        for key, value in fine.items():
            assert coarse[key] == pytest.approx(value, rel=0.02), (t, key)
