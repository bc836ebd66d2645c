package dev.protovet.cli;

import dev.protovet.engine.Finding;
import dev.protovet.engine.InputException;
import dev.protovet.engine.load.WholeFiles;
import dev.protovet.engine.policy.AcceptedChanges;
import dev.protovet.engine.policy.BreakingPolicy;
import dev.protovet.engine.policy.IgnoreComments;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;
import dev.protovet.engine.policy.PolicyConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * How {@code breaking} lives with breaking changes: warnings, accepted changes (read and written), and, from the
 * current files, {@code protovet:breaking:ignore} comments. Settings come from these flags over the input's
 * {@value PolicyConfig#FILE}.
 */
final class PolicyOptions {
    @Option(names = "--warn", paramLabel = "<rule|category>",
            description = "Report this rule's or category's findings as warnings: printed, but they do not fail the"
                    + " check (repeatable).")
    List<String> warn = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "<level>", completionCandidates = CompletionCandidates.FailOn.class,
            description = "error (the default): only errors fail the check; warning: warnings fail it too.")
    String failOn;

    @Option(names = "--accepted", paramLabel = "<file>",
            description = "The accepted-changes file: the breaking changes it lists pass (default: "
                    + AcceptedChanges.DEFAULT_FILE + " in <input>, when there is one).")
    Path accepted;

    @Option(names = "--write-accepted", paramLabel = "<file>",
            description = "Add every breaking change found to this accepted-changes file (made if missing), with"
                    + " --justification and --expires, then check with it.")
    Path writeAccepted;

    @Option(names = "--justification", paramLabel = "<text>",
            description = "Why the changes that --write-accepted adds are accepted.")
    String justification;

    @Option(names = "--expires", paramLabel = "<YYYY-MM-DD>",
            description = "The last day on which the changes that --write-accepted adds are accepted.")
    String expires;

    /** The settings of {@code inputDirectory}'s protovet.yaml (none when the input is not a directory). */
    PolicyConfig config(Path inputDirectory) {
        return inputDirectory == null ? PolicyConfig.none() : PolicyConfig.inDirectory(inputDirectory);
    }

    /** Whether warnings fail the check: --fail-on over the config's fail_on. */
    boolean failOnWarning(PolicyConfig config) {
        return config.failOnWarning(failOn == null ? null : PolicyConfig.FailOn.parse(failOn, "--fail-on"));
    }

    /**
     * Judges {@code findings} of a check whose current side is {@code loaded}; with --write-accepted, first adds
     * them to that file and says so through {@code remark}.
     */
    Judgement judge(List<Finding> findings, LoadedInputs loaded, PolicyConfig config, Consumer<String> remark) {
        LocalDate today = LocalDate.now();
        LocalDate expiry = expiry();
        if (writeAccepted != null && (justification == null || justification.isBlank())) {
            throw new InputException("", "--write-accepted needs --justification: say why these changes are accepted");
        }
        if (writeAccepted == null && (justification != null || expires != null)) {
            throw new InputException("", (justification != null ? "--justification" : "--expires")
                    + " goes with --write-accepted");
        }
        BreakingPolicy policy = new BreakingPolicy(config.warnRules(warn, "--warn"),
                acceptedChanges(loaded.inputDirectory(), config),
                IgnoreComments.in(loaded.currentImage(), loaded::shownPath), today);
        var version = loaded.loaded().current().config().version();
        Judgement judgement = policy.judge(findings, version);
        if (writeAccepted == null) {
            return judgement;
        }
        List<Finding> toAccept = judgement.shown().stream().map(Judged::finding).toList();
        AcceptedChanges written = policy.accepted().plus(toAccept, justification.strip(), expiry, today, Finding::path);
        try {
            WholeFiles.write(writeAccepted, written.toYaml().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + writeAccepted + ": " + e.getMessage(), e);
        }
        remark.accept("protovet: accepted " + toAccept.size() + (toAccept.size() == 1 ? " breaking change" : " breaking changes")
                + " in " + writeAccepted);
        return new BreakingPolicy(policy.warn(), written, policy.comments(), today).judge(findings, version);
    }

    private AcceptedChanges acceptedChanges(Path inputDirectory, PolicyConfig config) {
        if (writeAccepted != null) {
            if (accepted != null && !accepted.toAbsolutePath().normalize().equals(writeAccepted.toAbsolutePath().normalize())) {
                throw new InputException("", "--accepted and --write-accepted name different files; name one");
            }
            return AcceptedChanges.readIfPresent(writeAccepted);
        }
        return config.acceptedChanges(accepted, "--accepted", inputDirectory);
    }

    private LocalDate expiry() {
        if (expires == null) {
            return null;
        }
        try {
            return LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
            throw new InputException("", "--expires: \"" + expires + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
