package vn.dangvu.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/// Keeps generated documents under target/samples and renders them with pdftoppm (when installed) so a
/// person can look at the layout.
final class ReportSamples {

    private ReportSamples() {
    }

    static void keep(Path pdf, String name) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "samples"));
        Path copy = dir.resolve(name + ".pdf");
        Files.copy(pdf, copy, StandardCopyOption.REPLACE_EXISTING);
        try {
            Process p = new ProcessBuilder("pdftoppm", "-r", "80", "-png", copy.toString(), dir.resolve(name).toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException notInstalled) {
            // rendering is for people looking at the layout; the assertions do not need it
        }
    }
}
