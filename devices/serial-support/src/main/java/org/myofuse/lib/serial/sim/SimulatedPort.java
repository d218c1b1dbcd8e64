package org.myofuse.lib.serial.sim;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.api.serial.WireSimulator;

/**
 * Runs a wire simulator's device on a fresh pseudo-terminal pair: the device serves one end, a driver
 * connects to the other, and closing the {@link WireSimulator.Running} stops the device and unplugs
 * the pair.
 */
public final class SimulatedPort {

    private SimulatedPort() {
    }

    /** Starts a simulated device on the device end of the pair it is given. */
    @FunctionalInterface
    public interface Device<S extends AutoCloseable> {

        S serve(String devicePath) throws DeviceException;
    }

    /**
     * Opens a pair, serves {@code device} on its device end and returns the running simulation.
     *
     * @param summary      one line of the device's counters, asked for when the simulation reports
     * @param connectQuery the driver settings that read this simulation ("" when the defaults fit)
     * @throws IOException if the pair cannot be made or the device cannot open its end (the pair is closed again)
     */
    public static <S extends AutoCloseable> WireSimulator.Running start(SerialTransport transport, Device<S> device,
            Function<S, String> summary, String connectQuery) throws IOException {
        VirtualPortPair pair = transport.openVirtualPair();
        S served;
        try {
            served = device.serve(pair.devicePath());
        } catch (DeviceException e) {
            pair.close();
            throw new IOException(e.getMessage(), e);
        }
        return new Running(pair, served, () -> summary.apply(served), connectQuery);
    }

    private record Running(VirtualPortPair pair, AutoCloseable device, Supplier<String> counters, String query)
            implements WireSimulator.Running {

        @Override
        public String portPath() {
            return pair.hostPath();
        }

        @Override
        public String connectQuery() {
            return query;
        }

        @Override
        public String summary() {
            return counters.get();
        }

        @Override
        public void close() {
            try {
                device.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                // a simulated device's close only ends its threads and link: nothing is left to undo
            } finally {
                pair.close();
            }
        }
    }
}
