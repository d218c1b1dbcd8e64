package org.myofuse.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.myofuse.api.serial.WireSimulator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The wire simulators driver bundles register, found by the device type they simulate. */
final class WireSimulators {

    private final BundleContext context;

    WireSimulators(BundleContext context) {
        this.context = context;
    }

    /** The simulator of {@code typeId}; fails naming the installed ones if there is none. */
    ServiceReference<WireSimulator> find(String typeId) throws CommandFailure {
        Optional<ServiceReference<WireSimulator>> found = lookUp(typeId);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> types = new ArrayList<>(all().keySet());
        throw new CommandFailure("no wire simulator for device type '" + typeId + "' is installed"
                + (types.isEmpty() ? "" : " (available: " + String.join(", ", types) + ")"));
    }

    /** Every installed simulator by device type, sorted. */
    TreeMap<String, ServiceReference<WireSimulator>> all() {
        TreeMap<String, ServiceReference<WireSimulator>> all = new TreeMap<>();
        try {
            for (ServiceReference<WireSimulator> r : context.getServiceReferences(WireSimulator.class, null)) {
                all.putIfAbsent(String.valueOf(r.getProperty(WireSimulator.TYPE_PROPERTY)), r);
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter
        }
        return all;
    }

    private Optional<ServiceReference<WireSimulator>> lookUp(String typeId) throws CommandFailure {
        try {
            Collection<ServiceReference<WireSimulator>> found = context.getServiceReferences(WireSimulator.class,
                    "(" + WireSimulator.TYPE_PROPERTY + "=" + typeId + ")");
            return found.stream().findFirst();
        } catch (InvalidSyntaxException e) {
            throw new CommandFailure("device type '" + typeId + "' is not a valid type id");
        }
    }
}
