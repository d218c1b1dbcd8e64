package org.myofuse.store.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.store.StoreException;
import org.myofuse.formats.csv.CsvRecordingWriter;
import org.myofuse.formats.csv.MyofuseCsvReader;
import org.myofuse.formats.edf.BdfRecordingWriter;
import org.myofuse.formats.edf.EdfRecordingWriter;
import org.myofuse.formats.openbci.BrainFlowCsvReader;
import org.myofuse.formats.openbci.OpenBciGuiReader;

/** The whiteboard of formats as the store's component fills it, with the formats bundle's real services. */
class RecordingFormatsTest {

    @Test
    void anUnknownNameListsTheInstalledFormatsInRankingOrderWhateverOrderTheyCameIn() {
        var formats = new RecordingFormats();
        formats.addWriter(new BdfRecordingWriter(), 10);
        formats.addWriter(new CsvRecordingWriter(), 30);
        formats.addWriter(new EdfRecordingWriter(), 20);
        formats.addReader(new MyofuseCsvReader(), 10);
        formats.addReader(new OpenBciGuiReader(), 30);
        formats.addReader(new BrainFlowCsvReader(), 20);

        assertEquals("unknown export format 'xls' (expected csv, edf or bdf)",
                assertThrows(StoreException.class, () -> formats.writer("xls")).getMessage());
        assertEquals("unknown import format 'edf' (expected openbci, brainflow or csv)",
                assertThrows(StoreException.class, () -> formats.reader("edf")).getMessage());
    }

    @Test
    void theListFollowsFormatsAsTheyComeAndGo() throws Exception {
        var formats = new RecordingFormats();
        assertEquals("unknown export format 'edf' (no export format is installed)",
                assertThrows(StoreException.class, () -> formats.writer("edf")).getMessage());

        var edf = new EdfRecordingWriter();
        formats.addWriter(edf, 0);
        assertSame(edf, formats.writer("edf"));
        assertEquals("unknown export format 'bdf' (expected edf)",
                assertThrows(StoreException.class, () -> formats.writer("bdf")).getMessage());

        formats.addWriter(new BdfRecordingWriter(), 0);
        assertEquals("unknown export format 'csv' (expected edf or bdf)",
                assertThrows(StoreException.class, () -> formats.writer("csv")).getMessage());

        formats.removeWriter(edf);
        assertEquals("unknown export format 'edf' (expected bdf)",
                assertThrows(StoreException.class, () -> formats.writer("edf")).getMessage());
    }

    @Test
    void theHigherRankedOfTwoServicesOfOneFormatIsUsedAndTheOtherTakesOverWhenItGoes() throws Exception {
        var formats = new RecordingFormats();
        var usual = new CsvRecordingWriter();
        var preferred = new CsvRecordingWriter();
        formats.addWriter(usual, 5);
        formats.addWriter(preferred, 7);

        assertSame(preferred, formats.writer("csv"));
        assertSame(preferred, formats.writer("CSV"), "names in any case, as --format always took them");
        assertEquals("unknown export format 'x' (expected csv)",
                assertThrows(StoreException.class, () -> formats.writer("x")).getMessage(), "listed once");

        formats.removeWriter(preferred);
        assertSame(usual, formats.writer("csv"));
    }

    @Test
    void outsideOsgiTheListOrderIsTheRanking() throws Exception {
        var formats = RecordingFormats.of(List.of(new CsvRecordingWriter(), new EdfRecordingWriter()),
                List.of(new OpenBciGuiReader()));

        assertEquals("unknown export format 'bdf' (expected csv or edf)",
                assertThrows(StoreException.class, () -> formats.writer("bdf")).getMessage());
        assertEquals("openbci", formats.reader("openbci").format());
    }
}
