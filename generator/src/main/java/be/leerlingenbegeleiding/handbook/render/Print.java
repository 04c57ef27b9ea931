package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.School;
import be.leerlingenbegeleiding.handbook.model.Metadata;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The PDFs of a handbook: {@code handboek.pdf} and {@code functies/<id>.pdf}. Tagged for screen
 * readers (PDF/UA-1) and archivable (PDF/A-2a); the same handbook always gives the same bytes.
 */
public final class Print {
    /** The fonts every PDF embeds: family name, weight, style, file inside the font jar. */
    private record Face(String family, int weight, FontStyle style, String file) {
    }

    private static final List<Face> FACES = List.of(
            new Face("Liberation Sans", 400, FontStyle.NORMAL, "LiberationSans-Regular.ttf"),
            new Face("Liberation Sans", 700, FontStyle.NORMAL, "LiberationSans-Bold.ttf"),
            new Face("Liberation Sans", 400, FontStyle.ITALIC, "LiberationSans-Italic.ttf"),
            new Face("Liberation Sans", 700, FontStyle.ITALIC, "LiberationSans-BoldItalic.ttf"),
            new Face("Liberation Mono", 400, FontStyle.NORMAL, "LiberationMono-Regular.ttf"));
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // The renderer reports every step on standard error; a build prints only what matters.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private Print() {
    }

    /** All PDFs of a handbook, by path from the site root. */
    public static Map<String, byte[]> render(Handbook h) {
        Map<String, byte[]> files = new TreeMap<>();
        jobs(h, null).forEach((path, job) -> files.put(path, job.get()));
        files.putAll(extras());
        return files;
    }

    /** Files that go with every set of PDFs: the embedded fonts' licence asks to travel with them. */
    public static Map<String, byte[]> extras() {
        return Map.of("assets/LICENSE-liberation-fonts.txt", fontFile("LICENSE"));
    }

    /**
     * Each PDF of a handbook as a task that renders it, by path; in the handbook's own theme.
     * {@code today}, the build date (null when not known), only decides whether the cover says
     * the handbook may be out of date: the PDF's own dates still come from its content.
     */
    public static Map<String, Supplier<byte[]>> jobs(Handbook full, LocalDate today) {
        return jobs(full, today, Theme.BUILT_IN);
    }

    /** {@link #jobs(Handbook, LocalDate)} in the given theme. */
    public static Map<String, Supplier<byte[]>> jobs(Handbook full, LocalDate today, Theme theme) {
        return jobs(full, today, theme, null);
    }

    /** {@link #jobs(Handbook, LocalDate, Theme)} with an appendix "Wat is er nieuw" when {@code whatsNew} is not null. */
    public static Map<String, Supplier<byte[]>> jobs(Handbook full, LocalDate today, Theme theme, WhatsNew whatsNew) {
        // Public PDFs only: the personnel part is printed by Internal, on request.
        Handbook h = full.publicPart();
        Labels l = theme.labels(h.metadata().language()).forLevel(School.levelOf(h));
        SitePlan plan = SitePlan.of(h, l, null, whatsNew);
        Templates templates = theme.templates(h);
        Map<String, Supplier<byte[]>> jobs = new TreeMap<>();
        jobs.put("handboek.pdf", () -> pdf(new PrintBook(h, l, plan, templates, today).handbook(), h, l));
        for (FunctionDescription f : h.functions()) {
            jobs.put("functies/" + f.id() + ".pdf", () -> pdf(new PrintBook(h, l, plan, templates, today).function(f), h, l));
        }
        if (h.institutionTasks() != null) {
            jobs.put(SitePlan.TASKS_PDF, () -> pdf(new PrintBook(h, l, plan, templates, today).tasks(), h, l));
        }
        return jobs;
    }

    /** One HTML document as PDF bytes; {@code l} names what is still to fill in. */
    static byte[] pdf(String html, Handbook h, Labels l) {
        Document jsoup = Jsoup.parse(html);
        // The renderer reads bookmarks only from the head; an HTML parser moves unknown elements
        // out of it, so they are put back here.
        Element bookmarks = jsoup.selectFirst("bookmarks");
        if (bookmarks != null) jsoup.head().appendChild(bookmarks);
        if (Placeholders.any(html)) Placeholders.mark(jsoup, l);
        keepSignaturesWithText(jsoup);
        // Handed over as well-formed XHTML text: the renderer's own XML reading applies the
        // stylesheets reliably, which a converted DOM did not.
        jsoup.outputSettings().syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml).prettyPrint(false);
        String xhtml = jsoup.html();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            builder.useColorProfile(SRGB);
            // Scripts in a figure never run and it loads nothing from outside itself.
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            // The renderer would fetch any address it meets, from the build machine, retrying
            // slow hosts: only the handbook's own pictures are read, and no HTTP client exists.
            PrintFiles files = new PrintFiles(h);
            builder.useUriResolver(files::resolve);
            builder.useExternalResourceAccessControl(files::allowed, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useHttpStreamImplementation(PrintFiles.NO_NETWORK);
            builder.withProducer("handbook");
            for (Face f : FACES) {
                builder.useFont(new PDFontSupplier(font(doc, f.file())), f.family(), f.weight(), f.style(), true);
                // The figures are drawn by Batik, which has its own font list: without this the
                // machine's fonts would be used and the bytes would differ between machines.
                builder.useFont(() -> new ByteArrayInputStream(fontFile(f.file())),
                        f.family(), f.weight(), f.style(), true, EnumSet.of(BaseRendererBuilder.FSFontUseCase.SVG));
            }
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                fixDates(doc, h.metadata());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A signature block must not stand alone on the last page, apart from what it signs. The
     * renderer ignores "avoid a break before" between sections, so the block and the section
     * before it go into one container that is kept on one page.
     */
    private static void keepSignaturesWithText(Document jsoup) {
        for (Element sign : jsoup.select("section.handtekeningen")) {
            Element before = sign.previousElementSibling();
            if (before == null || !before.tagName().equals("section")) continue;
            Element together = new Element("div").addClass("slot");
            before.before(together);
            together.appendChild(before);
            together.appendChild(sign);
        }
    }

    /**
     * Ligature substitution (GSUB) is switched off: with it, rendering is about four times
     * slower and extracted text reads "ﬁnanciële" instead of "financiële".
     */
    private static PDType0Font font(PDDocument doc, String file) throws IOException {
        byte[] bytes = fontFile(file);
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    /** A file of the font jar, read once per run. */
    private static byte[] fontFile(String file) {
        return Theme.BUILT_IN.file("/liberation/" + file);
    }

    /**
     * The renderer stamps the clock into the document; a rebuild of unchanged content must give
     * the same bytes, so dates come from the content and the document id from the text.
     */
    private static void fixDates(PDDocument doc, Metadata meta) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.clear();
        LocalDate date = contentDate(meta);
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0, 0);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            try {
                XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic != null) {
                    basic.setCreateDate(when);
                    basic.setModifyDate(when);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, out, true);
                metadata.importXMPMetadata(out.toByteArray());
            } catch (Exception e) {
                throw new IOException("cannot fix the PDF's XMP dates", e);
            }
        }
        String seed = meta.title() + "|" + meta.schoolYear() + "|" + meta.edition() + "|" + date;
        doc.setDocumentId((long) java.util.Arrays.hashCode(seed.getBytes(StandardCharsets.UTF_8)));
    }

    /** The adoption date; else the start of the school year; else a fixed day. */
    static LocalDate contentDate(Metadata meta) {
        if (meta.adoption() != null && meta.adoption().date() != null) return meta.adoption().date();
        if (meta.schoolYear() != null) return LocalDate.of(Integer.parseInt(meta.schoolYear().substring(0, 4)), 9, 1);
        return LocalDate.of(2000, 1, 1);
    }

    /**
     * The HTML the PDF renderer is given for the whole handbook, so that the benchmark can feed
     * another PDF engine exactly the same document.
     */
    public static String handbookHtml(Handbook h) {
        Labels l = Labels.of(h.metadata().language()).forLevel(School.levelOf(h));
        return new PrintBook(h, l, SitePlan.of(h, l), Theme.BUILT_IN.templates(h)).handbook();
    }
}
