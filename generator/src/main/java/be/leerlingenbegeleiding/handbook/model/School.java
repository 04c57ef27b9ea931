package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/** {@code school.yaml}: the school the handbook belongs to. */
public record School(
        @Key(value = "naam", required = true, doc = "Officiële naam van de school.") String name,
        @Key(value = "lidwoord", doc = "Optioneel: het lidwoord van de naam, 'het' (bv. 'het Sint-Jozefsinstituut'), 'de' of 'geen' (standaard: 'Middenschool De Linde'). Teksten die {{de school}} schrijven, krijgen het juiste.") Article article,
        @Key(value = "net", doc = "Onderwijsnet of koepel, bv. 'Katholiek Onderwijs Vlaanderen'.") String network,
        @Key(value = "scholengroep", doc = "Scholengroep of scholengemeenschap.") String group,
        @Key(value = "onderwijsvormen", doc = "Onderwijsvormen of finaliteiten, bv. aso, tso.") List<String> educationForms,
        @Key(value = "studierichtingen", doc = "Studierichtingen die de school aanbiedt.") List<String> streams,
        @Key(value = "vestigingen", doc = "Campussen of vestigingsplaatsen.") List<Campus> campuses,
        @Key(value = "adres", doc = "Adres van de hoofdvestiging.") Address address,
        @Key(value = "website", format = Key.Format.URL, doc = "Website van de school (https://…).") String website,
        @Key(value = "email", format = Key.Format.EMAIL, doc = "Algemene contactmailbox van de school.") String email,
        @Key(value = "telefoon", format = Key.Format.PHONE, doc = "Algemeen telefoonnummer van de school.") String phone,
        @Key(value = "pedagogisch_project", format = Key.Format.URL, doc = "Link naar het pedagogisch project (https://…).") String pedagogicalProject,
        @Key(value = "niveau", doc = "Onderwijsniveau: secundair, basis of beide. Zonder niveau geldt secundair.") Level level,
        Source source) {

    /**
     * The school's level; a school.yaml without one is secondary, as every handbook was before
     * the level existed, so those keep building exactly as they did.
     */
    public Level levelOrDefault() {
        return level == null ? Level.SECUNDAIR : level;
    }

    /** The level of a handbook's school; secondary when the handbook has no school.yaml. */
    public static Level levelOf(Handbook h) {
        return h.school() == null ? Level.SECUNDAIR : h.school().levelOrDefault();
    }

    /** A postal address. */
    public record Address(
            @Key(value = "straat", required = true, doc = "Straat en huisnummer.") String street,
            @Key(value = "postcode", required = true, doc = "Postcode, bv. 2000.") String postalCode,
            @Key(value = "gemeente", required = true, doc = "Gemeente.") String town,
            Source source) {
    }

    /** The campus with this id, or null. */
    public Campus campus(String id) {
        if (id == null || campuses == null) return null;
        return campuses.stream().filter(c -> id.equals(c.key())).findFirst().orElse(null);
    }

    /** The ids other files use to name a campus, in the order of the file. */
    public List<String> campusIds() {
        return campuses == null ? List.of() : campuses.stream().map(Campus::key).filter(k -> !k.isEmpty()).toList();
    }

    /**
     * A campus of the school. Other files name it by {@link #key()}: its {@code id}, or, when
     * the school wrote none, its name in lower case with hyphens ("Campus Noord" is
     * {@code campus-noord}), so that a school with campuses need not invent ids before it
     * refers to them.
     */
    public record Campus(
            @Key(value = "id", format = Key.Format.ID, doc = "Optioneel: korte naam in kleine letters waarmee andere bestanden naar deze vestiging verwijzen (campus: …). Zonder id is dat de naam in kleine letters met streepjes, bv. 'campus-noord'.") String id,
            @Key(value = "naam", required = true, doc = "Naam van de vestiging.") String name,
            @Key(value = "adres", doc = "Adres van de vestiging.") Address address,
            @Key(value = "aanbod", doc = "Wat er op deze vestiging les krijgt, bv. 'eerste graad'.") String offer,
            Source source) {

        public String key() {
            if (id != null && !id.isBlank()) return id;
            return slug(name);
        }

        /** The id of a campus without one: its name in lower case with hyphens. */
        public static String slug(String name) {
            if (name == null) return "";
            String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
    }
}
