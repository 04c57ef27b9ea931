package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.School;
import be.leerlingenbegeleiding.handbook.model.StaffMember;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The internal documents of a handbook: per staff member in {@code personeel/} an HTML page and a
 * PDF with the hours and the yearly agreement, for the personnel file; and from
 * {@code doorlichting.yaml} a page and a PDF "voor de doorlichting". Made only on request
 * ({@code handbook build --intern}) into an output of its own; {@link Site} and {@link Print}
 * work on {@link Handbook#publicPart()} and never see this data.
 */
public final class Internal {
    /** The name of the internal document for the inspection, without extension. */
    public static final String INSPECTION = "doorlichting";

    private Internal() {
    }

    /** By path: {@code personeel/<id>.html} and {@code personeel/<id>.pdf}; empty without staff. */
    public static Map<String, byte[]> render(Handbook h) {
        return render(h, Theme.BUILT_IN);
    }

    /** {@link #render(Handbook)} in the given theme. */
    public static Map<String, byte[]> render(Handbook h, Theme theme) {
        Map<String, byte[]> files = new TreeMap<>();
        if (h.staff().isEmpty() && h.inspection() == null) return files;
        Labels l = theme.labels(h.metadata().language()).forLevel(School.levelOf(h));
        SitePlan plan = SitePlan.of(h.publicPart(), l);
        Templates templates = theme.templates(h);
        if (h.inspection() != null) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("h", h);
            data.put("l", l);
            data.put("d", InspectionView.of(h, plan));
            data.put("x", new View(h, l, plan.page(PageKind.START.path()), true));
            String html = templates.render("druk/doorlichting.ftlh", data);
            files.put(INSPECTION + ".html", Placeholders.page(html, l).getBytes(StandardCharsets.UTF_8));
            files.put(INSPECTION + ".pdf", Print.pdf(html, h, l));
        }
        for (StaffMember p : h.staff()) {
            FunctionDescription f = h.function(p.function()).orElseThrow();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("h", h);
            data.put("l", l);
            data.put("p", p);
            data.put("f", f);
            data.put("x", new View(h, l, plan.page(PageKind.START.path()), true));
            String html = templates.render("druk/personeelslid.ftlh", data);
            files.put("personeel/" + p.id() + ".html", html.getBytes(StandardCharsets.UTF_8));
            files.put("personeel/" + p.id() + ".pdf", Print.pdf(html, h, l));
        }
        files.putAll(Print.extras());
        return files;
    }
}
