package org.myofuse.launcher.testbundle;

import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Packed into a test bundle at start level 1: registers a marker the level-2 bundle looks for. */
public class PlatformActivator implements BundleActivator {

    static final String MARKER = "(test.platform=true)";

    @Override
    public void start(BundleContext context) {
        var props = new Hashtable<String, Object>();
        props.put("test.platform", Boolean.TRUE);
        context.registerService(Runnable.class, () -> { }, props);
    }

    @Override
    public void stop(BundleContext context) {
        // The registration goes with the bundle.
    }
}
