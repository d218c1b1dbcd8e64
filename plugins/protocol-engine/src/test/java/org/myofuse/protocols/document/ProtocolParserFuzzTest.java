package org.myofuse.protocols.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.myofuse.api.protocol.Problem;
import org.myofuse.protocols.Fixtures;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the protocol reader: any bytes, read as YAML and as JSON, as a protocol and
 * as an override of a valid protocol, give a protocol (with a model the engine can run) or problems, each
 * one line naming the file; nothing escapes. In a normal build the inputs in
 * src/test/resources/org/myofuse/protocols/document/ProtocolParserFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl plugins/protocol-engine test -Dtest=ProtocolParserFuzzTest} fuzzes.
 */
class ProtocolParserFuzzTest {

    private static final ProtocolCompiler COMPILER = new ProtocolCompiler();
    private static final Parsed VALID = COMPILER.parse("valid.yaml", Fixtures.bytes(Fixtures.valid()));

    @FuzzTest(maxDuration = "60s")
    void readsAnyDocumentOrRefusesItInOneLine(byte[] input) {
        for (String file : List.of("fuzz.yaml", "fuzz.json")) {
            Parsed parsed = COMPILER.parse(file, input);
            oneLineNaming(file, parsed.problems());
            Compiled asProtocol = COMPILER.compile(parsed, List.of(), id -> Includes.Lookup.none("no protocol '" + id + "'"));
            oneLineNaming(file, asProtocol.errors());
            if (asProtocol.ok()) {
                assertFalse(asProtocol.model().orElseThrow().steps().isEmpty());
            } else {
                assertFalse(asProtocol.errors().isEmpty(), "refused with a reason");
            }
            Compiled overridden = COMPILER.compile(VALID, List.of(parsed), id -> Includes.Lookup.none("none"));
            assertTrue(overridden.ok(), "a bad override never breaks the protocol it names");
            oneLineNaming(file, overridden.overridesRefused());
            assertTrue(overridden.overridesApplied().isEmpty() || overridden.overridesRefused().isEmpty());
        }
    }

    private static void oneLineNaming(String file, List<Problem> problems) {
        for (Problem p : problems) {
            assertTrue(p.file().equals(file), "names the file: " + p);
            assertFalse(p.toString().contains("\n") || p.toString().contains("\r"), "one line: " + p);
        }
    }
}
