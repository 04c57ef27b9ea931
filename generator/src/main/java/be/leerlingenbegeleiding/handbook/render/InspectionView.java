package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.comply.Evidence;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Inspection;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The internal document "voor de doorlichting" as its template reads it: per expectation of the
 * inspection's frame, each part of the handbook named as evidence with the public page that shows
 * it and whether it is written, empty or still to be filled in.
 */
public record InspectionView(List<Row> rows, long unsupported) {

    /** One part named as evidence. {@code href} is the public page's full address, null without {@code publicatie_url}. */
    public record Item(String path, String page, String href, String state) {
    }

    /** One expectation and its evidence. */
    public record Row(Inspection.Expectation expectation, List<Item> items, boolean unsupported) {
    }

    static InspectionView of(Handbook h, SitePlan plan) {
        String site = h.metadata().publicationUrl();
        List<Row> rows = new ArrayList<>();
        for (Evidence.Row r : Evidence.of(h)) {
            List<Item> items = new ArrayList<>();
            for (Evidence.Part p : r.parts()) {
                Site.Page page = plan.page(path(p));
                String href = page == null || site == null ? null : site + page.path();
                items.add(new Item(p.path(), page == null ? null : page.title(), href, p.state().name().toLowerCase(java.util.Locale.ROOT)));
            }
            rows.add(new Row(r.expectation(), items, r.unsupported()));
        }
        return new InspectionView(rows, rows.stream().filter(Row::unsupported).count());
    }

    /** The public page that shows a part: its own page when it has one, else its file's page; null for none. */
    private static String path(Evidence.Part p) {
        Object s = p.subject();
        if (s instanceof Domain) return PageKind.DOMEIN.path(s);
        if (s instanceof Role) return PageKind.ROL.path(s);
        if (s instanceof FunctionDescription) return PageKind.FUNCTIE.path(s);
        if (s instanceof Page page) return (p.file() == ContentFile.PAGINAS ? PageKind.PAGINA : PageKind.VOORBEELD).path(page);
        return switch (p.file()) {
            case FUNCTIES -> PageKind.FUNCTIES.path();
            case PRAKTIJKVOORBEELDEN -> PageKind.VOORBEELDEN.path();
            default -> PageKind.showing(p.file()).filter(k -> !k.perSubject()).map(PageKind::path).orElse(null);
        };
    }
}
