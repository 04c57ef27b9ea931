package be.leerlingenbegeleiding.handbook.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * Stage 7, write: puts a rendered site in place all at once. Files go to a hidden sibling folder
 * first; only when all are written does that folder take the place of the old output, by
 * renames within one parent folder. A build that fails at any point leaves the previous output
 * as it was.
 */
final class AtomicOutput {
    /** Marks a folder as made by this tool, so it never replaces a folder someone else made. */
    static final String MARKER = ".handboek-uitvoer";

    private AtomicOutput() {
    }

    /** Whether {@code target} may be replaced: absent, empty, or made by an earlier build. */
    static boolean replaceable(Path target) throws IOException {
        if (!Files.exists(target)) return true;
        if (!Files.isDirectory(target)) return false;
        if (Files.exists(target.resolve(MARKER))) return true;
        try (var s = Files.list(target)) {
            return s.findAny().isEmpty();
        }
    }

    static void replace(Path target, Map<String, byte[]> files) throws IOException {
        replace(target, files, null);
    }

    /**
     * Replaces {@code target} with {@code files}; the marker records {@code fingerprint} (the
     * inputs' {@link Fingerprint}, or null) and a digest of the file list, for {@link #kept}.
     */
    static void replace(Path target, Map<String, byte[]> files, String fingerprint) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, "." + name + ".nieuw-");
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = fresh.resolve(f.getKey()).normalize();
                if (!p.startsWith(fresh)) throw new IOException("output path leaves the output folder: " + f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            // Written last: every file of the output is then no newer than the marker.
            Files.writeString(fresh.resolve(MARKER), marker(fingerprint, listing(files.keySet(), f -> (long) files.get(f).length)));
        } catch (IOException | RuntimeException e) {
            deleteTree(fresh);
            throw e;
        }
        Path old = null;
        if (Files.exists(absolute)) {
            old = Files.createTempDirectory(parent, "." + name + ".oud-");
            Files.delete(old);
            Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(fresh, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(fresh);
            throw e;
        }
        if (old != null) deleteTree(old);
    }

    private static final String SOURCE = "bron: ";
    private static final String FILES = "bestanden: ";

    private static String marker(String fingerprint, String listing) {
        String text = "Gemaakt door handbook; wordt bij elke build vervangen.\n";
        if (fingerprint == null) return text;
        return text + SOURCE + fingerprint + "\n" + FILES + listing + "\n";
    }

    /** A digest of file names and sizes, in name order: a file deleted or resized shows. */
    private static String listing(java.util.Collection<String> names, java.util.function.ToLongFunction<String> size) {
        java.security.MessageDigest d;
        try {
            d = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String name : new java.util.TreeSet<>(names)) {
            d.update((name + " " + size.applyAsLong(name) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return java.util.HexFormat.of().formatHex(d.digest());
    }

    /**
     * The files of the output in {@code target} if a build from inputs with this fingerprint
     * made it and it is untouched since: the same names and sizes, none newer than the marker.
     * Otherwise null, and the output must be made afresh.
     */
    static java.util.SortedSet<String> kept(Path target, String fingerprint) throws IOException {
        Path marker = target.resolve(MARKER);
        if (!Files.isRegularFile(marker, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return null;
        java.util.List<String> lines;
        try {
            // Leniently: a marker that is not text (or not readable) just means "make it afresh".
            lines = head(marker).lines().toList();
        } catch (IOException e) {
            return null;
        }
        if (!lines.contains(SOURCE + fingerprint)) return null;
        java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(marker);
        java.util.Map<String, Long> sizes = new java.util.TreeMap<>();
        boolean[] touched = {false};
        Files.walkFileTree(target, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.equals(marker)) return FileVisitResult.CONTINUE;
                if (!attrs.isRegularFile() || attrs.lastModifiedTime().compareTo(made) > 0) {
                    touched[0] = true;
                    return FileVisitResult.TERMINATE;
                }
                sizes.put(target.relativize(file).toString().replace('\\', '/'), attrs.size());
                return FileVisitResult.CONTINUE;
            }
        });
        if (touched[0] || !lines.contains(FILES + listing(sizes.keySet(), sizes::get))) return null;
        return new java.util.TreeSet<>(sizes.keySet());
    }

    /**
     * One file, written beside its place and moved over it, so a reader never sees half of it.
     * A file there that this tool did not write is left alone.
     */
    static void writeFile(Path target, byte[] bytes, String ownMark) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        ownFile(target, ownMark);
        Files.createDirectories(absolute.getParent());
        Path fresh = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".nieuw");
        try {
            Files.write(fresh, bytes);
            Files.move(fresh, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    /**
     * Refuses, before anything is written, a {@code target} that this tool may not overwrite: a
     * folder, a file it cannot read, or a file without {@code ownMark} (someone else's). A file
     * that is not valid UTF-8 cannot be ours and is refused as someone else's.
     */
    static void ownFile(Path target, String ownMark) throws UnsafeOutputException {
        if (!Files.exists(target)) return;
        if (Files.isDirectory(target)) throw new UnsafeOutputException(target, UnsafeOutputException.Reason.NOT_A_FILE);
        String text;
        try {
            text = head(target);
        } catch (IOException e) {
            throw new UnsafeOutputException(target, UnsafeOutputException.Reason.UNREADABLE);
        }
        if (!text.contains(ownMark)) throw new UnsafeOutputException(target, UnsafeOutputException.Reason.NOT_OURS);
    }

    /** The start of a file as text, malformed bytes replaced: our marks sit near the top. */
    private static String head(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(1 << 20), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
