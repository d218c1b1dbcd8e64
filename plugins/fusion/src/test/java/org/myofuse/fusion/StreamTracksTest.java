package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.simulator.iastm.IastmSignal;

/**
 * The engine's table of open streams against a HashMap: a long day of streams opening and closing
 * with ever larger ids (as the bus assigns them, never reused) and some random ids, at most a full
 * table open at once.
 */
class StreamTracksTest {

    private static Track track(int id) {
        var info = new StreamInfo(id, "tool-" + id, new DeviceDescriptor("t", "v", "m", "s", "f", IastmSignal.CHANNELS, null), 8, 0);
        return new Tracks.Force(info, SimulatedSession.config(Map.of()), 10_000_000L, (type, index, channel, value, unit, detail) -> {
        });
    }

    @Test
    void shouldFindWhatIsOpenAndForgetWhatClosedOverManyThousandIds() {
        StreamTracks table = new StreamTracks(64);
        Map<Integer, Track> truth = new HashMap<>();
        List<Integer> open = new ArrayList<>();
        Random random = new Random(7);
        Track[] pool = new Track[64];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = track(i);
        }
        int nextId = 0;
        for (int step = 0; step < 200_000; step++) {
            boolean add = open.isEmpty() || open.size() < 64 && random.nextInt(100) < 52;
            if (add) {
                // mostly the bus's increasing ids, sometimes one far away (hash collisions, negative ids)
                int id = random.nextInt(20) == 0 ? random.nextInt() : nextId++;
                if (truth.containsKey(id)) {
                    continue;
                }
                Track t = pool[random.nextInt(pool.length)];
                assertTrue(table.put(id, t));
                truth.put(id, t);
                open.add(id);
            } else {
                int id = open.remove(random.nextInt(open.size()));
                assertSame(truth.remove(id), table.remove(id));
                assertNull(table.remove(id), "removed twice");
            }
            assertEquals(truth.size(), table.size());
            if (step % 97 == 0) {
                for (Map.Entry<Integer, Track> e : truth.entrySet()) {
                    assertSame(e.getValue(), table.get(e.getKey()), "stream " + e.getKey() + " at step " + step);
                }
                assertNull(table.get(nextId + 1), "an id never opened");
            }
        }
        assertTrue(nextId > 50_000, "ids reached " + nextId);
    }

    @Test
    void shouldRefuseMoreThanItsCapacityAndTakeAgainOnceOneLeaves() {
        StreamTracks table = new StreamTracks(4);
        Track t = track(0);
        for (int id = 1000; id < 1004; id++) {
            assertTrue(table.put(id, t));
        }
        assertFalse(table.put(2000, t), "a fifth stream");
        assertTrue(table.put(1002, t), "replacing one held");
        assertSame(t, table.remove(1001));
        assertTrue(table.put(2000, t));
        assertSame(t, table.get(2000));
        assertNull(table.get(1001));
    }
}
