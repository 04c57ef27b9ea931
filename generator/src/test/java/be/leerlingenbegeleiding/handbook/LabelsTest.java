package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.Language;
import be.leerlingenbegeleiding.handbook.render.Labels;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The website's fixed texts exist in Dutch and English, for every key the theme uses. */
class LabelsTest {
    private static final Path I18N = Fixtures.repoRoot().resolve("templates/i18n");

    static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void englishHasExactlyTheKeysOfDutch() throws IOException {
        for (String bundle : List.of("labels", "figuren")) {
            assertEquals(keys(bundle + ".properties"), keys(bundle + "_en.properties"), bundle);
        }
    }

    @Test
    void everyKeyTheTemplatesAskForExists() throws IOException {
        Set<String> known = new TreeSet<>(keys("labels.properties"));
        known.addAll(keys("figuren.properties"));
        Pattern literal = Pattern.compile("l\\.(?:get|count)\\(\"([^\"]+)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.repoRoot().resolve("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).sorted().toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) if (!known.contains(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aCountReadsInTheNumberItCounts() {
        Labels nl = Labels.of(Language.NL_BE);
        Labels en = Labels.of(Language.EN);
        assertEquals("1 taak", nl.count("aantal.taken", 1));
        assertEquals("0 taken", nl.count("aantal.taken", 0));
        assertEquals("3 taken", nl.count("aantal.taken", 3));
        assertEquals("1 lestijd", nl.count("uren.lestijden", 1));
        assertEquals("1,5 lestijden", nl.count("uren.lestijden", 1.5));
        assertEquals("1 task", en.count("aantal.taken", 1));
        assertEquals("1.5 teaching periods", en.count("uren.lestijden", 1.5));
        // An apostrophe is text in a count as in every other label, and the rest of the text follows the count.
        assertEquals("2 pagina's", Labels.choose("1#{0} pagina|1<{0} pagina's", 2).replace("{0}", "2"));
        assertEquals("1 fout: zie de uitvoer van handbook build", nl.count("overzicht.fouten", 1));
    }

    @Test
    void everyCountingLabelHasASingularAndAPluralInBothLanguages() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String file : List.of("labels.properties", "labels_en.properties", "figuren.properties", "figuren_en.properties")) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (!v.contains("1#")) continue;
                if (Labels.choose(v, 1).equals(Labels.choose(v, 2))) wrong.add(file + ": " + key);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyCodedValueHasANameInBothLanguages() throws Exception {
        Set<String> nl = keys("labels.properties");
        Set<String> en = keys("labels_en.properties");
        List<String> missing = new ArrayList<>();
        Path model = Fixtures.repoRoot().resolve("generator/src/main/java/be/leerlingenbegeleiding/handbook/model");
        try (Stream<Path> files = Files.list(model)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                Class<?> c = Class.forName("be.leerlingenbegeleiding.handbook.model." + name);
                if (!c.isEnum() || !Coded.class.isAssignableFrom(c) || name.equals("Language")) continue;
                for (Object v : c.getEnumConstants()) {
                    String key = name + "." + ((Coded) v).code();
                    if (!nl.contains(key)) missing.add("nl " + key);
                    if (!en.contains(key)) missing.add("en " + key);
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }
}
