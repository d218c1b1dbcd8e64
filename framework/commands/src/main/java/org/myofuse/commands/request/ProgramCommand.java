package org.myofuse.commands.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse program PATIENT [--weeks N --per-week N [--start YYYY-MM-DD] [--protocol ID] | --plan ID [--start YYYY-MM-DD]]}:
 * set a patient's treatment program, or print it and the progress through it when no option is given.
 *
 * @param patientId the registered patient's code
 * @param plan      the program to set; empty to print the current one
 */
public record ProgramCommand(String patientId, Optional<Plan> plan) implements Command {

    /**
     * @param weeks           1 to 104; 0 with a {@code planId}: the plan's
     * @param sessionsPerWeek 1 to 14; 0 with a {@code planId}: the plan's
     * @param startDate       first day
     * @param protocolId      the protocol followed, "" if none (with a plan: its first phase's)
     * @param planId          the installed program plan followed, "" if none
     */
    public record Plan(int weeks, int sessionsPerWeek, LocalDate startDate, String protocolId, String planId) {
        public Plan {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(protocolId, "protocolId");
            Objects.requireNonNull(planId, "planId");
        }

        /** A program without a plan. */
        public Plan(int weeks, int sessionsPerWeek, LocalDate startDate, String protocolId) {
            this(weeks, sessionsPerWeek, startDate, protocolId, "");
        }

        /** A program that follows the installed plan {@code planId}: its weeks, sessions per week and protocols. */
        public static Plan following(String planId, LocalDate startDate) {
            return new Plan(0, 0, startDate, "", planId);
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
