package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school started with {@code handbook init} anywhere on disk gets completion and checks in its
 * editor: the real YAML language server finds the schemas the files point to.
 */
class EditorSupportTest {
    @TempDir
    Path tmp;

    private Path newSchool() {
        Path school = tmp.resolve("ergens").resolve("nieuwe-school");
        Fixtures.Run run = Fixtures.run("init", "--template", Fixtures.repoRoot().resolve("content/sjabloon").toString(),
                school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        return school;
    }

    @Test
    void theEditorOffersTheKeysOfTheFileOutsideTheContentFolder() throws Exception {
        Path server = YamlLanguageServer.find("EditorSupportTest");
        assumeTrue(server != null, "no YAML language server");
        Path school = newSchool();
        Path cel = school.resolve("cel.yaml");
        // The school starts a new line at the top level of its own file, as a person would.
        String text = Files.readString(cel) + "\n";
        int lastLine = (int) text.lines().count();
        try (YamlLanguageServer ls = YamlLanguageServer.start(server, school)) {
            ls.open(cel, text);
            List<String> offered = ls.completions(cel, lastLine, 0);
            assertTrue(offered.containsAll(List.of("naam", "lidwoord", "vaste_kern", "aansluitend", "cellen")),
                    "keys of cel.yaml offered: " + offered);
        }
    }

    @Test
    void theEditorMarksAMisspeltKeyInAFunctionDescriptionMadeWithNew() throws Exception {
        Path server = YamlLanguageServer.find("EditorSupportTest");
        assumeTrue(server != null, "no YAML language server");
        Path school = newSchool();
        // A function description lives one folder down; its schema reference must still resolve.
        for (String kind : List.of("rol", "functie")) {
            Fixtures.Run run = Fixtures.run("new", kind, "zorgcoordinator", school.toString());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
        }
        Path f = school.resolve("functies/zorgcoordinator.yaml");
        String text = Files.readString(f) + "opdrachtt: een tikfout in een sleutel\n";
        try (YamlLanguageServer ls = YamlLanguageServer.start(server, school)) {
            ls.open(f, text);
            List<String> problems = ls.diagnostics(f);
            assertTrue(problems.stream().anyMatch(m -> m.contains("opdrachtt")), "misspelt key marked: " + problems);
        }
    }
}
