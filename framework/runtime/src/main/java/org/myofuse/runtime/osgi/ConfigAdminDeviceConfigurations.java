package org.myofuse.runtime.osgi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.runtime.device.DeviceConfigurations;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ManagedServiceFactory;

/**
 * Device configurations in ConfigAdmin: named factory configurations under each device type's factory
 * PID (FileInstall turns {@code etc/org.myofuse.device.sim_emg-left.cfg} into one), watched through a
 * {@link ManagedServiceFactory} per installed driver.
 */
final class ConfigAdminDeviceConfigurations implements DeviceConfigurations {

    private static final String ALL_DEVICES_FILTER = "(" + ConfigurationAdmin.SERVICE_FACTORYPID + "="
            + DeviceDriver.FACTORY_PID_PREFIX + "*)";

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;

    ConfigAdminDeviceConfigurations(BundleContext context, ConfigurationAdmin configurationAdmin) {
        this.context = context;
        this.configurationAdmin = configurationAdmin;
    }

    @Override
    public String create(String factoryPid, String name, Map<String, Object> properties) throws IOException {
        // Location "?" lets the configuration bind to whichever bundle hosts the factory (ours).
        Configuration configuration = configurationAdmin.getFactoryConfiguration(factoryPid, name, "?");
        if (configuration.getProperties() != null) {
            throw new IOException("configuration " + configuration.getPid() + " already exists");
        }
        configuration.update(new Hashtable<>(properties));
        return configuration.getPid();
    }

    @Override
    public boolean delete(String pid) throws IOException {
        Configuration[] found = list("(" + Constants.SERVICE_PID + "=" + escape(pid) + ")");
        if (found == null || found.length == 0) {
            return false;
        }
        found[0].delete();
        return true;
    }

    @Override
    public List<Stored> list() throws IOException {
        Configuration[] found = list(ALL_DEVICES_FILTER);
        if (found == null) {
            return List.of();
        }
        var result = new ArrayList<Stored>(found.length);
        for (Configuration configuration : found) {
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties != null && configuration.getFactoryPid() != null) {
                result.add(new Stored(configuration.getPid(), configuration.getFactoryPid(), toMap(properties)));
            }
        }
        return result;
    }

    @Override
    public Registration watch(String factoryPid, Watcher watcher) {
        var properties = new Hashtable<String, Object>();
        properties.put(Constants.SERVICE_PID, factoryPid);
        properties.put(Constants.SERVICE_DESCRIPTION, "Myofuse devices of factory " + factoryPid);
        ServiceRegistration<ManagedServiceFactory> registration = context.registerService(ManagedServiceFactory.class,
                new ManagedServiceFactory() {
                    @Override
                    public String getName() {
                        return "Myofuse devices " + factoryPid;
                    }

                    @Override
                    public void updated(String pid, Dictionary<String, ?> configuration) {
                        watcher.updated(pid, toMap(configuration));
                    }

                    @Override
                    public void deleted(String pid) {
                        watcher.deleted(pid);
                    }
                }, properties);
        return () -> {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and the framework unregistered it first
            }
        };
    }

    private Configuration[] list(String filter) throws IOException {
        try {
            return configurationAdmin.listConfigurations(filter);
        } catch (InvalidSyntaxException e) {
            throw new IOException("bad configuration filter " + filter + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> toMap(Dictionary<String, ?> dictionary) {
        var map = new LinkedHashMap<String, Object>();
        for (String key : Collections.list(dictionary.keys())) {
            map.put(key, dictionary.get(key));
        }
        return map;
    }

    /** Escapes the characters that are special in an LDAP filter value. */
    static String escape(String value) {
        var sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '(' || c == ')' || c == '*') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
