package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Rule 13 of {@link Layers}: a school's page with {@code samenvoegen: per_sectie} in its front
 * matter changes its template's page of the same name section by section instead of replacing
 * it. A section is a heading and all up to the next heading of the same or a higher level; it
 * is named by the id the site gives that heading (flexmark's, as the page is rendered), which a
 * reader sees after {@code #} in the address. The school's text before its first heading
 * replaces the template's; a section with a template id replaces that section (subsections
 * included), one whose body is only {@code !verwijderd} removes it, any other is added at the
 * end. The merged body remembers which file each of its lines comes from, so that a finding in
 * it points at the school's line or the template's.
 */
final class PageSections {
    /** The front matter key a school opts in with, and its one value. */
    static final String KEY = "samenvoegen";
    static final String BY_SECTION = "per_sectie";

    /** Only the block structure matters here; the tables extension keeps it the site's. */
    private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private PageSections() {
    }

    /** One line of a page and where it is written. */
    private record Line(String text, Position at) {
    }

    /**
     * A top-level heading of a body: its first line and last line (0-based; a Setext heading
     * has two), level, id and where its text starts on its line.
     */
    record Section(int line, int lastLine, int level, String id, int column) {
    }

    /** Whether a school's page asks to be merged section by section. */
    static boolean asked(Load.Document d) {
        return d.body() != null && value(d.node()) instanceof ScalarNode v && BY_SECTION.equals(v.getValue());
    }

    /**
     * The template's page {@code p} with the school's {@code d} laid over it; the front matter
     * merged by {@code frontMatter} (rule 2), without the opt-in key.
     */
    static Load.Document merge(Load.Document p, Load.Document d, BinaryOperator<Node> frontMatter, List<Diagnostic> out) {
        List<Line> template = lines(p);
        List<Section> templateSections = headings(p.body());
        Map<String, int[]> spans = new LinkedHashMap<>();
        for (int i = 0; i < templateSections.size(); i++) {
            spans.putIfAbsent(templateSections.get(i).id(), new int[] {templateSections.get(i).line(), end(templateSections, i, template.size())});
        }
        List<Line> school = lines(d);
        List<Section> schoolSections = headings(d.body());
        List<List<Line>> before = new ArrayList<>();
        for (int i = 0; i <= template.size(); i++) before.add(new ArrayList<>());
        boolean[] gone = new boolean[template.size()];
        List<Line> added = new ArrayList<>();

        int schoolFirst = schoolSections.isEmpty() ? school.size() : schoolSections.get(0).line();
        List<Line> intro = school.subList(0, schoolFirst);
        if (intro.stream().anyMatch(l -> !l.text().isBlank())) {
            int templateFirst = templateSections.isEmpty() ? template.size() : templateSections.get(0).line();
            replace(0, templateFirst, intro, gone, before);
        }
        for (int i = 0; i < schoolSections.size(); ) {
            Section s = schoolSections.get(i);
            int j = i + 1;
            while (j < schoolSections.size() && schoolSections.get(j).level() > s.level()) j++;
            int end = j < schoolSections.size() ? schoolSections.get(j).line() : school.size();
            List<Line> unit = school.subList(s.line(), end);
            int[] span = spans.get(s.id());
            if (removal(school.subList(Math.min(s.lastLine() + 1, end), end))) {
                if (span == null) {
                    Position at = school.get(s.line()).at();
                    out.add(Diagnostic.error(Problem.UNKNOWN_SECTION, new Position(at.file(), at.line(), s.column()), s.id(),
                            p.file().getFileName().toString(), Suggest.hint(s.id(), spans.keySet())));
                } else {
                    replace(span[0], span[1], List.of(), gone, before);
                }
            } else if (span == null) {
                if (!added.isEmpty() || !template.isEmpty()) added.add(new Line("", unit.get(0).at()));
                added.addAll(unit);
            } else {
                replace(span[0], span[1], unit, gone, before);
            }
            i = j;
        }

        List<Line> merged = new ArrayList<>();
        for (int i = 0; i <= template.size(); i++) {
            merged.addAll(before.get(i));
            if (i < template.size() && !gone[i]) merged.add(template.get(i));
        }
        merged.addAll(added);
        Node node = frontMatter.apply(p.node(), without(d.node()));
        StringBuilder body = new StringBuilder();
        List<Markdown.Origin> origins = new ArrayList<>();
        Position last = null;
        for (int i = 0; i < merged.size(); i++) {
            Line l = merged.get(i);
            if (i > 0) body.append('\n');
            body.append(l.text());
            if (last == null || !last.file().equals(l.at().file()) || last.line() + 1 != l.at().line()) {
                origins.add(new Markdown.Origin(i, l.at()));
            }
            last = l.at();
        }
        return new Load.Document(d.part(), d.file(), node, body.toString(), d.bodyLine(), origins);
    }

    /** Where the span of section {@code i} ends: at the next heading of the same or a higher level. */
    private static int end(List<Section> sections, int i, int size) {
        for (int j = i + 1; j < sections.size(); j++) if (sections.get(j).level() <= sections.get(i).level()) return sections.get(j).line();
        return size;
    }

    /** Lines {@code from} to {@code to} give way to {@code lines}; a part already replaced stays replaced. */
    private static void replace(int from, int to, List<Line> lines, boolean[] gone, List<List<Line>> before) {
        for (int i = from; i < to; i++) gone[i] = true;
        before.get(from).addAll(lines);
        // A section replaced by the school ends with a blank line, so the template's next heading
        // does not run into its last paragraph.
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isBlank()) before.get(from).add(new Line("", lines.get(lines.size() - 1).at()));
    }

    /** A section whose whole body is {@code !verwijderd}. */
    private static boolean removal(List<Line> body) {
        StringBuilder sb = new StringBuilder();
        for (Line l : body) sb.append(l.text()).append('\n');
        return sb.toString().strip().equals(Layers.REMOVED);
    }

    /** The body's lines, each with the place it is written (a body merged before keeps its origins). */
    private static List<Line> lines(Load.Document d) {
        Markdown.Lines where = new Markdown(d.body(), new Position(d.file(), d.bodyLine(), 1), d.origins()).lines();
        List<Line> out = new ArrayList<>();
        int offset = 0;
        for (String l : d.body().split("\n", -1)) {
            Position at = where.at(offset);
            out.add(new Line(l, new Position(at.file(), at.line(), 1)));
            offset += l.length() + 1;
        }
        return out;
    }

    /**
     * The top-level headings of a Markdown text with the ids the site gives them: flexmark's
     * header id generator, as the renderer runs it on the whole page (a repeated heading gets
     * {@code -1}, {@code -2}).
     */
    static List<Section> headings(String markdown) {
        Document doc = PARSER.parse(markdown);
        HeaderIdGenerator ids = new HeaderIdGenerator(doc);
        ids.generateIds(doc);
        List<Section> out = new ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node n : doc.getChildren()) {
            if (n instanceof Heading h) {
                int column = h.getText().getStartOffset() - h.getStartOfLine() + 1;
                out.add(new Section(h.getStartLineNumber(), h.getEndLineNumber(), h.getLevel(), ids.getId(h), column));
            }
        }
        return out;
    }

    /**
     * The body with the names filled in and the articles checked, each stretch at its own file
     * and line; {@code fill} and {@code check} are those of a body that is all from one file.
     */
    static String filled(Load.Document d, Piece fill, Piece check) {
        if (d.origins().isEmpty()) {
            Position at = new Position(d.file(), d.bodyLine(), 1);
            check.apply(d.body(), at);
            return fill.apply(d.body(), at);
        }
        String[] lines = d.body().split("\n", -1);
        StringBuilder out = new StringBuilder();
        List<Markdown.Origin> o = d.origins();
        for (int i = 0; i < o.size(); i++) {
            int to = i + 1 < o.size() ? o.get(i + 1).line() : lines.length;
            String piece = String.join("\n", java.util.Arrays.asList(lines).subList(o.get(i).line(), to));
            check.apply(piece, o.get(i).at());
            if (i > 0) out.append('\n');
            out.append(fill.apply(piece, o.get(i).at()));
        }
        return out.toString();
    }

    /** What is done to one stretch of a body written in one file. */
    interface Piece {
        String apply(String text, Position at);
    }

    /**
     * A page that still has {@code samenvoegen} after merging: there was no template page of its
     * name, or the value is not one we know. An error at the key, and the front matter without it.
     */
    static Node leftover(Load.Document d, List<Diagnostic> out) {
        return leftover(d, Msg.of("hint.none"), out);
    }

    /**
     * A page that asks to be merged while its template has no page of its name: the error with
     * the template's page it most likely meant, and the page as the school's own.
     */
    static Load.Document unmatched(Load.Document d, String name, java.util.Collection<String> inherited, List<Diagnostic> out) {
        String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
        List<String> pages = inherited.stream().filter(n -> n.startsWith(folder) && n.endsWith(".md"))
                .map(n -> n.substring(folder.length())).toList();
        Node node = leftover(d, Suggest.hint(d.file().getFileName().toString(), pages), out);
        return new Load.Document(d.part(), d.file(), node, d.body(), d.bodyLine(), d.origins());
    }

    private static Node leftover(Load.Document d, Msg hint, List<Diagnostic> out) {
        Node v = d.body() == null ? null : value(d.node());
        if (v == null) return d.node();
        String name = d.file().getFileName().toString();
        Msg reason = v instanceof ScalarNode s && BY_SECTION.equals(s.getValue())
                ? Msg.of("sections.noTemplatePage", name)
                : Msg.of("sections.value", v instanceof ScalarNode s ? s.getValue() : "…", BY_SECTION);
        Msg tip = v instanceof ScalarNode s && BY_SECTION.equals(s.getValue())
                ? Msg.of("sections.noTemplatePage.tip", name, hint)
                : Msg.of("sections.value.tip", BY_SECTION);
        Position at = v.getStartMark().map(mk -> Yaml.position(Path.of(mk.getName()), mk)).orElse(new Position(d.file(), 1, 1));
        out.add(Diagnostic.error(Problem.SECTIONS_UNAVAILABLE, at, reason, tip));
        return without(d.node());
    }

    private static Node value(Node n) {
        if (!(n instanceof MappingNode m)) return null;
        for (NodeTuple t : m.getValue()) if (t.getKeyNode() instanceof ScalarNode k && KEY.equals(k.getValue())) return t.getValueNode();
        return null;
    }

    private static Node without(Node n) {
        if (!(n instanceof MappingNode m) || value(n) == null) return n;
        List<NodeTuple> kept = m.getValue().stream().filter(t -> !(t.getKeyNode() instanceof ScalarNode k && KEY.equals(k.getValue()))).toList();
        return new MappingNode(m.getTag(), true, new ArrayList<>(kept), m.getFlowStyle(), m.getStartMark(), m.getEndMark());
    }
}
