package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.model.Compliance;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.Enums;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Phase;
import be.leerlingenbegeleiding.handbook.model.RuleSeverity;
import be.leerlingenbegeleiding.handbook.model.Status;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 5, comply: the legal and quality rules (R1–R17 and those a template or the handbook
 * adds) run against a handbook that passed validation. Findings of rule {@code R8} print as
 * {@code fout[R8]} with the rule's legal source beneath.
 *
 * <p>A handbook with {@code status: concept} is work in progress: its misses are reported as
 * warnings, except for rules marked {@code ook_in_concept} (privacy), which stay errors.
 */
public final class Comply {
    private Comply() {
    }

    /** Runs every rule that applies to {@code h}, on the date {@code today}. */
    public static Report handbook(Handbook h, LocalDate today) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<RuleSet.Active> rules = RuleSet.of(h, diagnostics);
        List<Compliance.Exemption> exemptions = h.compliance() == null ? List.of() : h.compliance().exemptions();
        Set<Compliance.Exemption> used = new HashSet<>();
        boolean draft = h.metadata() != null && h.metadata().status() == Status.CONCEPT;
        List<Report.Result> results = new ArrayList<>();
        for (RuleSet.Active rule : rules) {
            List<Diagnostic> findings = new ArrayList<>();
            List<Report.Silenced> silenced = new ArrayList<>();
            if (rule.severity() != RuleSeverity.UIT) {
                Severity severity = severity(rule.severity());
                List<Msg> notes = new ArrayList<>();
                if (rule.basis() != null) notes.add(Msg.of("comply.basis", rule.basis()));
                if (draft && severity == Severity.FOUT && !rule.alsoInDraft()) {
                    severity = Severity.WAARSCHUWING;
                    notes.add(Msg.of("comply.draft"));
                }
                for (Findings.Raw raw : run(rule, h, today, diagnostics)) {
                    Diagnostic d = new Diagnostic(severity, rule.id(), raw.at(), raw.message(), raw.tip(), notes);
                    Compliance.Exemption e = exemption(exemptions, rule.id(), raw, h);
                    if (e != null) {
                        used.add(e);
                        silenced.add(new Report.Silenced(d, e.reason()));
                    } else {
                        findings.add(d);
                    }
                }
            }
            findings.sort(Diagnostic.ORDER);
            results.add(new Report.Result(rule.id(), rule.title(), rule.basis(), rule.severity(), rule.definedAt(),
                    rule.adjustment(), findings, silenced));
            diagnostics.addAll(findings);
        }
        for (Compliance.Exemption e : exemptions) {
            boolean known = rules.stream().anyMatch(r -> r.id().equals(e.rule()));
            if (known && !used.contains(e)) {
                diagnostics.add(Diagnostic.error(Problem.UNUSED_EXEMPTION, e.source().valueAt("tekst"), e.text(), e.rule())
                        .withSeverity(Severity.WAARSCHUWING));
            }
        }
        return new Report(today, results, diagnostics);
    }

    private static Severity severity(RuleSeverity s) {
        return switch (s) {
            case FOUT -> Severity.FOUT;
            case WAARSCHUWING -> Severity.WAARSCHUWING;
            default -> Severity.INFO;
        };
    }

    /**
     * All findings of one rule, each condition in turn; a missing file is named once. A pattern
     * that costs too much is an error in the rule, added to {@code errors}.
     */
    private static List<Findings.Raw> run(RuleSet.Active rule, Handbook h, LocalDate today, List<Diagnostic> errors) {
        Findings out = new Findings(today);
        Set<Position> missingFiles = new LinkedHashSet<>();
        for (RuleSet.Compiled c : rule.conditions()) {
            if (c.code() != null) {
                Findings own = new Findings(today);
                c.code().check(h, own);
                for (Findings.Raw r : own.raw) {
                    Compliance.Condition cond = c.condition();
                    Msg message = cond.message() != null ? Msg.text(cond.message(), r.subject()) : r.message();
                    Msg tip = cond.tip() != null ? Msg.text(cond.tip(), r.subject()) : r.tip();
                    out.add(new Findings.Raw(r.at(), r.subject(), message, tip));
                }
                continue;
            }
            evaluate(rule, c, h, out, missingFiles, errors);
        }
        for (Position file : missingFiles) {
            String name = h.folder().relativize(file.file()).toString().replace('\\', '/');
            out.add(new Findings.Raw(file, name, Msg.of("comply.fileMissing", name), Msg.of("comply.fileMissing.tip", name)));
        }
        return out.raw;
    }

    private static void evaluate(RuleSet.Active rule, RuleSet.Compiled c, Handbook h, Findings out, Set<Position> missingFiles,
                                 List<Diagnostic> errors) {
        Compliance.Condition cond = c.condition();
        List<PathExpr.Place> places = new java.util.ArrayList<>();
        for (PathExpr.Place p : c.path().places(h)) {
            if (p.fileMissing()) missingFiles.add(p.at());
            else places.add(p);
        }
        if (!cond.contains().isEmpty()) {
            // A missing file is the finding, whether or not the path has wildcards after it.
            // With several cels, each cel must contain the values (one anchor per cel).
            for (PathExpr.Place anchor : c.path().anchor().places(h)) {
                if (anchor.fileMissing()) {
                    missingFiles.add(anchor.at());
                    return;
                }
                Set<String> found = new HashSet<>();
                for (PathExpr.Place p : places) {
                    if (java.util.Objects.equals(p.cel(), anchor.cel())) found.addAll(PathExpr.texts(p.value()));
                }
                List<String> missing = cond.contains().stream().filter(v -> !found.contains(v)).toList();
                if (missing.isEmpty()) continue;
                out.add(inCel(anchor, raw(rule, c, "contains", anchor.at(), anchor.label(), anchor.label(), missing, readable(missing))));
            }
            return;
        }
        Budget budget = new Budget();
        for (PathExpr.Place p : places) {
            if (Boolean.TRUE.equals(cond.required()) && PathExpr.empty(p.value())) {
                out.add(inCel(p, raw(rule, c, "required", p.at(), p.label(), p.label(), "")));
            } else if (cond.atLeast() != null && PathExpr.size(p.value()) < cond.atLeast()) {
                out.add(inCel(p, raw(rule, c, "atLeast", p.at(), p.label(), p.label(), PathExpr.size(p.value()), cond.atLeast())));
            } else if (c.pattern() != null) {
                for (String text : PathExpr.texts(p.value())) {
                    Budget.Outcome o = budget.matches(c.pattern(), text.strip());
                    if (o == Budget.Outcome.TOO_COSTLY) {
                        // Named once, where the pattern is written: the text is not at fault.
                        errors.add(Diagnostic.error(Problem.PATTERN_TOO_COSTLY, cond.source().valueAt("patroon"), rule.id(), p.label(),
                                p.at().file().getFileName()));
                        return;
                    }
                    if (o == Budget.Outcome.NO_MATCH) {
                        out.add(inCel(p, raw(rule, c, "pattern", p.at(), text.strip(), p.label(), text.strip(), cond.pattern())));
                    }
                }
            }
        }
    }

    /**
     * A finding of a path condition. Its wording: the condition's own {@code melding}, else the
     * built-in rule's text for this condition, else the general text for the kind of test.
     */
    /**
     * The missing values as a reader names them: "fase 2 (uitbreiding van zorg)" rather than the
     * YAML code, which only the tip needs ({1} codes, {2} names).
     */
    private static List<Object> readable(List<String> codes) {
        List<Object> out = new ArrayList<>();
        for (String code : codes) {
            Phase phase = Enums.byCode(Phase.class, code);
            Domain domain = Enums.byCode(Domain.class, code);
            if (phase != null) out.add(Msg.of("value.phase", phase.number(), Msg.of("Phase." + code)));
            else if (domain != null) out.add(Msg.of("Domain." + code));
            else out.add(code);
        }
        return out;
    }

    /**
     * A finding about one of several cels names that cel: the same inherited core may be
     * wanting in three cels, and the reader must see which.
     */
    private static Findings.Raw inCel(PathExpr.Place p, Findings.Raw r) {
        if (p.cel() == null) return r;
        return new Findings.Raw(r.at(), p.cel() + ": " + r.subject(), Msg.of("comply.inCel", r.message(), p.cel()), r.tip());
    }

    private static Findings.Raw raw(RuleSet.Active rule, RuleSet.Compiled c, String kind, Position at, String subject, Object... args) {
        Compliance.Condition cond = c.condition();
        String own = rule.builtin() ? "rule." + rule.id() + "." + c.n() : null;
        Msg message = cond.message() != null ? Msg.text(cond.message(), args)
                : own != null ? Msg.of(own + ".message", args) : Msg.of("comply." + kind, args);
        Msg tip = cond.tip() != null ? Msg.text(cond.tip(), args)
                : own != null ? Msg.of(own + ".tip", args) : Msg.of("comply." + kind + ".tip", args);
        return new Findings.Raw(at, subject, message, tip);
    }

    /** The exemption that silences this finding, if any: same rule, same text, and the same file if it names one. */
    private static Compliance.Exemption exemption(List<Compliance.Exemption> exemptions, String rule, Findings.Raw raw, Handbook h) {
        for (Compliance.Exemption e : exemptions) {
            if (!e.rule().equals(rule) || !e.text().strip().equals(raw.subject() == null ? null : raw.subject().strip())) continue;
            if (e.file() != null && !inFile(raw.at().file(), e.file(), h)) continue;
            return e;
        }
        return null;
    }

    private static boolean inFile(Path file, String name, Handbook h) {
        for (Path layer : h.layers()) {
            if (layer.resolve(name).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) return true;
        }
        return false;
    }
}
