/**
 * What the serial wire simulators share: {@link org.myofuse.lib.serial.sim.Streamer} (the paced
 * streaming thread between a device's start and stop commands) and
 * {@link org.myofuse.lib.serial.sim.SimulatedPort} (a simulated device on a fresh pseudo-terminal pair,
 * as {@code myofuse simulate} runs it).
 *
 * <p>A library, not an API: each driver bundle embeds it privately (bnd
 * {@code -conditionalpackage: org.myofuse.lib.*}); it is never exported or imported.
 */
package org.myofuse.lib.serial.sim;
