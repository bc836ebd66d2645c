package dev.protovet.cli;

import picocli.CommandLine.Option;

/** buf's {@code --disable-symlinks}, for every command that reads a directory input. */
final class SymlinkOption {
    @Option(names = "--disable-symlinks",
            description = "Do not follow symbolic links when reading .proto files or buf.yaml from a directory.")
    boolean disabled;
}
