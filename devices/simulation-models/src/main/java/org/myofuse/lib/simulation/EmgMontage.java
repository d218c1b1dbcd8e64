package org.myofuse.lib.simulation;

import java.util.List;

/**
 * The eight lumbopelvic muscles the simulated patient is recorded from, in the simulated amplifier's
 * channel order: where each electrode sits and how strongly the muscle contracts at its maximum.
 *
 * <p>Body coordinates as in {@link ScenarioSample}: mm to the patient's right of the spine, mm above the
 * L5 spinous process.
 */
public final class EmgMontage {

    /**
     * One muscle.
     *
     * @param name       channel name, e.g. {@code L_multifidus}
     * @param site       electrode site, for the channel descriptor
     * @param lateralMm  electrode position, mm right of the spine
     * @param levelMm    electrode position, mm above the L5 spinous process
     * @param mvcUv      surface EMG amplitude of a maximum voluntary contraction, uV RMS (typical adult
     *                   values for bipolar surface electrodes over these muscles)
     */
    public record Muscle(String name, String site, double lateralMm, double levelMm, double mvcUv) {
    }

    /** The muscles, in channel order. */
    public static final List<Muscle> MUSCLES = List.of(
            new Muscle("L_multifidus", "left lumbar multifidus (L5)", -25, 0, 150),
            new Muscle("R_multifidus", "right lumbar multifidus (L5)", 25, 0, 150),
            new Muscle("L_erector_spinae", "left erector spinae, longissimus (L1)", -40, 120, 210),
            new Muscle("R_erector_spinae", "right erector spinae, longissimus (L1)", 40, 120, 210),
            new Muscle("L_glute_max", "left gluteus maximus", -90, -170, 260),
            new Muscle("R_glute_max", "right gluteus maximus", 90, -170, 260),
            new Muscle("L_glute_med", "left gluteus medius", -150, -90, 190),
            new Muscle("R_glute_med", "right gluteus medius", 150, -90, 190));

    /** Number of muscles. */
    public static final int COUNT = MUSCLES.size();

    private EmgMontage() {
    }

    /** The position of the muscle called {@code name}, -1 if the montage has none of that name. */
    public static int indexOf(String name) {
        for (int i = 0; i < COUNT; i++) {
            if (MUSCLES.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
