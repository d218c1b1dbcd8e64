package org.myofuse.protocols.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.myofuse.api.protocol.Problem;
import org.myofuse.protocols.Fixtures;
import org.myofuse.protocols.document.ProtocolCompiler;

/**
 * The invalid protocols of the test suite, through {@code ProtocolRegistry.validate} as {@code myofuse
 * protocol validate} calls it: each gives its expected error first, naming the document path; every
 * problem is one line naming the file.
 */
class ValidationSuiteTest {

    private static final Registry REGISTRY = new Registry(new ProtocolCompiler(), null, new AcceptedCopies(null), new Reports(0));

    static Stream<Fixtures.Expectation> suite() {
        return Fixtures.invalid().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suite")
    void eachInvalidFileGivesItsErrorWithThePathInTheDocument(Fixtures.Expectation expected) {
        List<Problem> problems = REGISTRY.validate(List.of(expected.file()));
        List<Problem> errors = problems.stream().filter(p -> p.level() == Problem.Level.ERROR).toList();
        assertFalse(errors.isEmpty(), "an error for " + expected.file());
        Problem first = errors.get(0);
        assertEquals(expected.path(), first.path(), first.toString());
        assertTrue(first.message().contains(expected.fragment()), first.toString());
        for (Problem p : problems) {
            assertEquals(expected.file().toString(), p.file());
            assertFalse(p.toString().contains("\n"), "one line: " + p);
        }
    }

    @Test
    void theValidProtocolHasNoProblemAtAll() {
        assertEquals(List.of(), REGISTRY.validate(List.of(Fixtures.valid())));
    }

    @Test
    void filesValidatedTogetherEachKeepTheirOwnErrors() {
        List<Path> files = Fixtures.invalid().stream().map(Fixtures.Expectation::file).toList();
        List<Problem> problems = REGISTRY.validate(files);
        for (Fixtures.Expectation e : Fixtures.invalid()) {
            assertTrue(problems.stream().anyMatch(p -> p.file().equals(e.file().toString()) && p.path().equals(e.path())),
                    e.file() + " " + e.path() + " in " + problems);
        }
    }

    @Test
    void aMissingFileIsOneProblemNamingIt() {
        Path missing = Path.of("no-such-dir", "missing.yaml");
        assertEquals(List.of(new Problem(Problem.Level.ERROR, missing.toString(), "", "no such file")),
                REGISTRY.validate(List.of(missing)));
    }
}
