/**
 * What every simulator plays: the modelled treatment ({@link org.myofuse.lib.simulation.TherapyScenario}),
 * deterministic randomness tied to sample indices ({@link org.myofuse.lib.simulation.SplitMix64},
 * {@link org.myofuse.lib.simulation.SmoothNoise}), smooth shapes and one-line settings checks.
 *
 * <p>A library, not an API: each bundle that uses it embeds these packages privately (bnd
 * {@code -conditionalpackage: org.myofuse.lib.*}), so they are never exported or imported and two
 * bundles embedding them share no classes, only the model. Simulators configured alike therefore play
 * the same strokes whether they run inside the host ({@code sim-*} devices) or on the wire
 * ({@code myofuse simulate ...}).
 */
package org.myofuse.lib.simulation;
