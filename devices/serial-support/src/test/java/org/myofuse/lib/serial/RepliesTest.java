package org.myofuse.lib.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RepliesTest {

    @Test
    void aReplyOfferedByAnotherThreadEndsTheWaitAndOthersStayForTheirOwnWait() throws Exception {
        var replies = new Replies();
        var reader = Executors.newSingleThreadScheduledExecutor();
        try {
            reader.schedule(() -> {
                replies.offer(2, new byte[] {9});
                replies.offer(1, new byte[] {7, 0});
            }, 50, TimeUnit.MILLISECONDS);
            assertArrayEquals(new byte[] {7, 0}, replies.await(1, p -> p[0] == 7, 5000, "/dev/x", "start"));
            assertArrayEquals(new byte[] {9}, replies.await(2, p -> true, 0, "/dev/x", "identify"));
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void noMatchingReplyWithinTheTimeoutIsNull() throws Exception {
        var replies = new Replies();
        replies.offer(1, new byte[] {6});
        long t0 = System.nanoTime();
        assertNull(replies.await(1, p -> p[0] == 7, 100, "/dev/x", "start"));
        assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(100));
    }

    @Test
    void clearForgetsRepliesAndOnlyTheNewestEightAreKept() throws Exception {
        var replies = new Replies();
        replies.offer(1, new byte[] {1});
        replies.clear();
        assertNull(replies.await(1, p -> true, 0, "/dev/x", "identify"));
        for (int i = 0; i < 9; i++) {
            replies.offer(1, new byte[] {(byte) i});
        }
        assertNull(replies.await(1, p -> p[0] == 0, 0, "/dev/x", "identify"), "the oldest was dropped");
        assertArrayEquals(new byte[] {1}, replies.await(1, p -> true, 0, "/dev/x", "identify"));
    }
}
