package org.myofuse.protocols.document;

import java.util.Comparator;

/** Protocol versions ({@code MAJOR.MINOR.PATCH}): ordering, and matching a prefix such as {@code 1} or {@code 1.2}. */
public final class Versions {

    /** Orders versions numerically, part by part. */
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    /** True when {@code version} starts with the parts of {@code prefix}: 1.2.3 matches 1, 1.2 and 1.2.3. */
    public static boolean matches(String version, String prefix) {
        String[] v = version.split("\\.");
        String[] p = prefix.split("\\.");
        if (p.length > v.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (parse(v[i]) != parse(p[i])) {
                return false;
            }
        }
        return true;
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? parse(x[i]) : 0, i < y.length ? parse(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long parse(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
