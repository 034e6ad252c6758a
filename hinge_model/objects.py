r"""Objects to lift, and where the task puts them: a box, a barbell, a kettlebell (or a bare point load).

``hm.Box(mass, depth=0.30, height=0.25, handle_height=None)``, ``hm.Barbell(mass, plate_diameter=0.45)``,
``hm.Kettlebell(mass, handle_height=0.26)`` (contract); ``hm.movement(name, body, load=obj)`` lifts them.
:func:`place` puts an object on the floor the same way for every technique and returns a :class:`PlacedObject`
(grip point, outline, which body parts must stay clear of it).

Conventions (sagittal plane, as :mod:`hinge_model.conventions`: x forward, y up, SI units, ORIGIN AT THE ANKLE;
the floor is at ``y = -body.ankle_height``; heights such as ``handle_height`` and ``elevation`` are above the
floor or the surface the object stands on)::

        box, placement "front"                   barbell                     kettlebell / "between"
                       depth                                                 (legs straddle it: not
     knee o          |<------>|                 knee o                        checked in the plane)
           \         +--------+ height            |    ( plate )
            \  gap   |  (o)   |  (o) = handles    |   (  -o-   )  bar over the mid-foot,    o knee
      ankle o->|<-   |        |  at mid-depth     o  (  ( )    )  in front of the shins     |  _
     heel ===toe     +--------+                   ====( plate )                           ===(_)===
     ---------------------------- floor  ------------------------------------------ floor

* **Box**: near face ``gap`` (default 0.02 m) in front of the toes ("front": Kingma et al. 2004's "feet behind the
  box") or centred over the mid-foot with the feet either side ("between": "feet beside the box"). The hands hold
  its handles on the two side faces at mid-depth, ``handle_height`` above its bottom; a box without handles is held
  under its bottom edges (grip centre :data:`UNDER_EDGE_GRIP` = 0.02 m above the bottom: half a hand's thickness,
  assumption). The hands are lateral to the box, so in the plane they lie inside its outline: only the LEGS are
  checked against it (:mod:`hinge_model.clearance`), never the arms.
* **Barbell**: bar over the mid-foot (``(heel_x + toe_x) / 2``; or :data:`BAR_SHIN_GAP` in front of the standing
  shins if they reach further forward), at ``plate_diameter / 2`` above the floor; the
  plates are outside the legs and the arms hang outside the knees (conventional deadlift grip), so only the bar
  (diameter :data:`BAR_DIAMETER`) is checked against the shins and thighs.
* **Kettlebell**: on the floor between the feet at the mid-foot (legs straddle it, hands between the knees): no leg
  check in the plane.
* **PointLoad**: the legacy ``load_mass / target_height / load_x`` task: a mass at the hands, no outline.

The load acts at the hands (the object's weight hangs from the grip), as in the rest of the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from .anthropometry import Body
from .conventions import LOAD_RANGE
from .leg_geometry import segment_radii
from .validation import check_choice, check_number

Array = NDArray[np.float64]

#: Olympic bar shaft diameter, m (IWF men's bar 28 mm).
BAR_DIAMETER: float = 0.028
#: Smallest gap (m) between the standing shins and the bar: the bar is over the mid-foot, or this far in front of
#: the shins when they reach further forward (short people; the shin capsule is round, see hinge_model.leg_geometry).
BAR_SHIN_GAP: float = 0.005
#: Grip centre above the bottom edge of a box held without handles, m (half a hand's thickness; assumption).
UNDER_EDGE_GRIP: float = 0.02
#: Kettlebell bell diameter per kg^(1/3), m (a 16 kg competition bell is ~0.21 m: 0.21 / 16^(1/3); assumption).
BELL_DIAMETER_PER_CUBE_ROOT_KG: float = 0.21 / 16.0 ** (1.0 / 3.0)
PLACEMENTS: tuple[str, ...] = ("front", "between")


def _mass(mass: Any) -> float:
    return check_number("mass", mass, *LOAD_RANGE, unit="kg")


def _validated(obj: Any, *, optional: tuple[str, ...] = (), **spec: tuple[float, float | str]) -> None:
    """Check the fields of a frozen object dataclass in order and store each back as a float: ``mass`` (kg,
    LOAD_RANGE), every field of ``spec`` (m, in [lo, hi]; ``hi`` may name a field checked before it; a field of
    ``optional`` may be None), then ``elevation`` (m, 0-1.5). A bad value raises check_number's ValueError, which
    names the argument, its value and the allowed range."""
    object.__setattr__(obj, "mass", _mass(obj.mass))
    for name, (lo, hi) in spec.items():
        value = getattr(obj, name)
        if value is None and name in optional:
            continue
        top = float(getattr(obj, hi)) if isinstance(hi, str) else hi
        object.__setattr__(obj, name, check_number(name, value, lo, top, unit="m"))
    object.__setattr__(obj, "elevation", check_number("elevation", obj.elevation, 0.0, 1.5, unit="m"))


@dataclass(frozen=True)
class Box:
    """A box ``depth`` m deep (front to back) and ``height`` m tall; ``handle_height`` (m above its bottom) or None
    (held under its bottom edges); standing on a surface ``elevation`` m above the floor."""

    mass: float
    depth: float = 0.30
    height: float = 0.25
    handle_height: float | None = None
    elevation: float = 0.0
    kind: str = field(default="box", init=False)

    def __post_init__(self) -> None:
        _validated(self, depth=(0.05, 1.0), height=(0.05, 1.0), handle_height=(UNDER_EDGE_GRIP, "height"),
                   optional=("handle_height",))

    @property
    def grip_above_base(self) -> float:
        return UNDER_EDGE_GRIP if self.handle_height is None else float(self.handle_height)


@dataclass(frozen=True)
class Barbell:
    """A loaded barbell: plates ``plate_diameter`` m across (0.45 m: standard bumper plates)."""

    mass: float
    plate_diameter: float = 0.45
    elevation: float = 0.0
    kind: str = field(default="barbell", init=False)

    def __post_init__(self) -> None:
        _validated(self, plate_diameter=(0.1, 0.6))

    @property
    def grip_above_base(self) -> float:
        return 0.5 * float(self.plate_diameter)


@dataclass(frozen=True)
class Kettlebell:
    """A kettlebell whose handle is ``handle_height`` m above the floor (0.26 m: a 16 kg competition bell)."""

    mass: float
    handle_height: float = 0.26
    elevation: float = 0.0
    kind: str = field(default="kettlebell", init=False)

    def __post_init__(self) -> None:
        _validated(self, handle_height=(0.05, 0.6))

    @property
    def grip_above_base(self) -> float:
        return float(self.handle_height)


@dataclass(frozen=True)
class PointLoad:
    """A bare mass held at grip height ``height`` (m above the floor) and ``x`` (m from the ankle; None = mid-foot):
    the legacy ``load_mass / target_height / load_x`` task."""

    mass: float
    height: float
    x: float | None = None
    kind: str = field(default="point", init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "mass", _mass(self.mass))
        object.__setattr__(self, "height", check_number("target_height", self.height, 0.0, 2.5, lo_open=True,
                                                        unit="m"))
        if self.x is not None:
            object.__setattr__(self, "x", check_number("load_x", self.x, -1.25, 1.25, unit="m"))


LiftObject = Box | Barbell | Kettlebell | PointLoad


@dataclass(frozen=True)
class PlacedObject:
    """An object where the task put it, in the model's coordinates (origin at the ankle, floor at -ankle_height).

    ``grip`` (x, y) is where the hands hold it; ``grip_height`` is ``grip[1]`` above the floor; ``near_x`` is the x
    of the surface nearest the body (box near face, bar front edge; ``grip[0]`` for others); ``outline`` (N, 2) the
    closed outline of its sagittal section (for the figures); ``checks_legs`` whether shank and thigh must stay
    clear of it in the plane; ``shape`` ("rect" with ``rect`` = (x0, y0, x1, y1), "circle" with ``circle`` =
    (cx, cy, r), or "none").
    """

    obj: LiftObject
    placement: str
    grip: tuple[float, float]
    grip_height: float
    near_x: float
    outline: Array
    checks_legs: bool
    shape: Literal["rect", "circle", "none"]
    rect: tuple[float, float, float, float] | None = None
    circle: tuple[float, float, float] | None = None

    @property
    def mass(self) -> float:
        return float(self.obj.mass)

    @property
    def kind(self) -> str:
        return self.obj.kind

    def describe(self) -> str:
        """A short phrase for titles and alt texts: "10.5 kg box, grip 0.05 m, feet behind it"."""
        where = {"front": "in front of the toes", "between": "between the feet"}.get(self.placement, "")
        return f"{self.mass:g} kg {self.kind}, grip {self.grip_height:.2f} m{', ' + where if where else ''}"


def _circle(cx: float, cy: float, r: float, n: int = 33) -> Array:
    t = np.linspace(0.0, 2.0 * np.pi, n)
    return np.column_stack((cx + r * np.cos(t), cy + r * np.sin(t)))


def place(obj: LiftObject, body: Body, *, placement: str | None = None, gap: float = 0.02) -> PlacedObject:
    """Put ``obj`` on the floor in front of ``body`` (see the module docstring) and return where it is.

    ``placement``: "front" (default for a box) or "between" (default for a kettlebell; a barbell is always over
    the mid-foot); ``gap`` (m) between the toes and a box's near face.
    """
    if not isinstance(obj, Box | Barbell | Kettlebell | PointLoad):
        raise ValueError(f"load must be a hinge_model Box, Barbell, Kettlebell or PointLoad, got {obj!r}")
    if not isinstance(body, Body):
        raise ValueError(f"body must be a hinge_model.Body, got {type(body).__name__}")
    g = check_number("gap", gap, 0.0, 0.5, unit="m")
    floor = -float(body.ankle_height)
    mid = 0.5 * (float(body.heel_x) + float(body.toe_x))
    if isinstance(obj, PointLoad):
        if placement not in (None, "front"):
            check_choice("placement", placement, ("front",))
        x = mid if obj.x is None else float(obj.x)
        return PlacedObject(obj, "point", (x, floor + obj.height), obj.height, x, np.empty((0, 2)), False, "none")
    base = floor + float(obj.elevation)
    gy = base + obj.grip_above_base
    if isinstance(obj, Box):
        where = check_choice("placement", "front" if placement is None else placement, PLACEMENTS)
        x0 = float(body.toe_x) + g if where == "front" else mid - 0.5 * float(obj.depth)
        x1 = x0 + float(obj.depth)
        y1 = base + float(obj.height)
        outline = np.array([[x0, base], [x1, base], [x1, y1], [x0, y1], [x0, base]])
        return PlacedObject(obj, where, (0.5 * (x0 + x1), gy), gy - floor, x0, outline, where == "front", "rect",
                            rect=(x0, base, x1, y1))
    if isinstance(obj, Barbell):
        if placement not in (None, "front"):
            check_choice("placement", placement, ("front",))
        r = 0.5 * BAR_DIAMETER
        r0, r1 = segment_radii(body)["shank"]
        u = min(max(gy / float(body.segments["shank"].length), 0.0), 1.0)
        mid = max(mid, r0 + u * (r1 - r0) + r + BAR_SHIN_GAP)  # standing, the bar just clears the shins
        outline = _circle(mid, gy, 0.5 * float(obj.plate_diameter))
        return PlacedObject(obj, "front", (mid, gy), gy - floor, mid - r, outline, True, "circle",
                            circle=(mid, gy, r))
    where = check_choice("placement", "between" if placement is None else placement, ("between",))
    rb = 0.5 * BELL_DIAMETER_PER_CUBE_ROOT_KG * max(float(obj.mass), 1.0) ** (1.0 / 3.0)
    bell = _circle(mid, base + rb, rb)
    handle = np.array([[mid - 0.6 * rb, base + 1.6 * rb], [mid - 0.5 * rb, gy], [mid + 0.5 * rb, gy],
                       [mid + 0.6 * rb, base + 1.6 * rb]])
    return PlacedObject(obj, where, (mid, gy), gy - floor, mid, np.vstack((bell, [[np.nan, np.nan]], handle)),
                        False, "none")


def raised(obj: Box | Barbell | Kettlebell, grip_height: float, *, clamp: bool = False) -> Box | Barbell | Kettlebell:
    """``obj`` on a stand so that its grip is ``grip_height`` m above the floor (its ``elevation`` replaced).

    Below the object's lowest grip (its grip standing on the floor) it cannot go: ValueError, or with
    ``clamp=True`` the object simply stands on the floor. The one rule of the Explorer's hand-height slider,
    :func:`hinge_model.movements.progression` and the live technique-peaks figure.
    """
    if not isinstance(obj, Box | Barbell | Kettlebell):
        raise ValueError(f"obj must be a hinge_model Box, Barbell or Kettlebell (a point load has no stand), got "
                         f"{obj!r}")
    if not isinstance(clamp, bool):
        raise ValueError(f"clamp must be True or False, got {clamp!r}")
    h = check_number("grip_height", grip_height, 0.0, 2.5, unit="m")
    base = float(obj.grip_above_base)
    if h < base - 1e-9 and not clamp:
        raise ValueError(f"grip_height = {h:.3f} m is below the lowest grip of this {obj.kind} ({base:.3f} m above "
                         "the floor when it stands on the floor); an object can be raised, not put below the floor")
    return replace(obj, elevation=round(max(h - base, 0.0), 9))
