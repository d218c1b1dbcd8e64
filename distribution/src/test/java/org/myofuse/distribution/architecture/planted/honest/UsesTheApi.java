package org.myofuse.distribution.architecture.planted.honest;

import org.myofuse.api.stream.StreamBus;

/** Keeps to the rule: it reaches other bundles through an API package only. */
public final class UsesTheApi {

    public boolean subscribedNothing(StreamBus bus) {
        return bus == null;
    }
}
