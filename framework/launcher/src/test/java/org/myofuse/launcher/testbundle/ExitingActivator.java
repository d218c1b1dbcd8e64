package org.myofuse.launcher.testbundle;

import org.myofuse.api.host.CommandInvocation;
import org.myofuse.api.host.HostEnvironment;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Packed into a test bundle (see TestBundles): plays the commands bundle. Reports what it sees of the
 * command line, the host's folders and the platform, then ends the process the way its Test-Action
 * header says.
 */
public class ExitingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        CommandInvocation invocation = context.getService(context.getServiceReference(CommandInvocation.class));
        HostEnvironment host = context.getService(context.getServiceReference(HostEnvironment.class));
        invocation.out().println("args=" + invocation.args() + " home=" + host.home() + " install="
                + host.installDir() + " platform=" + platformUp(context));
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
            invocation.exit(Integer.parseInt(action));
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
