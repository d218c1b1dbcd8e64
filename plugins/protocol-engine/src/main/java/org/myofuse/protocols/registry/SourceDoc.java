package org.myofuse.protocols.registry;

import java.util.Arrays;
import java.util.Objects;

/**
 * One document as a source holds it.
 *
 * @param file   the name problems give it: {@code etc/protocols/x.yaml}, {@code <bundle>:protocols/x.yaml}
 * @param source where a protocol from it comes from: {@code file etc/protocols/x.yaml},
 *               {@code bundle <symbolic name> <version>}
 * @param bytes  its content
 */
record SourceDoc(String file, String source, byte[] bytes) {

    SourceDoc {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
    }

    boolean sameContent(SourceDoc other) {
        return other != null && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceDoc d && d.file.equals(file) && d.source.equals(source) && Arrays.equals(d.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, source, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return file + " (" + bytes.length + " bytes)";
    }
}
