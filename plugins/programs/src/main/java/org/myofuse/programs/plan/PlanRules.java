package org.myofuse.programs.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The checks of a plan that a JSON Schema cannot make (docs/programs-format.md, "Validation"): phases
 * cover the weeks once and in order, rules are named once and used, a progression can reach its limit,
 * counts stay whole, every source names a reference or says "clinic default". Runs on documents the
 * schema accepted. Stateless and thread-safe.
 */
final class PlanRules {

    static final String CLINIC_DEFAULT = "clinic default";

    private PlanRules() {
    }

    static List<PlanProblem> check(String file, JsonNode plan) {
        List<PlanProblem> problems = new ArrayList<>();
        Map<String, Integer> rules = ruleIds(file, plan, problems);
        phases(file, plan, rules.keySet(), problems);
        Set<String> used = new HashSet<>();
        plan.path("phases").forEach(p -> p.path("progressions").forEach(r -> used.add(r.asString())));
        JsonNode progressions = plan.path("progressions");
        for (int i = 0; i < progressions.size(); i++) {
            progression(file, DocPath.ROOT.at("progressions").at(i), progressions.get(i), used, problems);
        }
        sources(file, plan, problems);
        return problems;
    }

    private static Map<String, Integer> ruleIds(String file, JsonNode plan, List<PlanProblem> problems) {
        Map<String, Integer> ids = new HashMap<>();
        JsonNode progressions = plan.path("progressions");
        for (int i = 0; i < progressions.size(); i++) {
            String id = progressions.get(i).path("id").asString();
            Integer earlier = ids.putIfAbsent(id, i);
            if (earlier != null) {
                problems.add(new PlanProblem(file, "progressions[" + i + "].id",
                        "'" + id + "' is already the id of progressions[" + earlier + "]"));
            }
        }
        return ids;
    }

    private static void phases(String file, JsonNode plan, Set<String> rules, List<PlanProblem> problems) {
        int weeks = plan.path("weeks").path("value").asInt();
        JsonNode phases = plan.path("phases");
        int expected = 1;
        for (int i = 0; i < phases.size(); i++) {
            DocPath at = DocPath.ROOT.at("phases").at(i);
            JsonNode range = phases.get(i).path("weeks");
            int from = range.path("from").asInt();
            int to = range.path("to").asInt();
            if (from != expected) {
                problems.add(new PlanProblem(file, at.at("weeks").at("from").toString(), expected == 1
                        ? "must be 1: the first phase starts the program"
                        : "must be " + expected + ", the week after phases[" + (i - 1) + "] (phases cover the weeks once, in order)"));
            }
            if (to < from) {
                problems.add(new PlanProblem(file, at.at("weeks").at("to").toString(), "before weeks.from (" + from + ")"));
            } else if (to > weeks) {
                problems.add(new PlanProblem(file, at.at("weeks").at("to").toString(), "after the program's last week (weeks: " + weeks + ")"));
            }
            expected = Math.max(expected, to + 1);
            Set<String> named = new HashSet<>();
            JsonNode listed = phases.get(i).path("progressions");
            for (int j = 0; j < listed.size(); j++) {
                String id = listed.get(j).asString();
                String where = at.at("progressions").at(j).toString();
                if (!rules.contains(id)) {
                    problems.add(new PlanProblem(file, where, "unknown progression '" + id + "' (not in progressions)"));
                } else if (!named.add(id)) {
                    problems.add(new PlanProblem(file, where, "'" + id + "' is named twice in this phase"));
                }
            }
        }
        if (expected <= weeks && !phases.isEmpty()) {
            problems.add(new PlanProblem(file, "phases[" + (phases.size() - 1) + "].weeks.to",
                    "must be " + weeks + ": the phases end before the program's last week"));
        }
    }

    private static void progression(String file, DocPath at, JsonNode rule, Set<String> used, List<PlanProblem> problems) {
        String id = rule.path("id").asString();
        if (!used.contains(id)) {
            problems.add(new PlanProblem(file, at.at("id").toString(), "'" + id + "' is in no phase's progressions, so it never applies"));
        }
        double start = rule.path("start").path("value").asDouble();
        double increment = rule.path("increment").path("value").asDouble();
        double limit = rule.path("limit").path("value").asDouble();
        if (increment == 0) {
            problems.add(new PlanProblem(file, at.at("increment").at("value").toString(), "must not be 0"));
        } else if (increment > 0 && limit < start) {
            problems.add(new PlanProblem(file, at.at("limit").at("value").toString(),
                    "below start (" + trim(start) + ") though the increment raises the value"));
        } else if (increment < 0 && limit > start) {
            problems.add(new PlanProblem(file, at.at("limit").at("value").toString(),
                    "above start (" + trim(start) + ") though the increment lowers the value"));
        }
        if (rule.path("unit").asString().isEmpty()) {
            for (String field : List.of("start", "increment", "limit")) {
                double v = rule.path(field).path("value").asDouble();
                if (v != Math.rint(v)) {
                    problems.add(new PlanProblem(file, at.at(field).at("value").toString(),
                            "must be a whole number: the parameter is a count (unit \"\")"));
                }
            }
            if (start < 1 || limit < 1) {
                problems.add(new PlanProblem(file, at.at(start < 1 ? "start" : "limit").at("value").toString(),
                        "a count is at least 1"));
            }
        }
    }

    /** Every {@code source} field anywhere names a reference or says "clinic default". */
    private static void sources(String file, JsonNode plan, List<PlanProblem> problems) {
        Set<String> references = new HashSet<>(plan.path("references").propertyNames());
        walk(file, DocPath.ROOT, plan, references, problems);
    }

    private static void walk(String file, DocPath at, JsonNode node, Set<String> references, List<PlanProblem> problems) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                DocPath here = at.at(e.getKey());
                if (e.getKey().equals("source") && e.getValue().isString() && !at.toString().startsWith("references")) {
                    String source = e.getValue().asString();
                    if (!source.equals(CLINIC_DEFAULT) && !references.contains(source)) {
                        problems.add(new PlanProblem(file, here.toString(), "'" + source
                                + "' is neither a key of references nor 'clinic default'"));
                    }
                } else {
                    walk(file, here, e.getValue(), references, problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(file, at.at(i), node.get(i), references, problems);
            }
        }
    }

    static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
