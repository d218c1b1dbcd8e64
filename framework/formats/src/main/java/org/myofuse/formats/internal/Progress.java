package org.myofuse.formats.internal;

import org.myofuse.api.recording.ProgressListener;

/** Counts frames written across the files of one export and tells the listener. */
public final class Progress {

    private final ProgressListener listener;
    private final long total;
    private long done;

    public Progress(ProgressListener listener, long total) {
        this.listener = listener;
        this.total = total;
    }

    public void add(long frames) {
        done += frames;
        listener.progress(done, total);
    }
}
