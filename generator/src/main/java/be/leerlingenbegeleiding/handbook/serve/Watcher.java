package be.leerlingenbegeleiding.handbook.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, and hands over the files that changed in one
 * batch. Editors save in several steps (a temporary file, a rename, a second write), so a batch
 * closes only after a short quiet spell; files editors keep for themselves are left out.
 */
final class Watcher implements AutoCloseable {
    /** Long enough to take in one save's several events, short enough not to be noticed. */
    static final long QUIET_MILLIS = 30;

    private final WatchService service;
    private final Consumer<Set<Path>> changed;
    private final Thread thread;

    Watcher(List<Path> roots, Consumer<Set<Path>> changed) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.changed = changed;
        for (Path root : roots) register(root);
        this.thread = new Thread(this::run, "handboek-bewaker");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                take(service.take(), batch);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) take(more, batch);
                batch.removeIf(Watcher::ignored);
                if (!batch.isEmpty()) changed.accept(batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview stops.
        }
    }

    private void take(WatchKey key, Set<Path> batch) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Too many events to list: say the whole folder changed.
                batch.add(dir);
                continue;
            }
            Path p = dir.resolve((Path) e.context()).toAbsolutePath().normalize();
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    register(p);
                } catch (IOException ignored) {
                    // Gone again before it could be watched; its files are in the batch anyway.
                }
            }
            batch.add(p);
        }
        key.reset();
    }

    /** Backups, swap files and other files editors and systems keep beside the real ones. */
    static boolean ignored(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp") || name.equals("4913");
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // Nothing left to release.
        }
        thread.interrupt();
    }
}
