package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.RuleSeverity;
import java.time.LocalDate;
import java.util.List;

/**
 * What the compliance check found for one handbook: per rule whether it is met, with its
 * findings and the findings an exemption silenced (with the reason). {@code diagnostics} holds
 * the findings that count, ready to print, and any mistakes in the handbook's own rules.
 */
public record Report(LocalDate date, List<Result> results, List<Diagnostic> diagnostics) {

    public Report {
        results = List.copyOf(results);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * One rule's outcome.
     *
     * @param definedAt where a rule of a template or handbook is written; null for a built-in one
     * @param adjustment the reason given for a changed severity, or null
     */
    public record Result(String id, Msg title, String basis, RuleSeverity severity, Position definedAt,
                         String adjustment, List<Diagnostic> findings, List<Silenced> silenced) {

        public Result {
            findings = List.copyOf(findings);
            silenced = List.copyOf(silenced);
        }

        /** Met: no finding counts against it (a rule that is off is neither met nor missed). */
        public boolean passed() {
            return severity != RuleSeverity.UIT && findings.isEmpty();
        }

        public boolean off() {
            return severity == RuleSeverity.UIT;
        }
    }

    /** A finding an exemption silenced, and why. */
    public record Silenced(Diagnostic finding, String reason) {
    }

    public long passed() {
        return results.stream().filter(Result::passed).count();
    }

    public long failed() {
        return results.stream().filter(r -> !r.off() && !r.passed()).count();
    }
}
