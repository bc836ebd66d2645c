package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import java.util.List;

/** Renders findings in one output format. */
public interface FindingWriter {
    String write(List<Finding> findings);
}
