package org.myofuse.store.h2;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store's JSON mapper (Jackson 3) for the documents it keeps in its tables: stream descriptors
 * ({@link DescriptorJson}) and the devices of a session ({@link DevicesJson}). Immutable and thread-safe.
 *
 * <p>Keys are written in the order the document records declare them, as the store has always written
 * them; a number stored as text is refused rather than coerced, since it can only come from a damaged
 * document. Unknown keys are ignored, so a newer writer's additions still read.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private Json() {
    }

    /** Jackson's reason in one line, without the location and reference chain it appends. */
    static String reason(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
