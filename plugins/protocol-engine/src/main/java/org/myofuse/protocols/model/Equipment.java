package org.myofuse.protocols.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the protocol needs of the devices. The engine may refuse to start a run whose connected devices
 * fall short (a force tool whose full scale is below {@code normalRange}, a mat or amplifier slower
 * than its {@code minRate}).
 *
 * @param forceTool the force-sensing IASTM tool's range; present whenever a step releases or tares
 * @param matMinRate lowest centre-of-pressure sampling rate, Hz; empty when the protocol states none
 * @param emgMinRate lowest EMG sampling rate, Hz; empty when the protocol states none
 */
public record Equipment(Optional<ForceTool> forceTool, Optional<Quantity> matMinRate, Optional<Quantity> emgMinRate) {

    public Equipment {
        Objects.requireNonNull(forceTool, "forceTool");
        Objects.requireNonNull(matMinRate, "matMinRate");
        Objects.requireNonNull(emgMinRate, "emgMinRate");
    }

    /**
     * The force tool the protocol is written for. Every force target, limit and force condition lies
     * within these ranges (the rules refuse one beyond them).
     *
     * @param normalRange full scale of the normal force, N
     * @param shearRange  full scale of the shear force, N; empty when the protocol states none
     */
    public record ForceTool(Quantity normalRange, Optional<Quantity> shearRange) {

        public ForceTool {
            Objects.requireNonNull(normalRange, "normalRange");
            Objects.requireNonNull(shearRange, "shearRange");
        }
    }
}
