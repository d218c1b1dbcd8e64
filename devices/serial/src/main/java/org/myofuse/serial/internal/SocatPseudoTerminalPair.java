package org.myofuse.serial.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.myofuse.api.serial.VirtualPortPair;

/**
 * Two connected pseudo-terminals made by a {@code socat} process: what one end writes the other reads,
 * like a device on a USB serial adapter. A simulator serves on {@link #devicePath()}, the driver opens
 * {@link #hostPath()}. Closing the pair (or killing socat) is an unplug: both ends see end of input.
 *
 * <p>With fixed link paths the host end keeps its name across a close and a new pair, which is how a
 * replugged USB adapter reappears under the same {@code /dev/serial/by-id} name.
 */
final class SocatPseudoTerminalPair implements VirtualPortPair {

    private static final Pattern PTY_LINE = Pattern.compile("PTY is (\\S+)");
    private static final long START_TIMEOUT_MILLIS = 5_000;

    private final Process process;
    private final String devicePath;
    private final String hostPath;

    private SocatPseudoTerminalPair(Process process, String devicePath, String hostPath) {
        this.process = process;
        this.devicePath = devicePath;
        this.hostPath = hostPath;
    }

    /**
     * A pair whose ends are also reachable through symbolic links (replacing stale ones); either link may
     * be null.
     *
     * @throws IOException if socat is missing or does not report two terminals within 5 s
     */
    static SocatPseudoTerminalPair open(Path deviceLink, Path hostLink) throws IOException {
        List<String> command = List.of("socat", "-d", "-d", end(deviceLink), end(hostLink));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new IOException("cannot start socat to make pseudo-terminals (install it: apt-get install socat): "
                    + e.getMessage(), e);
        }
        BlockingQueue<String> paths = new ArrayBlockingQueue<>(4);
        Thread drain = new Thread(() -> drain(process, paths), "socat-" + process.pid());
        drain.setDaemon(true);
        drain.start();
        List<String> found = new ArrayList<>(2);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        try {
            while (found.size() < 2) {
                String path = paths.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (path == null) {
                    break;
                }
                found.add(path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (found.size() < 2) {
            stop(process);
            throw new IOException("socat did not report two pseudo-terminals within " + START_TIMEOUT_MILLIS + " ms");
        }
        String device = deviceLink != null ? deviceLink.toString() : found.get(0);
        String host = hostLink != null ? hostLink.toString() : found.get(1);
        awaitLinks(deviceLink, hostLink, deadline);
        return new SocatPseudoTerminalPair(process, device, host);
    }

    private static String end(Path link) {
        return "pty,raw,echo=0" + (link == null ? "" : ",link=" + link.toAbsolutePath());
    }

    /** Reads socat's log: reports the two terminals, then keeps the pipe from filling up. */
    private static void drain(Process process, BlockingQueue<String> paths) {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = PTY_LINE.matcher(line);
                if (m.find()) {
                    paths.offer(m.group(1));
                }
            }
        } catch (IOException e) {
            // socat ended: nothing more to read
        }
    }

    /** socat makes the links right after reporting the terminals. */
    private static void awaitLinks(Path deviceLink, Path hostLink, long deadline) throws IOException {
        while ((deviceLink != null && !deviceLink.toFile().exists()) || (hostLink != null && !hostLink.toFile().exists())) {
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("socat did not create its links " + deviceLink + ", " + hostLink);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for socat", e);
            }
        }
    }

    @Override
    public String devicePath() {
        return devicePath;
    }

    @Override
    public String hostPath() {
        return hostPath;
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Unplugs: ends socat, so that both ends see end of input. Bounded, idempotent. */
    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
