/** The simulated 32 x 32 pressure mat, device type {@code sim-mat}. */
package org.myofuse.simulator.mat;
