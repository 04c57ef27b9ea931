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
        Source source) {

    /**
     * The role that owns a task of this role: the task's own {@code eigenaar}, or this role when
     * the task names none.
     */
    public String ownerOf(Task task) {
        return task.owner() != null ? task.owner().id() : id;
    }
}
