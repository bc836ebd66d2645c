package dev.protovet.cli;

import dev.protovet.engine.CompileException;
import dev.protovet.engine.Finding;
import dev.protovet.engine.report.ErrorFormat;
import dev.protovet.engine.report.SourceLines;
import java.nio.file.Path;
import java.util.List;

/** Sources protoc refused, reported as buf does: one {@code COMPILE} finding per error on stdout, exit 100. */
final class CompileErrors {
    private CompileErrors() {
    }

    /**
     * Prints {@code e}'s errors in {@code format} and answers the exit code.
     *
     * @throws CompileException {@code e} itself when no error names a line (protoc could not run the files at all)
     */
    static int print(CompileException e, ErrorFormat format, CommandOutput out) {
        List<Finding> findings = e.asFindings();
        if (findings.isEmpty()) {
            throw e;
        }
        out.print(format.writer(path -> SourceLines.under(Path.of(""), path), Terminal.colour()).write(findings));
        return ExitCodes.FINDINGS;
    }
}
