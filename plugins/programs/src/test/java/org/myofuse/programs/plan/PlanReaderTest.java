package org.myofuse.programs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myofuse.api.program.PlanInfo;

/** Reading plan documents: the shipped plan, a valid test plan, and each kind of mistake refused with its document path. */
class PlanReaderTest {

    private static final PlanReader READER = new PlanReader();

    static String resource(String name) throws IOException {
        try (InputStream in = PlanReaderTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PlanReader.Outcome read(String file, String text) {
        return READER.read(file, text.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void theShippedLumbarPlanIsValidAndCoversTwelveWeeksOfTheLumbarSession() throws IOException {
        PlanReader.Outcome outcome = read("lumbar-12-week.yaml", resource("/programs/lumbar-12-week.yaml"));
        assertEquals(List.of(), outcome.problems());
        PlanInfo plan = outcome.plan();
        assertEquals("lumbar-12-week", plan.id());
        assertEquals(12, plan.weeks());
        assertEquals(2, plan.sessionsPerWeek());
        assertEquals(List.of(1, 5, 9), plan.phases().stream().map(PlanInfo.Phase::fromWeek).toList());
        assertTrue(plan.phases().stream().allMatch(p -> p.protocolId().equals("lumbar-session")));
        PlanInfo.Rule bridge = plan.rule("bridge-repetitions").orElseThrow();
        assertEquals("bridge", bridge.resultStep(), "the step defaults to the parameter's step");
        assertEquals(8, bridge.start());
        assertEquals("clinic default", bridge.sources().get("increment"));
        assertEquals("ekstrom2007", plan.rule("multifidus-left-target").orElseThrow().sources().get("limit"));
        assertEquals(List.of("multifidus-left-target", "multifidus-right-target"), plan.phase(3).progressions());
    }

    @Test
    void aValidPlanMapsEveryField() throws IOException {
        PlanInfo plan = read("valid.yaml", resource("/plans/valid.yaml")).plan();
        assertEquals("test", plan.source());
        assertEquals(new PlanInfo.Phase(3, 6, "Later", "proto-a", List.of("reps", "band")), plan.phase(4));
        assertEquals(plan.phases().get(1), plan.phase(40), "after the end, the last phase");
        PlanInfo.Rule band = plan.rule("band").orElseThrow();
        assertEquals("bio.target.min", band.parameter());
        assertEquals("%MVC", band.unit());
        assertEquals(0.8, band.threshold());
        assertEquals(1, band.sessions());
        assertEquals("bio", band.step());
    }

    @Test
    void theSameDocumentInJsonReadsTheSame() throws IOException {
        String yaml = resource("/plans/valid.yaml");
        Object tree = new tools.jackson.dataformat.yaml.YAMLMapper().readTree(yaml);
        PlanReader.Outcome json = read("valid.json", tree.toString());
        assertEquals(read("valid.yaml", yaml).plan(), json.plan());
    }

    /** A line of the valid plan replaced, and the problem expected: path and the start of the message. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "  - weeks: {from: 3, to: 6}|  - weeks: {from: 4, to: 6}|phases[1].weeks.from|must be 3, the week after phases[0]",
        "  - weeks: {from: 3, to: 6}|  - weeks: {from: 3, to: 5}|phases[1].weeks.to|must be 6",
        "  - weeks: {from: 3, to: 6}|  - weeks: {from: 3, to: 7}|phases[1].weeks.to|after the program's last week",
        "  - weeks: {from: 1, to: 2}|  - weeks: {from: 2, to: 2}|phases[0].weeks.from|must be 1",
        "    progressions: [reps, band]|    progressions: [reps, bands]|phases[1].progressions[1]|unknown progression 'bands'",
        "    progressions: [reps, band]|    progressions: [reps, reps]|phases[1].progressions[1]|'reps' is named twice",
        "    progressions: [reps, band]|    progressions: [reps]|progressions[1].id|'band' is in no phase",
        "    limit: {value: 12, source: clinic default}|    limit: {value: 6, source: clinic default}|progressions[0].limit.value|below start (8)",
        "    increment: {value: 2, source: clinic default}|    increment: {value: 0, source: clinic default}|progressions[0].increment.value|must not be 0",
        "    increment: {value: 2, source: clinic default}|    increment: {value: 1.5, source: clinic default}|progressions[0].increment.value|must be a whole number",
        "    start: {value: 20, source: paper}|    start: {value: 20, source: papers}|progressions[1].start.source|'papers' is neither",
        "sessionsPerWeek: {value: 2, source: paper}|sessionsPerWeek: {value: 15, source: paper}|sessionsPerWeek.value|",
        "    protocol: proto-a|    protocoll: proto-a|phases[0].protocoll|unknown field",
        "    unit: \"%MVC\"|    unit: \"kg\"|progressions[1].unit|",
        "      result: {min: 0.8, source: clinic default}|      result: {min: 80, source: clinic default}|progressions[1].when.result.min|",
        "formatVersion: 1|formatVersion: 2|formatVersion|",
        "  - id: reps|  - id: band|progressions[1].id|'band' is already the id of progressions[0]",
    })
    void eachMistakeIsRefusedNamingItsPath(String line, String replacement, String path, String message) throws IOException {
        String text = resource("/plans/valid.yaml");
        assertTrue(text.contains(line + "\n"), line);
        PlanReader.Outcome outcome = read("bad.yaml", text.replaceFirst(java.util.regex.Pattern.quote(line + "\n"),
                java.util.regex.Matcher.quoteReplacement(replacement + "\n")));
        assertNull(outcome.plan());
        assertTrue(outcome.problems().stream().anyMatch(p -> p.path().equals(path)
                && p.message().startsWith(message == null ? "" : message)), outcome.problems().toString());
        assertTrue(outcome.problems().stream().allMatch(p -> p.toString().startsWith("bad.yaml: ")
                && p.toString().indexOf('\n') < 0), outcome.problems().toString());
    }

    @Test
    void aMissingFieldIsNamedWhereItBelongs() throws IOException {
        String text = resource("/plans/valid.yaml").replace("    title: Repetitions\n", "");
        List<PlanProblem> problems = read("bad.yaml", text).problems();
        assertEquals(List.of(new PlanProblem("bad.yaml", "progressions[0].title", "missing (required)")), problems);
    }

    @Test
    void unreadableDocumentsAreOneLine() {
        assertEquals("bad.yaml: empty document", read("bad.yaml", "").problems().get(0).toString());
        PlanProblem duplicate = read("bad.yaml", "id: a\nid: b\n").problems().get(0);
        assertTrue(duplicate.message().startsWith("not valid YAML: Duplicate"), duplicate.toString());
        PlanProblem json = read("bad.json", "{\"id\": ").problems().get(0);
        assertTrue(json.message().startsWith("not valid JSON"), json.toString());
        assertTrue(read("big.yaml", "#".repeat(PlanReader.MAX_BYTES + 1)).problems().get(0).message().startsWith("larger than"));
    }
}
