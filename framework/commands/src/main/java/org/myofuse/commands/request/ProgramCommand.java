package org.myofuse.commands.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse program PATIENT [--weeks N --per-week N [--start YYYY-MM-DD] [--protocol ID]]}: set a
 * patient's treatment program, or print it when no option is given.
 *
 * @param patientId the registered patient's code
 * @param plan      the program to set; empty to print the current one
 */
public record ProgramCommand(String patientId, Optional<Plan> plan) implements Command {

    /**
     * @param weeks           1 to 104
     * @param sessionsPerWeek 1 to 14
     * @param startDate       first day
     * @param protocolId      the protocol followed, "" if none
     */
    public record Plan(int weeks, int sessionsPerWeek, LocalDate startDate, String protocolId) {
        public Plan {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(protocolId, "protocolId");
        }
    }

    public ProgramCommand {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(plan, "plan");
    }

    @Override
    public String name() {
        return "program";
    }
}
