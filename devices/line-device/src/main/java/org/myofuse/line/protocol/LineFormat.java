package org.myofuse.line.protocol;

/** How the numbers of one line are laid out. */
public enum LineFormat {
    /** Positional values in channel order: {@code 12.3,0.4,-1}. */
    VALUES,
    /** Named values in any order: {@code fz=12.3 fx=0.4}; every channel exactly once. */
    KEYVALUE
}
