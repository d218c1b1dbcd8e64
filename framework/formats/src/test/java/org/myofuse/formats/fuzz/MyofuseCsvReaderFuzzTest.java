package org.myofuse.formats.fuzz;

import org.myofuse.formats.csv.MyofuseCsvReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the {@code csv} reader. In a normal build the inputs in
 * src/test/resources/org/myofuse/formats/fuzz/MyofuseCsvReaderFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl framework/formats test -Dtest=MyofuseCsvReaderFuzzTest} fuzzes (docs/formats/README.md).
 */
class MyofuseCsvReaderFuzzTest {

    private final MyofuseCsvReader reader = new MyofuseCsvReader();

    @FuzzTest(maxDuration = "60s")
    void readsAnyFileOrRefusesItInOneLine(byte[] input) throws Exception {
        ReaderFuzzing.readsOrRefusesInOneLine(reader, input, "csv");
    }
}
