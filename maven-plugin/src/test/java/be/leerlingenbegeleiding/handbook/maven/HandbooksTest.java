package be.leerlingenbegeleiding.handbook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class HandbooksTest {

    @Test
    void controlCharactersNeverReachTheLog() {
        assertEquals("school?[2K?", Handbooks.clean("school\u001b[2K\r"));
        assertEquals("Sint-Jozef · bso", Handbooks.clean("Sint-Jozef · bso"));
    }

    @Test
    void thePreviewsLinesBecomeOneLogCallEach() throws IOException {
        List<String> lines = new ArrayList<>();
        SystemStreamLog log = new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        };
        try (ServeMojo.LogWriter w = new ServeMojo.LogWriter(log)) {
            w.write("gewijzigd: visie.yaml\r\nopnieuw gemaakt in 0,4 s\nhalf");
            assertEquals(List.of("gewijzigd: visie.yaml", "opnieuw gemaakt in 0,4 s"), lines);
        }
        assertEquals("half", lines.get(2));
    }
}
