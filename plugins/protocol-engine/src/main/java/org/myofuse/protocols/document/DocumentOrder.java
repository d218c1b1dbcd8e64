package org.myofuse.protocols.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.myofuse.api.protocol.Problem;

import tools.jackson.databind.JsonNode;

/**
 * Sorts problems into the order their places appear in the document. A path not in it (a missing field)
 * sorts at the end of its longest prefix that is, after that object's own fields.
 */
final class DocumentOrder {

    private DocumentOrder() {
    }

    static List<Problem> sort(JsonNode document, List<Problem> problems) {
        if (problems.size() < 2) {
            return problems;
        }
        Map<String, Integer> order = new HashMap<>();
        Map<String, Integer> end = new HashMap<>();
        number(document, DocPath.ROOT, order, end);
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> position(p.path(), order, end)));
        return sorted;
    }

    /** Numbers each node in document order; {@code end} is the number of the last node of its subtree. */
    private static void number(JsonNode node, DocPath path, Map<String, Integer> order, Map<String, Integer> end) {
        order.put(path.toString(), order.size());
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                number(e.getValue(), path.at(e.getKey()), order, end);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                number(node.get(i), path.at(i), order, end);
            }
        }
        end.put(path.toString(), order.size() - 1);
    }

    /** Position of the path, or just after the subtree of its longest known prefix. */
    private static int position(String path, Map<String, Integer> order, Map<String, Integer> end) {
        for (String p = path; ; p = parent(p)) {
            Integer at = order.get(p);
            if (at != null) {
                return p.equals(path) ? 2 * at : 2 * end.get(p) + 1;
            }
            if (p.isEmpty()) {
                return Integer.MAX_VALUE;
            }
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
