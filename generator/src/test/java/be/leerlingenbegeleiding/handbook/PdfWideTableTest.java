package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A school's own page with a table of nine columns, too wide even for a landscape page: the PDF
 * sets it stacked, row by row, with every cell under its column name; nothing reaches the
 * margin, no empty page follows, and the PDF still passes PDF/UA-1.
 */
class PdfWideTableTest {
    private static final double SIDE_MARGIN = 20 * 72 / 25.4;
    private static final String WIDE_TABLE = """

            ## Overzicht per jaar

            | Jaar | Onthaalmoment | Infoavond | Oudercontact | Studiekeuzebegeleiding | Welbevindingsbevraging | Leerlingenbespreking | Klassenraadverslag | Eindverantwoordelijke |
            |---|---|---|---|---|---|---|---|---|
            | Eerste | september | oktober | december | maart | november | maandelijks | juni | Leerlingenbegeleider |
            | Tweede | september | oktober | december | februari | november | maandelijks | juni | Leerlingenbegeleider |
            """;

    @Test
    void aTableTooWideForAnyPageIsStackedAndNothingIsCut(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        Path book = Fixtures.copyTree(ExampleSite.contentDir().resolve(ExampleSite.NAME), content.resolve(ExampleSite.NAME));
        Path page = book.resolve("paginas/begrippenlijst.md");
        Files.writeString(page, Files.readString(page) + WIDE_TABLE);
        Path pdf = build(content, tmp.resolve("site-output")).resolve("handboek.pdf");

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PdfPages.Page> pages = PdfPages.read(doc);
            List<String> problems = new ArrayList<>();
            for (PdfPages.Page p : pages) {
                for (PdfPages.Glyph g : p.glyphs()) {
                    if (g.x() < SIDE_MARGIN - 1.5 || g.right() > p.width() - SIDE_MARGIN + 1.5) {
                        problems.add("page " + p.number() + ": \"" + g.text() + "\" at x = " + Math.round(g.x()));
                    }
                }
            }
            assertTrue(problems.isEmpty(), "text in the side margins:\n" + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));

            PdfPages.Page last = pages.get(pages.size() - 1);
            String text = PdfContentTest.normalize(pages.get(pages.size() - 2).text() + " " + last.text());
            // Each row is a block of "column: value" lines: the column names appear once per row.
            assertEquals(2, count(text, "Welbevindingsbevraging november"), "the stacked rows, column by column:\n" + text);
            assertEquals(2, count(text, "Eindverantwoordelijke Leerlingenbegeleider"), text);
            assertTrue(PdfLayoutTest.fill(last) > 0, "the last page is empty: a margin after the stacked table started a page");
        }
        assertPdfUa(pdf);
    }

    private static Path build(Path content, Path out) throws IOException {
        Build.Result checked = Build.build(content, out);
        List<Build.Written> written = checked.written();
        if (checked.hasErrors()) {
            throw new AssertionError(String.join("\n", Messages.dutch().formatAll(
                    checked.diagnostics().stream().filter(Diagnostic::isError).toList())));
        }
        return written.get(0).folder();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    private static void assertPdfUa(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.fromString("ua1");
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, 3, false, true, false)) {
            result = validator.validate(parser);
        }
        assertTrue(result.isCompliant(), "the PDF with a stacked table fails PDF/UA-1:\n" + PdfStandardsTest.report(result));
    }
}
