package be.leerlingenbegeleiding.handbook.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 */
public final class Artifacts {
    private static final Pattern COORDINATES = Pattern.compile("([\\w.-]+):([\\w.-]+):([\\w.-]+)");
    /** Inside the archive, the template handbook lives in this folder. */
    static final String ROOT = "handboek/";

    private Artifacts() {
    }

    /** Whether a {@code sjabloon:} value is written as Maven coordinates rather than a folder. */
    public static boolean isCoordinates(String value) {
        return COORDINATES.matcher(value).matches();
    }

    /** The local Maven repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
    static Path repository() {
        String local = System.getProperty("maven.repo.local");
        return local != null ? Path.of(local) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The unpacked template folder for coordinates, or empty when the artifact is not there. */
    public static Optional<Path> folder(String coordinates) {
        Matcher m = COORDINATES.matcher(coordinates);
        if (!m.matches()) return Optional.empty();
        Path dir = repository().resolve(m.group(1).replace('.', '/')).resolve(m.group(2)).resolve(m.group(3));
        for (String ext : new String[] {"jar", "zip"}) {
            Path archive = dir.resolve(m.group(2) + "-" + m.group(3) + "." + ext);
            if (Files.isRegularFile(archive)) {
                try {
                    return Optional.of(unpack(archive, repository().resolveSibling("handboek-sjablonen")
                            .resolve(m.group(1)).resolve(m.group(2)).resolve(m.group(3))));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
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
