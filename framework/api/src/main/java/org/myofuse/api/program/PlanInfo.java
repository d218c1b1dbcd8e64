package org.myofuse.api.program;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An installed program plan (docs/programs-format.md), as read from its document.
 *
 * @param id              the plan's id ({@code lumbar-12-week})
 * @param version         its version ({@code 1.0.0})
 * @param title           one line
 * @param weeks           the program's length, 1 to 104 weeks
 * @param sessionsPerWeek planned sessions per week, 1 to 14
 * @param source          where it came from: {@code bundle <symbolic name> <version>}
 * @param phases          the phases in week order; together they cover weeks 1 to {@code weeks} once
 * @param progressions    the progression rules, in document order
 */
public record PlanInfo(String id, String version, String title, int weeks, int sessionsPerWeek, String source,
        List<Phase> phases, List<Rule> progressions) {

    public PlanInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        phases = List.copyOf(phases);
        progressions = List.copyOf(progressions);
    }

    /** The phase of program week {@code week} (1-based); weeks past the end are in the last phase, weeks before the start in the first. */
    public Phase phase(int week) {
        for (Phase p : phases) {
            if (week <= p.toWeek()) {
                return p;
            }
        }
        return phases.get(phases.size() - 1);
    }

    /** The rule with this id. */
    public Optional<Rule> rule(String ruleId) {
        return progressions.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /**
     * Weeks {@code fromWeek} to {@code toWeek} (inclusive) of a program: which protocol its sessions run
     * and which progression rules apply to them.
     *
     * @param title        one line, "" if none
     * @param protocolId   the protocol its sessions run
     * @param progressions ids of the rules in effect
     */
    public record Phase(int fromWeek, int toWeek, String title, String protocolId, List<String> progressions) {
        public Phase {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(protocolId, "protocolId");
            progressions = List.copyOf(progressions);
        }
    }

    /**
     * A progression rule: a protocol parameter that starts at {@code start} and goes up (or down, when
     * {@code increment} is negative) by {@code increment}, never past {@code limit}, after the step
     * {@code resultStep} scored at least {@code threshold} in each of the last {@code sessions} sessions
     * at the current value.
     *
     * @param id         the rule's id
     * @param title      one line
     * @param parameter  the parameter as the protocol journals it: {@code <step id>.<parameter path>}
     *                   ({@code multifidus-left.target.min}, {@code bridge.repetitions})
     * @param unit       the parameter's unit ({@code %MVC}, {@code s}, "" for counts)
     * @param start      its value in the first session
     * @param increment  the change of one progression
     * @param limit      the value it never goes beyond
     * @param resultStep the step whose result (fraction 0-1 of good repetitions or strokes) decides
     * @param threshold  the result needed, 0 to 1
     * @param sessions   in how many consecutive sessions, at least 1
     * @param sources    the source of each number, by field ({@code start}, {@code increment},
     *                   {@code limit}, {@code threshold}, {@code sessions}): a citation key's text or
     *                   "clinic default"
     */
    public record Rule(String id, String title, String parameter, String unit, double start, double increment,
            double limit, String resultStep, double threshold, int sessions, Map<String, String> sources) {
        public Rule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(resultStep, "resultStep");
            sources = Map.copyOf(sources);
        }

        /** The protocol step the parameter belongs to: what comes before the first dot. */
        public String step() {
            int dot = parameter.indexOf('.');
            return dot < 0 ? parameter : parameter.substring(0, dot);
        }
    }
}
