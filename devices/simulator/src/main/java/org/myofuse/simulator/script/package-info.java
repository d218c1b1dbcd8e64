/**
 * The scripted therapist and patient of the simulated devices: the bundle's
 * {@link org.myofuse.simulator.script.ProtocolFollower} follows protocol runs and keeps the script that
 * the devices configured {@code scripted=true} play (the model is the embedded library's
 * {@code org.myofuse.lib.simulation.script}). Private to the bundle.
 */
package org.myofuse.simulator.script;
