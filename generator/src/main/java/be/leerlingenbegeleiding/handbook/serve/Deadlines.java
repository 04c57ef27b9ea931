package be.leerlingenbegeleiding.handbook.serve;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Time limits for threads that wait on a browser. A client that sends half a request, or stops
 * reading an answer, would hold a thread for as long as it likes; past its deadline the thread
 * is interrupted, which closes the connection it is blocked on (socket channels are
 * interruptible) and frees the thread.
 *
 * <p>The JDK's server has properties for this ({@code sun.net.httpserver.maxReqTime}), but they
 * are read once per JVM, before the first server starts, and would also end event streams.
 */
final class Deadlines implements AutoCloseable {
    /** From a request's first byte to its last header; a browser sends them at once. */
    static final long READ_MILLIS = 5_000;
    /** For one answer to be taken by the browser; pages and PDFs go out in far less on this machine's network. */
    static final long WRITE_MILLIS = 30_000;
    private static final long TICK_MILLIS = 250;

    private final Map<Thread, Long> due = new HashMap<>();
    private final ScheduledExecutorService clock;

    Deadlines() {
        clock = Executors.newSingleThreadScheduledExecutor(Deadlines.daemon("handboek-klok"));
        clock.scheduleWithFixedDelay(this::expire, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The current thread waits on a client from now on, for at most {@code millis}. */
    synchronized void start(long millis) {
        due.put(Thread.currentThread(), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** The current thread no longer waits on a client; an interrupt meant for the wait is dropped. */
    void clear() {
        synchronized (this) {
            due.remove(Thread.currentThread());
        }
        // Interrupts are sent under the lock only, so none can arrive after this for the wait that ended.
        Thread.interrupted();
    }

    private synchronized void expire() {
        long now = System.nanoTime();
        due.entrySet().removeIf(e -> {
            if (now - e.getValue() < 0) return false;
            e.getKey().interrupt();
            return true;
        });
    }

    /**
     * Runs each request of the HTTP server on {@code pool}, reading it under {@link #READ_MILLIS}:
     * the JDK's server reads the request line and headers on the thread it is given.
     */
    Executor reading(ExecutorService pool) {
        return exchange -> pool.execute(() -> {
            start(READ_MILLIS);
            try {
                exchange.run();
            } finally {
                clear();
            }
        });
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
