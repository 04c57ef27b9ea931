package be.leerlingenbegeleiding.handbook.comply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy guard: what it flags, and the ordinary numbers and words it leaves alone. */
class PrivacyTest {
    @TempDir
    Path tmp;

    @Test
    void nationalRegisterNumbersNeedAValidCheckNumberBeforeAndAfter2000() {
        assertTrue(Privacy.validNationalNumber("85073003328"));
        assertFalse(Privacy.validNationalNumber("85073003329"), "wrong check number");
        assertTrue(Privacy.validNationalNumber("05031512367"), "born in 2005: a 2 goes before the nine digits");
    }

    private List<String> flagged(String text) throws IOException {
        Fixtures.write(tmp, "h/handboek.yaml", "titel: Proef\nstatus: concept\n");
        Fixtures.write(tmp, "h/school.yaml", "naam: Proefschool\n");
        Fixtures.write(tmp, "h/paginas/tekst.md", "---\ntitel: Tekst\n---\n" + text + "\n");
        Handbook h = Build.check(tmp.resolve("h")).handbooks().get(0);
        Findings out = new Findings(LocalDate.of(2026, 11, 23));
        new Privacy().check(h, out);
        return out.raw.stream().map(Findings.Raw::subject).toList();
    }

    @Test
    void flagsMobilesPrivateMailNationalNumbersAndPupilNames() throws IOException {
        assertEquals(List.of("85.07.30-033.28", "0470 12 34 56", "+32 485 12 34 56", "jan@telenet.be", "Emma"),
                flagged("Nummer 85.07.30-033.28, bel 0470 12 34 56 of +32 485 12 34 56, mail jan@telenet.be. De leerling Emma."));
    }

    @Test
    void leavesLandlinesHelplinesFunctionMailboxesAndOrdinaryWordsAlone() throws IOException {
        assertEquals(List.of(), flagged("Bel 014 55 40 00, Awel op 102 of de Zelfmoordlijn 1813 (0800 32 123). "
                + "Mail leerlingenbegeleiding@dekiem.be. IBAN BE68 5390 0754 7034. Elke leerling De Smet? "
                + "Ondernemingsnummer 0123.456.789. Een leerling met een vraag."));
    }

    @Test
    void aFindingInMarkdownPointsAtItsLineAndColumn() throws IOException {
        Fixtures.write(tmp, "h/handboek.yaml", "titel: Proef\nstatus: concept\n");
        Fixtures.write(tmp, "h/school.yaml", "naam: Proefschool\n");
        Fixtures.write(tmp, "h/paginas/tekst.md", "---\ntitel: Tekst\n---\nEerste regel.\nTweede: 0470 12 34 56.\n");
        Handbook h = Build.check(tmp.resolve("h")).handbooks().get(0);
        Findings out = new Findings(LocalDate.of(2026, 11, 23));
        new Privacy().check(h, out);
        assertEquals(5, out.raw.get(0).at().line());
        assertEquals(9, out.raw.get(0).at().column());
    }
}
