package be.leerlingenbegeleiding.handbook.model;

import be.leerlingenbegeleiding.handbook.diag.Position;

/** Markdown text as the author wrote it; renderers turn it into HTML. */
public record Markdown(String text, Position position) {
    /**
     * Where the character at {@code offset} of the text stands in its file. A page body starts in
     * column 1; a YAML block text at its indentation, which every line of it shares.
     */
    public Position at(int offset) {
        if (position == null || position.line() == 0) return position;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(position.file(), position.line() + line, position.column() + offset - lineStart);
    }

    @Override
    public String toString() {
        return text;
    }
}
