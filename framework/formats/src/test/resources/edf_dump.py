"""Independent EDF+/BDF+ reader for the Myofuse tests: reads a file with MNE-Python (Debian package
python3-mne) and prints what it found, one item per line, tab-separated:
  header  <reserved field>  <n_records>  <meas_date epoch seconds>
  channel <label> <sfreq> <unit> <cal> <offset> <physical max> <digital max> <n_samples>
          (MNE's scaling: physical = offset + digital * cal, in the file's unit)
  data    <label> <value> <value> ...      (physical values in the file's unit, repr precision)
  annotation <onset s> <duration s> <text> (onsets relative to the first data record, as MNE gives them)
"""
import sys

import mne

path = sys.argv[1]
mne.set_log_level("ERROR")
raw = mne.io.read_raw_edf(path, preload=True) if path.endswith(".edf") else mne.io.read_raw_bdf(path, preload=True)
with open(path, "rb") as f:
    head = f.read(256)
extras = raw._raw_extras[0]
meas = raw.info["meas_date"]
print("header", head[192:236].decode("ascii").strip(), extras["n_records"],
      int(meas.timestamp()) if meas is not None else "none", sep="\t")
data = raw.get_data()
for i, name in enumerate(raw.ch_names):
    unit = raw._orig_units.get(name, "")
    scale = 1.0 / extras["units"][i]
    print("channel", name, repr(raw.info["sfreq"]), unit, repr(float(extras["cal"][i])),
          repr(float(extras["offsets"][i])), repr(float(extras["physical_max"][i])), repr(float(extras["digital_max"][i])),
          data.shape[1], sep="\t")
    print("data", name, *(repr(float(v * scale)) for v in data[i]), sep="\t")
for a in raw.annotations:
    print("annotation", repr(float(a["onset"])), repr(float(a["duration"])), a["description"], sep="\t")
