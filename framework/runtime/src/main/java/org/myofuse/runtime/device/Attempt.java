package org.myofuse.runtime.device;

import org.myofuse.api.device.DeviceConnection;

/** One try at connecting a device, from connect() until its teardown. */
final class Attempt {

    final long generation;
    /** Set by the device's worker (connect) or by openStream on the same thread. */
    DeviceConnection connection;
    volatile CountingPublisher publisher;
    /** Session time when start() returned, or -1 while not started. */
    volatile long startedNanos = -1;

    Attempt(long generation) {
        this.generation = generation;
    }

    @Override
    public String toString() {
        return "attempt " + generation;
    }
}
