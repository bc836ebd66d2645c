package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up stays quick: a check of two directories loads none of Maven's resolver, which only a {@code maven:}
 * input needs (the distribution's class-data archive is trained without it).
 */
class StartupClassesTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final List<String> MAVEN_PACKAGES = List.of("org.eclipse.aether.", "org.apache.maven.");

    @TempDir
    Path tmp;

    @Test
    void directoriesLoadNoMavenClasses() throws Exception {
        Run run = protovet("breaking", EXAMPLES.resolve("after").toString(), "--against", EXAMPLES.resolve("before").toString());
        assertThat(run.exitCode).as(run.messages()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.loaded(MAVEN_PACKAGES)).isEmpty();
    }

    @Test
    void aMavenInputLoadsTheResolver() throws Exception {
        Path jar = tmp.resolve("repository/org/acme/orders/1.0/orders-1.0.jar");
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(EXAMPLES.resolve("before"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(EXAMPLES.resolve("before").relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        Run run = protovet("-Dmaven.repo.local=" + tmp.resolve("repository"),
                "-Dprotovet.maven.settings=" + tmp.resolve("no-settings.xml"),
                "breaking", EXAMPLES.resolve("after").toString(), "--against", "maven:org.acme:orders:1.0");
        assertThat(run.exitCode).as(run.messages()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.loaded(MAVEN_PACKAGES)).contains("org.eclipse.aether.supplier.RepositorySystemSupplier");
    }

    /** Runs the CLI in a JVM of its own (system properties first), listing the classes it loads. */
    private Run protovet(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-Dprotovet.protoc=" + System.getProperty("protovet.protoc"),
                "-cp", System.getProperty("java.class.path")));
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("-D") ? command : rest).add(arg);
        }
        command.add(Main.class.getName());
        command.addAll(rest);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("protovet did not finish in 120 s");
        }
        return new Run(process.exitValue(), output.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {
        /** What protovet printed, without the class-loading log. */
        String messages() {
            return output.lines().filter(l -> !l.contains("[class,load]")).collect(java.util.stream.Collectors.joining("\n"));
        }

        /** The loaded classes whose names start with one of {@code prefixes}. */
        List<String> loaded(List<String> prefixes) {
            return output.lines()
                    .filter(l -> l.contains("[class,load]"))
                    .map(l -> l.replaceAll("^.*\\[class,load\\] (\\S+).*$", "$1"))
                    .filter(name -> prefixes.stream().anyMatch(name::startsWith))
                    .toList();
        }
    }
}
