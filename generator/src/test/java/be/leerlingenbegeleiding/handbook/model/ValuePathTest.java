package be.leerlingenbegeleiding.handbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A place in a file is written three ways; one path prints and reads all of them. */
class ValuePathTest {

    @Test
    void printsItemsFromZeroForSourcesAndFromOneForAuthors() {
        ValuePath p = ValuePath.of("rollen").item(1).key("taken");
        assertEquals("rollen[1].taken", p.toString());
        assertEquals("rollen[2].taken", p.forAuthor());
        assertEquals("tijdsbesteding.preventieve_gezondheidszorg",
                ValuePath.of("tijdsbesteding").entry("preventieve_gezondheidszorg").toString());
        assertEquals("[1].titel", ValuePath.root().item(0).key("titel").forAuthor());
        assertEquals("", ValuePath.root().toString());
    }

    @Test
    void roundTripsBetweenItsForms() {
        for (ValuePath p : List.of(ValuePath.of("doelen").item(0), ValuePath.of("a").item(3).item(12).key("b").entry("c"),
                ValuePath.root().item(0), ValuePath.of("x"))) {
            assertEquals(p, ValuePath.parse(p.toString(), 0), p.toString());
            assertEquals(p, ValuePath.parse(p.forAuthor(), 1), p.forAuthor());
            assertEquals(p.toString(), ValuePath.parse(p.forAuthor(), 1).toString());
        }
    }

    @Test
    void readsRulePathsWithTheirWildcards() throws Exception {
        for (String rule : List.of("functies[*].eerste_evaluator", "domeinen.domeinen.*.omschrijving", "clb.evaluatie.moment",
                "a[*][*].b")) {
            ValuePath p = ValuePath.parseRule(rule);
            assertEquals(rule, p.toString());
            assertEquals(p, ValuePath.parse(rule, 0));
        }
        ValuePath any = ValuePath.parseRule("domeinen.domeinen.*");
        assertTrue(((ValuePath.Name) any.steps().get(2)).isEveryEntry());
        assertEquals(ValuePath.parseRule("a[*].b"), ValuePath.parseRule(" a . [*] . b "));
    }

    @Test
    void refusesRulePathsWithNumbersOrEmptyParts() {
        for (String bad : List.of("rollen[1].taken", "a..b", "", "a.", "a[*", "a[x]")) {
            assertThrows(ValuePath.SyntaxError.class, () -> ValuePath.parseRule(bad), bad);
        }
    }

    @Test
    void namesTheKeyItEndsIn() {
        assertEquals("doelen", ValuePath.of("a").key("doelen").item(2).lastKey());
        assertEquals("code", ValuePath.of("t").entry("code").lastKey());
        assertEquals(null, ValuePath.of("a").item(0).item(1).lastKey());
        assertEquals(null, ValuePath.root().lastKey());
    }
}
