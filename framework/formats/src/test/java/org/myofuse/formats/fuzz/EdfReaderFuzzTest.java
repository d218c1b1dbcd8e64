package org.myofuse.formats.fuzz;

import org.myofuse.formats.edf.EdfRecordingReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the {@code edf} reader. In a normal build the inputs in
 * src/test/resources/org/myofuse/formats/fuzz/EdfReaderFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl framework/formats test -Dtest=EdfReaderFuzzTest} fuzzes (docs/formats/README.md).
 */
class EdfReaderFuzzTest {

    private final EdfRecordingReader reader = new EdfRecordingReader();

    @FuzzTest(maxDuration = "60s")
    void readsAnyFileOrRefusesItInOneLine(byte[] input) throws Exception {
        ReaderFuzzing.readsOrRefusesInOneLine(reader, input, "edf");
    }
}
