package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author who makes one mistake reads one error: a school whose template cannot be found, or
 * one of whose files does not parse, is not also told about everything that follows from it.
 * Tried on a copy of an example school, as an author would meet it.
 */
class FollowUpErrorsTest {
    private static final Pattern CODE = Pattern.compile("^(\\S+?):\\d+:\\d+: fout\\[(HB\\d{3})]", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    /** The errors printed, each as "file code" with the file relative to {@code root}. */
    private static List<String> errors(Fixtures.Run run, Path root) {
        String err = run.err().replace(Fixtures.printed(root) + "/", "");
        Matcher m = CODE.matcher(err);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) found.add(m.group(1) + " " + m.group(2));
        return found;
    }

    @Test
    void aSchoolMovedAwayFromItsTemplateGetsOnlyTheErrorThatTheTemplateIsMissing() throws IOException {
        Path school = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-linde"), tmp.resolve("de-linde"));

        Fixtures.Run run = Fixtures.run("check", school.toString());

        assertEquals(List.of("de-linde/handboek.yaml HB026"), errors(run, tmp), run.err());
        assertTrue(run.err().contains("1 fout gevonden."), run.err());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
    }

    @Test
    void aMissingTemplateStopsOnlyItsOwnHandbook() throws IOException {
        Path content = tmp.resolve("content");
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-linde"), content.resolve("de-linde"));
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), content.resolve("ander-sjabloon"));

        Fixtures.Run run = Fixtures.run("check", content.toString());

        assertEquals(List.of("content/de-linde/handboek.yaml HB026"), errors(run, tmp), run.err());
        // The other handbook was checked all the way, compliance included.
        assertTrue(run.out().contains("ander-sjabloon: 22 van 22 regels voldaan."), run.out());
    }

    @Test
    void aSyntaxErrorInTheSchoolsCelFileIsTheOnlyErrorAboutIt() throws IOException {
        Path content = tmp.resolve("content");
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), content.resolve("sjabloon"));
        Path school = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-linde"), content.resolve("de-linde"));
        Path cel = school.resolve("cel.yaml");
        Files.writeString(cel, Files.readString(cel, StandardCharsets.UTF_8).replace("naam: zorgcel", "naam: \"zorgcel"),
                StandardCharsets.UTF_8);

        Fixtures.Run run = Fixtures.run("check", school.toString());

        assertEquals(List.of("content/de-linde/cel.yaml HB009"), errors(run, tmp), run.err());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
    }

    @Test
    void aTabInTheSchoolsCelFileIsReportedWhereItIsAndNothingElse() throws IOException {
        Path content = tmp.resolve("content");
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), content.resolve("sjabloon"));
        Path school = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-linde"), content.resolve("de-linde"));
        Path cel = school.resolve("cel.yaml");
        Files.writeString(cel, Files.readString(cel, StandardCharsets.UTF_8).replace("\n  - rol: directeur", "\n\t- rol: directeur"),
                StandardCharsets.UTF_8);

        Fixtures.Run run = Fixtures.run("check", school.toString());

        assertEquals(List.of("content/de-linde/cel.yaml HB009"), errors(run, tmp), run.err());
        assertTrue(run.err().contains("de-linde/cel.yaml:6:1: fout[HB009]"), run.err());
    }

    @Test
    void aSyntaxErrorInHandboekYamlIsTheOnlyErrorSinceTheTemplateItNamesIsUnknown() throws IOException {
        Path content = tmp.resolve("content");
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), content.resolve("sjabloon"));
        Path school = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-linde"), content.resolve("de-linde"));
        Path handboek = school.resolve("handboek.yaml");
        Files.writeString(handboek, Files.readString(handboek, StandardCharsets.UTF_8)
                .replace("status: vastgesteld", "status: \"vastgesteld"), StandardCharsets.UTF_8);

        Fixtures.Run run = Fixtures.run("check", school.toString());

        assertEquals(List.of("content/de-linde/handboek.yaml HB009"), errors(run, tmp), run.err());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
    }
}
