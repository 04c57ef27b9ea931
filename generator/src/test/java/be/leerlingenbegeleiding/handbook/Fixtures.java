package be.leerlingenbegeleiding.handbook;

import be.leerlingenbegeleiding.handbook.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Helpers shared by the tests: fixture locations and running the command in-process. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The repository root (set by Maven; the module's parent when run from an IDE). */
    public static Path repoRoot() {
        String p = System.getProperty("handbook.repoRoot");
        return (p != null ? Path.of(p) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** The test resources as files, so byte-exact fixtures are read in place. */
    public static Path resources() {
        return repoRoot().resolve("generator/src/test/resources");
    }

    /** Whether golden files should be rewritten instead of compared ({@code -Dhandbook.updateGolden=true}). */
    public static boolean updateGolden() {
        return Boolean.getBoolean("handbook.updateGolden");
    }

    /** What one run of the command did. */
    public record Run(int exitCode, String out, String err) {
    }

    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Writes a small content file below {@code root}, making its folders: for fixtures built in a test. */
    public static void write(Path root, String path, String text) throws java.io.IOException {
        Path p = root.resolve(path);
        java.nio.file.Files.createDirectories(p.getParent());
        java.nio.file.Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** Copies a folder with everything below it; for fixtures made from the example handbooks. */
    public static Path copyTree(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(target);
                else java.nio.file.Files.copy(p, target);
            }
        }
        return to;
    }

    /** How a path prints in diagnostics when the command runs in this JVM's working folder. */
    public static String printed(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** Compares output with its golden file, or rewrites the file with {@code -Dhandbook.updateGolden=true}. */
    public static void assertGolden(Path golden, String actual) throws java.io.IOException {
        if (updateGolden()) {
            java.nio.file.Files.writeString(golden, actual, java.nio.charset.StandardCharsets.UTF_8);
            return;
        }
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.exists(golden), "missing " + golden + "; output was:\n" + actual);
        org.junit.jupiter.api.Assertions.assertEquals(java.nio.file.Files.readString(golden, java.nio.charset.StandardCharsets.UTF_8), actual);
    }

    /** Every file under {@code root} with its bytes, by path from the root with '/'. */
    public static java.util.Map<String, byte[]> snapshot(Path root) throws java.io.IOException {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(root)) {
            for (Path p : s.filter(java.nio.file.Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), java.nio.file.Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The same files with the same bytes: what "nothing changed" means for an output tree. */
    public static void assertSameFiles(java.util.Map<String, byte[]> expected, java.util.Map<String, byte[]> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.keySet(), actual.keySet());
        for (String k : expected.keySet()) org.junit.jupiter.api.Assertions.assertArrayEquals(expected.get(k), actual.get(k), k);
    }
}
