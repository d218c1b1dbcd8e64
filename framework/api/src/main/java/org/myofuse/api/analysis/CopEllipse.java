package org.myofuse.api.analysis;

/**
 * The 95 % prediction ellipse of the centre of pressure over a whole session (Schubert and Kirchner
 * 2014): the region expected to contain 95 % of further positions. Coordinates in mm from the mat
 * centre, x medio-lateral (+ patient's right), y antero-posterior (+ anterior).
 *
 * @param centreXmm   mean x, mm
 * @param centreYmm   mean y, mm
 * @param semiMajorMm semi-axis along the direction of largest sway, mm
 * @param semiMinorMm the other semi-axis, mm
 * @param angleDeg    direction of the major axis, degrees counter-clockwise from +x, in (-90, 90]
 * @param areaMm2     area, {@code pi * semiMajor * semiMinor}, mm^2
 */
public record CopEllipse(double centreXmm, double centreYmm, double semiMajorMm, double semiMinorMm,
        double angleDeg, double areaMm2) {
}
