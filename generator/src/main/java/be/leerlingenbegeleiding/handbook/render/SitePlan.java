package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.ReportVisibility;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which pages a handbook becomes, where they live and how the menu orders them. Parts a
 * handbook leaves out get no page and no menu entry; nothing links to a page that is not there.
 */
final class SitePlan {
    final List<Site.Page> pages = new ArrayList<>();
    final List<Site.MenuGroup> menu = new ArrayList<>();
    /** Pages in reading order, for previous/next: the menu, flattened. */
    final List<Site.Page> order = new ArrayList<>();
    private final Map<String, Site.Page> byPath = new LinkedHashMap<>();

    private SitePlan() {
    }

    static SitePlan of(Handbook h, Labels l) {
        return of(h, l, null);
    }

    /** The plan with the compliance page when there is a report and the handbook publishes it. */
    static SitePlan of(Handbook h, Labels l, Report report) {
        SitePlan plan = new SitePlan();
        plan.build(h, l, visibility(h, report));
        return plan;
    }

    /** How the compliance page appears, or null when there is none. */
    static ReportVisibility visibility(Handbook h, Report report) {
        if (report == null) return null;
        ReportVisibility v = h.compliance() == null || h.compliance().report() == null ? ReportVisibility.INTERN : h.compliance().report();
        return v == ReportVisibility.WEGLATEN ? null : v;
    }

    /** The path of the compliance page. */
    static final String COMPLIANCE = "naleving.html";
    /** The institution-bound tasks, a page and a PDF of their own: every staff member gets the list. */
    static final String TASKS = "opdrachten.html";
    static final String TASKS_PDF = "opdrachten.pdf";

    Site.Page page(String path) {
        return byPath.get(path);
    }

    /** The trail from the home page to {@code page}, the page itself last. */
    List<Site.Page> trail(Site.Page page) {
        List<Site.Page> trail = new ArrayList<>();
        for (Site.Page p = page; p != null; p = p.parent() == null ? null : byPath.get(p.parent())) {
            trail.add(0, p);
        }
        if (!trail.get(0).path().equals("index.html")) trail.add(0, byPath.get("index.html"));
        return trail;
    }

    private void build(Handbook h, Labels l, ReportVisibility compliance) {
        Site.Page home = add(new Site.Page("index.html", "start", h.metadata().title(), null, null));
        group(null, new Site.MenuItem(l.get("menu.start"), home.path(), List.of()));

        List<Site.MenuItem> policy = new ArrayList<>();
        if (h.vision() != null) policy.add(item(add(page("visie.html", "visie", l.get("pagina.visie")))));
        if (h.domains() != null && h.domains().domains() != null && !h.domains().domains().isEmpty()) {
            Site.Page overview = add(page("domeinen/index.html", "domeinen", l.get("pagina.domeinen")));
            List<Site.MenuItem> children = new ArrayList<>();
            for (Domain d : h.domains().domains().keySet()) {
                children.add(item(add(new Site.Page(domainPath(d), "domein", l.of(d), overview.path(), d))));
            }
            policy.add(item(overview, children));
        }
        if (h.careContinuum() != null) {
            policy.add(item(add(page("zorgcontinuum.html", "zorgcontinuum", l.get("pagina.zorgcontinuum")))));
        }
        group(l.get("menu.beleid"), policy);

        List<Site.MenuItem> who = new ArrayList<>();
        if (!h.roles().isEmpty()) {
            Site.Page overview = add(page("rollen/index.html", "rollen", l.get("pagina.rollen")));
            List<Site.MenuItem> children = new ArrayList<>();
            for (Role r : h.roles()) {
                children.add(item(add(new Site.Page(rolePath(r.id()), "rol", r.name(), overview.path(), r))));
            }
            who.add(item(overview, children));
        }
        if (h.guidanceTeam() != null) who.add(item(add(page("cel.html", "cel", capitalised(h.guidanceTeam().name())))));
        if (!h.functions().isEmpty()) {
            Site.Page overview = add(page("functies/index.html", "functies", l.get("pagina.functies")));
            List<Site.MenuItem> children = new ArrayList<>();
            for (FunctionDescription f : h.functions()) {
                children.add(item(add(new Site.Page("functies/" + f.id() + ".html", "functie", f.title(), overview.path(), f))));
            }
            who.add(item(overview, children));
        }
        if (h.institutionTasks() != null) who.add(item(add(page(TASKS, "opdrachten", l.get("pagina.opdrachten")))));
        if (h.clb() != null) who.add(item(add(page("clb.html", "clb", l.get("pagina.clb")))));
        if (h.learningSupport() != null) who.add(item(add(page("leersteun.html", "leersteun", l.get("pagina.leersteun")))));
        group(l.get("menu.organisatie"), who);

        List<Site.MenuItem> quality = new ArrayList<>();
        if (h.quality() != null) quality.add(item(add(page("kwaliteit.html", "kwaliteit", l.get("pagina.kwaliteit")))));
        if (h.professionalisation() != null) {
            quality.add(item(add(page("professionalisering.html", "professionalisering", l.get("pagina.professionalisering")))));
        }
        group(l.get("menu.kwaliteit"), quality);

        List<Site.MenuItem> readers = new ArrayList<>();
        if (h.contactPoints() != null) readers.add(item(add(page("contact.html", "contact", l.get("pagina.contact")))));
        if (!h.practiceExamples().isEmpty()) {
            Site.Page overview = add(page("praktijkvoorbeelden/index.html", "voorbeelden", l.get("pagina.voorbeelden")));
            List<Site.MenuItem> children = new ArrayList<>();
            for (Page p : sorted(h.practiceExamples())) {
                children.add(item(add(new Site.Page("praktijkvoorbeelden/" + p.id() + ".html", "voorbeeld", p.title(), overview.path(), p))));
            }
            readers.add(item(overview, children));
        }
        group(l.get("menu.lezers"), readers);

        // Free pages go under the section their front matter names, in order of their first page.
        Map<String, List<Site.MenuItem>> sections = new LinkedHashMap<>();
        List<Site.MenuItem> more = new ArrayList<>();
        for (Page p : sorted(h.pages())) {
            Site.MenuItem it = item(add(new Site.Page("paginas/" + p.id() + ".html", "pagina", p.title(), null, p)));
            if (p.section() == null || p.section().isBlank()) more.add(it);
            else sections.computeIfAbsent(p.section().strip(), k -> new ArrayList<>()).add(it);
        }
        sections.forEach(this::group);
        more.add(item(add(page("toegankelijkheid.html", "toegankelijkheid", l.get("pagina.toegankelijkheid")))));
        // An internal report is reachable by its address only: not in the menu, search or sitemap.
        if (compliance != null) {
            Site.Page report = add(page(COMPLIANCE, "naleving", l.get("pagina.naleving")));
            if (compliance == ReportVisibility.OPENBAAR) more.add(item(report));
        }
        group(l.get("menu.meer"), more);

        // Reached from the header and the web server, not from the menu.
        add(page("zoeken.html", "zoeken", l.get("pagina.zoeken")));
        add(page("404.html", "404", l.get("pagina.404")));
    }

    /** Schools write "cel leerlingenbegeleiding" in running text; as a title it starts upper-case. */
    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    static String domainPath(Domain d) {
        return "domeinen/" + d.code().replace('_', '-') + ".html";
    }

    static String rolePath(String id) {
        return "rollen/" + id + ".html";
    }

    /** Lower {@code volgorde} first; pages without one after those, by title. */
    static List<Page> sorted(List<Page> pages) {
        return pages.stream().sorted(Comparator
                .comparing((Page p) -> p.order() == null ? Integer.MAX_VALUE : p.order())
                .thenComparing(Page::title, Comparator.nullsLast(String::compareTo))
                .thenComparing(Page::id)).toList();
    }

    private static Site.Page page(String path, String kind, String title) {
        return new Site.Page(path, kind, title, null, null);
    }

    private Site.Page add(Site.Page p) {
        if (byPath.putIfAbsent(p.path(), p) != null) throw new IllegalStateException("two pages at " + p.path());
        pages.add(p);
        return p;
    }

    private static Site.MenuItem item(Site.Page p) {
        return new Site.MenuItem(p.title(), p.path(), List.of());
    }

    private static Site.MenuItem item(Site.Page p, List<Site.MenuItem> children) {
        return new Site.MenuItem(p.title(), p.path(), children);
    }

    private void group(String title, Site.MenuItem... items) {
        group(title, List.of(items));
    }

    private void group(String title, List<Site.MenuItem> items) {
        if (items.isEmpty()) return;
        menu.add(new Site.MenuGroup(title, items));
        for (Site.MenuItem it : items) {
            order.add(Objects.requireNonNull(byPath.get(it.path())));
            for (Site.MenuItem c : it.children()) order.add(byPath.get(c.path()));
        }
    }

    /** Every page path, sorted, for the sitemap. */
    List<String> paths() {
        return new ArrayList<>(new TreeMap<>(byPath).keySet());
    }

    /** Whether a page is for the school's own eyes: kept out of search and sitemap, not indexed. */
    boolean internal(Site.Page p) {
        return p.kind().equals("naleving") && order.stream().noneMatch(o -> o.path().equals(p.path()));
    }
}
