package org.myofuse.formats;

import java.io.IOException;

/** Opens a fresh {@link FrameReader} over a stream's frames; may be called more than once. */
@FunctionalInterface
public interface FrameSource {

    FrameReader open() throws IOException;
}
