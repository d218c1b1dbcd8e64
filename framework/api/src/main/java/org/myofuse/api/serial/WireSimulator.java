package org.myofuse.api.serial;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A device simulated on the wire: it serves its protocol on a serial port (one end of a
 * pseudo-terminal pair) so that the real driver can connect to the other end. Registered as an OSGi
 * service by a driver bundle, with the service property {@link #TYPE_PROPERTY} set to the device type
 * id it simulates; {@code myofuse simulate TYPE} runs it.
 */
@ConsumerType
public interface WireSimulator {

    /** Service property: the device type id simulated (a String). */
    String TYPE_PROPERTY = "myofuse.simulator.type";

    /**
     * Starts serving on a fresh pseudo-terminal pair.
     *
     * @throws IOException              if the pseudo-terminals cannot be made
     * @throws IllegalArgumentException if an option is out of range, with one line naming it
     */
    Running start(Options options) throws IOException;

    /**
     * @param seed        seed of the simulated signal and damage
     * @param corruptRate probability of damaging each frame, 0 to 1
     */
    record Options(long seed, double corruptRate) {
    }

    /** A running simulation. */
    interface Running extends AutoCloseable {

        /** The port a driver connects to. */
        String portPath();

        /**
         * The settings a driver needs beyond the port to read this simulation, as the query part of a
         * device spec ({@code key=value&...}, see {@code myofuse run --help}); "" when the driver's
         * defaults fit. {@code myofuse simulate} prints it in the command to connect with.
         */
        default String connectQuery() {
            return "";
        }

        /** One line of counters (frames sent, damaged), for the final report. */
        String summary();

        /** Stops serving and unplugs the port. Bounded, idempotent. */
        @Override
        void close();
    }
}
