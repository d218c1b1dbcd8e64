package org.myofuse.openbci.sim;

import java.util.Arrays;

import org.myofuse.openbci.protocol.Cyton;

/**
 * The state of the simulated board that commands change and the streaming thread reads: the Daisy
 * module (hardware) and whether the firmware uses it, the channel settings, time stamping. Written on
 * the command thread, read on the streaming thread; a stale read there costs at most one packet's
 * values, as on the real board, where settings change between two samples.
 */
final class SimulatedBoard {

    /** Channel settings of the firmware's defaults: on, gain 24, normal input, in BIAS, on SRB2, SRB1 open. */
    static final String DEFAULT_CHANNEL_SETTINGS = "060110";

    private final boolean daisyModule;
    private volatile boolean daisyAttached;
    private final int[] gainCodes = new int[2 * Cyton.CHANNELS];
    private final boolean[] powerDown = new boolean[2 * Cyton.CHANNELS];
    private volatile boolean timeStamps;

    SimulatedBoard(boolean daisyModule, boolean timeStamps) {
        this.daisyModule = daisyModule;
        this.timeStamps = timeStamps;
        resetAds();
    }

    /**
     * What the firmware does when it (re)initialises the ADS1299s (power on, 'v', a new sample rate):
     * it "sniffs" for the Daisy, using it if present, and writes the default channel settings.
     */
    void resetAds() {
        daisyAttached = daisyModule;
        defaultChannels();
    }

    void defaultChannels() {
        Arrays.fill(gainCodes, Cyton.gainCode(24));
        Arrays.fill(powerDown, false);
    }

    boolean daisyModule() {
        return daisyModule;
    }

    boolean daisyAttached() {
        return daisyAttached;
    }

    /** 'C': uses the Daisy if the module is there; true if it is used now. */
    boolean attachDaisy() {
        daisyAttached = daisyModule;
        return daisyAttached;
    }

    void removeDaisy() {
        daisyAttached = false;
    }

    int gainCode(int ch) {
        return gainCodes[ch];
    }

    void setGainCode(int ch, int code) {
        gainCodes[ch] = code;
    }

    boolean poweredDown(int ch) {
        return powerDown[ch];
    }

    void setPowerDown(int ch, boolean down) {
        powerDown[ch] = down;
    }

    boolean timeStamps() {
        return timeStamps;
    }

    void setTimeStamps(boolean on) {
        timeStamps = on;
    }
}
