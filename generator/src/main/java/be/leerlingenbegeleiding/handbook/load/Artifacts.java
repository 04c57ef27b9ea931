package be.leerlingenbegeleiding.handbook.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 */
public final class Artifacts {
    private static final Pattern COORDINATES = Pattern.compile("([\\w.-]+):([\\w.-]+):([\\w.-]+)");
    private static final Pattern UNVERSIONED = Pattern.compile("([\\w.-]+\\.[\\w.-]+):([\\w.-]+)");
    /** Inside the archive, the template handbook lives in this folder. */
    static final String ROOT = "handboek/";

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

    /** The unpacked template folder for coordinates, or empty when the artifact is not there. */
    public Optional<Path> folder(String coordinates) {
        Path archive = provided.get(coordinates);
        Matcher m = COORDINATES.matcher(coordinates);
        if (archive == null && m.matches()) {
            Path dir = repository.resolve(m.group(1).replace('.', '/')).resolve(m.group(2)).resolve(m.group(3));
            for (String ext : new String[] {"jar", "zip"}) {
                Path a = dir.resolve(m.group(2) + "-" + m.group(3) + "." + ext);
                if (Files.isRegularFile(a)) archive = a;
            }
        }
        if (archive == null || !Files.isRegularFile(archive)) return Optional.empty();
        // One cache folder per archive file: a snapshot rebuilt in place is unpacked again when newer.
        String name = archive.getFileName().toString().replaceFirst("\\.(jar|zip)$", "");
        String group = coordinates.substring(0, coordinates.indexOf(':'));
        try {
            return Optional.of(unpack(archive, repository.resolveSibling("handboek-sjablonen").resolve(group).resolve(name)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Unpacks when the archive is newer than the last unpacking; the folder is replaced whole. */
    private static Path unpack(Path archive, Path target) throws IOException {
        Path stamp = target.resolve(".uitgepakt");
        if (Files.exists(stamp) && Files.getLastModifiedTime(stamp).compareTo(Files.getLastModifiedTime(archive)) >= 0) {
            return target.resolve("handboek");
        }
        Files.createDirectories(target.getParent());
        Path fresh = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.isDirectory() || !e.getName().startsWith(ROOT)) continue;
                Path out = fresh.resolve(e.getName()).normalize();
                if (!out.startsWith(fresh)) throw new IOException("archive entry leaves its folder: " + e.getName());
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(fresh.resolve(".uitgepakt"), archive.toString());
        if (Files.exists(target)) {
            try (var walk = Files.walk(target)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        return target.resolve("handboek");
    }
}
