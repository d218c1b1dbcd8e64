package org.myofuse.launcher.spi;

/** {@code myofuse devices}: list installed device types, configured devices and serial ports, then exit. */
public record DevicesCommand() implements Command {

    @Override
    public String name() {
        return "devices";
    }
}
