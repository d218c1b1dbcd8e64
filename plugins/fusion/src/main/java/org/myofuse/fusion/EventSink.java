package org.myofuse.fusion;

import org.myofuse.api.fusion.TherapyEventType;

/**
 * Where processors report what they detect, dated by the sample index of one stream (or the frame
 * index of the fused stream); the caller maps indices to session time with its clock model. Events
 * are rare, so building their detail strings is allowed here; per-sample paths never call this.
 */
@FunctionalInterface
public interface EventSink {

    void event(TherapyEventType type, long index, String channel, double value, String unit, String detail);
}
