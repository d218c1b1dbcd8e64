package org.myofuse.openbci.driver;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.lib.serial.SerialConnection;
import org.myofuse.openbci.protocol.CytonDecoder;
import org.myofuse.openbci.protocol.CytonFirmware;

/**
 * One connected Cyton board. The port's reader thread hands every read to {@link #bytesArrived}:
 * while configuring, the bytes are text replies for the host thread waiting in {@link #command};
 * while streaming, they go through the decoder to the bus; otherwise (after 's') they are dropped.
 *
 * <p>Connecting follows the published command reference for each firmware generation (table and
 * sources in docs/protocols/openbci-cyton.md): 's', a quiet pause, 'v' and its banner (which tells the
 * generation and, on current firmware, whether a Daisy is there), '~~' (and '~6' unless already at
 * 250 Hz) on v3 only, the channel mode, 'd', then the channel settings. Every wait is for an answer the
 * board's firmware sends; a command the board leaves unanswered is never awaited. A board that stays
 * silent fails after one reply timeout with one line naming the port.
 *
 * <p>The reader thread owns the decoder and the stream assembler; the host's calls only talk to the
 * board (see {@link SerialConnection}).
 */
final class CytonConnection extends SerialConnection {

    /** Time for a streaming board to go quiet after 's' before its replies are read. */
    private static final long QUIET_AFTER_STOP_MILLIS = 60;
    /**
     * Gap between command characters for firmware v1. SDK document, "Cyton Board SDK": "Pay attention
     * to timing when sending commands when using v0 and v1 firmware. There must be some delay before
     * and after sending a command character", and for channel settings "a time delay (>10mS)". Twice
     * that, so that jitter on the way cannot bring two characters closer than 10 ms.
     */
    static final long V1_PACE_MILLIS = 20;
    private static final Pattern CHANNEL_COUNT = Pattern.compile("(\\d+)\\s*\\$\\$\\$\\s*$");

    private final CytonLayout layout;
    private final long replyTimeoutMillis;
    private final ReplyCollector replies = new ReplyCollector();

    /** Until the stream is open, what the board sends is replies for the host thread waiting in {@link #command}. */
    private volatile boolean configuring = true;
    /** Made while connecting; the reader's once streaming starts. */
    private CytonStream stream;
    private CytonDecoder decoder;
    private volatile CytonFirmware firmware = CytonFirmware.V3;
    private long paceNanos;
    private long lastWriteNanos;

    CytonConnection(DeviceContext<?> context, CytonLayout layout, long replyTimeoutMillis) {
        super(context);
        this.layout = layout;
        this.replyTimeoutMillis = replyTimeoutMillis;
    }

    /**
     * Soft reset and banner, then what the board's generation needs: the sample rate (v3), the channel
     * mode, defaults and channel settings, each checked against the board's answer.
     *
     * @return the board's banner
     */
    CytonBanner identifyAndConfigure() throws DeviceException {
        send(link(), "s");
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(QUIET_AFTER_STOP_MILLIS));
        replies.clear();
        String text = command("v", ReplyCollector.EOT, "soft reset 'v'");
        failIfDongleFailure(text, "soft reset 'v'");
        CytonBanner banner;
        try {
            banner = CytonBanner.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(port + ": " + e.getMessage());
        }
        firmware = banner.firmware();
        paceNanos = firmware == CytonFirmware.V1 ? TimeUnit.MILLISECONDS.toNanos(V1_PACE_MILLIS) : 0;
        if (firmware == CytonFirmware.V3) {
            ensureSampleRate250();
        }
        selectChannelMode(banner);
        defaults();
        for (int ch = 0; ch < layout.signalChannels(); ch++) {
            channelSettings(ch);
        }
        return banner;
    }

    /**
     * Firmware v3 keeps a sample rate set earlier (by a WiFi session) until power off; the dongle
     * carries 250 Hz at most. SDK document, "Firmware v3.0.0 New Commands", Sample Rate.
     */
    private void ensureSampleRate250() throws DeviceException {
        String now = command("~~", ReplyCollector.EOT, "sample rate query '~~'");
        failIfDongleFailure(now, "sample rate query '~~'");
        if (now.contains("250")) {
            return;
        }
        String set = command("~6", ReplyCollector.EOT, "sample rate '~6' (250 Hz)");
        if (!set.contains("250") || set.strip().startsWith("Failure")) {
            throw new DeviceException(port + ": the board answered '" + oneLine(set) + "' to sample rate '~6' (250 Hz)");
        }
    }

    /**
     * 16 channels: 'C', always answered ("16$$$", "daisy attached16$$$" or "no daisy to attach!8$$$").
     * 8 channels: 'c' only when a Daisy is there (answered "daisy removed"); without one the board is
     * already in 8-channel mode and sends nothing back (SDK document, "16 Channel Commands"). Whether a
     * Daisy is there comes from the banner, or, for a banner that does not tell, from the answer to 'C'.
     */
    private void selectChannelMode(CytonBanner banner) throws DeviceException {
        if (layout.daisy()) {
            String reply = command("C", ReplyCollector.EOT, "16-channel mode 'C'");
            failIfDongleFailure(reply, "16-channel mode 'C'");
            if (channelCount(reply, "16-channel mode 'C'") != 16) {
                throw new DeviceException(port + ": daisy=true but the board has no Daisy module (it answered '"
                        + oneLine(reply) + "' to 'C')");
            }
            return;
        }
        boolean daisy = banner.daisy().isPresent() ? banner.daisy().get() : probeDaisy();
        if (daisy) {
            ReplyCollector.Terminator end = firmware == CytonFirmware.V1 ? ReplyCollector.line("daisy removed")
                    : ReplyCollector.EOT;
            String reply = command("c", end, "8-channel mode 'c'");
            failIfDongleFailure(reply, "8-channel mode 'c'");
            if (!reply.contains("daisy removed")) {
                throw new DeviceException(port + ": the board answered '" + oneLine(reply)
                        + "' to 8-channel mode 'c' (expected 'daisy removed')");
            }
        }
    }

    /** For a banner that does not say: 'C' attaches a Daisy if there is one and says so. */
    private boolean probeDaisy() throws DeviceException {
        String reply = command("C", ReplyCollector.EOT, "16-channel mode 'C' (is a Daisy there?)");
        failIfDongleFailure(reply, "16-channel mode 'C'");
        return channelCount(reply, "16-channel mode 'C'") == 16;
    }

    private int channelCount(String reply, String what) throws DeviceException {
        Matcher m = CHANNEL_COUNT.matcher(reply);
        if (!m.find() || !(m.group(1).equals("8") || m.group(1).equals("16"))) {
            throw new DeviceException(port + ": the board answered '" + oneLine(reply) + "' to " + what
                    + " (expected a channel count, 8 or 16)");
        }
        return Integer.parseInt(m.group(1));
    }

    private void defaults() throws DeviceException {
        String expected = "updating channel settings to default";
        ReplyCollector.Terminator end = firmware == CytonFirmware.V1 ? ReplyCollector.line(expected)
                : ReplyCollector.EOT;
        String reply = command("d", end, "default settings 'd'");
        failIfDongleFailure(reply, "default settings 'd'");
        if (!reply.contains(expected)) {
            throw new DeviceException(port + ": the board answered '" + oneLine(reply)
                    + "' to default settings 'd' (expected '" + expected + "')");
        }
    }

    /**
     * v2/v3 answer "Success: Channel set for N$$$"; v1 echoes each character in lines and ends with
     * "updating channel settings" after the latching 'X' (OpenBCI_32bit.ino loadChannelSettings()).
     */
    private void channelSettings(int ch) throws DeviceException {
        String what = "channel " + (ch + 1) + " settings";
        String reply;
        if (firmware == CytonFirmware.V1) {
            reply = command(layout.channelCommand(ch), ReplyCollector.line("updating channel settings"), what);
            if (!reply.contains("for channel " + (ch + 1))) {
                throw new DeviceException(port + ": " + what + " not taken: the board answered '" + oneLine(reply) + "'");
            }
        } else {
            reply = command(layout.channelCommand(ch), ReplyCollector.EOT, what);
            if (!reply.strip().startsWith("Success")) {
                throw new DeviceException(port + ": " + what + " refused: " + oneLine(reply));
            }
        }
    }

    void openStream(DeviceDescriptor descriptor) {
        stream = new CytonStream(openStream(descriptor, CytonStream.MAX_BLOCK_FRAMES), statistics(), layout);
        decoder = new CytonDecoder(stream);
        configuring = false;
    }

    /**
     * Sends a command and waits for its reply to end as {@code end} says.
     *
     * @return the reply (it may be a "Failure" line of the dongle)
     * @throws DeviceException naming the port if no complete reply comes within the reply timeout
     */
    private String command(String command, ReplyCollector.Terminator end, String what) throws DeviceException {
        send(link(), command);
        ReplyCollector.Reply reply;
        try {
            reply = replies.await(end, replyTimeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(port + ": interrupted while waiting for the answer to " + what);
        }
        String text = reply.text().strip();
        if (!reply.complete()) {
            failIfDongleFailure(text, what);
            throw new DeviceException(port + (text.isEmpty()
                    ? ": no answer to " + what + " within " + replyTimeoutMillis + " ms (board off, wrong port or baud rate?)"
                    : ": the answer to " + what + " did not end within " + replyTimeoutMillis + " ms: '"
                            + oneLine(text) + "' (wrong baud rate or not an OpenBCI board?)"));
        }
        return text;
    }

    /** A reply starting "Failure" to a command the board itself always answers otherwise comes from the dongle. */
    private void failIfDongleFailure(String text, String what) throws DeviceException {
        if (text.startsWith("Failure") || text.contains("\nFailure")) {
            throw new DeviceException(port + ": the dongle answered '" + oneLine(text)
                    + "' to " + what + " (board off or out of range?)");
        }
    }

    /** Writes a command; firmware v1 gets one character at a time, {@link #V1_PACE_MILLIS} apart. */
    private void send(SerialLink to, String command) throws DeviceException {
        if (paceNanos == 0) {
            to.write(command);
            lastWriteNanos = System.nanoTime(); // 's' and 'v' go before the generation is known
            return;
        }
        for (int i = 0; i < command.length(); i++) {
            long wait = lastWriteNanos + paceNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            to.write(command.substring(i, i + 1));
            lastWriteNanos = System.nanoTime();
        }
    }

    private static String oneLine(String text) {
        String line = text.replace("$$$", "").replaceAll("\\s+", " ").strip();
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    // ---- host

    @Override
    protected void startDevice() throws DeviceException {
        send(link(), "b");
    }

    @Override
    protected void stopDevice() throws DeviceException {
        send(link(), "s");
    }

    // ---- reader thread

    @Override
    protected void onStart() {
        decoder.reset(); // what came while stopped was dropped undecoded
    }

    @Override
    protected void onRead(byte[] buffer, int length, long arrivalNanos) {
        decoder.accept(buffer, 0, length, arrivalNanos);
        stream.flush();
    }

    @Override
    protected void onIdleRead(byte[] buffer, int length, long arrivalNanos) {
        if (configuring) {
            replies.append(buffer, length);
        }
    }

    @Override
    protected void onLinkRestored(boolean streaming) {
        if (streaming) {
            stream.linkRestored();
            decoder.reset();
        }
    }

    /**
     * A replugged board may have been power-cycled: it sniffed for a Daisy and forgot every setting.
     * Its replies are text, skipped by the decoder. The board sends no samples until 'b', and v1's
     * paced settings take more than a second: the no-data watchdog waits.
     */
    @Override
    protected void restartDevice(SerialLink restored) throws DeviceException {
        restored.expectData(false);
        send(restored, "s");
        if (firmware == CytonFirmware.V3) {
            send(restored, "~6");
        }
        send(restored, layout.daisy() ? "C" : "c");
        send(restored, "d");
        for (int ch = 0; ch < layout.signalChannels(); ch++) {
            send(restored, layout.channelCommand(ch));
        }
        send(restored, "b");
        restored.expectData(true);
    }
}
