package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A handbook's and its template's own theme files in {@code vormgeving/}, file by file. */
class ThemeLayerTest {
    @TempDir
    Path tmp;

    void write(String path, String text) throws IOException {
        Fixtures.write(tmp, path, text);
    }

    /** The school is a draft: an incomplete adopted policy would not build (compliance rules). */
    Path build() {
        Path out = tmp.resolve("uit");
        Fixtures.Run run = Fixtures.run("build", tmp.resolve("inhoud/school").toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        return out.resolve("school");
    }

    void layers() throws IOException {
        write("inhoud/sjabloon/handboek.yaml", "titel: Sjabloon\nstatus: vastgesteld\n");
        write("inhoud/sjabloon/school.yaml", "naam: Sjabloonschool\n");
        write("inhoud/school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../sjabloon\n");
        write("inhoud/school/school.yaml", "naam: Atheneum Ter Heide\n");
    }

    @Test
    void aStyleSheetIsReplacedFileByFileNearestHandbookFirst() throws IOException {
        layers();
        write("inhoud/sjabloon/vormgeving/assets/stijl.css", "/* sjabloon */\n");
        write("inhoud/sjabloon/vormgeving/assets/handboek.js", "/* sjabloon js */\n");
        write("inhoud/school/vormgeving/assets/stijl.css", "/* school */\n");
        Path site = build();
        assertEquals("/* school */\n", Files.readString(site.resolve("assets/stijl.css")));
        assertEquals("/* sjabloon js */\n", Files.readString(site.resolve("assets/handboek.js")));
        assertTrue(Files.readString(site.resolve("assets/zoeken.js")).length() > 100, "the jar's file where no layer has one");
    }

    @Test
    void aSchoolsLayoutCanWrapTheVersionItReplaces() throws IOException {
        layers();
        write("inhoud/school/vormgeving/pagina/start.ftlh",
                "<p class=\"welkom\">Welkom op ${h.school().name()}!</p>\n<#include \"/basis/pagina/start.ftlh\">\n");
        Document home = Jsoup.parse(build().resolve("index.html").toFile(), "UTF-8");
        assertEquals("Welkom op Atheneum Ter Heide!", home.selectFirst("main .welkom").text());
        assertTrue(home.selectFirst("main").text().contains("Over dit handboek"), "the standard home page follows");
    }

    @Test
    void theThemeFolderIsNotContentAndChecksClean() throws IOException {
        layers();
        write("inhoud/school/vormgeving/layout.ftlh", "<#include \"/basis/layout.ftlh\">\n");
        assertEquals(java.util.List.of(), Build.check(tmp.resolve("inhoud/school")).structural());
        Document home = Jsoup.parse(build().resolve("index.html").toFile(), "UTF-8");
        assertEquals("Ons beleid", home.selectFirst("h1").text());
    }

    @Test
    void picturesOfTheTemplateComeAlongAndTheSchoolsOwnWin() throws IOException {
        layers();
        write("inhoud/sjabloon/afbeeldingen/logo.svg", "<svg>sjabloon</svg>");
        write("inhoud/sjabloon/afbeeldingen/schema.svg", "<svg>schema</svg>");
        write("inhoud/school/afbeeldingen/logo.svg", "<svg>school</svg>");
        Path site = build();
        assertEquals("<svg>school</svg>", Files.readString(site.resolve("afbeeldingen/logo.svg")));
        assertEquals("<svg>schema</svg>", Files.readString(site.resolve("afbeeldingen/schema.svg")));
    }
}
