package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** YAML 1.2 text to a node tree that keeps every line and column. */
final class Yaml {
    private Yaml() {
    }

    /**
     * Aliases to lists and mappings are rarely needed in a handbook. With at most 20, nested
     * aliases can multiply a document about 1,500-fold at worst, so "billion laughs" input is
     * refused instead of exhausting memory while binding.
     */
    private static final int MAX_ALIASES = 20;

    /**
     * The root node, or empty for a file with no content. On a syntax error, adds a diagnostic
     * and returns null.
     */
    static Optional<Node> parse(Path file, String text, List<Diagnostic> out) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().or(e::getContextMark).map(m -> position(file, m))
                    .orElse(new Position(file, 1, 1));
            out.add(Diagnostic.error(Problem.YAML_SYNTAX, at, explain(e.getProblem()), e.getProblem()));
            return null;
        } catch (YamlEngineException e) {
            out.add(Diagnostic.error(Problem.YAML_SYNTAX, new Position(file, 1, 1), explain(e.getMessage()),
                    e.getMessage()));
            return null;
        }
    }

    static Position position(Path file, Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The usual causes in words an author understands; the parser's own text goes along. */
    private static Msg explain(String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("(TAB)") || p.contains("\t")) return Msg.of("yaml.tab");
        if (p.contains("mapping values are not allowed")) return Msg.of("yaml.colon");
        if (p.contains("could not find expected ':'")) return Msg.of("yaml.missingColon");
        if (p.contains("found undefined alias")) return Msg.of("yaml.alias");
        if (p.contains("found duplicate anchor") || p.contains("anchor")) return Msg.of("yaml.alias");
        if (p.contains("expected <block end>") || p.contains("did not find expected")) return Msg.of("yaml.indent");
        if (p.contains("found unexpected end of stream") || p.contains("unclosed")
                || p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) return Msg.of("yaml.quote");
        if (p.contains("Number of aliases")) return Msg.of("yaml.aliasBomb");
        if (p.contains("expected a single document")) return Msg.of("yaml.documents");
        return Msg.of("yaml.other");
    }
}
