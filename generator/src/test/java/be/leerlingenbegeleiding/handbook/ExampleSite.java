package be.leerlingenbegeleiding.handbook;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The website of the example handbook, built once per JVM. The site tests only read it, so they
 * share one build instead of paying for it in every class; it goes to a temporary folder rather
 * than {@code site-output/} so a test run never disturbs (or depends on) what a person built.
 */
public final class ExampleSite {
    /** The example handbook's name, which is also its folder in the output. */
    public static final String NAME = "de-kiem";

    private static Path site;

    private ExampleSite() {
    }

    /** The repository's {@code content/} folder, which holds the example handbook. */
    public static Path contentDir() {
        return Fixtures.repoRoot().resolve("content");
    }

    /** The built site folder ({@code …/de-kiem}), building it on first use. */
    public static synchronized Path site() {
        if (site == null) {
            try {
                Path out = Files.createTempDirectory("handbook-site-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(out)));
                site = build(out.resolve("site-output"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /**
     * Builds the example into {@code out} through the public API and returns its site folder.
     * Used directly by tests that need a second, independent build.
     */
    public static Path build(Path out) throws IOException {
        Build.Result checked = Build.build(contentDir(), out);
        List<Build.Written> written = checked.written();
        if (checked.hasErrors()) {
            List<Diagnostic> errors = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
            throw new AssertionError("the example handbook does not build:\n"
                    + String.join("\n", Messages.dutch().formatAll(errors)));
        }
        return written.stream().filter(w -> w.handbook().equals(NAME)).map(Build.Written::folder).findFirst()
                .orElseThrow(() -> new AssertionError("the build wrote no " + NAME + " folder: " + written));
    }

    /** Every .html file of the site, in path order. */
    public static List<Path> htmlFiles() {
        return htmlFiles(site());
    }

    /** Every .html file under {@code root}, in path order. */
    public static List<Path> htmlFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".html"))
                    .sorted(Comparator.comparing(p -> relative(root, p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's path from the site root with forward slashes, as links and reports write it. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** A file's path from the example site's root. */
    public static String relative(Path file) {
        return relative(site(), file);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder is harmless; never fail a finished run for it.
        }
    }
}
