package dev.protovet.engine.config;

/** One module of a v2 buf.yaml: its root directory (relative to the buf.yaml) and its breaking rules. */
public record ModuleConfig(String path, BreakingConfig breaking) {
}
