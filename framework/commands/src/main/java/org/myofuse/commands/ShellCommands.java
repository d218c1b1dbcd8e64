package org.myofuse.commands;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.host.HostEnvironment;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Gogo shell commands: {@code myofuse:devices} and {@code myofuse:sessions}. */
@Component(service = ShellCommands.class, property = {
        "osgi.command.scope=myofuse",
        "osgi.command.function=devices",
        "osgi.command.function=sessions" })
public final class ShellCommands {

    @Reference
    private DeviceManager devices;

    /** Optional: the shell commands also serve a host that does not say where its folders are (tests). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile HostEnvironment host;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SerialTransport serial;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionStore store;

    @Descriptor("list installed device types, configured devices and serial ports")
    public String devices() {
        HostEnvironment current = host;
        return DevicesReport.render(devices.installedTypes(), devices.devices(), SerialPorts.of(serial),
                current == null ? Path.of("etc") : current.etcDir());
    }

    @Descriptor("list recorded sessions, newest first")
    public String sessions() throws StoreException {
        SessionStore current = store;
        if (current == null) {
            return "no session store is installed yet: sessions are not recorded\n";
        }
        List<SessionInfo> sessions = current.sessions(null);
        if (sessions.isEmpty()) {
            return "no sessions recorded\n";
        }
        var table = new TextTable("ID", "PATIENT", "THERAPIST", "PROTOCOL", "START", "END", "STATUS");
        for (SessionInfo s : sessions) {
            table.row(s.id(), dash(s.patientId()), dash(s.therapistId()), dash(s.protocolId()), Instant.ofEpochMilli(s.startEpochMillis()),
                    s.endEpochMillis() < 0 ? "-" : Instant.ofEpochMilli(s.endEpochMillis()), s.status());
        }
        return table.render("");
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
