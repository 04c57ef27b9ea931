package be.leerlingenbegeleiding.handbook.serve;

import be.leerlingenbegeleiding.handbook.build.Build;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;

/**
 * The live preview: builds the handbooks of a folder in memory, serves them on the loopback
 * interface, watches the files and reloads open browser tabs after each change.
 */
public final class Preview implements AutoCloseable {
    /**
     * How to serve: {@code host} is 127.0.0.1 unless the user asks otherwise; port 0 picks a free
     * one; {@code theme} is a folder that replaces the built-in theme (and is watched), or null.
     */
    public record Options(String host, int port, Build.Settings settings, Path theme) {
    }

    private Preview() {
    }

    /** Builds everything under {@code content}, starts serving and watching; returns at once. */
    public static Preview start(Path content, Options options, PrintWriter log) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The address the preview answers on, e.g. {@code http://127.0.0.1:8000/}. */
    public URI uri() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Blocks until {@link #close()} is called (from another thread, or a shutdown hook). */
    public void await() throws InterruptedException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }
}
