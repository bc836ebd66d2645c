package dev.protovet.maven;

import dev.protovet.engine.InputException;
import dev.protovet.engine.policy.AcceptedChanges;
import dev.protovet.engine.policy.BreakingPolicy;
import dev.protovet.engine.policy.IgnoreComments;
import dev.protovet.engine.policy.Judgement;
import dev.protovet.engine.policy.PolicyConfig;
import dev.protovet.engine.policy.WarnRules;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.plugin.MojoFailureException;

/**
 * How {@code protovet:breaking} lives with breaking changes, as the CLI does: {@code <warn>} rules, the accepted-changes
 * file, ignore comments in the sources, the project's protovet.yaml; and, japicmp's idea for protos,
 * {@code <allowBreakingOnMajor>}: a new major version may break what the previous release promised.
 *
 * @param warn                 rule or category IDs whose findings only warn (null: none besides protovet.yaml's)
 * @param acceptedChanges      the accepted-changes file (relative to the project); null: protovet.yaml's, else
 *                             {@value AcceptedChanges#DEFAULT_FILE} in the project directory when it exists
 * @param failOnWarning        whether warnings fail the build too (null: protovet.yaml's fail_on, else no)
 * @param allowBreakingOnMajor let breaking changes pass, as warnings, when the project's major version is above the
 *                             baseline release's
 */
record ProjectPolicy(List<String> warn, File acceptedChanges, Boolean failOnWarning, boolean allowBreakingOnMajor) {

    /** The settings that hold for the project in {@code basedir}: these parameters over its protovet.yaml. */
    Settled settle(Path basedir) throws MojoFailureException {
        try {
            PolicyConfig config = PolicyConfig.inDirectory(basedir);
            return new Settled(config.warnRules(warn == null ? List.of() : warn, "<warn>"),
                    config.acceptedChanges(acceptedChanges == null ? null : basedir.resolve(acceptedChanges.toPath()),
                            "acceptedChanges", basedir),
                    config.failOnWarning(failOnWarning));
        } catch (InputException e) {
            throw new MojoFailureException(FailureMessages.problems("protovet: cannot read the settings:", e, f -> f));
        }
    }

    /** The settings after reading the files, ready to judge a check. */
    record Settled(WarnRules warn, AcceptedChanges accepted, boolean failOnWarning) {

        /**
         * The check's findings judged; with {@code allowBreakingOnMajor} and a baseline release of a lower major
         * version than {@code projectVersion}, the failures become warnings.
         */
        Judgement judge(ProjectCheck.Checked checked, boolean allowBreakingOnMajor, String projectVersion,
                        String baselineRelease) throws MojoFailureException {
            Judgement judgement;
            try {
                judgement = new BreakingPolicy(warn, accepted, IgnoreComments.in(checked.current(), checked.shownPath()),
                        LocalDate.now()).judge(checked.findings(), checked.version());
            } catch (InputException e) {
                throw new MojoFailureException(FailureMessages.problems("protovet: cannot check the .proto files:", e,
                        f -> f));
            }
            if (allowBreakingOnMajor && baselineRelease != null) {
                int now = new DefaultArtifactVersion(projectVersion).getMajorVersion();
                int before = new DefaultArtifactVersion(baselineRelease).getMajorVersion();
                if (now > before) {
                    return judgement.failuresAsWarnings("allowed in a new major version, " + projectVersion
                            + " after " + baselineRelease + " (allowBreakingOnMajor)");
                }
            }
            return judgement;
        }
    }
}
