package be.leerlingenbegeleiding.handbook.author;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleKind;
import be.leerlingenbegeleiding.handbook.model.RolesFile;
import be.leerlingenbegeleiding.handbook.model.Task;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code handbook new}: adds a role, a function description, a page or a practice example to a
 * handbook, with a Dutch comment above every key (see {@link ScaffoldText}).
 *
 * <p>Values a key needs are sensible examples, not {@code !invullen} placeholders: in a handbook
 * on a template a placeholder is error HB029, and in a handbook without one it is accepted in
 * silence (such a handbook may itself be a template), so it would either break {@code check}
 * or go unnoticed. The examples are chosen so that {@code check} passes right after
 * {@code new}, including the compliance rules of an adopted handbook; the comments and the
 * command's output say what to replace.
 *
 * <p>Nothing is ever overwritten: new files are created exclusively, and a role is inserted into
 * {@code rollen.yaml} after the last role, leaving every existing byte as it was.
 */
public final class Scaffold {
    private Scaffold() {
    }

    /** What {@code new} can add, by the Dutch word users type. */
    public enum Kind {
        ROL("rol"), FUNCTIE("functie"), PAGINA("pagina"), PRAKTIJKVOORBEELD("praktijkvoorbeeld");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static List<String> codes() {
            return Arrays.stream(values()).map(Kind::code).toList();
        }
    }

    /**
     * What was written: the file, the line where the new part starts (1 for a new file), and
     * what to tell the user: that, and the next step.
     */
    public record Written(Path file, int line, Msg done, Msg next) {
    }

    private static final String ROLES = ContentFile.ROLLEN.fileName();

    /**
     * Adds a {@code kind} ({@code rol}, {@code functie}, {@code pagina} or
     * {@code praktijkvoorbeeld}) named {@code id} to the handbook in {@code dir}.
     *
     * @param role for a function description: the role it fills in; null for the role with the
     *     same id
     * @throws UserError when the kind, the id, the folder or the role does not do, or the id exists
     */
    public static Written add(String kind, String id, Path dir, String role) throws IOException {
        return add(kind, id, dir, role, false);
    }

    /** With {@code everything}, every key is written switched on, as a user who uncomments all gets it (for tests). */
    static Written add(String kind, String id, Path dir, String role, boolean everything) throws IOException {
        Kind k = kind(kind);
        if (!Key.Format.isId(id)) {
            String better = idFrom(id);
            throw new UserError(Msg.of("cli.new.id", id),
                    Msg.of("cli.new.id.tip", Key.Format.isId(better) ? Msg.of("hint.didYouMean", better) : Msg.of("hint.none")));
        }
        handbookFolder(dir, k, id);
        Handbook h = Bind.handbook(Layers.handbook(dir)).handbook();
        Examples ex = new Examples(h, Build.today(), everything);
        String shown = display(dir);
        return switch (k) {
            case ROL -> addRole(dir, id, h, ex, shown);
            case FUNCTIE -> addFunction(dir, id, h, ex, role, shown);
            case PAGINA, PRAKTIJKVOORBEELD -> addPage(dir, id, h, ex, k, shown);
        };
    }

    private static Kind kind(String typed) {
        for (Kind k : Kind.values()) if (k.code.equals(typed)) return k;
        throw new UserError(Msg.of("cli.new.kind", typed), Msg.of("cli.new.kind.tip", kindHint(typed), Kind.codes()));
    }

    /**
     * A plural ("rollen", "pagina's", "praktijkvoorbeelden") begins with the kind it means but is
     * too far from it to pass for a typo; no kind begins another, so the match is unambiguous.
     */
    private static Msg kindHint(String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        for (String code : Kind.codes()) if (t.startsWith(code)) return Msg.of("hint.didYouMean", code);
        return Suggest.hint(typed, Kind.codes());
    }

    /** "Zorgcoördinator" → "zorgcoordinator": what the user most likely meant as an id. */
    static String idFrom(String typed) {
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** {@code dir} must be one handbook: in a folder of handbooks, which one is the user's to say. */
    private static void handbookFolder(Path dir, Kind k, String id) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserError(Msg.of("cli.new.noFolder", display(dir)), Msg.of("cli.new.whichHandbook.tip", k.code, id, "content/de-kiem"));
        }
        if (Load.isHandbook(dir)) return;
        List<Path> inside = Build.find(dir);
        if (inside.isEmpty()) {
            throw new UserError(Msg.of("cli.new.noHandbook", display(dir)), Msg.of("cli.new.whichHandbook.tip", k.code, id, "content/de-kiem"));
        }
        List<String> names = inside.stream().map(p -> p.getFileName().toString()).toList();
        throw new UserError(Msg.of("cli.new.severalHandbooks", display(dir), names),
                Msg.of("cli.new.whichHandbook.tip", k.code, id, display(inside.get(0))));
    }

    // ---- rol ----------------------------------------------------------------------------------

    private static Written addRole(Path dir, String id, Handbook h, Examples ex, String shown) throws IOException {
        Optional<Role> existing = h.role(id);
        if (existing.isPresent()) {
            throw new UserError(Msg.of("cli.new.roleExists", id, existing.get().source().position()), Msg.of("cli.new.roleExists.tip"));
        }
        ex.role(id);
        Path file = dir.resolve(ROLES);
        ScaffoldText text = new ScaffoldText(ex.values, ex.everything);
        if (!Files.exists(file)) {
            List<String> lines = new ArrayList<>(text.header("kop.rollen", id, schema(dir, "rollen", 0)));
            int first = lines.size() + 1;
            lines.addAll(text.record(RolesFile.class, 0));
            create(file, String.join("\n", lines) + "\n");
            return new Written(file, first, Msg.of("cli.new.done.rol", id, display(file), first), Msg.of("cli.new.next.rol", shown));
        }
        byte[] bytes = Files.readAllBytes(file);
        String old;
        try {
            old = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw cannotAppend(file, "cli.new.cannotAppend.syntax", shown);
        }
        Insertion at = insertion(old, file, id, shown);
        String nl = old.contains("\r\n") ? "\r\n" : "\n";
        List<String> block = new ArrayList<>();
        if (at.withKey) block.add("rollen:");
        block.addAll(text.comment(text.get("kop.rol", id), at.dashIndent));
        block.addAll(text.item(Role.class, at.dashIndent));
        String before = old.substring(0, at.offset);
        // A blank line sets the new role apart, as in the example handbooks.
        String head = (before.isEmpty() || before.endsWith("\n") ? "" : nl) + (at.separate && !before.isEmpty() ? nl : "");
        String result = before + head + String.join(nl, block) + nl + old.substring(at.offset);
        verify(result, file, id, shown, at.count + 1);
        int startLine = (int) (before + head).chars().filter(c -> c == '\n').count() + 1 + (at.withKey ? 1 : 0);
        replace(file, result);
        return new Written(file, startLine, Msg.of("cli.new.done.rol", id, display(file), startLine), Msg.of("cli.new.next.rol", shown));
    }

    /**
     * Where a new role goes in the text of rollen.yaml: after the last line of the last role
     * (so comments and keys after the list stay after it), under an empty {@code rollen:}, or at
     * the end with a new {@code rollen:}.
     */
    private record Insertion(int offset, int dashIndent, boolean withKey, boolean separate, int count) {
    }

    private static Insertion insertion(String text, Path file, String id, String shown) {
        Optional<Node> root = parse(text, file, shown);
        String[] lines = text.split("\n", -1);
        if (root.isEmpty()) return new Insertion(text.length(), 2, true, true, 0);
        if (!(root.get() instanceof MappingNode m)) throw cannotAppend(file, "cli.new.cannotAppend.shape", shown);
        NodeTuple roles = m.getValue().stream().filter(t -> "rollen".equals(scalar(t.getKeyNode()))).findFirst().orElse(null);
        if (roles == null) return new Insertion(text.length(), 2, true, true, 0);
        Node value = roles.getValueNode();
        if (value instanceof ScalarNode s && s.getValue().isEmpty() && s.getTag().getValue().endsWith(":null")) {
            int keyLine = roles.getKeyNode().getStartMark().orElseThrow().getLine();
            return new Insertion(offsetAfter(lines, keyLine), 2, false, false, 0);
        }
        if (!(value instanceof SequenceNode seq) || seq.getFlowStyle() == FlowStyle.FLOW || seq.getValue().isEmpty()) {
            throw cannotAppend(file, "cli.new.cannotAppend.shape", shown);
        }
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode im) {
                for (NodeTuple t : im.getValue()) {
                    if ("id".equals(scalar(t.getKeyNode())) && id.equals(scalar(t.getValueNode()))) {
                        int line = t.getValueNode().getStartMark().orElseThrow().getLine() + 1;
                        throw new UserError(Msg.of("cli.new.roleExists", id, display(file) + ":" + line), Msg.of("cli.new.roleExists.tip"));
                    }
                }
            }
        }
        int last = lastLine(seq.getValue().get(seq.getValue().size() - 1));
        while (last > 0 && lines[last].isBlank()) last--;
        int dash = seq.getStartMark().orElseThrow().getColumn();
        return new Insertion(offsetAfter(lines, last), dash, false, true, seq.getValue().size());
    }

    /** The 0-based line on which a node's last text ends; empty values do not count. */
    private static int lastLine(Node n) {
        if (n instanceof ScalarNode s) {
            if (s.getValue().isEmpty() && s.getTag().getValue().endsWith(":null")) return -1;
            var end = s.getEndMark().orElseThrow();
            // A block text ends after its line break, at the start of a later line.
            return end.getColumn() == 0 ? end.getLine() - 1 : end.getLine();
        }
        if (n instanceof MappingNode m && m.getFlowStyle() == FlowStyle.FLOW
                || n instanceof SequenceNode q && q.getFlowStyle() == FlowStyle.FLOW) {
            return n.getEndMark().orElseThrow().getLine();
        }
        int last = n.getStartMark().orElseThrow().getLine();
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) last = Math.max(last, Math.max(lastLine(t.getKeyNode()), lastLine(t.getValueNode())));
        } else if (n instanceof SequenceNode q) {
            for (Node i : q.getValue()) last = Math.max(last, lastLine(i));
        }
        return last;
    }

    private static int offsetAfter(String[] lines, int line) {
        int offset = 0;
        for (int i = 0; i <= line && i < lines.length; i++) offset += lines[i].length() + (i < lines.length - 1 ? 1 : 0);
        return offset;
    }

    /** The result must read back with one role more, the new one among them; else nothing is written. */
    private static void verify(String text, Path file, String id, String shown, int count) {
        Optional<Node> root = parse(text, file, shown);
        if (root.isPresent() && root.get() instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if ("rollen".equals(scalar(t.getKeyNode())) && t.getValueNode() instanceof SequenceNode seq
                        && seq.getValue().size() == count && seq.getValue().get(count - 1) instanceof MappingNode item
                        && item.getValue().stream().anyMatch(x -> "id".equals(scalar(x.getKeyNode())) && id.equals(scalar(x.getValueNode())))) {
                    return;
                }
            }
        }
        throw cannotAppend(file, "cli.new.cannotAppend.shape", shown);
    }

    private static Optional<Node> parse(String text, Path file, String shown) {
        try {
            return new Compose(LoadSettings.builder().setLabel(file.toString()).build())
                    .composeString(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (YamlEngineException e) {
            throw cannotAppend(file, "cli.new.cannotAppend.syntax", shown);
        }
    }

    private static UserError cannotAppend(Path file, String reason, String shown) {
        return new UserError(Msg.of("cli.new.cannotAppend", display(file), Msg.of(reason)), Msg.of("cli.new.cannotAppend.tip", shown));
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    // ---- functie ------------------------------------------------------------------------------

    private static Written addFunction(Path dir, String id, Handbook h, Examples ex, String role, String shown)
            throws IOException {
        Path file = dir.resolve(ContentFile.FUNCTIES.fileName()).resolve(id + ".yaml");
        if (Files.exists(file)) throw exists(file, file);
        for (FunctionDescription f : h.functions()) {
            if (id.equals(f.id())) throw exists(file, f.source().position().file());
        }
        List<String> known = h.roles().stream().map(Role::id).filter(Objects::nonNull).sorted().toList();
        Msg knownMsg = known.isEmpty() ? Msg.of("roles.none") : Msg.of("roles.known", known);
        Role filled;
        if (role != null) {
            filled = h.role(role).orElseThrow(() -> new UserError(Msg.of("cli.new.unknownRole", role),
                    Msg.of("cli.new.unknownRole.tip", Suggest.hint(role, known), knownMsg, role, shown)));
        } else {
            filled = h.role(id).orElseThrow(() -> new UserError(Msg.of("cli.new.noRole", id),
                    Msg.of("cli.new.noRole.tip", id, shown, likelyRole(id, known), knownMsg)));
        }
        ex.function(id, filled);
        ScaffoldText text = new ScaffoldText(ex.values, ex.everything);
        List<String> lines = new ArrayList<>(text.header("kop.functie", id, schema(dir, "functie", 1)));
        lines.addAll(text.record(FunctionDescription.class, 0));
        Files.createDirectories(file.getParent());
        create(file, String.join("\n", lines) + "\n");
        return new Written(file, 1, Msg.of("cli.new.done.functie", id, display(file)), Msg.of("cli.new.next.functie", shown));
    }

    /** For the example in a tip: a role whose id looks like the function's, else a counsellor's. */
    private static String likelyRole(String id, List<String> known) {
        return Suggest.closest(id, known)
                .or(() -> known.stream().filter(r -> r.contains("begeleid")).findFirst())
                .orElse(known.isEmpty() ? "leerlingenbegeleider" : known.get(0));
    }

    // ---- pagina, praktijkvoorbeeld ------------------------------------------------------------

    private static Written addPage(Path dir, String id, Handbook h, Examples ex, Kind k, String shown)
            throws IOException {
        ContentFile part = k == Kind.PAGINA ? ContentFile.PAGINAS : ContentFile.PRAKTIJKVOORBEELDEN;
        Path file = dir.resolve(part.fileName()).resolve(id + ".md");
        if (Files.exists(file)) throw exists(file, file);
        for (Page p : k == Kind.PAGINA ? h.pages() : h.practiceExamples()) {
            if (id.equals(p.id())) throw exists(file, p.source().position().file());
        }
        ex.page(id, k);
        ScaffoldText text = new ScaffoldText(ex.values, ex.everything);
        List<String> lines = new ArrayList<>();
        lines.add("---");
        lines.addAll(text.header("kop." + k.code, id, null));
        lines.addAll(text.record(Page.class, 0));
        lines.add("---");
        String body = ScaffoldText.resource("nieuw-" + k.code + ".md");
        Files.createDirectories(file.getParent());
        create(file, String.join("\n", lines) + "\n" + body);
        return new Written(file, 1, Msg.of("cli.new.done." + k.code, id, display(file)), Msg.of("cli.new.next." + k.code, shown));
    }

    /** An id that is taken: by {@code found}, the file itself or one a template gives. */
    private static UserError exists(Path target, Path found) {
        return new UserError(found.equals(target) ? Msg.of("cli.new.fileExists", display(target))
                : Msg.of("cli.new.fileInTemplate", display(target), display(found)), Msg.of("cli.new.fileExists.tip"));
    }

    // ---- writing ------------------------------------------------------------------------------

    /**
     * The editor hint, for a file {@code depth} folders below the handbook {@code dir}: to the
     * schemas {@code init} put inside the handbook, else to those beside it (the example
     * handbooks); none when neither is there.
     */
    private static String schema(Path dir, String name, int depth) {
        String file = name + ".schema.json";
        String up = "../".repeat(depth);
        if (Files.isRegularFile(dir.resolve(Init.SCHEMAS).resolve(file))) {
            return "# yaml-language-server: $schema=" + up + Init.SCHEMAS + "/" + file;
        }
        Path schemas = dir.toAbsolutePath().normalize().getParent();
        if (schemas == null || !Files.isRegularFile(schemas.resolve("schema").resolve(file))) return null;
        return "# yaml-language-server: $schema=" + up + "../schema/" + file;
    }

    private static void create(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Replaces a file at once: an interrupted write leaves the old file, never half a new one.
     * The temporary file starts with a dot, so the loader would skip it if it stayed behind.
     */
    private static void replace(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".nieuw");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                // A temporary file is private to its owner; the file it replaces keeps its own rights.
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: nothing to carry over
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    /**
     * The example values, by {@code Record.key}, taken from the handbook where it has them: real
     * role ids, so that a reference that is switched on points at a role that exists, the
     * school's mail domain, the handbook's school year.
     */
    static final class Examples {
        final Map<String, Object> values = new HashMap<>();
        final boolean everything;
        private final Handbook h;
        private final String exampleRole;

        Examples(Handbook h, LocalDate today, boolean everything) {
            this.h = h;
            this.everything = everything;
            this.exampleRole = evaluator(null).orElse(h.roles().isEmpty() || h.roles().get(0).id() == null
                    ? "directeur" : h.roles().get(0).id());
            values.put("RoleRef", exampleRole);
            // A school without campuses gets no campus keys: there is nothing they could name.
            List<String> campuses = h.school() == null ? List.of() : h.school().campusIds();
            if (!campuses.isEmpty()) values.put("CampusRef", campuses.get(0));
            values.put("LocalDate", today.toString());
            values.put("Review.laatst", today.toString());
            values.put("Review.volgende", today.plusYears(2).toString());
            values.put("FunctionDescription.datum", today.toString());
            String year = h.metadata() != null && h.metadata().schoolYear() != null ? h.metadata().schoolYear()
                    : today.getMonthValue() >= 9 ? today.getYear() + "-" + (today.getYear() + 1)
                    : (today.getYear() - 1) + "-" + today.getYear();
            values.put("YearlyAgreement.schooljaar", year);
            values.put("Page.rollen", List.of(exampleRole));
        }

        void role(String id) {
            values.put("Role.id", id);
            values.put("Role.naam", title(id));
            values.put("Role.soort", "intern");
            Set<String> taken = h.roles().stream().flatMap(r -> r.tasks().stream()).map(Task::id).collect(Collectors.toSet());
            String task = id + "-signaleren";
            for (int n = 2; taken.contains(task); n++) task = id + "-signaleren-" + n;
            values.put("Task.id", task);
            String mail = h.school() != null && h.school().email() != null && h.school().email().contains("@")
                    ? h.school().email().substring(h.school().email().indexOf('@') + 1) : "onzeschool.be";
            values.put("Contact.email", id + "@" + mail);
        }

        void function(String id, Role filled) {
            values.put("FunctionDescription.titel", filled.name() != null ? filled.name() : title(id));
            values.put("FunctionDescription.rol", filled.id());
            values.put("FunctionDescription.eerste_evaluator", evaluator(filled.id()).orElse(null));
            List<String> partners = List.of("clb", "klassenleraar", "directeur").stream()
                    .filter(r -> !r.equals(filled.id()) && h.role(r).isPresent()).limit(2).toList();
            values.put("FunctionDescription.partners", partners.isEmpty() ? List.of(exampleRole) : partners);
        }

        void page(String id, Kind k) {
            values.put("Page.titel", title(id));
            if (k == Kind.PRAKTIJKVOORBEELD) values.put("Page.sectie", "Praktijkvoorbeelden");
        }

        /**
         * Who evaluates a function first: the director, else someone of the management, else
         * another role of the school; never the function's own role.
         */
        private Optional<String> evaluator(String own) {
            List<String> ids = h.roles().stream().filter(r -> r.id() != null && !r.id().equals(own)).map(Role::id).toList();
            if (ids.contains("directeur")) return Optional.of("directeur");
            return ids.stream().filter(i -> i.contains("direct")).findFirst()
                    .or(() -> h.roles().stream().filter(r -> r.id() != null && !r.id().equals(own)
                            && r.kind() == RoleKind.INTERN).map(Role::id).findFirst());
        }

        /** "eerste-graad" → "Eerste graad". */
        static String title(String id) {
            String words = id.replace('-', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
