package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

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
     * The composer and the merge and bind steps recurse once per level, so 10,000 nested
     * {@code [} overflow the stack. A handbook needs fewer than ten levels; a hundred leaves
     * room and is counted on the event stream as the composer reads it (see {@link Guarded}).
     */
    static final int MAX_DEPTH = 100;

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
            Guarded events = new Guarded(new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> root = new Composer(settings, events).getSingleNode();
            // Only an alias can make a node contain itself; most files have none.
            Optional<Node> loop = events.aliases ? root.flatMap(Yaml::insideItself) : Optional.empty();
            if (loop.isPresent()) {
                Position at = loop.get().getStartMark().map(m -> position(file, m)).orElse(new Position(file, 1, 1));
                out.add(Diagnostic.error(Problem.YAML_SYNTAX, at, Msg.of("yaml.recursive"), Msg.of("yaml.recursive.what")));
                return null;
            }
            return root;
        } catch (TooDeep e) {
            Position at = e.at.map(m -> position(file, m)).orElse(new Position(file, 1, 1));
            out.add(Diagnostic.error(Problem.YAML_SYNTAX, at, Msg.of("yaml.depth"), Msg.of("yaml.depth.what", MAX_DEPTH)));
            return null;
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().or(e::getContextMark).map(m -> position(file, m))
                    .orElse(new Position(file, 1, 1));
            String cause = cause(e.getProblem());
            out.add(Diagnostic.error(Problem.YAML_SYNTAX, at, Msg.of("yaml." + cause),
                    Msg.of("yaml." + cause + ".what", e.getProblem())));
            return null;
        } catch (YamlEngineException e) {
            String cause = cause(e.getMessage());
            out.add(Diagnostic.error(Problem.YAML_SYNTAX, new Position(file, 1, 1), Msg.of("yaml." + cause),
                    Msg.of("yaml." + cause + ".what", e.getMessage())));
            return null;
        }
    }

    /**
     * The parser's events as the composer reads them, counted on the way: the composer recurses
     * once per level, so the count stops it at {@link #MAX_DEPTH} before the stack runs out, in
     * the same single pass over the text.
     */
    private static final class Guarded implements Parser {
        private final Parser parser;
        private int depth;
        boolean aliases;

        Guarded(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event e = parser.next();
            switch (e.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) throw new TooDeep(e.getStartMark());
                }
                case SequenceEnd, MappingEnd -> depth--;
                case Alias -> aliases = true;
                default -> {
                }
            }
            return e;
        }
    }

    /** Thrown by {@link Guarded} at the first level too deep. */
    private static final class TooDeep extends RuntimeException {
        private final transient Optional<Mark> at;

        TooDeep(Optional<Mark> at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /**
     * A node that contains itself, if any ({@code a: &x [*x]}): YAML allows it, but every later
     * stage would walk it forever. An explicit stack, so that deep nesting cannot overflow ours.
     */
    static Optional<Node> insideItself(Node root) {
        Set<Node> onPath = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, children(root).iterator()});
        onPath.add(root);
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            @SuppressWarnings("unchecked")
            Iterator<Node> next = (Iterator<Node>) top[1];
            if (!next.hasNext()) {
                stack.pop();
                onPath.remove((Node) top[0]);
                done.add((Node) top[0]);
                continue;
            }
            Node child = next.next();
            if (onPath.contains(child)) return Optional.of(child);
            if (done.contains(child)) continue;
            onPath.add(child);
            stack.push(new Object[] {child, children(child).iterator()});
        }
        return Optional.empty();
    }

    private static List<Node> children(Node n) {
        if (n instanceof SequenceNode s) return s.getValue();
        if (n instanceof MappingNode m) {
            List<Node> out = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                out.add(t.getKeyNode());
                out.add(t.getValueNode());
            }
            return out;
        }
        return List.of();
    }

    /**
     * Where a node stands. A node merged in from a template layer remembers its own file in its
     * mark's name (the parser's label), so errors point into the template, not the school.
     */
    static Position position(Path file, Mark mark) {
        String name = mark.getName();
        Path where = name == null || name.isEmpty() ? file : Path.of(name);
        return new Position(where, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /**
     * The usual causes, named so that the message and tip can be given in the author's language;
     * only an unrecognised cause shows the parser's own (English) text.
     */
    private static String cause(String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("(TAB)") || p.contains("\t")) return "tab";
        if (p.contains("mapping values are not allowed")) return "colon";
        if (p.contains("could not find expected ':'")) return "missingColon";
        if (p.contains("found undefined alias")) return "alias";
        if (p.contains("found duplicate anchor") || p.contains("anchor")) return "alias";
        if (p.contains("expected <block end>") || p.contains("did not find expected")) return "indent";
        if (p.contains("found unexpected end of stream") || p.contains("unclosed")
                || p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) return "quote";
        if (p.contains("Number of aliases")) return "aliasBomb";
        if (p.contains("expected a single document")) return "documents";
        return "other";
    }
}
