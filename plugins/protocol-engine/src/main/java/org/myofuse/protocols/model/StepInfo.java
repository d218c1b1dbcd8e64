package org.myofuse.protocols.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every step has.
 *
 * @param id          unique in the protocol; the journal and overrides name the step by it
 * @param title       a short name for the console
 * @param instruction what to do, one line in the protocol's language
 * @param entry       conditions that must all hold before the step begins (empty: it begins at once)
 * @param exit        conditions any one of which ends the step early (empty: it ends with its dose)
 * @param cues        the step's own cue styles by code: the protocol's styles with the step's
 *                    {@code cues} applied, complete for every code in {@link CueCodes#ALL}
 * @param origin      the protocol the step was written in, {@code <id> <version>}: this protocol's own,
 *                    or the included one's
 */
public record StepInfo(String id, String title, String instruction, List<Condition> entry, List<Condition> exit,
        Map<String, CueStyle> cues, String origin) {

    public StepInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instruction, "instruction");
        entry = List.copyOf(entry);
        exit = List.copyOf(exit);
        cues = Map.copyOf(cues);
        Objects.requireNonNull(origin, "origin");
    }

    /** The style of a cue code for this step. */
    public CueStyle cue(String code) {
        CueStyle style = cues.get(code);
        if (style == null) {
            throw new IllegalArgumentException("no cue " + code);
        }
        return style;
    }
}
