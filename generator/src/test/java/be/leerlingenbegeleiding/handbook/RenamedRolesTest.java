package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that renamed a role says so in handboek.yaml; a school on the old id is told which id to write. */
class RenamedRolesTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void template() throws IOException {
        write("sjabloon/handboek.yaml", "titel: Sjabloon\nsoort: sjabloon\nstatus: concept\n"
                + "hernoemde_rollen:\n  coach: tussencoach\n  tussencoach: vervolgschoolcoach\n");
        write("sjabloon/rollen.yaml", "rollen:\n  - id: directeur\n    naam: Directeur\n    soort: intern\n"
                + "  - id: vervolgschoolcoach\n    naam: Vervolgschoolcoach\n    soort: extern\n");
        write("sjabloon/school.yaml", "naam: !invullen naam van je school\n");
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../sjabloon\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\n");
    }

    @Test
    void anOverrideUnderTheOldIdIsAnErrorAtTheSchoolsIdNotASecondRole() throws IOException {
        write("school/rollen.yaml", "rollen:\n  - id: coach\n    bereikbaarheid: elke maandag\n");
        List<String> errors = errors("school");
        assertEquals(List.of("rollen.yaml:2:9 HB052 'coach' heet in het sjabloon nu 'vervolgschoolcoach' | Vervang 'coach' door "
                + "'vervolgschoolcoach', hier en overal waar je school de rol noemt. Dan vult je school de rol van het sjabloon aan, "
                + "in plaats van er een tweede rol naast te zetten."), errors);
    }

    @Test
    void aRemovalOfTheOldIdNamesTheNewOne() throws IOException {
        write("school/rollen.yaml", "rollen:\n  - !verwijderd coach\n");
        assertEquals(List.of("rollen.yaml:2:5 HB031 er is niets om te verwijderen: het sjabloon heeft geen 'coach' | Het sjabloon "
                + "waarop je school bouwt, heeft deze rol hernoemd: ze heet nu 'vervolgschoolcoach'. Vervang 'coach' hier door "
                + "'vervolgschoolcoach'."), errors("school"));
    }

    @Test
    void aSchoolCannotDeclareRenamesItself() throws IOException {
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../sjabloon\nhernoemde_rollen:\n  a: b\n");
        List<String> errors = errors("school");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("handboek.yaml:4:1 HB001 onbekende sleutel 'hernoemde_rollen' | Alleen een sjabloon"),
                errors.toString());
        assertEquals(List.of(), errors("sjabloon"), "the template itself may");
    }

    @Test
    void theReportSaysThereIsNothingToDoWhenTheSchoolNeverUsedTheOldId() throws IOException {
        write("oud/handboek.yaml", "titel: Sjabloon\nsoort: sjabloon\nstatus: concept\n");
        write("oud/rollen.yaml", "rollen:\n  - id: directeur\n    naam: Directeur\n    soort: intern\n"
                + "  - id: coach\n    naam: Coach\n    soort: extern\n");
        write("oud/school.yaml", "naam: !invullen naam van je school\n");
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../oud\n");
        Fixtures.Run run = Fixtures.run("upgrade-report", tmp.resolve("school").toString(), "--to", tmp.resolve("sjabloon").toString());
        assertTrue(run.out().contains("'coach' heet nu 'vervolgschoolcoach'.\n    Je eigen bestanden gebruiken het oude id niet: "
                + "er is niets te doen."), run.out() + run.err());
    }

    private List<String> errors(String handbook) throws IOException {
        Messages nl = Messages.dutch();
        Path folder = tmp.resolve(handbook);
        return Build.check(folder).diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> folder.relativize(d.position().file()).toString().replace('\\', '/') + ":" + d.position().line() + ":"
                        + d.position().column() + " " + d.code() + " " + nl.text(d.message()) + " | " + nl.text(d.tip()).strip())
                .toList();
    }

    private void write(String path, String text) throws IOException {
        Fixtures.write(tmp, path, text);
    }
}
