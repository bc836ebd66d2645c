package dev.protovet.engine.policy;

import dev.protovet.engine.Finding;
import java.util.List;

/**
 * Every finding of a check with its verdict, in buf's order, and what the policy has to say besides: acceptances
 * that expired or match nothing any more, one sentence each.
 */
public record Judgement(List<Judged> findings, List<String> notes) {
    public Judgement {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** Findings without a policy: each one fails. */
    public static Judgement failing(List<Finding> findings) {
        return new Judgement(findings.stream().map(f -> new Judged(f, Verdict.FAILS, null)).toList(), List.of());
    }

    /** What the buf-compatible formats print: failures and warnings, in order. */
    public List<Judged> shown() {
        return findings.stream().filter(j -> j.verdict().shown()).toList();
    }

    public long count(Verdict verdict) {
        return findings.stream().filter(j -> j.verdict() == verdict).count();
    }

    /** Whether the check fails: a failure, or with {@code failOnWarning} a warning too. */
    public boolean fails(boolean failOnWarning) {
        return count(Verdict.FAILS) > 0 || failOnWarning && count(Verdict.WARNS) > 0;
    }
}
