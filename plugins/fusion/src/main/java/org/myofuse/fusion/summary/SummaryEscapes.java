package org.myofuse.fusion.summary;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

/**
 * The summary's string escapes (docs/summary.md): {@code \"}, {@code \\}, {@code \n}, {@code \r} and
 * {@code \t}, every other control character as <code>&#92;u00xx</code> (lower-case hex, which
 * {@code JsonWriteFeature.WRITE_HEX_UPPER_CASE} switched off gives), everything else as it is. Jackson's
 * standard table differs only in writing backspace and form feed as {@code \b} and {@code \f}.
 */
final class SummaryEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    SummaryEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii['\b'] = ESCAPE_STANDARD;
        ascii['\f'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
