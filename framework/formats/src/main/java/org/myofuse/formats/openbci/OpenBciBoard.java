package org.myofuse.formats.openbci;

/**
 * OpenBCI boards as the importers know them: counter range and nominal input ranges. The Cyton's
 * ADS1299 at gain 24 with a 4.5 V reference spans +-187,500 uV; its LIS3DH accelerometer is set to
 * +-4 g. Other boards get the range of the data.
 */
enum OpenBciBoard {
    CYTON("openbci-cyton", "Cyton", 256, 187_500, 4),
    CYTON_DAISY("openbci-cyton-daisy", "Cyton + Daisy", 256, 187_500, 4),
    GANGLION("openbci-ganglion", "Ganglion", 201, 0, 0),
    UNKNOWN("openbci", "unknown board", 0, 0, 0);

    final String typeId;
    final String model;
    /** Sample counter modulus; 0 when not known (then taken from the largest counter seen). */
    final int counterModulus;
    final double exgRangeMicrovolts;
    final double accelRangeG;

    OpenBciBoard(String typeId, String model, int counterModulus, double exgRangeMicrovolts, double accelRangeG) {
        this.typeId = typeId;
        this.model = model;
        this.counterModulus = counterModulus;
        this.exgRangeMicrovolts = exgRangeMicrovolts;
        this.accelRangeG = accelRangeG;
    }

    /** The board named by a GUI {@code %Board} line, or guessed from channel count and rate. */
    static OpenBciBoard of(String boardLine, int exgChannels, double rate) {
        String b = boardLine == null ? "" : boardLine.toLowerCase(java.util.Locale.ROOT);
        if (b.contains("ganglion")) {
            return GANGLION;
        }
        if (b.contains("cyton")) {
            return exgChannels == 16 ? CYTON_DAISY : CYTON;
        }
        if (!b.isEmpty()) {
            return UNKNOWN;
        }
        if (exgChannels == 4 && rate == 200) {
            return GANGLION;
        }
        if (exgChannels == 8 && rate == 250) {
            return CYTON;
        }
        return exgChannels == 16 && rate == 125 ? CYTON_DAISY : UNKNOWN;
    }
}
