package org.myofuse.api.serial;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.myofuse.api.device.SettingDescription;
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
     * @throws IllegalArgumentException if an option is out of range, a setting is not one of
     *                                  {@link #settings()} or its value is refused, with one line naming it
     */
    Running start(Options options) throws IOException;

    /**
     * What this simulation can be asked to be beyond seed and damage, such as a firmware generation or
     * an add-on module, described like a driver's settings: {@code myofuse simulate TYPE} offers each as
     * an option ({@code --firmware v1}, {@code --daisy} for a boolean) and lists them in its help. Empty
     * when the device comes in one form only.
     */
    default List<SettingDescription> settings() {
        return List.of();
    }

    /**
     * @param seed        seed of the simulated signal and damage
     * @param corruptRate probability of damaging each frame, 0 to 1
     * @param settings    values of some of {@link WireSimulator#settings()} by id, as typed (the simulator
     *                    converts and checks them); the others keep their defaults
     */
    record Options(long seed, double corruptRate, Map<String, String> settings) {

        public Options {
            settings = Map.copyOf(Objects.requireNonNull(settings, "settings"));
        }

        /** Default settings. */
        public Options(long seed, double corruptRate) {
            this(seed, corruptRate, Map.of());
        }
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
