package be.leerlingenbegeleiding.handbook.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.leerlingenbegeleiding.handbook.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook wijzigingen --sinds}: a school's second edition against its first, as a folder
 * and as a git tag, lists exactly the parts that changed, and refuses what is no edition.
 */
class ChangesCommandTest {
    @TempDir
    Path tmp;

    static final String EXPECTED = """
            Gewijzigd (3)
              Afspraak met het CLB 'Leerplicht en problematische afwezigheden'
              Pagina 'Privacy en beroepsgeheim', sectie 'Toestemming'
              Taak 'beleid vaststellen' van rol 'Directeur'

            Verwijderd (1)
              Rol 'Vervolgschoolcoach'
            """;

    /** A copy of de-kiem with one task, one agreement and one page section changed, and a role removed. */
    static Path nextEdition(Path content) throws IOException {
        Path kiem = content.resolve("de-kiem");
        edit(kiem.resolve("rollen.yaml"), "Legt het beleid op leerlingenbegeleiding na overleg", "Legt het beleid na overleg");
        String roles = Files.readString(kiem.resolve("rollen.yaml"), StandardCharsets.UTF_8);
        Files.writeString(kiem.resolve("rollen.yaml"), roles.substring(0, roles.indexOf("  - id: vervolgschoolcoach"))
                + roles.substring(roles.indexOf("herziening:")), StandardCharsets.UTF_8);
        edit(kiem.resolve("clb.yaml"), "starten school en CLB samen", "starten school en CLB meteen samen");
        Path page = kiem.resolve("paginas/privacy-en-beroepsgeheim.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int at = text.indexOf("## Toestemming");
        int end = text.indexOf('\n', text.indexOf("\n\n", at) + 2);
        Files.writeString(page, text.substring(0, end) + "\nWe vragen die toestemming opnieuw bij elke nieuwe graad.\n"
                + text.substring(end), StandardCharsets.UTF_8);
        return kiem;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) throw new IllegalStateException(from + " not in " + file);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aFolderWithTheEarlierEditionGivesExactlyTheChangedParts() throws IOException {
        Path old = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), tmp.resolve("oud/de-kiem"));
        Fixtures.copyTree(old, tmp.resolve("nieuw/de-kiem"));
        Path now = nextEdition(tmp.resolve("nieuw"));
        Fixtures.Run run = Fixtures.run("wijzigingen", now.toString(), "--sinds", old.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Wat is er veranderd in " + now + " sinds " + old + "\n\n" + EXPECTED, run.out());
    }

    @Test
    void aGitTagOfTheRepositoryTheHandbookLivesInIsAnEarlierEdition() throws Exception {
        Path repo = tmp.resolve("repo");
        Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), repo.resolve("content/de-kiem"));
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=School", "-c", "user.email=school@example.org", "commit", "-q", "-m", "2025");
        git(repo, "tag", "v2025");
        Path now = nextEdition(repo.resolve("content"));
        git(repo, "-c", "user.name=School", "-c", "user.email=school@example.org", "commit", "-q", "-a", "-m", "2026");
        Fixtures.Run run = Fixtures.run("wijzigingen", now.toString(), "--sinds", "v2025");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Wat is er veranderd in " + now + " sinds v2025\n\n" + EXPECTED, run.out());
    }

    @Test
    void anUnknownRevisionIsRefusedWithATip() throws Exception {
        Path repo = tmp.resolve("repo");
        Path kiem = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), repo.resolve("content/de-kiem"));
        git(repo, "init", "-q");
        Fixtures.Run run = Fixtures.run("wijzigingen", kiem.toString(), "--sinds", "v2024");
        assertEquals(2, run.exitCode());
        assertEquals("fout: 'v2024' is geen map en geen revisie die git in deze repository kent.\n"
                + "  tip: Bekijk de tags met 'git tag' en de commits met 'git log --oneline'; geef een map op als pad, "
                + "bv. ../vorig/de-kiem.\n", run.err());
    }

    @Test
    void aFolderThatIsNoHandbookIsRefused() throws IOException {
        Path kiem = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), tmp.resolve("de-kiem"));
        Files.createDirectories(tmp.resolve("leeg"));
        Fixtures.Run run = Fixtures.run("wijzigingen", kiem.toString(), "--sinds", tmp.resolve("leeg").toString());
        assertEquals(2, run.exitCode());
        assertEquals("fout: '" + tmp.resolve("leeg") + "' is geen handboek (er staat geen handboek.yaml in).\n"
                + "  tip: Geef met --sinds de map van de vorige uitgave van dit handboek, of een git-revisie zoals een tag "
                + "(bv. v2025).\n", run.err());
    }

    static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException(command + ": " + out);
    }
}
