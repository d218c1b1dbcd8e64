package org.myofuse.api.recording;

import org.osgi.annotation.versioning.ConsumerType;

import java.io.IOException;

/** Opens a fresh {@link FrameReader} over a stream's frames; may be called more than once. */
@ConsumerType
@FunctionalInterface
public interface FrameSource {

    FrameReader open() throws IOException;
}
