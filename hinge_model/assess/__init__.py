"""Is this lift safe? One task judged by every accepted method, side by side (``hm.assess.task``).

Modules, one method each: :mod:`~hinge_model.assess.population` (percent of men and women strong enough, per
joint), :mod:`~hinge_model.assess.niosh` (revised NIOSH equation, frequency and coupling tables, composite index),
:mod:`~hinge_model.assess.lifft` (LiFFT cumulative damage), :mod:`~hinge_model.assess.limits` (disc compression and
shear limits, balance), :mod:`~hinge_model.assess.task` (all of them on one task) and
:mod:`~hinge_model.assess.report` (one-page HTML/PDF report), with :mod:`~hinge_model.assess.figures` and the live
:mod:`~hinge_model.assess.explorer` for the notebooks. Loaded on first use of ``hm.assess``; matplotlib is imported
only when a figure is drawn.
"""

from __future__ import annotations

from . import explorer, figures, lifft, limits, niosh, population, report
from .result import VERDICTS, MethodResult
from .task import Assessment, task

__all__ = ["VERDICTS", "Assessment", "MethodResult", "explorer", "figures", "lifft", "limits", "niosh", "population",
           "report", "task"]
