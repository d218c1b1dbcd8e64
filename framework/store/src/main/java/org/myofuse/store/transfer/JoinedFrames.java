package org.myofuse.store.transfer;

import java.io.IOException;
import java.util.List;

import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.FrameSource;

/**
 * The frames of one device's streams from several files, one after the other. Each piece must deliver
 * exactly the frames its stream declared, so the joined stream's indices stay where the gaps put them.
 */
final class JoinedFrames implements FrameSource {

    /** One file's frames and how many it declared. */
    record Piece(FrameSource frames, long count) {
    }

    private final String deviceId;
    private final int channels;
    private final List<Piece> pieces;

    JoinedFrames(String deviceId, int channels, List<Piece> pieces) {
        this.deviceId = deviceId;
        this.channels = channels;
        this.pieces = List.copyOf(pieces);
    }

    @Override
    public FrameReader open() {
        return new FrameReader() {
            private int piece = -1;
            private FrameReader current;
            private long left;

            @Override
            public int read(float[] into, int offsetFrames, int maxFrames) throws IOException {
                while (current == null || left == 0) {
                    if (!nextPiece()) {
                        return -1;
                    }
                }
                int n = current.read(into, offsetFrames, (int) Math.min(maxFrames, left));
                if (n <= 0) {
                    throw new IOException("stream " + deviceId + ": part " + (piece + 1) + " ends " + left
                            + " frames before the frames it declared");
                }
                left -= n;
                return n;
            }

            private boolean nextPiece() throws IOException {
                if (current != null) {
                    float[] probe = new float[channels];
                    if (current.read(probe, 0, 1) > 0) {
                        throw new IOException("stream " + deviceId + ": part " + (piece + 1)
                                + " delivers more than the frames it declared");
                    }
                    current.close();
                    current = null;
                }
                if (++piece >= pieces.size()) {
                    return false;
                }
                current = pieces.get(piece).frames().open();
                left = pieces.get(piece).count();
                return true;
            }

            @Override
            public void close() throws IOException {
                if (current != null) {
                    current.close();
                }
            }
        };
    }
}
