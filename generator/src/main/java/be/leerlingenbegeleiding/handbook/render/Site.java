package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.School;
import be.leerlingenbegeleiding.handbook.validate.Images;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The website of one handbook: every page, the search index, the sitemap and the theme's assets,
 * as files in memory. The same handbook always gives the same bytes, and every link is relative,
 * so the folder works on any host, under any path, and from disk; only the page not found, which
 * a server shows at any address, and the sitemap use the publication address when there is one.
 */
public final class Site {
    /** Theme files copied as they are, from {@code templates/} inside the jar. */
    static final List<String> ASSETS = List.of("assets/stijl.css", "assets/figuren.css", "assets/handboek.js",
            "assets/stemmer-nl.js", "assets/zoeken.js", "assets/zoekvak.js", "assets/zoekvak.css", "favicon.svg");
    private static final String LUNR = "/META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    /**
     * A page of the site.
     *
     * @param kind what the page is: its path and the layout in {@code templates/pagina/} that renders it
     * @param parent path of the page above it in the breadcrumbs, or null
     * @param subject the model record the page is about (a role, a domain…), or null
     */
    public record Page(PageKind kind, String title, String parent, Object subject) {
        /** File path from the site root, e.g. {@code rollen/zorgcoordinator.html}. */
        public String path() {
            return kind.perSubject() ? kind.path(subject) : kind.path();
        }

        /** The relative path from this page back to the site root: "" or "../". */
        public String root() {
            return "../".repeat((int) path().chars().filter(c -> c == '/').count());
        }
    }

    /** A menu entry; children are shown folded under it. */
    public record MenuItem(String title, String path, List<MenuItem> children) {
    }

    /** A titled group of menu entries; the first group has no title. */
    public record MenuGroup(String title, List<MenuItem> items) {
    }

    /** An entry of a page's table of contents. */
    public record TocEntry(String id, String text) {
    }

    private Site() {
    }

    /**
     * All files of the website, by path from the site root, in path order. Theme files and
     * pictures come from the handbook's layers: its own folder first, then its templates'.
     */
    public static Map<String, byte[]> render(Handbook h) {
        return render(h, null);
    }

    /**
     * The website with the compliance report: its page (unless the handbook leaves it out) and,
     * from the report's date, the notices on parts whose review is overdue.
     */
    public static Map<String, byte[]> render(Handbook full, Report report) {
        return render(full, report, Theme.BUILT_IN);
    }

    /** {@link #render(Handbook, Report)} in the given theme. */
    public static Map<String, byte[]> render(Handbook full, Report report, Theme theme) {
        return render(full, report, theme, null);
    }

    /** {@link #render(Handbook, Report, Theme)} with a "Wat is er nieuw" page when {@code whatsNew} is not null. */
    public static Map<String, byte[]> render(Handbook full, Report report, Theme theme, WhatsNew whatsNew) {
        // The personnel part is internal: no page, search entry or sitemap line may come from it.
        Handbook h = full.publicPart();
        Labels l = theme.labels(h.metadata().language()).forLevel(School.levelOf(h));
        SitePlan plan = SitePlan.of(h, l, report, whatsNew);
        Templates templates = theme.templates(h);
        // Pages are independent of each other; on a machine with more than one core they render
        // side by side (the live preview rebuilds one handbook and waits for all its pages).
        // Results are gathered in the plan's order, so the output does not depend on timing.
        List<Rendered> rendered = plan.pages.parallelStream().map(page -> page(h, l, plan, templates, report, page)).toList();
        Map<String, byte[]> files = new TreeMap<>();
        List<Map<String, Object>> search = new ArrayList<>();
        for (Rendered r : rendered) {
            files.put(r.path(), r.html());
            if (r.search() != null) search.add(r.search());
        }
        // What a template leaves open, in brackets; they hold no quote or backslash: the JSON stays valid.
        String index = new String(SearchIndex.script(search, l), StandardCharsets.UTF_8);
        files.put("assets/zoekindex.js", Placeholders.plain(index, l).getBytes(StandardCharsets.UTF_8));
        // The protocol allows only absolute addresses: without one, a sitemap would mislead.
        String site = h.metadata().publicationUrl();
        if (site != null) files.put("sitemap.xml", sitemap(plan, h, site).getBytes(StandardCharsets.UTF_8));
        for (String asset : ASSETS) files.put(asset, templates.asset(asset));
        files.put("assets/lunr.min.js", theme.file(LUNR));
        // A template's pictures come along; the school's own picture of the same name wins.
        for (int i = h.layers().size() - 1; i >= 0; i--) {
            copyPictures(h.layers().get(i).resolve(ContentFile.AFBEELDINGEN.fileName()), files);
        }
        // The policy PDFs of documenten/, as the check let them through; the school's own win.
        for (int i = h.layers().size() - 1; i >= 0; i--) copyDocuments(h.layers().get(i).resolve(ContentFile.DOCUMENTEN.fileName()), files);
        return files;
    }

    /** One page's file and, if readers can search it, its entry in the search index. */
    private record Rendered(String path, byte[] html, Map<String, Object> search) {
    }

    private static Rendered page(Handbook h, Labels l, SitePlan plan, Templates templates, Report report, Page page) {
        Map<String, Object> data = data(h, l, plan, page, false);
        data.put("x", new View(h, l, page, false, report == null ? null : report.date()));
        data.put("internal", plan.internal(page));
        if (page.kind() == PageKind.NALEVING) data.put("report", ComplianceView.of(h, report, plan, page, l));
        if (page.kind() == PageKind.NIET_GEVONDEN) notFound(h, templates, data);
        PageHtml body = PageHtml.of(templates.render(page.kind().template(), data));
        // The page not found may stand alone, without the styles that keep the links quiet.
        data.put("body", page.kind() == PageKind.NIET_GEVONDEN ? body.html() : PageHtml.withPermalinks(body.html(), l));
        // The home page is a set of entrances, not a text to scroll through.
        data.put("toc", page.kind() == PageKind.START ? List.of() : body.toc());
        data.put("trail", plan.trail(page));
        int at = plan.order.indexOf(page);
        data.put("prev", at > 0 ? plan.order.get(at - 1) : null);
        data.put("next", at >= 0 && at + 1 < plan.order.size() ? plan.order.get(at + 1) : null);
        String out = templates.render("layout.ftlh", data);
        out = Placeholders.page(out, l);
        byte[] html = out.getBytes(StandardCharsets.UTF_8);
        if (page.kind() == PageKind.NIET_GEVONDEN || page.kind() == PageKind.ZOEKEN || plan.internal(page)) return new Rendered(page.path(), html, null);
        return new Rendered(page.path(), html, SearchIndex.entry(page, body));
    }

    /**
     * A web server shows 404.html at whatever address was asked for, at any depth, where relative
     * links break. With the publication address every link and style is absolute under it;
     * without one the page stands alone: its style inlined, no script, no links it cannot keep.
     */
    private static void notFound(Handbook h, Templates templates, Map<String, Object> data) {
        String site = h.metadata().publicationUrl();
        if (site != null) {
            data.put("root", site);
            return;
        }
        data.put("standalone", true);
        // The theme's CSS is a school's file: "</" could close the <style> element early. In CSS
        // "<\/" reads the same, inside a string or a comment, which is the only place it occurs.
        String css = new String(templates.asset("assets/stijl.css"), StandardCharsets.UTF_8);
        data.put("inlineCss", css.replace("</", "<\\/"));
        // Without its own icon the browser asks for /favicon.ico, which is not there either.
        data.put("inlineIcon", "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(templates.asset("favicon.svg")));
    }

    /** What a page's template sees: the model, the labels, the helper and where the page is. */
    static Map<String, Object> data(Handbook h, Labels l, SitePlan plan, Page page, boolean print) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("h", h);
        data.put("l", l);
        data.put("x", new View(h, l, page, print));
        data.put("page", page);
        data.put("kinds", PageKind.BY_NAME);
        data.put("root", print ? "" : page.root());
        data.put("menu", plan.menu);
        data.put("internal", false);
        data.put("standalone", false);
        if (plan.whatsNew != null) {
            data.put("whatsNew", true);
            if (page.kind() == PageKind.NIEUW) {
                data.put("sinds", plan.whatsNew.since(l));
                data.put("nieuw", plan.whatsNew.groups(l, plan, page, print));
            }
        }
        return data;
    }

    /** Every listed page under the address where the site is published, as the protocol asks. */
    private static String sitemap(SitePlan plan, Handbook h, String site) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String date = h.metadata().adoption() != null && h.metadata().adoption().date() != null
                ? h.metadata().adoption().date().toString() : null;
        for (String path : plan.paths()) {
            if (plan.page(path).kind() == PageKind.NIET_GEVONDEN || plan.internal(plan.page(path))) continue;
            sb.append("  <url><loc>").append(xml(site + path)).append("</loc>");
            if (date != null) sb.append("<lastmod>").append(date).append("</lastmod>");
            sb.append("</url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What the check let through (HB066): the same list of files, so nothing unchecked is published. */
    private static void copyDocuments(Path dir, Map<String, byte[]> files) {
        try {
            for (Path p : be.leerlingenbegeleiding.handbook.validate.Documents.published(dir)) {
                files.put(be.leerlingenbegeleiding.handbook.validate.Documents.FOLDER + dir.relativize(p).toString().replace('\\', '/'),
                        Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the check let through (HB041): the same list of files, so nothing unchecked is published. */
    private static void copyPictures(Path dir, Map<String, byte[]> files) {
        try {
            for (Path p : Images.published(dir)) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                files.put("afbeeldingen/" + rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
