package be.leerlingenbegeleiding.handbook.maven;

import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the handbook without writing anything, like {@code handbook check}: first its form, then
 * the rules for the policy's content, each finding under the rule it breaks. Any error (with
 * {@code strict} also a warning) fails the build.
 *
 * <p>Bound to {@code verify}, where Maven projects put their quality gates (as
 * {@code checkstyle:check} does), rather than {@code validate}: {@code build} in {@code package}
 * already fails on every error, so in a project that binds both, a broken handbook is reported
 * once, and {@code check} adds what only it can, the strict gate on warnings. Run alone it is
 * {@code mvn handbook:check}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class CheckMojo extends HandbookMojo {

    /** Warnings fail the build too. */
    @Parameter(property = "handboek.strikt", defaultValue = "false")
    boolean strict;

    @Override
    void run(Path content, Build.Settings settings, Texts t) throws IOException, MojoFailureException {
        Build.Result checked = Handbooks.inPluginPool(() -> Build.check(content, settings));
        log(getLog(), t, checked);
        Handbooks.summary(getLog(), t, checked.diagnostics());
        if (checked.fails(strict)) throw Handbooks.failure(t, checked.diagnostics(), strict);
    }

    /**
     * What {@code handbook check} prints, in the same order: the problems with the form, then
     * per handbook the findings under their rule, the silenced ones with their reason, and how
     * many rules the handbook meets.
     */
    static void log(Log log, Texts t, Build.Result checked) {
        Handbooks.log(log, t, checked.structural());
        for (Handbook h : checked.handbooks()) {
            Report r = checked.reports().get(h.folder());
            if (r == null) continue;
            for (Report.Result rule : r.results()) {
                if (rule.findings().isEmpty() && rule.silenced().isEmpty()) continue;
                Severity worst = rule.findings().stream().map(Diagnostic::severity).min(Enum::compareTo).orElse(Severity.INFO);
                Handbooks.log(log, worst, t.generator.get("cli.rule.header", h.name(), rule.id(), t.generator.text(rule.title())));
                for (Diagnostic d : rule.findings()) Handbooks.log(log, d.severity(), t.generator.format(d));
                for (Report.Silenced s : rule.silenced()) {
                    log.info(Handbooks.clean(t.generator.get("cli.rule.silenced", s.finding().position(),
                            t.generator.message(s.finding()), s.reason())));
                }
            }
            // With mistakes in the handbook's own rules, a count of rules met would mislead.
            if (r.diagnostics().stream().anyMatch(d -> d.isError() && d.problem() != null)) continue;
            long silenced = r.results().stream().mapToLong(x -> x.silenced().size()).sum();
            log.info(Handbooks.clean(t.generator.get("cli.compliance.summary", h.name(), r.passed(), r.passed() + r.failed())
                    + (silenced > 0 ? t.generator.get("cli.compliance.silenced", silenced) : "") + "."));
        }
    }
}
