package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.PathWords;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Key;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathWordsTest {
    private final Messages nl = Messages.dutch();
    private final Messages en = Messages.forLanguage("en");

    @Test
    void aPlaceInAListReadsAsWordsCountedFromOneAsPrinted() {
        String path = "aanspreekpunten[1].kanalen[2].waarde";
        assertEquals("de waarde van het tweede kanaal van het eerste aanspreekpunt", nl.text(PathWords.of(path)));
        assertEquals("the value of the second channel of the first contact point", en.text(PathWords.of(path)));
    }

    @Test
    void aPathWithoutListItemsStaysTheKeyAuthorsWrite() {
        assertEquals("'ritme'", nl.text(PathWords.of("ritme")));
        assertEquals(List.of(), PathWords.note("ritme"));
    }

    @Test
    void pastTheTenthOrdinalsAreNumbersWithTheRightEnding() {
        assertEquals("de tiende rol", nl.text(PathWords.of("rollen[10]")));
        assertEquals("de 11de rol", nl.text(PathWords.of("rollen[11]")));
        assertEquals("de 20ste rol", nl.text(PathWords.of("rollen[20]")));
        assertEquals("de 101ste rol", nl.text(PathWords.of("rollen[101]")));
        assertEquals("the 11th role", en.text(PathWords.of("rollen[11]")));
        assertEquals("the 21st role", en.text(PathWords.of("rollen[21]")));
        assertEquals("the 112th role", en.text(PathWords.of("rollen[112]")));
    }

    @Test
    void aKeyWithoutANounIsQuoted() {
        assertEquals("'registratie2' van het derde protocol", nl.text(PathWords.of("protocollen[3].registratie2")));
        assertEquals("de waarde van het tweede onderdeel van 'lijst'", nl.text(PathWords.of("lijst[2].waarde")));
    }

    @Test
    void theKeyPathIsANote() {
        assertEquals("plaats in het bestand: rollen[2].taken[1]",
                nl.text(PathWords.note("rollen[2].taken[1]").get(0)));
    }

    /** Every list of records in the model has a noun, so that a new list does not print a key. */
    @Test
    void everyListOfTheModelHasANounInBothLanguages() {
        List<String> missing = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (ContentFile f : ContentFile.values()) if (f.type() != null) lists(f.type(), seen, missing);
        assertEquals(List.of(), missing);
    }

    private void lists(Class<?> type, Set<Class<?>> seen, List<String> missing) {
        if (!type.isRecord() || !seen.add(type)) return;
        for (RecordComponent c : type.getRecordComponents()) {
            Key key = c.getAnnotation(Key.class);
            Type t = c.getGenericType();
            Class<?> inner = t instanceof ParameterizedType p && p.getActualTypeArguments()[p.getActualTypeArguments().length - 1] instanceof Class<?> x ? x : c.getType();
            if (key != null && List.class.equals(c.getType()) && inner.isRecord() && !inner.getSimpleName().endsWith("Ref")) {
                for (Messages m : List.of(nl, en)) {
                    if (!m.has("pad.item." + key.value())) missing.add(key.value() + " (" + type.getSimpleName() + ")");
                }
            }
            lists(inner, seen, missing);
        }
    }
}
