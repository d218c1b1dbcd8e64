package org.myofuse.openbci.sim;

import org.myofuse.openbci.protocol.Cyton;

/**
 * One generation of the Cyton's firmware: reads the characters the dongle passes on and answers as
 * that firmware does, including silence. Each subclass follows its generation's published source
 * (see docs/protocols/openbci-cyton.md); a character its firmware has no case for is ignored, as the
 * firmware's command switch does. Called on one thread at a time (the simulator serialises the
 * reader thread and the timer).
 */
abstract class BoardFirmware {

    /** Arduino's {@code Serial.println} ends a line with CR LF (Arduino reference, Serial.println()). */
    static final String CRLF = "\r\n";
    /** The firmware's end of a reply, {@code sendEOT()}. */
    static final String EOT = "$$$";

    /** What the firmware can do to the rest of the simulated board. */
    interface Board {

        /** Writes text to the dongle. */
        void print(String text);

        void startStreaming();

        void stopStreaming();

        boolean streaming();

        /** A character the firmware has no command for (ignored). */
        void ignored(char c);
    }

    protected final SimulatedBoard state;
    protected final Board board;
    protected final CytonSimulator.Settings settings;

    BoardFirmware(SimulatedBoard state, Board board, CytonSimulator.Settings settings) {
        this.state = state;
        this.board = board;
        this.settings = settings;
    }

    /** One character from the dongle, arrived at {@code nowNanos}. */
    abstract void accept(char c, long nowNanos);

    /** Called about every 50 ms: lets a firmware with timers (v3) act without a character arriving. */
    void tick(long nowNanos) {
    }

    /** The banner of a soft reset, for this generation and the settings' banner style. */
    abstract String banner();

    /**
     * '1'..'8' and 'q'..'i' switch channels 1-16 off, '!@#$%^&*' and 'QWERTYUI' on; no confirmation
     * (SDK document, "Turn Channels OFF/ON" and "16 Channel Commands"). A switched-off channel reads 0.
     *
     * @return true if {@code c} was one of them
     */
    protected boolean channelSwitch(char c) {
        int off = "12345678qwertyui".indexOf(c);
        if (off >= 0) {
            state.setPowerDown(off, true);
            return true;
        }
        int on = "!@#$%^&*QWERTYUI".indexOf(c);
        if (on >= 0) {
            state.setPowerDown(on, false);
            return true;
        }
        return false;
    }

    /** Sets a channel from the six settings characters P G I B S2 S1 (only power and gain change the samples). */
    protected void applyChannelSettings(int ch, int powerDown, int gainCode) {
        if (ch < 0 || ch >= 2 * Cyton.CHANNELS) {
            return;
        }
        state.setPowerDown(ch, powerDown != 0);
        if (Cyton.gainOf(gainCode) > 0) {
            state.setGainCode(ch, gainCode);
        }
    }

    /** Soft reset: the ADS1299s are initialised again (sniffing for the Daisy), then the banner. */
    protected void softReset() {
        board.stopStreaming();
        state.resetAds();
        board.print(banner());
    }

    protected void print(String text) {
        board.print(text);
    }

    protected void println(String text) {
        board.print(text + CRLF);
    }

    protected boolean streaming() {
        return board.streaming();
    }

    /** The banner line for the on-board and Daisy ADS1299 and the accelerometer, {@code hex} as the firmware formats 0x3E. */
    protected String deviceLines(String hex) {
        String daisy = state.daisyAttached() ? "On Daisy ADS1299 Device ID: 0x" + hex + CRLF : "";
        return "On Board ADS1299 Device ID: 0x" + hex + CRLF + daisy + "LIS3DH Device ID: 0x33" + CRLF;
    }
}
