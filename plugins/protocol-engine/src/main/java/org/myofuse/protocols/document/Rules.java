package org.myofuse.protocols.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.myofuse.api.protocol.Problem;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Metric;

import tools.jackson.databind.JsonNode;

/**
 * The checks the schema cannot express, on a schema-valid effective document: impossible targets
 * (a minimum above its maximum, a force beyond the tool's range, an overpressure limit inside the
 * target band), unknown muscles, metrics, units, sources and cue codes, steps that can never begin or
 * end, duplicate step ids; and the warnings (a passive release without neuromuscular or movement work,
 * %MVC without an MVC step, cue texts left in English). One instance per check; not thread-safe.
 */
final class Rules {

    static final String CLINIC_DEFAULT = "clinic default";
    static final String CLINIC_OVERRIDE = "clinic override";
    /** A patient's program set the value for one run ({@code program <plan> <version>, ...}); the engine writes it. */
    static final String PROGRAM = "program ";

    private final String file;
    private final JsonNode tree;
    private final List<DocPath> stepPaths;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> declaredMuscles = new HashSet<>();
    private final Set<String> calibrated = new HashSet<>();
    private double normalRange = Double.NaN;
    private double shearRange = Double.NaN;

    /**
     * @param stepPaths for each step of the (expanded) document, where it is written in the file: its own
     *                  {@code steps[i]}, or the include entry it came from
     */
    private Rules(String file, JsonNode tree, List<DocPath> stepPaths) {
        this.file = file;
        this.tree = tree;
        this.stepPaths = stepPaths;
    }

    static List<Problem> check(String file, JsonNode tree, List<DocPath> stepPaths) {
        Rules rules = new Rules(file, tree, stepPaths);
        rules.run();
        return DocumentOrder.sort(tree, rules.problems);
    }

    private void run() {
        muscles();
        sources();
        cueCodes(tree.path("cues"), DocPath.ROOT.at("cues"));
        equipment();
        JsonNode steps = tree.get("steps");
        Map<String, DocPath> ids = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode s = steps.get(i);
            DocPath at = stepPaths.get(i);
            DocPath previous = ids.putIfAbsent(s.get("id").stringValue(), at);
            if (previous != null) {
                error(at.at("id"), "duplicate step id '" + s.get("id").stringValue() + "' (also " + previous + ")");
            }
            step(s, at);
        }
        passiveRelease(steps);
        englishCues(steps);
    }

    // ---- document-wide -------------------------------------------------------------------------

    private void muscles() {
        for (Map.Entry<String, JsonNode> e : tree.path("muscles").properties()) {
            if (Vocabulary.isMuscle(e.getKey())) {
                declaredMuscles.add(e.getKey());
            } else {
                error(DocPath.ROOT.at("muscles").at(e.getKey()), "unknown muscle '" + e.getKey()
                        + "' (a muscle of docs/protocols-format.md#muscles followed by -left or -right, e.g. multifidus-left)");
            }
        }
    }

    /** Every {@code source} names a reference, the clinic default, or a clinic override. */
    private void sources() {
        Set<String> references = new HashSet<>(tree.path("references").propertyNames());
        walkSources(tree, DocPath.ROOT, references);
    }

    private void walkSources(JsonNode node, DocPath path, Set<String> references) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                DocPath at = path.at(e.getKey());
                if (e.getKey().equals("references") && path.equals(DocPath.ROOT)) {
                    continue;
                }
                if (e.getKey().equals("source") && e.getValue().isString()) {
                    String source = e.getValue().stringValue();
                    if (!references.contains(source) && !source.equals(CLINIC_DEFAULT) && !source.startsWith(CLINIC_OVERRIDE)
                            && !source.startsWith(PROGRAM)) {
                        error(at, "unknown source '" + source + "': name a key of references, or write 'clinic default'");
                    }
                } else {
                    walkSources(e.getValue(), at, references);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkSources(node.get(i), path.at(i), references);
            }
        }
    }

    private void cueCodes(JsonNode cues, DocPath at) {
        for (String code : cues.propertyNames()) {
            if (!CueCodes.ALL.contains(code)) {
                error(at.at(code), "unknown cue code '" + code + "' (docs/protocols-format.md#cues lists them)");
            }
        }
    }

    private void equipment() {
        JsonNode tool = tree.path("equipment").path("forceTool");
        if (!tool.isMissingNode()) {
            normalRange = tool.get("normalRange").get("value").doubleValue();
            shearRange = tool.has("shearRange") ? tool.get("shearRange").get("value").doubleValue() : normalRange;
            return;
        }
        JsonNode steps = tree.get("steps");
        for (int i = 0; i < steps.size(); i++) {
            if (usesForce(steps.get(i))) {
                error(DocPath.ROOT.at("equipment").at("forceTool"), "missing: " + stepPaths.get(i)
                        + " uses the force tool, so the protocol must give the tool's range (forceTool.normalRange)");
                return;
            }
        }
    }

    private static boolean usesForce(JsonNode step) {
        String type = step.get("type").stringValue();
        return type.equals("release") || "tool-tare".equals(step.path("kind").stringValue(""))
                || step.toString().contains("\"normalForce\"") || step.toString().contains("\"shearForce\"");
    }

    // ---- steps ---------------------------------------------------------------------------------

    private void step(JsonNode s, DocPath at) {
        cueCodes(s.path("cues"), at.at("cues"));
        conditions(s.path("entry"), at.at("entry"), true, s);
        conditions(s.path("exit"), at.at("exit"), false, s);
        String kind = s.get("type").stringValue().equals("calibration") || s.get("type").stringValue().equals("assessment")
                ? s.get("kind").stringValue() : s.get("type").stringValue();
        switch (kind) {
            case "resting-baseline" -> eachMuscle(s.path("emg"), at.at("emg"));
            case "mvc" -> mvc(s, at);
            case "tool-tare" -> force(s.get("maxLoad").get("value").doubleValue(), normalRange, at.at("maxLoad").at("value"),
                    "normal");
            case "functional-movement" -> functionalMovement(s, at);
            case "release" -> release(s, at);
            case "biofeedback" -> biofeedback(s, at);
            case "drill" -> drill(s, at);
            default -> {
                // pain-nrs and quiet-stance: everything they hold, the schema checks
            }
        }
    }

    private void mvc(JsonNode s, DocPath at) {
        Set<String> seen = new HashSet<>();
        JsonNode muscles = s.get("muscles");
        for (int i = 0; i < muscles.size(); i++) {
            DocPath m = at.at("muscles").at(i).at("muscle");
            String muscle = muscles.get(i).get("muscle").stringValue();
            if (declared(muscle, m) && !seen.add(muscle)) {
                error(m, "'" + muscle + "' is calibrated twice in this step");
            }
            calibrated.add(muscle);
        }
    }

    private void functionalMovement(JsonNode s, DocPath at) {
        String left = s.get("left").stringValue();
        String right = s.get("right").stringValue();
        boolean ok = declared(left, at.at("left")) & declared(right, at.at("right"));
        if (ok && !left.endsWith("-left")) {
            error(at.at("left"), "'" + left + "' is not a left-side muscle");
        }
        if (ok && !right.endsWith("-right")) {
            error(at.at("right"), "'" + right + "' is not a right-side muscle");
        }
        needsMvc(left, at.at("left"));
        needsMvc(right, at.at("right"));
    }

    private void release(JsonNode s, DocPath at) {
        DocPath normal = at.at("targetNormalForce");
        band(s.get("targetNormalForce"), normal);
        force(s.get("targetNormalForce").get("max").doubleValue(), normalRange, normal.at("max"), "normal");
        if (s.has("targetShearForce")) {
            DocPath shear = at.at("targetShearForce");
            band(s.get("targetShearForce"), shear);
            force(s.get("targetShearForce").get("max").doubleValue(), shearRange, shear.at("max"), "shear");
        }
        band(s.get("strokeRate"), at.at("strokeRate"));
        double limit = s.get("overpressureLimit").get("value").doubleValue();
        DocPath limitAt = at.at("overpressureLimit").at("value");
        double targetMax = s.get("targetNormalForce").get("max").doubleValue();
        if (limit <= targetMax) {
            error(limitAt, number(limit) + " N is not above the target's max (" + number(targetMax)
                    + " N): the hard limit must lie above the target band");
        }
        force(limit, normalRange, limitAt, "normal");
        eachMuscle(s.get("guarding").path("muscles"), at.at("guarding").at("muscles"));
        if (!s.has("strokes") && !s.has("duration") && !endsByCondition(s)) {
            error(at, "the step can never end: give strokes, duration or an exit condition");
        }
    }

    private void biofeedback(JsonNode s, DocPath at) {
        String muscle = s.get("muscle").stringValue();
        declared(muscle, at.at("muscle"));
        needsMvc(muscle, at.at("muscle"));
        band(s.get("target"), at.at("target"));
        JsonNode ceilings = s.path("ceilings");
        for (int i = 0; i < ceilings.size(); i++) {
            DocPath m = at.at("ceilings").at(i).at("muscle");
            String other = ceilings.get(i).get("muscle").stringValue();
            if (declared(other, m) && other.equals(muscle)) {
                error(m, "'" + other + "' is the muscle trained: it cannot also have a ceiling");
            }
            needsMvc(other, m);
        }
    }

    private void drill(JsonNode s, DocPath at) {
        JsonNode criteria = s.get("criteria");
        for (int i = 0; i < criteria.size(); i++) {
            JsonNode c = criteria.get(i);
            DocPath p = at.at("criteria").at(i);
            metric(c.get("metric").stringValue(), c, p, p.at("metric"));
        }
    }

    private void conditions(JsonNode list, DocPath at, boolean entry, JsonNode step) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String kind = c.propertyNames().iterator().next();
            DocPath p = at.at(i).at(kind);
            JsonNode body = c.get(kind);
            switch (kind) {
                case "repetitions" -> repetitions(body, p, entry, step);
                case "metric" -> metric(body.get("name").stringValue(), body, p, p.at("name"));
                case "event" -> {
                    if (body.has("muscle")) {
                        declared(body.get("muscle").stringValue(), p.at("muscle"));
                    }
                }
                default -> {
                    // after and confirmation always hold in time
                }
            }
        }
    }

    private void repetitions(JsonNode body, DocPath at, boolean entry, JsonNode step) {
        if (entry) {
            error(at, "can never hold: repetitions count only once the step has begun");
            return;
        }
        String kind = step.path("kind").stringValue(step.get("type").stringValue());
        if (Set.of("resting-baseline", "tool-tare", "pain-nrs", "quiet-stance").contains(kind)) {
            error(at, "can never hold: a " + kind + " step counts no repetitions");
        }
    }

    /** A metric condition or criterion: known name, declared muscle, right unit, possible band. */
    private void metric(String name, JsonNode body, DocPath at, DocPath nameAt) {
        Optional<Metric> metric = Vocabulary.metric(name);
        if (metric.isEmpty()) {
            error(nameAt, "unknown metric '" + name + "' (known: " + Vocabulary.metricNames() + ")");
            return;
        }
        Metric m = metric.get();
        if (m.kind() == Metric.Kind.EMG) {
            if (!declared(m.muscle(), nameAt)) {
                return;
            }
            needsMvc(m.muscle(), nameAt);
        }
        String unit = body.get("unit").stringValue();
        if (!unit.equals(m.unit())) {
            error(at.at("unit"), name + " is in " + m.unit() + ", not " + unit);
            return;
        }
        if (!band(body, at)) {
            return;
        }
        boolean nonNegative = m.kind() != Metric.Kind.COP_X && m.kind() != Metric.Kind.COP_Y;
        if (nonNegative && body.has("max") && body.get("max").doubleValue() < 0) {
            error(at.at("max"), "can never hold: " + name + " is never below 0");
        }
        if (body.has("min")) {
            double min = body.get("min").doubleValue();
            if (m.kind() == Metric.Kind.NORMAL_FORCE) {
                force(min, normalRange, at.at("min"), "normal");
            } else if (m.kind() == Metric.Kind.SHEAR_FORCE) {
                force(min, shearRange, at.at("min"), "shear");
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** min <= max, for a band with both edges; false (and an error) otherwise. */
    private boolean band(JsonNode b, DocPath at) {
        if (b.has("min") && b.has("max") && b.get("min").doubleValue() > b.get("max").doubleValue()) {
            String unit = b.path("unit").stringValue("");
            error(at.at("min"), "min " + number(b.get("min").doubleValue()) + " " + unit + " is above max "
                    + number(b.get("max").doubleValue()) + " " + unit);
            return false;
        }
        return true;
    }

    private void force(double value, double range, DocPath at, String axis) {
        if (!Double.isNaN(range) && value > range) {
            error(at, number(value) + " N is beyond the force tool's " + axis + " range (" + number(range)
                    + " N, equipment.forceTool." + (axis.equals("normal") ? "normalRange" : "shearRange") + ")");
        }
    }

    private boolean declared(String muscle, DocPath at) {
        if (declaredMuscles.contains(muscle)) {
            return true;
        }
        if (Vocabulary.isMuscle(muscle)) {
            error(at, "muscle '" + muscle + "' is not declared under muscles (with its EMG channel)");
        } else {
            error(at, "unknown muscle '" + muscle + "' (docs/protocols-format.md#muscles)");
        }
        return false;
    }

    private void eachMuscle(JsonNode list, DocPath at) {
        for (int i = 0; i < list.size(); i++) {
            declared(list.get(i).stringValue(), at.at(i));
        }
    }

    private void needsMvc(String muscle, DocPath at) {
        if (declaredMuscles.contains(muscle) && !calibrated.contains(muscle)) {
            warn(at, "no MVC step before this one calibrates '" + muscle
                    + "': its %MVC comes from the fusion's configuration, or stays unknown");
            calibrated.add(muscle); // one warning per muscle
        }
    }

    private static boolean endsByCondition(JsonNode step) {
        return step.has("exit");
    }

    /** A release with no neuromuscular (biofeedback) or movement (drill) step gives short-lived relief. */
    private void passiveRelease(JsonNode steps) {
        boolean release = false;
        boolean engagement = false;
        for (JsonNode s : steps.values()) {
            String type = s.get("type").stringValue();
            release |= type.equals("release");
            engagement |= type.equals("biofeedback") || type.equals("drill");
        }
        if (release && !engagement) {
            warn(DocPath.ROOT.at("steps"), "passive release without a neuromuscular (biofeedback) or movement (drill) step:"
                    + " release without neuromuscular engagement gives short-lived relief and can leave long-term"
                    + " instability (docs/protocols-format.md#safety)");
        }
    }

    /** A protocol in another language than English whose cue texts would be the English defaults. */
    private void englishCues(JsonNode steps) {
        String language = tree.get("language").stringValue();
        if (language.equals("en") || language.startsWith("en-")) {
            return;
        }
        Set<String> worded = new HashSet<>();
        tree.path("cues").properties().forEach(e -> {
            if (e.getValue().has("text")) {
                worded.add(e.getKey());
            }
        });
        int english = 0;
        for (String code : CueCodes.ALL) {
            if (!worded.contains(code)) {
                english++;
            }
        }
        if (english > 0) {
            warn(DocPath.ROOT.at("language"), "the protocol is in '" + language + "' but " + english
                    + " cue codes have no text of its own under cues: the console shows their English defaults");
        }
    }

    private void error(DocPath at, String message) {
        problems.add(new Problem(Problem.Level.ERROR, file, at.toString(), message));
    }

    private void warn(DocPath at, String message) {
        problems.add(new Problem(Problem.Level.WARNING, file, at.toString(), message));
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
