package org.myofuse.store.h2;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.store.testing.Simulated;

/**
 * The process {@link KillDuringRecordingTest} kills: records the three simulated devices in real time
 * into the store in {@code args[0]}, journals one entry per 10 ms round (detail "round N"), and prints,
 * after every round, the next sample index of each stream and the entries journaled so far
 * ("published EMG FORCE MAT ENTRIES"). Runs until killed.
 */
public final class RecordingChild {

    private RecordingChild() {
    }

    public static void main(String[] args) throws Exception {
        var clock = new MonotonicSessionClock();
        var bus = new RingStreamBus(clock);
        var store = H2SessionStore.open(new Database(Database.fileUrl(Path.of(args[0])), "", ""), bus, clock,
                () -> "[]");
        var session = store.beginSession("", "kill-test", "1");
        var devices = List.of(Simulated.emg("sim_emg-1", 5), Simulated.force("sim_iastm-1"), Simulated.mat("sim_mat-1"));
        var publishers = devices.stream()
                .map(d -> (SamplePublisher) bus.openStream(d.deviceId(), d.descriptor(), d.blockFrames())).toList();
        System.out.println("session " + session.id());
        long[] next = new long[3];
        long entries = 0;
        long round = 10_000_000; // every device publishes 10 ms of samples per round
        long due = System.nanoTime();
        while (true) {
            for (int i = 0; i < 3; i++) {
                next[i] = devices.get(i).publish(publishers.get(i), next[i], clock);
            }
            if (store.append(session.id(), new JournalEntry(clock.nanos(), "STEP", "", entries, "", "round " + entries,
                    JournalEntry.PROTOCOL))) {
                entries++;
            }
            System.out.println("published " + next[0] + " " + next[1] + " " + next[2] + " " + entries);
            due += round;
            LockSupport.parkNanos(due - System.nanoTime());
        }
    }
}
