package be.leerlingenbegeleiding.handbook.author;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.schema.JsonSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code handbook init}: a new school handbook that builds on a template. It holds only what the
 * template leaves open, each part with a Dutch comment; {@code check} then reports exactly those
 * parts, in the school's own files, until the school has written them.
 */
public final class Init {
    private Init() {
    }

    /**
     * Writes the new handbook; the files it wrote, relative to {@code target}, in order.
     *
     * @throws UserError when {@code template} is no handbook or {@code target} is not empty
     */
    public static List<String> create(Path template, Path target) throws IOException {
        String relative = target.toAbsolutePath().normalize().relativize(template.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        return create(template, relative, target, template);
    }

    /**
     * As {@link #create(Path, Path)} for a template found by its Maven {@code coordinates}, which
     * the new handbook's {@code sjabloon:} then names.
     */
    public static List<String> create(Path template, String coordinates, Path target) throws IOException {
        return create(template, coordinates, target, coordinates);
    }

    /** @param named the template as the user named it, for a refusal */
    private static List<String> create(Path template, String reference, Path target, Object named) throws IOException {
        if (!Load.isHandbook(template)) throw new UserError(Msg.of("cli.init.noTemplate", named, target));
        if (Files.exists(target)) {
            try (var s = Files.list(target)) {
                if (s.findAny().isPresent()) throw new UserError(Msg.of("cli.init.notEmpty", named, target));
            }
        }
        Load.Loaded raw = Layers.raw(template);
        Map<String, String> files = new TreeMap<>();
        for (Load.Document d : raw.documents()) {
            if (d.node() == null || d.body() != null || !(d.node() instanceof MappingNode m)) continue;
            String name = (d.part().isFolder() ? d.part().fileName() + "/" : "") + d.file().getFileName();
            StringBuilder yaml = new StringBuilder();
            for (NodeTuple t : m.getValue()) {
                if (Layers.holdsOpenPart(t.getValueNode())) open(key(t), t.getValueNode(), 0, yaml);
            }
            if (d.part() == ContentFile.HANDBOEK) {
                yaml.insert(0, "sjabloon: " + reference + "\nstatus: concept\n");
            }
            if (yaml.length() == 0) continue;
            // The schemas go beside the new handbook (a dot folder, which the loader skips), so
            // that the editor finds them wherever the handbook is kept.
            String schema = d.part().isFolder() ? "../" + SCHEMAS + "/" : SCHEMAS + "/";
            String header = "# yaml-language-server: $schema=" + schema + d.part().schemaName() + ".schema.json\n"
                    + "# Dit bestand bouwt verder op " + d.file().getFileName() + " van het sjabloon. Alles wat hier\n"
                    + "# niet staat, neemt je handboek over. Vervang elke '!invullen …' door de tekst van je school;\n"
                    + "# tot dan meldt 'handbook check' die plaats. Je mag ook andere sleutels toevoegen of overschrijven.\n";
            files.put(name, header + yaml);
        }
        List<String> written = new ArrayList<>();
        Files.createDirectories(target);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = target.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            written.add(f.getKey());
        }
        Files.createDirectories(target.resolve(SCHEMAS));
        for (Map.Entry<String, String> schema : JsonSchema.all().entrySet()) {
            Files.writeString(target.resolve(SCHEMAS).resolve(schema.getKey()), schema.getValue(), StandardCharsets.UTF_8);
        }
        return written;
    }

    /** Where init puts the JSON schemas, inside the new handbook. */
    public static final String SCHEMAS = ".schema";

    /**
     * Only the way to what the template leaves open: a mapping gives just its keys that hold an
     * open part, a list whose items have ids just those items (by id). Everything else stays the
     * template's, so that its next release reaches the school. A list without ids is replaced
     * whole by a school, so it is written whole.
     */
    private static void open(String key, Node value, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        if (Layers.isOpenPart(value) || value instanceof ScalarNode) {
            entry(key, value, indent, out);
        } else if (value instanceof MappingNode m) {
            out.append(pad).append(key).append(":\n");
            for (NodeTuple t : m.getValue()) {
                if (Layers.holdsOpenPart(t.getValueNode())) open(key(t), t.getValueNode(), indent + 1, out);
            }
        } else if (value instanceof SequenceNode q && !q.getValue().isEmpty() && q.getValue().stream().allMatch(i -> i instanceof MappingNode && Layers.idOf(i) != null)) {
            out.append(pad).append(key).append(":\n");
            String itemPad = "  ".repeat(indent + 1);
            for (Node item : q.getValue()) {
                if (!Layers.holdsOpenPart(item)) continue;
                MappingNode im = (MappingNode) item;
                out.append(itemPad).append("- id: ").append(Layers.idOf(im)).append('\n');
                for (NodeTuple t : im.getValue()) {
                    if (!"id".equals(key(t)) && Layers.holdsOpenPart(t.getValueNode())) open(key(t), t.getValueNode(), indent + 2, out);
                }
            }
        } else {
            entry(key, value, indent, out);
        }
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
    }

    /** One key with its value, in block style; an open part gets a comment and keeps its marker. */
    private static void entry(String key, Node value, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        if (Layers.isOpenPart(value)) {
            out.append(pad).append("# In te vullen door je school").append(value instanceof ScalarNode s && !s.getValue().isBlank()
                    ? ": " + s.getValue().strip().lines().findFirst().orElse("") : ".").append('\n');
        }
        out.append(pad).append(key).append(':');
        value(value, indent, out);
    }

    private static void value(Node value, int indent, StringBuilder out) {
        String marker = Layers.isOpenPart(value) ? " !invullen" : "";
        if (value instanceof ScalarNode s) {
            out.append(marker).append(' ').append(scalar(s, indent + 1)).append('\n');
        } else if (value instanceof MappingNode m) {
            out.append(marker).append('\n');
            for (NodeTuple t : m.getValue()) entry(key(t), t.getValueNode(), indent + 1, out);
        } else if (value instanceof SequenceNode q) {
            out.append(marker).append('\n');
            String pad = "  ".repeat(indent + 1);
            for (Node item : q.getValue()) {
                if (item instanceof MappingNode m && !m.getValue().isEmpty()) {
                    out.append(pad).append("-").append(Layers.isOpenPart(item) ? " !invullen" : "").append('\n');
                    for (NodeTuple t : m.getValue()) entry(key(t), t.getValueNode(), indent + 2, out);
                } else {
                    out.append(pad).append("-");
                    value(item, indent + 1, out);
                }
            }
        }
    }

    /** A text as YAML: plain when that reads back the same, quoted or as a block otherwise. */
    private static String scalar(ScalarNode s, int indent) {
        String text = s.getValue();
        // Numbers, yes/no and empty values were read as such; written plain they read back the same.
        String tag = s.getTag().getValue();
        if (tag.endsWith(":int") || tag.endsWith(":float") || tag.endsWith(":bool") || tag.endsWith(":null")) return text;
        if (text.contains("\n")) {
            String pad = "  ".repeat(indent + 1);
            StringBuilder sb = new StringBuilder("|\n");
            text.strip().lines().forEach(l -> sb.append(l.isBlank() ? "" : pad + l).append('\n'));
            return sb.toString().stripTrailing();
        }
        if (text.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} .,()'/-]*") && !text.matches("(?i)(true|false|null|yes|no|~|[0-9.-]+)")) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
