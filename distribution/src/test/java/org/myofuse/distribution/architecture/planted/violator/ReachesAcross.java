package org.myofuse.distribution.architecture.planted.violator;

import org.myofuse.distribution.architecture.planted.other.Implementation;

/** A planted violation: a class that calls into another bundle's implementation package. */
public final class ReachesAcross {

    public int ask() {
        return Implementation.answer();
    }
}
