package org.myofuse.store.h2;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Which machine and process recorded a session, to tell a dead recorder from a live one. */
final class Hosts {

    private Hosts() {
    }

    static String localName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }

    /**
     * Whether process {@code pid} on this machine is still the one that started a session at
     * {@code sessionStartMillis}: a process started later only reuses the number.
     */
    static boolean alive(long pid, long sessionStartMillis) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(h -> h.info().startInstant().map(s -> s.toEpochMilli() <= sessionStartMillis + 1_000).orElse(true))
                .orElse(false);
    }
}
