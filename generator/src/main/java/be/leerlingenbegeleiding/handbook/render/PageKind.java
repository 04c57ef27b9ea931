package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.CrisisProtocols;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.Role;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of page of the website, each with where it lives, which layout draws it and which
 * content file it shows. This is the one place a page's path is written: the site plan, links
 * between pages, the PDFs, the compliance report and the templates ask a kind for its path.
 *
 * <p>A kind either has one page at a fixed path ({@code cel.html}) or one page per subject
 * under a folder ({@code rollen/<id>.html}). In a template a kind prints as its {@link #code()},
 * the name of its layout, so {@code pagina-${page.kind()}} and an older theme's
 * {@code page.kind() == "start"} keep working; the kinds themselves are {@code kinds.START} etc.
 */
public enum PageKind {
    /** The home page; it shows what {@code handboek.yaml} and {@code school.yaml} say. */
    START("start", "index.html", null, ContentFile.HANDBOEK, ContentFile.SCHOOL),
    VISIE("visie", "visie.html", null, ContentFile.VISIE),
    DOMEINEN("domeinen", "domeinen/index.html", null, ContentFile.DOMEINEN),
    /** One domain; the file's findings link to the overview, which shows all of the file. */
    DOMEIN("domein", null, "domeinen"),
    ZORGCONTINUUM("zorgcontinuum", "zorgcontinuum.html", null, ContentFile.ZORGCONTINUUM),
    ROLLEN("rollen", "rollen/index.html", null, ContentFile.ROLLEN),
    /** One role; like a domain, a part of a file whose page is the overview. */
    ROL("rol", null, "rollen"),
    CEL("cel", "cel.html", null, ContentFile.CEL),
    /** The overview of the function descriptions: every file of the folder has a page of its own. */
    FUNCTIES("functies", "functies/index.html", null),
    FUNCTIE("functie", null, "functies", ContentFile.FUNCTIES),
    OPDRACHTEN("opdrachten", "opdrachten.html", null, ContentFile.OPDRACHTEN),
    CLB("clb", "clb.html", null, ContentFile.CLB),
    LEERSTEUN("leersteun", "leersteun.html", null, ContentFile.LEERSTEUN),
    /** The overview of the crisis protocols; each protocol has a page of its own under it. */
    CRISIS("crisis", "crisis/index.html", null, ContentFile.CRISIS),
    CRISISPROTOCOL("crisisprotocol", null, "crisis"),
    /** The register of the pupil file: who may read which data, why, how long. */
    PRIVACY("privacy", "privacy.html", null, ContentFile.PRIVACY),
    /** The school's other policies ({@code beleid.yaml}); each link also shows where it matters. */
    BELEID("beleid", "beleid.html", null, ContentFile.BELEID),
    KWALITEIT("kwaliteit", "kwaliteit.html", null, ContentFile.KWALITEIT),
    PROFESSIONALISERING("professionalisering", "professionalisering.html", null, ContentFile.PROFESSIONALISERING),
    CONTACT("contact", "contact.html", null, ContentFile.CONTACT),
    VOORBEELDEN("voorbeelden", "praktijkvoorbeelden/index.html", null),
    VOORBEELD("voorbeeld", null, "praktijkvoorbeelden", ContentFile.PRAKTIJKVOORBEELDEN),
    PAGINA("pagina", null, "paginas", ContentFile.PAGINAS),
    /** What changed since the previous edition ({@code vorige_uitgave}); only when the handbook names one. */
    NIEUW("nieuw", "nieuw.html", null),
    TOEGANKELIJKHEID("toegankelijkheid", "toegankelijkheid.html", null),
    /** The compliance report; {@code naleving.yaml} changes the rules, it is not shown here. */
    NALEVING("naleving", "naleving.html", null),
    ZOEKEN("zoeken", "zoeken.html", null),
    NIET_GEVONDEN("404", "404.html", null);

    private final String code;
    private final String path;
    private final String folder;
    private final List<ContentFile> shows;

    PageKind(String code, String path, String folder, ContentFile... shows) {
        this.code = code;
        this.path = path;
        this.folder = folder;
        this.shows = List.of(shows);
    }

    /** The name of the kind's layout and of its CSS class ({@code pagina-rol}): {@code rol}, {@code 404}. */
    public String code() {
        return code;
    }

    /** The layout that draws the page's content, in the theme. */
    public String template() {
        return "pagina/" + code + ".ftlh";
    }

    /** Whether there is one page of this kind per subject (a role, a domain, a page…). */
    public boolean perSubject() {
        return folder != null;
    }

    /** The path of the one page of this kind, from the site's root. */
    public String path() {
        if (folder != null) throw new IllegalStateException(name() + " has a page per subject: name the subject");
        return path;
    }

    /**
     * The path of the page about {@code subject}: a domain, a role, a function description or a
     * Markdown page, or the id (as the file name has it) of one of these.
     */
    public String path(Object subject) {
        if (folder == null) throw new IllegalStateException(name() + " has one page, not one per subject");
        return folder + "/" + id(subject) + ".html";
    }

    /** The content files whose page this is: findings in those files link here. */
    public List<ContentFile> shows() {
        return shows;
    }

    /** Prints as its code, which is how templates used to name it. */
    @Override
    public String toString() {
        return code;
    }

    private static String id(Object subject) {
        if (subject instanceof String id) return id;
        if (subject instanceof Domain d) return d.code().replace('_', '-');
        if (subject instanceof Role r) return r.id();
        if (subject instanceof FunctionDescription f) return f.id();
        if (subject instanceof Page p) return p.id();
        if (subject instanceof CrisisProtocols.Protocol p) return p.id();
        throw new IllegalArgumentException("no page for " + subject);
    }

    /**
     * The kind of the page at a path, from the path alone (no handbook needed): fixed paths first,
     * then the folders of the kinds with a page per subject.
     */
    static Optional<PageKind> at(String path) {
        for (PageKind k : values()) if (k.folder == null && k.path.equals(path)) return Optional.of(k);
        for (PageKind k : values()) {
            if (k.folder != null && path.startsWith(k.folder + "/") && path.endsWith(".html")) return Optional.of(k);
        }
        return Optional.empty();
    }

    /** The subject's id in a path of this kind: {@code zorgcoordinator} in {@code rollen/zorgcoordinator.html}. */
    String idIn(String path) {
        return path.substring(folder.length() + 1, path.length() - ".html".length());
    }

    /** The kind that shows a content file or folder, if any. */
    static Optional<PageKind> showing(ContentFile file) {
        return Arrays.stream(values()).filter(k -> k.shows.contains(file)).findFirst();
    }

    /**
     * Every kind by its name, for templates: {@code kinds.CONTACT.path()}, or
     * {@code page.kind() == kinds.START}.
     */
    static final Map<String, PageKind> BY_NAME;

    static {
        Map<String, PageKind> m = new LinkedHashMap<>();
        for (PageKind k : values()) m.put(k.name(), k);
        BY_NAME = Collections.unmodifiableMap(m);
    }
}
