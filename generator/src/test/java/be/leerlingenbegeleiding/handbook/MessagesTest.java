package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyProblemHasAMessageAndATipInDutchAndEnglish() {
        for (String lang : Messages.LANGUAGES) {
            Messages m = Messages.forLanguage(lang);
            for (Problem p : Problem.values()) {
                assertTrue(m.has(p.code() + ".message"), lang + " message for " + p.code());
                assertTrue(m.has(p.code() + ".tip"), lang + " tip for " + p.code());
            }
        }
    }

    @Test
    void englishHasEveryKeyThatDutchHas() throws IOException {
        Properties nl = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(nl.stringPropertyNames(), en.stringPropertyNames());
    }

    @Test
    void printsPositionSeverityCodeMessageAndTip() {
        Diagnostic d = Diagnostic.error(Problem.UNKNOWN_KEY, new Position(Path.of("content/x/visie.yaml"), 3, 1),
                "visei", Msg.of("hint.didYouMean", "visie"), List.of("visie", "principes"));
        assertEquals("content/x/visie.yaml:3:1: fout[HB001]: onbekende sleutel 'visei'\n"
                + "  tip: bedoelde je 'visie'? Toegelaten sleutels hier: visie, principes.",
                Messages.dutch().format(d));
        assertEquals("content/x/visie.yaml:3:1: error[HB001]: unknown key 'visei'\n"
                + "  tip: did you mean 'visie'? Keys allowed here: visie, principes.",
                Messages.forLanguage("en").format(d));
    }

    @Test
    void aWholeFileProblemPrintsWithoutLineAndColumn() {
        Diagnostic d = Diagnostic.error(Problem.MISSING_FILE, Position.ofFile(Path.of("content/x/school.yaml")),
                "school.yaml");
        assertTrue(Messages.dutch().format(d).startsWith("content/x/school.yaml: fout[HB011]: "));
    }

    @Test
    void aWordAfterACountAgreesWithIt() {
        Messages nl = Messages.dutch();
        Messages en = Messages.forLanguage("en");
        assertEquals("1 fout gevonden.", nl.get("cli.summary.errors", 1));
        assertEquals("3 fouten gevonden.", nl.get("cli.summary.errors", 3));
        assertEquals("; 1 melding stilgezet met een uitzondering", nl.get("cli.compliance.silenced", 1));
        assertEquals("'volgende' (2027-05-18) is voorbij, 1 dag geleden", nl.get("check.overdue", "volgende", "2027-05-18", 1));
        assertEquals("'volgende' (2027-05-18) is voorbij, 14 dagen geleden", nl.get("check.overdue", "volgende", "2027-05-18", 14));
        assertEquals("de-kiem: 1 file written to uit", en.get("cli.build.done", "de-kiem", 1, "uit"));
        // Without a count to choose by, the text stays as written rather than vanish.
        assertEquals("{0} {0,choice,0#fouten|1#fout|1<fouten} gevonden.", nl.get("cli.summary.errors"));
    }

    @Test
    void dutchIsUsedWhateverTheMachineLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            assertEquals("fout", Messages.forLanguage("nl").get("severity.fout"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/be/leerlingenbegeleiding/handbook/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
