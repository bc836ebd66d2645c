package dev.protovet.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protovet.engine.Finding;
import dev.protovet.engine.InputException;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.rules.ConfigVersion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of judgement: an ignore comment, then an unexpired acceptance, then warning rules; the rest fails. */
class BreakingPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Finding EMAIL_DELETED = finding("FIELD_NO_DELETE", 4, "acme.Person.email");
    private static final Finding AGE_RETYPED = finding("FIELD_SAME_TYPE", 6, "acme.Person.age");
    private static final Finding RPC_DELETED = finding("RPC_NO_DELETE", 9, "acme.People.Delete");

    @Test
    void everyFindingGetsOneVerdictAndStaleOrExpiredEntriesANote() {
        AcceptedChanges accepted = new AcceptedChanges("accepted.yaml", List.of(
                acceptance("FIELD_NO_DELETE", "acme.Person.email", null),
                acceptance("RPC_NO_DELETE", "acme.People.Delete", TODAY.minusDays(1)),
                acceptance("FIELD_NO_DELETE", "acme.Person.phone", null)));
        IgnoreComment ageComment = new IgnoreComment("p.proto:5", "acme.Person.age", "acme.Person",
                java.util.Set.of("FIELD_SAME_TYPE"), null, "nobody reads it");
        BreakingPolicy policy = new BreakingPolicy(WarnRules.of(List.of("WIRE"), "--warn"), accepted,
                List.of(ageComment), TODAY);

        Judgement judgement = policy.judge(List.of(EMAIL_DELETED, AGE_RETYPED, RPC_DELETED), ConfigVersion.V1);

        assertThat(judgement.findings()).extracting(Judged::verdict)
                .containsExactly(Verdict.ACCEPTED, Verdict.IGNORED, Verdict.FAILS);
        assertThat(judgement.findings().get(1).reason()).isEqualTo("p.proto:5 (nobody reads it)");
        assertThat(judgement.findings().get(2).reason())
                .isEqualTo("its acceptance in accepted.yaml expired on 2026-12-01");
        assertThat(judgement.notes()).containsExactly(
                "the acceptance of RPC_NO_DELETE on acme.People.Delete in accepted.yaml expired on 2026-12-01;"
                        + " the change fails again",
                "stale acceptance in accepted.yaml: FIELD_NO_DELETE on acme.Person.phone matches no breaking change"
                        + " any more; remove it");
        assertThat(judgement.fails(false)).isTrue();
    }

    @Test
    void aCategoryMakesItsRulesWarningsAsTheConfigVersionDefinesThem() {
        BreakingPolicy policy = new BreakingPolicy(WarnRules.of(List.of("FILE"), "--warn"), AcceptedChanges.none(),
                List.of(), TODAY);
        Judgement judgement = policy.judge(List.of(EMAIL_DELETED, RPC_DELETED), ConfigVersion.V2);
        assertThat(judgement.findings()).extracting(Judged::verdict).containsOnly(Verdict.WARNS);
        assertThat(judgement.fails(false)).isFalse();
        assertThat(judgement.fails(true)).isTrue();
    }

    @Test
    void aCommentNamingADeletedChildSilencesOnlyThatChildAndRule() {
        IgnoreComment onMessage = new IgnoreComment("p.proto:3", "acme.Person", "acme.Person",
                java.util.Set.of("FIELD_NO_DELETE"), "email", "email: moved to Contact");
        assertThat(onMessage.silences(EMAIL_DELETED)).isTrue();
        assertThat(onMessage.silences(finding("FIELD_NO_DELETE", 4, "acme.Person.phone"))).isFalse();
        assertThat(onMessage.silences(finding("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", 4, "acme.Person.email"))).isFalse();
    }

    @Test
    void unknownWarnEntriesAreRefusedNamingWhereTheyCameFrom() {
        assertThatThrownBy(() -> WarnRules.of(List.of("FIELD_NO_DELETE", "WIRES"), "protovet.yaml: breaking.warn"))
                .isInstanceOf(InputException.class)
                .hasMessage("protovet.yaml: breaking.warn: unknown rule or category \"WIRES\"");
    }

    @Test
    void writtenEntriesReadBackTheSameAndRenewOnlyExpiredOnes() {
        AcceptedChanges start = new AcceptedChanges("a.yaml", List.of(
                acceptance("RPC_NO_DELETE", "acme.People.Delete", TODAY.minusDays(3)),
                acceptance("FIELD_NO_DELETE", "acme.Person.email", null)));
        AcceptedChanges merged = start.plus(List.of(EMAIL_DELETED, RPC_DELETED, AGE_RETYPED), "the v2 cut: \"agreed\"",
                LocalDate.of(2027, 3, 31), TODAY, Finding::path);

        assertThat(merged.entries()).extracting(Acceptance::describe).containsExactly(
                "RPC_NO_DELETE on acme.People.Delete", "FIELD_NO_DELETE on acme.Person.email",
                "FIELD_SAME_TYPE on acme.Person.age");
        assertThat(merged.entries().get(0).expires()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(merged.entries().get(1).justification()).isEqualTo("agreed before");
        assertThat(AcceptedChanges.parse(merged.toYaml(), "a.yaml")).isEqualTo(merged);
    }

    @Test
    void aMalformedFileIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> AcceptedChanges.parse("accepted:\n  - rule: FIELD_NO_DELETE\n    element: a.B\n"
                + "    justification: x\n    expires: someday\n", "a.yaml"))
                .hasMessage("a.yaml: accepted[0].expires: \"someday\" is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> AcceptedChanges.parse("accepted:\n  - rule: NO_SUCH_RULE\n", "a.yaml"))
                .hasMessage("a.yaml: accepted[0].rule: unknown rule \"NO_SUCH_RULE\"");
        assertThatThrownBy(() -> AcceptedChanges.parse("accepted:\n  - rule: FIELD_NO_DELETE\n    elemnt: a.B\n", "a.yaml"))
                .hasMessageStartingWith("a.yaml: accepted[0]: unknown key \"elemnt\"");
        assertThatThrownBy(() -> AcceptedChanges.parse("changes: []\n", "a.yaml"))
                .hasMessage("a.yaml: an accepted-changes file is a mapping with one key, \"accepted\"");
        assertThatThrownBy(() -> AcceptedChanges.parse("accepted: [\n", "a.yaml"))
                .hasMessageStartingWith("a.yaml:2:1: invalid YAML");
    }

    private static Finding finding(String rule, int line, String element) {
        return new Finding(rule, new Location("p.proto", new Span(line, 1, line, 10)), null, rule + " at " + element,
                element);
    }

    private static Acceptance acceptance(String rule, String element, LocalDate expires) {
        return new Acceptance(rule, "p.proto", element, null, "agreed before", expires);
    }
}
