package org.myofuse.store.h2;

import java.util.Map;
import java.util.stream.Collectors;

import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.InstalledDeviceType;

/** The devices of a session as JSON: id, name, type, port, identity and the driver bundle's version. */
public final class DevicesJson {

    private DevicesJson() {
    }

    public static String of(DeviceManager manager) {
        Map<String, InstalledDeviceType> types = manager.installedTypes().stream()
                .collect(Collectors.toMap(t -> t.type().id(), t -> t, (a, b) -> a));
        StringBuilder b = new StringBuilder("[");
        for (DeviceInfo d : manager.devices()) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('{');
            Json.field(b, "deviceId", d.deviceId()).append(',');
            Json.field(b, "name", d.name()).append(',');
            Json.field(b, "typeId", d.typeId()).append(',');
            Json.field(b, "port", d.port());
            InstalledDeviceType type = types.get(d.typeId());
            if (type != null) {
                b.append(',');
                Json.field(b, "driverBundle", type.bundle()).append(',');
                Json.field(b, "driverVersion", type.bundleVersion());
            }
            if (d.descriptor() != null) {
                b.append(',');
                Json.field(b, "firmware", d.descriptor().firmware()).append(',');
                Json.field(b, "serialNumber", d.descriptor().serialNumber());
            }
            b.append('}');
        }
        return b.append(']').toString();
    }
}
