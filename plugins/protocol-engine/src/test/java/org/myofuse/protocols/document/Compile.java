package org.myofuse.protocols.document;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.myofuse.protocols.Fixtures;

/** Compiles test documents, including each other by id. */
final class Compile {

    static final ProtocolCompiler COMPILER = new ProtocolCompiler();

    private final Map<String, Compiled> done = new HashMap<>();

    static String validText() {
        return Fixtures.text(Fixtures.valid());
    }

    static Parsed parse(String file, String text) {
        return COMPILER.parse(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Compiles and remembers it for later includes. */
    Compiled protocol(String file, String text, String... overrides) {
        List<Parsed> parsedOverrides = new java.util.ArrayList<>();
        for (int i = 0; i < overrides.length; i++) {
            parsedOverrides.add(parse("override-" + i + ".yaml", overrides[i]));
        }
        Parsed p = parse(file, text);
        Compiled c = COMPILER.compile(p, parsedOverrides, id -> done.containsKey(id)
                ? Includes.Lookup.of(new Includes.Included(id, done.get(id).tree().get("version").stringValue(),
                        done.get(id).tree(), done.get(id).origins()))
                : Includes.Lookup.none("no protocol '" + id + "' is installed"));
        if (c.ok()) {
            done.put(p.id(), c);
        }
        return c;
    }
}
