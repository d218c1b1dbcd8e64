package org.myofuse.store.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.api.store.StoreException;

/**
 * The file formats the store can export to and import from: the {@link RecordingWriter} and
 * {@link RecordingReader} services installed now, found by {@link RecordingWriter#format() format name}
 * (any case). In OSGi the store's component adds and removes them as they come and go (a whiteboard);
 * outside OSGi a caller hands over the ones it has ({@link #of}).
 *
 * <p>When two services name the same format, the one of higher ranking is used (for services, their
 * {@code service.ranking}), then the one added first. Names are listed in the same order, so the
 * formats bundle's rankings make an unknown name's message read
 * {@code unknown export format 'x' (expected csv, edf or bdf)}.
 *
 * <p>Thread-safe: services are added and removed on the framework's threads while transfers look them up.
 */
public final class RecordingFormats {

    private final Catalog<RecordingWriter> writers = new Catalog<>("export", RecordingWriter::format);
    private final Catalog<RecordingReader> readers = new Catalog<>("import", RecordingReader::format);

    /** Writers and readers ranked in list order, first highest: for use outside OSGi. */
    public static RecordingFormats of(List<? extends RecordingWriter> writers, List<? extends RecordingReader> readers) {
        var formats = new RecordingFormats();
        for (int i = 0; i < writers.size(); i++) {
            formats.addWriter(writers.get(i), -i);
        }
        for (int i = 0; i < readers.size(); i++) {
            formats.addReader(readers.get(i), -i);
        }
        return formats;
    }

    public void addWriter(RecordingWriter writer, int ranking) {
        writers.add(writer, ranking);
    }

    public void removeWriter(RecordingWriter writer) {
        writers.remove(writer);
    }

    public void addReader(RecordingReader reader, int ranking) {
        readers.add(reader, ranking);
    }

    public void removeReader(RecordingReader reader) {
        readers.remove(reader);
    }

    /** @throws StoreException {@code unknown export format 'x' (expected csv, edf or bdf)} */
    public RecordingWriter writer(String format) throws StoreException {
        return writers.find(format);
    }

    /** @throws StoreException {@code unknown import format 'x' (expected openbci, brainflow or csv)} */
    public RecordingReader reader(String format) throws StoreException {
        return readers.find(format);
    }

    /** Services of one kind in preference order. */
    private static final class Catalog<T> {
        private record Entry<T>(T service, int ranking, long added) {
        }

        private static final Comparator<Entry<?>> PREFERENCE = Comparator.<Entry<?>>comparingInt(Entry::ranking)
                .reversed().thenComparingLong(Entry::added);

        private final String kind;
        private final Function<T, String> name;
        private final List<Entry<T>> entries = new ArrayList<>();
        private long added;

        Catalog(String kind, Function<T, String> name) {
            this.kind = kind;
            this.name = name;
        }

        synchronized void add(T service, int ranking) {
            entries.add(new Entry<>(service, ranking, added++));
            entries.sort(PREFERENCE);
        }

        synchronized void remove(T service) {
            entries.removeIf(e -> e.service() == service);
        }

        synchronized T find(String format) throws StoreException {
            for (Entry<T> e : entries) {
                if (name.apply(e.service()).equalsIgnoreCase(format)) {
                    return e.service();
                }
            }
            throw new StoreException("unknown " + kind + " format '" + format + "' (" + expected() + ")");
        }

        /** {@code expected csv, edf or bdf}, in preference order. */
        private String expected() {
            List<String> names = entries.stream().map(e -> name.apply(e.service())).distinct().toList();
            if (names.isEmpty()) {
                return "no " + kind + " format is installed";
            }
            int last = names.size() - 1;
            return "expected " + (last == 0 ? names.get(0)
                    : String.join(", ", names.subList(0, last)) + " or " + names.get(last));
        }
    }
}
