package org.myofuse.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.serial.SerialPortInfo;

/** The text of {@code myofuse devices}: installed device types, configured devices, serial ports. */
final class DevicesReport {

    private DevicesReport() {
    }

    /**
     * @param ports the serial ports present; empty when no serial transport is installed
     */
    static String render(List<InstalledDeviceType> types, List<DeviceInfo> devices,
            Optional<List<SerialPortInfo>> ports, Path etcDir) {
        var sb = new StringBuilder();
        sb.append(heading("Installed device types", types.size()));
        if (types.isEmpty()) {
            sb.append("  (no device plugin is installed; copy one into the plugins/ folder)\n");
        } else {
            var table = new TextTable("TYPE", "NAME", "BUNDLE", "VERSION", "TRANSPORT");
            for (InstalledDeviceType t : types) {
                table.row(t.type().id(), t.type().displayName(), t.bundle(), t.bundleVersion(), t.type().transport());
            }
            sb.append(table.render("  "));
        }

        sb.append('\n').append(heading("Configured devices", devices.size()));
        if (devices.isEmpty()) {
            sb.append("  (none; 'myofuse run --device TYPE' adds one for a run, a .cfg file in ")
                    .append(etcDir).append(" configures one for good)\n");
        } else {
            var table = new TextTable("ID", "NAME", "TYPE", "PORT", "STATE");
            for (DeviceInfo d : devices) {
                table.row(d.deviceId(), d.name(), d.typeId(), d.port().isEmpty() ? "-" : d.port(), state(d));
            }
            sb.append(table.render("  "));
        }

        if (ports.isEmpty()) {
            sb.append('\n').append("Serial ports\n")
                    .append("  (unknown: the serial transport bundle, org.myofuse.serial, is not installed)\n");
            return sb.toString();
        }
        sb.append('\n').append(heading("Serial ports", ports.get().size()));
        if (ports.get().isEmpty()) {
            sb.append("  (none found)\n");
        } else {
            var table = new TextTable("PORT", "DESCRIPTION");
            for (SerialPortInfo p : ports.get()) {
                table.row(p.path(), SerialPorts.describe(p));
            }
            sb.append(table.render("  "));
        }
        return sb.toString();
    }

    private static String heading(String title, int count) {
        return title + " (" + count + ")\n";
    }

    private static String state(DeviceInfo d) {
        return d.reason().isEmpty() ? d.state().toString() : d.state() + " (" + d.reason() + ")";
    }
}
