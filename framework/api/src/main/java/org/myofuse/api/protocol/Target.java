package org.myofuse.api.protocol;

import java.util.Objects;

/**
 * A band a step asks to stay in, for the live views to draw and the therapist to aim at.
 *
 * @param metric what is measured: {@code normalForce}, {@code shearForce}, {@code strokeRate},
 *               {@code emg:<device>/<channel>} (envelope), {@code copX}, {@code copY}, ...
 *               (docs/protocols-format.md lists them)
 * @param low    lower edge, NaN when open
 * @param high   upper edge, NaN when open
 * @param limit  hard limit beyond which the step raises an alarm, NaN when none
 * @param unit   unit of the three values ({@code N}, {@code /min}, {@code %MVC}, {@code mm})
 * @param label  what the band is called on screen ("target pressure")
 */
public record Target(String metric, double low, double high, double limit, String unit, String label) {

    public Target {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
    }
}
