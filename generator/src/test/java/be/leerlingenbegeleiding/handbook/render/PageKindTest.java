package be.leerlingenbegeleiding.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page of the site has a kind, and a kind's path leads to that kind and no other. */
class PageKindTest {

    @Test
    void noTwoKindsShareAPathAndEachPathNamesItsKind() {
        Map<String, PageKind> seen = new HashMap<>();
        for (PageKind k : PageKind.values()) {
            // A page per subject: any id under its folder is that kind's page.
            String path = k.perSubject() ? k.path("een-id") : k.path();
            PageKind before = seen.put(path, k);
            assertEquals(null, before, path + " is the path of both " + before + " and " + k);
            assertEquals(Optional.of(k), PageKind.at(path), "the kind at " + path);
        }
    }

    @Test
    void everyLayoutOfAPageIsAKindAndEveryKindHasItsLayout() throws IOException {
        Path theme = Fixtures.repoRoot().resolve("templates");
        Set<String> layouts = new TreeSet<>();
        try (Stream<Path> s = Files.list(theme.resolve("pagina"))) {
            s.forEach(p -> layouts.add("pagina/" + p.getFileName()));
        }
        Set<String> kinds = new TreeSet<>();
        for (PageKind k : PageKind.values()) kinds.add(k.template());
        assertEquals(layouts, kinds, "templates/pagina/ against the page kinds");
    }

    @Test
    void everyPageOfTheExampleSitesHasTheKindItsPathNames() throws IOException {
        Set<PageKind> made = EnumSet.noneOf(PageKind.class);
        for (Path folder : Build.find(Fixtures.repoRoot().resolve("content"))) {
            Build.Result checked = Build.checkOne(folder, Build.Settings.standard());
            Handbook h = checked.handbooks().get(0).publicPart();
            SitePlan plan = SitePlan.of(h, Labels.of(h.metadata().language()), checked.reports().get(folder));
            List<String> paths = new ArrayList<>();
            for (Site.Page page : plan.pages) {
                assertNotNull(page.kind(), page.title());
                assertEquals(Optional.of(page.kind()), PageKind.at(page.path()), folder.getFileName() + ": " + page.path());
                assertTrue(Files.isRegularFile(Fixtures.repoRoot().resolve("templates").resolve(page.kind().template())));
                paths.add(page.path());
                made.add(page.kind());
            }
            assertEquals(paths.size(), new TreeSet<>(paths).size(), folder.getFileName() + ": two pages at one path in " + paths);
            assertFalse(plan.pages.isEmpty());
        }
        // "Wat is er nieuw" needs an earlier edition, which no example names (see WhatsNewPageTest).
        assertEquals(EnumSet.complementOf(EnumSet.of(PageKind.NIEUW)), made, "the example handbooks make a page of every kind");
    }

    @Test
    void aKindPrintsAsItsLayoutNameSoOlderThemesKeepWorking() {
        // pagina-${page.kind()} and page.kind() == "start" in a school's own layout.ftlh.
        assertEquals("start", String.valueOf(PageKind.START));
        assertEquals("404", String.valueOf(PageKind.NIET_GEVONDEN));
        assertEquals("pagina/rol.ftlh", PageKind.ROL.template());
    }
}
