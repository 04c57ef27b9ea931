package be.leerlingenbegeleiding.handbook.model;

import be.leerlingenbegeleiding.handbook.diag.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cel.yaml}: the guidance team (cel leerlingenbegeleiding), under the school's own name.
 *
 * <p>A school with one team writes its members and rhythm at the top. A school with a team per
 * campus or per grade lists them under {@code cellen}; the top-level members and rhythm are
 * then what every cel has unless it writes its own, and the top-level description, procedures
 * and mandate hold for all. A policy cel for the whole school ({@code beleidscel}) may stand
 * beside them. {@link #effectiveCels()} gives every cel with its defaults filled in.
 */
public record GuidanceTeam(
        @Key(value = "naam", required = true, doc = "Hoe de school het overleg noemt, bv. 'cel leerlingenbegeleiding' of 'zorgteam'.") String name,
        @Key(value = "lidwoord", doc = "Optioneel: het lidwoord van de naam, 'de' (standaard), 'het' (bv. 'het zorgoverleg') of 'geen'. Teksten die {{de cel}} schrijven, krijgen het juiste.") Article article,
        @Key(value = "omschrijving", doc = "Wat dit overleg is en doet, in Markdown.") Markdown description,
        @Key(value = "vaste_kern", doc = "Leden die altijd deelnemen.") List<Member> core,
        @Key(value = "aansluitend", doc = "Leden die aansluiten wanneer de agenda het vraagt.") List<Member> joining,
        @Key(value = "ritme", doc = "Hoe vaak en wanneer het overleg samenkomt.") String rhythm,
        @Key(value = "procedures", doc = "Casusbespreking, verslag en inzage.") Procedures procedures,
        @Key(value = "mandaat", doc = "Wat dit overleg mag beslissen, in Markdown.") Markdown mandate,
        @Key(value = "cellen", doc = "Optioneel: een cel per vestiging of graad, elk met een id. Wat een cel niet zelf invult (vaste kern, aansluitend, ritme), neemt ze over van bovenaan dit bestand.") List<Cel> cels,
        @Key(value = "beleidscel", doc = "Optioneel: het overleg over het beleid voor de hele school, dat geen individuele leerlingen bespreekt.") Cel policyCel,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** A team without a written article: "de", as most names of a cel take. */
    public GuidanceTeam(String name, Markdown description, List<Member> core, List<Member> joining, String rhythm,
            Procedures procedures, Markdown mandate, List<Cel> cels, Cel policyCel, Review review, Source source) {
        this(name, null, description, core, joining, rhythm, procedures, mandate, cels, policyCel, review, source);
    }

    private static final List<String> DEFAULTS = List.of("vaste_kern", "aansluitend", "ritme");

    /** One cel: a campus's or a grade's team, or the policy cel. */
    public record Cel(
            @Key(value = "id", required = true, format = Key.Format.ID, doc = "Korte unieke naam in kleine letters, bv. campus-noord; de cel krijgt er haar plaats op de pagina mee.") String id,
            @Key(value = "naam", required = true, doc = "Naam van deze cel, bv. 'cel eerste graad'.") String name,
            @Key(value = "campus", doc = "Optioneel: het id van de vestiging van deze cel.") CampusRef campus,
            @Key(value = "graad", doc = "Optioneel: voor welke graad of welke leerlingen deze cel is, bv. 'eerste graad'.") String grade,
            @Key(value = "omschrijving", doc = "Optioneel: wat eigen is aan deze cel, in Markdown.") Markdown description,
            @Key(value = "vaste_kern", doc = "Leden die altijd deelnemen; zonder deze sleutel die van bovenaan het bestand.") List<Member> core,
            @Key(value = "aansluitend", doc = "Leden die aansluiten wanneer de agenda het vraagt; zonder deze sleutel die van bovenaan het bestand.") List<Member> joining,
            @Key(value = "ritme", doc = "Hoe vaak en wanneer deze cel samenkomt; zonder deze sleutel dat van bovenaan het bestand.") String rhythm,
            Source source) {
    }

    /** Whether the school describes several cels under {@code cellen}. */
    public boolean hasSeveral() {
        return cels != null && !cels.isEmpty();
    }

    /**
     * Every cel that discusses pupils, as a team of its own with the file's defaults filled in:
     * the one team of the file, or each cel of {@code cellen}. The policy cel is not among them
     * (see {@link #policyTeam()}). Positions of inherited values stay those of the top of the
     * file, so a finding points where the value was written.
     */
    public List<Effective> effectiveCels() {
        if (!hasSeveral()) return List.of(new Effective(null, this));
        return cels.stream().map(c -> new Effective(c, asTeam(c))).toList();
    }

    /** A cel with the file's defaults filled in; {@code cel} is null for a file with one team. */
    public record Effective(Cel cel, GuidanceTeam team) {
        /** The campus id of this cel, or null for a cel of the whole school. */
        public String campusId() {
            return cel == null || cel.campus() == null ? null : cel.campus().id();
        }
    }

    /** The policy cel as a team of its own (its own members only), or null. */
    public GuidanceTeam policyTeam() {
        if (policyCel == null) return null;
        Cel c = policyCel;
        return new GuidanceTeam(c.name(), c.description(), c.core(), c.joining(), c.rhythm(), null, null,
                List.of(), null, null, c.source());
    }

    private GuidanceTeam asTeam(Cel c) {
        Source own = c.source();
        Map<String, Position> keys = new HashMap<>(own.keys());
        Map<String, Position> values = new HashMap<>(own.values());
        for (String key : DEFAULTS) {
            if (own.has(key)) continue;
            if (source.has(key)) keys.put(key, source.keyAt(key));
            String prefix = key;
            source.values().forEach((path, at) -> {
                if (path.equals(prefix) || path.startsWith(prefix + "[") || path.startsWith(prefix + ".")) values.put(path, at);
            });
        }
        Source merged = new Source(own.position(), keys, values);
        return new GuidanceTeam(c.name(), c.description(),
                own.has("vaste_kern") ? c.core() : core, own.has("aansluitend") ? c.joining() : joining,
                own.has("ritme") ? c.rhythm() : rhythm, null, null, List.of(), null, null, merged);
    }

    /** A member of the team: a role, and for joining members when they join. */
    public record Member(
            @Key(value = "rol", required = true, doc = "Id van de rol.") RoleRef role,
            @Key(value = "wanneer", doc = "Wanneer dit lid aansluit of wat het inbrengt.") String when,
            Source source) {
    }

    /** How the team works. */
    public record Procedures(
            @Key(value = "casusbespreking", doc = "Hoe een casus besproken wordt, in Markdown.") Markdown caseDiscussion,
            @Key(value = "verslag", doc = "Hoe afspraken vastgelegd worden en waar, in Markdown.") Markdown recording,
            @Key(value = "inzage", doc = "Wie de afspraken en gevoelige informatie mag lezen.") Access access,
            Source source) {
    }

    /** Who may read the recorded agreements. */
    public record Access(
            @Key(value = "wie", doc = "Ids van de rollen die inzage hebben.") List<RoleRef> who,
            @Key(value = "toelichting", doc = "Toelichting bij de inzagerechten, in Markdown.") Markdown explanation,
            Source source) {
    }
}
