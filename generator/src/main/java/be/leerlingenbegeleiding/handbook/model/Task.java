package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/**
 * A task of a role. Its owner is the role under which it is listed, unless {@code eigenaar} names
 * another role (a task carried out by one role on behalf of another).
 */
public record Task(
        @Key(value = "id", required = true, format = Key.Format.ID, doc = "Korte unieke naam van de taak, bv. intake-gesprek.") String id,
        @Key(value = "omschrijving", required = true, doc = "Wat de taak inhoudt.") String description,
        @Key(value = "domeinen", doc = "Begeleidingsdomeinen waarop de taak betrekking heeft.") List<Domain> domains,
        @Key(value = "fasen", doc = "Fasen van het zorgcontinuüm waarin de taak valt.") List<Phase> phases,
        @Key(value = "taakcluster", doc = "beleid, leerlingen of schoolteam.") TaskCluster cluster,
        @Key(value = "eigenaar", doc = "Id van de rol die eindverantwoordelijk is; standaard de rol zelf.") RoleRef owner,
        @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
        Source source) {
}
