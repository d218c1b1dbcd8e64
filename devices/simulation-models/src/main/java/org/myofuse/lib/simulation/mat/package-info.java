/**
 * The patient on a pressure mat: contact areas of a standing or supine body, postural sway, weight
 * shifts and withdrawal from the modelled strokes, as pressure per cell of a mat of any geometry
 * ({@link org.myofuse.lib.simulation.mat.MatPressureModel}). Played by the in-host {@code sim-mat}
 * device and by the pressure-mat wire simulator. Embedded privately, like its parent package.
 */
package org.myofuse.lib.simulation.mat;
