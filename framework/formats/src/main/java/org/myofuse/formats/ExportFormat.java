package org.myofuse.formats;

/** What {@link RecordingExporter} writes; the names match the CLI's {@code --format}. */
public enum ExportFormat {
    CSV("csv"), EDF("edf"), BDF("bdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format named {@code csv}, {@code edf} or {@code bdf} (any case). */
    public static ExportFormat named(String name) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (expected csv, edf or bdf)");
    }
}
