package org.myofuse.formats.edf;

/** The two file kinds the {@link EdfWriter} produces; they differ only in sample width and names. */
public enum EdfFlavor {
    /** EDF+: 16-bit two's complement samples (Kemp and Olivan 2003). */
    EDF(2, -32768, 32767, "EDF", "EDF Annotations", "edf"),
    /** BDF+: 24-bit two's complement samples, EDF+ otherwise (BioSemi). */
    BDF(3, -8388608, 8388607, "BDF", "BDF Annotations", "bdf");

    private final int bytesPerSample;
    private final int digitalMin;
    private final int digitalMax;
    private final String reservedPrefix;
    private final String annotationLabel;
    private final String extension;

    EdfFlavor(int bytesPerSample, int digitalMin, int digitalMax, String reservedPrefix, String annotationLabel,
            String extension) {
        this.bytesPerSample = bytesPerSample;
        this.digitalMin = digitalMin;
        this.digitalMax = digitalMax;
        this.reservedPrefix = reservedPrefix;
        this.annotationLabel = annotationLabel;
        this.extension = extension;
    }

    public int bytesPerSample() {
        return bytesPerSample;
    }

    public int digitalMin() {
        return digitalMin;
    }

    public int digitalMax() {
        return digitalMax;
    }

    /** The header's reserved field: {@code EDF+C}, {@code EDF+D}, {@code BDF+C} or {@code BDF+D}. */
    String reserved(boolean discontinuous) {
        return reservedPrefix + (discontinuous ? "+D" : "+C");
    }

    /** Label of the annotation signal. */
    public String annotationLabel() {
        return annotationLabel;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The 8-byte version field: {@code "0"} for EDF, byte 255 then {@code BIOSEMI} for BDF. */
    byte[] version() {
        if (this == BDF) {
            byte[] v = "xBIOSEMI".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            v[0] = (byte) 0xFF;
            return v;
        }
        return "0       ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
