package org.myofuse.benchmarks;

import java.util.ServiceLoader;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.openbci.driver.CytonConfig;
import org.myofuse.openbci.driver.CytonDriver;
import org.myofuse.openbci.sim.CytonSimulator;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.testkit.Configs;
import org.myofuse.testkit.DriverTestContext;

/**
 * Serial arrival to consumer: the real Cyton driver reading its wire simulator at 250 Hz through a
 * socat pseudo-terminal and the real JSerialComm transport, publishing on a real bus. A consumer
 * records {@code clock.nanos() - block.arrivalNanos()} for every samples block, where arrivalNanos is
 * stamped by the serial reader thread when read() returns. So each figure is decode + assemble +
 * publish + the bus hop and the consumer thread's wake-up: an upper bound on arrival-to-publish.
 * Not a JMH benchmark because the rate is the device's own.
 *
 * <pre>java -cp target/benchmarks.jar org.myofuse.benchmarks.PtyLatency [blocks, default 5000]</pre>
 */
public final class PtyLatency {

    private PtyLatency() {
    }

    public static void main(String[] args) throws Exception {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int skip = 250; // the first second: JIT warm-up of the read and decode path
        var clock = new MonotonicSessionClock();
        long[] delays = new long[wanted + skip];
        var count = new AtomicInteger();
        StreamConsumer consumer = (SampleBlock block, long sequence, boolean endOfBatch) -> {
            long delay = clock.nanos() - block.arrivalNanos();
            int i = count.get();
            if (block.kind() == BlockKind.SAMPLES && i < delays.length) {
                delays[i] = delay;
                count.lazySet(i + 1);
            }
        };
        SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst().orElseThrow();
        try (var bus = new RingStreamBus(clock); var pair = transport.openVirtualPair();
                var sim = CytonSimulator.serve(CytonSimulator.Settings.clean(7), transport, pair.devicePath(), clock)) {
            bus.subscribe("latency", consumer, 4096);
            var ctx = new DriverTestContext<>("org.myofuse.device.openbci_cyton~bench", bus, clock, pair.hostPath(),
                    Configs.with(CytonConfig.class, Map.of()));
            DeviceConnection connection = new CytonDriver(transport).connect(ctx);
            connection.start();
            while (count.get() < delays.length) {
                Thread.sleep(100);
            }
            connection.stop();
            connection.close();
        }
        long[] d = Arrays.copyOfRange(delays, skip, delays.length);
        Arrays.sort(d);
        System.out.printf("Cyton over pty: %d blocks; arrival -> consumer onEvent, microseconds:%n", d.length);
        System.out.printf("p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n", us(d, 0.50), us(d, 0.90), us(d, 0.99),
                us(d, 0.999), d[d.length - 1] / 1000.0);
    }

    private static double us(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }
}
