package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.PathWords;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Renamed;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Metadata;
import be.leerlingenbegeleiding.handbook.model.ValuePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Stage 2, merge: a handbook that names a template ({@code sjabloon:} in handboek.yaml) is
 * laid over it, and that template over its own, before anything is bound. The rules, each with
 * a test in {@code LayersTest}:
 * <ol>
 *   <li>files: a YAML file present in both layers is merged; a Markdown page is replaced whole;
 *       a file in one layer only is taken as it is;</li>
 *   <li>mappings merge key by key; the school's keys come after the template's;</li>
 *   <li>lists whose items all have an {@code id} merge by id: same id merges, a new id is added
 *       at the end, the template's order is kept;</li>
 *   <li>other lists and single values are replaced by the school's;</li>
 *   <li>{@code !verwijderd} removes what the template has: as a value it removes the key, as an
 *       item of an id list ({@code - !verwijderd rol-id}) it removes that item;</li>
 *   <li>{@code !vast} in a template locks a value: a school that writes a different value gets
 *       an error naming the line that locks it;</li>
 *   <li>{@code !invullen} in a template marks a placeholder the school must replace: a school
 *       handbook that inherits it unchanged gets an error;</li>
 *   <li>{@code {{school}}}, {@code {{cel}}} and {@code {{clb}}} in text become the school's name,
 *       the name of its guidance team and of its CLB, after merging; {@code {{de cel}}} (also
 *       {@code {{De cel}}}, {@code {{deze cel}}}, {@code {{de school}}}, {@code {{het clb}}})
 *       the name after the article its {@code lidwoord} gives (the cel "de" by default, the
 *       school and the CLB none), and an article written before a name that is not that one
 *       is a warning (see {@link Articles});</li>
 *   <li>in {@code cel.yaml}, a value the template leaves open ({@code !invullen}) at the top
 *       for all cels (members, rhythm) is not asked when every cel under {@code cellen} writes
 *       its own: nothing would inherit it;</li>
 *   <li>any item of a list of mappings may carry an {@code id}, also where the model has none:
 *       then it only names the item for merging (the binder drops it);</li>
 *   <li>a school's list that names at least one id (or removes one) merges by id with a
 *       template's list whose items all have ids; its items without id are new, at the end. A
 *       school's list without any id still replaces the template's (rule 4), see
 *       {@link Lists#mergesById};</li>
 *   <li>{@code !aanvullen} on a school's list keeps the template's items, in order and untouched,
 *       and adds the school's after them; an item with the id (or, in a list of texts, the
 *       words) of a template item merges with it, {@code - !verwijderd x} removes the item with
 *       id or text x; {@code !aanvullen} on anything but a list is an error (HB074). See
 *       {@link Lists};</li>
 *   <li>a Markdown page whose front matter says {@code samenvoegen: per_sectie} changes the
 *       template's page of its name section by section instead of replacing it: a section with
 *       the id of a template section replaces it, one whose body is {@code !verwijderd} removes
 *       it, another is added at the end; its text before the first heading replaces the
 *       template's, its front matter merges by rule 2 (see {@link PageSections}).</li>
 * </ol>
 */
public final class Layers {
    static final String REMOVED = "!verwijderd";
    static final String LOCKED = "!vast";
    static final String OPEN = "!invullen";
    static final String APPEND = Lists.APPEND;
    private static final ScalarResolver RESOLVER = new JsonScalarResolver();

    private Layers() {
    }

    /** The handbook in {@code folder}, merged over its templates; diagnostics of every layer. */
    public static Load.Loaded handbook(Path folder) {
        return handbook(folder, Artifacts.local());
    }

    /** {@link #handbook(Path)}, with templates named by coordinates taken from {@code artifacts}. */
    public static Load.Loaded handbook(Path folder, Artifacts artifacts) {
        return merge(Load.handbook(folder), artifacts);
    }

    /**
     * Stage 2, merge: a loaded handbook ({@code own}, stage 1) laid over the templates it builds
     * on, each loaded in turn, with the names between {@code {{ }}} filled in.
     */
    public static Load.Loaded merge(Load.Loaded own, Artifacts artifacts) {
        List<Diagnostic> out = new ArrayList<>();
        LockedSources.check(own, out);
        boolean inherits = template(own, artifacts).isPresent();
        Load.Loaded chained = chain(own, new LinkedHashSet<>(), out, artifacts);
        Load.Loaded merged = finish(chained, inherits, out);
        return stopped(chained, out).map(d -> new Load.Loaded(merged.folder(), merged.documents(), d, merged.layers(), merged.removed()))
                .orElse(merged);
    }

    /**
     * When a template cannot be used, the one error that says so, with what the files
     * themselves got wrong (a syntax error stays one); not what the merge found, nor a file that
     * is missing: all the template would have given counts as missing then. The same when a
     * handboek.yaml does not parse: which template it names is unknown.
     */
    private static Optional<List<Diagnostic>> stopped(Load.Loaded chained, List<Diagnostic> out) {
        List<Diagnostic> refused = out.stream().filter(d -> d.problem() == Problem.TEMPLATE_NOT_FOUND
                || d.problem() == Problem.TEMPLATE_CYCLE || d.problem() == Problem.TEMPLATE_ARCHIVE).toList();
        if (refused.isEmpty() && chained.readable(ContentFile.HANDBOEK)) return Optional.empty();
        List<Diagnostic> kept = new ArrayList<>(chained.diagnostics().stream()
                .filter(d -> d.problem() != Problem.MISSING_FILE).toList());
        kept.addAll(refused);
        return Optional.of(kept);
    }

    /**
     * The handbook merged over its templates with the markers still on: for {@code init}, which
     * must see what a template leaves open. Problems are ignored here; {@code check} reports them.
     */
    public static Load.Loaded raw(Path folder) {
        return chain(Load.handbook(folder), new LinkedHashSet<>(), new ArrayList<>(), Artifacts.local());
    }

    /** Whether a node is, or holds, a part the school must fill in. */
    public static boolean holdsOpenPart(Node n) {
        return nodes(n).stream().anyMatch(x -> has(x, OPEN));
    }

    /** What a handbook's {@code sjabloon:} says, as written, if it has one. */
    public static Optional<String> reference(Path folder) {
        return template(Load.handbook(folder), Artifacts.local()).map(Reference::written);
    }

    /** Where a handbook's {@code sjabloon:} value is written, if it has one: for messages about it. */
    public static Optional<Position> referenceAt(Path folder) {
        return template(Load.handbook(folder), Artifacts.local()).map(Reference::at);
    }

    /** The folder of the template a handbook builds on (unpacked, for coordinates), if any. */
    public static Optional<Path> templateFolder(Path folder) {
        return template(Load.handbook(folder), Artifacts.local()).map(Reference::folder);
    }

    /** Whether a node holds anything locked or to be filled in: a part a school must act on. */
    public static boolean holdsMandatory(Node n) {
        return holdsOpenPart(n) || !locks(n).isEmpty();
    }

    /** Whether a node itself is a part the school must fill in. */
    public static boolean isOpenPart(Node n) {
        return has(n, OPEN);
    }

    /** A template reference: the folder it names and where it is written. */
    private record Reference(Path folder, Position at, String written, Diagnostic refused) {
    }

    private static Load.Loaded chain(Load.Loaded own, Set<Path> seen, List<Diagnostic> out, Artifacts artifacts) {
        Optional<Reference> ref = template(own, artifacts);
        seen.add(real(own.folder()));
        if (ref.isEmpty()) return own;
        Reference r = ref.get();
        if (r.refused() != null) {
            out.add(r.refused());
            return own;
        }
        if (seen.contains(real(r.folder()))) {
            out.add(Diagnostic.error(Problem.TEMPLATE_CYCLE, r.at(), r.written()));
            return own;
        }
        if (!Load.isHandbook(r.folder())) {
            out.add(Diagnostic.error(Problem.TEMPLATE_NOT_FOUND, r.at(), r.written()));
            return own;
        }
        Load.Loaded parent = chain(Load.handbook(r.folder()), seen, out, artifacts);
        return merge(parent, own, out);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The {@code sjabloon:} of a handbook, resolved against its folder. */
    private static Optional<Reference> template(Load.Loaded loaded, Artifacts artifacts) {
        for (Load.Document d : loaded.documents()) {
            if (d.part() != ContentFile.HANDBOEK || !(d.node() instanceof MappingNode m)) continue;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("sjabloon")
                        && t.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                    Position at = v.getStartMark().map(mk -> Yaml.position(d.file(), mk)).orElse(Position.ofFile(d.file()));
                    Path folder = loaded.folder().resolve(v.getValue()).normalize();
                    Diagnostic refused = null;
                    if (!Files.isDirectory(folder) && Artifacts.isCoordinates(v.getValue())) {
                        // groupId:artifactId:version, from the local Maven repository; when it is
                        // not there, the folder below does not exist either and HB026 says so.
                        try {
                            folder = artifacts.unpacked(v.getValue()).orElse(folder);
                        } catch (Artifacts.Refused e) {
                            refused = Diagnostic.error(Problem.TEMPLATE_ARCHIVE, at, e.archive, e.reason);
                        }
                    }
                    return Optional.of(new Reference(folder, at, v.getValue(), refused));
                }
            }
        }
        return Optional.empty();
    }

    /** Rule 1: file by file. The result lives in the school's folder. */
    static Load.Loaded merge(Load.Loaded parent, Load.Loaded child, List<Diagnostic> out) {
        Map<String, Load.Document> byName = new LinkedHashMap<>();
        Map<String, String> renamed = RenamedRoles.of(parent);
        for (Load.Document d : parent.documents()) {
            if (d.part() == ContentFile.HANDBOEK && d.node() instanceof MappingNode m) ownKeysOnly(m);
            byName.put(key(parent.folder(), d), d);
        }
        for (Load.Document d : child.documents()) {
            String k = key(child.folder(), d);
            Load.Document p = byName.get(k);
            if (d.node() != null && has(d.node(), REMOVED)) {
                // A whole inherited file taken away: "!verwijderd" as the file's only content.
                if (p != null && removable(d.node(), k, p.node() == null ? d.node() : p.node(), byName.keySet(), out)) {
                    byName.remove(k);
                } else if (p == null) {
                    removable(d.node(), k, null, byName.keySet(), out);
                }
            } else if (p == null && PageSections.asked(d)) {
                byName.put(k, PageSections.unmatched(d, k, byName.keySet(), out));
            } else if (p != null && p.body() != null && PageSections.asked(d)) {
                byName.put(k, PageSections.merge(p, d, (a, b) -> node(a, b, out, renamed), out));
            } else if (p == null || d.body() != null || p.node() == null || d.node() == null) {
                byName.put(k, d);
            } else {
                Node merged = node(p.node(), d.node(), out, renamed);
                byName.put(k, new Load.Document(d.part(), d.file(), merged, d.body(), d.bodyLine()));
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>(parent.diagnostics());
        // A file the school does not have is no problem when the template has it.
        for (Diagnostic d : child.diagnostics()) {
            boolean inherited = d.problem() == Problem.MISSING_FILE
                    && byName.containsKey(child.folder().relativize(d.position().file()).toString().replace('\\', '/'));
            if (!inherited) diagnostics.add(d);
        }
        List<Path> layers = new ArrayList<>(child.layers());
        layers.addAll(parent.layers());
        List<Removed> removed = new ArrayList<>(child.removed());
        removed.addAll(Removed.between(parent, child));
        removed.addAll(parent.removed());
        return new Load.Loaded(child.folder(), new ArrayList<>(byName.values()), diagnostics, layers, removed);
    }

    /** Keys of {@code handboek.yaml} that describe the handbook itself and are never inherited. */
    private static final Set<String> OWN_KEYS = Set.of("publicatie_url", "soort", "vorige_uitgave");

    /**
     * Where a site is published, and whether it is a template, belong to the handbook itself: a
     * school on a template that names its own address would otherwise send search engines to the
     * template's site, and a school would be built as a template preview. The template's previous
     * edition is not the school's.
     */
    private static void ownKeysOnly(MappingNode m) {
        m.setValue(new ArrayList<>(m.getValue().stream()
                .filter(t -> !(t.getKeyNode() instanceof ScalarNode k && OWN_KEYS.contains(k.getValue()))).toList()));
    }

    private static String key(Path folder, Load.Document d) {
        return folder.relativize(d.file()).toString().replace('\\', '/');
    }

    /** Rules 2–6 for one node of the template ({@code p}) and the school ({@code c}). */
    private static Node node(Node p, Node c, List<Diagnostic> out, Map<String, String> renamed) {
        if (has(p, LOCKED)) {
            if (!same(p, c)) out.add(Diagnostic.error(Problem.LOCKED_CHANGED, start(c), where(p)));
            return p;
        }
        if (p instanceof MappingNode pm && c instanceof MappingNode cm && plain(c)) return mapping(pm, cm, out, renamed);
        if (p instanceof SequenceNode ps && c instanceof SequenceNode cs && Lists.appends(cs)) {
            return Lists.append(ps, cs, out, (a, b) -> node(a, b, out, renamed));
        }
        if (p instanceof SequenceNode ps && c instanceof SequenceNode cs && plain(cs) && Lists.mergesById(ps, cs)) {
            return idSequence(ps, cs, out, renamed);
        }
        if (p instanceof SequenceNode && c instanceof SequenceNode cs) c = Lists.withoutStrayRemovals(cs, out);
        // Replaced whole: every locked text of the template must still be there, word for word,
        // somewhere in what the school wrote instead (a list may be rewritten around it).
        List<Node> written = nodes(c);
        for (Node lock : locks(p)) {
            if (written.stream().noneMatch(x -> same(lock, x))) {
                out.add(Diagnostic.error(Problem.LOCKED_CHANGED, start(c), where(lock)));
            }
        }
        return c;
    }

    /** A node and everything inside it. */
    private static List<Node> nodes(Node n) {
        List<Node> all = new ArrayList<>();
        all.add(n);
        if (n instanceof MappingNode m) m.getValue().forEach(t -> all.addAll(nodes(t.getValueNode())));
        else if (n instanceof SequenceNode q) q.getValue().forEach(i -> all.addAll(nodes(i)));
        return all;
    }

    /** The locked nodes inside a template's value, at any depth. */
    private static List<Node> locks(Node n) {
        return nodes(n).stream().filter(x -> has(x, LOCKED)).toList();
    }

    /**
     * What {@code !verwijderd} may take away: not a lock, nor a part the school must fill in,
     * and only something the template has; a misspelt name must not pass in silence.
     */
    static boolean removable(Node marker, String name, Node inherited, Set<String> known, List<Diagnostic> out) {
        if (inherited == null) {
            out.add(Diagnostic.error(Problem.NOTHING_TO_REMOVE, start(marker), name,
                    be.leerlingenbegeleiding.handbook.diag.Suggest.hint(name, known)));
            return false;
        }
        List<Node> locked = locks(inherited);
        if (!locked.isEmpty()) {
            out.add(Diagnostic.error(Problem.LOCKED_CHANGED, start(marker), where(locked.get(0))));
            return false;
        }
        // Kept, so that it is reported as still to be filled in, at the placeholder.
        return !has(inherited, OPEN);
    }

    private static MappingNode mapping(MappingNode p, MappingNode c, List<Diagnostic> out, Map<String, String> renamed) {
        Map<String, NodeTuple> result = new LinkedHashMap<>();
        for (NodeTuple t : p.getValue()) result.put(keyOf(t), t);
        for (NodeTuple t : c.getValue()) {
            String k = keyOf(t);
            NodeTuple inherited = result.get(k);
            if (has(t.getValueNode(), REMOVED)) {
                if (removable(t.getValueNode(), k, inherited == null ? null : inherited.getValueNode(), result.keySet(), out)) {
                    result.remove(k);
                }
            } else if (inherited == null) {
                result.put(k, t);
            } else {
                result.put(k, new NodeTuple(t.getKeyNode(), node(inherited.getValueNode(), t.getValueNode(), out, renamed)));
            }
        }
        return new MappingNode(c.getTag(), true, new ArrayList<>(result.values()), c.getFlowStyle(), p.getStartMark(), c.getEndMark());
    }

    private static SequenceNode idSequence(SequenceNode p, SequenceNode c, List<Diagnostic> out, Map<String, String> renamed) {
        Map<String, Node> result = new LinkedHashMap<>();
        for (Node item : p.getValue()) result.put(idOf(item), item);
        int added = 0;
        for (Node item : c.getValue()) {
            String id = idOf(item);
            if (id == null) {
                // Rule 11: an item without id is new; its key cannot be an id (ids have no space).
                result.put("new " + added++, item);
                continue;
            }
            Node inherited = result.get(id);
            // An id the template renamed, in the list that has the new one: the school meant the
            // template's item. Added as its own item it would stand next to it as a second one.
            String now = inherited == null ? Metadata.renamed(renamed, id) : null;
            if (now != null && !result.containsKey(now)) now = null;
            if (has(item, REMOVED)) {
                if (now != null) out.add(Renamed.role(Problem.NOTHING_TO_REMOVE, start(item), id, now, id));
                else if (removable(item, id, inherited, result.keySet(), out)) result.remove(id);
            } else if (now != null) {
                out.add(Diagnostic.error(Problem.RENAMED_ID, idAt(item), id, now));
            } else {
                result.put(id, inherited == null ? item : node(inherited, item, out, renamed));
            }
        }
        return new SequenceNode(c.getTag(), true, new ArrayList<>(result.values()), c.getFlowStyle(), p.getStartMark(), c.getEndMark());
    }

    /** Where an item's id is written, for a message about the id itself. */
    private static Position idAt(Node item) {
        if (item instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) if ("id".equals(keyOf(t))) return start(t.getValueNode());
        }
        return start(item);
    }

    /** The id of a list item: its {@code id} key, or the id a removal names; null for none. */
    public static String idOf(Node item) {
        if (item instanceof ScalarNode s && has(s, REMOVED)) return s.getValue();
        if (item instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if ("id".equals(keyOf(t)) && t.getValueNode() instanceof ScalarNode v) return v.getValue();
            }
        }
        return null;
    }

    private static String keyOf(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
    }

    /**
     * After merging: open parts still from the template are errors (only in a handbook that
     * builds on a template; the template itself may hold them), variables are filled in, and
     * the markers are taken off so the binder sees ordinary values.
     */
    private static Load.Loaded finish(Load.Loaded merged, boolean inherits, List<Diagnostic> out) {
        Load.Loaded loaded = Limits.merged(merged, out);
        Variables vars = new Variables(variables(loaded), Variables.articles(loaded));
        List<Load.Document> docs = new ArrayList<>();
        for (Load.Document d : loaded.documents()) {
            // As the school would name it in its own folder, wherever the template keeps it.
            String file = (d.part().isFolder() ? d.part().fileName() + "/" : "") + d.file().getFileName();
            Node node = d.part() == ContentFile.CEL ? withoutUnusedDefaults(d.node()) : d.node();
            if (d.body() != null) node = PageSections.leftover(d, out);
            Node n = node == null ? null : clean(node, ValuePath.root(), file, inherits, vars, out);
            String body = d.body() == null ? null : PageSections.filled(d, (text, at) -> vars.fillPage(text, at, out),
                    (text, at) -> {
                        vars.articles(text, at, out);
                        return text;
                    });
            docs.add(new Load.Document(d.part(), d.file(), n, body, d.bodyLine(), d.origins()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        // What the merge says about a file that did not parse, or about the template's file of
        // that name, follows from the parse error: the school's version was never seen.
        diagnostics.addAll(loaded.withoutFollowUps(out));
        return new Load.Loaded(loaded.folder(), docs, diagnostics, loaded.layers(), loaded.removed());
    }

    /** Rule 9: the open defaults of cel.yaml that every cel of {@code cellen} replaces. */
    private static Node withoutUnusedDefaults(Node n) {
        if (!(n instanceof MappingNode m)) return n;
        SequenceNode cels = null;
        for (NodeTuple t : m.getValue()) if ("cellen".equals(keyOf(t)) && t.getValueNode() instanceof SequenceNode q) cels = q;
        if (cels == null || cels.getValue().isEmpty()) return n;
        List<NodeTuple> kept = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (has(t.getValueNode(), OPEN) && everyCelWrites(cels, keyOf(t))) continue;
            kept.add(t);
        }
        if (kept.size() == m.getValue().size()) return n;
        return new MappingNode(m.getTag(), true, kept, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
    }

    private static boolean everyCelWrites(SequenceNode cels, String key) {
        for (Node cel : cels.getValue()) {
            if (!(cel instanceof MappingNode c) || c.getValue().stream().noneMatch(t -> key.equals(keyOf(t)))) return false;
        }
        return true;
    }

    /** {@code path} names the place for the author: "ritme", "rollen[2].taken". */
    private static Node clean(Node n, ValuePath path, String file, boolean inherits, Variables vars,
            List<Diagnostic> out) {
        if (has(n, REMOVED)) {
            // Left after merging: there was no template, or nothing under this name in it.
            String at = path.forAuthor();
            Diagnostic d = Diagnostic.error(Problem.NOTHING_TO_REMOVE, start(n), at, Msg.of("hint.none"));
            if (PathWords.hasItem(at)) {
                d = new Diagnostic(d.severity(), d.code(), d.position(), Msg.of("HB031.pad.message", PathWords.of(at)),
                        d.tip(), PathWords.note(at));
            }
            out.add(d);
        }
        if (has(n, APPEND) && !(n instanceof SequenceNode)) {
            out.add(Diagnostic.error(Problem.APPEND_NOT_A_LIST, start(n), path.forAuthor(), file));
        }
        if (has(n, OPEN) && inherits) {
            String hint = n instanceof ScalarNode s ? firstLine(vars.fill(s.getValue(), start(s), false, new ArrayList<>())) : "";
            String at = path.forAuthor();
            Diagnostic d = Diagnostic.error(Problem.OPEN_PART, start(n), PathWords.of(at), file, hint.isEmpty() ? "" : " (" + hint + ")");
            out.add(new Diagnostic(d.severity(), d.code(), d.position(), d.message(), d.tip(), PathWords.note(at)));
        }
        if (n instanceof ScalarNode s) {
            boolean block = s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED;
            vars.articles(s, out);
            String value = vars.fill(s.getValue(), start(s), block, out);
            // A placeholder keeps its mark, so that binding does not judge its text as a value.
            Tag tag = plain(s) || has(s, OPEN) ? s.getTag() : RESOLVER.resolve(value, true);
            if (plain(s) && value.equals(s.getValue())) return s;
            return new ScalarNode(tag, true, value, plain(s) ? s.getScalarStyle() : ScalarStyle.PLAIN,
                    s.getStartMark(), s.getEndMark());
        }
        if (n instanceof MappingNode m) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                tuples.add(new NodeTuple(t.getKeyNode(), clean(t.getValueNode(), path.key(keyOf(t)), file, inherits, vars, out)));
            }
            return new MappingNode(plain(m) ? m.getTag() : Tag.MAP, true, tuples, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
        }
        if (n instanceof SequenceNode q) {
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < q.getValue().size(); i++) {
                items.add(clean(q.getValue().get(i), path.item(i), file, inherits, vars, out));
            }
            return new SequenceNode(plain(q) ? q.getTag() : Tag.SEQ, true, items, q.getFlowStyle(), q.getStartMark(), q.getEndMark());
        }
        return n;
    }

    /** The names text may use, from the merged handbook: unknown until the school gives them. */
    static Map<String, String> variables(Load.Loaded loaded) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (Load.Document d : loaded.documents()) {
            if (!(d.node() instanceof MappingNode m)) continue;
            String name = switch (d.part()) {
                case SCHOOL -> "school";
                case CEL -> "cel";
                case CLB -> "clb";
                default -> null;
            };
            String field = d.part() == ContentFile.CLB ? "clb" : "naam";
            if (name == null) continue;
            for (NodeTuple t : m.getValue()) {
                if (field.equals(keyOf(t)) && t.getValueNode() instanceof ScalarNode v && !has(v, OPEN)) {
                    vars.put(name, v.getValue());
                }
            }
        }
        return vars;
    }

    static boolean has(Node n, String marker) {
        return n != null && n.getTag().getValue().equals(marker);
    }

    private static boolean plain(Node n) {
        String t = n.getTag().getValue();
        return !t.equals(LOCKED) && !t.equals(OPEN) && !t.equals(REMOVED) && !t.equals(APPEND);
    }

    /** Two values are the same when they read the same, wherever they are written. */
    private static boolean same(Node a, Node b) {
        if (a instanceof ScalarNode x && b instanceof ScalarNode y) return words(x.getValue()).equals(words(y.getValue()));
        if (a instanceof SequenceNode x && b instanceof SequenceNode y) {
            if (x.getValue().size() != y.getValue().size()) return false;
            for (int i = 0; i < x.getValue().size(); i++) if (!same(x.getValue().get(i), y.getValue().get(i))) return false;
            return true;
        }
        if (a instanceof MappingNode x && b instanceof MappingNode y) {
            if (x.getValue().size() != y.getValue().size()) return false;
            for (int i = 0; i < x.getValue().size(); i++) {
                NodeTuple s = x.getValue().get(i);
                NodeTuple t = y.getValue().get(i);
                if (!keyOf(s).equals(keyOf(t)) || !same(s.getValueNode(), t.getValueNode())) return false;
            }
            return true;
        }
        return false;
    }

    /** Line breaks and spacing do not change a text: a copied lock may be wrapped differently. */
    static String words(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    static Position start(Node n) {
        return n.getStartMark().map(m -> Yaml.position(Path.of(m.getName()), m)).orElseThrow();
    }

    /** "sjabloon/visie.yaml:4:8", to name the line that locks a value. */
    private static Position where(Node n) {
        return start(n);
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "…" : line;
    }
}
