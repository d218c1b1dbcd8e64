"""Writes mne-emg.edf with MNE-Python's EDF export (mne.export.export_raw, MNE 1.3, Debian python3-mne):
20 s of the real forearm surface EMG in ../openbci/OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt (its two EMG
channels, 200 Hz, uV; MIT, Copyright 2020 vpeterson, see ../openbci/PROVENANCE.md), as an MNE Raw of EMG
channels with a measurement date and three annotations.

MNE 1.3 writes EDF through the EDFlib-Python package, which cannot be installed here (PyPI is not
reachable); EDFlib/ beside this script stands in for it with EDFlib's C library (Debian libedf1), the
library EDFlib-Python ports. MNE's own export code decides everything in the file (labels, units, physical
and digital ranges, record layout, start, annotations); the C library writes the bytes.

Usage: apt-get install python3-mne libedf1 && /usr/bin/python3 make_mne_fixture.py
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import mne  # noqa: E402
import numpy as np  # noqa: E402

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "openbci",
                      "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt")
SECONDS = 20
RATE = 200


def main():
    rows = []
    with open(SOURCE, encoding="ascii") as f:
        for line in f:
            if not line.startswith("%"):
                rows.append([float(v) for v in line.split(",")[1:3]])
            if len(rows) == SECONDS * RATE:
                break
    data = np.array(rows).T * 1e-6  # uV -> V, MNE's unit
    info = mne.create_info(["EMG1", "EMG2"], RATE, ch_types="emg")
    raw = mne.io.RawArray(data, info, verbose="ERROR")
    raw.set_meas_date(datetime.datetime(2020, 2, 14, 11, 2, 46, 251000, tzinfo=datetime.timezone.utc))
    raw.set_annotations(mne.Annotations(onset=[2.5, 7.25, 15.0], duration=[0.0, 1.5, 0.0],
                                        description=["clench", "rest", "clench again"]))
    mne.export.export_raw("mne-emg.edf", raw, fmt="edf", overwrite=True, verbose="ERROR")


if __name__ == "__main__":
    main()
