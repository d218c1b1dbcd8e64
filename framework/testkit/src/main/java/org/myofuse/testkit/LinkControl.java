package org.myofuse.testkit;

/**
 * What a conformance test needs to exercise a driver's link handling: the vendor's simulator side of
 * the wire. Implemented in the vendor's test, usually over a pseudo-terminal.
 */
public interface LinkControl {

    /** Takes the device away as an unplugged cable would (the port disappears or the peer closes). */
    void unplug() throws Exception;

    /** Brings the device back on the same port path, streaming again when asked to. */
    void replug() throws Exception;

    /** Sends bytes into the host's side of the link as if the device had sent them (garbage, mutated frames). */
    void inject(byte[] bytes) throws Exception;
}
