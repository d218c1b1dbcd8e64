package org.myofuse.formats.fuzz;

import org.myofuse.formats.edf.BdfRecordingReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the {@code bdf} reader. In a normal build the inputs in
 * src/test/resources/org/myofuse/formats/fuzz/BdfReaderFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl framework/formats test -Dtest=BdfReaderFuzzTest} fuzzes (docs/formats/README.md).
 */
class BdfReaderFuzzTest {

    private final BdfRecordingReader reader = new BdfRecordingReader();

    @FuzzTest(maxDuration = "60s")
    void readsAnyFileOrRefusesItInOneLine(byte[] input) throws Exception {
        ReaderFuzzing.readsOrRefusesInOneLine(reader, input, "bdf");
    }
}
