package be.leerlingenbegeleiding.handbook.serve;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A PDF made on the first request and kept until the next build replaces it, on a thread of its
 * own and within a time limit. A PDF that fails or takes too long is not tried again for this
 * build: every request gets the same error at once, until a file changes.
 */
final class PdfJob {
    /** Why a PDF could not be made; {@code slow} when it ran out of time. */
    static final class Failed extends Exception {
        final boolean slow;

        Failed(String why, boolean slow) {
            super(why, null, false, false);
            this.slow = slow;
        }
    }

    private final Supplier<byte[]> job;
    private final Supplier<Duration> limit;
    private final Consumer<Failed> failed;
    private FutureTask<byte[]> task;
    private long deadline;
    private Duration allowed;
    private Failed failure;

    /** {@code failed} hears of a failure once, when it happens. */
    PdfJob(Supplier<byte[]> job, Supplier<Duration> limit, Consumer<Failed> failed) {
        this.job = job;
        this.limit = limit;
        this.failed = failed;
    }

    /** The PDF; waits for the one being made, but never longer than its limit from its start. */
    byte[] get() throws Failed, InterruptedException {
        FutureTask<byte[]> t;
        long until;
        Duration within;
        synchronized (this) {
            if (failure != null) throw failure;
            if (task == null) {
                task = new FutureTask<>(job::get);
                allowed = limit.get();
                deadline = System.nanoTime() + allowed.toNanos();
                Deadlines.daemon("handboek-pdf").newThread(task).start();
            }
            t = task;
            until = deadline;
            within = allowed;
        }
        try {
            return t.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw fail(cause.getMessage() != null ? cause.toString() : cause.getClass().getName(), false);
        } catch (TimeoutException e) {
            // Interrupting is all Java allows; a layout that ignores it runs on, but only once.
            t.cancel(true);
            throw fail(Long.toString(Math.max(1, within.toSeconds())), true);
        }
    }

    private synchronized Failed fail(String why, boolean slow) {
        if (failure == null) {
            failure = new Failed(why, slow);
            failed.accept(failure);
        }
        return failure;
    }
}
