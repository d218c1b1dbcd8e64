package org.myofuse.distribution;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.api.store.StoreException;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Session export and import across bundles: the formats bundle registers its writers and readers as
 * services under their format names, and the store finds them as a whiteboard, including a format a
 * bundle adds while the store runs.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SessionTransferIT {

    /** A real OpenBCI Ganglion recording from the formats module's fixtures. */
    private static final Path GANGLION = Path.of("..", "framework", "formats", "src", "test", "resources", "openbci",
            "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt").toAbsolutePath().normalize();

    @Inject
    private BundleContext context;

    @Inject
    private SessionTransfer transfer;

    @Configuration
    public Option[] config() throws Exception {
        return DistributionOptions.boot(Files.createTempDirectory("myofuse-it-plugins"));
    }

    @Test
    public void theFormatsBundleRegistersEveryWriterAndReaderUnderItsFormatName() throws Exception {
        assertEquals(Map.of("csv", "csv", "edf", "edf", "bdf", "bdf"), registered(RecordingWriter.class));
        assertEquals(Map.of("openbci", "openbci", "brainflow", "brainflow", "csv", "csv", "edf", "edf", "bdf", "bdf"),
                registered(RecordingReader.class));
    }

    @Test
    public void aRealRecordingIsImportedAndExportedThroughTheFormatServices() throws Exception {
        SessionInfo session = transfer.importFile(GANGLION, "openbci", "", SessionTransfer.Progress.NONE);
        assertEquals("import:openbci", session.protocolId());

        Path dir = Files.createTempDirectory("myofuse-it-export");
        Path edf = dir.resolve("session.edf");
        assertEquals(List.of(edf), transfer.exportSession(session.id(), "edf", edf, SessionTransfer.Progress.NONE));
        assertEquals("EDF+C", ascii(edf, 192, 197));
        Path csv = dir.resolve("session.csv");
        long[] progress = new long[2];
        transfer.exportSession(session.id(), "csv", csv, (done, total) -> {
            progress[0] = done;
            progress[1] = total;
        });
        assertEquals("# Myofuse CSV 1", Files.readAllLines(csv).get(0));
        assertEquals("every frame of the recording", 26207, progress[1]);
        assertEquals(progress[1], progress[0]);

        assertEquals("unknown export format 'xls' (expected csv, edf or bdf)", refusal(
                () -> transfer.exportSession(session.id(), "xls", dir.resolve("x.xls"), SessionTransfer.Progress.NONE)));
        assertEquals("unknown import format 'xls' (expected openbci, brainflow, csv, edf or bdf)",
                refusal(() -> transfer.importFile(edf, "xls", "", SessionTransfer.Progress.NONE)));
        SessionInfo back = transfer.importFile(edf, "edf", "", SessionTransfer.Progress.NONE);
        assertEquals("the EDF+ export imports through the edf reader service", "import:edf", back.protocolId());
    }

    @Test
    public void aFormatAddedWhileTheStoreRunsIsUsedAndGoesAwayWithItsServiceWithoutRestartingTheStore()
            throws Exception {
        Object storeService = context.getServiceReference(SessionStore.class).getProperty(Constants.SERVICE_ID);
        SessionInfo session = transfer.importFile(GANGLION, "openbci", "", SessionTransfer.Progress.NONE);
        Path target = Files.createTempDirectory("myofuse-it-export").resolve("session.frames");

        ServiceRegistration<RecordingWriter> plugin = context.registerService(RecordingWriter.class,
                new FrameCountWriter(), new Hashtable<>(Map.of(RecordingWriter.FORMAT_PROPERTY, "frames")));
        try {
            assertEquals(List.of(target), transfer.exportSession(session.id(), "frames", target,
                    SessionTransfer.Progress.NONE));
            assertEquals("the plug-in wrote the frame count", "26207", Files.readString(target).strip());
            assertEquals("unknown export format 'xls' (expected csv, edf, bdf or frames)", refusal(
                    () -> transfer.exportSession(session.id(), "xls", target, SessionTransfer.Progress.NONE)));
        } finally {
            plugin.unregister();
        }
        assertEquals("unknown export format 'frames' (expected csv, edf or bdf)", refusal(
                () -> transfer.exportSession(session.id(), "frames", target, SessionTransfer.Progress.NONE)));
        assertEquals("the store was not restarted", storeService,
                context.getServiceReference(SessionStore.class).getProperty(Constants.SERVICE_ID));
    }

    /** A plug-in's format: the number of frames of the recording's one stream, as text. */
    private static final class FrameCountWriter implements RecordingWriter {
        @Override
        public String format() {
            return "frames";
        }

        @Override
        public String extension() {
            return "frames";
        }

        @Override
        public List<Path> write(Recording recording, Path target, ZoneId zone, ProgressListener progress)
                throws IOException {
            long frames = recording.streams().stream().mapToLong(RecordedStream::frameCount).sum();
            Files.writeString(target, Long.toString(frames));
            return List.of(target);
        }
    }

    /** The services of {@code type}: their {@code myofuse.format} property mapped to what {@code format()} says. */
    private <S> Map<String, String> registered(Class<S> type) throws Exception {
        Map<String, String> formats = new TreeMap<>();
        for (ServiceReference<S> ref : context.getServiceReferences(type, null)) {
            S service = context.getService(ref);
            try {
                String format = service instanceof RecordingWriter w ? w.format() : ((RecordingReader) service).format();
                formats.put(String.valueOf(ref.getProperty(RecordingWriter.FORMAT_PROPERTY)), format);
                assertEquals("org.myofuse.formats", ref.getBundle().getSymbolicName());
            } finally {
                context.ungetService(ref);
            }
        }
        return formats;
    }

    private interface Call {
        void run() throws Exception;
    }

    private static String refusal(Call call) throws Exception {
        try {
            call.run();
        } catch (StoreException e) {
            return e.getMessage();
        }
        throw new AssertionError("was not refused");
    }

    private static String ascii(Path file, int from, int to) throws IOException {
        return new String(Arrays.copyOfRange(Files.readAllBytes(file), from, to), StandardCharsets.US_ASCII);
    }
}
