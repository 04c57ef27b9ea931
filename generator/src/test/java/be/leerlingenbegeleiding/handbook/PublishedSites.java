package be.leerlingenbegeleiding.handbook;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The example handbook built with another publication address ({@code publicatie_url}), or none. */
final class PublishedSites {
    private PublishedSites() {
    }

    /** Builds a copy of the example in {@code tmp} with {@code address} as its publication address (null: none). */
    static Path build(Path tmp, String address) throws IOException {
        Path content = tmp.resolve("content");
        Path book = Fixtures.copyTree(ExampleSite.contentDir().resolve(ExampleSite.NAME), content.resolve(ExampleSite.NAME));
        Path yaml = book.resolve("handboek.yaml");
        String text = Files.readString(yaml).replaceAll("(?m)^publicatie_url:.*\\R", "");
        if (address != null) text += "publicatie_url: " + address + "\n";
        Files.writeString(yaml, text);
        Build.Result checked = Build.build(content, tmp.resolve("site-output"));
        List<Build.Written> written = checked.written();
        if (checked.hasErrors()) {
            throw new AssertionError(String.join("\n", Messages.dutch().formatAll(
                    checked.diagnostics().stream().filter(Diagnostic::isError).toList())));
        }
        return written.get(0).folder();
    }
}
