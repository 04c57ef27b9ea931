package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.schema.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code handbook check} prints: a readable report grouped by rule, JSON, or JUnit XML
 * for a school's CI. The JSON follows {@code check-rapport.schema.json}; the XML the JUnit
 * format CI servers read (one test suite per handbook, one test case per rule).
 */
final class CheckOutput {
    private CheckOutput() {
    }

    /** The output formats of {@code check --format}. */
    enum Format { TEKST, JSON, JUNIT }

    /**
     * The readable report. Structural problems come first, as the usual one-line diagnostics;
     * then, per handbook, the compliance findings under the rule they break, and the silenced
     * ones with their reason. Diagnostics go to {@code err}, the per-handbook summary to {@code out}.
     */
    static void text(Build.Result checked, Messages m, PrintWriter out, PrintWriter err) {
        List<Diagnostic> structural = checked.diagnostics().stream().filter(d -> d.problem() != null).toList();
        for (String line : m.formatAll(structural)) err.println(line);
        for (Handbook h : checked.handbooks()) {
            Report r = checked.reports().get(h.folder());
            if (r == null) continue;
            for (Report.Result rule : r.results()) {
                if (rule.findings().isEmpty() && rule.silenced().isEmpty()) continue;
                err.println();
                err.println(m.get("cli.rule.header", h.name(), rule.id(), m.text(rule.title())));
                for (Diagnostic d : rule.findings()) err.println(m.format(d));
                for (Report.Silenced s : rule.silenced()) {
                    err.println(m.get("cli.rule.silenced", s.finding().position(), m.message(s.finding()), s.reason()));
                }
            }
            // With mistakes in the handbook's own rules, a count of rules met would mislead.
            if (r.diagnostics().stream().anyMatch(d -> d.isError() && d.problem() != null)) continue;
            long silenced = r.results().stream().mapToLong(x -> x.silenced().size()).sum();
            out.println(m.get("cli.compliance.summary", h.name(), r.passed(), r.passed() + r.failed())
                    + (silenced > 0 ? m.get("cli.compliance.silenced", silenced) : "") + ".");
        }
    }

    /** The check as one JSON document. */
    static String json(Build.Result checked, Messages m, boolean strict) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "handboek-controle/1");
        doc.put("date", String.valueOf(date(checked)));
        doc.put("strict", strict);
        doc.put("passed", !checked.fails(strict));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("errors", count(checked.diagnostics(), Severity.FOUT));
        counts.put("warnings", count(checked.diagnostics(), Severity.WAARSCHUWING));
        counts.put("info", count(checked.diagnostics(), Severity.INFO));
        doc.put("counts", counts);
        List<Object> diagnostics = new ArrayList<>();
        for (Diagnostic d : checked.diagnostics()) diagnostics.add(diagnostic(d, m));
        doc.put("diagnostics", diagnostics);
        List<Object> handbooks = new ArrayList<>();
        for (Handbook h : checked.handbooks()) {
            Map<String, Object> hb = new LinkedHashMap<>();
            hb.put("name", h.name());
            hb.put("folder", Main.display(h.folder()));
            Report r = checked.reports().get(h.folder());
            hb.put("checked", r != null);
            List<Object> rules = new ArrayList<>();
            if (r != null) {
                for (Report.Result rule : r.results()) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("id", rule.id());
                    x.put("title", m.text(rule.title()));
                    x.put("severity", rule.severity().code());
                    x.put("source", rule.basis());
                    x.put("status", rule.off() ? "off" : rule.passed() ? "passed" : "failed");
                    List<Object> findings = new ArrayList<>();
                    for (Diagnostic d : rule.findings()) findings.add(diagnostic(d, m));
                    x.put("findings", findings);
                    List<Object> silenced = new ArrayList<>();
                    for (Report.Silenced s : rule.silenced()) {
                        Map<String, Object> f = diagnostic(s.finding(), m);
                        f.put("reason", s.reason());
                        silenced.add(f);
                    }
                    x.put("silenced", silenced);
                    rules.add(x);
                }
            }
            hb.put("rules", rules);
            handbooks.add(hb);
        }
        doc.put("handbooks", handbooks);
        return unreadable(Json.write(doc));
    }

    /**
     * The characters JSON may hold raw but a terminal acts on (DEL, C1, bidi overrides), as
     * JSON escapes (backslash, u, four hex digits): they only occur inside strings, so the text read back is exact.
     */
    private static String unreadable(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        json.chars().forEach(c -> {
            if (c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append((char) c);
            }
        });
        return sb.toString();
    }

    private static Map<String, Object> diagnostic(Diagnostic d, Messages m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("code", d.code());
        x.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
        x.put("file", d.position().toString().replaceFirst(":\\d+:\\d+$", ""));
        x.put("line", d.position().line());
        x.put("column", d.position().column());
        x.put("message", m.message(d).strip());
        String tip = m.tip(d);
        x.put("tip", tip == null ? null : tip.strip());
        List<Object> notes = new ArrayList<>();
        for (Msg n : d.notes()) notes.add(m.text(n).strip());
        x.put("notes", notes);
        return x;
    }

    /**
     * The check as JUnit XML: per handbook a suite; per rule a test case that fails on an error
     * (and, when strict, on a warning); structural problems in a case of their own.
     */
    static String junit(Build.Result checked, Messages m, boolean strict) {
        StringBuilder suites = new StringBuilder();
        int allTests = 0;
        int allFailures = 0;
        int allSkipped = 0;
        for (Handbook h : checked.handbooks()) {
            StringBuilder cases = new StringBuilder();
            int tests = 0;
            int failures = 0;
            int skipped = 0;
            List<Diagnostic> structural = checked.diagnostics().stream()
                    .filter(d -> d.problem() != null && belongsTo(d, h)).toList();
            tests++;
            failures += testCase(cases, h.name(), m.get("cli.junit.structure"), structural, m, strict) ? 1 : 0;
            Report r = checked.reports().get(h.folder());
            if (r == null) {
                tests++;
                skipped++;
                cases.append("    <testcase classname=\"").append(xml(h.name())).append("\" name=\"")
                        .append(xml(m.get("cli.junit.compliance"))).append("\">\n      <skipped message=\"")
                        .append(xml(m.get("cli.junit.notChecked"))).append("\"/>\n    </testcase>\n");
            } else {
                for (Report.Result rule : r.results()) {
                    tests++;
                    String name = rule.id() + " " + m.text(rule.title());
                    if (rule.off()) {
                        skipped++;
                        cases.append("    <testcase classname=\"").append(xml(h.name())).append("\" name=\"").append(xml(name))
                                .append("\">\n      <skipped message=\"").append(xml(m.get("cli.junit.off"))).append("\"/>\n    </testcase>\n");
                        continue;
                    }
                    failures += testCase(cases, h.name(), name, rule.findings(), m, strict) ? 1 : 0;
                }
            }
            suites.append("  <testsuite name=\"").append(xml(h.name())).append("\" tests=\"").append(tests)
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n")
                    .append(cases).append("  </testsuite>\n");
            allTests += tests;
            allFailures += failures;
            allSkipped += skipped;
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"handbook check\" tests=\"" + allTests
                + "\" failures=\"" + allFailures + "\" errors=\"0\" skipped=\"" + allSkipped + "\">\n" + suites + "</testsuites>\n";
    }

    /** Writes one test case; returns whether it failed. */
    private static boolean testCase(StringBuilder out, String suite, String name, List<Diagnostic> findings, Messages m, boolean strict) {
        List<Diagnostic> failing = findings.stream().filter(d -> d.isError() || strict && d.severity() == Severity.WAARSCHUWING).toList();
        List<Diagnostic> other = findings.stream().filter(d -> !failing.contains(d)).toList();
        out.append("    <testcase classname=\"").append(xml(suite)).append("\" name=\"").append(xml(name)).append("\"");
        if (failing.isEmpty() && other.isEmpty()) {
            out.append("/>\n");
            return false;
        }
        out.append(">\n");
        if (!failing.isEmpty()) {
            out.append("      <failure type=\"").append(failing.get(0).severity().name().toLowerCase(Locale.ROOT))
                    .append("\" message=\"").append(xml(m.message(failing.get(0)).strip())).append("\">")
                    .append(xml(String.join("\n", m.formatAll(failing)))).append("</failure>\n");
        }
        if (!other.isEmpty()) {
            out.append("      <system-out>").append(xml(String.join("\n", m.formatAll(other)))).append("</system-out>\n");
        }
        out.append("    </testcase>\n");
        return !failing.isEmpty();
    }

    /** Whether a diagnostic is about this handbook: in its folder or a template it builds on. */
    private static boolean belongsTo(Diagnostic d, Handbook h) {
        Path file = d.position().file().toAbsolutePath().normalize();
        return h.layers().stream().anyMatch(l -> file.startsWith(l.toAbsolutePath().normalize()));
    }

    private static long count(List<Diagnostic> ds, Severity s) {
        return ds.stream().filter(d -> d.severity() == s).count();
    }

    private static Object date(Build.Result checked) {
        return checked.reports().values().stream().map(Report::date).findFirst().orElse(Build.today());
    }

    /**
     * Text for XML attributes and content; characters XML 1.0 cannot hold are dropped, those a
     * terminal acts on become character references.
     */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // What a terminal would act on goes as a character reference: same text, inert.
                    if (c == 0xD || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                        sb.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else if (c == 0x9 || c == 0xA || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
