package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Whatever bytes a counsellor pastes into a content file, checking ends in diagnostics, never in
 * an exception; a handbook that passes is rendered too, so the Markdown and HTML stages are
 * fuzzed with it. In a normal test run the seeds and earlier findings in
 * {@code LoaderFuzzTestInputs/} are replayed; with {@code JAZZER_FUZZ=1} (the 'fuzz' execution in
 * the pom) Jazzer fuzzes for {@code maxDuration}.
 */
class LoaderFuzzTest {
    /** The files a fuzzed input may land in: every kind the loader reads differently. */
    private static final List<String> FILES = List.of("rollen.yaml", "visie.yaml", "handboek.yaml", "cel.yaml",
            "functies/fuzz.yaml", "paginas/fuzz.md", "praktijkvoorbeelden/fuzz.md", "naleving.yaml");
    private static final Build.Settings SETTINGS = Build.Settings.on(LocalDate.of(2026, 11, 23));
    private static final Path HANDBOOK = copyOfMinimal();

    private static Path copyOfMinimal() {
        try {
            Path dir = Files.createTempDirectory("handboek-fuzz").resolve("fuzz");
            Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), dir);
            dir.toFile().getParentFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "25s")
    void anyBytesInAContentFileEndInDiagnosticsNeverInACrash(FuzzedDataProvider data) throws IOException {
        String name = data.pickValue(FILES);
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = HANDBOOK.resolve(name);
        Path original = Files.isRegularFile(file) ? Files.createTempFile("origineel", null) : null;
        if (original != null) Files.copy(file, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        try {
            Build.Result checked = Build.checkOne(HANDBOOK, SETTINGS);
            // Every diagnostic must be printable: a message with a missing argument would throw here.
            for (Diagnostic d : checked.diagnostics()) assertNotNull(Messages.dutch().format(d));
            if (!checked.hasErrors()) {
                Build.renderSite(checked.handbooks().get(0), checked.reports().get(HANDBOOK));
            }
        } finally {
            if (original != null) {
                Files.move(original, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(file);
            }
        }
    }
}
