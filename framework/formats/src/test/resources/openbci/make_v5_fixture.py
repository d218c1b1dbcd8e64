"""Writes openbci-gui-v5-from-v6.txt: rows of the real v6 recording beside this script, laid out as the
OpenBCI GUI v5 wrote its "OpenBCI-RAW-*.txt" files (facts and sources in PROVENANCE.md):

  - four header lines: %OpenBCI Raw EEG Data, %Number of channels, %Sample Rate (an integer), %Board
    (the GUI's board class);
  - no column-name row;
  - one row per sample, fields separated by ", ": the 23 values of BrainFlow's Cyton layout (package
    number, 8 EXG in uV, 3 accelerometer axes in g, 7 other and 3 analog values, the time stamp) printed
    with Java's Double.toString (the GUI printed its double[][] through java.io.PrintWriter.print(double)),
    the time stamp in epoch milliseconds, then the time formatted as yyyy-MM-dd HH:mm:ss.SSS in the
    recording's zone: 24 fields, epoch milliseconds in the 23rd.

Usage: python3 make_v5_fixture.py [rows]   (default 500)
"""
import datetime
import sys
import zoneinfo

SOURCE = "OpenBCI_GUI-v6-blinks-jawClench-alpha.txt"
TARGET = "openbci-gui-v5-from-v6.txt"
# The v6 file's formatted column shows 12:00:53.329 for epoch 1557936053329 ms (16:00:53.329 UTC): US Eastern.
ZONE = zoneinfo.ZoneInfo("America/New_York")


def java_double(x):
    """Java's Double.toString for the values here: plain from 1e-3 to 1e7, else d.dddE<exp>."""
    if x == 0:
        return "-0.0" if str(x).startswith("-") else "0.0"
    if 1e-3 <= abs(x) < 1e7:
        text = repr(x)
        return text if "." in text or "e" in text else text + ".0"
    digits = repr(abs(x)).replace(".0", "") if abs(x) >= 1e7 else None
    if digits is None or "e" in digits:
        raise ValueError("not needed for this fixture: " + repr(x))
    mantissa = digits[0] + "." + (digits[1:].rstrip("0") or "0")
    return ("-" if x < 0 else "") + mantissa + "E" + str(len(digits) - 1)


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    out = ["%OpenBCI Raw EEG Data", "%Number of channels = 8", "%Sample Rate = 250 Hz",
           "%Board = OpenBCI_GUI$BoardCytonSerial"]
    with open(SOURCE, encoding="ascii") as f:
        data = [line for line in f if not line.startswith("%")][1:rows + 1]  # skip the v6 column row
    for line in data:
        v = [field.strip() for field in line.split(",")]
        index, exg, accel, epoch_ms = float(v[0]), [float(x) for x in v[1:9]], [float(x) for x in v[9:12]], int(v[22])
        values = [index] + exg + accel + [0.0] * 7 + [0.0] * 3 + [float(epoch_ms)]
        stamp = datetime.datetime.fromtimestamp(epoch_ms / 1000, ZONE).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        out.append(", ".join(java_double(x) for x in values) + ", " + stamp)
    with open(TARGET, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
