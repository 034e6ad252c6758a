"""The reference people and objects the notebooks and the validation table use (one place, so every notebook lifts
the same things). Import as ``hm.series``.
"""

from __future__ import annotations

from .anthropometry import Body
from .objects import Barbell, Box, Kettlebell

#: Kingma, Bosch, Bruins & van Dieen 2004 (Ergonomics 47:1365), abstract: a 10.5 kg box without handles lifted
#: "from 0.05 m": read here as the box standing 0.05 m up (hands under its bottom edges); its size is not in the
#: abstract, so the default 0.30 x 0.25 m box is an ASSUMPTION.
KINGMA_BOX = Box(10.5, elevation=0.05)
#: Kingma et al. 2004's second height: the box 0.5 m up (hands under its bottom edges at ~0.52 m).
KINGMA_BOX_HIGH = Box(10.5, elevation=0.5)
#: A 15 kg box with handles 0.15 m up, on the floor.
FLOOR_BOX = Box(15, handle_height=0.15)
#: The same box on a 0.20 m step (a "raise the bar for beginners" progression).
STEP_BOX = Box(15, handle_height=0.15, elevation=0.20)
#: A 16 kg competition kettlebell (handle 0.26 m up) between the feet.
KETTLEBELL = Kettlebell(16)
#: A 40 kg barbell on 0.45 m plates over the mid-foot.
FLOOR_BAR = Barbell(40)
#: Lift duration, s (2 s down + 2 s up).
LIFT_DURATION: float = 4.0


def reference_body() -> Body:
    """The reference man of the notebooks: 75 kg, 1.75 m."""
    return Body(75.0, 1.75, "male")


def reference_woman() -> Body:
    """The reference woman: 60 kg, 1.63 m (ANSUR II mean female stature 1.629 m, data/ansur2_leg_radii.csv)."""
    return Body(60.0, 1.63, "female")
