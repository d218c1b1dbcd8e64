"""Stand-in for the EDFlib-Python package that MNE-Python's EDF export imports (see make_mne_fixture.py)."""
