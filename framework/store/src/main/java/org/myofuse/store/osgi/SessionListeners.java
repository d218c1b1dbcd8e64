package org.myofuse.store.osgi;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionListener;
import org.osgi.framework.Constants;

/**
 * The {@link SessionListener} whiteboard: listeners in service ranking order (highest first, then the
 * oldest service), each call isolated so that one listener's exception changes nothing for the others
 * or for the session.
 */
final class SessionListeners {

    private static final System.Logger LOG = System.getLogger(SessionListeners.class.getName());

    /** Ordered by (ranking descending, service id ascending). */
    private record Key(int ranking, long serviceId) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byRanking = Integer.compare(o.ranking, ranking);
            return byRanking != 0 ? byRanking : Long.compare(serviceId, o.serviceId);
        }
    }

    private final ConcurrentSkipListMap<Key, SessionListener> listeners = new ConcurrentSkipListMap<>();

    void add(SessionListener listener, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object id = properties.get(Constants.SERVICE_ID);
        listeners.put(new Key(ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : 0L), listener);
    }

    void remove(SessionListener listener) {
        listeners.values().removeIf(l -> l == listener);
    }

    void began(SessionInfo session) {
        for (SessionListener l : listeners.values()) {
            try {
                l.sessionBegan(session);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "session listener " + l.getClass().getName() + " failed on the start of session "
                        + session.id() + ": " + e, e);
            }
        }
    }

    void ended(SessionInfo session) {
        for (SessionListener l : listeners.values()) {
            try {
                l.sessionEnded(session);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "session listener " + l.getClass().getName() + " failed on the end of session "
                        + session.id() + ": " + e, e);
            }
        }
    }
}
