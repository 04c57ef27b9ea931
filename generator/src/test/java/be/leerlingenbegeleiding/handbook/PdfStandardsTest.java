package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Every PDF of the example site passes veraPDF for PDF/UA-1 (accessible) and PDF/A-2a
 * (archivable, tagged) with zero failed rules. A failure lists every failed rule per file with
 * its clause, test number, description, how often it failed and a few of the places, so the
 * renderer can be fixed from the test report alone.
 */
class PdfStandardsTest {
    /** The veraPDF flavours every PDF must pass, by veraPDF's id, with a readable name. */
    private static final Map<String, String> FLAVOURS = orderedMap("ua1", "PDF/UA-1", "2a", "PDF/A-2a");

    /** How many failing places veraPDF records (and the report shows) per rule. */
    private static final int CONTEXTS_PER_RULE = 3;

    private static VeraPDFFoundry foundry;

    @BeforeAll
    static void initialiseVeraPdf() {
        // Registers the "greenfield" parser as veraPDF's default provider; once per class is once
        // per JVM here, as no other test uses veraPDF.
        VeraGreenfieldFoundryProvider.initialise();
        foundry = Foundries.defaultInstance();
    }

    @TestFactory
    Stream<DynamicTest> everyPdfOfTheExamplePassesPdfUa1AndPdfA2a() {
        Path site = ExampleSite.site();
        List<Path> pdfs = pdfsOf(site);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path pdf : pdfs) {
            String name = ExampleSite.relative(site, pdf);
            for (Map.Entry<String, String> f : FLAVOURS.entrySet()) {
                tests.add(DynamicTest.dynamicTest(name + " · " + f.getValue(), () -> assertPasses(pdf, name, f.getKey(), f.getValue())));
            }
        }
        return tests.stream();
    }

    /**
     * The PDFs the example must have: {@code handboek.pdf} and one per function description
     * page, plus any other PDF the build wrote (all are validated). Fails clearly when the
     * build writes none yet.
     */
    static List<Path> pdfsOf(Path site) {
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(site.resolve("handboek.pdf"))) missing.add("handboek.pdf");
        for (Path html : ExampleSite.htmlFiles(site.resolve("functies"))) {
            String file = html.getFileName().toString();
            if (file.equals("index.html")) continue;
            String pdf = "functies/" + file.substring(0, file.length() - ".html".length()) + ".pdf";
            if (!Files.isRegularFile(site.resolve(pdf))) missing.add(pdf);
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(site)) {
            // documenten/ holds the school's own policy PDFs, published as they are: not the generator's to vouch for.
            pdfs = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".pdf"))
                    .filter(p -> !ExampleSite.relative(site, p).startsWith("documenten/"))
                    .sorted(Comparator.comparing(p -> ExampleSite.relative(site, p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!missing.isEmpty()) {
            fail("the built example site (" + site + ") lacks " + missing.size() + " PDF(s): " + String.join(", ", missing)
                    + (pdfs.isEmpty() ? "\n(it holds no PDF at all: does the build write PDFs yet?)"
                            : "\nPDFs present: " + pdfs.stream().map(p -> ExampleSite.relative(site, p)).toList()));
        }
        return pdfs;
    }

    private static void assertPasses(Path pdf, String name, String flavourId, String flavourName) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourId);
        assertEquals(flavourId, flavour.getId(), "veraPDF does not know the flavour " + flavourId);
        ValidationResult result;
        // (flavour, max failed checks recorded per rule, log passed checks, show error messages, show progress)
        try (PDFAParser parser = foundry.createParser(pdf.toFile(), flavour);
                PDFAValidator validator = foundry.createValidator(flavour, CONTEXTS_PER_RULE, false, true, false)) {
            result = validator.validate(parser);
        }
        if (result.isCompliant() && result.getFailedChecks().isEmpty()) return;
        fail(name + " fails " + flavourName + " (" + result.getJobEndStatus() + "): "
                + result.getFailedChecks().size() + " rule(s) failed\n" + report(result));
    }

    /** Every failed rule with its description, count and a few contexts, in rule order. */
    static String report(ValidationResult result) {
        Map<String, List<TestAssertion>> byRule = new TreeMap<>(PdfStandardsTest::compareRuleKeys);
        Map<String, RuleId> ids = new TreeMap<>(PdfStandardsTest::compareRuleKeys);
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() != TestAssertion.Status.FAILED) continue;
            String key = key(a.getRuleId());
            byRule.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            ids.put(key, a.getRuleId());
        }
        Map<String, Integer> counts = new TreeMap<>(PdfStandardsTest::compareRuleKeys);
        for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
            counts.put(key(e.getKey()), e.getValue());
            ids.put(key(e.getKey()), e.getKey());
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, RuleId> e : ids.entrySet()) {
            RuleId id = e.getValue();
            List<TestAssertion> failed = byRule.getOrDefault(e.getKey(), List.of());
            Rule rule = result.getValidationProfile() == null ? null : result.getValidationProfile().getRuleByRuleId(id);
            String description = rule != null ? rule.getDescription()
                    : failed.isEmpty() ? "(no description)" : failed.get(0).getMessage();
            out.append("  ").append(id.getSpecification()).append(" clause ").append(id.getClause())
                    .append(" test ").append(id.getTestNumber()).append(" — ")
                    .append(oneLine(description)).append(" [failed ")
                    .append(counts.getOrDefault(e.getKey(), failed.size())).append("×]\n");
            for (TestAssertion a : failed) {
                String context = a.getLocation() == null ? null : a.getLocation().getContext();
                out.append("      where: ").append(context == null ? "?" : context);
                if (a.getErrorMessage() != null && !a.getErrorMessage().isBlank()) {
                    out.append(": ").append(oneLine(a.getErrorMessage()));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String key(RuleId id) {
        return id.getSpecification() + "|" + id.getClause() + "|" + id.getTestNumber();
    }

    /** Rule keys by specification, then clause part by part numerically (6.2.11.4 after 6.2.2), then test. */
    private static int compareRuleKeys(String a, String b) {
        String[] x = a.split("\\|");
        String[] y = b.split("\\|");
        int c = x[0].compareTo(y[0]);
        if (c != 0) return c;
        String[] cx = x[1].split("[.-]");
        String[] cy = y[1].split("[.-]");
        for (int i = 0; i < Math.min(cx.length, cy.length); i++) {
            c = comparePart(cx[i], cy[i]);
            if (c != 0) return c;
        }
        c = Integer.compare(cx.length, cy.length);
        if (c != 0) return c;
        return Integer.compare(Integer.parseInt(x[2]), Integer.parseInt(y[2]));
    }

    private static int comparePart(String a, String b) {
        if (a.matches("\\d+") && b.matches("\\d+")) return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        return a.compareTo(b);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
