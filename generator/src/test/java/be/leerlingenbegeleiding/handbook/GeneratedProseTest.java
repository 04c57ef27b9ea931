package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Reads every page and every PDF of every example handbook as a parent would, and fails on
 * generated Dutch that no person would write: "1 taken", brackets in brackets, hours not added
 * up, a role name capitalised in the middle of a sentence, a sentence said twice, placeholders
 * and template syntax that leaked out. Each failure names the file and shows the words around it.
 * The list grows with every clumsy phrase found while reading the output.
 */
class GeneratedProseTest {

    /** Plural nouns the generator counts, in both languages of the theme. */
    private static final String PLURALS = "taken|rollen|doelen|leden|regels|meldingen|fouten|dagen|lestijden|klokuren|uren"
            + "|handboeken|afspraken|aanspreekpunten|voorbeelden|begeleidingsdomeinen|domeinen|functies|pagina's|fasen"
            + "|tasks|roles|goals|members|rules|findings|errors|days|hours|handbooks|agreements|examples|domains|pages|phases";

    /** Patterns no generated page may show, each with why. */
    private static final Map<Pattern, String> BAD = new LinkedHashMap<>();

    static {
        bad("(?<![\\d,.])\\b1\\s(" + PLURALS + ")\\b", "one of something in the plural");
        bad("\\)\\)", "brackets inside brackets (closing)");
        bad("\\(\\(", "brackets inside brackets (opening)");
        bad("\\b\\d+(?:,\\d+)?\\s(lestijden|klokuren|uur|uren)\\s\\+\\s\\d+(?:,\\d+)?\\s\\1\\b", "hours of one unit not added up");
        bad("\\b\\d+(?:,\\d+)? Uren\\b", "a unit written as a heading after a number");
        bad("\\bnull\\b", "a missing value printed as null");
        bad("\\$\\{", "template syntax in the output");
        bad("\\bfout\\(en\\)", "a plural hedged with (en)");
        bad("Voldaan · Ernst", "a met rule next to the word error");
        bad("[Hh]oe donkerder", "darker means more, which dark mode turns around");
        bad("bijgehouden door [A-Z]", "a role named mid-sentence with its capital");
        bad("\\b(?:de fase|het domein|in) (?:Brede basiszorg|Verhoogde zorg|Uitbreiding van zorg|Individueel aangepast curriculum|Leren en studeren|Psychisch en sociaal functioneren|Preventieve gezondheidszorg)",
                "a phase or domain capitalised mid-sentence");
        bad("\\b(\\p{Lu}[\\p{L} -]{3,}) \\(\\1\\)", "a name followed by itself in brackets");
    }

    private static void bad(String regex, String why) {
        BAD.put(Pattern.compile(regex), why);
    }

    /** Words after which a role's name stands mid-sentence. */
    private static final String MID = "door|van|voor|met|bij|aan|naar|over|tot|dan|om";

    @Test
    void noExampleShowsGeneratedPhrasesNoPersonWouldWrite() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path book : handbooks()) {
            List<Pattern> roles = rolePatterns(book);
            for (Map.Entry<String, String> page : texts(book).entrySet()) {
                String where = book.getFileName() + "/" + page.getKey();
                String text = page.getValue();
                BAD.forEach((p, why) -> report(found, where, text, p, why));
                for (Pattern p : roles) report(found, where, text, p, "a role's name capitalised mid-sentence");
                if (!book.getFileName().toString().equals("sjabloon")) {
                    report(found, where, text, Pattern.compile("\\{\\{"), "a placeholder left in");
                }
                for (String twice : repeatedSentences(text)) found.add(where + ": a sentence said twice: «" + twice + "»");
            }
        }
        assertEquals(List.of(), found, found.size() + " generated phrases no person would write");
    }

    @Test
    void aRolePageDoesNotSayThisRoleInEveryRow() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path book : handbooks()) {
            Path dir = book.resolve("rollen");
            if (!Files.isDirectory(dir)) continue;
            for (Path page : ExampleSite.htmlFiles(dir)) {
                long n = Jsoup.parse(page.toFile(), "UTF-8").select("td").stream()
                        .filter(td -> td.text().strip().equalsIgnoreCase("deze rol")).count();
                if (n > 1) found.add(book.getFileName() + "/rollen/" + page.getFileName() + ": 'deze rol' in " + n + " rows");
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void eachPrincipleIsSaidOnceOnTheVisionPage() throws IOException {
        Properties labels = new Properties();
        try (Reader r = Files.newBufferedReader(Fixtures.repoRoot().resolve("templates/i18n/labels.properties"), StandardCharsets.UTF_8)) {
            labels.load(r);
        }
        List<String> found = new ArrayList<>();
        for (Path book : handbooks()) {
            Path visie = book.resolve("visie.html");
            if (!Files.exists(visie)) continue;
            Document doc = Jsoup.parse(visie.toFile(), "UTF-8");
            for (Element section : doc.select("section.principe")) {
                String text = visible(section);
                // The school wrote its own words for every principle; the decree's summary on top says it again.
                for (String key : labels.stringPropertyNames()) {
                    if (key.startsWith("Principle.") && key.endsWith(".uitleg") && text.contains(labels.getProperty(key))) {
                        found.add(book.getFileName() + "/visie.html: " + section.selectFirst("h3").text());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyWegwijsCardSaysWhatItsPageHolds() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path book : handbooks()) {
            Document home = Jsoup.parse(book.resolve("index.html").toFile(), "UTF-8");
            List<Element> cards = home.select(".start-ingangen li.kaart");
            assertFalse(cards.isEmpty(), book.getFileName() + ": no Wegwijs cards");
            for (Element card : cards) {
                Element about = card.selectFirst("p");
                String title = card.selectFirst("a").text();
                if (about == null || about.text().isBlank()) found.add(book.getFileName() + ": " + title);
                else assertTrue(about.text().length() <= 170, book.getFileName() + ": " + title + ": " + about.text());
            }
        }
        assertEquals(List.of(), found, "cards that only name their menu group");
    }

    // ---------------------------------------------------------------- reading the output

    /** Every example handbook's output folder, the example site's siblings included. */
    static List<Path> handbooks() throws IOException {
        try (Stream<Path> s = Files.list(ExampleSite.site().getParent())) {
            return s.filter(p -> Files.exists(p.resolve("index.html"))).sorted().toList();
        }
    }

    /** The visible text of every page and PDF of a handbook, by path. */
    static Map<String, String> texts(Path book) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(book)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                String rel = ExampleSite.relative(book, f);
                if (name.endsWith(".html")) out.put(rel, visible(Jsoup.parse(f.toFile(), "UTF-8")));
                else if (name.endsWith(".pdf")) out.put(rel, pdfText(f));
            }
        }
        return out;
    }

    static String visible(Document doc) {
        return visible(doc.body());
    }

    /**
     * The text a reader sees, a line per block (heading, paragraph, list item, cell), so that a
     * heading such as "Werkt samen met" does not run into the names listed under it.
     */
    static String visible(Element e) {
        Element copy = e.clone();
        copy.select("script, style, template").remove();
        StringBuilder out = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) out.append(t.text());
                else if (node instanceof Element el && el.isBlock()) out.append('\n');
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element el && el.isBlock()) out.append('\n');
            }
        }, copy);
        return out.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n[\\n ]*", "\n").strip();
    }

    static String pdfText(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Lines stay lines: a heading and the list under it are not one sentence.
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t\\u00A0]+", " ").replaceAll("\\r\\n?", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A role's name after a word that puts it mid-sentence ("door Directeur"), for names that
     * start as an ordinary word does (capital, then small letters); "CLB-anker" and "OKAN-coach"
     * keep their capitals anywhere. The names come from the handbook's own role pages.
     */
    static List<Pattern> rolePatterns(Path book) throws IOException {
        List<Pattern> out = new ArrayList<>();
        Path dir = book.resolve("rollen");
        if (!Files.isDirectory(dir)) return out;
        for (Path page : ExampleSite.htmlFiles(dir)) {
            if (page.getFileName().toString().equals("index.html")) continue;
            Element h1 = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("main h1, h1");
            if (h1 == null) continue;
            String name = h1.text();
            if (name.length() < 2 || !Character.isUpperCase(name.charAt(0)) || !Character.isLowerCase(name.charAt(1))) continue;
            // "Vrij CLB Kortedijk" is an organisation's proper name: capitals belong to it.
            if (name.matches(".*\\b\\p{Lu}{2,}\\b.*")) continue;
            out.add(Pattern.compile("\\b(?:" + MID + ") " + Pattern.quote(name) + "\\b"));
        }
        return out;
    }

    /** Sentences of some length that follow themselves word for word. */
    static List<String> repeatedSentences(String text) {
        List<String> out = new ArrayList<>();
        String[] sentences = text.split("(?<=[.!?])\\s+");
        for (int i = 1; i < sentences.length; i++) {
            String s = sentences[i].strip();
            if (s.length() >= 25 && s.equals(sentences[i - 1].strip())) out.add(s);
        }
        return out;
    }

    private static void report(List<String> found, String where, String text, Pattern p, String why) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            found.add(where + ": " + why + ": «…" + text.substring(from, to) + "…»");
        }
    }

    private static int count(String text, Pattern p) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
