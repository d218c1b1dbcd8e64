package org.myofuse.runtime.device;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs one device's tasks one at a time, in order, on a shared pool. A driver hanging in connect()
 * holds up only its own device.
 */
final class SerialExecutor implements Executor {

    private static final System.Logger LOG = System.getLogger(SerialExecutor.class.getName());

    private final Executor pool;
    private final String threadName;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    SerialExecutor(Executor pool, String threadName) {
        this.pool = pool;
        this.threadName = threadName;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            pool.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (tasks) {
                tasks.clear();
                draining = false;
            }
            throw e;
        }
    }

    /** Runs {@code task} after everything queued before it; the future completes when it has run. */
    CompletableFuture<Void> submit(Runnable task) {
        var done = new CompletableFuture<Void>();
        try {
            execute(() -> {
                try {
                    task.run();
                } finally {
                    done.complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            done.complete(null);
        }
        return done;
    }

    private void drain() {
        Thread thread = Thread.currentThread();
        String poolName = thread.getName();
        thread.setName(threadName);
        try {
            while (true) {
                Runnable task;
                synchronized (tasks) {
                    task = tasks.poll();
                    if (task == null) {
                        draining = false;
                        return;
                    }
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, threadName + ": task failed", e);
                }
            }
        } finally {
            thread.setName(poolName);
        }
    }
}
