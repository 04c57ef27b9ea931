package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.edition.Changes;
import be.leerlingenbegeleiding.handbook.edition.Parts;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Wat is er nieuw" page and PDF appendix: the parts changed since the previous edition
 * ({@code vorige_uitgave}), per status, each linked to the page that shows it now.
 *
 * @param ref the previous edition as {@code handboek.yaml} names it (a tag, a folder)
 * @param schoolYear its {@code schooljaar}, or null
 * @param edition its {@code editie}, or null
 */
public record WhatsNew(String ref, String schoolYear, String edition, List<Changes.Change> changes) {
    public WhatsNew {
        changes = List.copyOf(changes);
    }

    /** The previous edition as a reader knows it: "schooljaar 2024-2025, versie 2", else the reference. */
    String since(Labels l) {
        if (schoolYear == null) return edition == null ? ref : edition;
        return edition == null ? l.get("nieuw.schooljaar", schoolYear) : l.get("nieuw.schooljaar.editie", schoolYear, edition);
    }

    /** One changed part as the page lists it; {@code href} is null for a part that is gone. */
    public record Item(String label, String href) {
    }

    /** New, changed or removed parts under their heading. */
    public record Group(String id, String title, List<Item> items) {
    }

    /** The groups that have parts, in the order new, changed, removed; links relative to {@code from}. */
    List<Group> groups(Labels l, SitePlan plan, Site.Page from, boolean print) {
        List<Group> out = new ArrayList<>();
        for (Changes.Status s : Changes.Status.values()) {
            List<Item> items = new ArrayList<>();
            for (Changes.Change c : Changes.of(changes, s)) {
                Parts.Part p = c.part();
                // Staff members and the inspection's frame are internal: never on the public page.
                if (p.where() == ContentFile.PERSONEEL || p.where() == ContentFile.DOORLICHTING) continue;
                String href = s == Changes.Status.VERWIJDERD ? null : href(plan, p);
                items.add(new Item(EditionText.label(l, p), href == null ? null : (print ? "" : from.root()) + href));
            }
            if (!items.isEmpty()) out.add(new Group(s.name().toLowerCase(java.util.Locale.ROOT), l.get("wijzigingen." + s.name(), items.size()), items));
        }
        return out;
    }

    /** The path (and anchor) of the page that shows a part, when the site has that page. */
    static String href(SitePlan plan, Parts.Part p) {
        String path = switch (p.where()) {
            case ROLLEN -> p.subject() == null ? null : PageKind.ROL.path(p.subject());
            case DOMEINEN -> p.subject() == null ? PageKind.DOMEINEN.path() : PageKind.DOMEIN.path(p.subject());
            case CRISIS -> p.subject() == null ? PageKind.CRISIS.path() : PageKind.CRISISPROTOCOL.path(p.subject());
            case PAGINAS -> PageKind.PAGINA.path(p.subject());
            case PRAKTIJKVOORBEELDEN -> PageKind.VOORBEELD.path(p.subject());
            case FUNCTIES -> PageKind.FUNCTIE.path(p.subject());
            default -> PageKind.showing(p.where()).filter(k -> !k.perSubject()).map(PageKind::path).orElse(null);
        };
        if (path == null || plan.page(path) == null) return null;
        return p.anchor() == null ? path : path + "#" + PageHtml.slug(p.anchor());
    }
}
