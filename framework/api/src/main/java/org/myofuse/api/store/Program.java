package org.myofuse.api.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A patient's treatment program, e.g. 12 weeks of two sessions a week, optionally following an
 * installed program plan ({@code org.myofuse.api.program}) that says which protocol when and how its
 * targets progress.
 *
 * @param weeks           length, 1 to 104 weeks
 * @param sessionsPerWeek planned sessions per week, 1 to 14
 * @param startDate       first day
 * @param protocolId      the protocol the program follows, "" if none (with a plan: the protocol of its
 *                        first phase)
 * @param planId          the program plan it follows, "" if none (since 1.6)
 */
public record Program(int weeks, int sessionsPerWeek, LocalDate startDate, String protocolId, String planId) {

    public Program {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(planId, "planId");
        if (weeks < 1 || weeks > 104) {
            throw new IllegalArgumentException("program length must be 1 to 104 weeks, was " + weeks);
        }
        if (sessionsPerWeek < 1 || sessionsPerWeek > 14) {
            throw new IllegalArgumentException("sessions per week must be 1 to 14, was " + sessionsPerWeek);
        }
    }

    /** A program without a plan (the form of versions 1.0 to 1.5 of this package). */
    public Program(int weeks, int sessionsPerWeek, LocalDate startDate, String protocolId) {
        this(weeks, sessionsPerWeek, startDate, protocolId, "");
    }
}
