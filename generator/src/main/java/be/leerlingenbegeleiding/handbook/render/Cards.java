package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.ClbCooperation;
import be.leerlingenbegeleiding.handbook.model.Domains;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.QualityCare;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the home page's "Wegwijs" cards say about each page: taken from what the page holds (its
 * first sentence, or what it counts), so a card tells a parent what they will find there rather
 * than which menu group it sits in.
 */
final class Cards {
    private final Handbook h;
    private final Labels l;
    private final Function<Markdown, String> text;

    /** @param text a Markdown text's first paragraph as plain text */
    Cards(Handbook h, Labels l, Function<Markdown, String> text) {
        this.h = h;
        this.l = l;
        this.text = text;
    }

    /** The card text of the page at a path; "" when the page has nothing to say about itself. */
    String describe(String path) {
        PageKind kind = PageKind.at(path).orElse(null);
        if (kind == null) return "";
        String s = switch (kind) {
            case VISIE -> h.vision() == null || h.vision().principles() == null ? ""
                    : l.count("wegwijs.visie", h.vision().principles().size());
            case DOMEINEN -> domains();
            case ZORGCONTINUUM -> h.careContinuum() == null ? "" : first(h.careContinuum().introduction());
            case ROLLEN -> l.get("wegwijs.rollen", l.count("aantal.rollen", h.roles().size()),
                    l.count("aantal.taken", h.roles().stream().mapToInt(r -> list(r.tasks()).size()).sum()));
            case CEL -> h.guidanceTeam() == null ? "" : first(h.guidanceTeam().description());
            case FUNCTIES -> Prose.firstSentence(join(h.functions().stream().map(FunctionDescription::title).toList()));
            case CLB -> clb();
            case LEERSTEUN -> h.learningSupport() == null ? "" : or(h.learningSupport().name(), "");
            case CRISIS -> h.crisis() == null ? ""
                    : l.get("wegwijs.crisis", l.count("aantal.protocollen", list(h.crisis().protocols()).size()));
            case PRIVACY -> h.privacy() == null ? ""
                    : l.get("wegwijs.privacy", l.count("aantal.categorieen", list(h.privacy().categories()).size()));
            case BELEID -> h.policies() == null ? "" : or(first(h.policies().introduction()),
                    l.count("aantal.beleidsdocumenten", h.policies().documents().size()));
            case OPDRACHTEN -> h.institutionTasks() == null ? ""
                    : or(first(h.institutionTasks().introduction()), l.count("aantal.opdrachten", list(h.institutionTasks().tasks()).size()));
            case KWALITEIT -> quality();
            case PROFESSIONALISERING -> h.professionalisation() == null ? ""
                    : or(first(h.professionalisation().policy()), "");
            case CONTACT -> h.contactPoints() == null ? ""
                    : or(first(h.contactPoints().introduction()),
                            l.count("aantal.aanspreekpunten", list(h.contactPoints().points()).size()));
            case VOORBEELDEN -> l.count("aantal.voorbeelden", h.practiceExamples().size());
            case TOEGANKELIJKHEID -> l.get("wegwijs.toegankelijkheid");
            case NALEVING -> l.get("wegwijs.naleving");
            case PAGINA -> page(kind.idIn(path));
            default -> "";
        };
        return s == null ? "" : s;
    }

    private String domains() {
        Domains d = h.domains();
        if (d == null || d.domains() == null) return "";
        int goals = d.domains().values().stream().mapToInt(s -> list(s.goals()).size()).sum();
        String count = l.count("aantal.domeinen", d.domains().size());
        return goals == 0 ? count : l.get("wegwijs.domeinen", l.count("aantal.doelen", goals), count);
    }

    private String clb() {
        ClbCooperation c = h.clb();
        if (c == null) return "";
        int n = list(c.agreements()).size();
        return n == 0 ? c.name() : l.get("wegwijs.clb", c.name(), l.count("aantal.afspraken", n));
    }

    private String quality() {
        QualityCare q = h.quality();
        if (q == null) return "";
        Stream<Markdown> texts = Stream.of(
                q.cycle() == null ? null : q.cycle().initialAnalysis(),
                q.questions() == null ? null : q.questions().rightThings());
        return texts.map(this::first).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    private String page(String id) {
        for (Page p : h.pages()) {
            if (!p.id().equals(id)) continue;
            if (p.summary() != null && !p.summary().isBlank()) return Prose.firstSentence(p.summary());
            return first(p.body());
        }
        return "";
    }

    private String first(Markdown m) {
        return m == null ? "" : Prose.firstSentence(text.apply(m));
    }

    private String join(List<String> names) {
        if (names.isEmpty()) return "";
        if (names.size() == 1) return names.get(0);
        List<String> head = new ArrayList<>(names.subList(0, names.size() - 1));
        return String.join(", ", head) + " " + l.get("wegwijs.en") + " " + names.get(names.size() - 1);
    }

    private static String or(String s, String other) {
        return s == null || s.isEmpty() ? other : s;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
