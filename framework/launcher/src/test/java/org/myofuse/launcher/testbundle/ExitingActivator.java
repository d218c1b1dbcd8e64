package org.myofuse.launcher.testbundle;

import org.myofuse.launcher.spi.LaunchContext;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;

/**
 * Packed into a test bundle (see TestBundles): plays the commands bundle. Reports what it sees of the
 * launch context and the platform, then ends the process the way its Test-Action header says.
 */
public class ExitingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        ServiceReference<LaunchContext> ref = context.getServiceReference(LaunchContext.class);
        LaunchContext launch = context.getService(ref);
        launch.out().println("command=" + launch.command().name() + " property="
                + ref.getProperty(LaunchContext.COMMAND_PROPERTY) + " home=" + launch.home() + " install="
                + launch.installDir() + " platform=" + platformUp(context)
                + " args=" + launch.args());
        String action = context.getBundle().getHeaders().get("Test-Action");
        if (action.equals("stop-framework")) {
            new Thread(() -> {
                try {
                    context.getBundle(0).stop();
                } catch (BundleException e) {
                    throw new IllegalStateException(e);
                }
            }).start();
        } else {
            launch.exit(Integer.parseInt(action));
        }
    }

    private static boolean platformUp(BundleContext context) {
        try {
            return context.getServiceReferences(Runnable.class, PlatformActivator.MARKER).size() == 1;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop(BundleContext context) {
        // Nothing to release.
    }
}
