package dev.protovet.maven;

import dev.protovet.engine.policy.Judgement;
import dev.protovet.engine.report.ErrorFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The report files every check leaves in {@code target/protovet/}: one per format a CI server reads, and
 * {@code breaking.html} for people.
 */
final class Reports {
    static final String HTML = "breaking.html";
    static final Map<String, ErrorFormat> FILES = Map.of(
            "breaking.txt", ErrorFormat.TEXT,
            "breaking.json", ErrorFormat.JSON,
            "breaking-junit.xml", ErrorFormat.JUNIT,
            "breaking.sarif", ErrorFormat.SARIF);

    private Reports() {
    }

    /** Removes the reports of an earlier run, so that a check that cannot run leaves none that look current. */
    static void clear(Path directory) throws MojoExecutionException {
        try {
            for (String name : FILES.keySet()) {
                Files.deleteIfExists(directory.resolve(name));
            }
            Files.deleteIfExists(directory.resolve(HTML));
            CheckStamp.delete(directory);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot remove the old reports in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Writes every report of {@code judgement}, a check against {@code baseline} (as the log names it). */
    static void write(Path directory, Judgement judgement, String baseline) throws MojoExecutionException {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, ErrorFormat> file : FILES.entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue().writer().write(judgement),
                        StandardCharsets.UTF_8);
            }
            Files.writeString(directory.resolve(HTML), HtmlReport.of(judgement, baseline), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the reports to " + directory + ": " + e.getMessage(), e);
        }
    }
}
