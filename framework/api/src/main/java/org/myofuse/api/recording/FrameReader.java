package org.myofuse.api.recording;

import org.osgi.annotation.versioning.ConsumerType;

import java.io.Closeable;
import java.io.IOException;

/**
 * Pulls the delivered frames of one stream in sample-index order, skipping gaps. Frames are
 * frame-major like {@code SampleBlock}: the value of channel {@code c} in frame {@code f} lands at
 * {@code into[(offsetFrames + f) * channels + c]}.
 *
 * <p>Writers call {@link #read} with their own reusable buffer, so a reader backed by stored chunks
 * never has to hold more than one chunk. Not thread-safe.
 */
@ConsumerType
public interface FrameReader extends Closeable {

    /**
     * Reads up to {@code maxFrames} frames.
     *
     * @return the number of frames read, at least 1, or -1 when the stream has no more frames
     * @throws IOException when the frames cannot be read; the message names the stream and the reason
     */
    int read(float[] into, int offsetFrames, int maxFrames) throws IOException;

    @Override
    default void close() throws IOException {
        // nothing to release by default
    }
}
