/**
 * The parsed protocol: what the run-time engine follows. Built only from a document that passed the
 * schema and the rules ({@code org.myofuse.protocols.document}), with the clinic's overrides applied
 * and included protocols expanded, so every value here is checked: bands have {@code min <= max},
 * forces lie within the force tool's range, every muscle named is declared, every step can begin and
 * end. Immutable records; safe to share between threads.
 *
 * <h2>How a step runs</h2>
 * A step becomes current, then:
 * <ol>
 * <li><b>Entry.</b> It waits until every one of its {@link org.myofuse.protocols.model.StepInfo#entry()
 * entry} conditions holds at the same time, counted from the moment it became current. Nothing is
 * counted and no cue of the step is issued while it waits. No entry conditions: it begins at once.</li>
 * <li><b>Active.</b> From the moment it begins ({@code StepState.startedNanos}) its time and
 * repetitions count. It ends when its dose is complete - each step type's javadoc says what that is -
 * or as soon as any one of its {@link org.myofuse.protocols.model.StepInfo#exit() exit} conditions
 * holds, counted from the moment it began; the therapist can always skip it.</li>
 * </ol>
 * While the run is paused no time passes for the step, nothing is counted and no cue is issued;
 * conditions that must hold "for" a time start over after a pause.
 *
 * <h2>Metrics</h2>
 * The live values conditions and criteria read ({@link org.myofuse.protocols.model.Metric}) come from
 * the fused frames ({@code org.myofuse.api.fusion.FusedFrame}, 100 per second) and the fusion's events.
 * A metric whose device is missing, or an EMG envelope not yet calibrated to %MVC, is NaN: a condition
 * or criterion on it does not hold.
 *
 * <h2>Parameters</h2>
 * Every number of a protocol is a parameter with its unit and its source (a key of
 * {@link org.myofuse.protocols.model.Protocol#references()}, {@code clinic default}, or
 * {@code clinic override (FILE)} where an override file changed it); {@link
 * org.myofuse.protocols.model.Protocol#parameters()} lists them all with their document paths, for the
 * session's record of the values used.
 */
package org.myofuse.protocols.model;
