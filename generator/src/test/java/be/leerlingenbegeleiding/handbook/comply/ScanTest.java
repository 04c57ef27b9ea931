package be.leerlingenbegeleiding.handbook.comply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scanners find exactly what the regular expressions they replace found: compared on many
 * short random texts made of the pieces that matter to each pattern (where the old patterns are
 * still fast), and on the texts the other tests use.
 */
class ScanTest {
    private static final int RUNS = 30_000;

    /** Matches as "start-end:group…", the same form for the regex and the scanner. */
    private static List<String> byRegex(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) b.append(':').append(m.start(g)).append('-').append(m.end(g));
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> byScan(List<Scan.Hit> hits) {
        List<String> out = new ArrayList<>();
        for (Scan.Hit h : hits) {
            StringBuilder b = new StringBuilder(h.start() + "-" + h.end());
            for (int g = 0; g < h.groups().length; g += 2) b.append(':').append(h.groups()[g]).append('-').append(h.groups()[g + 1]);
            out.add(b.toString());
        }
        return out;
    }

    private static void same(String regex, int flags, Function<String, List<Scan.Hit>> scan, String... pieces) {
        Pattern p = Pattern.compile(regex, flags);
        Random random = new Random(15);
        for (int run = 0; run < RUNS; run++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String s = b.toString();
            assertEquals(byRegex(p, s), byScan(scan.apply(s)), () -> "on \"" + s.replace("\n", "\\n") + "\"");
        }
    }

    @Test
    void imagesAreFoundAsBefore() {
        same("!\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)", 0, Scan::images,
                "!", "[", "]", "(", ")", " ", "a", "\n", "![", "](", "![](x.png)", "\t");
    }

    @Test
    void linksAreFoundAsBefore() {
        same("(?<!!)\\[([^\\]]+)\\]\\([^)]*\\)", 0, Scan::links,
                "!", "[", "]", "(", ")", " ", "a", "\n", "[hier](x)", "](");
    }

    @Test
    void htmlImagesWithoutAltAreFoundAsBefore() {
        same("<img\\b(?![^>]*\\balt=\"[^\"]+\")[^>]*>", Pattern.CASE_INSENSITIVE, Scan::htmlImagesWithoutAlt,
                "<img", "<IMG", "<iMg", ">", "alt=\"", "ALT=\"", "\"", " ", "x", "_", "é", "\u0301", "\n", "=", "-");
    }

    @Test
    void sentencesNamingTheCoreAreFoundAsBefore() {
        same("vaste kern\\s*(?:bestaat uit|bestaan uit|omvat|telt|:|is|zijn)([^.;\\n]*(?:\\n(?!\\s*\\n)[^.;\\n]*)*)",
                Pattern.CASE_INSENSITIVE, Scan::coreSentences,
                "vaste kern", "VASTE Kern", "vaste", " kern", " ", "\n", "\t", "\r\n", "bestaat uit", "bestaan uit", "omvat",
                "telt", ":", "is", "zijn", "ZIJN", ".", ";", "x", "  \n");
    }

    @Test
    void mailAddressesAreFoundAsBefore() {
        same("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)", 0, Scan::emails,
                "a", "Z", "9", ".", "@", "-", "_", "%", "+", " ", "gmail", ".com", "\n", "é");
    }

    @Test
    void eachScannerReadsAMegabyteOfItsWorstInputQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals(List.of(), Scan.links("[a](".repeat(250_000)));
            assertEquals(List.of(), Scan.links("[".repeat(1_000_000)));
            assertEquals(List.of(), Scan.images("![".repeat(500_000)));
            assertEquals(List.of(), Scan.images("![a](".repeat(200_000)));
            assertEquals(List.of(), Scan.htmlImagesWithoutAlt("<img ".repeat(200_000)));
            assertEquals(List.of(), Scan.htmlImagesWithoutAlt("<img alt=\"x\" ".repeat(70_000) + ">"));
            assertEquals(List.of(), Scan.emails("a".repeat(1_000_000) + "@"));
            assertEquals(List.of(), Scan.emails("a@".repeat(250_000) + "b".repeat(500_000)));
            assertEquals(1, Scan.coreSentences("vaste kern bestaat uit\n" + "x\n".repeat(500_000)).size());
            assertEquals(100_000, Scan.coreSentences("Vaste kern is x. ".repeat(100_000)).size());
        });
    }
}
