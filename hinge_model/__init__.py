"""hinge_model."""
