package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.CareContinuum;
import be.leerlingenbegeleiding.handbook.model.ClbCooperation;
import be.leerlingenbegeleiding.handbook.model.LearningSupport;
import be.leerlingenbegeleiding.handbook.model.Policies;
import be.leerlingenbegeleiding.handbook.model.PolicySubject;
import be.leerlingenbegeleiding.handbook.model.ContactPoints;
import be.leerlingenbegeleiding.handbook.model.CrisisProtocols;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.Domains;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.StaffMember;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.HoursUnit;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.Phase;
import be.leerlingenbegeleiding.handbook.model.Phone;
import be.leerlingenbegeleiding.handbook.model.Review;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Share;
import be.leerlingenbegeleiding.handbook.model.Task;
import be.leerlingenbegeleiding.handbook.render.figure.Cell;
import be.leerlingenbegeleiding.handbook.render.figure.Figures;
import be.leerlingenbegeleiding.handbook.render.figure.MatrixRow;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What the page layouts may ask besides the model, known as {@code x} in templates: Markdown
 * as HTML, links relative to the current page, roles by id, and where a role is mentioned. Kept
 * here so that templates hold layout, not logic.
 */
public final class View {
    private static final MarkdownHtml MARKDOWN = new MarkdownHtml();

    private final Handbook h;
    private final Labels l;
    private final Site.Page page;
    private final String root;
    private final boolean print;
    private final LocalDate today;

    /**
     * @param print for the PDF: links are written from the site's root (the PDF turns them into
     *     internal links) and figures carry their own colours
     */
    View(Handbook h, Labels l, Site.Page page, boolean print) {
        this(h, l, page, print, null);
    }

    /** @param today the date of the compliance check, for overdue notices; null for none */
    View(Handbook h, Labels l, Site.Page page, boolean print, LocalDate today) {
        this.h = h;
        this.l = l;
        this.page = page;
        this.root = print ? "" : page.root();
        this.print = print;
        this.today = today;
    }

    /**
     * When the current page's part was last reviewed, when it is due again and by whom, with
     * the days it is overdue (0 when it is not).
     */
    public record ReviewInfo(String last, String next, String owner, long overdue) {
    }

    /**
     * The review of what the current page shows: the part's own {@code herziening}, else the
     * handbook's adoption and review dates. Null when neither gives a date.
     */
    public ReviewInfo review() {
        // The part a page shows holds its review: the page's own subject (a function, a page), or
        // the content file its kind shows (a domain's page shows domeinen.yaml).
        Review r = page.subject() instanceof be.leerlingenbegeleiding.handbook.model.Reviewed own ? own.review()
                : page.subject() instanceof Domain ? h.review(be.leerlingenbegeleiding.handbook.model.ContentFile.DOMEINEN)
                : page.subject() instanceof Role ? h.review(be.leerlingenbegeleiding.handbook.model.ContentFile.ROLLEN)
                : page.kind().shows().isEmpty() ? null : h.review(page.kind().shows().get(0));
        if (page.kind() == PageKind.NIET_GEVONDEN || page.kind() == PageKind.ZOEKEN || page.kind() == PageKind.NALEVING) return null;
        var meta = h.metadata();
        LocalDate last = r != null && r.last() != null ? r.last()
                : meta.adoption() != null ? meta.adoption().date() : null;
        LocalDate next = r != null && r.next() != null ? r.next() : meta.reviewDate();
        String owner = r != null && r.owner() != null ? h.roleName(r.owner().id()) : null;
        if (last == null && next == null) return null;
        // The handbook's own review date, when overdue, is the notice at the top of every page.
        boolean own = r != null && r.next() != null;
        long overdue = own && today != null && next.isBefore(today) ? java.time.temporal.ChronoUnit.DAYS.between(next, today) : 0;
        return new ReviewInfo(last == null ? null : l.date(last), next == null ? null : l.date(next), owner, overdue);
    }

    /**
     * Why the whole handbook may be out of date on the build date, one sentence each, ending with
     * what a reader can do; empty when it is current or the date is not known.
     */
    public List<String> outdated() {
        Outdated o = Outdated.of(h.metadata(), today);
        return o == null ? List.of() : o.sentences(l);
    }

    /** Whether the page is being rendered for the PDF rather than the website. */
    public boolean isPrint() {
        return print;
    }

    /** A key–value pair of a map in the model, for templates that list both. */
    public record Entry(Object key, Object value) {
    }

    /** A role's task, with the role it belongs to. */
    public record RoleTask(Role role, Task task) {
    }

    /** A place in the handbook that mentions a role: what it says and where it is. */
    public record Mention(String text, String href) {
    }

    /** Markdown as HTML; {@code #} becomes a heading of level {@code top}. */
    public TemplateHTMLOutputModel md(Markdown m, int top) throws TemplateModelException {
        return markup(m == null ? "" : MARKDOWN.render(m.text(), top, root));
    }

    /** The first paragraph of a Markdown text, for overviews and cards. */
    public TemplateHTMLOutputModel intro(Markdown m) throws TemplateModelException {
        if (m == null) return markup("");
        Element first = Jsoup.parseBodyFragment(MARKDOWN.render(m.text(), 3, root)).selectFirst("p");
        return markup(first == null ? "" : first.html());
    }

    /** The entries of a map, keys in their natural order (enum maps: the decree's order). */
    public List<Entry> entries(Map<?, ?> map) {
        if (map == null) return List.of();
        return map.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    /** A map's value for a key, e.g. a domain's section; templates cannot look up by enum. */
    public Object get(Map<?, ?> map, Object key) {
        return map == null ? null : map.get(key);
    }

    /** A link to a page of the site, from the current page. */
    public String href(String path) {
        return root + path;
    }

    /** A link to the one page of a kind, from the current page: {@code x.href(kinds.CONTACT)}. */
    public String href(PageKind kind) {
        return root + kind.path();
    }

    /** A link to the page about a subject, from the current page: {@code x.href(kinds.FUNCTIE, f)}. */
    public String href(PageKind kind, Object subject) {
        return root + kind.path(subject);
    }

    public String roleHref(Object ref) {
        return href(PageKind.ROL, id(ref));
    }

    public String domainHref(Domain d) {
        return href(PageKind.DOMEIN, d);
    }

    public Role role(Object ref) {
        return h.role(id(ref)).orElse(null);
    }

    public String roleName(Object ref) {
        return h.roleName(id(ref));
    }

    /**
     * A value that is one phone number as a {@code tel:} link ({@code tel:+3214552011}, or
     * {@code tel:112}); the binder has refused any other value, so an unknown one gets no link.
     */
    public String tel(String number) {
        return Phone.href(number).orElse(null);
    }

    /** A text with phone numbers in it: each number its own link, the rest (hours, names) text. */
    public List<Phone.Part> phoneParts(String text) {
        return Phone.parts(text);
    }

    /** An address a reader can follow, only when it is a web address. */
    public boolean isWeb(String value) {
        return value != null && (value.startsWith("https://") || value.startsWith("http://"));
    }

    public String date(LocalDate date) {
        return l.date(date);
    }

    public String number(Number n) {
        return l.number(n);
    }

    /**
     * An aside to a phrase from content: " (BPT-uren)", or after a dash when the aside holds
     * brackets itself, so a page never shows "…))".
     */
    public String aside(String text) {
        return Prose.aside(text);
    }

    /** An amount of hours in its unit, in the number the amount asks for: "1 lestijd", "4 uur". */
    public String hours(Number amount, HoursUnit unit) {
        return amount == null ? "" : l.count(Prose.hoursKey(unit), amount);
    }

    /** A function's hours added up per unit: "22 lestijden", not "20 lestijden + 2 lestijden". */
    public List<String> hoursTotal(List<StaffMember.Hours> hours) {
        return Prose.totals(hours).stream().map(t -> hours(t.amount(), t.unit())).toList();
    }

    /** What a page holds, in a sentence or a count, for a card that links to it. */
    public String card(String path) {
        return new Cards(h, l, m -> {
            Element first = Jsoup.parseBodyFragment(MARKDOWN.render(m.text(), 3, root)).selectFirst("p");
            return first == null ? "" : first.text();
        }).describe(path);
    }

    /** All tasks that touch a domain, role by role in handbook order. */
    public List<RoleTask> tasksIn(Domain d) {
        List<RoleTask> out = new ArrayList<>();
        for (Role r : h.roles()) {
            for (Task t : list(r.tasks())) {
                if (list(t.domains()).contains(d)) out.add(new RoleTask(r, t));
            }
        }
        return out;
    }

    /** Tasks of other roles for which {@code role} is the owner. */
    public List<RoleTask> ownedElsewhere(Role role) {
        List<RoleTask> out = new ArrayList<>();
        for (Role r : h.roles()) {
            if (r.id().equals(role.id())) continue;
            for (Task t : list(r.tasks())) {
                if (t.owner() != null && role.id().equals(t.owner().id())) out.add(new RoleTask(r, t));
            }
        }
        return out;
    }

    /** The roles named in a list of references, in the list's order, each once. */
    public List<Role> roles(Collection<RoleRef> refs) {
        Set<String> ids = new LinkedHashSet<>();
        for (RoleRef r : list(refs)) ids.add(r.id());
        return ids.stream().map(id -> h.role(id).orElse(null)).filter(r -> r != null).toList();
    }

    /** Every other page that mentions a role, in reading order. */
    public List<Mention> mentions(Role role) {
        Set<Mention> out = new LinkedHashSet<>();
        String id = role.id();
        Domains domains = h.domains();
        if (domains != null && domains.domains() != null) {
            domains.domains().forEach((d, section) -> {
                if (section.actions() != null) {
                    section.actions().forEach((phase, actions) -> {
                        for (Domains.Action a : actions) {
                            if (refers(a.who(), id)) out.add(new Mention(l.get("vermelding.domein", l.of(d), l.inText(phase)), domainHref(d)));
                        }
                    });
                }
            });
        }
        CareContinuum cc = h.careContinuum();
        if (cc != null && cc.phases() != null) {
            cc.phases().forEach((phase, section) -> {
                if (refers(section.who(), id)) out.add(new Mention(l.get("vermelding.fase", l.title(phase)), href(PageKind.ZORGCONTINUUM)));
            });
        }
        GuidanceTeam team = h.guidanceTeam();
        if (team != null) {
            // Each cel's section on the cel page has its own anchor: cel-<id>, or beleidscel.
            Map<GuidanceTeam, String> cels = new java.util.LinkedHashMap<>();
            for (GuidanceTeam.Effective e : team.effectiveCels()) cels.put(e.team(), e.cel() == null ? "" : "#cel-" + e.cel().id());
            if (team.policyTeam() != null) cels.put(team.policyTeam(), "#beleidscel");
            for (Map.Entry<GuidanceTeam, String> c : cels.entrySet()) {
                GuidanceTeam cel = c.getKey();
                String at = href(PageKind.CEL) + c.getValue();
                if (list(cel.core()).stream().anyMatch(m -> m.role() != null && id.equals(m.role().id()))) {
                    out.add(new Mention(l.get("vermelding.kern", cel.name()), at));
                }
                if (list(cel.joining()).stream().anyMatch(m -> m.role() != null && id.equals(m.role().id()))) {
                    out.add(new Mention(l.get("vermelding.aansluitend", cel.name()), at));
                }
            }
            if (team.procedures() != null && team.procedures().access() != null && refers(team.procedures().access().who(), id)) {
                out.add(new Mention(l.get("vermelding.inzage", team.name()), href(PageKind.CEL)));
            }
        }
        for (FunctionDescription f : h.functions()) {
            String to = href(PageKind.FUNCTIE, f);
            if (refers(f.roles(), id)) out.add(new Mention(l.get("vermelding.functie", f.title()), to));
            if (refers(f.partners(), id)) out.add(new Mention(l.get("vermelding.partner", f.title()), to));
            if (f.firstEvaluator() != null && id.equals(f.firstEvaluator().id())) {
                out.add(new Mention(l.get("vermelding.evaluator", f.title()), to));
            }
        }
        ClbCooperation clb = h.clb();
        if (clb != null) {
            boolean inAgreement = list(clb.agreements()).stream().anyMatch(a -> refers(a.who(), id));
            if ((clb.role() != null && id.equals(clb.role().id())) || inAgreement) {
                out.add(new Mention(l.get("vermelding.clb"), href(PageKind.CLB)));
            }
        }
        LearningSupport ls = h.learningSupport();
        if (ls != null && mentions(ls, id)) out.add(new Mention(l.get("vermelding.leersteun"), href(PageKind.LEERSTEUN)));
        if (h.crisis() != null) {
            for (CrisisProtocols.Protocol p : list(h.crisis().protocols())) {
                if (list(p.steps()).stream().anyMatch(st -> refers(st.who(), id))) {
                    out.add(new Mention(l.get("vermelding.crisis", p.title()), href(PageKind.CRISISPROTOCOL, p)));
                }
            }
        }
        if (h.privacy() != null) {
            List<String> readable = list(h.privacy().categories()).stream().filter(c -> refers(c.readers(), id))
                    .map(be.leerlingenbegeleiding.handbook.model.PrivacyRegister.Category::name).toList();
            if (!readable.isEmpty()) {
                out.add(new Mention(l.get("vermelding.privacy", String.join(", ", readable)),
                        href(PageKind.PRIVACY)));
            }
        }
        ContactPoints cp = h.contactPoints();
        if (cp != null) {
            for (ContactPoints.ContactPoint p : list(cp.points())) {
                if (p.role() != null && id.equals(p.role().id())) out.add(new Mention(l.get("vermelding.contact", p.question()), href(PageKind.CONTACT)));
            }
        }
        for (Page p : h.practiceExamples()) {
            if (refers(p.roles(), id)) out.add(new Mention(l.get("vermelding.voorbeeld", p.title()), href(PageKind.VOORBEELD, p)));
        }
        for (Page p : h.pages()) {
            if (refers(p.roles(), id)) out.add(new Mention(p.title(), href(PageKind.PAGINA, p)));
        }
        return List.copyOf(out);
    }

    /** The responsibility matrix: every role with tasks, every domain; the same rows as its figure. */
    public List<MatrixRow> matrix() {
        return Figures.matrix(h);
    }

    public Cell cell(MatrixRow row, Domain d) {
        return row.cell(d);
    }

    public TemplateHTMLOutputModel matrixFigure() throws TemplateModelException {
        return markup(Figures.responsibilityMatrix(h, FigureTexts.of(l), FigureTexts.medium(print, l.theme())));
    }

    public TemplateHTMLOutputModel teamFigure() throws TemplateModelException {
        return markup(Figures.guidanceTeam(h, FigureTexts.of(l), FigureTexts.medium(print, l.theme())));
    }

    /** One cel's figure, with an id of its own on a page with several cels. */
    public TemplateHTMLOutputModel celFigure(GuidanceTeam.Effective cel) throws TemplateModelException {
        String id = cel.cel() == null ? Figures.TEAM_ID : Figures.TEAM_ID + "-" + cel.cel().id();
        return markup(Figures.guidanceTeam(h, cel.team(), id, FigureTexts.of(l), FigureTexts.medium(print, l.theme())));
    }

    /** A role's staffing, line by line. */
    public List<Staffing.Line> staffing(Role r) {
        return new Staffing(h, l).lines(r);
    }

    /** A role's staffing added up; "" with fewer than two lines. */
    public String staffingTotal(Role r) {
        return new Staffing(h, l).total(r);
    }

    /** What a cel's fixed core adds up to in people and hours; "" without numbers. */
    public String coreStaffing(GuidanceTeam.Effective cel) {
        return new Staffing(h, l).core(cel);
    }

    /** A member's people and hours for a cel's campus; "" without numbers. */
    public String memberStaffing(Object roleRef, GuidanceTeam.Effective cel) {
        return new Staffing(h, l).forCel(roleRef, cel.campusId());
    }

    /** The name of a campus, from its id (a {@code campus:} value); null for none. */
    public String campusName(Object campusRef) {
        return campusRef == null ? null : new Staffing(h, l).campusName(campusRef.toString());
    }

    /** Contact points grouped by campus: those for the whole school first (title null). */
    public List<Group<ContactPoints.ContactPoint>> pointsByCampus() {
        Map<String, List<ContactPoints.ContactPoint>> groups = new java.util.LinkedHashMap<>();
        groups.put(null, new java.util.ArrayList<>());
        if (h.school() != null) for (String id : h.school().campusIds()) groups.put(id, new java.util.ArrayList<>());
        if (h.contactPoints() != null) {
            for (ContactPoints.ContactPoint p : h.contactPoints().points()) {
                groups.computeIfAbsent(p.campus() == null ? null : p.campus().id(), k -> new java.util.ArrayList<>()).add(p);
            }
        }
        List<Group<ContactPoints.ContactPoint>> out = new java.util.ArrayList<>();
        groups.forEach((id, items) -> {
            if (!items.isEmpty()) out.add(new Group<>(id, campusName(id), items));
        });
        return out;
    }

    /** Items under a heading; {@code id} and {@code title} null for the group without one. */
    public record Group<T>(String id, String title, List<T> items) {
    }

    public TemplateHTMLOutputModel continuumFigure() throws TemplateModelException {
        return markup(Figures.careContinuum(h.careContinuum(), h::roleName, FigureTexts.of(l), FigureTexts.medium(print, l.theme())));
    }

    public TemplateHTMLOutputModel timeSplitFigure(Map<Domain, Share> split) throws TemplateModelException {
        return markup(Figures.timeSplit(split, FigureTexts.of(l), FigureTexts.medium(print, l.theme())));
    }

    /**
     * A share in a time split's table: "40 %" as written, or for hours and days what was
     * written with its part of the whole: "1,5 dag (30 %)".
     */
    public String share(Map<Domain, Share> split, Object domain) {
        Share s = split.get((Domain) domain);
        if (s == null) return "";
        if (s.unit() == Share.Unit.PROCENT) return l.number(s.amount()) + " %";
        double pct = Share.percentages(split).getOrDefault((Domain) domain, 0.0);
        return l.count(s.unit() == Share.Unit.UREN ? "aandeel.uren" : "aandeel.dagen", s.amount()) + " (" + l.number(Math.round(pct * 10) / 10.0) + " %)";
    }

    /** The suffix of a time split's caption label: "" in percent, ".uren" or ".dagen". */
    public String splitUnit(Map<Domain, Share> split) {
        if (split == null || split.isEmpty()) return "";
        Share.Unit u = split.values().iterator().next().unit();
        return u == Share.Unit.PROCENT ? "" : "." + u.code();
    }

    /** Practice examples in menu order. */
    public List<Page> examples() {
        return SitePlan.sorted(h.practiceExamples());
    }

    public List<Domain> domains() {
        return List.of(Domain.values());
    }

    public boolean isCurrent(String path) {
        return page.path().equals(path);
    }

    /** Whether the current page is {@code path} or lies under it in the menu. */
    public boolean isOpen(Site.MenuItem item) {
        return isCurrent(item.path()) || item.children().stream().anyMatch(c -> isCurrent(c.path()));
    }

    /**
     * The school's other policies that matter on the current page: absences on the CLB page,
     * bullying with the psychosocial domain, drugs with preventive health care, the transfer from
     * primary school with the care continuum. Empty elsewhere; all of them are on the policy page.
     */
    public List<Policies.Document> relatedPolicies() {
        if (h.policies() == null) return List.of();
        PolicySubject subject = switch (page.kind()) {
            case CLB -> PolicySubject.AFWEZIGHEDEN;
            case ZORGCONTINUUM -> PolicySubject.OVERGANG;
            case DOMEIN -> page.subject() == Domain.PSYCHISCH_EN_SOCIAAL_FUNCTIONEREN ? PolicySubject.PESTEN
                    : page.subject() == Domain.PREVENTIEVE_GEZONDHEIDSZORG ? PolicySubject.DRUGS : null;
            default -> null;
        };
        return subject == null ? List.of() : h.policies().about(subject);
    }

    /**
     * Where a policy link points: its web address, or its PDF in the site's {@code documenten/}.
     * In print a PDF of the site is named by the site's address when it has one, since a
     * relative link means nothing on paper.
     */
    public String policyHref(Policies.Document d) {
        if (d.url() != null && !d.url().isBlank()) return d.url().strip();
        String file = d.file().strip();
        if (!print) return root + file;
        String site = h.metadata().publicationUrl();
        return site == null ? null : site + file;
    }

    /** The policy documents grouped by subject, subjects in their fixed order: for the policy page. */
    public List<Entry> policiesBySubject() {
        if (h.policies() == null) return List.of();
        List<Entry> out = new ArrayList<>();
        for (PolicySubject s : PolicySubject.values()) {
            List<Policies.Document> docs = h.policies().about(s);
            if (!docs.isEmpty()) out.add(new Entry(s, docs));
        }
        return out;
    }

    /** Whether the leersteun page names the role: as the centre itself or in an agreement. */
    private static boolean mentions(LearningSupport ls, String id) {
        if (ls.role() != null && id.equals(ls.role().id())) return true;
        LearningSupport.Agreements a = ls.agreements();
        if (a == null) return false;
        for (LearningSupport.Step s : java.util.Arrays.asList(a.request(), a.consultation(), a.followUp())) {
            if (s != null && refers(s.who(), id)) return true;
        }
        return list(a.others()).stream().anyMatch(o -> refers(o.who(), id));
    }

    private static boolean refers(List<RoleRef> refs, String id) {
        return list(refs).stream().anyMatch(r -> id.equals(r.id()));
    }

    private static String id(Object ref) {
        return ref instanceof RoleRef r ? r.id() : String.valueOf(ref);
    }

    private static <T> List<T> list(Collection<T> c) {
        return c == null ? List.of() : List.copyOf(c);
    }

    private static TemplateHTMLOutputModel markup(String html) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    }
}
