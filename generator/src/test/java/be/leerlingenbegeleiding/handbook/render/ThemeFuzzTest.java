package be.leerlingenbegeleiding.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Language;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whatever a theme file says, it shows data and never reaches Java: rendering it ends in text
 * or in a theme error (HB048), never in another exception, and nothing outside the sandbox
 * happens. The oracle: the data also holds Java objects a theme must not touch (a
 * {@link StringBuilder} that any call would change, a {@link File} that a call would create),
 * and Jazzer's own sanitizers watch for commands run and classes loaded by name. Seeds in
 * {@code ThemeFuzzTestInputs/} are the known escape routes.
 */
class ThemeFuzzTest {
    private static final Path DIR = folder();
    private static final Path THEME = DIR.resolve("vormgeving");
    private static final Path MADE = DIR.resolve("gemaakt-door-thema");
    private static final StringBuilder TRAP = new StringBuilder();
    private static final Handbook HANDBOOK = handbook();

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("thema-fuzz");
            Files.createDirectories(dir.resolve("vormgeving"));
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Handbook handbook() {
        try {
            Path h = Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), DIR.resolve("school"));
            Build.Result c = Build.checkOne(h, Build.Settings.on(LocalDate.of(2026, 11, 23)));
            return c.handbooks().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "8s")
    @DictionaryEntries({"${", "}", "<#assign x=", ">", "<#include \"", "<#import \"", "\" as m>", "<@", "/>", "?new()",
            "\"freemarker.template.utility.Execute\"", "\"freemarker.template.utility.ObjectConstructor\"",
            "\"freemarker.template.utility.JythonRuntime\"", "\"jaz.Zer\"", "(\"jazze\")", "?api", ".getClass()", ".class",
            ".forName(\"jaz.Zer\")", "h.folder()", ".toFile()", ".createNewFile()", ".resolve(\"x\")", "trap.append(\"x\")",
            "file.createNewFile()", "file.delete()", "?eval", "?interpret", "<#setting ", "api_builtin_enabled=true",
            "new_builtin_class_resolver=\"unrestricted\"", "object_wrapper", "?c", "?string", "l.get(\"", "x.md(",
            "h.school().name()", "?keys", "?values", "<#list ", " as i>", "</#list>", "../", "/basis/", "?has_content",
            ".getProtectionDomain()", ".getClassLoader()", ".loadClass(", "statics", "enums", "?then(", "?markup_string"})
    void aThemeFileNeverReachesJava(byte[] bytes) throws IOException {
        Files.write(THEME.resolve("fuzz.ftlh"), bytes);
        // FreeMarker keeps a parsed file for seconds; each input must be read afresh: a new theme value.
        Templates templates = Theme.of(null).reread().templates(List.of(THEME));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("h", HANDBOOK);
        data.put("l", Labels.of(Language.NL_BE));
        data.put("trap", TRAP);
        data.put("file", MADE.toFile());
        try {
            templates.render("fuzz.ftlh", data);
        } catch (ThemeException e) {
            assertEquals(Problem.THEME_ERROR, e.diagnostic().problem());
            assertNotNull(Messages.dutch().format(e.diagnostic()));
        }
        assertEquals(0, TRAP.length(), "the theme called a method of a Java object");
        assertFalse(Files.exists(MADE), "the theme made a file");
    }
}
