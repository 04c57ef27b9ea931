package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.StaffMember;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-person parts of a function (hours, yearly agreement, personal goals) live in the
 * internal {@code personeel/} files: the public build of every example carries none of them —
 * no page, search index, sitemap or PDF — and the internal build carries all of them.
 */
class InternalDocumentsTest {
    @TempDir
    static Path tmp;

    private static Build.Result publicBuild;
    private static final List<Build.Written> PUBLIC = new ArrayList<>();
    private static final List<Build.Written> INTERNAL = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        publicBuild = Build.build(ExampleSite.contentDir(), tmp.resolve("site-output"));
        PUBLIC.addAll(publicBuild.written());
        INTERNAL.addAll(Build.buildInternal(ExampleSite.contentDir(), tmp.resolve("intern-output"), Build.Settings.standard()).written());
        assertFalse(publicBuild.hasErrors(), "the examples do not build");
    }

    /**
     * Per handbook, the personal texts of its staff members: goals, learning goals, availability.
     * (Where hours come from, "BPT-uren", is a term the glossary explains; the hours themselves
     * are checked on the function pages.)
     */
    private static Map<String, List<String>> personal() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Handbook h : publicBuild.handbooks()) {
            List<String> texts = new ArrayList<>();
            for (StaffMember m : h.staff()) {
                if (m.yearlyAgreement() != null) {
                    texts.addAll(m.yearlyAgreement().goals());
                    texts.addAll(m.yearlyAgreement().developmentGoals());
                    if (m.yearlyAgreement().availability() != null) texts.add(m.yearlyAgreement().availability());
                }
            }
            if (!texts.isEmpty()) out.put(h.name(), texts);
        }
        return out;
    }

    @Test
    void theExamplesHaveInternalStaffData() {
        Map<String, List<String>> personal = personal();
        assertTrue(personal.size() >= 4, "expected staff files in at least four examples, found " + personal.keySet());
    }

    @Test
    void noPublicFileOfAnyExampleCarriesAStaffMembersHoursOrAgreement() throws IOException {
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        for (Map.Entry<String, List<String>> e : personal().entrySet()) {
            Path site = tmp.resolve("site-output").resolve(e.getKey());
            List<Path> files;
            try (Stream<Path> s = Files.walk(site)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            assertTrue(files.stream().anyMatch(f -> f.endsWith("sitemap.xml")) || files.stream().anyMatch(f -> f.toString().contains("zoekindex")),
                    e.getKey() + ": no sitemap or search index to scan");
            for (Path f : files) {
                String text = text(f);
                if (text == null) continue;
                scanned++;
                if (f.getParent().endsWith("functies") && Jsoup.parse(f.toFile(), "UTF-8").select("dt").eachText().contains("Uren")) {
                    problems.add(site.relativize(f) + " (" + e.getKey() + "): shows hours");
                }
                for (String secret : e.getValue()) {
                    String probe = probe(secret);
                    if (probe != null && text.contains(probe)) problems.add(site.relativize(f) + " (" + e.getKey() + "): \"" + probe + "\"");
                }
            }
        }
        assertTrue(scanned > 100, "only " + scanned + " public files scanned");
        assertTrue(problems.isEmpty(), "personal data in public output:\n" + String.join("\n", problems));
    }

    @Test
    void theInternalBuildCarriesEveryStaffMembersHoursAndAgreementInHtmlAndPdf() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : personal().entrySet()) {
            Path dir = tmp.resolve("intern-output").resolve(e.getKey()).resolve("personeel");
            StringBuilder html = new StringBuilder();
            StringBuilder pdf = new StringBuilder();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.sorted().toList()) {
                    if (f.toString().endsWith(".html")) html.append(text(f));
                    if (f.toString().endsWith(".pdf")) pdf.append(text(f));
                }
            }
            for (String secret : e.getValue()) {
                String probe = probe(secret);
                if (probe == null) continue;
                if (!html.toString().contains(probe)) problems.add(e.getKey() + " internal HTML lacks \"" + probe + "\"");
                if (!pdf.toString().contains(probe)) problems.add(e.getKey() + " internal PDF lacks \"" + probe + "\"");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theInternalBuildNeverWritesIntoAPublicSite() {
        Path out = tmp.resolve("site-output");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(be.leerlingenbegeleiding.handbook.pipeline.UnsafeOutputException.class,
                () -> Build.buildInternal(ExampleSite.contentDir(), out, Build.Settings.standard()));
        assertTrue(Files.exists(out.resolve(ExampleSite.NAME).resolve("index.html")), e + ": the public site was touched");
    }

    /**
     * A school's own theme can replace any page template, but the public pages are made from
     * the handbook without its personnel part: a template that asks for the staff gets nobody.
     */
    @Test
    void aSchoolsOwnThemeCannotReachTheStaffData() throws IOException {
        Path content = tmp.resolve("thema-inhoud");
        Path book = Fixtures.copyTree(ExampleSite.contentDir().resolve(ExampleSite.NAME), content.resolve(ExampleSite.NAME));
        String page = Files.readString(Fixtures.repoRoot().resolve("templates/pagina/functie.ftlh"));
        Files.createDirectories(book.resolve("vormgeving/pagina"));
        Files.writeString(book.resolve("vormgeving/pagina/functie.ftlh"), page
                + "<#list h.staff() as p><p class=\"lek\">${p.name()} ${(p.yearlyAgreement().availability())!}</p></#list>\n");
        Build.Result checked = Build.build(content, tmp.resolve("thema-uit"));
        List<Build.Written> written = checked.written();
        assertFalse(checked.hasErrors(), checked.diagnostics().toString());
        Path functions = written.get(0).folder().resolve("functies");
        try (Stream<Path> s = Files.list(functions)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".html")).toList()) {
                assertTrue(Jsoup.parse(f.toFile(), "UTF-8").select("p.lek").isEmpty(), f + " shows staff data");
            }
        }
        assertFalse(checked.handbooks().get(0).staff().isEmpty(), "the staff files were not read at all");
    }

    /** A stretch of plain words from a text, which survives HTML, JSON and PDF escaping alike; null when too short. */
    static String probe(String secret) {
        String best = null;
        Matcher m = Pattern.compile("[\\p{L}0-9 ]{24,}").matcher(secret);
        while (m.find()) {
            String run = m.group().strip();
            if (best == null || run.length() > best.length()) best = run;
        }
        return best == null ? null : best.replaceAll("\\s+", " ");
    }

    /** A file's text with runs of white space made single; null for files that hold no text. */
    private static String text(Path f) throws IOException {
        String name = f.getFileName().toString();
        String t;
        if (name.endsWith(".pdf")) {
            try (PDDocument d = Loader.loadPDF(f.toFile())) {
                t = new PDFTextStripper().getText(d);
            }
        } else if (name.endsWith(".html")) {
            t = Jsoup.parse(f.toFile(), "UTF-8").text();
        } else if (name.matches(".*\\.(js|json|xml|txt|css|svg|webmanifest)")) {
            t = Files.readString(f, StandardCharsets.UTF_8);
        } else {
            return null;
        }
        return t.replaceAll("\\s+", " ");
    }
}
