"""Cited data files of hinge_model (CSV). Installed as the package ``hinge_model.data``."""
