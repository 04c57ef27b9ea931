package be.leerlingenbegeleiding.handbook.model;

/** How to reach a role or a partner. */
public record Contact(
        @Key(value = "naam", doc = "Naam van de contactpersoon, indien gewenst.") String name,
        @Key(value = "email", format = Key.Format.EMAIL, doc = "E-mailadres, bij voorkeur een functiemailbox.") String email,
        @Key(value = "telefoon", format = Key.Format.PHONE, doc = "Telefoonnummer.") String phone,
        @Key(value = "website", format = Key.Format.URL, doc = "Webadres (https://…).") String website,
        @Key(value = "bereikbaarheid", doc = "Wanneer en hoe men bereikbaar is.") String availability,
        Source source) {
}
