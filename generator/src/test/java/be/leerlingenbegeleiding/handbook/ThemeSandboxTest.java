package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme file ({@code vormgeving/*.ftlh}) of a school or of a template it builds on shows the
 * handbook's data and nothing else: it cannot create Java objects, call static methods, reach
 * files, or include files outside its folder. Each attempt is an error at the line of the theme
 * file, the school's previous website stays, and the command it tried never runs.
 */
class ThemeSandboxTest {
    @TempDir
    Path tmp;

    void write(String path, String text) throws IOException {
        Fixtures.write(tmp, path, text);
    }

    /** A school on a template folder, built once cleanly so there is a previous site to keep. */
    Path school() throws IOException {
        write("inhoud/sjabloon/handboek.yaml", "titel: Sjabloon\nstatus: vastgesteld\n");
        write("inhoud/sjabloon/school.yaml", "naam: Sjabloonschool\n");
        write("inhoud/school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../sjabloon\n");
        write("inhoud/school/school.yaml", "naam: Atheneum Ter Heide\n");
        Fixtures.Run run = build();
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        return tmp.resolve("inhoud/school");
    }

    Fixtures.Run build() {
        return Fixtures.run("build", tmp.resolve("inhoud/school").toString(), "-o", tmp.resolve("uit").toString());
    }

    /** A file only a command run by the theme would make. */
    Path marker() {
        return tmp.resolve("gemaakt-door-thema");
    }

    /**
     * Builds with {@code start} as the school's home page layout and asserts the build fails
     * with HB048 at {@code line} of that file, nothing written, no command run.
     */
    void refused(String start, int line) throws IOException {
        school();
        Map<String, byte[]> before = Fixtures.snapshot(tmp.resolve("uit"));
        write("inhoud/school/vormgeving/pagina/start.ftlh", start);
        assertRefused(build(), "inhoud/school/vormgeving/pagina/start.ftlh", line);
        Fixtures.assertSameFiles(before, Fixtures.snapshot(tmp.resolve("uit")));
    }

    void assertRefused(Fixtures.Run run, String file, int line) {
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        Pattern at = Pattern.compile(Pattern.quote(file) + ":" + line + ":\\d+: fout\\[HB048\\]");
        assertTrue(at.matcher(run.err()).find(), "HB048 at " + file + ":" + line + " in:\n" + run.err());
        assertFalse(run.err().contains("interne fout"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertFalse(Files.exists(marker()), "the theme ran a command");
    }

    @Test
    void aRefusedReachForJavaIsExplainedInTheReadersLanguage() throws IOException {
        school();
        write("inhoud/school/vormgeving/pagina/start.ftlh", "<#assign o=\"freemarker.template.utility.ObjectConstructor\"?new()>\n");
        String err = build().err();
        assertTrue(err.contains("fout[HB048]: het vormgevingsbestand kan niet gebruikt worden: het probeert Java aan te spreken"), err);
        assertFalse(err.contains("security reasons"), err);
    }

    @Test
    void aThemeFileCannotRunACommandWithExecute() throws IOException {
        refused("<p>Welkom</p>\n<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker() + "\")}\n", 2);
    }

    @Test
    void aThemeFileCannotConstructJavaObjects() throws IOException {
        refused("<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>\n"
                + "${oc(\"java.io.File\", \"" + marker() + "\").createNewFile()?c}\n", 1);
    }

    @Test
    void aThemeFileCannotStartJython() throws IOException {
        refused("<#assign py=\"freemarker.template.utility.JythonRuntime\"?new()>"
                + "<@py>import os; os.system('touch " + marker() + "')</@py>\n", 1);
    }

    @Test
    void aThemeFileCannotUseTheJavaApiOfAValue() throws IOException {
        refused("<p>${h.school().name()}</p>\n\n${h?api.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch " + marker() + "\")}\n", 3);
    }

    @Test
    void aThemeFileCannotReachTheClassOfAValue() throws IOException {
        refused("${h.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch " + marker() + "\")}\n", 1);
    }

    @Test
    void aThemeFileCannotReadTheClassAsAProperty() throws IOException {
        refused("<p>${h.class.name} ${h.class.protectionDomain.codeSource.location}</p>\n", 1);
    }

    @Test
    void aThemeFileCannotMakeFilesThroughAPathOfTheModel() throws IOException {
        school();
        Path made = tmp.resolve("inhoud/school/gemaakt.txt");
        write("inhoud/school/vormgeving/pagina/start.ftlh",
                "<p>${h.folder().resolve(\"gemaakt.txt\").toFile().createNewFile()?c}</p>\n");
        assertRefused(build(), "inhoud/school/vormgeving/pagina/start.ftlh", 1);
        assertFalse(Files.exists(made), "the theme made a file through java.io.File");
    }

    @Test
    void aThemeFileCannotTurnItsLimitsOff() throws IOException {
        refused("<#setting api_builtin_enabled=true>\n${h?api.hashCode()}\n", 1);
    }

    @Test
    void aThemeFileCannotIncludeFilesAboveItsFolder() throws IOException {
        refused("<#include \"../../school.yaml\">\n", 1);
    }

    @Test
    void anAbsoluteIncludeStaysInsideTheTheme() throws IOException {
        refused("<p>x</p>\n<#include \"/etc/passwd\">\n", 2);
    }

    /** Links out of the handbook are refused when it is loaded; one to a content file, here. */
    @Test
    void aThemeFileCannotFollowALinkOutOfItsFolder() throws IOException {
        school();
        Map<String, byte[]> before = Fixtures.snapshot(tmp.resolve("uit"));
        write("inhoud/school/school.yaml", "# GEHEIM-1234\nnaam: Atheneum Ter Heide\n");
        write("inhoud/school/vormgeving/pagina/start.ftlh", "<p>x</p>\n<#include \"/geheim.ftlh\">\n");
        Files.createSymbolicLink(tmp.resolve("inhoud/school/vormgeving/geheim.ftlh"), Path.of("../school.yaml"));
        assertRefused(build(), "inhoud/school/vormgeving/pagina/start.ftlh", 2);
        Fixtures.assertSameFiles(before, Fixtures.snapshot(tmp.resolve("uit")));
    }

    @Test
    void aLayoutThatIsALinkOutOfItsFolderIsRefused() throws IOException {
        school();
        write("inhoud/school/school.yaml", "# GEHEIM-1234\nnaam: Atheneum Ter Heide\n");
        Files.createDirectories(tmp.resolve("inhoud/school/vormgeving/pagina"));
        Files.createSymbolicLink(tmp.resolve("inhoud/school/vormgeving/pagina/start.ftlh"), Path.of("../../school.yaml"));
        Fixtures.Run run = build();
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("inhoud/school/vormgeving/pagina/start.ftlh: fout[HB048]"), run.err());
        assertTrue(run.err().contains("koppeling"), run.err());
    }

    @Test
    void aStyleSheetThatIsALinkOutOfItsFolderIsNotCopied() throws IOException {
        school();
        write("inhoud/school/school.yaml", "# GEHEIM-1234\nnaam: Atheneum Ter Heide\n");
        Files.createDirectories(tmp.resolve("inhoud/school/vormgeving/assets"));
        Files.createSymbolicLink(tmp.resolve("inhoud/school/vormgeving/assets/stijl.css"), Path.of("../../school.yaml"));
        Fixtures.Run run = build();
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("inhoud/school/vormgeving/assets/stijl.css: fout[HB048]"), run.err());
        assertFalse(Files.readString(tmp.resolve("uit/school/assets/stijl.css")).contains("GEHEIM"));
    }

    @Test
    void aMistakeInAThemeFileIsShownAtItsLineAndColumn() throws IOException {
        school();
        write("inhoud/school/vormgeving/pagina/start.ftlh", "<p>Welkom</p>\n<p>  ${h.bestaatNiet()}</p>\n");
        Fixtures.Run run = build();
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("inhoud/school/vormgeving/pagina/start.ftlh:2:8: fout[HB048]"), run.err());
        assertFalse(run.err().contains("interne fout"), run.err());
    }

    @Test
    void aLayoutThatCallsItselfWithoutEndIsAnErrorNotACrash() throws IOException {
        school();
        write("inhoud/school/vormgeving/pagina/start.ftlh", "<#macro m n><@m n+1/></#macro>\n<@m 0/>\n");
        Fixtures.Run run = build();
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("inhoud/school/vormgeving/pagina/start.ftlh: fout[HB048]"), run.err());
        assertTrue(run.err().contains("eindeloos"), run.err());
    }

    @Test
    void aMistakeInATemplatesLayoutIsShownInThatFile() throws IOException {
        school();
        write("inhoud/sjabloon/vormgeving/pagina/start.ftlh", "<p>Welkom</p>\n<#if>\n");
        assertRefused(build(), "inhoud/sjabloon/vormgeving/pagina/start.ftlh", 2);
    }

    @Test
    void aThemeFileInATemplateJarCannotRunACommand() throws IOException {
        String before = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", tmp.resolve("repository").toString());
        try {
            Path jar = tmp.resolve("repository/be/clb/sjabloon/2.0/sjabloon-2.0.jar");
            Files.createDirectories(jar.getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
                for (Map.Entry<String, String> f : Map.of(
                        "handboek/handboek.yaml", "titel: Sjabloon\nstatus: vastgesteld\n",
                        "handboek/school.yaml", "naam: Sjabloonschool\n",
                        "handboek/vormgeving/pagina/start.ftlh",
                        "<p>Welkom</p>\n<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker() + "\")}\n")
                        .entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            write("inhoud/school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: be.clb:sjabloon:2.0\n");
            write("inhoud/school/school.yaml", "naam: Atheneum Ter Heide\n");
            Fixtures.Run check = Fixtures.run("check", tmp.resolve("inhoud/school").toString());
            assertFalse(Files.exists(marker()), "check ran the theme's command: " + check.err());
            assertRefused(build(), "handboek/vormgeving/pagina/start.ftlh", 2);
            assertFalse(Files.exists(tmp.resolve("uit/school/index.html")));
        } finally {
            if (before == null) System.clearProperty("maven.repo.local");
            else System.setProperty("maven.repo.local", before);
        }
    }
}
