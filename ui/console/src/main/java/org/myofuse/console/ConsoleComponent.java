package org.myofuse.console;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.analysis.SessionAnalyzer;
import org.myofuse.api.console.Console;
import org.myofuse.api.console.ConsoleException;
import org.myofuse.api.console.ConsoleRequest;
import org.myofuse.api.console.ConsoleRun;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceStatusListener;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.host.HostEnvironment;
import org.myofuse.api.protocol.ProtocolEngine;
import org.myofuse.api.protocol.ProtocolListener;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.myofuse.api.report.SessionReports;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.store.PatientRegistry;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.api.store.TherapistRegistry;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamConsumer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link Console} service: one console at a time, on the host's device manager, bus and clock,
 * recording into the store when one is installed. While a console is open its listeners are OSGi
 * services (fusion, protocol and device status whiteboards). When the bundle stops, an open console
 * closes and its session ends first.
 */
@Component(service = Console.class, immediate = true)
public final class ConsoleComponent implements Console, Services {

    private static final long CLOSE_WAIT_SECONDS = 10;

    @Reference
    private DeviceManager devices;
    @Reference
    private StreamBus bus;
    @Reference
    private SessionClock clock;
    @Reference
    private HostEnvironment host;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionStore store;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile PatientRegistry patients;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TherapistRegistry therapists;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionJournal journal;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SerialTransport serial;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProtocolEngine protocols;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProgramRegistry programs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProtocolRegistry protocolRegistry;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionReview review;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionTransfer transfer;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionReports reports;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionAnalyzer analyzer;

    private BundleContext context;
    private OpenConsole current;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        OpenConsole open;
        synchronized (this) {
            open = current;
        }
        if (open != null) {
            open.close();
            open.awaitEnded(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized ConsoleRun open(ConsoleRequest request) throws ConsoleException {
        if (current != null && !current.ended()) {
            throw new ConsoleException("a console is open already in this host");
        }
        current = OpenConsole.open(request, this);
        return current;
    }

    @Override
    public DeviceManager devices() {
        return devices;
    }

    @Override
    public StreamBus bus() {
        return bus;
    }

    @Override
    public SessionClock clock() {
        return clock;
    }

    @Override
    public Optional<SessionStore> store() {
        return Optional.ofNullable(store);
    }

    @Override
    public Optional<PatientRegistry> patients() {
        return Optional.ofNullable(patients);
    }

    @Override
    public Optional<TherapistRegistry> therapists() {
        return Optional.ofNullable(therapists);
    }

    @Override
    public Optional<SessionJournal> journal() {
        return Optional.ofNullable(journal);
    }

    @Override
    public Optional<SerialTransport> serial() {
        return Optional.ofNullable(serial);
    }

    @Override
    public Optional<ProtocolEngine> protocols() {
        return Optional.ofNullable(protocols);
    }

    @Override
    public Optional<ProgramRegistry> programs() {
        return Optional.ofNullable(programs);
    }

    @Override
    public Optional<ProtocolRegistry> protocolRegistry() {
        return Optional.ofNullable(protocolRegistry);
    }

    @Override
    public Optional<SessionReview> review() {
        return Optional.ofNullable(review);
    }

    @Override
    public Optional<SessionTransfer> transfer() {
        return Optional.ofNullable(transfer);
    }

    @Override
    public Optional<SessionReports> reports() {
        return Optional.ofNullable(reports);
    }

    @Override
    public Optional<SessionAnalyzer> analyzer() {
        return Optional.ofNullable(analyzer);
    }

    @Override
    public Path home() {
        return host.home();
    }

    @Override
    public Path etcDir() {
        return host.etcDir();
    }

    @Override
    public AutoCloseable listen(FusionListener fusion, ProtocolListener protocol, DeviceStatusListener status) {
        var name = new java.util.Hashtable<String, Object>();
        name.put(StreamConsumer.NAME_PROPERTY, "console");
        ServiceRegistration<?> f = context.registerService(FusionListener.class, fusion, name);
        ServiceRegistration<?> p = context.registerService(ProtocolListener.class, protocol, name);
        ServiceRegistration<?> d = context.registerService(DeviceStatusListener.class, status, name);
        return () -> {
            for (ServiceRegistration<?> r : new ServiceRegistration<?>[] { f, p, d }) {
                try {
                    r.unregister();
                } catch (IllegalStateException e) {
                    // gone with the bundle already
                }
            }
        };
    }
}
