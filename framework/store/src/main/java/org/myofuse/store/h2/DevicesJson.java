package org.myofuse.store.h2;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.InstalledDeviceType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * The devices of a session as stored ({@code sessions.devices_json}): a JSON array with one object per
 * configured device, e.g.
 * <pre>{@code
 * [{"deviceId":"org.myofuse.device.sim_emg~sim-emg-1","name":"sim-emg-1","typeId":"sim-emg","port":"",
 *   "driverBundle":"org.myofuse.simulator","driverVersion":"0.1.0","firmware":"sim-1","serialNumber":"SIM-EMG-1"}]
 * }</pre>
 * {@code driverBundle} and {@code driverVersion} are present when the device's type is installed,
 * {@code firmware} and {@code serialNumber} once the device has described itself. The key names and
 * value types are a stored format and stay as they are.
 */
public final class DevicesJson {

    private static final TypeReference<List<Device>> LIST = new TypeReference<>() {
    };

    private DevicesJson() {
    }

    /** The devices configured in {@code manager} now, with the bundles that drive them. */
    public static String of(DeviceManager manager) {
        return write(manager.devices(), manager.installedTypes());
    }

    static String write(List<DeviceInfo> devices, Collection<InstalledDeviceType> installed) {
        Map<String, InstalledDeviceType> types = installed.stream()
                .collect(Collectors.toMap(t -> t.type().id(), t -> t, (a, b) -> a));
        return Json.MAPPER.writeValueAsString(devices.stream().map(d -> Device.of(d, types.get(d.typeId()))).toList());
    }

    /** @throws IllegalArgumentException {@code devices of the session are damaged: <reason>} */
    static List<Device> parse(String json) {
        try {
            return Json.MAPPER.readValue(json, LIST);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("devices of the session are damaged: " + Json.reason(e), e);
        }
    }

    /** One device; absent keys are null. The order of the components is the order of the keys. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Device(@JsonProperty(required = true) String deviceId, @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String typeId, @JsonProperty(required = true) String port,
            String driverBundle, String driverVersion, String firmware, String serialNumber) {

        static Device of(DeviceInfo d, InstalledDeviceType type) {
            return new Device(d.deviceId(), d.name(), d.typeId(), d.port(), type == null ? null : type.bundle(),
                    type == null ? null : type.bundleVersion(),
                    d.descriptor() == null ? null : d.descriptor().firmware(),
                    d.descriptor() == null ? null : d.descriptor().serialNumber());
        }
    }
}
