package org.myofuse.formats;

/** What {@link RecordingImporter} reads; the names match the CLI's {@code --format}. */
public enum ImportFormat {
    OPENBCI("openbci"), BRAINFLOW("brainflow"), CSV("csv");

    private final String cliName;

    ImportFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The format named {@code openbci}, {@code brainflow} or {@code csv} (any case). */
    public static ImportFormat named(String name) {
        for (ImportFormat f : values()) {
            if (f.cliName.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown import format '" + name + "' (expected openbci, brainflow or csv)");
    }
}
