package org.myofuse.line.sim;

import java.io.IOException;

import org.myofuse.api.stream.SessionClock;
import org.myofuse.line.driver.LineDeviceDriver;
import org.myofuse.line.protocol.LineFormat;
import org.myofuse.line.protocol.Separator;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.WireSimulator;
import org.myofuse.lib.serial.sim.SimulatedPort;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code myofuse simulate line-device}: an HX711 load cell sketch on a fresh pseudo-terminal, printing
 * {@code fz,temp} lines (raw counts, degrees Celsius) at 80 Hz from the start, CRLF endings. Connect with
 * {@code channelNames=fz,temp}, {@code rateHz=80}, {@code offset=84210,0} and
 * {@code scale=0.000438596491,1} for newtons.
 */
@Component(service = WireSimulator.class, property = WireSimulator.TYPE_PROPERTY + "=" + LineDeviceDriver.TYPE_ID)
public final class LineWireSimulator implements WireSimulator {

    /** The driver settings that read this sketch's lines as newtons and degrees Celsius. */
    public static final String CONNECT_QUERY =
            "channelNames=fz,temp&units=N,degC&rateHz=80&offset=84210,0&scale=0.000438596491,1";

    /** Lines per second of the HX711 in its fast mode. */
    public static final double RATE_HZ = 80;

    private final SerialTransport transport;
    private final SessionClock clock;

    @Activate
    public LineWireSimulator(@Reference SerialTransport transport, @Reference SessionClock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public Running start(Options options) throws IOException {
        var settings = new LoadCellSimulator.Settings(options.seed(), RATE_HZ, LineFormat.VALUES, Separator.COMMA, "",
                "\r\n", options.corruptRate(), false, true);
        return SimulatedPort.start(transport, path -> LoadCellSimulator.serve(settings, transport, path, clock),
                sim -> "line-device simulator: " + sim.linesSent() + " lines, " + sim.linesDamaged() + " damaged, "
                        + sim.stalls() + " stalls of " + LoadCellSimulator.stallLines(RATE_HZ) + " lines", CONNECT_QUERY);
    }
}
