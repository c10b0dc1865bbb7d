"""Test-wide settings."""

from __future__ import annotations

import os

from hypothesis import settings

# Under CI the property tests replay the same examples on every run, so a red build always means a
# change in the code; run locally they explore new examples each time (and remember failures).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
