"""Exercise sets, one module per notebook (``nbNN.py`` defining ``EXERCISES``); see :mod:`hinge_model.exercises`."""
