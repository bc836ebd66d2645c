package dev.protovet.engine.policy;

import dev.protovet.engine.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /**
     * The same with every failure a warning, for {@code why} (a new major version may break its contract): the
     * findings are still printed, the check passes.
     */
    public Judgement failuresAsWarnings(String why) {
        return new Judgement(findings.stream().map(j -> j.verdict() == Verdict.FAILS
                ? new Judged(j.finding(), Verdict.WARNS, j.reason() == null ? why : j.reason() + "; " + why) : j).toList(),
                notes);
    }

    /** The findings that fail the check, in order. */
    public List<Finding> failing() {
        return findings.stream().filter(j -> j.verdict() == Verdict.FAILS).map(Judged::finding).toList();
    }

    /** What the buf-compatible formats print: failures and warnings, in order. */
    public List<Judged> shown() {
        return findings.stream().filter(j -> j.verdict().shown()).toList();
    }

    public long count(Verdict verdict) {
        return findings.stream().filter(j -> j.verdict() == verdict).count();
    }

    /** {@code 2 breaking changes, 1 warning, 3 accepted, 1 ignored by comment in 2 files.}: each kind there is. */
    public String summary() {
        long failing = count(Verdict.FAILS);
        List<String> parts = new ArrayList<>();
        parts.add(failing + (failing == 1 ? " breaking change" : " breaking changes"));
        long warnings = count(Verdict.WARNS);
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        long accepted = count(Verdict.ACCEPTED);
        if (accepted > 0) {
            parts.add(accepted + " accepted");
        }
        long ignored = count(Verdict.IGNORED);
        if (ignored > 0) {
            parts.add(ignored + " ignored by comment");
        }
        long files = findings.stream().map(j -> j.finding().path()).filter(Objects::nonNull).distinct().count();
        return String.join(", ", parts) + (files > 0 ? " in " + files + (files == 1 ? " file" : " files") : "") + ".";
    }

    /** Whether the check fails: a failure, or with {@code failOnWarning} a warning too. */
    public boolean fails(boolean failOnWarning) {
        return count(Verdict.FAILS) > 0 || failOnWarning && count(Verdict.WARNS) > 0;
    }
}
