"""hinge_model: a planar rigid-body lifting model that teaches why the hips carry load better than the lumbar spine.

Public API (names fixed by the project's API contract; conventions in :mod:`hinge_model.conventions`)::

    import hinge_model as hm
    body = hm.Body(mass=75.0, height=1.75, sex="male")
    pose = hm.Pose(ankle=5, knee=20, hip=70, lumbar=5, shoulder=60)
    a = hm.analyze(body, pose, load_mass=15.0)
    m = hm.movement("hinge", body, load_mass=15.0, target_height=0.22)
    m = hm.movement("squat", body, load=hm.Box(10.5), frames=60)   # an object on the floor (hinge_model.objects)

Heavy submodules (``plots``, ``widgets``, ``symbolic``, ``movements``' solver) load on first use, so
``import hinge_model`` stays fast and never imports sympy, matplotlib or ipywidgets.
"""

from __future__ import annotations

import importlib
from typing import Any

from .anthropometry import Body
from .conventions import ANGLE_RANGES, SEGMENTS, G
from .pose import Pose
from .statics import Analysis, analyze

__version__ = "0.1.0"

_LAZY_SUBMODULES = {
    "plots", "widgets", "symbolic", "movements", "dynamics", "spine", "capacity", "muscles", "literature", "notebook",
    "kinematics", "statics", "anthropometry", "conventions", "validation", "pose", "niosh", "exercises", "claims",
    "crosscheck", "opensim_chain", "recorded", "assess", "display", "exercise_widget", "answer_key",
    "notebook_cells", "objects", "clearance", "postures", "series", "spine_levels",
}
_LAZY_ATTRS = {"movement": "movements", "Movement": "movements", "Box": "objects", "Barbell": "objects",
               "Kettlebell": "objects", "PointLoad": "objects", "PlacedObject": "objects", "place": "objects"}

__all__ = ["ANGLE_RANGES", "G", "SEGMENTS", "Analysis", "Barbell", "Body", "Box", "Kettlebell", "Pose", "analyze",
           "movement", "place", "__version__"]


def __getattr__(name: str) -> Any:
    if name in _LAZY_SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    if name in _LAZY_ATTRS:
        return getattr(importlib.import_module(f".{_LAZY_ATTRS[name]}", __name__), name)
    raise AttributeError(f"module 'hinge_model' has no attribute {name!r}")
