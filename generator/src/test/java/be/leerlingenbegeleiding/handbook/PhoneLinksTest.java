package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.model.Phone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone link dials exactly the number the reader sees: parsed for Belgium, written as
 * {@code tel:+32…}, with hours and names beside it left as text.
 */
class PhoneLinksTest {
    @TempDir
    static Path out;

    @Test
    void aBelgianNumberIsLinkedInInternationalForm() {
        assertEquals(Optional.of("tel:+3214552011"), Phone.href("014 55 20 11"));
        assertEquals(Optional.of("tel:+32470203040"), Phone.href("0470 20 30 40"));
        assertEquals(Optional.of("tel:+31201234567"), Phone.href("+31 20 123 4567"));
    }

    @Test
    void shortNumbersForHelpAreLinkedAsTheyAre() {
        for (String n : List.of("112", "101", "102", "106", "1712", "1813")) assertEquals(Optional.of("tel:" + n), Phone.href(n));
    }

    @Test
    void aValueWithHoursOrAWrongNumberIsNotOneNumber() {
        assertEquals(Optional.empty(), Phone.href("014 55 20 11 (vóór 8.30 uur)"));
        assertEquals(Optional.empty(), Phone.href("014 55 20"));
        assertEquals(Optional.empty(), Phone.href("het secretariaat"));
    }

    @Test
    void inATextEachNumberGetsItsOwnLinkAndTheRestStaysText() {
        assertEquals(List.of(new Phone.Part("014 55 20 11", "tel:+3214552011"), new Phone.Part(" (vóór 8.30 uur)", null)),
                Phone.parts("014 55 20 11 (vóór 8.30 uur)"));
        assertEquals(List.of(new Phone.Part("Noord ", null), new Phone.Part("09 399 11 00", "tel:+3293991100"),
                new Phone.Part(", Zuid ", null), new Phone.Part("09 399 13 00", "tel:+3293991300")),
                Phone.parts("Noord 09 399 11 00, Zuid 09 399 13 00"));
        assertEquals(List.of(new Phone.Part("bel het onthaal", null)), Phone.parts("bel het onthaal"));
    }

    @Test
    void aNumberInAChannelTextThatCannotBeDialledIsFound() {
        assertEquals("09 399 1 00", Phone.firstInvalid("Noord 09 399 11 00, Zuid 09 399 1 00"));
        assertEquals(null, Phone.firstInvalid("014 55 20 11 (vóór 8.30 uur)"));
        assertEquals(null, Phone.firstInvalid("het nummer van het secretariaat, en tot wanneer ouders bellen"));
    }

    @Test
    void aPhoneChannelWithAWrongNumberIsAnErrorAtItsValue(@TempDir Path tmp) throws IOException {
        Path book = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), tmp.resolve("de-kiem"));
        Path contact = book.resolve("contact.yaml");
        Files.writeString(contact, Files.readString(contact).replace("waarde: 014 55 20 11 (vóór 8.30 uur)", "waarde: 014 55 2 11 (vóór 8.30 uur)"));
        Fixtures.Run run = Fixtures.run("check", book.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("contact.yaml:74:17: fout[HB050]: '014 55 2 11' is geen telefoonnummer"), run.err());
    }

    @Test
    void everyPhoneLinkOfEveryExampleDialsOneWholeNumber() throws IOException {
        Fixtures.Run run = Fixtures.run("build", Fixtures.repoRoot().resolve("content").toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Pattern tel = Pattern.compile("href=\"(tel:[^\"]*)\"");
        Pattern whole = Pattern.compile("tel:\\+[1-9][0-9]{7,14}|tel:[0-9]{3,4}");
        List<String> wrong = new ArrayList<>();
        int links = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = tel.matcher(Files.readString(f));
                while (m.find()) {
                    links++;
                    if (!whole.matcher(m.group(1)).matches()) wrong.add(out.relativize(f) + ": " + m.group(1));
                }
            }
        }
        assertTrue(links > 50, "phone links found: " + links);
        assertEquals(List.of(), wrong);
        // The secretariat's number with its hours: the hours stay text beside the link.
        assertTrue(Files.readString(out.resolve("de-kiem/contact.html"))
                .contains("<a href=\"tel:+3214552011\">014 55 20 11</a> (vóór 8.30 uur)"));
    }
}
