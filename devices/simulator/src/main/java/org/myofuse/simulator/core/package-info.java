/**
 * What the in-host simulated devices share: the {@link org.myofuse.simulator.core.FrameSignal}
 * generator contract, what an ADC does to a value ({@link org.myofuse.simulator.core.ChannelRange}),
 * filters, pacing and the streaming glue ({@link org.myofuse.simulator.core.SimulatedConnection}).
 * The treatment and patient models they play come from the embedded library
 * {@code org.myofuse.lib.simulation}. Private to the bundle.
 */
package org.myofuse.simulator.core;
