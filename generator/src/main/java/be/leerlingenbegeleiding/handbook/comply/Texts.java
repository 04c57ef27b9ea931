package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.Compliance;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Field;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Model;
import be.leerlingenbegeleiding.handbook.model.RecordType;
import be.leerlingenbegeleiding.handbook.model.ValuePath;
import java.util.ArrayList;
import java.util.List;

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
        /** The place it is written, relative to its record (e.g. {@code doelen[0]}). */
        private ValuePath key;
        /** The text's line breaks, found on the first {@link #at}. */
        private Markdown.Lines lines;

        Text(String text, Position start, boolean markdown) {
            this.text = text;
            this.start = start;
            this.markdown = markdown;
        }

        /** A Markdown text, whose lines may come from more than one file (a page merged by section). */
        Text(Markdown m) {
            this(m.text(), m.position(), true);
            this.source = m;
        }

        /** The Markdown this text is, when it carries where its lines come from. */
        private Markdown source;

        String text() {
            return text;
        }

        ValuePath key() {
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
            if (lines == null) lines = (source != null ? source : new Markdown(text, start)).lines();
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
        walk(part, true, out);
        return out;
    }

    /** Every text of one part of the model, internal or not. */
    static List<Text> allOf(Record part) {
        List<Text> out = new ArrayList<>();
        walk(part, false, out);
        return out;
    }

    private static List<Text> collect(Handbook h, boolean publishedOnly) {
        List<Text> out = new ArrayList<>();
        Model.walk(h, v -> {
            // naleving.yaml quotes the very texts it silences.
            if (v.value() instanceof Compliance) return false;
            return visit(v, publishedOnly, out);
        });
        return out;
    }

    private static Text keyed(Text t, ValuePath key) {
        t.key = key;
        return t;
    }

    private static void walk(Record part, boolean publishedOnly, List<Text> out) {
        Model.walk(part, v -> visit(v, publishedOnly, out));
    }

    /** Collects a text; returns whether to look inside the value. */
    private static boolean visit(Model.Value v, boolean publishedOnly, List<Text> out) {
        Object o = v.value();
        Field f = v.field();
        if (publishedOnly && (f != null && f.internal() || o instanceof Record r && RecordType.of(r.getClass()).internal())) {
            return false;
        }
        // Un-keyed texts are ids taken from file names, not prose.
        if (f != null && !f.keyed() && f.type() == String.class) return false;
        if (o instanceof String s) {
            if (v.owner() != null) out.add(keyed(new Text(s, v.at(), false), v.path()));
        } else if (o instanceof Markdown m) {
            if (m.position() != null) out.add(keyed(new Text(m), v.path()));
        }
        return true;
    }
}
