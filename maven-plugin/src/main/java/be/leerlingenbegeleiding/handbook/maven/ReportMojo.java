package be.leerlingenbegeleiding.handbook.maven;

import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.pipeline.UnsafeOutputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The handbook in the Maven site ({@code mvn site}): its website is built into the site's folder
 * ({@code target/site/handboek/}), and a page in the Project Reports shows per handbook every
 * compliance rule with its result, with links to the website and its {@code naleving.html}.
 * {@code mvn site:deploy} publishes both with the rest of the site.
 *
 * <p>Unlike {@code build}, a report does not fail the site: a handbook with errors is not
 * written, and the page lists the errors instead, so that whoever reads the site sees why.
 */
@Mojo(name = "rapport", defaultPhase = LifecyclePhase.SITE,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class ReportMojo extends AbstractMavenReport {

    /** The handbook folder, or a folder of handbooks; see the {@code build} goal. */
    @Parameter(property = "handboek.inhoud", defaultValue = "${project.basedir}/handboek", required = true)
    File contentDirectory;

    /** Check as if it were this day (YYYY-MM-DD); see the {@code build} goal. */
    @Parameter(property = "handboek.datum")
    String datum;

    /** Language of the messages and of this page: {@code nl} (default) or {@code en}. */
    @Parameter(property = "handboek.taal", defaultValue = "nl")
    String taal;

    /** Leave the handbook out of the site. */
    @Parameter(property = "handboek.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The page's file name in the site, without {@code .html}. */
    static final String PAGE = "handboek-rapport";

    /** With several handbooks, the folder in the site that holds them and their overview. */
    static final String SEVERAL = "handboeken";

    @Override
    public String getOutputPath() {
        return PAGE;
    }

    /** The same as {@link #getOutputPath()}, for Maven reporting before API 4. */
    @Override
    @Deprecated
    public String getOutputName() {
        return getOutputPath();
    }

    @Override
    public String getName(Locale locale) {
        return texts().get("report.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return texts().get("report.description");
    }

    /** A project without a handbook folder gets no page, rather than a failed site. */
    @Override
    public boolean canGenerateReport() {
        return !skip && contentDirectory != null && contentDirectory.isDirectory();
    }

    private Texts texts() {
        return Texts.forLanguage(taal);
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Texts t = texts();
        try {
            Path content = Handbooks.content(contentDirectory, t);
            Build.Settings settings = Handbooks.settings(datum, project, session, t);
            Handbooks.checkPins(content, project, getLog(), t);
            List<Path> folders = Build.find(content);
            // One handbook sits beside the site's pages; several get a folder with their overview,
            // which would otherwise take the site's own index.html.
            String base = folders.size() > 1 ? SEVERAL + "/" : "";
            Path out = getReportOutputDirectory().toPath().resolve(base);
            Build.Result checked = Handbooks.inPluginPool(() -> Build.build(content, out, settings, name -> { }));
            Handbooks.log(getLog(), t, checked.diagnostics());
            Handbooks.summary(getLog(), t, checked.diagnostics());
            Set<String> built = checked.written().stream().map(Build.Written::handbook).collect(Collectors.toSet());
            new Page(getSink(), t, checked, built, out, base, settings).render();
        } catch (MojoFailureException | UnsafeOutputException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MavenReportException(String.valueOf(e.getMessage()), e);
        }
    }

    /** The Doxia page: a section per handbook with its links and its table of rules. */
    private record Page(Sink sink, Texts t, Build.Result checked, Set<String> built, Path out, String base,
                        Build.Settings settings) {

        void render() {
            String title = t.get("report.name");
            sink.head();
            sink.title();
            sink.text(title);
            sink.title_();
            sink.head_();
            sink.body();
            sink.section1();
            sink.sectionTitle1();
            sink.text(title);
            sink.sectionTitle1_();
            paragraph(t.get("report.intro", settings.today()));
            if (!base.isEmpty() && Files.exists(out.resolve("index.html"))) {
                sink.paragraph();
                link(base + "index.html", t.get("report.overview"));
                sink.paragraph_();
            }
            for (Handbook h : checked.handbooks()) handbook(h);
            sink.section1_();
            sink.body_();
            sink.flush();
        }

        private void handbook(Handbook h) {
            sink.section2();
            sink.sectionTitle2();
            sink.text(h.school() != null && h.school().name() != null ? h.school().name() + " (" + h.name() + ")" : h.name());
            sink.sectionTitle2_();
            String folder = base + h.name() + "/";
            if (built.contains(h.name())) {
                sink.paragraph();
                link(folder + "index.html", t.get("report.website"));
                if (Files.exists(out.resolve(h.name()).resolve("naleving.html"))) {
                    sink.text(" · ");
                    link(folder + "naleving.html", t.get("report.compliance"));
                }
                sink.paragraph_();
            } else {
                paragraph(t.get("report.notBuilt"));
                sink.verbatim();
                sink.text(errorsOf(h));
                sink.verbatim_();
            }
            Report r = checked.reports().get(h.folder());
            if (r == null) {
                paragraph(t.get("report.notChecked"));
            } else {
                rules(r);
            }
            sink.section2_();
        }

        private void rules(Report r) {
            sink.table();
            sink.tableRows();
            sink.tableRow();
            for (String head : new String[] {t.get("report.rule"), t.get("report.title"), t.get("report.result")}) {
                sink.tableHeaderCell();
                sink.text(head);
                sink.tableHeaderCell_();
            }
            sink.tableRow_();
            for (Report.Result rule : r.results()) {
                sink.tableRow();
                cell(rule.id());
                cell(t.generator.text(rule.title()));
                cell(rule.off() ? t.get("report.off") : rule.passed() ? t.get("report.passed")
                        : t.get("report.failed.count", rule.findings().size()));
                sink.tableRow_();
            }
            sink.tableRows_();
            sink.table_();
        }

        /** The errors that kept a handbook from being written: in its own files or its templates'. */
        private String errorsOf(Handbook h) {
            List<Path> layers = h.layers().stream().map(p -> p.toAbsolutePath().normalize()).toList();
            List<Diagnostic> own = checked.diagnostics().stream().filter(Diagnostic::isError)
                    .filter(d -> layers.stream().anyMatch(l -> d.position().file().toAbsolutePath().normalize().startsWith(l)))
                    .toList();
            return String.join("\n", t.generator.formatAll(own.isEmpty()
                    ? checked.diagnostics().stream().filter(Diagnostic::isError).toList() : own));
        }

        private void cell(String text) {
            sink.tableCell();
            sink.text(text);
            sink.tableCell_();
        }

        private void paragraph(String text) {
            sink.paragraph();
            sink.text(text);
            sink.paragraph_();
        }

        private void link(String href, String text) {
            sink.link(href);
            sink.text(text);
            sink.link_();
        }
    }
}
