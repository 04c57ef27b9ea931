package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/** {@code contact.yaml}: whom pupils and parents can turn to ("bij wie kan ik terecht?"). */
public record ContactPoints(
        @Key(value = "inleiding", doc = "Optionele inleiding, in Markdown.") Markdown introduction,
        @Key(value = "aanspreekpunten", doc = "Per vraag: bij wie, hoe en wanneer.") List<ContactPoint> points,
        @Key(value = "noodgevallen", doc = "Waar men terechtkan in dringende situaties en buiten de schooluren.") Emergency emergency,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** One contact point. */
    public record ContactPoint(
            @Key(value = "vraag", required = true, doc = "De vraag of situatie, in de woorden van de lezer.") String question,
            @Key(value = "voor", doc = "Voor wie: leerlingen, ouders, leerkrachten.") List<Audience> audience,
            @Key(value = "rol", required = true, doc = "Id van de rol bij wie men terechtkan.") RoleRef role,
            @Key(value = "kanalen", doc = "Langs welke weg: e-mail, telefoon, gesprek…") List<Channel> channels,
            @Key(value = "wanneer", doc = "Op welke momenten.") String when,
            @Key(value = "campus", doc = "Optioneel: het id van de vestiging waarvoor dit aanspreekpunt geldt; zonder campus geldt het voor de hele school.") CampusRef campus,
            Source source) {
    }

    /** A way to reach someone. */
    public record Channel(
            @Key(value = "soort", required = true, doc = "e-mail, telefoon, gesprek, website, chat of platform.") ChannelKind kind,
            @Key(value = "waarde", required = true, doc = "Het adres, nummer of de plaats.") String value,
            Source source) {
    }

    /** Help in emergencies and outside school hours. */
    public record Emergency(
            @Key(value = "tijdens_schooluren", doc = "Wat te doen tijdens de schooluren, in Markdown.") Markdown duringSchool,
            @Key(value = "buiten_schooluren", doc = "Hulplijnen en diensten buiten de schooluren.") List<Helpline> outsideSchool,
            Source source) {
    }

    /** A helpline or service. */
    public record Helpline(
            @Key(value = "naam", required = true, doc = "Naam van de dienst.") String name,
            @Key(value = "nummer", format = Key.Format.PHONE, doc = "Telefoonnummer.") String number,
            @Key(value = "website", format = Key.Format.URL, doc = "Website (https://…).") String website,
            @Key(value = "wanneer", doc = "Wanneer bereikbaar.") String when,
            @Key(value = "voor", doc = "Waarvoor men er terechtkan.") String purpose,
            Source source) {
    }
}
