package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.policy.Judgement;
import java.util.List;

/** Renders findings in one output format. */
public interface FindingWriter {
    /**
     * Renders a judged check: failures as errors, warnings marked as warnings; the buf-compatible formats leave out
     * what was accepted or ignored, {@code pretty} lists it with the justification.
     */
    String write(Judgement judgement);

    /** Renders findings that all fail. */
    default String write(List<Finding> findings) {
        return write(Judgement.failing(findings));
    }
}
