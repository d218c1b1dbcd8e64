package org.myofuse.example.forcegauge.sim;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.api.serial.WireSimulator;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.example.forcegauge.Mark10GaugeDriver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code myofuse simulate mark10-gauge}: a {@link GaugeSimulator} on the device end of a fresh virtual
 * port pair; the driver connects to the other end with its default settings. Simulations still running
 * when the bundle stops are closed, so removing the plugin leaves no pseudo-terminals behind.
 */
@Component(service = WireSimulator.class, property = WireSimulator.TYPE_PROPERTY + "=" + Mark10GaugeDriver.TYPE_ID)
public final class Mark10WireSimulator implements WireSimulator {

    private final SerialTransport transport;
    private final SessionClock clock;
    private final Set<Running> running = ConcurrentHashMap.newKeySet();

    @Activate
    public Mark10WireSimulator(@Reference SerialTransport transport, @Reference SessionClock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public Running start(Options options) throws IOException {
        var settings = new GaugeSimulator.Settings(options.seed(), options.corruptRate(), true, true, false);
        VirtualPortPair pair = transport.openVirtualPair();
        GaugeSimulator gauge;
        try {
            gauge = GaugeSimulator.serve(settings, transport, pair.devicePath(), clock);
        } catch (DeviceException e) {
            pair.close();
            throw new IOException(e.getMessage(), e);
        }
        var simulation = new Simulation(pair, gauge);
        running.add(simulation);
        return simulation;
    }

    @Deactivate
    void deactivate() {
        for (Running r : running) {
            r.close();
        }
    }

    /** One gauge serving on one pair. */
    private final class Simulation implements Running {

        private final VirtualPortPair pair;
        private final GaugeSimulator gauge;

        Simulation(VirtualPortPair pair, GaugeSimulator gauge) {
            this.pair = pair;
            this.gauge = gauge;
        }

        @Override
        public String portPath() {
            return pair.hostPath();
        }

        @Override
        public String summary() {
            return Mark10GaugeDriver.TYPE_ID + " simulator: " + gauge.readings() + " readings asked, " + gauge.damaged()
                    + " damaged, " + gauge.unanswered() + " unanswered";
        }

        @Override
        public void close() {
            running.remove(this);
            gauge.close();
            pair.close();
        }
    }
}
