/**
 * The fusion: one {@link org.myofuse.fusion.FusionEngine} turns device streams into fused frames and
 * therapy events, live ({@link org.myofuse.fusion.LiveFusion}, run by the
 * {@code osgi.FusionComponent}) and over a recording ({@link org.myofuse.fusion.FusionSessionAnalysis},
 * the {@code SessionAnalyzer}). Private to the bundle; the contracts are {@code org.myofuse.api.fusion}
 * and {@code org.myofuse.api.analysis}.
 *
 * <h2>Live fusion and sessions</h2>
 * The live fusion runs one engine at a time on a bus subscription of its own: a fresh one when a
 * recording session begins, ended when it ends, and one between sessions (and all the time on a host
 * without a store). While a session records, every event is written to its
 * {@code org.myofuse.api.store.SessionJournal} as it goes out to the listeners, as a
 * {@code JournalEntry} with origin {@code live}, {@code sessionNanos} the time it happened, type the
 * {@code TherapyEventType} name, and source, value, unit and detail as the event has them. An event costs
 * about 2.4 kB (its records and formatted detail), of which the entry is 48 bytes; frames and blocks
 * allocate nothing.
 *
 * <h2>Live events and the analysis of the same session</h2>
 * The engine's output is a function of the blocks of each stream, not of how the streams interleaved or
 * when the fusion learnt a stream had opened: fed the blocks the live run got, a session analysis finds
 * exactly the journaled events (times, types, sources, values, units, details), also when every stream
 * is opened first as the store's replay does ({@code LiveAndAnalysisAgreeTest}). Where the live journal
 * and an analysis of the stored session can still differ, systematically:
 * <ul>
 * <li><b>The beginning.</b> The store subscribes its recorder before it tells the session listeners, so
 * a recording of devices already streaming begins a few blocks before the session's live run does. The
 * live clock models and EMG onset baselines start that much later: for those devices, onsets in the
 * first {@code onsetBaselineS} and event times in the first {@code clockFitSeconds} may differ (times by
 * at most the arrival jitter of the first blocks). Devices connected after the session began are not
 * affected.</li>
 * <li><b>The end.</b> Events still pending when the session ends (an event goes out with the first frame
 * after it was found; guarding and withdrawal wait for their stroke to be confirmed) are delivered to
 * the listeners but not journaled, because the session no longer records; the analysis, which ends every
 * stream where its stored data ends, has them. This concerns the last tens of milliseconds (at most a
 * stroke's minimum duration) of devices that were still streaming when the session ended.</li>
 * <li><b>Stored arrival times.</b> The store keeps the first and last arrival of each stored chunk and
 * replays blocks of about 10 ms with arrivals spaced evenly between the two, so the clock models, which
 * fit the least delayed arrivals, can place samples differently by up to the arrival jitter (a few ms).
 * Event times move by as much; values found on samples (stroke peaks, onset envelopes) do not, values
 * found on frames (guarding rise, withdrawal shift) can change slightly with the tick grid.</li>
 * <li><b>Falling behind.</b> When the live run's dispatch thread falls behind by more than the stall
 * timeout (250 ms: a pause of the host), the bus hands it one stream's backlog before the next, and the
 * engine can take a stream for silent that a replay in arrival order does not: its values are missing
 * (NaN) in those frames and events found on them can differ. Blocks dropped for the fusion (its ring of
 * 1024 blocks per stream full, about 10 s) are recorded but were never seen live.</li>
 * <li><b>Every device disconnected mid-session.</b> Live, the next device begins a new timeline and a
 * fresh tissue-response analysis, so the stroke numbers in guarding and withdrawal details start again at
 * 1; the analysis keeps one timeline (missing frames over the idle time) and counts on.</li>
 * <li><b>Calibration with amplifiers changing.</b> {@code mvcUv} is given per frame EMG channel. Live,
 * an amplifier plugged in after another left takes the freed channels and their calibration; the
 * analysis keeps every amplifier's channels for the whole session and gives the newcomer the next ones.
 * This matters only with {@code mvcUv} configured and more amplifiers over a session than at once.</li>
 * </ul>
 */
package org.myofuse.fusion;
