package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Removed;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An error a school causes by taking something from its template stands at the school's own line. */
class RemovedFromTemplateTest {
    @TempDir
    Path tmp;

    void write(String path, String text) throws IOException {
        Fixtures.write(tmp, path, text);
    }

    void layers() throws IOException {
        write("sjabloon/handboek.yaml", "titel: Sjabloon\nstatus: concept\n");
        write("sjabloon/school.yaml", "naam: Sjabloonschool\n");
        write("sjabloon/rollen.yaml", """
                rollen:
                  - id: directeur
                    naam: Directeur
                    soort: intern
                    taken:
                      - id: onthaal
                        omschrijving: Onthaalt nieuwe leerlingen.
                        eigenaar: leerlingenbegeleider
                  - id: leerlingenbegeleider
                    naam: Leerlingenbegeleider
                    soort: intern
                """);
        write("sjabloon/cel.yaml", "naam: cel\nvaste_kern:\n  - rol: directeur\n  - rol: leerlingenbegeleider\n");
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../sjabloon\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\n");
        write("school/rollen.yaml", "rollen:\n  - !verwijderd leerlingenbegeleider\n");
    }

    @Test
    void theMergeRecordsWhatTheSchoolTookAwayAndWhere() throws IOException {
        layers();
        List<Removed> removed = Layers.handbook(tmp.resolve("school")).removed();
        assertEquals(1, removed.size(), removed.toString());
        Removed r = removed.get(0);
        assertEquals(List.of("rollen.yaml", "rollen", "leerlingenbegeleider", false), List.of(r.file(), r.list(), r.id(), r.replaced()));
        assertEquals(tmp.resolve("school/rollen.yaml"), r.at().file());
        assertEquals(2, r.at().line());
    }

    @Test
    void aRemovedRoleTheTemplateStillNamesIsOneErrorAtTheRemovalWithTheTemplatePlacesAsNotes() throws IOException {
        layers();
        List<Diagnostic> d = Build.check(tmp.resolve("school")).structural();
        assertEquals(1, d.size(), d.toString());
        assertEquals(Problem.UNKNOWN_ROLE, d.get(0).problem());
        assertEquals(tmp.resolve("school/rollen.yaml"), d.get(0).position().file());
        assertEquals(2, d.get(0).notes().size());
        String printed = Messages.dutch().format(d.get(0));
        assertTrue(printed.contains("je haalt de rol 'leerlingenbegeleider' weg, maar het sjabloon verwijst er nog naar op 2 plaatsen"), printed);
        assertTrue(printed.contains("sjabloon/cel.yaml:4:10"), printed);
        assertTrue(printed.contains("sjabloon/rollen.yaml:8:19"), printed);
    }

    @Test
    void aReferenceTheSchoolWroteItselfStaysAtItsOwnPlace() throws IOException {
        layers();
        write("school/cel.yaml", "vaste_kern:\n  - rol: directeur\n  - rol: leerlingenbegeleider\n");
        List<Diagnostic> d = Build.check(tmp.resolve("school")).structural();
        assertEquals(2, d.size(), d.toString());
        Diagnostic own = d.stream().filter(x -> x.position().file().equals(tmp.resolve("school/cel.yaml"))).findFirst().orElseThrow();
        assertTrue(Messages.dutch().format(own).endsWith("je haalt dit zelf weg met !verwijderd: " + tmp.resolve("school/rollen.yaml") + ":2:5"),
                Messages.dutch().format(own));
        assertTrue(d.stream().anyMatch(x -> x.position().file().equals(tmp.resolve("school/rollen.yaml")) && x.notes().size() == 1), d.toString());
    }

    @Test
    void aListTheSchoolWritesAnewThatLeavesOutATemplateCampusIsTheErrorsPlace() throws IOException {
        layers();
        write("sjabloon/school.yaml", "naam: Sjabloonschool\nvestigingen:\n  - id: noord\n    naam: Campus Noord\n");
        write("sjabloon/cel.yaml", "naam: cel\nvaste_kern:\n  - rol: directeur\ncellen:\n  - id: n\n    naam: cel Noord\n    campus: noord\n");
        write("school/rollen.yaml", "rollen:\n  - id: directeur\n    naam: Directie\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\nvestigingen:\n  - naam: Campus Zuid\n");
        List<Diagnostic> d = Build.check(tmp.resolve("school")).structural();
        assertEquals(List.of(Problem.UNKNOWN_CAMPUS), d.stream().map(Diagnostic::problem).toList(), d.toString());
        assertEquals(tmp.resolve("school/school.yaml"), d.get(0).position().file());
        assertTrue(Messages.dutch().format(d.get(0)).contains("je eigen lijst 'vestigingen' laat de vestiging 'noord' van het sjabloon weg"));
    }

    @Test
    void aCampusTheSchoolRenamesWhileTheTemplateUsesItsOldNameIsTheErrorsPlace() throws IOException {
        layers();
        write("sjabloon/school.yaml", "naam: Sjabloonschool\nvestigingen:\n  - naam: Campus Noord\n");
        write("sjabloon/cel.yaml", "naam: cel\nvaste_kern:\n  - rol: directeur\ncellen:\n  - id: n\n    naam: cel Noord\n    campus: campus-noord\n");
        write("school/rollen.yaml", "rollen:\n  - id: directeur\n    naam: Directie\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\nvestigingen:\n  - naam: Campus Hoog Noord\n");
        List<Diagnostic> d = Build.check(tmp.resolve("school")).structural();
        assertEquals(List.of(Problem.UNKNOWN_CAMPUS), d.stream().map(Diagnostic::problem).toList(), d.toString());
        assertEquals(tmp.resolve("school/school.yaml"), d.get(0).position().file());
        assertEquals(1, d.get(0).notes().size());
    }
}
