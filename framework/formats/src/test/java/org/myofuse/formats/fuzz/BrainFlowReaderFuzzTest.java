package org.myofuse.formats.fuzz;

import org.myofuse.formats.openbci.BrainFlowCsvReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the {@code brainflow} reader. In a normal build the inputs in
 * src/test/resources/org/myofuse/formats/fuzz/BrainFlowReaderFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl framework/formats test -Dtest=BrainFlowReaderFuzzTest} fuzzes (docs/formats/README.md).
 */
class BrainFlowReaderFuzzTest {

    private final BrainFlowCsvReader reader = new BrainFlowCsvReader();

    @FuzzTest(maxDuration = "60s")
    void readsAnyFileOrRefusesItInOneLine(byte[] input) throws Exception {
        ReaderFuzzing.readsOrRefusesInOneLine(reader, input, "csv");
    }
}
