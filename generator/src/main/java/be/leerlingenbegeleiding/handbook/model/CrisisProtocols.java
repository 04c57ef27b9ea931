package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/**
 * {@code crisis.yaml}: what the school does, step by step, when a pupil may be in danger or
 * something serious happens: who acts in which order, whom to call and what is recorded. Each
 * protocol is a page of the site and a one-page card in the printed handbook.
 */
public record CrisisProtocols(
        @Key(value = "inleiding", doc = "Optionele inleiding bij de protocollen, in Markdown: voor wie ze zijn en waar ze op school hangen.") Markdown introduction,
        @Key(value = "protocollen", doc = "De crisisprotocollen, elk met id, titel, soort, wanneer, stappen en wie te bellen.") List<Protocol> protocols,
        @Key(value = "bron", doc = "Optioneel: de regelgeving of richtlijn waarop de protocollen steunen. Verplicht bij een !vast tekst in een sjabloon (hier of bij het protocol).") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer de protocollen herzien werden en opnieuw herzien worden, en door wie.") Review review,
        Source source) implements Reviewed {

    /** One protocol: a situation and what to do in it. */
    public record Protocol(
            @Key(value = "id", required = true, format = Key.Format.ID, doc = "Korte unieke naam in kleine letters, bv. suiciderisico; ook het webadres van de pagina.") String id,
            @Key(value = "titel", required = true, doc = "De titel zoals het team hem kent, bv. 'Een leerling denkt aan zelfdoding'.") String title,
            @Key(value = "soort", required = true, doc = "suiciderisico, kindermishandeling, overlijden, ernstig-incident of ander.") CrisisKind kind,
            @Key(value = "wanneer", required = true, doc = "Wanneer dit protocol geldt: de signalen of de situatie, in Markdown.") Markdown when,
            @Key(value = "stappen", doc = "Verplicht: de stappen in volgorde, elk met 'wat', 'wie' (ids van de rollen die de stap zetten) en eventueel 'termijn'.") List<Step> steps,
            @Key(value = "te_bellen", doc = "Wie je belt: elk met 'naam', 'nummer' en eventueel 'wanneer', bv. 1813, 1712, het CLB, 101 of 112.") List<Call> calls,
            @Key(value = "registratie", doc = "Wat er genoteerd wordt en waar (bv. in het leerlingendossier, in de afgeschermde map van de cel), in Markdown.") Markdown record,
            @Key(value = "bron", doc = "Optioneel: de regelgeving of richtlijn waarop dit protocol steunt. Verplicht bij een !vast tekst in een sjabloon.") String basis,
            @Key(value = "herziening", doc = "Optioneel: wanneer dit protocol herzien werd en opnieuw herzien wordt, en door wie.") Review review,
            Source source) implements Reviewed {
    }

    /** One step of a protocol, in the order it is written. */
    public record Step(
            @Key(value = "wat", required = true, doc = "Wat er gebeurt, kort en concreet, in Markdown.") Markdown what,
            @Key(value = "wie", doc = "Verplicht: ids van de rol of rollen die deze stap zetten, bv. [leerlingenbegeleider].") List<RoleRef> who,
            @Key(value = "termijn", doc = "Optioneel: wanneer, bv. 'onmiddellijk' of 'dezelfde dag'.") String timing,
            Source source) {
    }

    /** Someone to call in this situation. */
    public record Call(
            @Key(value = "naam", required = true, doc = "Wie je belt, bv. Zelfmoordlijn 1813 of het CLB.") String name,
            @Key(value = "nummer", required = true, format = Key.Format.PHONE, doc = "Het telefoonnummer: één nummer dat een telefoon kan bellen, bv. 1813 of 014 55 20 11.") String number,
            @Key(value = "wanneer", doc = "Optioneel: wanneer je dit nummer belt of wanneer het bereikbaar is.") String when,
            Source source) {
    }
}
