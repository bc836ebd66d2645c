package dev.protovet.cli;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.engine.CompileException;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.load.BufImages;
import dev.protovet.engine.report.ErrorFormat;
import dev.protovet.inputs.ResolvedInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code protovet build <input> -o out.binpb}: a buf-compatible image, so CI can cache its baselines. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Compiles an input into a descriptor set with source info (a buf-compatible image).",
        footer = {"", "Exit codes: 0 written, 100 the input does not compile, 1 error."})
public final class BuildCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<input>", defaultValue = ".",
            description = "Any input protovet breaking accepts. Default: .")
    private String input;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>",
            description = {"Where to write: binary (.binpb, .bin, .pb, .desc or .protoset) or JSON (.json); any other"
                    + " extension is refused.", "Without -o, only checks that the input compiles."})
    private Path output;

    @Option(names = "--config", paramLabel = "<yaml|json|file>", description = "buf.yaml file or data (module roots).")
    private String config;

    @Option(names = "--exclude-imports", description = "Leave out the files that are only imported.")
    private boolean excludeImports;

    @Option(names = "--exclude-source-info", description = "Leave out source info (smaller, but no line numbers).")
    private boolean excludeSourceInfo;

    @Option(names = "-I", paramLabel = "<dir>", description = "Extra import directory (repeatable).")
    private List<Path> includes = new ArrayList<>();

    @Mixin
    private SymlinkOption symlinks;

    @Mixin
    private CommandOutput out;

    @Option(names = "--error-format", defaultValue = "text", paramLabel = "<format>",
            completionCandidates = CompletionCandidates.ErrorFormats.class,
            description = "How compile errors are printed: any --error-format of protovet breaking. Default: ${DEFAULT-VALUE}.")
    private String errorFormat;

    @Override
    public Integer call() throws IOException {
        ErrorFormat format = ErrorFormat.parse(errorFormat);
        ImageOutput imageOutput = output == null ? null : ImageOutput.of(output);
        try (ResolvedInput resolved = LoadedInputs.resolve(input)) {
            FileDescriptorSet set = LoadedInputs.loader(includes, symlinks.disabled)
                    .descriptorSet(resolved.path(), config == null ? null : ConfigParser.fromArgument(config, "--config"));
            FileDescriptorSet.Builder image = FileDescriptorSet.newBuilder();
            for (var file : set.getFileList()) {
                if (excludeImports && BufImages.isImport(file)) {
                    continue;
                }
                image.addFile(excludeSourceInfo ? file.toBuilder().clearSourceCodeInfo().build() : file);
            }
            if (imageOutput != null) {
                imageOutput.write(image.build());
            }
        } catch (CompileException e) {
            return CompileErrors.print(e, format, out);
        }
        return ExitCodes.OK;
    }
}
