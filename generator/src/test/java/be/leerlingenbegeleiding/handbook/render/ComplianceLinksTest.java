package be.leerlingenbegeleiding.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.model.ContentFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A finding on the compliance page links to the page that shows the file it is about. */
class ComplianceLinksTest {
    private static final Path SCHOOL = Path.of("content", "school");

    /** What the school edits and where a reader sees it. */
    private static final Map<String, String> SHOWN = new LinkedHashMap<>();

    static {
        SHOWN.put("handboek.yaml", "index.html");
        SHOWN.put("school.yaml", "index.html");
        SHOWN.put("visie.yaml", "visie.html");
        SHOWN.put("domeinen.yaml", "domeinen/index.html");
        SHOWN.put("zorgcontinuum.yaml", "zorgcontinuum.html");
        SHOWN.put("rollen.yaml", "rollen/index.html");
        SHOWN.put("cel.yaml", "cel.html");
        SHOWN.put("clb.yaml", "clb.html");
        SHOWN.put("leersteun.yaml", "leersteun.html");
        SHOWN.put("crisis.yaml", "crisis/index.html");
        SHOWN.put("opdrachten.yaml", "opdrachten.html");
        SHOWN.put("kwaliteit.yaml", "kwaliteit.html");
        SHOWN.put("professionalisering.yaml", "professionalisering.html");
        SHOWN.put("contact.yaml", "contact.html");
        SHOWN.put("functies/zorgcoordinator.yaml", "functies/zorgcoordinator.html");
        SHOWN.put("praktijkvoorbeelden/onthaal.md", "praktijkvoorbeelden/onthaal.html");
        SHOWN.put("paginas/huiswerkbeleid.md", "paginas/huiswerkbeleid.html");
    }

    /** Parts no reader's page shows: the rules, the internal staff part, pictures and the theme. */
    private static final Set<ContentFile> PAGELESS = Set.of(ContentFile.NALEVING, ContentFile.PERSONEEL,
            ContentFile.AFBEELDINGEN, ContentFile.VORMGEVING,
            // Internal like the staff part; the school's own policy PDFs, like pictures.
            ContentFile.DOORLICHTING, ContentFile.DOCUMENTEN);

    @Test
    void eachContentFileLinksToThePageThatShowsIt() {
        SHOWN.forEach((file, page) -> assertEquals(page, ComplianceView.pageOf(SCHOOL.resolve(file)), file));
    }

    @Test
    void theRulesStaffPicturesAndThemeLinkNowhere() {
        assertNull(ComplianceView.pageOf(SCHOOL.resolve("naleving.yaml")));
        assertNull(ComplianceView.pageOf(SCHOOL.resolve("personeel/jan.yaml")));
        assertNull(ComplianceView.pageOf(SCHOOL.resolve("afbeeldingen/logo.png")));
        assertNull(ComplianceView.pageOf(SCHOOL.resolve("vormgeving/layout.ftlh")));
        assertNull(ComplianceView.pageOf(SCHOOL.resolve("notities.txt")));
    }

    @Test
    void everyKindOfContentFileHasAPageOrIsKnownToHaveNone() {
        for (ContentFile f : ContentFile.values()) {
            if (PAGELESS.contains(f)) continue;
            Path file = f.isFolder() ? SCHOOL.resolve(f.fileName()).resolve("iets" + f.entryExtension()) : SCHOOL.resolve(f.fileName());
            String page = ComplianceView.pageOf(file);
            assertNotNull(page, f.fileName() + " has no page for its findings to link to");
            PageKind kind = PageKind.at(page).orElseThrow();
            assertTrue(kind.shows().contains(f), page + " shows " + f.fileName());
        }
    }
}
