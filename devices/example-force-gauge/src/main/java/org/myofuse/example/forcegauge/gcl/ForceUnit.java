package org.myofuse.example.forcegauge.gcl;

/**
 * The force units of a Mark-10 Series 5 gauge: how a reading names its unit, the GCL2 command that
 * selects it, and its size in newtons. Conversion factors are the units' definitions (1 lbf =
 * 4.4482216152605 N, 1 kgf = 9.80665 N), not measured values.
 */
public enum ForceUnit {
    NEWTON("N", "N", 1.0),
    MILLINEWTON("mN", "MN", 0.001),
    KILONEWTON("kN", "KN", 1000.0),
    POUND_FORCE("lbF", "LB", 4.4482216152605),
    OUNCE_FORCE("ozF", "OZ", 4.4482216152605 / 16),
    KILOGRAM_FORCE("kgF", "KG", 9.80665),
    GRAM_FORCE("gF", "G", 0.00980665);

    private static final ForceUnit[] ALL = values();

    private final String symbol;
    private final String command;
    private final double newtons;

    ForceUnit(String symbol, String command, double newtons) {
        this.symbol = symbol;
        this.command = command;
        this.newtons = newtons;
    }

    /** The unit as a reading spells it, e.g. {@code lbF}. */
    public String symbol() {
        return symbol;
    }

    /** The GCL2 command selecting this unit, e.g. {@code LB}. */
    public String command() {
        return command;
    }

    /** Newtons per one of this unit. */
    public double newtons() {
        return newtons;
    }

    /**
     * The unit whose symbol is {@code bytes[from..to)}, ignoring case (the gauge's settings list spells
     * {@code LBF}, its readings {@code lbF}), or null. Allocation-free.
     */
    public static ForceUnit match(byte[] bytes, int from, int to) {
        for (ForceUnit unit : ALL) {
            if (unit.symbolEquals(bytes, from, to)) {
                return unit;
            }
        }
        return null;
    }

    /** The unit a GCL2 unit command selects ({@code N}, {@code LB}, ...), or null. */
    public static ForceUnit ofCommand(String command) {
        for (ForceUnit unit : ALL) {
            if (unit.command.equals(command)) {
                return unit;
            }
        }
        return null;
    }

    private boolean symbolEquals(byte[] bytes, int from, int to) {
        if (to - from != symbol.length()) {
            return false;
        }
        for (int i = 0; i < symbol.length(); i++) {
            if (Character.toLowerCase((char) (bytes[from + i] & 0xFF)) != Character.toLowerCase(symbol.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
