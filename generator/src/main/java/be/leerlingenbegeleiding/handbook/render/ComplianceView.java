package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compliance report as the website's report page shows it: per rule its status and
 * findings in the handbook's language, each finding with the file and line to change and a link
 * to the page that shows that part.
 */
public record ComplianceView(String date, long passed, long failed, List<RuleRow> rules) {

    /** One rule. {@code status} is {@code voldaan}, {@code niet-voldaan} or {@code uit}. */
    public record RuleRow(String id, String title, String basis, String severity, String status, String origin,
                          String adjustment, List<FindingRow> findings, List<FindingRow> silenced) {
    }

    /** One finding: what, how to fix it, where (file:line) and the page concerned (or null). */
    public record FindingRow(String message, String tip, String where, String href, String reason) {
    }

    static ComplianceView of(Handbook h, Report report, SitePlan plan, Site.Page page, Labels l) {
        Messages m = Messages.forLanguage(h.metadata().language() == Language.EN ? "en" : "nl");
        List<RuleRow> rows = new ArrayList<>();
        for (Report.Result r : report.results()) {
            List<FindingRow> findings = new ArrayList<>();
            for (Diagnostic d : r.findings()) findings.add(row(h, d, null, m, plan, page));
            List<FindingRow> silenced = new ArrayList<>();
            for (Report.Silenced s : r.silenced()) silenced.add(row(h, s.finding(), s.reason(), m, plan, page));
            String status = r.off() ? "uit" : r.passed() ? "voldaan" : "niet-voldaan";
            String origin = r.definedAt() == null ? null : where(h, Position.ofFile(r.definedAt().file()));
            rows.add(new RuleRow(r.id(), m.text(r.title()), r.basis(), l.get("naleving.ernst." + r.severity().code()), status,
                    origin, r.adjustment(), findings, silenced));
        }
        return new ComplianceView(l.date(report.date()), report.passed(), report.failed(), rows);
    }

    private static FindingRow row(Handbook h, Diagnostic d, String reason, Messages m, SitePlan plan, Site.Page from) {
        String tip = m.tip(d);
        String target = pageOf(d.position().file());
        String href = target != null && plan.page(target) != null ? from.root() + target : null;
        return new FindingRow(m.message(d), tip, where(h, d.position()), href, reason);
    }

    /** A position as the school knows it: the file from the folder that holds the handbooks, and the line. */
    static String where(Handbook h, Position p) {
        Path base = h.folder().toAbsolutePath().normalize().getParent();
        Path file = p.file().toAbsolutePath().normalize();
        String name = base != null && file.startsWith(base) ? base.relativize(file).toString() : p.file().getFileName().toString();
        name = name.replace('\\', '/');
        return p.hasLine() ? name + ":" + p.line() : name;
    }

    /**
     * The page of the site that shows the content of a file, or null: for a file in one of the
     * folders of pages (functies, paginas, praktijkvoorbeelden) the page named after it, else the
     * page of the file's kind ({@code cel.yaml}: {@code cel.html}).
     */
    static String pageOf(Path file) {
        String name = file.getFileName().toString();
        String folder = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Optional<PageKind> entry = ContentFile.byName(folder).filter(ContentFile::isFolder).flatMap(PageKind::showing);
        if (entry.isPresent()) return entry.get().path(stem);
        return ContentFile.byName(name).filter(f -> !f.isFolder()).flatMap(PageKind::showing).map(PageKind::path).orElse(null);
    }
}
