package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.Task;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per merge rule of a handbook over its template (see {@code load/Layers}). */
class LayersTest {
    @TempDir
    Path tmp;

    private static final String ROLES = """
            rollen:
              - id: directeur
                naam: Directeur
                soort: intern
                taken:
                  - id: beleid
                    omschrijving: Bepaalt het beleid.
                  - id: mandaat
                    omschrijving: Geeft het mandaat.
              - id: leerlingenbegeleider
                naam: Leerlingenbegeleider
                soort: intern
            """;

    void write(String path, String text) throws IOException {
        Fixtures.write(tmp, path, text);
    }

    /** A template "sjabloon" and a school "school" that builds on it, both minimal. */
    void layers() throws IOException {
        write("sjabloon/handboek.yaml", "titel: Sjabloon\nstatus: concept\n");
        write("sjabloon/school.yaml", "naam: !invullen de naam van je school\nonderwijsvormen: [aso, tso]\n");
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: vastgesteld\nsjabloon: ../sjabloon\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\n");
    }

    Build.Result check(String folder) throws IOException {
        return Build.check(tmp.resolve(folder));
    }

    Handbook school() throws IOException {
        Build.Result c = check("school");
        assertEquals(List.of(), c.structural(), "the school checks clean");
        return c.handbooks().get(0);
    }

    @Test
    void aFileOnlyTheTemplateHasIsTakenAsItIs() throws IOException {
        layers();
        write("sjabloon/rollen.yaml", ROLES);
        assertEquals(List.of("directeur", "leerlingenbegeleider"), school().roles().stream().map(Role::id).toList());
    }

    @Test
    void mappingsMergeKeyByKeyTheSchoolsKeysWinning() throws IOException {
        layers();
        write("sjabloon/cel.yaml", "naam: cel leerlingenbegeleiding\nritme: elke maand\n");
        write("school/cel.yaml", "ritme: elke week op dinsdag\n");
        Handbook h = school();
        assertEquals("cel leerlingenbegeleiding", h.guidanceTeam().name());
        assertEquals("elke week op dinsdag", h.guidanceTeam().rhythm());
        assertEquals("vastgesteld", h.metadata().status().code(), "handboek.yaml merges too");
    }

    @Test
    void listsWithIdsMergeByIdKeepingTheTemplatesOrder() throws IOException {
        layers();
        write("sjabloon/rollen.yaml", ROLES);
        write("school/rollen.yaml", """
                rollen:
                  - id: zorgleerkracht
                    naam: Zorgleerkracht
                    soort: intern
                  - id: directeur
                    naam: Directie
                    taken:
                      - id: mandaat
                        omschrijving: Geeft elk jaar schriftelijk het mandaat.
                """);
        Handbook h = school();
        assertEquals(List.of("directeur", "leerlingenbegeleider", "zorgleerkracht"), h.roles().stream().map(Role::id).toList());
        Role director = h.role("directeur").orElseThrow();
        assertEquals("Directie", director.name());
        assertEquals("intern", director.kind().code(), "keys the school leaves out stay");
        assertEquals(List.of("Bepaalt het beleid.", "Geeft elk jaar schriftelijk het mandaat."),
                director.tasks().stream().map(Task::description).toList());
    }

    @Test
    void otherListsAndValuesAreReplacedWhole() throws IOException {
        layers();
        write("school/school.yaml", "naam: Atheneum Ter Heide\nonderwijsvormen: [bso]\n");
        assertEquals(List.of("bso"), school().school().educationForms());
    }

    @Test
    void markdownPagesAreReplacedFileByFile() throws IOException {
        layers();
        write("sjabloon/paginas/privacy.md", "---\ntitel: Privacy\n---\nDe tekst van het sjabloon.\n");
        write("sjabloon/paginas/begrippen.md", "---\ntitel: Begrippen\n---\nWoorden.\n");
        write("school/paginas/privacy.md", "---\ntitel: Privacy bij ons\n---\nOnze eigen tekst.\n");
        Handbook h = school();
        assertEquals(2, h.pages().size());
        var privacy = h.pages().stream().filter(p -> p.id().equals("privacy")).findFirst().orElseThrow();
        assertEquals("Privacy bij ons", privacy.title());
        assertTrue(privacy.body().text().contains("Onze eigen tekst."));
        assertTrue(!privacy.body().text().contains("sjabloon"));
    }

    @Test
    void theRemovalMarkerDropsAnInheritedKeyOrIdItem() throws IOException {
        layers();
        write("sjabloon/rollen.yaml", ROLES);
        write("sjabloon/cel.yaml", "naam: cel\nritme: elke maand\n");
        write("school/rollen.yaml", "rollen:\n  - !verwijderd leerlingenbegeleider\n");
        write("school/cel.yaml", "ritme: !verwijderd\n");
        Handbook h = school();
        assertEquals(List.of("directeur"), h.roles().stream().map(Role::id).toList());
        assertNull(h.guidanceTeam().rhythm());
    }

    @Test
    void aLockedValueMayBeRepeatedButNotChangedOrRemoved() throws IOException {
        layers();
        write("sjabloon/cel.yaml", "naam: cel\nmandaat: !vast De cel beslist over de overgang naar een volgende fase.\n");
        write("school/cel.yaml", "mandaat: De cel beslist over de overgang naar een volgende fase.\n");
        school();
        write("school/cel.yaml", "mandaat: !verwijderd\n");
        List<Diagnostic> d = check("school").structural();
        assertEquals(1, d.size(), d.toString());
        assertEquals(Problem.LOCKED_CHANGED, d.get(0).problem());
        assertTrue(d.get(0).position().file().endsWith(Path.of("school", "cel.yaml")));
    }

    @Test
    void anOpenPartFailsInTheSchoolUntilFilledInButNotInTheTemplateItself() throws IOException {
        layers();
        write("sjabloon/cel.yaml", "naam: cel\nritme: !invullen Wanneer komt de cel samen?\n");
        assertEquals(List.of(), check("sjabloon").structural(), "a template may hold open parts");
        List<Diagnostic> d = check("school").structural();
        assertEquals(List.of(Problem.OPEN_PART), d.stream().map(Diagnostic::problem).toList());
        assertTrue(d.get(0).position().file().endsWith(Path.of("sjabloon", "cel.yaml")), "points at the placeholder");
        write("school/cel.yaml", "ritme: elke dinsdag\n");
        assertEquals("elke dinsdag", school().guidanceTeam().rhythm());
    }

    @Test
    void anOpenDefaultOfTheCelIsNotAskedWhenEveryCelOfTheSchoolWritesItsOwn() throws IOException {
        layers();
        write("sjabloon/cel.yaml", "naam: cel\nritme: !invullen Wanneer komt de cel samen?\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\nvestigingen:\n  - naam: Campus Noord\n  - naam: Campus Zuid\n");
        write("school/cel.yaml", """
                cellen:
                  - id: noord
                    naam: cel Noord
                    campus: campus-noord
                    ritme: elke dinsdag
                  - id: zuid
                    naam: cel Zuid
                    campus: campus-zuid
                """);
        List<Diagnostic> d = check("school").structural();
        assertEquals(List.of(Problem.OPEN_PART), d.stream().map(Diagnostic::problem).toList(), "cel Zuid still inherits the open rhythm");
        write("school/cel.yaml", """
                cellen:
                  - id: noord
                    naam: cel Noord
                    campus: campus-noord
                    ritme: elke dinsdag
                  - id: zuid
                    naam: cel Zuid
                    campus: campus-zuid
                    ritme: om de twee weken op vrijdag
                """);
        Handbook h = school();
        assertEquals(List.of("elke dinsdag", "om de twee weken op vrijdag"),
                h.guidanceTeam().effectiveCels().stream().map(c -> c.team().rhythm()).toList());
    }

    @Test
    void variablesReadTheSchoolsOwnNamesInYamlAndMarkdown() throws IOException {
        layers();
        write("sjabloon/cel.yaml", "naam: zorgteam\nritme: '{{cel}} van {{school}} komt elke week samen.'\n");
        write("sjabloon/paginas/over.md", "---\ntitel: Over {{school}}\n---\nSamen met {{clb}}.\n");
        write("school/clb.yaml", "clb: CLB Kempenland\n");
        Handbook h = school();
        assertEquals("zorgteam van Atheneum Ter Heide komt elke week samen.", h.guidanceTeam().rhythm());
        assertEquals("Over Atheneum Ter Heide", h.pages().get(0).title());
        assertTrue(h.pages().get(0).body().text().contains("Samen met CLB Kempenland."));
    }

    @Test
    void errorsInInheritedContentPointIntoTheTemplate() throws IOException {
        layers();
        write("sjabloon/cel.yaml", "naam: cel\nritme: elke maand\nfrequentie: wekelijks\n");
        List<Diagnostic> d = check("school").structural();
        assertEquals(List.of(Problem.UNKNOWN_KEY), d.stream().map(Diagnostic::problem).toList());
        assertEquals(tmp.resolve("sjabloon/cel.yaml"), d.get(0).position().file());
        assertEquals(3, d.get(0).position().line());
    }

    @Test
    void templatesChainUmbrellaThenGroupThenSchool() throws IOException {
        layers();
        write("koepel/handboek.yaml", "titel: Koepel\nstatus: concept\n");
        write("koepel/school.yaml", "naam: Koepelschool\n");
        write("koepel/cel.yaml", "naam: cel leerlingenbegeleiding\nritme: per trimester\n");
        write("sjabloon/handboek.yaml", "titel: Scholengroep\nstatus: concept\nsjabloon: ../koepel\n");
        write("sjabloon/cel.yaml", "ritme: elke maand\n");
        Handbook h = school();
        assertEquals("cel leerlingenbegeleiding", h.guidanceTeam().name());
        assertEquals("elke maand", h.guidanceTeam().rhythm());
    }

    @Test
    void locksHoldInsideARemovedOrReplacedPartAndInAListReplacedWhole() throws IOException {
        layers();
        write("sjabloon/cel.yaml", """
                naam: cel
                procedures:
                  casusbespreking: !vast Elke bespreking start bij de vraag van de leerling.
                """);
        write("sjabloon/kwaliteit.yaml", "cyclus:\n  acties:\n    - !vast De cel evalueert het beleid elk jaar.\n    - Een bevraging.\n");
        write("school/cel.yaml", "procedures: !verwijderd\n");
        write("school/kwaliteit.yaml", "cyclus:\n  acties:\n    - Een eigen actie.\n");
        assertEquals(List.of(Problem.LOCKED_CHANGED, Problem.LOCKED_CHANGED),
                check("school").structural().stream().map(Diagnostic::problem).toList());
        write("school/cel.yaml", "naam: cel\n");
        write("school/kwaliteit.yaml", "cyclus:\n  acties:\n    - De cel evalueert het beleid\n      elk jaar.\n    - Een eigen actie.\n");
        school();
    }

    @Test
    void aPartToFillInCannotBeRemovedInstead() throws IOException {
        layers();
        write("sjabloon/cel.yaml", "naam: cel\nritme: !invullen Wanneer komt de cel samen?\n");
        write("school/cel.yaml", "ritme: !verwijderd\n");
        assertEquals(List.of(Problem.OPEN_PART), check("school").structural().stream().map(Diagnostic::problem).toList());
    }

    @Test
    void aTemplateMayUseNamesItsSchoolsFillIn() throws IOException {
        layers();
        write("sjabloon/cel.yaml", "naam: cel\nritme: '{{school}} kiest zelf wanneer {{cel}} samenkomt.'\n");
        Build.Result template = check("sjabloon");
        assertEquals(List.of(), template.structural());
        assertEquals("{{school}} kiest zelf wanneer cel samenkomt.", template.handbooks().get(0).guidanceTeam().rhythm());
        assertEquals("Atheneum Ter Heide kiest zelf wanneer cel samenkomt.", school().guidanceTeam().rhythm());
    }

    @Test
    void aRequiredFileTheTemplateHasNeedNotBeRepeated() throws IOException {
        layers();
        write("sjabloon/school.yaml", "naam: Vrije Basisschool\n");
        Files.delete(tmp.resolve("school/school.yaml"));
        assertEquals("Vrije Basisschool", school().school().name());
    }

    @Test
    void aLockedTextInsideAnItemSurvivesOnlyIfTheRewrittenListStillHoldsIt() throws IOException {
        layers();
        write("sjabloon/clb.yaml", """
                clb: CLB
                afspraken:
                  - onderwerp: Spijbelen
                    afspraak: !vast Bij problematische afwezigheden schakelt de school het CLB in.
                """);
        write("school/clb.yaml", "afspraken:\n  - onderwerp: Iets anders\n    afspraak: Een eigen afspraak.\n");
        assertEquals(List.of(Problem.LOCKED_CHANGED), check("school").structural().stream().map(Diagnostic::problem).toList());
        write("school/clb.yaml", """
                afspraken:
                  - onderwerp: Spijbelen
                    afspraak: Bij problematische afwezigheden schakelt de school het CLB in.
                  - onderwerp: Iets anders
                    afspraak: Een eigen afspraak.
                """);
        assertEquals(2, school().clb().agreements().size());
    }

    @Test
    void aWholeInheritedFileCanBeTakenAway() throws IOException {
        layers();
        write("sjabloon/functies/begeleider.yaml", "titel: Begeleider\nrol: directeur\n");
        write("sjabloon/rollen.yaml", ROLES);
        write("school/functies/begeleider.yaml", "!verwijderd\n");
        assertEquals(List.of(), school().functions());
    }

    // Rules 10-12: patch a template's list instead of copying it.

    private static final String AGREEMENTS = """
            clb: CLB
            bron: decreet leerlingenbegeleiding
            afspraken:
              - id: aanspreekpunt
                onderwerp: Een vast aanspreekpunt
                afspraak: Het CLB geeft de school een vaste contactpersoon.
              - id: leerplicht
                onderwerp: Leerplicht
                afspraak: !vast Bij problematische afwezigheid verwittigt de school het CLB.
              - id: crisis
                onderwerp: Crisis
                afspraak: De school belt het CLB dezelfde dag.
            """;

    List<String> agreements() throws IOException {
        return school().clb().agreements().stream().map(a -> a.subject()).toList();
    }

    List<Problem> problems() throws IOException {
        return check("school").structural().stream().map(Diagnostic::problem).toList();
    }

    @Test
    void anyItemOfAListOfRecordsMayCarryAnIdThatOnlyNamesIt() throws IOException {
        layers();
        write("school/clb.yaml", "clb: CLB\nafspraken:\n  - id: prioriteiten\n    onderwerp: Prioriteiten\n    afspraak: Wat eerst komt.\n");
        assertEquals(List.of("Prioriteiten"), agreements(), "the id is accepted and does not show");
        write("school/clb.yaml", "clb: CLB\nafspraken:\n  - id: prioriteiten\n    onderwrp: Prioriteiten\n    afspraak: Wat eerst komt.\n");
        assertTrue(problems().contains(Problem.UNKNOWN_KEY), "a misspelt key next to it is still caught");
        write("school/clb.yaml", "clb: CLB\nafspraken:\n  - id: Onze Prioriteiten\n    onderwerp: Prioriteiten\n    afspraak: Wat eerst komt.\n");
        assertEquals(List.of(Problem.INVALID_ID), problems(), "and the id is written as an id");
        write("school/clb.yaml", "clb: CLB\ncontact:\n  id: clb\n  naam: Het team\n");
        assertEquals(List.of(Problem.UNKNOWN_KEY), problems(), "outside a list, id is no key of the record");
    }

    @Test
    void aSchoolItemWithoutIdIsAddedToATemplateListWithIds() throws IOException {
        layers();
        write("sjabloon/clb.yaml", AGREEMENTS);
        write("school/clb.yaml", """
                afspraken:
                  - id: aanspreekpunt
                    onderwerp: Onze contactpersoon
                  - onderwerp: Prioriteiten van het CLB
                    afspraak: Het CLB werkt dit jaar vooral rond welbevinden.
                """);
        assertEquals(List.of("Onze contactpersoon", "Leerplicht", "Crisis", "Prioriteiten van het CLB"), agreements(),
                "the template's items stay, with their locked texts, and the new one comes last");
        write("school/clb.yaml", "afspraken:\n  - onderwerp: Alleen dit\n    afspraak: Een eigen afspraak.\n");
        assertEquals(List.of(Problem.LOCKED_CHANGED), problems(), "a list without any id still replaces the template's whole");
    }

    @Test
    void aListToAddToKeepsTheTemplatesItemsAndTakesOneAwayByIdOrText() throws IOException {
        layers();
        write("sjabloon/clb.yaml", AGREEMENTS.replaceAll("  - id: [a-z]+\n    ", "  - "));
        write("sjabloon/kwaliteit.yaml", """
                cyclus:
                  acties:
                    - !vast De cel evalueert het beleid elk jaar.
                    - Een bevraging van de leerlingen.
                    - Een bevraging van de ouders.
                """);
        write("school/clb.yaml", """
                afspraken: !aanvullen
                  - onderwerp: Prioriteiten van het CLB
                    afspraak: Het CLB werkt dit jaar vooral rond welbevinden.
                """);
        write("school/kwaliteit.yaml", """
                cyclus:
                  acties: !aanvullen
                    - !verwijderd Een bevraging van
                      de leerlingen.
                    - Een eigen actie.
                """);
        assertEquals(List.of("Een vast aanspreekpunt", "Leerplicht", "Crisis", "Prioriteiten van het CLB"), agreements());
        assertEquals(List.of("De cel evalueert het beleid elk jaar.", "Een bevraging van de ouders.", "Een eigen actie."),
                school().quality().cycle().actions());
        write("sjabloon/clb.yaml", AGREEMENTS);
        write("school/clb.yaml", """
                afspraken: !aanvullen
                  - !verwijderd crisis
                  - id: aanspreekpunt
                    onderwerp: Onze contactpersoon
                  - id: prioriteiten
                    onderwerp: Prioriteiten van het CLB
                    afspraak: Het CLB werkt dit jaar vooral rond welbevinden.
                """);
        assertEquals(List.of("Onze contactpersoon", "Leerplicht", "Prioriteiten van het CLB"), agreements(),
                "an item with a template's id merges with it");
        write("sjabloon/kwaliteit.yaml", "volgende_evaluatie: 2027-06-30\n");
        write("school/kwaliteit.yaml", "cyclus:\n  acties: !aanvullen\n    - Een eigen actie.\n");
        assertEquals(List.of("Een eigen actie."), school().quality().cycle().actions(),
                "with nothing in the template to add to, it is just the list");
    }

    @Test
    void aListToAddToCannotTakeAwayWhatTheTemplateLocksOrDoesNotHave() throws IOException {
        layers();
        write("sjabloon/clb.yaml", AGREEMENTS);
        write("school/clb.yaml", "afspraken: !aanvullen\n  - !verwijderd leerplicht\n  - !verwijderd crissis\n");
        List<Diagnostic> d = check("school").structural();
        assertEquals(List.of(Problem.LOCKED_CHANGED, Problem.NOTHING_TO_REMOVE), d.stream().map(Diagnostic::problem).toList());
        assertTrue(d.get(1).toString().contains("crisis"), "did you mean: " + d.get(1));
        assertTrue(d.get(1).position().file().endsWith(Path.of("school", "clb.yaml")) && d.get(1).position().line() == 3);
    }

    @Test
    void onlyAListCanBeAddedToAndARemovalInAReplacedListSaysSo() throws IOException {
        layers();
        write("sjabloon/clb.yaml", AGREEMENTS);
        write("school/clb.yaml", "contact: !aanvullen\n  naam: Het team\n");
        List<Diagnostic> d = check("school").structural();
        assertEquals(List.of(Problem.APPEND_NOT_A_LIST), d.stream().map(Diagnostic::problem).toList());
        assertEquals(1, d.get(0).position().line());
        write("sjabloon/kwaliteit.yaml", "cyclus:\n  acties:\n    - Een bevraging.\n    - Een gesprek.\n");
        write("school/clb.yaml", "clb: CLB\n");
        write("school/kwaliteit.yaml", "cyclus:\n  acties:\n    - !verwijderd Een bevraging.\n    - Een eigen actie.\n");
        d = check("school").structural();
        assertEquals(List.of(Problem.REMOVAL_WITHOUT_APPEND), d.stream().map(Diagnostic::problem).toList());
        assertEquals(3, d.get(0).position().line());
    }
}
