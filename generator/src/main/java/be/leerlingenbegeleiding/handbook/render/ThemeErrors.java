package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.diag.Msg;

import be.leerlingenbegeleiding.handbook.diag.Position;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and why FreeMarker failed, told as a diagnostic on a theme file. The failing place may
 * be in the jar's own theme (a handbook's layout calling a built-in macro wrongly); the place
 * shown is then the nearest one on FreeMarker's stack that lies in a file of the handbook or its
 * templates, since only those can be changed by whoever reads the message.
 */
final class ThemeErrors {
    private ThemeErrors() {
    }

    /** A frame of FreeMarker's instruction stack as it prints it. */
    private static final Pattern FRAME = Pattern.compile(
            "\\[in template \"((?:[^\"\\\\]|\\\\.)*)\"(?: in (?:macro|function) \"[^\"]*\")? at line (\\d+), column (\\d+)]");
    private static final int LONGEST = 300;

    private record Place(String template, int line, int column) {
    }

    /**
     * The place in a handbook's or template's theme file to blame, or null when the failure
     * lies in the jar's theme alone. {@code file} maps a template name to its file, or null.
     */
    static Position position(Exception e, String template, Function<String, Path> file) {
        Templates.Refused refused = cause(e, Templates.Refused.class);
        if (refused != null && refused == e) return Position.ofFile(refused.file());
        for (Place p : places(e)) {
            if (p.template() == null) continue;
            Path f = file.apply(p.template());
            if (f != null) return new Position(f, p.line(), p.column());
        }
        return null;
    }

    private static List<Place> places(Exception e) {
        List<Place> out = new ArrayList<>();
        ParseException parse = cause(e, ParseException.class);
        if (parse != null) out.add(new Place(parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber()));
        if (e instanceof TemplateException t) {
            if (t.getLineNumber() != null) {
                out.add(new Place(t.getTemplateSourceName(), t.getLineNumber(), t.getColumnNumber() == null ? 0 : t.getColumnNumber()));
            }
            String stack = t.getFTLInstructionStack();
            if (stack != null) {
                Matcher m = FRAME.matcher(stack);
                while (m.find()) {
                    out.add(new Place(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"),
                            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                }
            }
        }
        return out;
    }

    /** What went wrong, in one short line: FreeMarker's own words without its stack and tips. */
    static Object text(Exception e) {
        if (cause(e, Templates.Refused.class) != null) return Templates.Refused.WHY;
        ParseException parse = cause(e, ParseException.class);
        String s;
        if (parse != null) s = parse.getEditorMessage();
        else if (e instanceof TemplateException t) s = t.getMessageWithoutStackTop();
        else s = e.getMessage();
        if (s == null) s = e.toString();
        // The sandbox's refusals in the reader's language; other errors are FreeMarker's own, as a
        // compiler's would be.
        if (s.contains("for security reasons") || s.contains("api_builtin_enabled")) return Msg.of("HB048.java");
        int tips = s.indexOf("\n----");
        if (tips >= 0) s = s.substring(0, tips);
        s = FRAME.matcher(s).replaceAll("").replaceAll("\\s+", " ").strip();
        return s.length() > LONGEST ? s.substring(0, LONGEST - 1) + "…" : s;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
