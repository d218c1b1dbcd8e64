package org.myofuse.protocols.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myofuse.protocols.model.Metric;

/**
 * The names documents may use for muscles and metrics (docs/protocols-format.md#muscles,
 * #metrics). A muscle id is {@code <muscle>-<side>}, e.g. {@code multifidus-left}.
 */
public final class Vocabulary {

    /** Muscle (without side) and what the console calls it. */
    private static final Map<String, String> MUSCLES = muscles();

    private Vocabulary() {
    }

    private static Map<String, String> muscles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("multifidus", "lumbar multifidus");
        m.put("erector-spinae", "erector spinae (longissimus)");
        m.put("iliocostalis", "iliocostalis lumborum");
        m.put("quadratus-lumborum", "quadratus lumborum");
        m.put("latissimus-dorsi", "latissimus dorsi");
        m.put("gluteus-maximus", "gluteus maximus");
        m.put("gluteus-medius", "gluteus medius");
        m.put("tensor-fasciae-latae", "tensor fasciae latae");
        m.put("rectus-abdominis", "rectus abdominis");
        m.put("external-oblique", "external oblique");
        m.put("internal-oblique", "internal oblique");
        m.put("rectus-femoris", "rectus femoris");
        m.put("vastus-medialis", "vastus medialis");
        m.put("vastus-lateralis", "vastus lateralis");
        m.put("biceps-femoris", "biceps femoris");
        m.put("semitendinosus", "semitendinosus");
        m.put("adductor-longus", "adductor longus");
        m.put("tibialis-anterior", "tibialis anterior");
        m.put("gastrocnemius-medialis", "gastrocnemius medialis");
        m.put("gastrocnemius-lateralis", "gastrocnemius lateralis");
        m.put("soleus", "soleus");
        m.put("peroneus-longus", "peroneus longus");
        return Map.copyOf(m);
    }

    /** The muscles (without side), for messages. */
    public static List<String> muscleNames() {
        return MUSCLES.keySet().stream().sorted().toList();
    }

    /** True for a known {@code <muscle>-<side>}. */
    public static boolean isMuscle(String id) {
        return displayName(id).isPresent();
    }

    /** "left lumbar multifidus" for {@code multifidus-left}; empty for an unknown id. */
    public static Optional<String> displayName(String id) {
        for (String side : List.of("left", "right")) {
            String suffix = "-" + side;
            if (id.endsWith(suffix)) {
                String name = MUSCLES.get(id.substring(0, id.length() - suffix.length()));
                return Optional.ofNullable(name).map(n -> side + " " + n);
            }
        }
        return Optional.empty();
    }

    /** The metric a document names, or empty for an unknown name (the muscle of {@code emg:} is not checked here). */
    public static Optional<Metric> metric(String name) {
        if (name.startsWith("emg:")) {
            return Optional.of(new Metric(Metric.Kind.EMG, name.substring(4)));
        }
        for (Metric.Kind kind : Metric.Kind.values()) {
            if (kind != Metric.Kind.EMG && kind.documentName().equals(name)) {
                return Optional.of(new Metric(kind, ""));
            }
        }
        return Optional.empty();
    }

    /** The metric names, for messages. */
    public static String metricNames() {
        StringBuilder b = new StringBuilder();
        for (Metric.Kind kind : Metric.Kind.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(kind == Metric.Kind.EMG ? "emg:<muscle>" : kind.documentName());
        }
        return b.toString();
    }
}
