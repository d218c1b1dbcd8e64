package org.myofuse.formats.fuzz;

import org.myofuse.formats.openbci.OpenBciGuiReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the {@code openbci} reader. In a normal build the inputs in
 * src/test/resources/org/myofuse/formats/fuzz/OpenBciGuiReaderFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl framework/formats test -Dtest=OpenBciGuiReaderFuzzTest} fuzzes (docs/formats/README.md).
 */
class OpenBciGuiReaderFuzzTest {

    private final OpenBciGuiReader reader = new OpenBciGuiReader();

    @FuzzTest(maxDuration = "60s")
    void readsAnyFileOrRefusesItInOneLine(byte[] input) throws Exception {
        ReaderFuzzing.readsOrRefusesInOneLine(reader, input, "txt");
    }
}
