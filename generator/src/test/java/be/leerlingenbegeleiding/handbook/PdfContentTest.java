package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the example's PDFs say, read back with PDFBox: the handbook has every chapter (taken from
 * the website's menu, so the test follows the content), intact Dutch text without ligature
 * glyphs, bookmarks that mirror the chapters, a table of contents whose page numbers are right,
 * a sensible length, metadata and a draft marking only on drafts; each function description has
 * its title, first evaluator and signature block; and two builds give the same bytes.
 */
class PdfContentTest {
    static final String HANDBOOK_PDF = "handboek.pdf";

    /*
     * Page ranges. First real output (example "de-kiem", November 2026): handboek.pdf 84 pages
     * (cover, 2 TOC pages, 13 chapters on new pages); function descriptions 4 and 5 pages. The
     * ranges leave room for content edits and a tighter layout (an earlier prototype set the same
     * content on 41 pages), but catch a runaway layout (a page per paragraph, text pushed off the
     * page) or a PDF that lost its chapters.
     */
    static final int HANDBOOK_MIN_PAGES = 40;
    static final int HANDBOOK_MAX_PAGES = 110;
    static final int FUNCTION_MIN_PAGES = 2;
    static final int FUNCTION_MAX_PAGES = 5;

    /**
     * Dutch words with diaeresis or accent that occur in the example's content, each in a different
     * chapter. They must come out of the PDF exactly, precomposed, as they are in the source.
     */
    static final List<String> ACCENTED_WORDS = List.of(
            "coördineert", "zorgcontinuüm", "geëvalueerd", "heroriënteringen", "geïnformeerd", "remediëringstaak");

    /**
     * Menu entries that are no chapter of the PDF: the home page, search and the accessibility
     * statement belong to the website only. Recognised by the page they link to (and, as a
     * fallback, by label), so the chapter list itself always comes from the site's menu.
     */
    static final Set<String> WEBSITE_ONLY_PAGES = Set.of("index.html", "zoeken.html", "toegankelijkheid.html");
    static final Set<String> WEBSITE_ONLY_LABELS = Set.of("Start", "Zoeken", "Toegankelijkheid");

    /**
     * Words the signature block of a function description PDF prints: its heading, the two who
     * sign since 2021 (the first evaluator; the staff member only for acknowledgement) and the
     * column heads of the table where each writes place, date and signature.
     */
    static final List<String> SIGNATURE_WORDS = List.of("Ondertekening", "Eerste evaluator", "Personeelslid, voor kennisname",
            "Plaats en datum", "Handtekening");

    /** The draft marking every page of a concept handbook carries (case-sensitive). */
    static final String DRAFT_MARK = "CONCEPT";

    /** How many lines from the top of a page count as "the top": running header, chapter label, heading. */
    static final int TOP_LINES = 4;

    /** Ligature glyphs (U+FB00–U+FB06) and the replacement character, which mean broken text. */
    private static final Pattern BROKEN_TEXT = Pattern.compile("[\\x{FB00}-\\x{FB06}\\x{FFFD}]");

    /** A chapter as the website's menu shows it, with its sub-pages (if any) in order. */
    record Chapter(String title, String href, List<String> parts) {
    }

    /** A loaded PDF with the text of each page (index 0 is page 1). */
    record Pdf(String name, PDDocument doc, List<String> pages) {
        String text() {
            return String.join("\n", pages);
        }

        int pageCount() {
            return doc.getNumberOfPages();
        }
    }

    private static final Map<Path, Pdf> LOADED = new LinkedHashMap<>();

    @AfterAll
    static void close() throws IOException {
        for (Pdf p : LOADED.values()) p.doc().close();
        LOADED.clear();
    }

    // ---------------------------------------------------------------------------------------------
    // Chapters and their titles

    @Test
    void theHandbookContainsEveryChapterTitle() {
        List<Chapter> chapters = chapters();
        String text = normalize(handbook().text());
        List<String> missing = chapters.stream().map(Chapter::title).filter(t -> !text.contains(t)).toList();
        assertTrue(missing.isEmpty(), HANDBOOK_PDF + " lacks " + missing.size() + " of " + chapters.size()
                + " chapter titles (from the site's menu): " + missing);
    }

    @Test
    void dutchAccentedWordsComeOutIntact() throws IOException {
        // Guard the word list itself: each word must still occur in the example's website, or the
        // list is stale and should pick another word (this is no fault of the PDF).
        StringBuilder siteText = new StringBuilder();
        for (Path html : ExampleSite.htmlFiles(site())) siteText.append(Jsoup.parse(html.toFile(), "UTF-8").text()).append('\n');
        List<String> stale = ACCENTED_WORDS.stream().filter(w -> !siteText.toString().contains(w)).toList();
        assertTrue(stale.isEmpty(), "ACCENTED_WORDS lists words the example no longer contains: " + stale);

        String text = handbook().text().replaceAll("\\s+", " ");
        List<String> problems = new ArrayList<>();
        for (String word : ACCENTED_WORDS) {
            if (text.contains(word)) continue;
            // Show what came out instead: the word with any few characters in place of each accented one.
            StringBuilder loose = new StringBuilder();
            for (char c : word.toCharArray()) loose.append(c < 128 ? Pattern.quote(String.valueOf(c)) : ".{0,3}");
            Matcher m = Pattern.compile(loose.toString(), Pattern.CASE_INSENSITIVE).matcher(text);
            problems.add("\"" + word + "\" not found" + (m.find() ? "; the PDF has \"" + escape(m.group()) + "\"" : ""));
        }
        assertTrue(problems.isEmpty(), HANDBOOK_PDF + ":\n" + String.join("\n", problems));
    }

    @Test
    void noPdfHasLigatureGlyphsOrReplacementCharacters() {
        List<String> problems = new ArrayList<>();
        for (Pdf pdf : allPdfs()) {
            for (int i = 0; i < pdf.pages().size(); i++) {
                Matcher m = BROKEN_TEXT.matcher(pdf.pages().get(i));
                while (m.find()) {
                    String page = pdf.pages().get(i);
                    String around = page.substring(Math.max(0, m.start() - 15), Math.min(page.length(), m.end() + 15));
                    problems.add(pdf.name() + " page " + (i + 1) + ": U+" + String.format("%04X", (int) m.group().charAt(0))
                            + " in \"" + escape(around.replaceAll("\\s+", " ")) + "\"");
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " ligature/replacement glyphs in the extracted text:\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    // ---------------------------------------------------------------------------------------------
    // Bookmarks

    @Test
    void theOutlineHasOneEntryPerChapterInOrderWithNestedSectionsEachPointingAtAPage() throws IOException {
        Pdf h = handbook();
        List<Chapter> chapters = chapters();
        PDDocumentOutline outline = h.doc().getDocumentCatalog().getDocumentOutline();
        assertNotNull(outline, HANDBOOK_PDF + " has no outline (bookmarks)");

        List<PDOutlineItem> top = children(outline);
        assertEquals(String.join("\n", chapters.stream().map(Chapter::title).toList()),
                String.join("\n", top.stream().map(i -> normalize(i.getTitle())).toList()),
                "the top-level bookmarks against the chapters (the site's menu), in order; the whole outline:\n"
                        + outlineTree(h.doc(), outline));

        // Every entry, at every depth, leads to a page of this document.
        List<String> problems = new ArrayList<>();
        int entries = 0;
        List<PDOutlineItem> all = new ArrayList<>();
        for (PDOutlineItem item : top) descendantsAndSelf(item, all);
        for (PDOutlineItem item : all) {
            entries++;
            int page = pageOf(h.doc(), item);
            if (page < 1) problems.add("\"" + normalize(item.getTitle()) + "\" points at no page of the document");
        }
        assertTrue(problems.isEmpty(), problems.size() + " of " + entries + " bookmarks go nowhere:\n" + String.join("\n", problems));

        // Sections are nested under their chapter, and lie within the chapter's pages.
        assertTrue(top.stream().anyMatch(PDOutlineNode::hasChildren), "no chapter bookmark has nested section bookmarks");
        for (int c = 0; c < top.size(); c++) {
            PDOutlineItem chapter = top.get(c);
            int first = pageOf(h.doc(), chapter);
            int last = c + 1 < top.size() ? pageOf(h.doc(), top.get(c + 1)) : h.pageCount();
            if (c + 1 < top.size() && last <= first) {
                problems.add("chapter \"" + normalize(chapter.getTitle()) + "\" (page " + first + ") is not before the next one (page " + last + ")");
            }
            List<PDOutlineItem> sections = new ArrayList<>();
            for (PDOutlineItem child : children(chapter)) descendantsAndSelf(child, sections);
            for (PDOutlineItem s : sections) {
                int p = pageOf(h.doc(), s);
                if (p < first || p > last) {
                    problems.add("section \"" + normalize(s.getTitle()) + "\" under \"" + normalize(chapter.getTitle())
                            + "\" points at page " + p + ", outside the chapter's pages " + first + "–" + last);
                }
            }
            // The website's sub-pages of a chapter (roles, domains, …) are sections of it in the PDF.
            List<String> sectionTitles = sections.stream().map(s -> normalize(s.getTitle())).toList();
            for (String part : chapters.get(c).parts()) {
                if (!sectionTitles.contains(part)) {
                    problems.add("chapter \"" + chapters.get(c).title() + "\" has no nested bookmark \"" + part
                            + "\" (a sub-page in the site's menu); its nested bookmarks: " + sectionTitles);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---------------------------------------------------------------------------------------------
    // Table of contents

    /**
     * For each chapter the page number printed in the table of contents must be the page where the
     * chapter starts. "Where it starts" is decided from two independent sources, and the TOC must
     * agree with both: (1) the chapter's bookmark, whose destination page (index + 1) is where a
     * reader lands; (2) the text of the pages: the printed page shows the chapter title within
     * its top lines (running header or heading), and the page before it does not (so the TOC does
     * not point into the middle of the chapter). Physical page numbers are meant (1 = the cover);
     * when a page prints "Pagina X van Y", X must be that same number, so the printed numbering
     * and the TOC cannot silently drift apart.
     */
    @Test
    void theTableOfContentsPrintsThePageWhereEachChapterStarts() throws IOException {
        Pdf h = handbook();
        List<Chapter> chapters = chapters();
        Map<String, Integer> bookmarked = new LinkedHashMap<>();
        PDDocumentOutline outline = h.doc().getDocumentCatalog().getDocumentOutline();
        if (outline != null) for (PDOutlineItem i : children(outline)) bookmarked.putIfAbsent(normalize(i.getTitle()), pageOf(h.doc(), i));

        // The TOC lies before the first chapter; without bookmarks, look in the first pages.
        int firstChapter = chapters.stream().map(c -> bookmarked.get(c.title())).filter(p -> p != null && p > 0)
                .findFirst().orElse(Math.min(6, h.pageCount()));
        List<TocEntry> toc = tocEntries(h, firstChapter - 1);
        assertFalse(toc.isEmpty(), "no table of contents lines (\"title …… page\") on pages 1–" + (firstChapter - 1)
                + " of " + HANDBOOK_PDF + "; page 2 reads:\n" + (h.pageCount() > 1 ? h.pages().get(1) : "(none)"));

        List<String> problems = new ArrayList<>();
        int from = 0;
        Pattern footer = Pattern.compile("Pagina (\\d+) van (\\d+)");
        for (Chapter chapter : chapters) {
            int at = -1;
            for (int i = from; i < toc.size() && at < 0; i++) {
                if (toc.get(i).text().equals(chapter.title()) || toc.get(i).text().endsWith(" " + chapter.title())) at = i;
            }
            if (at < 0) {
                problems.add("\"" + chapter.title() + "\": not in the table of contents (after the previous chapter)");
                continue;
            }
            from = at + 1;
            int printed = toc.get(at).page();
            Integer bookmark = bookmarked.get(chapter.title());
            if (bookmark != null && bookmark != printed) {
                problems.add("\"" + chapter.title() + "\": the TOC says page " + printed + ", its bookmark goes to page " + bookmark);
            }
            if (printed < 1 || printed > h.pageCount()) {
                problems.add("\"" + chapter.title() + "\": the TOC says page " + printed + " of " + h.pageCount());
                continue;
            }
            if (!top(h, printed).contains(chapter.title())) {
                problems.add("\"" + chapter.title() + "\": the TOC says page " + printed + ", whose top lines are \""
                        + escape(top(h, printed)) + "\"");
            }
            // A contents page lists the first chapter at its top: only a chapter page counts here.
            if (printed > 1 && printed - 1 >= firstChapter && top(h, printed - 1).contains(chapter.title())) {
                problems.add("\"" + chapter.title() + "\": the TOC says page " + printed + ", but page " + (printed - 1)
                        + " already shows the title at its top: \"" + escape(top(h, printed - 1)) + "\"");
            }
            Matcher f = footer.matcher(normalize(h.pages().get(printed - 1)));
            if (f.find() && (Integer.parseInt(f.group(1)) != printed || Integer.parseInt(f.group(2)) != h.pageCount())) {
                problems.add("\"" + chapter.title() + "\": physical page " + printed + " of " + h.pageCount() + " prints \"" + f.group() + "\"");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " TOC problems in " + HANDBOOK_PDF + ":\n" + String.join("\n", problems)
                + "\nTOC lines read: " + toc);
    }

    /** A table of contents line: its text (dot leaders removed) and the page number it prints. */
    record TocEntry(String text, int page) {
        @Override
        public String toString() {
            return text + " → " + page;
        }
    }

    private static final Pattern PAGE_FOOTER = Pattern.compile("Pagina \\d+ van \\d+");
    private static final Pattern TOC_LINE = Pattern.compile("^(.*?\\S)[\\s.·…_]*?\\s*(\\d{1,3})$");

    /**
     * The lines of pages 1..{@code lastPage} that end in a page number. A line without a number is
     * a title that wrapped and is joined to the next line; leaders ("....") are dropped.
     */
    private static List<TocEntry> tocEntries(Pdf pdf, int lastPage) {
        List<TocEntry> entries = new ArrayList<>();
        for (int p = 1; p <= lastPage && p <= pdf.pageCount(); p++) {
            String pending = "";
            for (String line : lines(pdf, p)) {
                if (PAGE_FOOTER.matcher(line).matches()) continue;
                Matcher m = TOC_LINE.matcher(line);
                if (m.matches() && !m.group(1).matches(".*\\d[-/]$")) {
                    String text = (pending + " " + m.group(1)).strip().replaceAll("[\\s.·…_]+$", "");
                    entries.add(new TocEntry(text, Integer.parseInt(m.group(2))));
                    pending = "";
                } else {
                    pending = line;
                }
            }
        }
        return entries;
    }

    /** The first {@link #TOP_LINES} non-empty lines of a page (1-based), joined by " | ". */
    private static String top(Pdf pdf, int page) {
        List<String> l = lines(pdf, page);
        return String.join(" | ", l.subList(0, Math.min(TOP_LINES, l.size())));
    }

    private static List<String> lines(Pdf pdf, int page) {
        return pdf.pages().get(page - 1).lines().map(PdfContentTest::normalize).filter(s -> !s.isEmpty()).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // Length, draft marking, function descriptions, metadata

    @Test
    void pageCountsAreWithinTheirRanges() {
        List<String> problems = new ArrayList<>();
        Pdf h = handbook();
        if (h.pageCount() < HANDBOOK_MIN_PAGES || h.pageCount() > HANDBOOK_MAX_PAGES) {
            problems.add(h.name() + ": " + h.pageCount() + " pages, expected " + HANDBOOK_MIN_PAGES + "–" + HANDBOOK_MAX_PAGES);
        }
        for (Pdf f : functions().values()) {
            if (f.pageCount() < FUNCTION_MIN_PAGES || f.pageCount() > FUNCTION_MAX_PAGES) {
                problems.add(f.name() + ": " + f.pageCount() + " pages, expected " + FUNCTION_MIN_PAGES + "–" + FUNCTION_MAX_PAGES);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPageOfAConceptHandbookIsMarkedConcept(@TempDir Path tmp) throws IOException {
        Build.Result checked = Build.build(Fixtures.resources().resolve("geldig/minimaal"), tmp.resolve("site-output"));
        List<Build.Written> written = checked.written();
        if (checked.hasErrors()) {
            List<Diagnostic> errors = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
            fail("the fixture geldig/minimaal does not build:\n" + String.join("\n", Messages.dutch().formatAll(errors)));
        }
        assertEquals(1, written.size(), "one handbook written: " + written);
        Path file = written.get(0).folder().resolve(HANDBOOK_PDF);
        assertTrue(Files.isRegularFile(file), "the concept fixture geldig/minimaal built no " + HANDBOOK_PDF + " (in " + written.get(0).folder() + ")");
        Pdf draft = read(file, "geldig/minimaal/" + HANDBOOK_PDF);
        draft.doc().close();
        List<Integer> unmarked = new ArrayList<>();
        for (int i = 0; i < draft.pages().size(); i++) if (!draft.pages().get(i).contains(DRAFT_MARK)) unmarked.add(i + 1);
        assertTrue(unmarked.isEmpty(), "pages of the concept handbook without \"" + DRAFT_MARK + "\": " + unmarked + " of " + draft.pageCount());
    }

    @Test
    void theAdoptedExampleCarriesNoConceptMark() {
        List<String> marked = new ArrayList<>();
        for (Pdf pdf : allPdfs()) {
            for (int i = 0; i < pdf.pages().size(); i++) if (pdf.pages().get(i).contains(DRAFT_MARK)) marked.add(pdf.name() + " page " + (i + 1));
        }
        assertTrue(marked.isEmpty(), "the example is adopted (vastgesteld), yet \"" + DRAFT_MARK + "\" is on: " + marked);
    }

    @Test
    void everyFunctionDescriptionPdfHasItsTitleFirstEvaluatorAndSignatureBlock() throws IOException {
        Map<String, Pdf> functions = functions();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Pdf> e : functions.entrySet()) {
            Document html = Jsoup.parse(site().resolve("functies/" + e.getKey() + ".html").toFile(), "UTF-8");
            Pdf pdf = e.getValue();
            String text = normalize(pdf.text());
            List<String> expected = new ArrayList<>();
            Element h1 = html.selectFirst("main h1");
            assertNotNull(h1, "functies/" + e.getKey() + ".html has no <h1>");
            expected.add(normalize(h1.text()));
            Element evaluator = html.select("dt").stream().filter(dt -> dt.text().strip().equals("Eerste evaluator"))
                    .findFirst().map(Element::nextElementSibling).orElse(null);
            assertNotNull(evaluator, "functies/" + e.getKey() + ".html shows no \"Eerste evaluator\"");
            expected.add("Eerste evaluator");
            expected.add(normalize(evaluator.text()));
            expected.addAll(SIGNATURE_WORDS);
            for (String want : expected) if (!text.contains(want)) problems.add(pdf.name() + ": no \"" + want + "\"");
            // The staff member acknowledges a function description; nobody signs it "as agreed".
            if (text.toLowerCase(java.util.Locale.ROOT).contains("voor akkoord")) problems.add(pdf.name() + ": says \"voor akkoord\"");
            if (html.text().toLowerCase(java.util.Locale.ROOT).contains("voor akkoord")) problems.add("functies/" + e.getKey() + ".html: says \"voor akkoord\"");
            if (pdf.pageCount() < FUNCTION_MIN_PAGES || pdf.pageCount() > FUNCTION_MAX_PAGES) {
                problems.add(pdf.name() + ": " + pdf.pageCount() + " pages, expected " + FUNCTION_MIN_PAGES + "–" + FUNCTION_MAX_PAGES);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPdfHasTitleAuthorSubjectKeywordsAndLanguage() throws IOException {
        Document index = index();
        String school = normalize(index.select(".kop-school").text());
        String handbookTitle = normalize(index.select(".kop-handboek").text());
        String lang = index.selectFirst("html").attr("lang");
        assertFalse(school.isEmpty() || handbookTitle.isEmpty() || lang.isEmpty(),
                "index.html no longer shows .kop-school, .kop-handboek or <html lang>: the test needs updating");

        List<String> problems = new ArrayList<>();
        Map<Pdf, String> titles = new LinkedHashMap<>();
        titles.put(handbook(), handbookTitle);
        for (Map.Entry<String, Pdf> f : functions().entrySet()) {
            Document html = Jsoup.parse(site().resolve("functies/" + f.getKey() + ".html").toFile(), "UTF-8");
            titles.put(f.getValue(), normalize(html.selectFirst("main h1").text()));
        }
        for (Map.Entry<Pdf, String> t : titles.entrySet()) {
            Pdf pdf = t.getKey();
            PDDocumentInformation info = pdf.doc().getDocumentInformation();
            String at = pdf.name() + ": ";
            if (info.getTitle() == null || !normalize(info.getTitle()).contains(t.getValue())) {
                problems.add(at + "title \"" + info.getTitle() + "\" does not contain \"" + t.getValue() + "\"");
            }
            if (!school.equals(info.getAuthor() == null ? null : normalize(info.getAuthor()))) {
                problems.add(at + "author \"" + info.getAuthor() + "\", expected the school \"" + school + "\"");
            }
            if (info.getSubject() == null || info.getSubject().isBlank()) problems.add(at + "no subject");
            if (info.getKeywords() == null || info.getKeywords().isBlank()) problems.add(at + "no keywords");
            String pdfLang = pdf.doc().getDocumentCatalog().getLanguage();
            if (!lang.equals(pdfLang)) problems.add(at + "catalog /Lang \"" + pdfLang + "\", expected \"" + lang + "\"");
        }
        assertEquals("nl-BE", lang, "the example site's language");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---------------------------------------------------------------------------------------------
    // Reproducibility

    @Test
    void buildingTwiceGivesByteIdenticalPdfs(@TempDir Path tmp) throws IOException {
        handbook(); // fails clearly when there are no PDFs at all
        Path again = ExampleSite.build(tmp.resolve("site-output"));
        Map<String, byte[]> a = pdfBytes(site());
        Map<String, byte[]> b = pdfBytes(again);
        assertEquals(String.join("\n", a.keySet()), String.join("\n", b.keySet()), "the two builds wrote different PDFs");
        List<String> problems = new ArrayList<>();
        for (String k : a.keySet()) {
            byte[] x = a.get(k);
            byte[] y = b.get(k);
            int i = java.util.Arrays.mismatch(x, y);
            if (i < 0) continue;
            problems.add(k + " differs (" + x.length + " vs " + y.length + " bytes) from byte " + i + ":\n    \""
                    + printable(x, i) + "\"\n    \"" + printable(y, i) + "\"");
        }
        assertTrue(problems.isEmpty(), "PDFs differ between two builds of the same content (document id and dates must come from the content):\n"
                + String.join("\n", problems));
    }

    private static Map<String, byte[]> pdfBytes(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : Fixtures.snapshot(root).entrySet()) if (e.getKey().endsWith(".pdf")) m.put(e.getKey(), e.getValue());
        return m;
    }

    private static String printable(byte[] b, int at) {
        String s = new String(b, Math.max(0, at - 40), Math.min(b.length, at + 40) - Math.max(0, at - 40), StandardCharsets.ISO_8859_1);
        return s.replaceAll("[^\\x20-\\x7e]", "·");
    }

    // ---------------------------------------------------------------------------------------------
    // The site, its menu and the PDFs, read once

    private static Path site() {
        return ExampleSite.site();
    }

    private static Document index() throws IOException {
        return Jsoup.parse(site().resolve("index.html").toFile(), "UTF-8");
    }

    /** The chapters: the menu's entries at the second level, minus the website-only pages. */
    static synchronized List<Chapter> chapters() {
        Document index;
        try {
            index = index();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Element a : index.select("nav#menu > ul > li > ul > li > a")) {
            String title = normalize(a.text());
            if (WEBSITE_ONLY_PAGES.contains(a.attr("href")) || WEBSITE_ONLY_LABELS.contains(title)) continue;
            List<String> parts = a.parent().select("details > ul > li > a").stream().map(p -> normalize(p.text())).toList();
            chapters.add(new Chapter(title, a.attr("href"), parts));
        }
        assertFalse(chapters.isEmpty(), "no chapters in the menu of index.html (nav#menu > ul > li > ul > li > a)");
        return chapters;
    }

    /** The example's handbook PDF, loaded once; fails clearly when the build wrote none. */
    static Pdf handbook() {
        Path file = site().resolve(HANDBOOK_PDF);
        if (!Files.isRegularFile(file)) fail("the built example site has no " + HANDBOOK_PDF + " (" + file + "): does the build write PDFs yet?");
        return load(file, HANDBOOK_PDF);
    }

    /** The function description PDFs by id, one for each function page of the site; fails when one is missing. */
    static Map<String, Pdf> functions() {
        Map<String, Pdf> pdfs = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Path html : ExampleSite.htmlFiles(site().resolve("functies"))) {
            String file = html.getFileName().toString();
            if (file.equals("index.html")) continue;
            String id = file.substring(0, file.length() - ".html".length());
            Path pdf = site().resolve("functies/" + id + ".pdf");
            if (Files.isRegularFile(pdf)) pdfs.put(id, load(pdf, "functies/" + id + ".pdf"));
            else missing.add("functies/" + id + ".pdf");
        }
        assertTrue(missing.isEmpty(), "the built example site lacks function description PDFs: " + missing);
        assertFalse(pdfs.isEmpty(), "the example has no function descriptions (functies/*.html)");
        return pdfs;
    }

    private static List<Pdf> allPdfs() {
        List<Pdf> all = new ArrayList<>();
        all.add(handbook());
        all.addAll(functions().values());
        return all;
    }

    private static synchronized Pdf load(Path file, String name) {
        return LOADED.computeIfAbsent(file, f -> read(f, name));
    }

    /** Loads a PDF and extracts each page's text in reading position order; the caller closes it. */
    private static Pdf read(Path file, String name) {
        try {
            PDDocument doc = Loader.loadPDF(file.toFile());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return new Pdf(name, doc, List.copyOf(pages));
        } catch (IOException e) {
            throw new AssertionError(name + " cannot be read by PDFBox: " + e, e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Outline helpers

    private static List<PDOutlineItem> children(PDOutlineNode node) {
        List<PDOutlineItem> items = new ArrayList<>();
        for (PDOutlineItem i : node.children()) items.add(i);
        return items;
    }

    private static void descendantsAndSelf(PDOutlineItem item, List<PDOutlineItem> into) {
        into.add(item);
        for (PDOutlineItem c : item.children()) descendantsAndSelf(c, into);
    }

    /** The outline as an indented tree, "title → page", for failure messages. */
    private static String outlineTree(PDDocument doc, PDOutlineNode node) {
        StringBuilder b = new StringBuilder();
        outlineTree(doc, node, "  ", b);
        return b.toString();
    }

    private static void outlineTree(PDDocument doc, PDOutlineNode node, String indent, StringBuilder b) {
        for (PDOutlineItem i : node.children()) {
            b.append(indent).append(normalize(i.getTitle())).append(" → ").append(pageOf(doc, i)).append('\n');
            outlineTree(doc, i, indent + "  ", b);
        }
    }

    /** The 1-based page a bookmark leads to (through its destination or GoTo action), or 0 for none. */
    private static int pageOf(PDDocument doc, PDOutlineItem item) {
        try {
            PDPage page = item.findDestinationPage(doc);
            return page == null ? 0 : doc.getPages().indexOf(page) + 1;
        } catch (IOException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Text helpers

    /** NFC, no soft hyphens, every kind of space (no-break too) as one space, trimmed. */
    static String normalize(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace("\u00AD", "")
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x300 && c < 0x370) || (c >= 0xFB00 && c <= 0xFB06) || c == 0xFFFD) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
