package be.leerlingenbegeleiding.handbook.bench;

import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the benchmark runs in a fresh JVM to compare like with like against a tool that is started
 * as a process: {@code site DIR OUT} builds only the website of each handbook under DIR and writes
 * it; {@code pdf DIR OUT} renders only the handbook PDF of the handbook in DIR.
 */
public final class Child {
    private Child() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Build.Settings settings = Build.Settings.standard();
        for (Path folder : Build.find(dir)) {
            Build.Result c = Build.checkOne(folder, settings);
            if (c.hasErrors()) throw new IllegalStateException("errors in " + folder + ": " + c.diagnostics());
            Handbook h = c.handbooks().get(0);
            Map<String, byte[]> files = args[0].equals("pdf")
                    ? Map.of("handboek.pdf", Build.pdfs(h, null).get("handboek.pdf").get())
                    : Build.renderSite(h, c.reports().get(folder));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = out.resolve(h.name()).resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
        }
    }
}
