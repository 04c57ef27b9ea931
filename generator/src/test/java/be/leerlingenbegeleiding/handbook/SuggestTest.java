package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.leerlingenbegeleiding.handbook.diag.Suggest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> KEYS = List.of("visie", "principes");
    private static final List<String> DOMAINS = List.of("onderwijsloopbaan", "leren_en_studeren",
            "psychisch_en_sociaal_functioneren", "preventieve_gezondheidszorg");

    @Test
    void swappedLettersCountAsOneTypo() {
        assertEquals(Optional.of("visie"), Suggest.closest("visei", KEYS));
    }

    @Test
    void aMissingLetterIsFound() {
        assertEquals(Optional.of("principes"), Suggest.closest("princpes", KEYS));
    }

    @Test
    void wrongCaseIsSuggestedAsItself() {
        assertEquals(Optional.of("visie"), Suggest.closest("Visie", KEYS));
    }

    @Test
    void aShortenedCodeIsRecognisedByItsParts() {
        assertEquals(Optional.of("leren_en_studeren"), Suggest.closest("leren", DOMAINS));
        assertEquals(Optional.of("preventieve_gezondheidszorg"), Suggest.closest("preventie", DOMAINS));
    }

    @Test
    void unrelatedWordsGetNoSuggestion() {
        assertEquals(Optional.empty(), Suggest.closest("kalender", KEYS));
        assertEquals(Optional.empty(), Suggest.closest("xy", KEYS));
    }
}
