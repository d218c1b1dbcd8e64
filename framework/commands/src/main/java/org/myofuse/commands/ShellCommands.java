package org.myofuse.commands;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;
import org.myofuse.launcher.spi.LaunchContext;
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

    /** Optional: the shell commands also serve a host started without the myofuse launcher (tests). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile LaunchContext launch;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionStore store;

    @Descriptor("list installed device types, configured devices and serial ports")
    public String devices() {
        LaunchContext current = launch;
        return DevicesReport.render(devices.installedTypes(), devices.devices(), SerialPorts.system().list(),
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
