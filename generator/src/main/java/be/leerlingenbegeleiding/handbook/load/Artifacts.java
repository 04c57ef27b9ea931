package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Templates published as Maven artifacts: {@code sjabloon: groupId:artifactId:version} names a
 * jar or zip in the local Maven repository whose {@code handboek/} folder is the template. The
 * generator does not download: {@code mvn dependency:get} or the school's own build puts the
 * artifact there, pinned like any dependency. The archive is unpacked once per version into a
 * cache folder beside the repository.
 *
 * <p>A build tool that has resolved the template itself (the Maven plugin) hands over the
 * archives it resolved with {@link #of}; then {@code sjabloon: groupId:artifactId} without a
 * version is allowed too, and means the version the build depends on, so that the version is
 * written in one place, the {@code pom.xml}.
 *
 * <p>An archive comes from elsewhere and is shared by every school on the machine, so: its
 * coordinates must be plain Maven names that stay inside the repository; it is unpacked within
 * limits, with every entry's name checked and its bytes counted as they are written; and each
 * version's folder appears whole or not at all (unpacked beside it, marked complete, then
 * renamed in one step), so schools checked at once, in threads or in processes, never see a
 * half folder.
 */
public final class Artifacts {
    /** The shape of coordinates; {@link #LEGAL} says whether each part may become a path. */
    private static final Pattern COORDINATES = Pattern.compile("([\\w.-]+):([\\w.-]+):([\\w.-]+)");
    private static final Pattern UNVERSIONED = Pattern.compile("([\\w.-]+\\.[\\w.-]+):([\\w.-]+)");
    /** A group id: names separated by single dots. */
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    /** An artifact id or version: no leading dot, so never '.' or '..'. */
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*");
    /** Inside the archive, the template handbook lives in this folder. */
    static final String ROOT = "handboek/";
    /** Written last into an unpacked folder: without it, the folder is not used. */
    static final String MARKER = ".uitgepakt";
    /** Far above a real template (a few hundred kB), low enough that no disk fills up. */
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = Limits.MAX_PICTURE_BYTES;
    static final long MAX_TOTAL_BYTES = Limits.MAX_PICTURES_BYTES + Limits.MAX_TEXT_BYTES + 8 * Limits.MB;

    private final Path repository;
    private final Map<String, Path> provided;

    private Artifacts(Path repository, Map<String, Path> provided) {
        this.repository = repository;
        this.provided = Map.copyOf(provided);
    }

    /** The local Maven repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
    public static Artifacts local() {
        String local = System.getProperty("maven.repo.local");
        return new Artifacts(local != null ? Path.of(local) : Path.of(System.getProperty("user.home"), ".m2", "repository"), Map.of());
    }

    /**
     * Archives a build has resolved, by {@code groupId:artifactId:version} and by
     * {@code groupId:artifactId}; other coordinates are looked up in {@code repository}.
     */
    public static Artifacts of(Path repository, Map<String, Path> provided) {
        return new Artifacts(repository, provided);
    }

    /**
     * Whether a {@code sjabloon:} value is written as Maven coordinates rather than a folder:
     * {@code groupId:artifactId:version}, or {@code groupId:artifactId} (a group id has a dot).
     */
    public static boolean isCoordinates(String value) {
        return COORDINATES.matcher(value).matches() || UNVERSIONED.matcher(value).matches();
    }

    /** Whether coordinates leave the version to the build. */
    public static boolean isUnversioned(String value) {
        return UNVERSIONED.matcher(value).matches();
    }

    /** Why an archive is not used: the archive (or the coordinates) and the reason, for HB046. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String archive;
        final transient Msg reason;

        Refused(String archive, Msg reason) {
            super(archive, null, false, false);
            this.archive = archive;
            this.reason = reason;
        }
    }

    /** The unpacked template folder for coordinates, or empty when the artifact is not there or not usable. */
    public Optional<Path> folder(String coordinates) {
        try {
            return unpacked(coordinates);
        } catch (Refused e) {
            return Optional.empty();
        }
    }

    /** {@link #folder}, telling why an archive that is there cannot be used. */
    Optional<Path> unpacked(String coordinates) throws Refused {
        Path archive = provided.get(coordinates);
        Matcher m = COORDINATES.matcher(coordinates);
        if (archive == null && m.matches()) {
            if (!GROUP.matcher(m.group(1)).matches() || !legal(m.group(2)) || !legal(m.group(3))) {
                throw new Refused(coordinates, Msg.of("archive.coordinates"));
            }
            Path root = repository.toAbsolutePath().normalize();
            Path dir = root.resolve(m.group(1).replace('.', '/')).resolve(m.group(2)).resolve(m.group(3)).normalize();
            if (!dir.startsWith(root)) throw new Refused(coordinates, Msg.of("archive.outside"));
            for (String ext : new String[] {"jar", "zip"}) {
                Path a = dir.resolve(m.group(2) + "-" + m.group(3) + "." + ext);
                if (Files.isRegularFile(a)) archive = a;
            }
        }
        if (archive == null || !Files.isRegularFile(archive)) return Optional.empty();
        String group = coordinates.substring(0, coordinates.indexOf(':'));
        if (!GROUP.matcher(group).matches()) throw new Refused(coordinates, Msg.of("archive.coordinates"));
        try {
            // One folder per archive as it is now: a snapshot rebuilt in place gets a new folder,
            // and a folder once complete is never changed, so no reader sees it change.
            BasicFileAttributes a = Files.readAttributes(archive, BasicFileAttributes.class);
            String name = archive.getFileName().toString().replaceFirst("\\.(jar|zip)$", "")
                    + "-" + Long.toHexString(a.size()) + "-" + Long.toHexString(a.lastModifiedTime().toMillis());
            return Optional.of(unpack(archive, repository.toAbsolutePath().normalize()
                    .resolveSibling("handboek-sjablonen").resolve(group).resolve(name)));
        } catch (IOException e) {
            throw new Refused(archive.toString(), Msg.of("archive.io", String.valueOf(e.getMessage())));
        }
    }

    private static boolean legal(String part) {
        return LEGAL.matcher(part).matches() && !part.contains("..");
    }

    /**
     * The template folder in {@code target}, unpacked first unless a complete copy is there. A
     * folder without the marker (a crash, a hand-made copy) is never used: it is moved aside.
     */
    private static Path unpack(Path archive, Path target) throws IOException, Refused {
        Path done = target.resolve(MARKER);
        if (Files.isRegularFile(done, LinkOption.NOFOLLOW_LINKS)) return target.resolve(ROOT);
        Files.createDirectories(target.getParent());
        Path fresh = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        try {
            extract(archive, fresh);
            Files.writeString(fresh.resolve(MARKER), archive.toString());
            if (!place(fresh, target)) {
                // Not complete and not ours: set it aside under a unique name, then take its place.
                Path aside = target.resolveSibling("." + target.getFileName() + ".oud-" + UUID.randomUUID());
                try {
                    if (!Files.isRegularFile(done, LinkOption.NOFOLLOW_LINKS)) {
                        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                    }
                } catch (IOException e) {
                    // Someone else moved it first; whatever is there now is judged below.
                }
                delete(aside);
                if (!place(fresh, target)) throw new IOException("cannot replace the incomplete folder " + target);
            }
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the cache folder cannot be renamed in one step: " + target.getParent(), e);
        } finally {
            delete(fresh);
        }
        return target.resolve(ROOT);
    }

    /**
     * Renames the complete folder to its place; true when a complete folder is there afterwards,
     * ours or one that another thread or process put there first (ours is then deleted).
     */
    private static boolean place(Path fresh, Path target) throws IOException {
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            throw e;
        } catch (IOException e) {
            // On every platform a rename onto a folder that has files fails; that is the race lost.
            return Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Writes the entries under {@link #ROOT} into {@code into}, refusing the archive at the first problem. */
    private static void extract(Path archive, Path into) throws IOException, Refused {
        String name = archive.toString();
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile());
        } catch (IOException e) {
            throw new Refused(name, Msg.of("archive.io", String.valueOf(e.getMessage())));
        }
        try (zip) {
            if (zip.size() > MAX_ENTRIES) throw new Refused(name, Msg.of("archive.entries", zip.size(), MAX_ENTRIES));
            long total = 0;
            int count = 0;
            byte[] buffer = new byte[1 << 16];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > MAX_ENTRIES) throw new Refused(name, Msg.of("archive.entries", count, MAX_ENTRIES));
                String entry = e.getName();
                if (!safe(entry)) throw new Refused(name, Msg.of("archive.path", entry));
                if (e.isDirectory() || !entry.startsWith(ROOT)) continue;
                Path out = into.resolve(entry).normalize();
                if (!out.startsWith(into) || out.equals(into)) throw new Refused(name, Msg.of("archive.path", entry));
                Files.createDirectories(out.getParent());
                long written = 0;
                // Counted here, as the bytes come: the sizes an archive states about itself may lie.
                try (InputStream in = zip.getInputStream(e);
                        OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        written += n;
                        total += n;
                        if (written > MAX_ENTRY_BYTES) {
                            throw new Refused(name, Msg.of("archive.entryTooLarge", entry, MAX_ENTRY_BYTES / Limits.MB));
                        }
                        if (total > MAX_TOTAL_BYTES) throw new Refused(name, Msg.of("archive.tooLarge", MAX_TOTAL_BYTES / Limits.MB));
                        o.write(buffer, 0, n);
                    }
                }
            }
        } catch (IOException e) {
            throw new Refused(name, Msg.of("archive.io", String.valueOf(e.getMessage())));
        }
    }

    /**
     * An entry name that is a plain relative path on every platform: no absolute path, drive
     * letter, backslash, '..' or '.' step, empty step or control character.
     */
    static boolean safe(String entry) {
        if (entry.isEmpty() || entry.startsWith("/") || entry.indexOf('\\') >= 0 || entry.indexOf(':') >= 0) return false;
        if (entry.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) return false;
        String[] steps = (entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry).split("/", -1);
        for (String s : steps) {
            if (s.isEmpty() || s.equals(".") || s.equals("..")) return false;
        }
        return true;
    }

    /** Removes a folder and everything in it, if it is there; what cannot be removed is left. */
    private static void delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A temporary folder left behind is harmless: its name starts with a dot and is never used.
        }
    }
}
