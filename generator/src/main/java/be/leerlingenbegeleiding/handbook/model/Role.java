package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/** One actor in {@code rollen.yaml}: a person, a function or a body, inside or outside school. */
public record Role(
        @Key(value = "id", required = true, format = Key.Format.ID, doc = "Korte unieke naam in kleine letters, bv. leerlingenbegeleider.") String id,
        @Key(value = "naam", required = true, doc = "Naam van de rol zoals lezers hem kennen.") String name,
        @Key(value = "soort", required = true, doc = "intern (van de school) of extern.") RoleKind kind,
        @Key(value = "omschrijving", doc = "Wat deze rol in de leerlingenbegeleiding doet, in Markdown.") Markdown description,
        @Key(value = "personen", doc = "Optioneel: wie deze rol nu opneemt (personeel, nooit leerlingen).") List<String> people,
        @Key(value = "contact", doc = "Hoe men deze rol bereikt: bij voorkeur een functiemailbox.") Contact contact,
        @Key(value = "geheimhouding", doc = "discretieplicht, beroepsgeheim of ambtsgeheim.") Secrecy secrecy,
        @Key(value = "taken", doc = "Taken van deze rol.") List<Task> tasks,
        @Key(value = "campus", doc = "Optioneel: het id van de vestiging waar deze rol hoort, als de rol maar op één vestiging bestaat.") CampusRef campus,
        @Key(value = "bezetting", doc = "Optioneel: hoeveel personen deze rol opnemen en met hoeveel uren, per vestiging of voor de hele school.") List<Staffing> staffing,
        Source source) {

    /**
     * A number of people in this role, with their hours: "2 personen, elk 12 lestijden, uit het
     * BPT". Public (no names); the people themselves are in {@code personen} or, with their own
     * hours, in the internal {@code personeel/} files.
     */
    public record Staffing(
            @Key(value = "campus", doc = "Optioneel: het id van de vestiging; zonder campus geldt dit voor de hele school.") CampusRef campus,
            @Key(value = "aantal", doc = "Hoeveel personen (standaard 1).") Integer people,
            @Key(value = "uren_per_persoon", doc = "Uren of lestijden per persoon per week; een komma of punt mag, bv. 12,5.") Double hoursEach,
            @Key(value = "eenheid", doc = "lestijden of klokuren (standaard lestijden).") HoursUnit unit,
            @Key(value = "bron", doc = "Waar de uren vandaan komen, bv. 'BPT' of 'omkadering leerlingenbegeleiding'.") String origin,
            @Key(value = "toelichting", doc = "Optioneel: een korte toelichting.") String note,
            Source source) {

        /** How many people, 1 when not written. */
        public int headcount() {
            return people == null ? 1 : people;
        }

        /** All hours of this line: people times hours each; 0 when no hours are given. */
        public double hours() {
            return hoursEach == null ? 0 : headcount() * hoursEach;
        }

        public HoursUnit unitOrDefault() {
            return unit == null ? HoursUnit.LESTIJDEN : unit;
        }

        /** Whether this line counts for a cel on {@code campus} (null: a cel of the whole school). */
        public boolean countsFor(String campusId) {
            return campusId == null || campus == null || campus.id().equals(campusId);
        }
    }

    /**
     * The role that owns a task of this role: the task's own {@code eigenaar}, or this role when
     * the task names none.
     */
    public String ownerOf(Task task) {
        return task.owner() != null ? task.owner().id() : id;
    }
}
