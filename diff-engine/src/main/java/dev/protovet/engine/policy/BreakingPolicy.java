package dev.protovet.engine.policy;

import dev.protovet.engine.Finding;
import dev.protovet.engine.rules.ConfigVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a team lives with breaking changes: which findings only warn, which were accepted (until when), and the
 * ignore comments of the current files. {@link #judge} gives every finding its {@link Verdict}: an ignore comment
 * first, then an unexpired acceptance, then the warning rules; whatever is left fails.
 */
public record BreakingPolicy(WarnRules warn, AcceptedChanges accepted, List<IgnoreComment> comments, LocalDate today) {
    public BreakingPolicy {
        comments = List.copyOf(comments);
    }

    /** No policy: every finding fails. */
    public static BreakingPolicy none() {
        return new BreakingPolicy(WarnRules.none(), AcceptedChanges.none(), List.of(), LocalDate.now());
    }

    /** The findings (in buf's order) judged, rules' categories taken as in config {@code version}. */
    public Judgement judge(List<Finding> findings, ConfigVersion version) {
        List<Judged> judged = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<Acceptance> used = new HashSet<>();
        for (Finding f : findings) {
            IgnoreComment comment = comments.stream().filter(c -> c.silences(f)).findFirst().orElse(null);
            Acceptance acceptance = accepted.entries().stream().filter(a -> a.matches(f)).findFirst().orElse(null);
            if (acceptance != null) {
                used.add(acceptance);
            }
            if (comment != null) {
                judged.add(new Judged(f, Verdict.IGNORED, comment.where() + " (" + comment.justification() + ")"));
            } else if (acceptance != null && !acceptance.expiredOn(today)) {
                judged.add(new Judged(f, Verdict.ACCEPTED, acceptance.justification()));
            } else {
                String reason = null;
                if (acceptance != null) {
                    reason = "its acceptance in " + accepted.origin() + " expired on " + acceptance.expires();
                    notes.add("the acceptance of " + acceptance.describe() + " in " + accepted.origin()
                            + " expired on " + acceptance.expires() + "; the change fails again");
                }
                judged.add(new Judged(f, warn.covers(f.ruleId(), version) ? Verdict.WARNS : Verdict.FAILS, reason));
            }
        }
        for (Acceptance a : accepted.entries()) {
            if (!used.contains(a)) {
                notes.add("stale acceptance in " + accepted.origin() + ": " + a.describe()
                        + " matches no breaking change any more; remove it");
            }
        }
        return new Judgement(judged, notes);
    }
}
