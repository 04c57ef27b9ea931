package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.model.Compliance;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Level;
import be.leerlingenbegeleiding.handbook.model.RuleSeverity;
import be.leerlingenbegeleiding.handbook.model.School;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules that apply to one handbook: the built-in set (R1–R17, itself data in
 * {@code regels.yaml} beside this class), then the rules its {@code naleving.yaml} adds (its
 * templates' and its own, already merged), with the severities its adjustments set.
 */
final class RuleSet {

    /** A rule ready to run. */
    record Active(String id, Msg title, String basis, RuleSeverity severity, boolean alsoInDraft, boolean builtin,
                  List<Compiled> conditions, Position definedAt, String adjustment) {
    }

    /** A condition with its path or code resolved; {@code n} counts from 1 within the rule. */
    record Compiled(int n, Compliance.Condition condition, PathExpr path, CodeCheck code, Pattern pattern) {
    }

    static final Path BUILT_IN_LABEL = Path.of("(ingebouwd)", "regels.yaml");
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Map<String, CodeCheck> CODE = codeChecks();
    private static final List<Leveled> BUILT_IN = builtIn();

    private RuleSet() {
    }

    static List<Active> of(Handbook h, List<Diagnostic> out) {
        Level level = School.levelOf(h);
        Map<String, Active> rules = new LinkedHashMap<>();
        // Rules written for another level are known (a template for both levels may adjust
        // them) but do not run and are not reported.
        Set<String> otherLevel = new HashSet<>();
        for (Leveled a : BUILT_IN) {
            if (a.rule().appliesTo(level)) rules.put(a.active().id(), a.at(level));
            else otherLevel.add(a.active().id());
        }
        Compliance own = h.compliance();
        if (own == null) return List.copyOf(rules.values());
        for (Compliance.Rule r : own.rules()) {
            Position at = r.source().valueAt("id");
            if (!RULE_ID.matcher(r.id()).matches()) {
                out.add(Diagnostic.error(Problem.INVALID_RULE, at, Msg.of("rule.id", r.id())));
                continue;
            }
            if (rules.containsKey(r.id()) || otherLevel.contains(r.id())) {
                out.add(Diagnostic.error(Problem.INVALID_RULE, at, Msg.of("rule.exists", r.id())));
                continue;
            }
            if (r.title() == null || r.title().isBlank()) {
                out.add(Diagnostic.error(Problem.INVALID_RULE, r.source().keyAt("id"), Msg.of("rule.title", r.id())));
            }
            List<Compiled> conditions = compile(r, out);
            if (!r.appliesTo(level)) {
                otherLevel.add(r.id());
                continue;
            }
            rules.put(r.id(), new Active(r.id(), Msg.text(r.title() == null ? r.id() : r.title()), r.basisFor(level), r.severity(),
                    Boolean.TRUE.equals(r.alsoInDraft()), false, conditions, r.source().position(), null));
        }
        for (Compliance.Adjustment a : own.adjustments()) {
            Active rule = rules.get(a.id());
            if (rule == null && otherLevel.contains(a.id())) continue;
            if (rule == null) {
                out.add(unknownRule(a.id(), a.source().valueAt("id"), rules));
                continue;
            }
            rules.put(a.id(), new Active(rule.id(), rule.title(), rule.basis(), a.severity(), rule.alsoInDraft(), rule.builtin(),
                    rule.conditions(), rule.definedAt(), a.reason() == null ? "" : a.reason()));
        }
        for (Compliance.Exemption e : own.exemptions()) {
            if (!rules.containsKey(e.rule()) && !otherLevel.contains(e.rule())) out.add(unknownRule(e.rule(), e.source().valueAt("regel"), rules));
        }
        return List.copyOf(rules.values());
    }

    private static Diagnostic unknownRule(String id, Position at, Map<String, Active> rules) {
        return Diagnostic.error(Problem.UNKNOWN_RULE, at, id, Suggest.hint(id, rules.keySet()), List.copyOf(rules.keySet()));
    }

    /** The conditions of a rule; each one that cannot run is reported and left out. */
    private static List<Compiled> compile(Compliance.Rule r, List<Diagnostic> out) {
        List<Compiled> compiled = new ArrayList<>();
        for (int i = 0; i < r.conditions().size(); i++) {
            Compliance.Condition c = r.conditions().get(i);
            boolean hasPath = c.path() != null && !c.path().isBlank();
            boolean hasCode = c.code() != null && !c.code().isBlank();
            if (hasPath == hasCode) {
                out.add(Diagnostic.error(Problem.INVALID_RULE, c.source().position(), Msg.of(hasPath ? "rule.both" : "rule.none")));
                continue;
            }
            if (hasCode) {
                CodeCheck check = CODE.get(c.code().strip());
                if (check == null) {
                    out.add(Diagnostic.error(Problem.INVALID_RULE, c.source().valueAt("code"),
                            Msg.of("rule.code", c.code(), Suggest.hint(c.code(), CODE.keySet()), List.copyOf(CODE.keySet()))));
                    continue;
                }
                compiled.add(new Compiled(i + 1, c, null, check, null));
                continue;
            }
            PathExpr path;
            try {
                path = PathExpr.parse(c.path());
            } catch (PathExpr.Invalid e) {
                out.add(Diagnostic.error(Problem.INVALID_RULE, c.source().valueAt("pad"), e.reason));
                continue;
            }
            int tests = (Boolean.TRUE.equals(c.required()) ? 1 : 0) + (c.atLeast() != null ? 1 : 0)
                    + (c.contains().isEmpty() ? 0 : 1) + (c.pattern() != null ? 1 : 0);
            if (tests != 1) {
                out.add(Diagnostic.error(Problem.INVALID_RULE, c.source().valueAt("pad"), Msg.of(tests == 0 ? "rule.noTest" : "rule.manyTests")));
                continue;
            }
            Pattern pattern = null;
            if (c.pattern() != null) {
                try {
                    pattern = Pattern.compile(c.pattern());
                } catch (PatternSyntaxException e) {
                    out.add(Diagnostic.error(Problem.INVALID_RULE, c.source().valueAt("patroon"),
                            Msg.of("rule.pattern", c.pattern(), e.getDescription())));
                    continue;
                }
            }
            compiled.add(new Compiled(i + 1, c, path, null, pattern));
        }
        return compiled;
    }

    /** Built-in code checks, then those of any jar on the class path. */
    private static Map<String, CodeCheck> codeChecks() {
        Map<String, CodeCheck> all = new LinkedHashMap<>();
        for (CodeCheck c : Checks.all()) all.put(c.name(), c);
        for (CodeCheck c : ServiceLoader.load(CodeCheck.class)) all.putIfAbsent(c.name(), c);
        return all;
    }

    /** A built-in rule with what it needs to be fitted to a school's level. */
    private record Leveled(Compliance.Rule rule, Active active) {
        Active at(Level level) {
            String basis = rule.basisFor(level);
            if (java.util.Objects.equals(basis, active.basis())) return active;
            return new Active(active.id(), active.title(), basis, active.severity(), active.alsoInDraft(), true,
                    active.conditions(), null, null);
        }
    }

    private static List<Leveled> builtIn() {
        String text;
        try (InputStream in = RuleSet.class.getResourceAsStream("regels.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Diagnostic> out = new ArrayList<>();
        Compliance set = Bind.text(BUILT_IN_LABEL, text, Compliance.class, out);
        List<Leveled> rules = new ArrayList<>();
        if (set != null) {
            for (Compliance.Rule r : set.rules()) {
                rules.add(new Leveled(r, new Active(r.id(), Msg.of("rule." + r.id() + ".title"), r.basis(), r.severity(),
                        Boolean.TRUE.equals(r.alsoInDraft()), true, compile(r, out), null, null)));
            }
        }
        if (!out.isEmpty()) throw new IllegalStateException("the built-in rule set is broken: " + out);
        return List.copyOf(rules);
    }
}
