package org.myofuse.protocols.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myofuse.protocols.model.Band;
import org.myofuse.protocols.model.Condition;
import org.myofuse.protocols.model.Count;
import org.myofuse.protocols.model.Criterion;
import org.myofuse.protocols.model.CueStyle;
import org.myofuse.protocols.model.Equipment;
import org.myofuse.protocols.model.EventKind;
import org.myofuse.protocols.model.Muscle;
import org.myofuse.protocols.model.Parameter;
import org.myofuse.protocols.model.Protocol;
import org.myofuse.protocols.model.Quantity;
import org.myofuse.protocols.model.Reference;
import org.myofuse.protocols.model.Step;
import org.myofuse.protocols.model.StepInfo;

import tools.jackson.databind.JsonNode;

/**
 * Maps an effective document (schema-valid, rules passed, includes expanded) onto the model. It relies on
 * both checks: a document that has not passed them may make it throw.
 */
final class ModelMapper {

    private final Map<String, CueStyle> defaultCues;

    ModelMapper(CueDefaults defaults) {
        this.defaultCues = defaults.styles();
    }

    /**
     * @param tree    the effective document
     * @param origins for each step, the protocol it was written in ({@code <id> <version>})
     */
    Protocol map(JsonNode tree, List<String> origins) {
        Map<String, CueStyle> protocolCues = CueDefaults.apply(defaultCues, tree.get("cues"));
        List<Step> steps = new ArrayList<>();
        JsonNode list = tree.get("steps");
        for (int i = 0; i < list.size(); i++) {
            steps.add(step(list.get(i), protocolCues, origins.get(i)));
        }
        return new Protocol(text(tree, "id"), text(tree, "version"), text(tree, "title"), text(tree, "language"),
                tree.path("description").stringValue(""), equipment(tree.path("equipment")), muscles(tree.path("muscles")),
                references(tree.path("references")), steps, parameters(tree));
    }

    private static Equipment equipment(JsonNode e) {
        Optional<Equipment.ForceTool> tool = e.has("forceTool")
                ? Optional.of(new Equipment.ForceTool(quantity(e.get("forceTool").get("normalRange")),
                        optionalQuantity(e.get("forceTool"), "shearRange")))
                : Optional.empty();
        return new Equipment(tool, e.has("mat") ? Optional.of(quantity(e.get("mat").get("minRate"))) : Optional.empty(),
                e.has("emg") ? Optional.of(quantity(e.get("emg").get("minRate"))) : Optional.empty());
    }

    private static Map<String, Muscle> muscles(JsonNode muscles) {
        Map<String, Muscle> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : muscles.properties()) {
            JsonNode m = e.getValue();
            String name = m.has("name") ? m.get("name").stringValue() : Vocabulary.displayName(e.getKey()).orElse(e.getKey());
            JsonNode site = m.path("site");
            result.put(e.getKey(), new Muscle(e.getKey(), name, m.get("channel").stringValue(), site.path("text").stringValue(""),
                    site.path("source").stringValue("")));
        }
        return result;
    }

    private static Map<String, Reference> references(JsonNode references) {
        Map<String, Reference> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : references.properties()) {
            JsonNode r = e.getValue();
            result.put(e.getKey(), new Reference(e.getKey(), r.get("citation").stringValue(), r.path("doi").stringValue(""),
                    r.path("url").stringValue("")));
        }
        return result;
    }

    private static Step step(JsonNode s, Map<String, CueStyle> protocolCues, String origin) {
        StepInfo info = new StepInfo(text(s, "id"), text(s, "title"), text(s, "instruction"), conditions(s.get("entry")),
                conditions(s.get("exit")), CueDefaults.apply(protocolCues, s.get("cues")), origin);
        String type = text(s, "type");
        return switch (type) {
            case "calibration" -> calibration(s, info);
            case "assessment" -> assessment(s, info);
            case "release" -> release(s, info);
            case "biofeedback" -> new Step.Biofeedback(info, text(s, "muscle"), band(s.get("target")), ceilings(s.get("ceilings")),
                    quantity(s.get("hold")), count(s.get("repetitions")), quantity(s.get("rest")));
            case "drill" -> new Step.Drill(info, text(s, "movement"), s.path("surface").stringValue("firm"),
                    s.path("side").stringValue("both"), count(s.get("repetitions")), quantity(s.get("hold")),
                    quantity(s.get("rest")), criteria(s.get("criteria")));
            default -> throw new IllegalArgumentException("step type " + type);
        };
    }

    private static Step calibration(JsonNode s, StepInfo info) {
        String kind = text(s, "kind");
        return switch (kind) {
            case "resting-baseline" -> new Step.RestingBaseline(info, quantity(s.get("duration")), strings(s.get("emg")),
                    s.path("stance").booleanValue(false));
            case "mvc" -> {
                List<Step.MvcCalibration.MvcMuscle> muscles = new ArrayList<>();
                for (JsonNode m : s.get("muscles").values()) {
                    muscles.add(new Step.MvcCalibration.MvcMuscle(text(m, "muscle"), text(m, "instruction")));
                }
                yield new Step.MvcCalibration(info, muscles, count(s.get("repetitions")), quantity(s.get("contraction")),
                        quantity(s.get("rest")));
            }
            case "tool-tare" -> new Step.ToolTare(info, quantity(s.get("hold")), quantity(s.get("maxLoad")));
            default -> throw new IllegalArgumentException("calibration kind " + kind);
        };
    }

    private static Step assessment(JsonNode s, StepInfo info) {
        String kind = text(s, "kind");
        return switch (kind) {
            case "pain-nrs" -> new Step.PainScore(info, text(s, "moment"));
            case "functional-movement" -> new Step.FunctionalMovement(info, text(s, "movement"), text(s, "left"),
                    text(s, "right"), quantity(s.get("activation")), count(s.get("repetitions")), quantity(s.get("hold")),
                    quantity(s.get("asymmetryLimit")));
            case "quiet-stance" -> new Step.QuietStance(info, quantity(s.get("duration")), text(s, "eyes"), text(s, "surface"));
            default -> throw new IllegalArgumentException("assessment kind " + kind);
        };
    }

    private static Step release(JsonNode s, StepInfo info) {
        JsonNode g = s.get("guarding");
        return new Step.Release(info, text(s, "region"), band(s.get("targetNormalForce")),
                s.has("targetShearForce") ? Optional.of(band(s.get("targetShearForce"))) : Optional.empty(),
                s.has("strokes") ? Optional.of(count(s.get("strokes"))) : Optional.empty(), optionalQuantity(s, "duration"),
                band(s.get("strokeRate")), quantity(s.get("overpressureLimit")),
                new Step.Release.Guarding(strings(g.get("muscles")), count(g.get("suggestEndAfter"))));
    }

    private static List<Step.Biofeedback.Ceiling> ceilings(JsonNode list) {
        List<Step.Biofeedback.Ceiling> result = new ArrayList<>();
        if (list != null) {
            for (JsonNode c : list.values()) {
                result.add(new Step.Biofeedback.Ceiling(text(c, "muscle"), quantity(c.get("max"))));
            }
        }
        return result;
    }

    private static List<Criterion> criteria(JsonNode list) {
        List<Criterion> result = new ArrayList<>();
        for (JsonNode c : list.values()) {
            result.add(new Criterion(Vocabulary.metric(text(c, "metric")).orElseThrow(), band(c),
                    "reach".equals(text(c, "mode")) ? Criterion.Mode.REACH : Criterion.Mode.THROUGHOUT));
        }
        return result;
    }

    private static List<Condition> conditions(JsonNode list) {
        List<Condition> result = new ArrayList<>();
        if (list == null) {
            return result;
        }
        for (JsonNode c : list.values()) {
            String kind = c.propertyNames().iterator().next();
            JsonNode body = c.get(kind);
            result.add(switch (kind) {
                case "after" -> new Condition.After(quantity(body));
                case "repetitions" -> new Condition.Repetitions(count(body));
                case "metric" -> new Condition.MetricHeld(Vocabulary.metric(text(body, "name")).orElseThrow(), band(body),
                        quantity(body.get("for")));
                case "event" -> new Condition.Events(EventKind.of(text(body, "name")),
                        body.has("muscle") ? Optional.of(text(body, "muscle")) : Optional.empty(), count(body.get("count")));
                case "confirmation" -> new Condition.Confirmation(body.path("prompt").stringValue(""));
                default -> throw new IllegalArgumentException("condition " + kind);
            });
        }
        return result;
    }

    private static Band band(JsonNode b) {
        return new Band(b.has("min") ? b.get("min").doubleValue() : Double.NaN,
                b.has("max") ? b.get("max").doubleValue() : Double.NaN, text(b, "unit"), text(b, "source"));
    }

    private static Quantity quantity(JsonNode q) {
        return new Quantity(q.get("value").doubleValue(), text(q, "unit"), text(q, "source"));
    }

    private static Optional<Quantity> optionalQuantity(JsonNode parent, String name) {
        return parent.has(name) ? Optional.of(quantity(parent.get(name))) : Optional.empty();
    }

    private static Count count(JsonNode c) {
        return new Count(c.get("value").intValue(), text(c, "source"));
    }

    private static List<String> strings(JsonNode list) {
        List<String> result = new ArrayList<>();
        if (list != null) {
            list.values().forEach(v -> result.add(v.stringValue()));
        }
        return result;
    }

    private static String text(JsonNode node, String name) {
        return node.get(name).stringValue();
    }

    /** Every object with a {@code source}: its path, value, unit and source, in document order. */
    static List<Parameter> parameters(JsonNode tree) {
        List<Parameter> result = new ArrayList<>();
        collect(tree, DocPath.ROOT, result);
        return result;
    }

    private static void collect(JsonNode node, DocPath path, List<Parameter> out) {
        if (node.isObject() && node.has("source") && node.get("source").isString()) {
            out.add(new Parameter(path.toString(), value(node), node.path("unit").stringValue(""),
                    node.get("source").stringValue()));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), path.at(e.getKey()), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path.at(i), out);
            }
        }
    }

    private static String value(JsonNode p) {
        if (p.has("value")) {
            return number(p.get("value"));
        }
        if (p.has("text")) {
            return p.get("text").stringValue();
        }
        return (p.has("min") ? number(p.get("min")) : "") + ".." + (p.has("max") ? number(p.get("max")) : "");
    }

    static String number(JsonNode n) {
        if (n.isIntegralNumber()) {
            return n.numberValue().toString();
        }
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
