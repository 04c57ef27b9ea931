package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder in {@code ongeldig/} is a broken handbook ({@code handboek/}) beside the exact
 * output {@code handbook check} must print for it ({@code verwacht.txt}, and
 * {@code verwacht-en.txt} for {@code --lang en} where present). Paths print relative to the
 * case folder. Run with {@code -Dhandbook.updateGolden=true} to rewrite the expected files after
 * a deliberate change of wording, then review the diff.
 */
class InvalidHandbooksTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(Fixtures.resources().resolve("ongeldig"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkPrintsExactlyTheExpectedDiagnostics(String name) throws IOException {
        Path dir = Fixtures.resources().resolve("ongeldig").resolve(name);
        compare(dir, dir.resolve("verwacht.txt"), "nl");
        Path english = dir.resolve("verwacht-en.txt");
        if (Files.exists(english)) compare(dir, english, "en");
    }

    private static void compare(Path dir, Path expectedFile, String lang) throws IOException {
        Fixtures.Run run = Fixtures.run("--lang", lang, "check", dir.resolve("handboek").toString());
        String actual = run.err().replace(Fixtures.printed(dir) + "/", "");
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), actual);
        assertEquals("", run.out());
        Fixtures.assertGolden(expectedFile, actual);
    }

    /** Every problem code the loader and validator know has at least one fixture that produces it. */
    @Test
    void everyProblemCodeHasAFixture() throws IOException {
        Set<String> seen = new TreeSet<>();
        Pattern code = Pattern.compile("\\[(HB\\d{3})]");
        for (String name : cases().toList()) {
            Matcher m = code.matcher(Files.readString(
                    Fixtures.resources().resolve("ongeldig").resolve(name).resolve("verwacht.txt")));
            while (m.find()) seen.add(m.group(1));
        }
        // HB048 comes from rendering a theme file, which check does not do: ThemeSandboxTest has it.
        List<String> missing = Arrays.stream(Problem.values()).map(Problem::code)
                .filter(c -> !seen.contains(c) && !c.equals(Problem.THEME_ERROR.code())).collect(Collectors.toList());
        assertEquals(List.of(), missing, "problem codes without a fixture");
    }

    @Test
    void thereAreAtLeastTwentyFiveInvalidFixtures() throws IOException {
        assertTrue(cases().count() >= 25, "only " + cases().count() + " invalid fixtures");
    }
}
