package dev.protovet.cli;

import dev.protovet.engine.CheckScope;
import dev.protovet.engine.CompileException;
import dev.protovet.engine.Finding;
import dev.protovet.engine.InputComparison;
import dev.protovet.engine.policy.Judgement;
import dev.protovet.engine.policy.PolicyConfig;
import dev.protovet.engine.report.ErrorFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code protovet breaking <input> --against <input>}: buf's flags, buf's exit codes. */
@Command(name = "breaking", mixinStandardHelpOptions = true,
        description = "Reports the changes from --against to <input> that break clients.",
        footer = {"", "Exit codes: 0 no breaking changes (or only warnings, accepted or ignored ones), 100 breaking changes"
                + " found or a side does not compile, 1 error.",
                "", "A leading comment `// protovet:breaking:ignore RULE_ID[,RULE_ID] why` on an element of <input> lets"
                + " those rules pass for it; on a message, enum, service or the package line, `RULE_ID name: why` names"
                + " a deleted child. protovet.yaml beside buf.yaml may set breaking.warn, breaking.fail_on and"
                + " breaking.accepted."})
public final class BreakingCommand implements Callable<Integer> {
    @Mixin
    private CommandOutput out;

    @Mixin
    private ComparisonInputs inputs;

    @Option(names = "--error-format", defaultValue = "text", paramLabel = "<format>",
            completionCandidates = CompletionCandidates.ErrorFormats.class,
            description = {"One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
                    "pretty is for people: grouped by file, the source line underlined, a fix hint; in colour on a"
                            + " terminal (NO_COLOR turns it off, FORCE_COLOR or CLICOLOR_FORCE on)."})
    private String errorFormat;

    @Option(names = "--exclude-imports", description = "Check only the input's own files, not what they import.")
    private boolean excludeImports;

    @Option(names = "--exclude-path", paramLabel = "<path>", description = "Leave out these files or directories (repeatable).")
    private List<String> excludePaths = new ArrayList<>();

    @Mixin
    private PolicyOptions policy;

    @Option(names = "--limit-to-input-files",
            description = "Compare only the files present in <input>: the against side is cut down to them.")
    private boolean limitToInputFiles;

    @Override
    public Integer call() {
        ErrorFormat format = ErrorFormat.parse(errorFormat);
        try (LoadedInputs loaded = inputs.load()) {
            List<Finding> findings = InputComparison.check(loaded.loaded(),
                    new CheckScope(inputs.paths, excludePaths, excludeImports, limitToInputFiles), loaded::shownPath);
            PolicyConfig settings = policy.config(loaded.inputDirectory());
            boolean failOnWarning = policy.failOnWarning(settings);
            Judgement judgement = policy.judge(findings, loaded, settings, line -> out.remark(ErrorLine.info(line)));
            out.print(format.writer(loaded::linesOf, Terminal.colour()).write(judgement));
            judgement.notes().forEach(note -> out.remark(ErrorLine.warning("protovet: " + note)));
            return judgement.fails(failOnWarning) ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (CompileException e) {
            return CompileErrors.print(e, format, out);
        }
    }
}
