package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and their articles. A school on the example template that calls its cel "zorgoverleg" (a het-word) and says so
 * with {@code lidwoord: het}: the template's texts, written with {@code {{de cel}}}, read "het
 * zorgoverleg"; a text of its own that writes "de {{cel}}" is a warning at the article.
 */
class CelArticleTest {
    @TempDir
    Path tmp;

    @Test
    void inheritedTextsTakeTheArticleOfTheCelsName() throws IOException {
        Path school = zorgoverleg();
        Path visie = school.resolve("visie.yaml");
        Files.writeString(visie, Files.readString(visie).replace("in de {{cel}}", "in {{de cel}}"));
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("HB073"), run.err());
        Path out = tmp.resolve("uit");
        assertEquals(ExitCode.OK, Fixtures.run("build", school.toString(), "-o", out.toString()).exitCode());
        String cel = Jsoup.parse(out.resolve("de-linde/cel.html").toFile(), "UTF-8").select("main").text();
        assertTrue(cel.contains("Het zorgoverleg is het vaste overleg op schoolniveau"), cel);
        assertTrue(cel.contains("het zorgoverleg"), cel);
        String all = cel + Jsoup.parse(out.resolve("de-linde/visie.html").toFile(), "UTF-8").select("main").text()
                + Jsoup.parse(out.resolve("de-linde/kwaliteit.html").toFile(), "UTF-8").select("main").text();
        assertFalse(all.toLowerCase().contains("de zorgoverleg"), all);
        assertTrue(all.contains("besproken wordt in het zorgoverleg"), all);
    }

    @Test
    void anArticleWrittenBeforeTheNameThatDoesNotFitIsAWarningAtItsPlace() throws IOException {
        Path school = zorgoverleg();
        List<String> lines = Files.readAllLines(school.resolve("visie.yaml"));
        int line = 0;
        while (!lines.get(line).contains("in de {{cel}}")) line++;
        int column = lines.get(line).indexOf("de {{cel}}") + 1;
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), "a warning does not fail the check\n" + run.err());
        String expected = "de-linde/visie.yaml:" + (line + 1) + ":" + column
                + ": waarschuwing[HB073]: 'de {{cel}}' leest fout: de naam 'zorgoverleg' krijgt 'het'\n"
                + "  tip: Schrijf {{de cel}}:";
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().split("HB073", -1).length - 1, "only the school's own text\n" + run.err());
    }

    @Test
    void theSchoolAndTheClbReadWithTheArticleTheirNamesTake() throws IOException {
        Path out = tmp.resolve("uit");
        Fixtures.Run run = Fixtures.run("build", Fixtures.repoRoot().resolve("content/sint-jozef-bso").toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String clb = Jsoup.parse(out.resolve("sint-jozef-bso/clb.html").toFile(), "UTF-8").select("main").text();
        // An inherited text of the template: "{{De school}} krijgt bij {{het clb}} …".
        assertTrue(clb.contains("Het Sint-Jozefsinstituut krijgt bij het Vrij CLB Kortedijk"), clb);
        String privacy = Jsoup.parse(out.resolve("sint-jozef-bso/privacy.html").toFile(), "UTF-8").select("main").text();
        assertTrue(privacy.contains("wat het Sint-Jozefsinstituut over een leerling"), privacy);
        // The generator's own caption names the school after a preposition too.
        assertTrue(privacy.contains("Het leerlingendossier van het Sint-Jozefsinstituut:"), privacy);
        // A proper name that takes no article (the default) stays bare in the same texts.
        Fixtures.Run linde = Fixtures.run("build", Fixtures.repoRoot().resolve("content/de-linde").toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, linde.exitCode(), linde.err());
        String lindePrivacy = Jsoup.parse(out.resolve("de-linde/privacy.html").toFile(), "UTF-8").select("main").text();
        assertTrue(lindePrivacy.contains("wat Middenschool De Linde over een leerling"), lindePrivacy);
    }

    /** de-linde on the template, with its cel renamed to a het-word. */
    private Path zorgoverleg() throws IOException {
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), tmp.resolve("sjabloon"));
        Path school = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-linde"), tmp.resolve("de-linde"));
        Path cel = school.resolve("cel.yaml");
        Files.writeString(cel, Files.readString(cel).replace("naam: zorgcel\n", "naam: zorgoverleg\nlidwoord: het\n"));
        return school;
    }
}
