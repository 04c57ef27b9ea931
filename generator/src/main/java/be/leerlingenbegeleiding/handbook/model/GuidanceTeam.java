package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/** {@code cel.yaml}: the guidance team (cel leerlingenbegeleiding), under the school's own name. */
public record GuidanceTeam(
        @Key(value = "naam", required = true, doc = "Hoe de school het overleg noemt, bv. 'cel leerlingenbegeleiding' of 'zorgteam'.") String name,
        @Key(value = "omschrijving", doc = "Wat dit overleg is en doet, in Markdown.") Markdown description,
        @Key(value = "vaste_kern", doc = "Leden die altijd deelnemen.") List<Member> core,
        @Key(value = "aansluitend", doc = "Leden die aansluiten wanneer de agenda het vraagt.") List<Member> joining,
        @Key(value = "ritme", doc = "Hoe vaak en wanneer het overleg samenkomt.") String rhythm,
        @Key(value = "procedures", doc = "Casusbespreking, verslag en inzage.") Procedures procedures,
        @Key(value = "mandaat", doc = "Wat dit overleg mag beslissen, in Markdown.") Markdown mandate,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

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
