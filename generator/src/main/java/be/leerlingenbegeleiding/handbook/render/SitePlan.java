package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.model.CrisisProtocols;
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
    /** What changed since the previous edition, or null when the handbook names none. */
    final WhatsNew whatsNew;

    private SitePlan(WhatsNew whatsNew) {
        this.whatsNew = whatsNew;
    }

    static SitePlan of(Handbook h, Labels l) {
        return of(h, l, null);
    }

    /** The plan with the compliance page when there is a report and the handbook publishes it. */
    static SitePlan of(Handbook h, Labels l, Report report) {
        return of(h, l, report, null);
    }

    /** The plan with a "Wat is er nieuw" page when {@code whatsNew} is not null. */
    static SitePlan of(Handbook h, Labels l, Report report, WhatsNew whatsNew) {
        SitePlan plan = new SitePlan(whatsNew);
        plan.build(h, l, visibility(h, report));
        return plan;
    }

    /** How the compliance page appears, or null when there is none. */
    static ReportVisibility visibility(Handbook h, Report report) {
        if (report == null) return null;
        ReportVisibility v = h.compliance() == null || h.compliance().report() == null ? ReportVisibility.INTERN : h.compliance().report();
        return v == ReportVisibility.WEGLATEN ? null : v;
    }

    /** The institution-bound tasks, a page and a PDF of their own: every staff member gets the list. */
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
        if (trail.get(0).kind() != PageKind.START) trail.add(0, byPath.get(PageKind.START.path()));
        return trail;
    }

    private void build(Handbook h, Labels l, ReportVisibility compliance) {
        Site.Page home = add(new Site.Page(PageKind.START, h.metadata().title(), null, null));
        group(null, new Site.MenuItem(l.get("menu.start"), home.path(), List.of()));

        List<Site.MenuItem> policy = new ArrayList<>();
        if (h.vision() != null) policy.add(item(add(page(PageKind.VISIE, l))));
        if (h.domains() != null && h.domains().domains() != null && !h.domains().domains().isEmpty()) {
            Site.Page overview = add(page(PageKind.DOMEINEN, l));
            List<Site.MenuItem> children = new ArrayList<>();
            for (Domain d : h.domains().domains().keySet()) {
                children.add(item(add(new Site.Page(PageKind.DOMEIN, l.of(d), overview.path(), d))));
            }
            policy.add(item(overview, children));
        }
        if (h.careContinuum() != null) policy.add(item(add(page(PageKind.ZORGCONTINUUM, l))));
        if (h.policies() != null && !h.policies().documents().isEmpty()) policy.add(item(add(page(PageKind.BELEID, l))));
        group(l.get("menu.beleid"), policy);

        List<Site.MenuItem> who = new ArrayList<>();
        if (!h.roles().isEmpty()) {
            Site.Page overview = add(page(PageKind.ROLLEN, l));
            List<Site.MenuItem> children = new ArrayList<>();
            for (Role r : h.roles()) {
                children.add(item(add(new Site.Page(PageKind.ROL, r.name(), overview.path(), r))));
            }
            who.add(item(overview, children));
        }
        if (h.guidanceTeam() != null) {
            who.add(item(add(new Site.Page(PageKind.CEL, capitalised(h.guidanceTeam().name()), null, null))));
        }
        if (!h.functions().isEmpty()) {
            Site.Page overview = add(page(PageKind.FUNCTIES, l));
            List<Site.MenuItem> children = new ArrayList<>();
            for (FunctionDescription f : h.functions()) {
                children.add(item(add(new Site.Page(PageKind.FUNCTIE, f.title(), overview.path(), f))));
            }
            who.add(item(overview, children));
        }
        if (h.institutionTasks() != null) who.add(item(add(page(PageKind.OPDRACHTEN, l))));
        if (h.clb() != null) who.add(item(add(page(PageKind.CLB, l))));
        if (h.learningSupport() != null) who.add(item(add(page(PageKind.LEERSTEUN, l))));
        if (h.privacy() != null) who.add(item(add(page(PageKind.PRIVACY, l))));
        group(l.get("menu.organisatie"), who);

        List<Site.MenuItem> quality = new ArrayList<>();
        if (h.quality() != null) quality.add(item(add(page(PageKind.KWALITEIT, l))));
        if (h.professionalisation() != null) quality.add(item(add(page(PageKind.PROFESSIONALISERING, l))));
        group(l.get("menu.kwaliteit"), quality);

        List<Site.MenuItem> readers = new ArrayList<>();
        if (h.contactPoints() != null) readers.add(item(add(page(PageKind.CONTACT, l))));
        if (!h.practiceExamples().isEmpty()) {
            Site.Page overview = add(page(PageKind.VOORBEELDEN, l));
            List<Site.MenuItem> children = new ArrayList<>();
            for (Page p : sorted(h.practiceExamples())) {
                children.add(item(add(new Site.Page(PageKind.VOORBEELD, p.title(), overview.path(), p))));
            }
            readers.add(item(overview, children));
        }
        group(l.get("menu.lezers"), readers);

        // Crisis protocols: a group of their own, a chapter of their own in the PDF.
        if (h.crisis() != null && h.crisis().protocols() != null && !h.crisis().protocols().isEmpty()) {
            Site.Page overview = add(page(PageKind.CRISIS, l));
            List<Site.MenuItem> children = new ArrayList<>();
            for (CrisisProtocols.Protocol p : h.crisis().protocols()) {
                children.add(item(add(new Site.Page(PageKind.CRISISPROTOCOL, p.title(), overview.path(), p))));
            }
            group(l.get("menu.crisis"), item(overview, children));
        }

        // Free pages go under the section their front matter names, in order of their first page.
        Map<String, List<Site.MenuItem>> sections = new LinkedHashMap<>();
        List<Site.MenuItem> more = new ArrayList<>();
        for (Page p : sorted(h.pages())) {
            Site.MenuItem it = item(add(new Site.Page(PageKind.PAGINA, p.title(), null, p)));
            if (p.section() == null || p.section().isBlank()) more.add(it);
            else sections.computeIfAbsent(p.section().strip(), k -> new ArrayList<>()).add(it);
        }
        sections.forEach(this::group);
        if (whatsNew != null) more.add(item(add(page(PageKind.NIEUW, l))));
        more.add(item(add(page(PageKind.TOEGANKELIJKHEID, l))));
        // An internal report is reachable by its address only: not in the menu, search or sitemap.
        if (compliance != null) {
            Site.Page report = add(page(PageKind.NALEVING, l));
            if (compliance == ReportVisibility.OPENBAAR) more.add(item(report));
        }
        group(l.get("menu.meer"), more);

        // Reached from the header and the web server, not from the menu.
        add(page(PageKind.ZOEKEN, l));
        add(page(PageKind.NIET_GEVONDEN, l));
    }

    /** Schools write "cel leerlingenbegeleiding" in running text; as a title it starts upper-case. */
    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** Lower {@code volgorde} first; pages without one after those, by title. */
    static List<Page> sorted(List<Page> pages) {
        return pages.stream().sorted(Comparator
                .comparing((Page p) -> p.order() == null ? Integer.MAX_VALUE : p.order())
                .thenComparing(Page::title, Comparator.nullsLast(String::compareTo))
                .thenComparing(Page::id)).toList();
    }

    /** A page of its own, titled as the labels name its kind ({@code pagina.visie}). */
    private static Site.Page page(PageKind kind, Labels l) {
        return new Site.Page(kind, l.get("pagina." + kind.code()), null, null);
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
        return p.kind() == PageKind.NALEVING && order.stream().noneMatch(o -> o.path().equals(p.path()));
    }
}
