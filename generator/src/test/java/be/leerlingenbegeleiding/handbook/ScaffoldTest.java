package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleKind;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook new}: each kind is written with every key explained, and the handbook checks
 * exactly as before apart from the new part; refusals change nothing and exit with 2.
 */
class ScaffoldTest {
    @TempDir
    Path tmp;

    /** Copies example handbooks next to each other (a school and its template); the first one. */
    private Path copy(String... names) throws IOException {
        for (String name : names) {
            Path from = Fixtures.repoRoot().resolve("content").resolve(name);
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path to = tmp.resolve(name).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                }
            }
        }
        return tmp.resolve(names[0]);
    }

    /** What check prints, in order: the scaffold may add nothing to it. */
    private static List<String> checked(Path dir) throws IOException {
        return Messages.dutch().formatAll(Build.check(dir).diagnostics());
    }

    private static Handbook model(Path dir) throws IOException {
        Build.Result c = Build.check(dir);
        assertFalse(c.hasErrors(), String.join("\n", Messages.dutch().formatAll(c.diagnostics())));
        return c.handbooks().get(0);
    }

    private static Map<Path, byte[]> snapshot(Path root) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) files.put(p, Files.readAllBytes(p));
        }
        return files;
    }

    private static void assertUnchanged(Map<Path, byte[]> before, Path root) throws IOException {
        Map<Path, byte[]> after = snapshot(root);
        assertEquals(before.keySet(), after.keySet());
        for (Path p : before.keySet()) assertArrayEquals(before.get(p), after.get(p), p.toString());
    }

    /** The old bytes are the new bytes with one stretch taken out: nothing before or after it moved. */
    private static void assertOnlyInserted(byte[] before, byte[] after) {
        assertTrue(after.length > before.length);
        int prefix = 0;
        while (prefix < before.length && before[prefix] == after[prefix]) prefix++;
        int suffix = 0;
        while (suffix < before.length - prefix && before[before.length - 1 - suffix] == after[after.length - 1 - suffix]) suffix++;
        assertEquals(before.length, prefix + suffix, "bytes of the existing file changed, not only added");
    }

    private static String line(Path file, int n) throws IOException {
        return Files.readAllLines(file).get(n - 1);
    }

    @Test
    void aRoleIsAddedAfterTheLastRoleAndTheRestOfRollenYamlStaysByteForByte() throws IOException {
        Path kiem = copy("de-kiem");
        Path roles = kiem.resolve("rollen.yaml");
        byte[] before = Files.readAllBytes(roles);
        List<String> checkedBefore = checked(kiem);

        Fixtures.Run run = Fixtures.run("new", "rol", "zorgcoordinator", kiem.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertOnlyInserted(before, Files.readAllBytes(roles));
        var m = java.util.regex.Pattern.compile("Rol 'zorgcoordinator' toegevoegd aan (.+), vanaf regel (\\d+)\\.").matcher(run.out());
        assertTrue(m.find(), run.out());
        assertEquals(roles.toString(), m.group(1));
        assertTrue(line(roles, Integer.parseInt(m.group(2))).startsWith("  # Rol 'zorgcoordinator', toegevoegd met 'handbook new'."));
        assertTrue(run.out().contains("'handbook check " + kiem + "'"), run.out());
        // The role goes after the last role, before the comment and the key that follow the list.
        String text = Files.readString(roles);
        assertTrue(text.indexOf("- id: zorgcoordinator") < text.indexOf("# Wanneer dit onderdeel herzien werd"));
        assertEquals(checkedBefore, checked(kiem));
        Role role = model(kiem).role("zorgcoordinator").orElseThrow();
        assertEquals("Zorgcoordinator", role.name());
        assertEquals(RoleKind.INTERN, role.kind());
        assertEquals(List.of("zorgcoordinator-signaleren"), role.tasks().stream().map(t -> t.id()).toList());
        assertTrue(text.contains("    # geheimhouding: discretieplicht"), "optional keys are commented out");
        assertTrue(text.contains("Kies uit: intern, extern."), "enums list their values");
    }

    @Test
    void aRoleAddedToASchoolOnATemplateChecksCleanAndRolesFromTheTemplateCountAsExisting() throws IOException {
        Path linde = copy("de-linde", "sjabloon");
        Path roles = linde.resolve("rollen.yaml");
        byte[] before = Files.readAllBytes(roles);
        List<String> checkedBefore = checked(linde);

        Fixtures.Run run = Fixtures.run("new", "rol", "zorgcoordinator", linde.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertOnlyInserted(before, Files.readAllBytes(roles));
        assertEquals(checkedBefore, checked(linde));
        Handbook h = model(linde);
        assertTrue(h.role("zorgcoordinator").isPresent());
        assertTrue(h.role("clb").isPresent(), "the inherited roles are still there");

        Map<Path, byte[]> files = snapshot(tmp);
        Fixtures.Run inherited = Fixtures.run("new", "rol", "klassenraad", linde.toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, inherited.exitCode());
        assertTrue(inherited.err().startsWith("fout: de rol 'klassenraad' bestaat al (" + Fixtures.printed(tmp.resolve("sjabloon/rollen.yaml")) + ":"),
                inherited.err());
        assertTrue(inherited.err().contains("\n  tip: Kies een ander id"), inherited.err());
        assertUnchanged(files, tmp);
    }

    @Test
    void aFunctionDescriptionForTheRoleWithTheSameIdChecksCleanAndIsInTheModel() throws IOException {
        Path kiem = copy("de-kiem");
        List<String> checkedBefore = checked(kiem);

        Fixtures.Run run = Fixtures.run("new", "functie", "gok-coordinator", kiem.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path file = kiem.resolve("functies/gok-coordinator.yaml");
        assertTrue(run.out().startsWith("Functiebeschrijving 'gok-coordinator' geschreven: " + file + "\n"), run.out());
        assertEquals(checkedBefore, checked(kiem));
        FunctionDescription f = model(kiem).functions().stream().filter(x -> x.id().equals("gok-coordinator")).findFirst().orElseThrow();
        assertEquals("gok-coordinator", f.role().id());
        assertEquals("GOK-coördinator", f.title(), "the title is the role's name");
        assertEquals("directeur", f.firstEvaluator().id());
        assertTrue(Files.readString(file).contains("\n# taakclusters:\n"), "optional keys are commented out");
    }

    @Test
    void aFunctionDescriptionTakesTheRoleNamedWithDashDashRol() throws IOException {
        Path kiem = copy("de-kiem");
        List<String> checkedBefore = checked(kiem);

        Fixtures.Run run = Fixtures.run("new", "functie", "zorgcoordinator", kiem.toString(), "--rol", "leerlingenbegeleider-eerste-graad");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(checkedBefore, checked(kiem));
        FunctionDescription f = model(kiem).functions().stream().filter(x -> x.id().equals("zorgcoordinator")).findFirst().orElseThrow();
        assertEquals("leerlingenbegeleider-eerste-graad", f.role().id());
    }

    @Test
    void aFunctionDescriptionWithoutItsRoleIsRefusedWithTheRolesThatExist() throws IOException {
        Path kiem = copy("de-kiem");
        Map<Path, byte[]> files = snapshot(tmp);

        Fixtures.Run none = Fixtures.run("new", "functie", "zorgcoordinator", kiem.toString());
        Fixtures.Run typo = Fixtures.run("new", "functie", "zorgcoordinator", kiem.toString(), "--rol", "gok-coordinater");

        assertEquals(ExitCode.USAGE_OR_INTERNAL, none.exitCode());
        assertTrue(none.err().startsWith("fout: er is geen rol 'zorgcoordinator' waar de functiebeschrijving bij kan horen\n"), none.err());
        assertTrue(none.err().contains("--rol"), none.err());
        assertTrue(none.err().contains("Bekende rollen: adjunct-directeur, clb, directeur,"), none.err());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, typo.exitCode());
        assertTrue(typo.err().startsWith("fout: de rol 'gok-coordinater' bij --rol bestaat niet\n  tip: bedoelde je 'gok-coordinator'?"), typo.err());
        assertUnchanged(files, tmp);
    }

    @Test
    void aPageAndAPracticeExampleAreWrittenWithFrontMatterAndCheckClean() throws IOException {
        Path kiem = copy("de-kiem");
        List<String> checkedBefore = checked(kiem);

        Fixtures.Run page = Fixtures.run("new", "pagina", "onthaal-nieuwe-leerlingen", kiem.toString());
        Fixtures.Run example = Fixtures.run("new", "praktijkvoorbeeld", "pesten-op-de-bus", kiem.toString());

        assertEquals(ExitCode.OK, page.exitCode(), page.err());
        assertEquals(ExitCode.OK, example.exitCode(), example.err());
        assertTrue(page.out().startsWith("Pagina 'onthaal-nieuwe-leerlingen' geschreven: "
                + kiem.resolve("paginas/onthaal-nieuwe-leerlingen.md") + "\n"), page.out());
        String text = Files.readString(kiem.resolve("praktijkvoorbeelden/pesten-op-de-bus.md"));
        assertTrue(text.startsWith("---\n# Praktijkvoorbeeld 'pesten-op-de-bus'"), text);
        assertEquals(checkedBefore, checked(kiem));
        Handbook h = model(kiem);
        Page p = h.pages().stream().filter(x -> x.id().equals("onthaal-nieuwe-leerlingen")).findFirst().orElseThrow();
        assertEquals("Onthaal nieuwe leerlingen", p.title());
        Page e = h.practiceExamples().stream().filter(x -> x.id().equals("pesten-op-de-bus")).findFirst().orElseThrow();
        assertEquals("Pesten op de bus", e.title());
        assertTrue(e.body().text().contains("## Hoe we het aanpakten"), e.body().text());
    }

    @Test
    void aHandbookWithoutRollenYamlGetsOneWithTheRole() throws IOException {
        Path school = tmp.resolve("minimaal");
        Fixtures.write(tmp, "minimaal/handboek.yaml", "titel: Beleid leerlingenbegeleiding\nstatus: concept\n");
        Fixtures.write(tmp, "minimaal/school.yaml", "naam: Testschool Heidebeek\n");

        Fixtures.Run run = Fixtures.run("new", "rol", "zorgcoordinator", school.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(List.of(), Build.check(school).structural());
        assertTrue(model(school).role("zorgcoordinator").isPresent());
    }

    /**
     * Windows line ends and a byte order mark stay as they are, and the role goes before what
     * follows the list: a comment, and a key after a block of text that ends in blank lines.
     */
    @Test
    void aRoleIsInsertedBeforeWhatFollowsTheListKeepingLineEndsAndByteOrderMark() throws IOException {
        Path school = tmp.resolve("school");
        Fixtures.write(tmp, "school/handboek.yaml", "titel: Beleid\nstatus: concept\n");
        Fixtures.write(tmp, "school/school.yaml", "naam: Testschool\n");
        String roles = "\uFEFFrollen:\r\n- id: cel\r\n  naam: Cel\r\n  soort: intern\r\n  omschrijving: |\r\n    De cel.\r\n\r\n"
                + "    Komt wekelijks samen.\r\n\r\n\r\n# De herziening van dit bestand.\r\nherziening:\r\n  eigenaar: cel\r\n";
        Files.write(school.resolve("rollen.yaml"), roles.getBytes(StandardCharsets.UTF_8));

        Fixtures.Run run = Fixtures.run("new", "rol", "zorgcoordinator", school.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        byte[] after = Files.readAllBytes(school.resolve("rollen.yaml"));
        assertOnlyInserted(roles.getBytes(StandardCharsets.UTF_8), after);
        String text = new String(after, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CR LF");
        assertTrue(text.indexOf("Komt wekelijks samen.") < text.indexOf("- id: zorgcoordinator"));
        assertTrue(text.indexOf("- id: zorgcoordinator") < text.indexOf("# De herziening van dit bestand."));
        assertEquals(List.of(), Build.check(school).structural());
        Handbook h = model(school);
        assertEquals(List.of("cel", "zorgcoordinator"), h.roles().stream().map(Role::id).toList());
        assertEquals("De cel.\n\nKomt wekelijks samen.\n", h.roles().get(0).description().text());
        assertEquals("cel", h.rolesReview().owner().id());
    }

    @Test
    void anUnknownKindIsRefusedWithASuggestion() throws IOException {
        Path kiem = copy("de-kiem");
        Map<Path, byte[]> files = snapshot(tmp);

        Fixtures.Run run = Fixtures.run("new", "rool", "zorgcoordinator", kiem.toString());

        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertEquals("fout: onbekende soort 'rool'\n"
                + "  tip: bedoelde je 'rol'? Je kunt toevoegen: rol, functie, pagina, praktijkvoorbeeld.\n", run.err());
        assertEquals("", run.out());
        assertUnchanged(files, tmp);
    }

    @Test
    void refusalsAreInEnglishWithDashDashLangEn() throws IOException {
        Path kiem = copy("de-kiem");

        Fixtures.Run run = Fixtures.run("--lang", "en", "new", "functies", "zorgcoordinator", kiem.toString());

        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertEquals("error: unknown kind 'functies'\n"
                + "  tip: did you mean 'functie'? You can add: rol, functie, pagina, praktijkvoorbeeld.\n", run.err());
    }

    @Test
    void anInvalidIdIsRefusedWithTheIdItProbablyMeant() throws IOException {
        Path kiem = copy("de-kiem");
        Map<Path, byte[]> files = snapshot(tmp);

        Fixtures.Run run = Fixtures.run("new", "rol", "Zorg Coördinator", kiem.toString());

        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.err().startsWith("fout: 'Zorg Coördinator' is geen geldig id\n  tip: bedoelde je 'zorg-coordinator'? "
                + "Een id bestaat alleen uit kleine letters, cijfers en koppeltekens"), run.err());
        assertUnchanged(files, tmp);
        for (String bad : new String[] {"-x", "a--b", "zorg_coordinator", "x.md"}) {
            assertEquals(ExitCode.USAGE_OR_INTERNAL, Fixtures.run("new", "pagina", bad, kiem.toString()).exitCode(), bad);
        }
        assertUnchanged(files, tmp);
    }

    @Test
    void anIdThatExistsIsRefusedForEveryKindAndNothingIsOverwritten() throws IOException {
        Path kiem = copy("de-kiem");
        Map<Path, byte[]> files = snapshot(tmp);

        Fixtures.Run role = Fixtures.run("new", "rol", "directeur", kiem.toString());
        Fixtures.Run function = Fixtures.run("new", "functie", "leerlingenbegeleider-eerste-graad", kiem.toString());
        Fixtures.Run page = Fixtures.run("new", "pagina", "begrippenlijst", kiem.toString());
        Fixtures.Run example = Fixtures.run("new", "praktijkvoorbeeld", "dalende-resultaten", kiem.toString());

        for (Fixtures.Run r : List.of(role, function, page, example)) {
            assertEquals(ExitCode.USAGE_OR_INTERNAL, r.exitCode(), r.err());
            assertTrue(r.err().contains("\n  tip: "), r.err());
        }
        assertTrue(role.err().startsWith("fout: de rol 'directeur' bestaat al (" + Fixtures.printed(kiem.resolve("rollen.yaml")) + ":6:"),
                role.err());
        assertTrue(function.err().startsWith("fout: " + kiem.resolve("functies/leerlingenbegeleider-eerste-graad.yaml") + " bestaat al\n"),
                function.err());
        assertTrue(page.err().startsWith("fout: " + kiem.resolve("paginas/begrippenlijst.md") + " bestaat al\n"), page.err());
        assertTrue(example.err().contains("praktijkvoorbeelden/dalende-resultaten.md bestaat al"), example.err());
        assertUnchanged(files, tmp);
    }

    @Test
    void aFolderWithSeveralHandbooksIsRefusedWithTheirNamesAndAnExample() throws IOException {
        copy("de-kiem", "de-linde", "sjabloon");
        Map<Path, byte[]> files = snapshot(tmp);

        Fixtures.Run run = Fixtures.run("new", "rol", "zorgcoordinator", tmp.toString());

        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertEquals("fout: '" + tmp + "' is geen handboek maar een map met handboeken: de-kiem, de-linde, sjabloon\n"
                + "  tip: Zeg in welk handboek het moet komen, bv. 'handbook new rol zorgcoordinator " + tmp.resolve("de-kiem") + "'.\n",
                run.err());
        assertUnchanged(files, tmp);
    }

    @Test
    void aFolderThatIsNoHandbookIsRefused() throws IOException {
        Files.createDirectories(tmp.resolve("leeg"));

        Fixtures.Run empty = Fixtures.run("new", "pagina", "x", tmp.resolve("leeg").toString());
        Fixtures.Run missing = Fixtures.run("new", "pagina", "x", tmp.resolve("bestaat-niet").toString());

        assertEquals(ExitCode.USAGE_OR_INTERNAL, empty.exitCode());
        assertTrue(empty.err().startsWith("fout: '" + tmp.resolve("leeg") + "' is geen handboekmap"), empty.err());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, missing.exitCode());
        assertTrue(missing.err().startsWith("fout: de map '" + tmp.resolve("bestaat-niet") + "' bestaat niet\n  tip: "), missing.err());
        assertEquals(List.of(tmp.resolve("leeg")), Files.list(tmp).toList());
    }
}
