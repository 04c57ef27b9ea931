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

    /**
     * The editor settings that ship with the example bind a schema to every content file, so an
     * editor completes keys and underlines mistakes even in a file without the schema comment;
     * and they name the merge markers, which the YAML language server would otherwise flag.
     */
    @Test
    void editorSettingsBindEverySchemaToTheFilesItDescribes() throws IOException {
        com.fasterxml.jackson.databind.JsonNode settings = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Fixtures.repoRoot().resolve(".vscode/settings.json").toFile());
        com.fasterxml.jackson.databind.JsonNode bound = settings.get("yaml.schemas");
        java.util.Set<String> schemas = new java.util.TreeSet<>();
        bound.fieldNames().forEachRemaining(schemas::add);
        assertEquals(JsonSchema.all().keySet().stream().filter(n -> !n.equals("pagina.schema.json"))
                .map(n -> "./content/schema/" + n).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), schemas,
                "every generated schema but the pages' (front matter in Markdown is not checked by the YAML server)");
        for (String schema : schemas) {
            assertTrue(Files.isRegularFile(Fixtures.repoRoot().resolve(schema)), schema);
            String part = schema.replace("./content/schema/", "").replace(".schema.json", "");
            Path example = Fixtures.repoRoot().resolve(part.equals("functie")
                    ? "content/de-kiem/functies/leerlingenbegeleider-eerste-graad.yaml"
                    : part.equals("personeelslid") ? "content/de-kiem/personeel/sofie-claes.yaml" : "content/de-kiem/" + part + ".yaml");
            boolean matched = false;
            for (com.fasterxml.jackson.databind.JsonNode glob : bound.get(schema)) {
                matched |= java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob.asText()).matches(example);
            }
            assertTrue(matched, schema + " binds " + example);
        }
        String tags = settings.get("yaml.customTags").toString();
        for (String marker : java.util.List.of("!vast", "!invullen", "!verwijderd")) {
            for (String kind : java.util.List.of("scalar", "mapping", "sequence")) {
                assertTrue(tags.contains("\"" + marker + " " + kind + "\""), marker + " " + kind);
            }
        }
    }

    @Test
    void everyItemOfAListOfRecordsMayCarryAnIdToNameItAndTheEditorKnowsTheAddMarker() throws IOException {
        var clb = new com.fasterxml.jackson.databind.ObjectMapper().readTree(JsonSchema.all().get("clb.schema.json"));
        var item = clb.at("/properties/afspraken/items/properties/id");
        assertTrue(item.path("description").asText().contains("!verwijderd"), item.toString());
        assertTrue(clb.at("/properties/contact/properties/id").isMissingNode(), "not outside a list");
        String settings = Files.readString(Fixtures.repoRoot().resolve(".vscode/settings.json"));
        assertTrue(settings.contains("\"!aanvullen sequence\""), settings);
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
