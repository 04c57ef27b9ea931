package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoadTest {

    private static Bind.Bound bind(String fixture) {
        Load.Loaded loaded = Load.handbook(Fixtures.resources().resolve("geldig").resolve(fixture));
        assertEquals(java.util.List.of(), loaded.diagnostics());
        Bind.Bound bound = Bind.handbook(loaded);
        assertEquals(java.util.List.of(), bound.diagnostics());
        return bound;
    }

    @Test
    void aJBakeStylePageIsReadWithItsTitleAndOrder() {
        Page page = bind("jbake-pagina").handbook().pages().get(0);
        assertEquals("overgenomen", page.id());
        assertEquals("Overgenomen uit JBake", page.title());
        assertEquals(3, page.order());
        assertTrue(page.body().text().strip().startsWith("Deze pagina komt uit een **JBake**-site"));
        assertEquals(8, page.body().position().line(), "the body starts on the line after ~~~~~~");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        Handbook h = bind("bom-crlf").handbook();
        assertEquals("Beleid leerlingenbegeleiding", h.metadata().title());
        assertEquals(Status.VASTGESTELD, h.metadata().status());
        assertEquals("Sint-Jozef, campus Zuid", h.school().name());
        assertEquals("Met Windows-regeleinden", h.pages().get(0).title());
    }

    @Test
    void everyValueKeepsItsSourcePosition() {
        Handbook h = bind("minimaal").handbook();
        var source = h.metadata().source();
        assertEquals(2, source.valueAt("status").line());
        assertEquals(9, source.valueAt("status").column());
        assertEquals(Path.of("handboek.yaml"), source.valueAt("status").file().getFileName());
    }

    @Test
    void absentListsAreEmptyAndAbsentPartsAreNull() {
        Handbook h = bind("minimaal").handbook();
        assertTrue(h.roles().isEmpty());
        assertTrue(h.pages().isEmpty());
        assertEquals(null, h.vision());
    }
}
