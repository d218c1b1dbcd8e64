/** The simulated 8-channel surface EMG amplifier, device type {@code sim-emg}. */
package org.myofuse.simulator.emg;
