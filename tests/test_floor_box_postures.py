"""The pick-up postures of the notebooks' own task (hm.series.FLOOR_BOX: 15 kg box, handles 0.15 m up, in front of
the toes) against the measured patterns they are fitted to (data/lift_postures.csv), one test per technique.

The grip (0.15 m) is below the measured tasks' reference grip (0.225 m), so the patterns apply in full
(hinge_model.postures). "Inside" = within 2 SD of the pattern's mean for every joint with a measured or cued value.
Where the fit cannot stay inside, the test is a strict xfail that states the constraint that binds, so the
disagreement cannot go stale silently.
"""

from __future__ import annotations

import numpy as np
import pytest

import hinge_model as hm
from hinge_model import postures
from hinge_model.muscles import hamstring_stretch_limit

BODY = hm.series.reference_body()


def _z(technique: str) -> dict[str, float]:
    m = hm.movement(technique, BODY, load=hm.series.FLOOR_BOX, frames=5)
    rows = postures.patterns()[technique]
    return {j: (float(getattr(m.end_pose, j)) - float(r["mean"])) / float(r["sd"]) for j, r in rows.items()}


def test_squat_inside_every_measured_range() -> None:
    z = _z("squat")
    assert all(abs(v) <= 2.0 for v in z.values()), z


def test_bend_knee_hip_and_ankle_inside_and_lumbar_at_the_edge() -> None:
    """The stoop's knee, hip and ankle sit inside; its lumbar flexion (56 deg) sits at the edge of von Arx et al.
    2021's 35.9 +- 10.1 deg: reaching 0.15 m with straight knees takes more rounding than their box task did."""
    z = _z("bend")
    assert all(abs(z[j]) <= 2.0 for j in ("knee", "hip", "ankle")), z
    assert 1.5 <= z["lumbar"] <= 2.5, z


@pytest.mark.xfail(strict=True, reason=(
    "the floor-box hinge has hip +3 SD and lumbar +3.7 SD from the deadlift pattern (Schellenberg et al. 2013; "
    "'neutral spine' cue): two hard constraints bind at once, the CoM of body + box at the forward balance limit "
    "(10 % of foot length behind the toes: the handles are ~0.36 m in front of the ankle) and the hip at the "
    "hamstring stretch limit (slr + 0.5 knee); the legs stay ~7 cm clear of the box, so the box itself does not "
    "bind; the rest of the reach comes from the lumbar spine"))
def test_hinge_inside_every_measured_range() -> None:
    z = _z("hinge")
    assert all(abs(v) <= 2.0 for v in z.values()), z


def test_what_binds_the_floor_box_hinge() -> None:
    """What the xfail above says, checked: the hip equals the hamstring stretch limit for its knee (below the
    hip's range of motion), the CoM sits on the forward balance limit, and the legs are clear of the box."""
    m = hm.movement("hinge", BODY, load=hm.series.FLOOR_BOX, frames=5)
    q, p = m.end_pose, m.pickup
    limit = float(hamstring_stretch_limit(float(q.knee), m.slr))
    assert abs(float(q.hip) - limit) < 0.5
    assert limit < hm.conventions.ANGLE_RANGES["hip"][1] - 5
    forward_limit = BODY.toe_x - postures.BALANCE_MARGIN * (BODY.toe_x - BODY.heel_x)
    assert abs(float(m.analysis.com[p, 0]) - forward_limit) < 2e-3
    assert float(np.min(hm.clearance.clearance(BODY, m.poses, m.load))) > 0.05
