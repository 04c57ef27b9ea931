package be.leerlingenbegeleiding.handbook.model;

import be.leerlingenbegeleiding.handbook.diag.Position;

/** Markdown text as the author wrote it; renderers turn it into HTML. */
public record Markdown(String text, Position position) {
    @Override
    public String toString() {
        return text;
    }
}
