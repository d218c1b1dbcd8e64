package org.myofuse.lib.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;

/**
 * The lifecycle and reader bookkeeping every serial connection shares. The port is the edge here: a
 * link that records what is written to it; the reader thread is the test's, calling the listener as
 * the transport's reader would.
 */
class SerialConnectionTest {

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Context context = new Context();
    private final Link link = new Link();
    private final Connection connection = new Connection(context);

    SerialConnectionTest() {
        connection.attach(link);
    }

    @Test
    void aStartIsHonouredByTheReaderBeforeItsFirstReadAndStopOnlyTellsTheDevice() throws Exception {
        connection.bytesArrived(new byte[1], 1, 0);
        connection.start();
        assertEquals(List.of("idle read", "start device", "link expects data"), log);
        log.clear();
        connection.bytesArrived(new byte[2], 2, 0);
        connection.bytesArrived(new byte[3], 3, 0);
        connection.stop();
        connection.stop();
        connection.bytesArrived(new byte[4], 4, 0);
        assertEquals(List.of("reader: start", "read 2", "read 3", "link expects no data", "stop device", "idle read"), log);
        log.clear();
        connection.start();
        connection.bytesArrived(new byte[5], 5, 0);
        assertEquals(List.of("start device", "link expects data", "reader: start", "read 5"), log);
    }

    @Test
    void aStartTheDeviceRefusesLeavesStreamingOff() {
        connection.refuseStart = true;
        var e = assertThrows(DeviceException.class, connection::start);
        assertEquals("/dev/x: refused", e.getMessage());
        connection.bytesArrived(new byte[1], 1, 0);
        assertEquals(List.of("start device", "start failed", "idle read"), log);
    }

    @Test
    void closeStopsClosesTheLinkOnceAndRefusesAnotherStart() {
        connection.close();
        connection.close();
        var e = assertThrows(DeviceException.class, connection::start);
        assertEquals("/dev/x: cannot start, the connection is closed", e.getMessage());
        assertEquals(List.of("link closed"), log);
    }

    @Test
    void aRestoredLinkWhileStreamingRestartsTheDeviceAndTheNextReadIsReportedReconnected() throws Exception {
        connection.start();
        log.clear();
        connection.linkLost("/dev/x: port closed or unplugged", 1);
        connection.linkRestored(link, 2);
        connection.bytesArrived(new byte[1], 1, 3);
        connection.bytesArrived(new byte[2], 2, 4);
        assertEquals(List.of("reader: start", "reader: link restored, streaming", "restart device", "read 1", "read 2"),
                log);
        assertEquals(List.of("DISCONNECTED: /dev/x: port closed or unplugged", "RECONNECTED: /dev/x: link restored"),
                context.reports);
    }

    @Test
    void aRestoredLinkWhileIdleOnlyForgetsPartialInput() throws Exception {
        connection.linkRestored(link, 2);
        connection.bytesArrived(new byte[1], 1, 3);
        assertEquals(List.of("reader: link restored, idle", "idle read"), log);
        assertEquals(List.of(), context.reports);
    }

    private final class Connection extends SerialConnection {
        boolean refuseStart;

        Connection(Context context) {
            super(context);
        }

        @Override
        protected void startDevice() throws DeviceException {
            log.add("start device");
            if (refuseStart) {
                throw new DeviceException(port + ": refused");
            }
        }

        @Override
        protected void startFailed() {
            log.add("start failed");
        }

        @Override
        protected void stopDevice() {
            log.add("stop device");
        }

        @Override
        protected void onStart() {
            log.add("reader: start");
        }

        @Override
        protected void onRead(byte[] buffer, int length, long arrivalNanos) {
            log.add("read " + length);
        }

        @Override
        protected void onIdleRead(byte[] buffer, int length, long arrivalNanos) {
            log.add("idle read");
        }

        @Override
        protected void onLinkRestored(boolean streaming) {
            log.add("reader: link restored, " + (streaming ? "streaming" : "idle"));
        }

        @Override
        protected void restartDevice(SerialLink restored) {
            log.add("restart device");
        }
    }

    private final class Link implements SerialLink {
        private final PortStatistics statistics = new PortStatistics();

        @Override
        public String path() {
            return "/dev/x";
        }

        @Override
        public boolean isUp() {
            return true;
        }

        @Override
        public void write(byte[] bytes) {
            log.add("write " + bytes.length);
        }

        @Override
        public void write(String ascii) {
            log.add("write " + ascii);
        }

        @Override
        public void expectData(boolean expect) {
            log.add(expect ? "link expects data" : "link expects no data");
        }

        @Override
        public PortStatistics statistics() {
            return statistics;
        }

        @Override
        public void close() {
            log.add("link closed");
        }
    }

    private static final class Context implements DeviceContext<Object> {
        final List<String> reports = new CopyOnWriteArrayList<>();

        @Override
        public String deviceId() {
            return "test";
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public String port() {
            return "/dev/x";
        }

        @Override
        public Object configuration() {
            return null;
        }

        @Override
        public SessionClock clock() {
            throw new UnsupportedOperationException("no clock in these tests");
        }

        @Override
        public SamplePublisher openStream(DeviceDescriptor descriptor, int maxFramesPerBlock) {
            throw new UnsupportedOperationException("no stream in these tests");
        }

        @Override
        public void reportStatus(DeviceState state, String reason) {
            reports.add(state + ": " + reason);
        }
    }
}
