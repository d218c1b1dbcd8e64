package org.myofuse.console.session;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.console.ConsoleException;
import org.myofuse.api.console.ConsoleRequest;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.store.PatientRegistry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.store.TherapistRegistry;

/**
 * The session a console records, through what the API offers: {@link DeviceManager#check} for every
 * device request, the registers for the patient and the therapist, {@link SessionStore#beginSession},
 * then {@link DeviceManager#addDevice} (so the recording and the session's live fusion see the devices
 * from their first sample), and at the end the devices it added removed and the session ended. This
 * is the order {@code myofuse run} keeps, so that a refused console stores nothing.
 *
 * <p>Runs on the thread that calls it (a command thread or the console's worker, never a driver, bus or
 * UI thread): it does device and store I/O. Thread-safe: calls take turns.
 */
public final class ConsoleSession {

    /** The devices added when none is asked for and etc/ configures none. */
    public static final List<String> DEFAULT_DEVICES = List.of("sim-iastm", "sim-emg", "sim-mat");
    /** The simulators with a protocol: the scripted therapist and patient follow the protocol run (as {@code myofuse run --protocol}). */
    public static final List<String> SCRIPTED_DEVICES = DEFAULT_DEVICES.stream().map(type -> type + "?scripted=true").toList();

    private static final long ETC_WAIT_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final long ETC_RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** What the session needs: the device manager, and the store and registers when installed. */
    public record Services(DeviceManager devices, Optional<SessionStore> store, Optional<PatientRegistry> patients,
            Optional<TherapistRegistry> therapists, Path etcDir) {
    }

    private final Services services;
    private final List<String> added = new ArrayList<>();
    private SessionInfo session;
    private boolean ended;

    private ConsoleSession(Services services) {
        this.services = services;
    }

    /**
     * Checks everything the request names, begins the session and adds the devices.
     *
     * @throws ConsoleException a refused request, one line; nothing was stored or configured, except when
     *                          a checked device is refused when added (its driver went away meanwhile):
     *                          then the devices added are removed and the begun session ended
     */
    public static ConsoleSession begin(ConsoleRequest request, Services services) throws ConsoleException {
        return begin(request, services, "", "");
    }

    /**
     * As {@link #begin(ConsoleRequest, Services)}, the session recording the protocol it runs.
     *
     * @param protocolId      an installed protocol's id, "" for none
     * @param protocolVersion its version, "" for none
     */
    public static ConsoleSession begin(ConsoleRequest request, Services services, String protocolId,
            String protocolVersion) throws ConsoleException {
        ConsoleSession s = new ConsoleSession(services);
        List<DeviceRequest> requests = s.checkedRequests(request.devices());
        s.checkPeople(request.patientId(), request.therapistId());
        if (requests.isEmpty()) {
            s.awaitEtcDevices();
        }
        s.beginRecording(request.patientId(), request.therapistId(), protocolId, protocolVersion);
        try {
            for (DeviceRequest r : requests) {
                s.added.add(services.devices().addDevice(r));
            }
        } catch (DeviceException e) {
            s.end();
            throw new ConsoleException("cannot add device: " + e.getMessage(), e);
        }
        return s;
    }

    /**
     * Adds a device during the session (the devices page), checked first; removed again at the end.
     *
     * @return the device's id
     * @throws DeviceException refused, one line
     */
    public synchronized String add(DeviceRequest request) throws DeviceException {
        if (ended) {
            throw new DeviceException("the session has ended");
        }
        services.devices().check(request);
        String id = services.devices().addDevice(request);
        added.add(id);
        return id;
    }

    /** Removes a device (the devices page); false if it was not configured. */
    public synchronized boolean remove(String deviceId) {
        added.remove(deviceId);
        return services.devices().removeDevice(deviceId, "disconnected in the console");
    }

    /** The session recorded; empty without a store. */
    public synchronized Optional<SessionInfo> session() {
        return Optional.ofNullable(session);
    }

    /** Ids of the devices this session added (and removes at its end). */
    public synchronized List<String> addedDevices() {
        return List.copyOf(added);
    }

    /**
     * Removes the devices this session added and ends the session; idempotent.
     *
     * @return the session as it ended, empty without a store
     * @throws ConsoleException when the store could not complete the session; one line
     */
    public synchronized Optional<SessionInfo> end() throws ConsoleException {
        if (ended) {
            return session();
        }
        ended = true;
        for (String id : added) {
            services.devices().removeDevice(id, "console closed");
        }
        if (session == null) {
            return Optional.empty();
        }
        try {
            session = services.store().orElseThrow().endSession(session.id());
            return Optional.of(session);
        } catch (StoreException | RuntimeException e) {
            throw new ConsoleException("session " + session.id() + " could not be completed: " + e.getMessage(), e);
        }
    }

    /** The requests to add: those asked for, else the simulators unless etc/ configures devices. */
    private List<DeviceRequest> checkedRequests(List<DeviceRequest> asked) throws ConsoleException {
        List<DeviceRequest> requests = new ArrayList<>(asked);
        if (requests.isEmpty() && etcConfigurations(services.etcDir()) == 0) {
            DEFAULT_DEVICES.forEach(type -> requests.add(DeviceRequest.parse(type)));
        }
        Set<String> names = new HashSet<>();
        for (DeviceRequest r : requests) {
            if (!r.name().isEmpty() && !names.add(r.typeId() + "~" + r.name())) {
                throw new ConsoleException("cannot add device " + r.toSpec() + ": a " + r.typeId() + " device named '"
                        + r.name() + "' is asked for twice");
            }
            try {
                services.devices().check(r);
            } catch (DeviceException e) {
                throw new ConsoleException("cannot add device " + r.toSpec() + ": " + e.getMessage(), e);
            }
        }
        return requests;
    }

    private void checkPeople(String patientId, String therapistId) throws ConsoleException {
        try {
            if (!patientId.isEmpty() && services.patients().isPresent()
                    && services.patients().get().patient(patientId).isEmpty()) {
                throw new ConsoleException("cannot start recording: unknown patient " + patientId
                        + " (register with: myofuse patients add " + patientId + ")");
            }
            if (!therapistId.isEmpty() && services.therapists().isPresent()
                    && services.therapists().get().therapist(therapistId).isEmpty()) {
                throw new ConsoleException("cannot start recording: unknown therapist " + therapistId
                        + " (register with: myofuse therapists add " + therapistId + ")");
            }
        } catch (StoreException e) {
            throw new ConsoleException("cannot start recording: " + e.getMessage(), e);
        }
    }

    /** FileInstall hands etc/'s files to ConfigAdmin shortly after start: wait for them, refuse when none came. */
    private void awaitEtcDevices() throws ConsoleException {
        int expected = etcConfigurations(services.etcDir());
        long deadline = System.nanoTime() + ETC_WAIT_NANOS;
        while (services.devices().devices().size() < expected && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(ETC_RECHECK_NANOS);
        }
        if (services.devices().devices().isEmpty()) {
            throw new ConsoleException("none of the " + expected + " device configuration(s) in " + services.etcDir()
                    + " was accepted");
        }
    }

    private void beginRecording(String patientId, String therapistId, String protocolId, String protocolVersion)
            throws ConsoleException {
        if (services.store().isEmpty()) {
            return;
        }
        try {
            session = services.store().get().beginSession(patientId, therapistId, protocolId, protocolVersion);
        } catch (StoreException | RuntimeException e) {
            throw new ConsoleException("cannot start recording: " + e.getMessage(), e);
        }
    }

    /** Number of device configuration files ({@code org.myofuse.device.*.cfg} or {@code .config}) in etc/. */
    public static int etcConfigurations(Path etcDir) {
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(etcDir, DeviceDriver.FACTORY_PID_PREFIX + "*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && (name.endsWith(".cfg") || name.endsWith(".config"))) {
                    n++;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return n;
    }
}
