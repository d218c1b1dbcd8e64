package org.myofuse.api.console;

/**
 * How a console drew while it was open, measured on its UI thread. Times in milliseconds; NaN where
 * nothing was measured.
 *
 * @param frames            frames drawn (one per repaint tick with every visible view)
 * @param frameP50Ms        median time to draw a frame
 * @param frameP99Ms        99th percentile of the time to draw a frame
 * @param longestStallMs    the longest time the UI thread did not get to a repaint tick, beyond the
 *                          tick's own period
 * @param stallsOver50Ms    how many times the UI thread was held up for more than 50 ms
 * @param onsetMarkers      EMG onsets whose marker was drawn
 * @param onsetToMarkerP50Ms median time from an EMG onset in the signal (its session time) to its
 *                          marker drawn on screen
 * @param onsetToMarkerP99Ms 99th percentile of the same
 */
public record ConsoleTiming(long frames, double frameP50Ms, double frameP99Ms, double longestStallMs,
        long stallsOver50Ms, long onsetMarkers, double onsetToMarkerP50Ms, double onsetToMarkerP99Ms) {
}
