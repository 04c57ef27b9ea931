package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.cli.Main;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template archive is data from elsewhere: it is unpacked once per version, whole or not at
 * all, however many schools (threads or processes) ask for it at once, and never beyond limits
 * or outside its cache folder.
 */
class TemplateArchiveTest {
    @TempDir
    Path tmp;
    private String before;

    @BeforeEach
    void repository() {
        before = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", tmp.resolve("repository").toString());
    }

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty("maven.repo.local");
        else System.setProperty("maven.repo.local", before);
    }

    /** A good template: some files, so that unpacking takes a moment. */
    private static Map<String, byte[]> template() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("handboek/handboek.yaml", bytes("titel: Sjabloon\nstatus: concept\n"));
        files.put("handboek/school.yaml", bytes("naam: !invullen de naam van je school\n"));
        files.put("handboek/cel.yaml", bytes("naam: cel leerlingenbegeleiding\nmandaat: De cel overlegt elke maand.\n"));
        for (int i = 0; i < 40; i++) {
            files.put("handboek/paginas/p" + i + ".md",
                    bytes("---\ntitel: Pagina " + i + "\nvolgorde: " + i + "\n---\n" + "Tekst over {{school}}.\n".repeat(200)));
        }
        return files;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Path publish(String version, Map<String, byte[]> files) throws IOException {
        return jar(tmp.resolve("repository/be/clb/sjabloon/" + version + "/sjabloon-" + version + ".jar"), files);
    }

    private static Path jar(Path jar, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }

    private Path school(Path content, String name, String sjabloon) throws IOException {
        Path s = content.resolve(name);
        Fixtures.write(s, "handboek.yaml", "titel: Beleid\nstatus: concept\nsjabloon: \"" + sjabloon + "\"\n");
        Fixtures.write(s, "school.yaml", "naam: " + name + "\n");
        return s;
    }

    private List<Diagnostic> check(Path folder) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Build.check(folder).structural());
    }

    private static List<Problem> problems(List<Diagnostic> d) {
        return d.stream().map(Diagnostic::problem).toList();
    }

    /** The cache holds no half-unpacked or temporary folder. */
    private void assertNoTemporaryFolders() throws IOException {
        Path cache = tmp.resolve("handboek-sjablonen");
        if (!Files.exists(cache)) return;
        try (Stream<Path> s = Files.walk(cache)) {
            List<Path> left = s.filter(p -> p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().equals(".uitgepakt")).toList();
            assertEquals(List.of(), left);
        }
    }

    // --- finding 6: one artifact, many schools at once ---

    @Test
    void schoolsCheckedAtOnceOnOneNewArtifactAllSeeTheWholeTemplate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 4; round++) {
                String version = "1." + round;
                publish(version, template());
                Path content = tmp.resolve("content" + round);
                List<Path> schools = new ArrayList<>();
                for (int i = 0; i < 6; i++) schools.add(school(content, "school-" + i, "be.clb:sjabloon:" + version));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Build.Result>> each = new ArrayList<>();
                for (Path s : schools) {
                    each.add(pool.submit(() -> {
                        start.await();
                        return Build.check(s);
                    }));
                }
                start.countDown();
                for (Future<Build.Result> f : each) {
                    Build.Result c = f.get(60, TimeUnit.SECONDS);
                    assertEquals(List.of(), c.structural(), "round " + round);
                    assertEquals(40, c.handbooks().get(0).pages().size(), "round " + round);
                }
                // A whole content folder, checked in parallel by the command itself, on a fresh version.
                publish(version + ".1", template());
                Path together = tmp.resolve("samen" + round);
                for (int i = 0; i < 6; i++) school(together, "school-" + i, "be.clb:sjabloon:" + version + ".1");
                Build.Result all = Build.check(together);
                assertEquals(List.of(), all.structural(), "round " + round);
                assertEquals(6, all.handbooks().size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertNoTemporaryFolders();
    }

    @Test
    void twoProcessesUnpackingOneNewArtifactBothSeeTheWholeTemplate() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 2; round++) {
            String version = "3." + round;
            publish(version, template());
            Path content = tmp.resolve("proces" + round);
            for (int i = 0; i < 6; i++) school(content, "school-" + i, "be.clb:sjabloon:" + version);
            List<Process> runs = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                runs.add(new ProcessBuilder(java, "-Dmaven.repo.local=" + tmp.resolve("repository"),
                        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", content.toString())
                        .redirectErrorStream(true).redirectOutput(tmp.resolve("proces" + round + "-" + p + ".log").toFile())
                        .start());
            }
            for (int p = 0; p < 2; p++) {
                assertTrue(runs.get(p).waitFor(120, TimeUnit.SECONDS), "process " + p + " did not finish");
                String log = Files.readString(tmp.resolve("proces" + round + "-" + p + ".log"));
                assertFalse(log.contains("fout["), log);
                assertEquals(ExitCode.OK, runs.get(p).exitValue(), log);
            }
        }
        assertNoTemporaryFolders();
    }

    @Test
    void aHalfUnpackedFolderLeftByACrashIsNotUsed() throws IOException {
        publish("2.0", template());
        Path school = school(tmp.resolve("content"), "school", "be.clb:sjabloon:2.0");
        assertEquals(List.of(), check(school));
        Path cache;
        try (Stream<Path> s = Files.walk(tmp.resolve("handboek-sjablonen"))) {
            cache = s.filter(p -> p.getFileName().toString().equals(".uitgepakt")).findFirst().orElseThrow().getParent();
        }
        // As a crash between writing files and the marker would leave it.
        Files.delete(cache.resolve(".uitgepakt"));
        Files.delete(cache.resolve("handboek/cel.yaml"));
        Build.Result c = Build.check(school);
        assertEquals(List.of(), c.structural());
        assertEquals("cel leerlingenbegeleiding", c.handbooks().get(0).guidanceTeam().name());
    }

    // --- finding 11: limits, names and coordinates ---

    @Test
    void anEntryThatUnpacksToMoreThanAPictureMayWeighIsRefusedAtTheTemplateLine() throws IOException {
        Map<String, byte[]> files = template();
        files.put("handboek/afbeeldingen/groot.png", new byte[21 * 1024 * 1024]);
        publish("2.0", files);
        List<Diagnostic> d = check(school(tmp.resolve("content"), "school", "be.clb:sjabloon:2.0"));
        assertEquals(List.of(Problem.TEMPLATE_ARCHIVE), problems(d), d.toString());
        assertEquals(3, d.get(0).position().line());
        assertEquals(11, d.get(0).position().column());
        assertTrue(d.get(0).toString().contains("sjabloon-2.0.jar"), d.toString());
        assertNoTemporaryFolders();
    }

    @Test
    void anEntryWhoseHeaderUnderstatesItsSizeIsMeasuredAsItIsUnpacked() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("handboek/afbeeldingen/groot.png", new byte[21 * 1024 * 1024]);
        files.putAll(template());
        Path jar = publish("2.0", files);
        // The central directory says 100 bytes; the data inflates to 21 MB.
        byte[] all = Files.readAllBytes(jar);
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        boolean patched = false;
        for (int i = 0; i + 46 < all.length && !patched; i++) {
            if (b.getInt(i) == 0x02014b50 && b.getInt(i + 24) == 21 * 1024 * 1024) {
                b.putInt(i + 24, 100);
                patched = true;
            }
        }
        assumeTrue(patched);
        Files.write(jar, all);
        List<Diagnostic> d = check(school(tmp.resolve("content"), "school", "be.clb:sjabloon:2.0"));
        assertEquals(List.of(Problem.TEMPLATE_ARCHIVE), problems(d), d.toString());
        assertNoTemporaryFolders();
    }

    @Test
    void anArchiveWithTensOfThousandsOfEntriesIsRefused() throws IOException {
        Map<String, byte[]> files = template();
        for (int i = 0; i < 12_000; i++) files.put("handboek/afbeeldingen/" + i + ".png", new byte[0]);
        publish("2.0", files);
        List<Diagnostic> d = check(school(tmp.resolve("content"), "school", "be.clb:sjabloon:2.0"));
        assertEquals(List.of(Problem.TEMPLATE_ARCHIVE), problems(d), d.toString());
        assertNoTemporaryFolders();
    }

    @Test
    void anEntryNameThatClimbsOutOfTheArchiveIsRefusedAndWritesNothing() throws IOException {
        String[] names = {"handboek/../../buiten.txt", "handboek/..\\..\\buiten.txt", "/handboek/buiten.txt",
                "handboek/C:/buiten.txt", "handboek/paginas/../../../buiten.txt"};
        for (int i = 0; i < names.length; i++) {
            Map<String, byte[]> files = template();
            files.put(names[i], bytes("buiten"));
            publish("2." + i, files);
            List<Diagnostic> d = check(school(tmp.resolve("content" + i), "school", "be.clb:sjabloon:2." + i));
            assertEquals(List.of(Problem.TEMPLATE_ARCHIVE), problems(d), names[i] + ": " + d);
            assertEquals(3, d.get(0).position().line());
        }
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().contains("buiten")).toList());
        }
        assertNoTemporaryFolders();
    }

    @Test
    void coordinatesThatClimbOutOfTheRepositoryAreRefused() throws IOException {
        List<Diagnostic> d = check(school(tmp.resolve("content"), "school", "..:tmp:sec"));
        assertEquals(List.of(Problem.TEMPLATE_ARCHIVE), problems(d), d.toString());
        assertEquals(3, d.get(0).position().line());
    }

    @Test
    void coordinatesThatLeadToAnArchiveOutsideTheRepositoryDoNotReadIt() throws IOException {
        // A group id of dots becomes '//' and so an absolute path: here, an archive in tmp.
        String group = "." + tmp.toAbsolutePath().toString().replace('/', '.');
        assumeTrue(group.matches("[\\w.-]+"));
        jar(tmp.resolve("buiten/1/buiten-1.jar"), template());
        List<Diagnostic> d = check(school(tmp.resolve("content"), "school", group + ":buiten:1"));
        assertEquals(List.of(Problem.TEMPLATE_ARCHIVE), problems(d), d.toString());
    }
}
