package org.myofuse.console.ui;

import java.util.List;
import java.util.function.Consumer;

import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.serial.SerialPortInfo;

/**
 * What the console's controls do, carried out off the UI thread (device and store I/O) by the console's
 * worker; every answer comes back on the UI thread. An answer of one line is what the therapist reads:
 * what was done, or what was refused and why.
 */
public interface ConsoleActions {

    /** The installed device types. */
    void installedTypes(Consumer<List<InstalledDeviceType>> answer);

    /** The serial ports present (may take a while). */
    void ports(Consumer<List<SerialPortInfo>> answer);

    /** The settings of a device type; an empty list and a line when it cannot be had. */
    void settings(String typeId, Consumer<List<SettingDescription>> answer, Consumer<String> refused);

    /** Checks and adds a device from a spec ({@code TYPE[@PORT][?key=value&...]}). */
    void connect(String spec, Consumer<String> answer);

    /** Removes a configured device. */
    void disconnect(String deviceId, Consumer<String> answer);

    /** Marks this moment in the session's record. */
    void mark(Consumer<String> answer);

    /** Starts: resumes a paused protocol run, or confirms a step that waits for it. */
    void start(Consumer<String> answer);

    /** Pauses a running protocol run, or resumes a paused one. */
    void pause(Consumer<String> answer);

    /** Ends the current protocol step and goes to the next. */
    void nextStep(Consumer<String> answer);
}
