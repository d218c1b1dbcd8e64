package org.myofuse.store.osgi;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.host.HostEnvironment;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.store.h2.Database;
import org.myofuse.store.h2.DevicesJson;
import org.myofuse.store.h2.H2SessionReview;
import org.myofuse.store.h2.H2SessionStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Opens the session database once, when the host is ready for it, and offers it to the store's API
 * services ({@link SessionStoreComponent}) only if it opened.
 *
 * <h2>Where the database is</h2>
 * The configured {@link StoreConfig#jdbcUrl() jdbcUrl}; when it is empty, the file database in the data
 * folder, which is {@link HostEnvironment#home()} of the host's {@link HostEnvironment} service (the
 * launcher registers it before any bundle starts). A host that registers none, such as the Pax Exam
 * integration tests, names the data folder in the framework property {@value #HOME_PROPERTY} instead:
 * the property is only read when there is no HostEnvironment, so the launcher's {@code --home} always
 * wins.
 *
 * <h2>A database that does not open</h2>
 * is reported once, in one line naming the database and the cause, and the store's services are then
 * simply absent (commands say "the session store is not available"). A component whose activation
 * throws would be reported by SCR with its own header, and again every time any bundle asked for one of
 * its services; H2's causes would add dozens of lines that tell a clinic nothing.
 */
@Component(configurationPid = StoreDatabase.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true,
        service = {})
@Designate(ocd = StoreConfig.class)
public final class StoreDatabase {

    /** The configuration PID. */
    public static final String PID = "org.myofuse.store";

    /** Framework property naming the data folder when the host is not the Myofuse launcher (tests, other hosts). */
    public static final String HOME_PROPERTY = "myofuse.home";

    private static final System.Logger LOG = System.getLogger(StoreDatabase.class.getName());

    @Reference
    private StreamBus bus;

    @Reference
    private SessionClock clock;

    @Reference
    private DeviceManager devices;

    /** The host's folders; absent outside the launcher (then {@value #HOME_PROPERTY} or a JDBC URL is used). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL)
    private HostEnvironment host;

    private H2SessionStore store;
    private ServiceRegistration<OpenStore> registration;

    @Activate
    void activate(StoreConfig config, BundleContext context) {
        try {
            Database database = new Database(url(config, context), config.user(), config.password());
            store = H2SessionStore.open(database, bus, clock, () -> DevicesJson.of(devices));
            registration = context.registerService(OpenStore.class, new OpenStore(store, new H2SessionReview(database)),
                    null);
        } catch (StoreException e) {
            LOG.log(Level.ERROR, e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister(); // the API services go first, so no call reaches a closed store
        }
        if (store != null) {
            store.close();
        }
    }

    private String url(StoreConfig config, BundleContext context) throws StoreException {
        String url = config.jdbcUrl().strip();
        if (!url.isEmpty()) {
            return url;
        }
        if (host != null) {
            return fileDatabaseIn(host.home());
        }
        String home = context.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return fileDatabaseIn(Path.of(home));
        }
        throw new StoreException("session store: no data folder (no HostEnvironment service, no framework property "
                + HOME_PROPERTY + ") and no jdbcUrl in configuration " + PID);
    }

    /**
     * The URL of the file database in a data folder, whose database folder is created first: a file in
     * its way is then reported in one line, rather than by H2 with its stack traces.
     */
    private static String fileDatabaseIn(Path home) throws StoreException {
        Path folder = Database.folder(home);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the database folder " + folder + ": "
                    + (e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
                            : String.valueOf(e.getMessage())));
        }
        return Database.fileUrl(home);
    }
}
