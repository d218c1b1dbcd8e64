/**
 * What the simulators share: the treatment model ({@link org.myofuse.simulator.core.TherapyScenario}),
 * deterministic randomness ({@link org.myofuse.simulator.core.SplitMix64}), filters, the
 * {@link org.myofuse.simulator.core.FrameSignal} generator contract and the streaming glue
 * ({@link org.myofuse.simulator.core.SimulatedConnection}). Private to the bundle.
 */
package org.myofuse.simulator.core;
