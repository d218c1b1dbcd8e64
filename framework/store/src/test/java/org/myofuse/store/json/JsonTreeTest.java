package org.myofuse.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTreeTest {

    private static final String DOCUMENT = """
            {"force": {"strokeCount": 24, "note": "a \\"quoted\\" \\u00e9"}, "list": [1, 2e1, true], "emg": null}
            """;

    @Test
    void readsValuesByPathAndKeepsEscapedStrings() {
        Object tree = JsonTree.parse(DOCUMENT);
        assertEquals("a \"quoted\" \u00e9", ((Map<?, ?>) JsonTree.at(tree, "force")).get("note"));
        assertEquals(24, JsonTree.number(tree, "force.strokeCount"));
        assertEquals(List.of(1.0, 20.0, true), JsonTree.at(tree, "list"));
        assertEquals(3, JsonTree.size(tree, "list"));
        assertEquals(null, JsonTree.at(tree, "emg"));
        assertEquals(Double.NaN, JsonTree.number(tree, "force.missing"));
        assertEquals(-1, JsonTree.size(tree, "force"));
    }

    @Test
    void refusesTextAfterTheValueNamingWhere() {
        var e = assertThrows(IllegalArgumentException.class, () -> JsonTree.parse("{} x"));
        assertEquals("JSON: text after the JSON value at character 3", e.getMessage());
    }
}
