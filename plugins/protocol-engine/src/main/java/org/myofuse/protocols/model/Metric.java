package org.myofuse.protocols.model;

import java.util.Objects;

/**
 * A live value a condition or criterion reads, named in documents as {@link #name()}.
 *
 * @param kind   what is measured
 * @param muscle the muscle's id for {@link Kind#EMG}, "" otherwise
 */
public record Metric(Kind kind, String muscle) {

    /** The metrics; the unit is fixed by the kind. */
    public enum Kind {
        /** {@code normalForce}: {@code FusedFrame.normalForceN}, N. */
        NORMAL_FORCE("normalForce", "N"),
        /** {@code shearForce}: {@code FusedFrame.shearForceN}, N. */
        SHEAR_FORCE("shearForce", "N"),
        /**
         * {@code strokeRate}: strokes per minute, 60 divided by the mean interval between the starts of
         * the step's last strokes (up to four starts, three intervals); NaN until two strokes have
         * started in the step.
         */
        STROKE_RATE("strokeRate", "/min"),
        /** {@code copX}: {@code FusedFrame.copXmm}, medio-lateral, positive to the patient's right, mm. */
        COP_X("copX", "mm"),
        /** {@code copY}: {@code FusedFrame.copYmm}, antero-posterior, positive anterior, mm. */
        COP_Y("copY", "mm"),
        /** {@code copSpeed}: centre-of-pressure path length over the last second, mm/s. */
        COP_SPEED("copSpeed", "mm/s"),
        /** {@code emg:<muscle>}: the muscle's EMG envelope in %MVC (NaN until its MVC is known). */
        EMG("emg", "%MVC");

        private final String documentName;
        private final String unit;

        Kind(String documentName, String unit) {
            this.documentName = documentName;
            this.unit = unit;
        }

        /** The name documents use ({@code emg} is followed by {@code :<muscle>}). */
        public String documentName() {
            return documentName;
        }

        /** The unit of the metric's values. */
        public String unit() {
            return unit;
        }
    }

    public Metric {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(muscle, "muscle");
    }

    /** The name documents use: {@code normalForce}, ..., {@code emg:multifidus-left}. */
    public String name() {
        return kind == Kind.EMG ? "emg:" + muscle : kind.documentName();
    }

    /** The unit of its values. */
    public String unit() {
        return kind.unit();
    }
}
