package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * How every PDF of every example handbook looks on paper, measured with PDFBox: nothing is drawn
 * past the edge of the paper or into the side margins (a table too wide for the page used to lose
 * its last column), a table that continues on another page shows its header row there too, a
 * short table is not split, no page is left nearly empty in the middle of a chapter, each
 * bookmark appears once, and the cover carries no page number.
 */
class PdfLayoutTest {
    private static final double MM = 72 / 25.4;
    /** Rounding of glyph boxes: a glyph may touch the edge by this much. */
    private static final double TOLERANCE = 1.5;
    /** The side margins of every page (druk.css: 20 mm); text may reach into them by a hair. */
    private static final double SIDE_MARGIN = 20 * MM;
    /** Marks this close to the top or bottom edge are running headers and page numbers. */
    private static final double MARGIN_BAND = 15 * MM;
    /** A page filled to less than this share of its text block is "nearly empty". */
    private static final double QUARTER = 0.25;
    /** A table whose rows take less than this share of a portrait text block must stay on one page. */
    private static final double SHORT_TABLE = 0.4;
    private static final double PORTRAIT_TEXT_HEIGHT = (297 - 42) * MM;

    /** A loaded PDF of an example: its name (handbook/path), document and measured pages. */
    record Pdf(String name, PDDocument doc, List<PdfPages.Page> pages) {
        boolean isHandbook() {
            return name.endsWith("/handboek.pdf");
        }
    }

    private static List<Pdf> pdfs;

    static synchronized List<Pdf> pdfs() {
        if (pdfs != null) return pdfs;
        Path root = ExampleSite.site().getParent();
        List<Pdf> all = new ArrayList<>();
        try (Stream<Path> books = Files.list(root)) {
            for (Path book : books.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.isRegularFile(book.resolve("handboek.pdf"))) continue;
                for (Path pdf : PdfStandardsTest.pdfsOf(book)) {
                    String name = book.getFileName() + "/" + ExampleSite.relative(book, pdf);
                    PDDocument doc = Loader.loadPDF(pdf.toFile());
                    all.add(new Pdf(name, doc, PdfPages.read(doc)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(all.stream().filter(Pdf::isHandbook).count() >= 5, "expected the five example handbooks, found " + all.stream().map(Pdf::name).toList());
        pdfs = all;
        return pdfs;
    }

    @AfterAll
    static void close() throws IOException {
        if (pdfs != null) for (Pdf p : pdfs) p.doc().close();
        pdfs = null;
    }

    @Test
    void noGlyphIsDrawnOutsideThePaperOrInTheSideMargins() {
        List<String> problems = new ArrayList<>();
        for (Pdf pdf : pdfs()) {
            for (PdfPages.Page page : pdf.pages()) {
                StringBuilder outside = new StringBuilder();
                StringBuilder margin = new StringBuilder();
                double furthest = 0;
                for (PdfPages.Glyph g : page.glyphs()) {
                    boolean off = g.x() < -TOLERANCE || g.right() > page.width() + TOLERANCE
                            || g.top() < -TOLERANCE || g.bottom() > page.height() + TOLERANCE;
                    boolean inMargin = g.x() < SIDE_MARGIN - TOLERANCE || g.right() > page.width() - SIDE_MARGIN + TOLERANCE;
                    if (off) outside.append(g.text());
                    else if (inMargin) margin.append(g.text());
                    furthest = Math.max(furthest, g.right());
                }
                String where = pdf.name() + " page " + page.number() + " (" + Math.round(page.width()) + " × "
                        + Math.round(page.height()) + " pt, text up to x = " + Math.round(furthest) + "): ";
                if (!outside.isEmpty()) problems.add(where + "off the paper: \"" + shorten(outside) + "\"");
                if (!margin.isEmpty()) problems.add(where + "in the side margin: \"" + shorten(margin) + "\"");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " pages with text cut or pushed past the margin:\n" + String.join("\n", problems));
    }

    @Test
    void aTableThatContinuesOnAnotherPageShowsItsHeaderRowThere() throws IOException {
        List<String> problems = new ArrayList<>();
        int continued = 0;
        for (Pdf pdf : pdfs()) {
            for (Table t : tables(pdf)) {
                if (t.header().isEmpty()) continue;
                for (int page : t.bodyPages()) {
                    if (page == t.bodyPages().first()) continue;
                    continued++;
                    String text = words(pdf.pages().get(page - 1).text());
                    List<String> missing = t.header().stream().filter(h -> !containsWords(text, h)).toList();
                    if (!missing.isEmpty()) {
                        problems.add(pdf.name() + " page " + page + ": the table with header " + t.header()
                                + " continues here without its header (missing " + missing + ")");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " of " + continued + " continuation pages lack the header row:\n"
                + String.join("\n", problems));
        assertTrue(continued > 0, "no table of the examples continues on a second page: the check measured nothing");
    }

    @Test
    void aShortTableIsNotSplitOverTwoPages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Pdf pdf : pdfs()) {
            for (Table t : tables(pdf)) {
                if (t.height() < SHORT_TABLE * PORTRAIT_TEXT_HEIGHT && t.bodyPages().size() > 1) {
                    problems.add(String.format("%s: the table with header %s has %d rows, %.0f %% of a page high, but is split over pages %s",
                            pdf.name(), t.header(), t.rows(), 100 * t.height() / PORTRAIT_TEXT_HEIGHT, t.bodyPages()));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noPageIsLessThanAQuarterFullExceptBeforeAChapterAndAtTheEnd() {
        List<String> problems = new ArrayList<>();
        for (Pdf pdf : pdfs()) {
            Set<Integer> chapterStarts = new TreeSet<>();
            var outline = pdf.doc().getDocumentCatalog().getDocumentOutline();
            if (pdf.isHandbook() && outline != null) {
                for (PDOutlineItem item : outline.children()) chapterStarts.add(pageOf(pdf.doc(), item));
            }
            for (PdfPages.Page page : pdf.pages()) {
                // Allowed: the last page, the page before a chapter (which starts on a new page),
                // and the last page of a landscape table, after which the text returns to portrait
                // pages. The page before a landscape table is no exception.
                if (page.number() == pdf.pages().size() || chapterStarts.contains(page.number() + 1)) continue;
                if (page.landscape() && !pdf.pages().get(page.number()).landscape()) continue;
                double fill = fill(page);
                if (fill < QUARTER) {
                    String first = page.text().strip().lines().skip(1).findFirst().orElse("");
                    problems.add(String.format("%s page %d is %.0f %% full (starts: \"%s\")", pdf.name(), page.number(), fill * 100,
                            first.length() > 70 ? first.substring(0, 70) + "…" : first));
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " nearly empty pages in the middle of a chapter:\n" + String.join("\n", problems));
    }

    @Test
    void noPageIsBlank() {
        List<String> problems = new ArrayList<>();
        for (Pdf pdf : pdfs()) {
            for (PdfPages.Page page : pdf.pages()) {
                if (fill(page) == 0) problems.add(pdf.name() + " page " + page.number() + " of " + pdf.pages().size() + " shows only its running header or page number");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theContentsDoNotSpillAFewLinesOntoAPageOfTheirOwn() {
        List<String> problems = new ArrayList<>();
        for (Pdf pdf : pdfs()) {
            if (!pdf.isHandbook()) continue;
            var outline = pdf.doc().getDocumentCatalog().getDocumentOutline();
            int firstChapter = pageOf(pdf.doc(), outline.children().iterator().next());
            // The contents run from page 2 to the page before the first chapter.
            if (firstChapter > 3) {
                PdfPages.Page last = pdf.pages().get(firstChapter - 2);
                if (fill(last) < QUARTER) {
                    problems.add(String.format("%s: the contents end with %.0f %% of page %d", pdf.name(), fill(last) * 100, last.number()));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aTableCaptionOrTitleIsOnThePageWhereTheTableStarts() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Pdf pdf : pdfs()) {
            for (Table t : tables(pdf)) {
                if (t.captionPage() > 0) checked++;
                if (t.captionPage() > 0 && !t.bodyPages().isEmpty() && t.captionPage() != t.bodyPages().first()) {
                    problems.add(pdf.name() + ": the caption of the table with header " + t.header() + " is on page " + t.captionPage()
                            + ", its first row on page " + t.bodyPages().first());
                }
            }
        }
        assertTrue(checked > 20, "only " + checked + " tables with a caption or title found: the check measured too little");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Heading of the signature block (label druk.handtekeningen). */
    static final List<String> SIGNATURE_HEADINGS = List.of("Ondertekening");

    @Test
    void aSignatureBlockDoesNotStandAloneAtTheTopOfAPage() {
        List<String> problems = new ArrayList<>();
        int seen = 0;
        for (Pdf pdf : pdfs()) {
            for (PdfPages.Page page : pdf.pages()) {
                List<String> lines = page.text().strip().lines().map(PdfContentTest::normalize)
                        .filter(l -> !l.isEmpty() && !l.equals(PdfContentTest.DRAFT_MARK)).toList();
                seen += (int) lines.stream().filter(SIGNATURE_HEADINGS::contains).count();
                // Line 1 is the running header.
                if (lines.size() > 1 && SIGNATURE_HEADINGS.contains(lines.get(1))) {
                    problems.add(pdf.name() + " page " + page.number() + " starts with \"" + lines.get(1) + "\", apart from the text it signs");
                }
            }
        }
        assertTrue(seen > 0, "no signature heading found: the check measured nothing");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noLineEndsWithAnOpeningBracket() {
        List<String> problems = new ArrayList<>();
        for (Pdf pdf : pdfs()) {
            for (PdfPages.Page page : pdf.pages()) {
                page.text().lines().map(String::strip).filter(l -> l.endsWith("("))
                        .forEach(l -> problems.add(pdf.name() + " page " + page.number() + ": \"" + l + "\""));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " lines end with \"(\":\n" + String.join("\n", problems));
    }

    @Test
    void eachBookmarkAppearsOnce() {
        List<String> problems = new ArrayList<>();
        for (Pdf pdf : pdfs()) {
            var outline = pdf.doc().getDocumentCatalog().getDocumentOutline();
            if (outline == null) continue;
            Map<String, Integer> targets = new LinkedHashMap<>();
            uniqueBookmarks(pdf, outline, targets, problems);
        }
        assertTrue(problems.isEmpty(), problems.size() + " repeated bookmarks:\n" + String.join("\n", problems));
    }

    @Test
    void theCoverCarriesNoPageNumberButTheOtherPagesDo() {
        List<String> problems = new ArrayList<>();
        for (Pdf pdf : pdfs()) {
            if (!pdf.isHandbook()) continue;
            if (pdf.pages().get(0).text().contains("Pagina")) problems.add(pdf.name() + ": the cover says \"Pagina\"");
            if (!pdf.pages().get(1).text().contains("Pagina 2 van")) problems.add(pdf.name() + ": page 2 has no page number");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---------------------------------------------------------------------------------------------

    /** Siblings with the same title, and the same title leading to the same page anywhere, are repeats. */
    private static void uniqueBookmarks(Pdf pdf, PDOutlineNode node, Map<String, Integer> targets, List<String> problems) {
        Set<String> siblings = new LinkedHashSet<>();
        for (PDOutlineItem item : node.children()) {
            String title = PdfContentTest.normalize(item.getTitle());
            int page = pageOf(pdf.doc(), item);
            if (!siblings.add(title)) problems.add(pdf.name() + ": \"" + title + "\" twice under the same entry");
            else if (targets.put(title + " → " + page, page) != null) problems.add(pdf.name() + ": \"" + title + "\" → page " + page + " twice");
            uniqueBookmarks(pdf, item, targets, problems);
        }
    }

    private static int pageOf(PDDocument doc, PDOutlineItem item) {
        try {
            PDPage page = item.findDestinationPage(doc);
            return page == null ? 0 : doc.getPages().indexOf(page) + 1;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The share of the text block between the first and the last thing painted on the page,
     * leaving out the running header and the page number.
     */
    static double fill(PdfPages.Page page) {
        double top = Double.MAX_VALUE;
        double bottom = 0;
        for (Rectangle2D r : page.marks()) {
            double centre = r.getCenterY();
            if (centre < MARGIN_BAND || centre > page.height() - MARGIN_BAND) continue;
            // A full-page box (a background) says nothing about how full the page is.
            if (r.getHeight() > page.height() - 2 * MARGIN_BAND) continue;
            top = Math.min(top, r.getMinY());
            bottom = Math.max(bottom, r.getMaxY());
        }
        if (bottom <= top) return 0;
        return (bottom - top) / (page.height() - 40 * MM);
    }

    /**
     * A table of the tagged structure: the text of its header cells, how many body rows it has,
     * and the pages its body rows are drawn on.
     */
    record Table(List<String> header, int rows, TreeSet<Integer> bodyPages, int captionPage, double height) {
    }

    private static final Map<String, List<Table>> TABLES = new HashMap<>();

    private static synchronized List<Table> tables(Pdf pdf) throws IOException {
        if (TABLES.containsKey(pdf.name())) return TABLES.get(pdf.name());
        var root = pdf.doc().getDocumentCatalog().getStructureTreeRoot();
        assertFalse(root == null, pdf.name() + " has no tagged structure");
        List<PDStructureElement> found = new ArrayList<>();
        find(root, "Table", found);
        Map<PDPage, Map<Integer, PdfPages.Marked>> marked = new HashMap<>();
        List<Table> tables = new ArrayList<>();
        for (PDStructureElement table : found) {
            List<String> header = new ArrayList<>();
            TreeSet<Integer> pages = new TreeSet<>();
            int rows = 0;
            Map<PDPage, double[]> extent = new HashMap<>();
            List<PDStructureElement> trs = new ArrayList<>();
            find(table, "TR", trs);
            for (PDStructureElement tr : trs) {
                boolean head = tr.getParent() instanceof PDStructureElement p && "THead".equals(p.getStructureType());
                if (head) {
                    for (Object cell : tr.getKids()) {
                        if (cell instanceof PDStructureElement th) header.add(PdfContentTest.normalize(text(pdf.doc(), th, marked)));
                    }
                } else {
                    rows++;
                    content(pdf.doc(), tr, null, (page, mcid) -> {
                        pages.add(pdf.doc().getPages().indexOf(page) + 1);
                        PdfPages.Marked m = marked(marked, page).get(mcid);
                        if (m != null && m.bottom() > m.top()) extent.merge(page, new double[] {m.top(), m.bottom()},
                                (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                    });
                }
            }
            header.removeIf(String::isBlank);
            // The renderer tags a caption next to its table, not inside it.
            List<PDStructureElement> captions = new ArrayList<>();
            find(table, "Caption", captions);
            if (table.getParent() instanceof PDStructureElement parent) {
                List<Object> kids = parent.getKids();
                int at = -1;
                // Kids are new wrappers on each call: compare the dictionaries they wrap.
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.get(i) instanceof PDStructureElement k && k.getCOSObject() == table.getCOSObject()) at = i;
                }
                for (int i : new int[] {at - 1, at + 1}) {
                    if (at >= 0 && i >= 0 && i < kids.size() && kids.get(i) instanceof PDStructureElement c && "Caption".equals(c.getStructureType())) captions.add(c);
                }
            }
            // A table that may break has its caption as a title (P) just before it.
            PDStructureElement holder = table;
            while (holder.getParent() instanceof PDStructureElement up && "Div".equals(up.getStructureType())
                    && up.getKids().stream().filter(k -> k instanceof PDStructureElement).count() == 1) {
                holder = up;
            }
            if (captions.isEmpty() && holder.getParent() instanceof PDStructureElement parent) {
                PDStructureElement previous = null;
                for (Object k : parent.getKids()) {
                    if (!(k instanceof PDStructureElement e)) continue;
                    if (e.getCOSObject() == holder.getCOSObject()) break;
                    previous = e;
                }
                if (previous != null && previous.getStructureType().matches("P|H[1-6]|Caption")) captions.add(previous);
            }
            TreeSet<Integer> captionPages = new TreeSet<>();
            for (PDStructureElement c : captions) {
                content(pdf.doc(), c, null, (page, mcid) -> captionPages.add(pdf.doc().getPages().indexOf(page) + 1));
            }
            double height = extent.values().stream().mapToDouble(e -> e[1] - e[0]).sum();
            tables.add(new Table(header, rows, pages, captionPages.isEmpty() ? 0 : captionPages.first(), height));
        }
        TABLES.put(pdf.name(), tables);
        return tables;
    }

    private static void find(PDStructureNode node, String type, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) into.add(e);
                else find(e, type, into);
            }
        }
    }

    private interface Content {
        void at(PDPage page, int mcid);
    }

    /** Calls back with each marked-content sequence (page, id) under a structure element. */
    private static void content(PDDocument doc, PDStructureElement e, PDPage inherited, Content to) {
        PDPage page = e.getPage() != null ? e.getPage() : inherited;
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) content(doc, child, page, to);
            else if (kid instanceof PDMarkedContentReference ref) to.at(ref.getPage() != null ? ref.getPage() : page, ref.getMCID());
            else if (kid instanceof Integer mcid && page != null) to.at(page, mcid);
        }
    }

    private static Map<Integer, PdfPages.Marked> marked(Map<PDPage, Map<Integer, PdfPages.Marked>> cache, PDPage page) {
        return cache.computeIfAbsent(page, p -> {
            try {
                return PdfPages.markedText(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String text(PDDocument doc, PDStructureElement e, Map<PDPage, Map<Integer, PdfPages.Marked>> marked) {
        StringBuilder b = new StringBuilder();
        Set<String> seen = new java.util.HashSet<>();
        content(doc, e, null, (page, mcid) -> {
            if (page == null || !seen.add(doc.getPages().indexOf(page) + ":" + mcid)) return;
            PdfPages.Marked m = marked(marked, page).get(mcid);
            if (m != null) b.append(m.text()).append(' ');
        });
        return b.toString();
    }

    private static String words(String s) {
        return " " + PdfContentTest.normalize(s).replace('\u00AD', ' ') + " ";
    }

    /** Every word of {@code phrase} occurs in {@code text}: a header cell may wrap over lines. */
    private static boolean containsWords(String text, String phrase) {
        for (String w : phrase.split(" ")) if (!w.isBlank() && !text.contains(w)) return false;
        return true;
    }

    private static String shorten(CharSequence s) {
        return s.length() > 80 ? s.subSequence(0, 80) + "…" : s.toString();
    }
}
