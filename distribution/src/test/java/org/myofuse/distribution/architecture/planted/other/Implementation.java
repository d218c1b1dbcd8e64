package org.myofuse.distribution.architecture.planted.other;

/** Stands for another bundle's implementation class, which no bundle may reach. */
public final class Implementation {

    public static int answer() {
        return 42;
    }
}
