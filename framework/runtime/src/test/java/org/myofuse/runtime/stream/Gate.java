package org.myofuse.runtime.stream;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.myofuse.api.stream.SampleBlock;

/** Holds a consumer inside its first callback until the test opens the gate. */
public final class Gate implements Consumer<SampleBlock> {

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile boolean interrupted;

    @Override
    public void accept(SampleBlock block) {
        if (entered.getCount() == 0) {
            return;
        }
        entered.countDown();
        try {
            if (!opened.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        } catch (InterruptedException e) {
            interrupted = true;
            Thread.currentThread().interrupt();
        }
    }

    public void awaitEntered() throws InterruptedException {
        if (!entered.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the consumer never reached the gate");
        }
    }

    public void open() {
        opened.countDown();
    }

    public boolean wasInterrupted() {
        return interrupted;
    }
}
