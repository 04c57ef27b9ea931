package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.schema.JsonSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonSchemaTest {
    static final Path COMMITTED = Fixtures.repoRoot().resolve("content/schema");

    /** The copy in content/schema (which the example's YAML files point at) is generated, never edited. */
    @Test
    void theCommittedSchemasAreExactlyWhatTheModelGenerates() throws IOException {
        Map<String, String> generated = JsonSchema.all();
        if (Fixtures.updateGolden()) {
            Files.createDirectories(COMMITTED);
            for (var e : generated.entrySet()) Files.writeString(COMMITTED.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        try (Stream<Path> s = Files.list(COMMITTED)) {
            assertEquals(generated.keySet(), new java.util.TreeSet<>(s.map(p -> p.getFileName().toString()).toList()),
                    "regenerate with: java -jar generator/target/handbook.jar schema -o content/schema");
        }
        for (var e : generated.entrySet()) {
            assertEquals(e.getValue(), Files.readString(COMMITTED.resolve(e.getKey())),
                    e.getKey() + " is stale; regenerate with: java -jar generator/target/handbook.jar schema -o content/schema");
        }
    }

    @Test
    void schemasRejectUnknownKeysAndDescribeEachKey() {
        String visie = JsonSchema.all().get("visie.schema.json");
        assertTrue(visie.contains("\"additionalProperties\": false"), visie);
        assertTrue(visie.contains("\"visie\": {\n      \"description\": \"De visie op leerlingenbegeleiding, in Markdown.\""), visie);
        assertTrue(visie.contains("\"belang_van_de_leerling\""), visie);
    }

    @Test
    void requiredKeysAndFixedValuesAreInTheSchema() {
        String handboek = JsonSchema.all().get("handboek.schema.json");
        assertTrue(handboek.contains("\"required\": [\"titel\", \"status\"]"), handboek);
        assertTrue(handboek.contains("\"enum\": [\"concept\", \"vastgesteld\"]"), handboek);
    }
}
