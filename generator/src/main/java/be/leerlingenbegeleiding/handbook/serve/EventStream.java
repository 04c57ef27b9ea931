package be.leerlingenbegeleiding.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * An open event stream to one browser tab, with a thread of its own that writes to it. Whoever
 * has news only queues it here, so a tab that stops reading holds up nobody: when its queue is
 * full, or one write takes longer than {@link #WRITE_MILLIS}, the tab is dropped (a browser that
 * is still there connects again by itself).
 */
final class EventStream {
    /** Events a tab may fall behind: a burst of saves, a few heartbeats. */
    static final int QUEUE = 32;
    /** One event is a few kilobytes; a tab that cannot take it in this time is not reading. */
    static final long WRITE_MILLIS = 5_000;

    private final HttpExchange exchange;
    private final Deadlines deadlines;
    private final Consumer<EventStream> gone;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread writer;
    private volatile boolean closed;

    EventStream(HttpExchange exchange, Deadlines deadlines, Consumer<EventStream> gone) {
        this.exchange = exchange;
        this.deadlines = deadlines;
        this.gone = gone;
        this.writer = Deadlines.daemon("handboek-tabblad").newThread(this::run);
    }

    void start() {
        writer.start();
    }

    /** Queues the text for this tab; never waits. */
    void send(String text) {
        if (!closed && !queue.offer(text)) close();
    }

    /** Ends the stream; the writer thread lets go of the connection. */
    void close() {
        if (closed) return;
        closed = true;
        gone.accept(this);
        writer.interrupt();
    }

    private void run() {
        try {
            while (!closed) {
                byte[] bytes = queue.take().getBytes(StandardCharsets.UTF_8);
                deadlines.start(WRITE_MILLIS);
                try {
                    exchange.getResponseBody().write(bytes);
                    exchange.getResponseBody().flush();
                } finally {
                    deadlines.clear();
                }
            }
        } catch (InterruptedException | IOException e) {
            // Closed by the preview, by the tab, or cut off for not reading.
        } finally {
            close();
            // Closing writes the stream's last chunk: under a deadline too, for a tab that reads nothing.
            deadlines.start(WRITE_MILLIS);
            try {
                exchange.close();
            } finally {
                deadlines.clear();
            }
        }
    }
}
