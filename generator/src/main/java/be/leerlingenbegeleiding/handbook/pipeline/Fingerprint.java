package be.leerlingenbegeleiding.handbook.pipeline;

import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Everything a handbook's output is made from, as one hash: the generator (its classes and
 * libraries), the Java runtime, the day the checks run on, and every file of every layer of the
 * handbook and of a theme folder in use. A build whose fingerprint equals the one stored beside
 * the previous output would write the same bytes again, so it may keep that output instead.
 *
 * <p>It hashes more than the loader reads (a stray file in a handbook folder counts too): a
 * needless rebuild costs time, a missed change would publish stale output.
 */
final class Fingerprint {
    /** Raised when the way of fingerprinting changes, so old fingerprints no longer match. */
    private static final String FORMAT = "handboek-vingerafdruk 2";

    private final Build.Settings settings;
    /**
     * Each folder's digest, read once per build: a template folder is a layer of every school
     * that builds on it, and 500 schools would otherwise read it 500 times.
     */
    private final Map<Path, String> folders = new ConcurrentHashMap<>();

    /** Fingerprints for one build with these settings; its folders are taken not to change during it. */
    Fingerprint(Build.Settings settings) {
        this.settings = settings;
    }

    String of(Handbook h) throws IOException {
        MessageDigest d = sha256();
        add(d, FORMAT);
        add(d, Generator.ID);
        add(d, "datum " + settings.today());
        for (Path layer : h.layers()) add(d, "laag " + folder(layer));
        Path theme = settings.theme().folder();
        if (theme != null) add(d, "thema " + folder(theme));
        return HexFormat.of().formatHex(d.digest());
    }

    private String folder(Path root) throws IOException {
        Path key = root.toAbsolutePath().normalize();
        String known = folders.get(key);
        if (known != null) return known;
        MessageDigest d = sha256();
        tree(d, "map", key);
        String digest = HexFormat.of().formatHex(d.digest());
        folders.put(key, digest);
        return digest;
    }

    /** Each file under {@code root}, in name order: its path from the root, then its bytes. */
    private static void tree(MessageDigest d, String what, Path root) throws IOException {
        add(d, what + " " + root.getFileName());
        if (!Files.isDirectory(root)) return;
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> !p.equals(root)).sorted().toList();
        }
        byte[] buffer = new byte[1 << 16];
        for (Path p : files) {
            String name = root.relativize(p).toString().replace('\\', '/');
            if (Files.isSymbolicLink(p)) {
                add(d, "link " + name + " " + Files.readSymbolicLink(p));
                if (!Files.isRegularFile(p)) continue;
            } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                add(d, "map " + name);
                continue;
            }
            add(d, "bestand " + name + " " + Files.size(p));
            try (InputStream in = Files.newInputStream(p)) {
                for (int n; (n = in.read(buffer)) > 0; ) d.update(buffer, 0, n);
            }
        }
    }

    private static void add(MessageDigest d, String line) {
        d.update(line.getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The generator as it runs: the content of its own jar (read from the jar's directory of
     * entries, each with its checksum, so the 20 MB are not read) or class folder, the names of
     * the libraries on its class path (they carry their versions), and the Java runtime.
     * Computed once per process.
     */
    private static final class Generator {
        static final String ID = compute();

        private static String compute() {
            MessageDigest d = sha256();
            add(d, "java " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version"));
            try {
                CodeSource source = Fingerprint.class.getProtectionDomain().getCodeSource();
                Path own = source == null ? null : Path.of(source.getLocation().toURI());
                if (own == null) {
                    add(d, "onbekend " + System.nanoTime());
                } else if (Files.isDirectory(own)) {
                    tree(d, "klassen", own);
                } else {
                    jar(d, own);
                }
                for (String entry : classPath()) add(d, "bibliotheek " + entry);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException | RuntimeException e) {
                // Without a reliable identity no output may be kept: a unique id never matches.
                add(d, "onbekend " + System.nanoTime());
            }
            return HexFormat.of().formatHex(d.digest());
        }

        private static void jar(MessageDigest d, Path jar) throws IOException {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    add(d, e.getName() + " " + e.getSize() + " " + Long.toHexString(e.getCrc()));
                }
            }
        }

        /** The class path's entries by file name: a library's name holds its version. */
        private static List<String> classPath() {
            List<String> names = new ArrayList<>();
            ClassLoader loader = Fingerprint.class.getClassLoader();
            if (loader instanceof URLClassLoader u) {
                // A Maven plugin's realm: the plugin's libraries, not Maven's own class path.
                for (URL url : u.getURLs()) names.add(url.getPath().substring(url.getPath().lastIndexOf('/') + 1));
            } else {
                for (String p : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                    names.add(Path.of(p).getFileName() == null ? p : Path.of(p).getFileName().toString());
                }
            }
            return names;
        }
    }
}
