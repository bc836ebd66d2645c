package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks in .pre-commit-hooks.yaml, run by the real pre-commit tool in a throwaway repository: a compatible
 * commit goes through, a breaking one is rejected with the finding printed. CI installs pre-commit (.ci/run);
 * elsewhere the test is skipped when pre-commit is missing, but never in CI.
 */
@Tag("distribution") // runs the packaged launcher
class PreCommitHookTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final String V1 = """
            syntax = "proto3";
            package acme.users.v1;
            message User {
              string id = 1;
              string email = 2;
            }
            """;

    @TempDir
    Path tmp;
    Path hooks;
    Path repo;

    @BeforeEach
    void aRepositoryUsingProtovetsHooks() throws Exception {
        boolean installed = run(tmp, Map.of(), "pre-commit", "--version").exitCode == 0;
        if (!"true".equals(System.getenv("CI"))) {
            assumeThat(installed).as("pre-commit is installed").isTrue();
        }
        assertThat(installed).as("pre-commit must be installed in CI (.ci/run installs it)").isTrue();

        // The hooks as they are in this checkout, served from a repository of their own, as pre-commit wants.
        hooks = Files.createDirectories(tmp.resolve("hooks"));
        Files.copy(PROJECT.resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        git(hooks, "init", "-q", "-b", "main");
        git(hooks, "add", "-A");
        git(hooks, "commit", "-q", "-m", "hooks");
        String rev = run(hooks, Map.of(), "git", "rev-parse", "HEAD").output.trim();

        repo = Files.createDirectories(tmp.resolve("repo"));
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: protovet-build
                      - id: protovet-breaking
                """.formatted(hooks, rev));
        write("proto/acme/users/v1/user.proto", V1);
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "v1");
        assertThat(run(repo, env(), "pre-commit", "install").exitCode).isZero();
    }

    @Test
    void aCompatibleCommitGoesThrough() throws Exception {
        write("proto/acme/users/v1/user.proto", V1.replace("  string email = 2;\n", "  string email = 2;\n  string name = 3;\n"));
        Result commit = commit("add a name");
        assertThat(commit.exitCode).as(commit.output).isZero();
        assertThat(commit.output).contains("protovet breaking", "Passed");
    }

    @Test
    void aBreakingCommitIsRejectedWithTheFinding() throws Exception {
        write("proto/acme/users/v1/user.proto", V1.replace("  string email = 2;\n", ""));
        Result commit = commit("drop the email");
        assertThat(commit.exitCode).isNotZero();
        assertThat(commit.output).contains("protovet breaking", "Failed",
                "proto/acme/users/v1/user.proto:3:1:Previously present field \"2\" with name \"email\" on message \"User\" was deleted.");
    }

    @Test
    void aCommitThatDoesNotCompileIsRejectedByTheBuildHookWithACompileFinding() throws Exception {
        write("proto/acme/users/v1/user.proto", V1.replace("string email = 2;", "string email = 2"));
        Result commit = commit("typo");
        assertThat(commit.exitCode).isNotZero();
        assertThat(commit.output).contains("protovet build", "proto/acme/users/v1/user.proto:6:1:Expected \";\".");
    }

    private Result commit(String message) throws Exception {
        git(repo, "add", "-A");
        return run(repo, env(), "git", "-c", "user.email=dev@example.com", "-c", "user.name=Dev", "commit", "-q", "-m", message);
    }

    private Map<String, String> env() {
        String bin = Path.of(System.getProperty("protovet.launcher")).getParent().toString();
        return Map.of("PATH", bin + ":" + System.getenv("PATH"), "PRE_COMMIT_HOME", tmp.resolve("cache").toString());
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void git(Path in, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.email=dev@example.com", "-c", "user.name=Dev"));
        command.addAll(List.of(args));
        Result result = run(in, Map.of(), command.toArray(String[]::new));
        assertThat(result.exitCode).as(result.output).isZero();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path in, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output + "\n(timed out)");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
    }
}
