package dev.protovet.engine;

import dev.protovet.engine.config.BufConfig;
import java.nio.file.Path;

/**
 * One breaking check between two inputs, each a directory of .proto files or a descriptor-set file. A config that
 * is null means: the buf.yaml in the input directory, else buf's defaults.
 */
public record BreakingRequest(Path input, BufConfig inputConfig, Path against, BufConfig againstConfig,
        CheckScope scope) {
}
