/**
 * The protocol run-time engine: {@link org.myofuse.protocols.run.ProtocolEngineComponent} (the
 * {@code ProtocolEngine} service) runs an effective protocol ({@code org.myofuse.protocols.model}) in a
 * recording session on an engine thread of the run's own. The fusion's frames and events reach it
 * through a preallocated single-producer/single-consumer inbox ({@code FrameInbox}); {@code RunCore}
 * drives the steps (one {@code StepRun} per step type), their conditions, counts and cues, and the
 * therapist's controls, and writes everything into the session (docs/protocols-format.md, "Running a
 * protocol" and "What a run records"). Not exported.
 */
package org.myofuse.protocols.run;
