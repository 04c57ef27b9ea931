package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the example site is valid HTML according to the Nu HTML Checker (the engine of
 * validator.w3.org/nu), run in-process. The schemas ship inside the validator's jar, so this
 * works offline.
 */
class SiteHtmlValidityTest {
    /** The schema the checker's own command line uses for text/html: HTML + SVG + MathML + ARIA. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Collects what the checker reports for one file; errors fail the test, warnings are shown. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String file = "";

        private String where(SAXParseException e) {
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(where(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(where(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(where(e));
        }
    }

    @Test
    void everyPageOfTheExampleSiteIsValidHtml() throws Exception {
        Path site = ExampleSite.site();
        List<Path> pages = ExampleSite.htmlFiles(site);
        assertFalse(pages.isEmpty(), "the example site has no .html files");

        long start = System.nanoTime();
        Collector collector = new Collector();
        // One checker for all pages: building the schema takes most of the time (seconds),
        // checking a page afterwards takes milliseconds. Log4j is initialised quietly by the
        // checker itself (true); URLs are not logged (false); language detection is off (false)
        // because it only ever gives warnings and loads a profile per language.
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema(HTML_SCHEMA, collector);
        // Not streaming (false) so errors carry exact positions; no external entities (false).
        checker.setUpValidatorAndParsers(collector, false, false);
        long setUp = System.nanoTime();
        if (!collector.errors.isEmpty()) throw new AssertionError("the checker's schema did not load: " + collector.errors);

        for (Path page : pages) {
            collector.file = ExampleSite.relative(site, page);
            checker.checkHtmlFile(page.toFile(), true);
        }
        long end = System.nanoTime();

        System.out.printf("Nu HTML Checker: %d pages, schema %d ms, checking %d ms%n",
                pages.size(), (setUp - start) / 1_000_000, (end - setUp) / 1_000_000);
        collector.warnings.forEach(w -> System.out.println("warning: " + w));
        assertTrue(collector.errors.isEmpty(), collector.errors.size() + " HTML errors:\n"
                + String.join("\n", collector.errors));
    }
}
