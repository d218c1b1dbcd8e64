package org.myofuse.api.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A patient's treatment program, e.g. 12 weeks of two sessions a week.
 *
 * @param weeks           length, 1 to 104 weeks
 * @param sessionsPerWeek planned sessions per week, 1 to 14
 * @param startDate       first day
 * @param protocolId      the protocol the program follows, "" if none
 */
public record Program(int weeks, int sessionsPerWeek, LocalDate startDate, String protocolId) {

    public Program {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(protocolId, "protocolId");
        if (weeks < 1 || weeks > 104) {
            throw new IllegalArgumentException("program length must be 1 to 104 weeks, was " + weeks);
        }
        if (sessionsPerWeek < 1 || sessionsPerWeek > 14) {
            throw new IllegalArgumentException("sessions per week must be 1 to 14, was " + sessionsPerWeek);
        }
    }
}
