package org.myofuse.lib.simulation.mat;

import java.util.Objects;

import org.myofuse.lib.simulation.Check;
import org.myofuse.lib.simulation.ScenarioSettings;

/**
 * The patient on the mat, validated: each value in its range or a one-line
 * {@link IllegalArgumentException} naming it.
 *
 * @param scenario             the treatment the patient responds to
 * @param seed                 seed of the cell noise, sway and weight shifts
 * @param posture              standing or supine
 * @param bodyMassKg           body mass, 20 to 250 kg; the mat carries all of it
 * @param swayMm               largest excursion of the centre of pressure from postural sway, 0 to 30 mm
 * @param weightShiftIntervalS time between weight shifts, 5 to 600 s
 * @param weightShiftMm        distance of each weight-shifted centre of pressure from the neutral one, 0 to 100 mm
 * @param withdrawalThresholdN stroke normal force above which a supine patient shifts away from the tool, 0 to 50 N
 * @param withdrawalMm         sideways shift of a full withdrawal (reached 2 N above the threshold), 0 to 100 mm
 * @param noiseKpa             Gaussian noise on loaded cells, 0 to 5 kPa RMS
 */
public record PatientSettings(ScenarioSettings scenario, long seed, BodyPosture posture, double bodyMassKg,
        double swayMm, double weightShiftIntervalS, double weightShiftMm, double withdrawalThresholdN,
        double withdrawalMm, double noiseKpa) {

    public PatientSettings {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(posture, "posture");
        Check.range("bodyMassKg", bodyMassKg, "kg", 20, 250);
        Check.range("swayMm", swayMm, "mm", 0, 30);
        Check.range("weightShiftIntervalS", weightShiftIntervalS, "s", 5, 600);
        Check.range("weightShiftMm", weightShiftMm, "mm", 0, 100);
        Check.range("withdrawalThresholdN", withdrawalThresholdN, "N", 0, 50);
        Check.range("withdrawalMm", withdrawalMm, "mm", 0, 100);
        Check.range("noiseKpa", noiseKpa, "kPa", 0, 5);
    }

    /**
     * A 70 kg patient in {@code posture} under the {@link ScenarioSettings#typical() typical}
     * treatment: 4 mm sway, a 15 mm weight shift every 30 s, a 20 mm withdrawal from strokes above
     * 8 N, 0.2 kPa cell noise (the defaults of the {@code sim-mat} device's configuration).
     */
    public static PatientSettings typical(BodyPosture posture, long seed) {
        return new PatientSettings(ScenarioSettings.typical(), seed, posture, 70, 4, 30, 15, 8, 20, 0.2);
    }
}
