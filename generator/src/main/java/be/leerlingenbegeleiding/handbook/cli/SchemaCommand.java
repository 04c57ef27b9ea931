package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.schema.JsonSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Schrijft de JSON Schema's van alle inhoudsbestanden, voor editors met een YAML-taalserver.")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "MAP", defaultValue = "content/schema",
            description = "Map voor de schema's (standaard: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(output);
        for (Map.Entry<String, String> s : JsonSchema.all().entrySet()) {
            Files.writeString(output.resolve(s.getKey()), s.getValue(), StandardCharsets.UTF_8);
        }
        return ExitCode.OK;
    }
}
