package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.Compliance;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Internal;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Source;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Every text an author wrote in a handbook, with where it starts: plain values and Markdown
 * alike. Checks that read prose (privacy, link texts) work on these.
 */
final class Texts {

    /**
     * One text. {@code markdown} texts map an offset to a line and column by counting lines
     * from {@code start}; a plain value is one line.
     */
    static final class Text {
        private final String text;
        private final Position start;
        private final boolean markdown;
        /** The key it is written under, relative to its record (e.g. {@code doelen[0]}); null for a page body. */
        private String key;
        /** The text's line breaks, found on the first {@link #at}. */
        private Markdown.Lines lines;

        Text(String text, Position start, boolean markdown) {
            this.text = text;
            this.start = start;
            this.markdown = markdown;
        }

        String text() {
            return text;
        }

        String key() {
            return key;
        }

        Position start() {
            return start;
        }

        boolean markdown() {
            return markdown;
        }

        /**
         * The position of the character at {@code offset}: a check can report tens of thousands
         * of findings in one long text, so the line breaks are found once.
         */
        Position at(int offset) {
            if (!markdown || start == null || start.line() == 0) return start;
            if (lines == null) lines = new Markdown(text, start).lines();
            return lines.at(offset);
        }
    }

    private Texts() {
    }

    /** Every text, published or not (only the compliance settings are left out). */
    static List<Text> of(Handbook h) {
        return collect(h, false);
    }

    /**
     * The texts the site and the public PDFs show: every text except those in a part marked
     * {@link Internal} (a type or a component). The compliance settings are never published.
     */
    static List<Text> published(Handbook h) {
        return collect(h, true);
    }

    /** The published texts of one part of the model. */
    static List<Text> publishedOf(Record part) {
        List<Text> out = new ArrayList<>();
        walk(part, null, null, true, out);
        return out;
    }

    /** Every text of one part of the model, internal or not. */
    static List<Text> allOf(Record part) {
        List<Text> out = new ArrayList<>();
        walk(part, null, null, false, out);
        return out;
    }

    private static List<Text> collect(Handbook h, boolean publishedOnly) {
        List<Text> out = new ArrayList<>();
        for (RecordComponent c : Handbook.class.getRecordComponents()) {
            // naleving.yaml quotes the very texts it silences.
            if (c.getType() == Compliance.class) continue;
            if (publishedOnly && c.isAnnotationPresent(Internal.class)) continue;
            walk(PathExpr.read(c, h), null, null, publishedOnly, out);
        }
        return out;
    }

    private static Text keyed(Text t, String key) {
        t.key = key;
        return t;
    }

    private static void walk(Object o, Source owner, String key, boolean publishedOnly, List<Text> out) {
        if (publishedOnly && o != null && o.getClass().isAnnotationPresent(Internal.class)) return;
        if (o instanceof String s) {
            if (owner != null) out.add(keyed(new Text(s, owner.valueAt(key), false), key));
        } else if (o instanceof Markdown m) {
            if (m.position() != null) out.add(keyed(new Text(m.text(), m.position(), true), key));
        } else if (o instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) walk(list.get(i), owner, key + "[" + i + "]", publishedOnly, out);
        } else if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, owner, key + "." + (k instanceof Coded c ? c.code() : k), publishedOnly, out));
        } else if (o instanceof Collection<?> c) {
            c.forEach(x -> walk(x, owner, key, publishedOnly, out));
        } else if (o instanceof Record r && !(o instanceof Source)) {
            Source src = PathExpr.source(r);
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                var k = c.getAnnotation(be.leerlingenbegeleiding.handbook.model.Key.class);
                // Un-keyed texts are ids taken from file names, not prose.
                if (c.getType() == Source.class || k == null && c.getType() == String.class) continue;
                if (publishedOnly && c.isAnnotationPresent(Internal.class)) continue;
                walk(PathExpr.read(c, r), src != null ? src : owner, k != null ? k.value() : c.getName(), publishedOnly, out);
            }
        }
    }
}
