package org.myofuse.api.protocol;

import java.util.Objects;

/**
 * A protocol run as it stands: an immutable snapshot, replaced (never changed) as the run moves on.
 *
 * @param protocolId      the protocol's id
 * @param protocolVersion its version
 * @param sessionId       the session it runs in
 * @param status          running, paused or ended
 * @param step            the current step; the last step reached once the run has ended
 * @param reason          why it ended (abort reason, "completed"), "" while it runs
 */
public record RunState(String protocolId, String protocolVersion, String sessionId, Status status, StepState step,
        String reason) {

    /** Where a run is in its life. */
    public enum Status {
        RUNNING, PAUSED, COMPLETED, ABORTED
    }

    public RunState {
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
    }

    /** True once the run has completed or was aborted. */
    public boolean ended() {
        return status == Status.COMPLETED || status == Status.ABORTED;
    }
}
