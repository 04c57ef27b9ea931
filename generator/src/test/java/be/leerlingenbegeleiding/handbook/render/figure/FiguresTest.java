package be.leerlingenbegeleiding.handbook.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.CareContinuum;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Phase;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleKind;
import be.leerlingenbegeleiding.handbook.model.Share;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Source;
import be.leerlingenbegeleiding.handbook.model.Task;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The generated figures show what a reader should see, and nothing a validator would reject. */
class FiguresTest {
    static final Path EXAMPLE = Fixtures.repoRoot().resolve("content/de-kiem");
    static final Path I18N = Fixtures.repoRoot().resolve("templates/i18n");
    static final String NBSP = "\u00a0";

    static Handbook example;
    static Texts dutch;
    static Texts english;

    @BeforeAll
    static void load() throws IOException {
        example = Bind.handbook(Load.handbook(EXAMPLE)).handbook();
        dutch = texts(I18N.resolve("figuren.properties"));
        english = texts(I18N.resolve("figuren_en.properties"));
    }

    /**
     * The figures' own bundle, with the names of domains and phases made from their codes: the
     * figures are tested without waiting for the site's labels.properties. A missing key fails
     * loudly, as it does with the site's labels. The phases' numbered forms ({@code fase.*}) come
     * from the labels bundle of the same language, as the site has them.
     */
    static Texts texts(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Properties labels = new Properties();
        Path labelsBundle = bundle.resolveSibling(bundle.getFileName().toString().replace("figuren", "labels"));
        try (Reader in = Files.newBufferedReader(labelsBundle, StandardCharsets.UTF_8)) {
            labels.load(in);
        }
        for (String key : labels.stringPropertyNames()) {
            if (key.startsWith("fase.")) p.setProperty(key, labels.getProperty(key));
        }
        return new Texts() {
            @Override
            public String get(String key, Object... args) {
                String pattern = p.getProperty(key);
                if (pattern == null) throw new IllegalStateException("no label for key '" + key + "'");
                for (int i = 0; i < args.length; i++) pattern = pattern.replace("{" + i + "}", String.valueOf(args[i]));
                return pattern;
            }

            @Override
            public String of(Coded value) {
                String words = value.code().replace('_', ' ');
                return Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    static Source none() {
        return new Source(null, Map.of(), Map.of());
    }

    static Handbook handbook(List<Role> roles, GuidanceTeam team, CareContinuum continuum) {
        return new Handbook(Path.of("proef"), null, null, null, null, continuum, roles, team, List.of(), null, null, null,
                null, null, null, null, List.of(), List.of(), null, null, null, List.of(), null, null, null);
    }

    static Role role(String id, String name, Task... tasks) {
        return new Role(id, name, RoleKind.INTERN, null, null, null, null, List.of(tasks), null, null, none());
    }

    static Task task(String id, List<Domain> domains, List<Phase> phases) {
        return new Task(id, "Taak " + id, domains, phases, null, null, null, none());
    }

    static GuidanceTeam.Member member(String id) {
        return new GuidanceTeam.Member(new RoleRef(id, null), null, none());
    }

    /** A figure as an XML tree, exactly as written (viewBox keeps its capital). */
    static Document parse(String figure) {
        return Jsoup.parse(figure, "", Parser.xmlParser());
    }

    /** Text as written: jsoup's text() would turn the no-break space before "%" into a space. */
    static String desc(String figure) {
        return parse(figure).selectFirst("svg > desc").wholeText();
    }

    /** The visible words of each text element, tspans joined by spaces. */
    static List<String> visibleTexts(String figure) {
        List<String> out = new ArrayList<>();
        for (Element text : parse(figure).select("svg text")) {
            List<Element> spans = text.select("tspan");
            out.add(spans.isEmpty() ? text.wholeText() : spans.stream().map(Element::wholeText).collect(Collectors.joining(" ")));
        }
        return out;
    }

    static List<String> allFigures(Handbook h, Texts t) {
        return allFigures(h, t, Medium.SCREEN);
    }

    static List<String> allFigures(Handbook h, Texts t, Medium m) {
        FunctionDescription f = h.functions().get(0);
        return List.of(
                Figures.responsibilityMatrix(h, t, m),
                Figures.guidanceTeam(h, t, m),
                Figures.careContinuum(h.careContinuum(), h::roleName, t, m),
                Figures.careContinuum(h.careContinuum(), null, t, m),
                Figures.timeSplit(f.timeSplit(), t, m));
    }

    // ------------------------------------------------------------------ responsibility matrix

    @Test
    void everyRoleWithTasksIsNamedInTheMatrixTextAlternative() {
        String figure = Figures.responsibilityMatrix(example, dutch);
        String desc = desc(figure);
        List<Role> withTasks = example.roles().stream().filter(r -> r.tasks() != null && !r.tasks().isEmpty()).toList();
        assertTrue(withTasks.size() >= 10, "the example has many roles with tasks");
        for (Role r : withTasks) {
            assertTrue(desc.contains(r.name() + " – "), r.name() + " missing from: " + desc);
        }
    }

    @Test
    void matrixRowsFollowTheHandbookAndLeaveOutRolesWithoutTasks() {
        Handbook h = handbook(List.of(
                role("b", "Tweede", task("t1", List.of(Domain.ONDERWIJSLOOPBAAN), List.of(Phase.BREDE_BASISZORG))),
                role("leeg", "Zonder taken"),
                role("a", "Eerste", task("t2", List.of(), List.of()))), null, null);
        List<MatrixRow> rows = Figures.matrix(h);
        assertEquals(List.of("b", "a"), rows.stream().map(r -> r.role().id()).toList());
        String figure = Figures.responsibilityMatrix(h, dutch);
        assertFalse(desc(figure).contains("Zonder taken"));
        assertTrue(desc(figure).contains("Eerste – geen taken die bij een begeleidingsdomein horen."), desc(figure));
        List<String> visible = visibleTexts(figure);
        assertTrue(visible.indexOf("Tweede") < visible.indexOf("Eerste"), "rows in handbook order: " + visible);
    }

    @Test
    void matrixCountsAndPhasesMatchTheTasks() {
        for (MatrixRow row : Figures.matrix(example)) {
            for (Domain d : Domain.values()) {
                List<Task> touching = row.role().tasks().stream()
                        .filter(t -> t.domains() != null && t.domains().contains(d)).toList();
                Set<Phase> phases = EnumSet.noneOf(Phase.class);
                touching.forEach(t -> phases.addAll(t.phases()));
                Cell cell = row.cell(d);
                assertEquals(d, cell.domain());
                assertEquals(touching.size(), cell.tasks(), row.role().id() + " / " + d);
                assertEquals(List.copyOf(phases), List.copyOf(cell.phases()), "phases sorted as in the continuum");
            }
        }
        // One cell worked out by hand from rollen.yaml: the director's four tasks all touch
        // preventieve gezondheidszorg, one of them only in brede basiszorg…
        MatrixRow director = Figures.matrix(example).get(0);
        assertEquals("directeur", director.role().id());
        assertEquals(4, director.cell(Domain.PREVENTIEVE_GEZONDHEIDSZORG).tasks());
        assertEquals(3, director.cell(Domain.ONDERWIJSLOOPBAAN).tasks());
        assertEquals(EnumSet.of(Phase.BREDE_BASISZORG, Phase.VERHOOGDE_ZORG, Phase.UITBREIDING_VAN_ZORG),
                director.cell(Domain.ONDERWIJSLOOPBAAN).phases());
    }

    @Test
    void theMatrixFigureWritesEachCountAndFillsTheDotsOfItsPhases() {
        String figure = Figures.responsibilityMatrix(example, dutch);
        Document doc = parse(figure);
        List<String> expected = new ArrayList<>();
        int filled = 0;
        for (MatrixRow row : Figures.matrix(example)) {
            for (Cell c : row.cells()) {
                if (c.tasks() > 0) expected.add(Integer.toString(c.tasks()));
                filled += c.phases().size();
            }
        }
        assertEquals(expected, doc.select("text.fig-getal").eachText(), "counts, row by row");
        assertEquals(filled, doc.select("circle.fig-stip.fig-aan").size() - Phase.values().length,
                "one filled dot per phase per cell, plus the legend's");
        assertEquals(expected.size(), doc.select("rect.fig-vak:not(.fig-neutraal)").size());
        String desc = desc(figure);
        assertTrue(desc.contains("Directeur – Onderwijsloopbaan: 3 taken, in fase 0 (brede basiszorg), fase 1 (verhoogde zorg) en "
                + "fase 2 (uitbreiding van zorg);"), desc);
    }

    @Test
    void theShadeOfACellGrowsWithItsCountUpToFour() {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 6; i++) tasks.add(task("t" + i, List.of(Domain.LEREN_EN_STUDEREN), List.of(Phase.IAC)));
        Handbook h = handbook(List.of(
                role("een", "Een", tasks.get(0)),
                role("drie", "Drie", tasks.subList(0, 3).toArray(Task[]::new)),
                role("zes", "Zes", tasks.toArray(Task[]::new))), null, null);
        Document doc = parse(Figures.responsibilityMatrix(h, dutch));
        List<String> levels = doc.select("rect.fig-vak.fig-domein-leren_en_studeren").stream()
                .map(e -> e.classNames().stream().filter(c -> c.startsWith("fig-niveau-")).findFirst().orElseThrow())
                .toList();
        assertEquals(List.of("fig-niveau-1", "fig-niveau-3", "fig-niveau-4"), levels);
    }

    // --------------------------------------------------------------------------- guidance team

    @Test
    void theTeamDiagramNamesEveryCoreAndJoiningMember() {
        String figure = Figures.guidanceTeam(example, dutch);
        GuidanceTeam team = example.guidanceTeam();
        List<String> visible = visibleTexts(figure);
        String desc = desc(figure);
        assertTrue(visible.contains(team.name()), "the team's name in the middle: " + visible);
        Document doc = parse(figure);
        for (GuidanceTeam.Member m : team.core()) {
            String name = example.roleName(m.role().id());
            assertTrue(visible.contains(name), name + " not drawn in full: " + visible);
            assertTrue(desc.contains(name), name);
        }
        for (GuidanceTeam.Member m : team.joining()) {
            String name = example.roleName(m.role().id());
            assertTrue(visible.contains(name), name + " not drawn in full: " + visible);
            assertTrue(desc.contains(name), name);
        }
        assertEquals(team.core().size(), doc.select("circle.fig-punt.fig-kern").size() - 1, "plus the legend's dot");
        assertEquals(team.joining().size(), doc.select("circle.fig-punt.fig-aansluitend").size() - 1);
        assertTrue(desc.indexOf("vaste kern") < desc.indexOf(example.roleName("klassenleraar")),
                "core first, then those who join: " + desc);
    }

    /** Ten core and twelve joining members with long names: labels stay apart and inside. */
    @Test
    void teamLabelsNeverOverlapEvenForALargeTeam() {
        List<Role> roles = new ArrayList<>();
        List<GuidanceTeam.Member> core = new ArrayList<>();
        List<GuidanceTeam.Member> joining = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            String id = "rol-" + i;
            roles.add(role(id, "Medewerker " + i + " van het ondersteunend personeel (secretariaat en opvoeding)"));
            (i < 10 ? core : joining).add(member(id));
        }
        GuidanceTeam team = new GuidanceTeam("multidisciplinair zorgoverleg", null, core, joining, null, null, null, null,
                null, null, none());
        String figure = Figures.guidanceTeam(handbook(roles, team, null), dutch);
        Document doc = parse(figure);
        double[] box = viewBox(doc);
        Map<String, List<double[]>> columns = new TreeMap<>();
        for (Element label : doc.select("text.fig-label")) {
            List<Element> spans = label.select("tspan");
            double x = Double.parseDouble(label.attr("x"));
            double first = Double.parseDouble(spans.isEmpty() ? label.attr("y") : spans.get(0).attr("y"));
            double last = Double.parseDouble(spans.isEmpty() ? label.attr("y") : spans.get(spans.size() - 1).attr("y"));
            // From the ascent of the first line to the descent of the last.
            columns.computeIfAbsent(label.attr("text-anchor") + x, k -> new ArrayList<>()).add(new double[] {first - 12, last + 4});
            assertTrue(first - 12 >= 0 && last + 4 <= box[3], "label inside the drawing");
            for (Element span : spans.isEmpty() ? List.of(label) : spans) {
                String line = span.ownText();
                double w = TextMetrics.width(line, 14, label.hasClass("fig-vet"));
                boolean end = "end".equals(label.attr("text-anchor"));
                assertTrue(end ? x - w >= 0 : x + w <= box[2], "'" + line + "' runs off the drawing");
            }
        }
        assertEquals(2, columns.size(), "two columns of labels: " + columns.keySet());
        assertEquals(22, columns.values().stream().mapToInt(List::size).sum());
        for (List<double[]> column : columns.values()) {
            column.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 1; i < column.size(); i++) {
                assertTrue(column.get(i)[0] >= column.get(i - 1)[1], "labels overlap at y=" + column.get(i)[0]);
            }
        }
        assertTrue(desc(figure).contains("Medewerker 21 van het ondersteunend personeel (secretariaat en opvoeding)"),
                "full names in the text alternative");
    }

    @Test
    void aTeamWithOnlyACoreHasNoOuterRing() {
        Handbook h = handbook(List.of(role("a", "Alfa")),
                new GuidanceTeam("kernteam", null, List.of(member("a")), null, null, null, null, null, null, null, none()), null);
        Document doc = parse(Figures.guidanceTeam(h, dutch));
        assertEquals(0, doc.select(".fig-zone-aansluitend").size());
        assertTrue(visibleTexts(doc.outerHtml()).contains("Alfa"));
        assertFalse(desc(doc.outerHtml()).contains("Sluiten aan"));
    }

    // -------------------------------------------------------------------------- care continuum

    @Test
    void theContinuumHasALayerPerPhasePresentWithTheIacApart() {
        CareContinuum c = example.careContinuum();
        String figure = Figures.careContinuum(c, example::roleName, dutch);
        Document doc = parse(figure);
        for (Phase p : Phase.values()) {
            int expected = c.phases().containsKey(p) ? 1 : 0;
            assertEquals(expected, doc.select("rect.fig-laag.fig-fase-" + p.code()).size(), p.code());
        }
        assertEquals(1, doc.select("rect.fig-laag.fig-apart.fig-fase-iac").size());
        // Drawn from the top: IAC, then the narrowest layer; brede basiszorg is the broad base.
        List<Element> layers = doc.select("rect.fig-laag");
        assertTrue(layers.get(layers.size() - 1).hasClass("fig-fase-brede_basiszorg"));
        double base = Double.parseDouble(layers.get(layers.size() - 1).attr("width"));
        for (Element layer : layers.subList(0, layers.size() - 1)) {
            assertTrue(Double.parseDouble(layer.attr("width")) < base, "the base is the broadest layer");
        }
        String desc = desc(figure);
        assertTrue(desc.indexOf("Fase 0 · Brede basiszorg") < desc.indexOf("Fase 1 · Verhoogde zorg"), desc);
        assertTrue(desc.contains("Apart daarboven: Fase 3 · Iac"), desc);
        assertTrue(desc.contains(example.roleName("vervolgschoolcoach")), "every role that acts, by name");
        assertTrue(parse(figure).selectFirst("figcaption").text().contains("IAC"));
    }

    @Test
    void withoutNamesAtHandTheLayersCountTheRoles() {
        String figure = Figures.careContinuum(example.careContinuum(), null, dutch);
        int who = example.careContinuum().phases().get(Phase.BREDE_BASISZORG).who().size();
        assertTrue(visibleTexts(figure).contains("Wie handelt: " + who + " rollen"), visibleTexts(figure).toString());
    }

    @Test
    void aContinuumWithoutIacHasNoSeparateStepAndLongListsAreShortened() {
        List<RoleRef> many = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            roles.add(role("r" + i, "Een rol met een tamelijk lange naam " + i));
            many.add(new RoleRef("r" + i, null));
        }
        Map<Phase, CareContinuum.PhaseSection> phases = new EnumMap<>(Phase.class);
        phases.put(Phase.BREDE_BASISZORG, new CareContinuum.PhaseSection(new Markdown("Voor iedereen.", null), null, many, null, none()));
        phases.put(Phase.VERHOOGDE_ZORG, new CareContinuum.PhaseSection(new Markdown("Meer.", null), null, null, null, none()));
        CareContinuum c = new CareContinuum(null, phases, null, null, none());
        Handbook h = handbook(roles, null, c);
        String figure = Figures.careContinuum(c, h::roleName, dutch);
        Document doc = parse(figure);
        assertEquals(2, doc.select("rect.fig-laag").size());
        assertEquals(0, doc.select(".fig-apart").size());
        assertFalse(doc.selectFirst("figcaption").text().contains("IAC"));
        String shown = visibleTexts(figure).stream().filter(s -> s.startsWith("Wie handelt")).findFirst().orElseThrow();
        assertTrue(Pattern.compile("en nog \\d+ andere$").matcher(shown).find(), shown);
        assertTrue(desc(figure).contains("Een rol met een tamelijk lange naam 14"), "all names in the text alternative");
        assertTrue(desc(figure).contains("Verhoogde zorg – wie handelt: niet vermeld."), desc(figure));
    }

    // ------------------------------------------------------------------------------ time split

    @Test
    void theTimeSplitChartShowsEachPercentageWithABarPerDomain() {
        for (FunctionDescription f : example.functions()) {
            String figure = Figures.timeSplit(f.timeSplit(), dutch);
            Document doc = parse(figure);
            List<String> visible = visibleTexts(figure);
            for (Map.Entry<Domain, Share> e : f.timeSplit().entrySet()) {
                String pct = (int) e.getValue().amount() + NBSP + "%";
                assertTrue(visible.contains(pct), pct + " in " + visible);
                assertTrue(desc(figure).contains(dutch.of(e.getKey()) + ": " + pct), desc(figure));
                Element bar = doc.selectFirst("rect.fig-staaf.fig-domein-" + e.getKey().code());
                assertNotNull(bar, e.getKey().code());
                assertEquals(320 * e.getValue().amount() / 100.0, Double.parseDouble(bar.attr("width")), 0.06, "bar to scale");
            }
        }
    }

    @Test
    void aSecondTimeSplitOnThePageGetsItsOwnIdsAndCaption() {
        Map<Domain, Share> split = new EnumMap<>(Domain.class);
        split.put(Domain.ONDERWIJSLOOPBAAN, new Share(100, Share.Unit.PROCENT));
        Document doc = parse(Figures.timeSplit(split, dutch, "fig-tijd-gepland", "Gepland voor dit schooljaar"));
        assertEquals("fig-tijd-gepland-titel", doc.selectFirst("svg").attr("aria-labelledby"));
        assertNotNull(doc.getElementById("fig-tijd-gepland-titel"));
        assertEquals("Gepland voor dit schooljaar", doc.selectFirst("figcaption").text());
        assertTrue(visibleTexts(doc.outerHtml()).contains("100" + NBSP + "%"));
        assertEquals(1, doc.select("rect.fig-staaf").size(), "only the domains the split names");
    }

    @Test
    void englishPercentagesHaveNoSpace() {
        String figure = Figures.timeSplit(example.functions().get(0).timeSplit(), english);
        assertTrue(visibleTexts(figure).stream().anyMatch(s -> s.matches("\\d+%")), visibleTexts(figure).toString());
    }

    // -------------------------------------------------------------------------------- all four

    @Test
    void theSameInputGivesByteIdenticalOutput() {
        Handbook again = Bind.handbook(Load.handbook(EXAMPLE)).handbook();
        assertEquals(allFigures(example, dutch), allFigures(example, dutch));
        assertEquals(allFigures(example, dutch), allFigures(again, dutch), "a freshly loaded handbook");
        // A map in another order holds the same data.
        FunctionDescription f = example.functions().get(0);
        Map<Domain, Share> reversed = new LinkedHashMap<>();
        List<Domain> keys = new ArrayList<>(f.timeSplit().keySet());
        for (int i = keys.size() - 1; i >= 0; i--) reversed.put(keys.get(i), f.timeSplit().get(keys.get(i)));
        assertEquals(Figures.timeSplit(f.timeSplit(), dutch), Figures.timeSplit(reversed, dutch));
    }

    @Test
    void textFromTheHandbookIsEscaped() {
        String evil = "Zorg <script>alert(1)</script> & \"co\" 'n";
        Role r = role("rol", evil, task("t", List.of(Domain.ONDERWIJSLOOPBAAN), List.of(Phase.BREDE_BASISZORG)));
        GuidanceTeam team = new GuidanceTeam("Team <b> & co", null, List.of(member("rol")), List.of(member("weg<&>")),
                null, null, null, null, null, null, none());
        Map<Phase, CareContinuum.PhaseSection> phases = new EnumMap<>(Phase.class);
        phases.put(Phase.BREDE_BASISZORG, new CareContinuum.PhaseSection(new Markdown("x", null), null,
                List.of(new RoleRef("rol", null)), null, none()));
        Handbook h = handbook(List.of(r), team, new CareContinuum(null, phases, null, null, none()));
        for (String figure : List.of(Figures.responsibilityMatrix(h, dutch), Figures.guidanceTeam(h, dutch),
                Figures.careContinuum(h.careContinuum(), h::roleName, dutch))) {
            assertFalse(figure.contains("<script"), figure);
            assertFalse(figure.contains("<b>"), figure);
            assertTrue(figure.contains("&lt;script&gt;") || figure.contains("&lt;scr"), figure);
            assertWellFormed(figure);
            String all = desc(figure) + " " + String.join(" ", visibleTexts(figure));
            assertTrue(all.contains("Zorg <script>alert(1)</script> & \"co\" 'n"), "the reader sees the name as written: " + all);
        }
        assertTrue(desc(Figures.guidanceTeam(h, dutch)).contains("weg<&>"), "an unknown id shows as written");
    }

    @Test
    void emptyOrMissingInputGivesNoFigure() {
        Handbook empty = handbook(List.of(), null, null);
        assertEquals("", Figures.responsibilityMatrix(empty, dutch));
        assertEquals("", Figures.responsibilityMatrix(handbook(List.of(role("a", "A")), null, null), dutch));
        assertEquals("", Figures.guidanceTeam(empty, dutch));
        assertEquals("", Figures.guidanceTeam(handbook(List.of(),
                new GuidanceTeam("leeg", null, null, List.of(), null, null, null, null, null, null, none()), null), dutch));
        assertEquals("", Figures.careContinuum(null, null, dutch));
        assertEquals("", Figures.careContinuum(new CareContinuum(null, null, null, null, none()), null, dutch));
        assertEquals("", Figures.careContinuum(new CareContinuum(null, Map.of(), null, null, none()), null, dutch));
        assertEquals("", Figures.timeSplit(null, dutch));
        assertEquals("", Figures.timeSplit(Map.of(), dutch));
    }

    @Test
    void everyFigureIsAnImageNamedByItsTitleAndDescribedInFull() {
        for (String figure : allFigures(example, dutch)) {
            assertWellFormed(figure);
            Document doc = parse(figure);
            Element fig = doc.selectFirst("figure");
            assertTrue(fig.hasClass("figuur"), fig.className());
            assertTrue(fig.className().matches("figuur figuur-[a-z]+"), fig.className());
            assertEquals("figcaption", fig.child(fig.childrenSize() - 1).tagName(), "caption last");
            assertFalse(fig.selectFirst("figcaption").text().isBlank());
            Element svg = fig.selectFirst("svg");
            assertEquals("img", svg.attr("role"));
            assertTrue(svg.attr("viewBox").matches("0 0 \\d+(\\.\\d)? \\d+(\\.\\d)?"), svg.attr("viewBox"));
            assertFalse(svg.hasAttr("width"), "scales with the page");
            assertFalse(svg.hasAttr("height"));
            Element title = doc.getElementById(svg.attr("aria-labelledby"));
            assertNotNull(title, "aria-labelledby points at an element");
            assertEquals("title", title.tagName());
            assertEquals(svg, title.parent());
            assertEquals(0, svg.children().indexOf(title), "title first, as SVG wants");
            Element desc = doc.getElementById(svg.attr("aria-describedby"));
            assertEquals("desc", desc.tagName());
            assertTrue(desc.text().length() > 40, desc.text());
            assertEquals(0, doc.select("foreignObject, script, style, [style], [fill], [stroke]").size(),
                    "colours come from classes only");
            assertFalse(figure.contains("xlink"), "no xlink namespace");
        }
    }

    @Test
    void idsAreUniqueWithinAndAcrossTheFiguresAndStartWithALetter() {
        Set<String> seen = new HashSet<>();
        List<String> figures = allFigures(example, dutch);
        for (String figure : List.of(figures.get(0), figures.get(1), figures.get(2), figures.get(4))) {
            for (Element e : parse(figure).select("[id]")) {
                assertTrue(e.id().matches("[a-z][a-z0-9-]*"), e.id());
                assertTrue(seen.add(e.id()), "duplicate id " + e.id());
            }
        }
    }

    @Test
    void textIsNeverSmallerThanTwelveUnitsAndShapesHaveClasses() {
        for (String figure : allFigures(example, dutch)) {
            Document doc = parse(figure);
            assertEquals("14", doc.selectFirst("svg").attr("font-size"));
            for (Element e : doc.select("[font-size]")) {
                assertTrue(Double.parseDouble(e.attr("font-size")) >= 12, e.outerHtml());
            }
            for (Element e : doc.select("rect, circle, line, polyline, polygon, text")) {
                assertTrue(e.className().startsWith("fig-"), "styled by class: " + e.outerHtml());
            }
        }
    }

    @Test
    void domainsAndPhasesKeepOneClassEachAcrossFigures() {
        Set<String> classes = new TreeSet<>();
        for (String figure : allFigures(example, dutch)) {
            for (Element e : parse(figure).select("[class]")) {
                e.classNames().stream().filter(c -> c.startsWith("fig-domein-") || c.startsWith("fig-fase-")).forEach(classes::add);
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Domain d : Domain.values()) expected.add("fig-domein-" + d.code());
        for (Phase p : Phase.values()) expected.add("fig-fase-" + p.code());
        assertEquals(expected, classes);
    }

    @Test
    void theStylesheetColoursEveryClassTheFiguresUse() throws IOException {
        String css = Files.readString(Fixtures.repoRoot().resolve("templates/assets/figuren.css"));
        Set<String> used = new TreeSet<>();
        for (String figure : allFigures(example, dutch)) {
            for (Element e : parse(figure).select("[class]")) used.addAll(e.classNames());
        }
        for (String cls : used) {
            if (cls.equals("figuur") || cls.equals("fig-getal") || cls.equals("fig-label") || cls.equals("fig-naam")
                    || cls.equals("fig-tekst")) continue;
            assertTrue(css.contains("." + cls), "figuren.css says nothing about ." + cls);
        }
        for (String custom : List.of("--fig-achtergrond", "--fig-tekst")) {
            Matcher m = Pattern.compile(Pattern.quote(custom) + ":").matcher(css);
            int count = 0;
            while (m.find()) count++;
            assertEquals(4, count, custom + " is set for light, dark, print and forced colours");
        }
        assertTrue(css.contains("(prefers-color-scheme: dark)"));
        assertTrue(css.contains("@media print"));
    }

    // ----------------------------------------------------------------------------------- print

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final Set<String> LOOK = Set.of("fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray",
            "font-weight");

    /** The print figures, drawn with the paper colours of the theme's own stylesheet. */
    static Medium print() throws IOException {
        return Medium.print(Palette.ofStylesheet(Files.readString(Fixtures.repoRoot().resolve("templates/assets/figuren.css"))));
    }

    /** A figure as the site shows it and as the PDF prints it. */
    record PrintCase(String screen, String print) {
    }

    static List<PrintCase> printCases() throws IOException {
        Medium print = print();
        List<PrintCase> cases = new ArrayList<>();
        for (Texts t : List.of(dutch, english)) {
            List<String> screen = allFigures(example, t, Medium.SCREEN);
            List<String> printed = allFigures(example, t, print);
            for (int i = 0; i < screen.size(); i++) cases.add(new PrintCase(screen.get(i), printed.get(i)));
        }
        Map<Domain, Share> split = new EnumMap<>(Domain.class);
        split.put(Domain.ONDERWIJSLOOPBAAN, new Share(100, Share.Unit.PROCENT));
        cases.add(new PrintCase(Figures.timeSplit(split, dutch, "fig-tijd-gepland", "Gepland"),
                Figures.timeSplit(split, dutch, "fig-tijd-gepland", "Gepland", print)));
        return cases;
    }

    /** A style attribute as its properties. */
    static Map<String, String> style(Element e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String declaration : e.attr("style").split(";")) {
            if (declaration.isBlank()) continue;
            int colon = declaration.indexOf(':');
            out.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
        }
        return out;
    }

    @Test
    void thePrintVariantCarriesItsOwnLookAndSizeAndNothingElseChanges() throws Exception {
        for (PrintCase c : printCases()) {
            String screen = c.screen();
            String print = c.print();
            assertWellFormed(print);
            assertFalse(print.contains("var("), "no custom properties");
            assertFalse(print.contains("<style"), "no style sheet");
            assertFalse(print.contains("--fig"), print);

            // Namespace-aware, as a renderer reads XHTML: the drawing is SVG, the figure is not.
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new InputSource(new StringReader(print)));
            assertEquals(null, dom.getDocumentElement().getNamespaceURI(), "the figure takes the page's namespace");
            assertEquals(SVG_NS, ((org.w3c.dom.Element) dom.getElementsByTagName("svg").item(0)).getNamespaceURI());
            assertEquals(SVG_NS, dom.getElementsByTagName("title").item(0).getNamespaceURI());

            Document doc = parse(print);
            Element svg = doc.selectFirst("svg");
            double[] box = viewBox(doc);
            assertTrue(svg.attr("width").matches("\\d+(\\.\\d)?mm"), svg.attr("width"));
            assertTrue(svg.attr("height").matches("\\d+(\\.\\d)?mm"), svg.attr("height"));
            double width = Double.parseDouble(svg.attr("width").replace("mm", ""));
            double height = Double.parseDouble(svg.attr("height").replace("mm", ""));
            assertTrue(width <= Figures.PRINT_WIDTH_MM, "fits the text block: " + width);
            assertEquals(Figures.PRINT_WIDTH_MM / Figures.MATRIX_WIDTH, width / box[2], 0.0002, "one scale for all figures");
            assertEquals(box[2] / box[3], width / height, 0.01 * box[2] / box[3], "the viewBox's proportions");

            // Names and words as they were.
            Document screenDoc = parse(screen);
            for (String attr : List.of("role", "aria-labelledby", "aria-describedby", "viewBox", "class")) {
                assertEquals(screenDoc.selectFirst("svg").attr(attr), svg.attr(attr), attr);
            }
            assertEquals(desc(screen), desc(print));
            assertEquals(screenDoc.selectFirst("svg > title").wholeText(), doc.selectFirst("svg > title").wholeText());
            assertEquals(screenDoc.selectFirst("figcaption").wholeText(), doc.selectFirst("figcaption").wholeText());
            assertEquals(visibleTexts(screen), visibleTexts(print));
            assertEquals(screenDoc.select("[id]").eachAttr("id"), doc.select("[id]").eachAttr("id"));

            // Every mark has its look in its own style; text is upright Liberation Sans.
            for (Element e : doc.select("rect, circle, line, polyline, polygon, text")) {
                Map<String, String> look = style(e);
                assertTrue(look.containsKey("fill") || look.containsKey("stroke"), e.outerHtml());
                for (String value : look.values()) {
                    assertTrue(value.matches("#[0-9a-f]{6}|none|[0-9.]+( [0-9.]+)?(px)?|'Liberation Sans'|normal"), value);
                }
                if (e.tagName().equals("text")) {
                    assertEquals("'Liberation Sans'", look.get("font-family"));
                    assertEquals("normal", look.get("font-style"));
                    assertTrue(Set.of("400", "700").contains(look.get("font-weight")), e.outerHtml());
                    String size = e.hasAttr("font-size") ? e.attr("font-size") : svg.attr("font-size");
                    assertEquals(size + "px", look.get("font-size"));
                }
            }
            assertEquals(0, doc.select("title[style], desc[style], tspan[style], svg[style]").size());

            // Take the print additions away and the screen figure is left, byte for byte in
            // structure: no coordinate or word differs between the site and the PDF.
            doc.select("[style]").removeAttr("style");
            svg.removeAttr("xmlns").removeAttr("width").removeAttr("height");
            assertEquals(screenDoc.outerHtml(), doc.outerHtml());
        }
    }

    @Test
    void thePrintVariantIsStableAndLeavesNoFigureOut() throws IOException {
        Medium print = print();
        List<String> once = allFigures(example, dutch, print);
        assertEquals(once, allFigures(example, dutch, print()), "same input, same bytes");
        for (String figure : once) assertTrue(figure.endsWith("</figure>\n"), "ends as the screen figure does");
        Handbook empty = handbook(List.of(), null, null);
        assertEquals("", Figures.responsibilityMatrix(empty, dutch, print), "a figure that is left out stays out");
        assertEquals("", Figures.guidanceTeam(empty, dutch, print));
        assertEquals("", Figures.careContinuum(null, null, dutch, print));
        assertEquals("", Figures.timeSplit(Map.of(), dutch, print));
    }

    @Test
    void thePrintVariantOfEscapedTextStaysEscaped() throws IOException {
        String evil = "Zorg <script>alert(1)</script> & \"co\" 'n";
        Role r = role("rol", evil, task("t", List.of(Domain.ONDERWIJSLOOPBAAN), List.of(Phase.BREDE_BASISZORG)));
        GuidanceTeam team = new GuidanceTeam("Team <b> & co", null, List.of(member("rol")), List.of(member("weg<&>")),
                null, null, null, null, null, null, none());
        Handbook h = handbook(List.of(r), team, null);
        Medium print = print();
        for (PrintCase c : List.of(
                new PrintCase(Figures.responsibilityMatrix(h, dutch), Figures.responsibilityMatrix(h, dutch, print)),
                new PrintCase(Figures.guidanceTeam(h, dutch), Figures.guidanceTeam(h, dutch, print)))) {
            assertWellFormed(c.print());
            assertFalse(c.print().contains("<script") || c.print().contains("<b>"), c.print());
            assertEquals(visibleTexts(c.screen()), visibleTexts(c.print()));
            assertEquals(desc(c.screen()), desc(c.print()));
        }
    }

    @Test
    void aClassWithoutAPrintLookFailsLoudly() throws IOException {
        Palette palette = Palette.ofStylesheet(Files.readString(Fixtures.repoRoot().resolve("templates/assets/figuren.css")));
        IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PrintLook.style(palette, "rect", "fig-nieuw", 14));
        assertTrue(unknown.getMessage().contains("fig-nieuw"), unknown.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PrintLook.style(palette, "rect", "fig-staaf", 14), "a bar without a domain has no colour");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Palette.ofStylesheet(":root { --fig-tekst: #000000; }"), "a stylesheet without print colours");
    }

    /**
     * Every colour the PDF's figures show is one the stylesheet gives paper: a colour written
     * into the Java, or read from the screen's block instead of the print block, shows here.
     */
    @Test
    void everyColourOfAPrintedFigureIsAPrintColourOfTheStylesheet() throws IOException {
        Set<String> paper = new TreeSet<>(cssPrintColours().values());
        Set<String> used = new TreeSet<>();
        for (PrintCase c : printCases()) {
            Matcher m = Pattern.compile("#[0-9a-fA-F]{3,8}").matcher(c.print());
            while (m.find()) used.add(m.group());
        }
        assertTrue(used.size() >= 15, "the figures use many colours: " + used);
        used.removeAll(paper);
        assertEquals(Set.of(), used, "colours in the PDF figures that figuren.css does not print");
    }

    /** The stylesheet is the one home of the paper colours: a colour changed there is what the PDF shows. */
    @Test
    void aPrintColourChangedInTheStylesheetReachesThePrintedFigure() throws IOException {
        String css = Files.readString(Fixtures.repoRoot().resolve("templates/assets/figuren.css"));
        int print = css.indexOf("@media print");
        String printBlock = css.substring(print);
        String old = cssPrintColours().get("domein-onderwijsloopbaan");
        String changed = css.substring(0, print)
                + printBlock.replaceFirst("--fig-domein-onderwijsloopbaan: " + old, "--fig-domein-onderwijsloopbaan: #123456");
        Map<Domain, Share> split = new EnumMap<>(Domain.class);
        split.put(Domain.ONDERWIJSLOOPBAAN, new Share(60, Share.Unit.PROCENT));
        String figure = Figures.timeSplit(split, dutch, Medium.print(Palette.ofStylesheet(changed)));
        Element bar = parse(figure).selectFirst("rect.fig-staaf");
        assertEquals("#123456", style(bar).get("fill"));
    }

    /**
     * figuren.css applied by hand to the print variant, with its print colours: each mark's
     * inline look is what the stylesheet's rules give it. A rule changed in the stylesheet and
     * not in PrintLook, or the other way round, fails here.
     */
    @Test
    void thePrintLookFollowsTheStylesheetRuleForRule() throws IOException {
        Map<String, String> palette = cssPrintColours();
        List<CssRule> rules = cssRules();
        assertTrue(rules.size() > 20, "the rules were read: " + rules.size());
        int checked = 0;
        for (PrintCase c : printCases()) {
            for (Element e : parse(c.print()).select("svg rect, svg circle, svg line, svg polyline, svg polygon, svg text")) {
                Map<String, String> variables = new LinkedHashMap<>();
                Map<String, String> expected = new LinkedHashMap<>();
                if (e.tagName().equals("text")) expected.put("font-weight", "400");
                List<CssRule> matching = rules.stream().filter(rule -> rule.matches(e)).sorted().toList();
                for (CssRule rule : matching) {
                    rule.declarations().forEach((property, value) -> {
                        if (property.startsWith("--")) variables.put(property, value);
                        else if (LOOK.contains(property)) expected.put(property, value);
                    });
                }
                expected.replaceAll((property, value) -> resolve(value, variables, palette));
                Map<String, String> actual = new LinkedHashMap<>(style(e));
                actual.keySet().retainAll(LOOK);
                assertEquals(new TreeMap<>(expected), new TreeMap<>(actual), e.outerHtml());
                checked++;
            }
        }
        assertTrue(checked > 500, "checked " + checked);
    }

    static String resolve(String value, Map<String, String> variables, Map<String, String> palette) {
        Matcher m = Pattern.compile("var\\((--fig-[a-z_-]+)\\)").matcher(value);
        if (!m.matches()) return value;
        String name = m.group(1);
        if (variables.containsKey(name)) return resolve(variables.get(name), variables, palette);
        String colour = palette.get(name.substring("--fig-".length()));
        assertNotNull(colour, "no print colour for " + name);
        return colour;
    }

    static String css() throws IOException {
        String css = Files.readString(Fixtures.repoRoot().resolve("templates/assets/figuren.css"));
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    static Map<String, String> cssPrintColours() throws IOException {
        Matcher block = Pattern.compile("@media print\\s*\\{\\s*:root\\s*\\{([^}]*)\\}").matcher(css());
        assertTrue(block.find(), "figuren.css has print colours");
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher m = Pattern.compile("--fig-([a-z_-]+)\\s*:\\s*([^;]+);").matcher(block.group(1));
        while (m.find()) colours.put(m.group(1), m.group(2).strip());
        return colours;
    }

    /**
     * One selector of a top-level rule of figuren.css that can match inside a figure: a chain
     * of classes, or {@code .fig-svg} and then an element name or a chain of classes.
     */
    record CssRule(int order, String element, List<String> classes, int specificity, Map<String, String> declarations)
            implements Comparable<CssRule> {
        boolean matches(Element e) {
            return (element == null || element.equals(e.tagName())) && e.classNames().containsAll(classes);
        }

        @Override
        public int compareTo(CssRule other) {
            return specificity != other.specificity ? Integer.compare(specificity, other.specificity)
                    : Integer.compare(order, other.order);
        }
    }

    /** The top-level rules in source order; @media blocks (colours for other modes) left out. */
    static List<CssRule> cssRules() throws IOException {
        String css = css();
        List<CssRule> rules = new ArrayList<>();
        int i = 0;
        int order = 0;
        while (true) {
            int open = css.indexOf('{', i);
            if (open < 0) break;
            String selector = css.substring(i, open).strip();
            int depth = 1;
            int close = open + 1;
            for (; depth > 0; close++) {
                if (css.charAt(close) == '{') depth++;
                else if (css.charAt(close) == '}') depth--;
            }
            String body = css.substring(open + 1, close - 1);
            i = close;
            if (selector.startsWith("@") || selector.equals(":root")) continue;
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String d : body.split(";")) {
                if (d.isBlank()) continue;
                declarations.put(d.substring(0, d.indexOf(':')).strip(), d.substring(d.indexOf(':') + 1).strip());
            }
            for (String one : selector.split(",")) {
                one = one.strip();
                Matcher m = Pattern.compile("(\\.fig-svg\\s+)?(text|(?:\\.[a-z0-9_-]+)+)").matcher(one);
                if (!m.matches()) continue;
                boolean scoped = m.group(1) != null;
                String compound = m.group(2);
                String element = compound.equals("text") ? "text" : null;
                List<String> classes = element != null ? List.of()
                        : List.of(compound.substring(1).split("\\."));
                int specificity = (scoped ? 100 : 0) + classes.size() * 100 + (element != null ? 1 : 0);
                rules.add(new CssRule(order++, element, classes, specificity, declarations));
            }
        }
        return rules;
    }

    // ------------------------------------------------------------------------------- the texts

    @Test
    void bothLanguagesHaveTheSameFigureKeysAndEveryKeyIsUsed() throws IOException {
        Set<String> nl = keys(I18N.resolve("figuren.properties"));
        Set<String> en = keys(I18N.resolve("figuren_en.properties"));
        assertEquals(nl, en);
        assertTrue(nl.stream().allMatch(k -> k.startsWith("figuur.")), nl.toString());
        // Rendering in English touches every key a figure can need; a missing one throws.
        allFigures(example, english);
        StringBuilder source = new StringBuilder();
        try (var files = Files.list(Fixtures.repoRoot().resolve(
                "generator/src/main/java/be/leerlingenbegeleiding/handbook/render/figure"))) {
            for (Path file : files.sorted().toList()) source.append(Files.readString(file));
        }
        for (String key : nl) assertTrue(source.toString().contains("\"" + key + "\""), "unused key " + key);
    }

    static Set<String> keys(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    static double[] viewBox(Document doc) {
        String[] parts = doc.selectFirst("svg").attr("viewBox").split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                Double.parseDouble(parts[3])};
    }

    /** Strict XML: a stray ampersand or an unclosed element fails here, not in a browser. */
    static void assertWellFormed(String figure) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newDocumentBuilder().parse(new InputSource(new StringReader(figure)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + figure, e);
        }
    }
}
