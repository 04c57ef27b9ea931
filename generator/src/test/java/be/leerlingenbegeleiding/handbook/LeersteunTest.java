package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learning support as the law has it since 1 September 2023: every school writes down its
 * agreements with its one leersteuncentrum (rule R15), and no example's website or PDF still
 * speaks of the support network, the "gemotiveerd verslag" or the "volgschoolcoach".
 */
class LeersteunTest {
    /** Terms of the M-decree's model that a published handbook must no longer use. */
    static final List<Pattern> OUTDATED = List.of(
            Pattern.compile("ondersteuningsnetwerk", Pattern.CASE_INSENSITIVE),
            Pattern.compile("gemotiveerd\\s+verslag", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<!ver)volgschoolcoach", Pattern.CASE_INSENSITIVE));

    @TempDir
    Path tmp;

    @Test
    void theLeersteunPageNamesTheCentreAndTheAgreementsOnRequestConsultationAndFollowUp() throws IOException {
        Path page = ExampleSite.site().resolve("leersteun.html");
        assertTrue(Files.exists(page), "de-kiem has a page on its leersteuncentrum");
        Document d = Jsoup.parse(page.toFile(), "UTF-8");
        String text = d.select("main").text();
        assertTrue(text.contains("Leersteuncentrum Kempen-Noord"), text);
        for (String h : List.of("Aanspreekpunt voor de school", "Leersteun aanvragen", "Overleg met het leersteuncentrum",
                "Opvolging en evaluatie van de leersteun", "Evaluatie van de afspraken")) {
            assertFalse(d.select("main h2, main h3").stream().filter(e -> e.text().startsWith(h)).toList().isEmpty(), h + " in " + text);
        }
        assertTrue(text.contains("GC-verslag"), text);
        // The menu leads to it, next to the CLB.
        Document start = Jsoup.parse(ExampleSite.site().resolve("index.html").toFile(), "UTF-8");
        assertFalse(start.select("nav a[href=leersteun.html]").isEmpty(), "the menu links the page");
    }

    @Test
    void aSchoolWithoutLeersteunYamlFailsR15WithItsLegalSource() throws IOException {
        Path school = copyOfExample();
        Files.delete(school.resolve("leersteun.yaml"));
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("school/leersteun.yaml: fout[R15]: leersteun.yaml ontbreekt"), run.err());
        assertTrue(run.err().contains("bron: decreet over leersteun van 5 mei 2023"), run.err());
    }

    @Test
    void eachMissingPartOfTheAgreementsIsNamedWithItsPosition() throws IOException {
        Path school = copyOfExample();
        Path file = school.resolve("leersteun.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^leersteuncentrum: .*\\R", "")
                .replaceFirst("(?s)\\ncontact:\\n(  [^\\n]*\\n)+", "\n")
                .replaceFirst("(?s)\\n  opvolging:\\n(    [^\\n]*\\n)+", "\n")
                .replaceFirst("(?s)\\nevaluatie:\\n(  [^\\n]*\\n)+", "\n");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Fixtures.Run run = Fixtures.run("check", school.toString());
        String err = run.err();
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), err);
        for (String message : List.of("noemt het leersteuncentrum van de school niet",
                "er staat geen aanspreekpunt van het leersteuncentrum",
                "er staat niet hoe de leersteun opgevolgd en geëvalueerd wordt",
                "er staat niet wanneer de afspraken met het leersteuncentrum geëvalueerd worden")) {
            assertTrue(Pattern.compile("school/leersteun\\.yaml(:\\d+:\\d+)?: fout\\[R15]: [^\\n]*" + Pattern.quote(message))
                    .matcher(err).find(), message + "\n" + err);
        }
        // The parts that are there are not reported.
        assertFalse(err.contains("hoe de school leersteun aanvraagt"), err);
        assertTrue(Pattern.compile("school/leersteun\\.yaml:\\d+:\\d+: fout\\[R15]: er staat niet hoe de leersteun opgevolgd")
                .matcher(err).find(), "a missing key inside the file has a line and column\n" + err);
    }

    @Test
    void aMisspeltKeyInLeersteunYamlIsAnErrorWithLineAndColumn() throws IOException {
        Path school = copyOfExample();
        Path file = school.resolve("leersteun.yaml");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("\n  overleg:\n", "\n  overlag:\n"),
                StandardCharsets.UTF_8);
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(Pattern.compile("school/leersteun\\.yaml:\\d+:3: fout\\[HB001]: [^\\n]*overlag").matcher(run.err()).find(), run.err());
        assertTrue(run.err().contains("overleg"), "the tip suggests the right key\n" + run.err());
    }

    /** Every example's website and PDFs, as a reader gets them. */
    @Test
    void noExampleWebsiteOrPdfUsesTheTermsOfTheOldSupportModel() throws IOException {
        Path output = ExampleSite.site().getParent();
        List<String> found = new ArrayList<>();
        List<Path> handbooks;
        try (Stream<Path> s = Files.list(output)) {
            handbooks = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(handbooks.size() >= 5, "the template and the four examples are built: " + handbooks);
        for (Path book : handbooks) {
            StringBuilder all = new StringBuilder();
            try (Stream<Path> files = Files.walk(book)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String text = readable(f);
                    if (text == null) continue;
                    all.append(text);
                    for (Pattern p : OUTDATED) {
                        Matcher m = p.matcher(text);
                        if (m.find()) found.add(output.relativize(f) + ": '" + around(text, m.start()) + "'");
                    }
                }
            }
            String everything = all.toString();
            assertTrue(everything.contains("GC-verslag"), book.getFileName() + " names the GC-verslag");
            assertTrue(Files.exists(book.resolve("leersteun.html")), book.getFileName() + " has the leersteun page");
            assertTrue(pdfText(book.resolve(PdfContentTest.HANDBOOK_PDF)).contains("Samenwerking met het leersteuncentrum"),
                    book.getFileName() + ": the PDF has the leersteun chapter");
            assertTrue(everything.contains("CLBch@t"), book.getFileName() + " lists CLBch@t among the helplines");
        }
        assertEquals(List.of(), found);
    }

    /** A file's text as a reader or search engine sees it; null for pictures and fonts. */
    private static String readable(Path f) throws IOException {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) return pdfText(f);
        if (name.endsWith(".html") || name.endsWith(".json") || name.endsWith(".js") || name.endsWith(".xml")
                || name.endsWith(".txt") || name.endsWith(".svg") || name.endsWith(".css")) {
            return Files.readString(f, StandardCharsets.UTF_8);
        }
        return null;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            // A term broken over two lines, with or without a hyphen, must still be found.
            return text.replaceAll("\\s+", " ") + "\n" + text.replaceAll("-\\R", "").replaceAll("\\s+", " ");
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
    }

    private Path copyOfExample() throws IOException {
        return Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), tmp.resolve("school"));
    }
}
