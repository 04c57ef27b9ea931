package be.leerlingenbegeleiding.handbook.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How {@code handbook upgrade} compares a template's texts: spacing around line breaks does not count. */
class UpgradeTextTest {
    @Test
    void spacesAndTabsAroundLineBreaksAreDroppedAndLinesIndented() {
        assertEquals("een\n  twee\n  drie", Upgrade.lines("een  \n\t twee\t\n drie", "  "));
        assertEquals("een", Upgrade.lines("een", "  "));
        assertEquals("een\n  \n  twee", Upgrade.lines("een \n  \n twee", "  "));
        assertEquals("a  b", Upgrade.lines("a  b", ""));
    }

    @Test
    void aTemplateValueWithAMegabyteOfSpacesIsComparedQuickly() {
        // The old pattern started again at every space: minutes for this value.
        String value = "a" + " ".repeat(1_000_000) + "b\n c";
        String out = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Upgrade.lines(value, ""));
        assertEquals("a" + " ".repeat(1_000_000) + "b\nc", out);
    }
}
