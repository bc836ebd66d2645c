package dev.protovet.cli;

import dev.protovet.engine.load.ImageCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The two inputs of a comparison, how to read them and which files count: shared by {@code breaking} and {@code diff}. */
final class ComparisonInputs {
    @Parameters(index = "0", paramLabel = "<input>", defaultValue = ".",
            description = {"What to check: a directory of .proto files;",
                    "a descriptor set (.binpb, .pb, .desc, .protoset or .json);",
                    "a git repository: .git#branch=main, repo#tag=v1, .git#ref=HEAD~1 or url.git#commit=<sha>,"
                            + " with ,subdir=proto for a folder of it;",
                    "an archive (.zip, .jar, .tar, .tar.gz, .tar.bz2 or .tar.xz), with #subdir= and #strip_components=;",
                    "Maven coordinates: maven:group:artifact:version, with :classifier and @extension if needed;",
                    "or a registry subject: registry:<url>/subjects/<subject>, with /versions/<n|latest> if needed.",
                    "Default: ."})
    String input;

    @Option(names = "--against", required = true, paramLabel = "<input>",
            description = "The previous version to compare with; any kind of <input>.")
    String against;

    @Option(names = "--config", paramLabel = "<yaml|json|file>",
            description = "buf.yaml file or data configuring <input> and the rules (default: <input>/buf.yaml).")
    String config;

    @Option(names = "--against-config", paramLabel = "<yaml|json|file>",
            description = "buf.yaml file or data configuring the --against input.")
    String againstConfig;

    @Option(names = "-I", paramLabel = "<dir>", description = "Extra import directory for compiling .proto files (repeatable).")
    List<Path> includes = new ArrayList<>();

    @Option(names = "--path", paramLabel = "<path>", description = "Limit to these files or directories (repeatable).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--no-cache",
            description = "Compile the --against input again instead of reusing its compile from an earlier run (kept in"
                    + " $PROTOVET_CACHE_DIR, else $XDG_CACHE_HOME/protovet, else ~/.cache/protovet).")
    boolean noCache;

    @Mixin
    SymlinkOption symlinks;

    /** Resolves and loads both inputs. */
    LoadedInputs load() {
        return LoadedInputs.load(input, against, config, againstConfig, LoadedInputs.loader(includes, symlinks.disabled),
                noCache ? null : ImageCache.fromEnvironment(System.getenv()));
    }
}
