package dev.protovet.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --path}: the files or directories a comparison is limited to; shared by {@code breaking} and {@code diff}. */
final class PathLimit {
    @Option(names = "--path", paramLabel = "<path>", description = "Limit to these files or directories (repeatable).")
    List<String> paths = new ArrayList<>();
}
