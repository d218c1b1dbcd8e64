package org.myofuse.fusion.force;

/**
 * One completed IASTM stroke, from contact to lift-off (the contact threshold).
 *
 * @param number         0-based count within the session
 * @param startIndex     sample index of the first sample in contact
 * @param endIndex       sample index one past the last sample in contact
 * @param durationS      contact time, s
 * @param peakNormalN    highest normal force, N
 * @param meanNormalN    mean normal force over the contact, N
 * @param peakShearN     highest shear magnitude, N
 * @param meanShearN     mean shear magnitude over the contact, N
 * @param impulseNs      time integral of the normal force over the contact, N s
 */
public record StrokeRecord(int number, long startIndex, long endIndex, double durationS, double peakNormalN,
        double meanNormalN, double peakShearN, double meanShearN, double impulseNs) {
}
