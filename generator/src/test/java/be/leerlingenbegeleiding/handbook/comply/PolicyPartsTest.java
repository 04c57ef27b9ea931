package be.leerlingenbegeleiding.handbook.comply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R6: each of the decree's three policy parts needs a task of the school's own and a text. */
class PolicyPartsTest {
    @TempDir
    Path tmp;

    private static String roles(String kind) {
        return """
                rollen:
                  - id: begeleider
                    naam: Leerlingenbegeleider
                    soort: %s
                    taken:
                      - id: gesprekken
                        omschrijving: Voert gesprekken met leerlingen.
                        taakcluster: leerlingen
                      - id: coaching
                        omschrijving: Coacht leraren in de klas.
                        taakcluster: schoolteam
                      - id: cel-leiden
                        omschrijving: Bereidt de cel voor en bewaakt de afspraken.
                        taakcluster: beleid
                """.formatted(kind);
    }

    private List<String> findings(String roles) throws IOException {
        Fixtures.write(tmp, "h/handboek.yaml", "titel: Proef\nstatus: concept\n");
        Fixtures.write(tmp, "h/school.yaml", "naam: Proefschool\n");
        Fixtures.write(tmp, "h/rollen.yaml", roles);
        Handbook h = Build.check(tmp.resolve("h")).handbooks().get(0);
        Findings out = new Findings(LocalDate.of(2026, 11, 23));
        new PolicyParts().check(h, out);
        return out.raw.stream().map(r -> r.message().key() + " " + r.subject() + " " + r.at().file().getFileName()).toList();
    }

    @Test
    void tasksAloneDoNotBackAPartThatHasNoTextSayingHowAndEachFindingSaysWhereToWriteIt() throws IOException {
        assertEquals(List.of(
                "check.policyPart.noText zorgcontinuum.yaml fasen.<fase>.wie zorgcontinuum.yaml",
                "check.policyPart.noText cel.yaml procedures.casusbespreking cel.yaml",
                "check.policyPart.noText cel.yaml omschrijving cel.yaml"), findings(roles("intern")));
    }

    @Test
    void tasksOfARoleOutsideTheSchoolBackNoPart() throws IOException {
        Fixtures.write(tmp, "h/zorgcontinuum.yaml", """
                fasen:
                  brede_basiszorg:
                    omschrijving: Alle leerlingen.
                    wie: [begeleider]
                """);
        Fixtures.write(tmp, "h/cel.yaml", """
                naam: Cel leerlingenbegeleiding
                omschrijving: De cel stemt alle begeleiding op school op elkaar af.
                procedures:
                  casusbespreking: Een leraar brengt een vraag in en krijgt afspraken mee.
                """);
        assertEquals(List.of(), findings(roles("intern")));
        List<String> outside = findings(roles("extern"));
        assertEquals(List.of(
                "check.policyPart.onlyOutside leerlingen rollen.yaml",
                "check.policyPart.noText zorgcontinuum.yaml fasen.<fase>.wie zorgcontinuum.yaml",
                "check.policyPart.onlyOutside schoolteam rollen.yaml",
                "check.policyPart.onlyOutside coordinatie rollen.yaml"), outside);
    }
}
