package dev.protovet.inputs.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code protovet registry copy} plans to write, and what stops it before it writes anything. */
class CopyPlanTest {
    private static final RegistryContents EMPTY = contents();

    @Test
    void importsEachVersionAfterTheVersionsItReferences() {
        StoredVersion orders = version("orders-value", 1, 5, "B", false, new RegistryClient.Reference("money.proto", "money", 2));
        StoredVersion money1 = version("money", 1, 3, "M1", false);
        StoredVersion money2 = version("money", 2, 4, "M2", true);

        CopyPlan plan = CopyPlan.between(contents(orders, money1, money2), EMPTY, Map.of());

        assertThat(plan.conflicts()).isEmpty();
        assertThat(plan.imports()).containsExactly(money2, orders, money1);
        assertThat(plan.deletes()).containsExactly(money2);
        assertThat(plan.modes()).containsOnlyKeys("money", "orders-value").containsValues((String) null);
    }

    @Test
    void versionsAreSentInWavesEachAfterTheVersionsItReferences() {
        StoredVersion money = version("money", 1, 3, "M", false);
        StoredVersion orders = version("orders-value", 1, 5, "O", false, new RegistryClient.Reference("m", "money", 1));
        StoredVersion invoices = version("invoices-value", 1, 6, "I", false, new RegistryClient.Reference("o", "orders-value", 1));
        StoredVersion events = version("events-value", 1, 7, "E", false);

        assertThat(RegistryCopy.waves(List.of(money, orders, events, invoices)))
                .containsExactly(List.of(money, events), List.of(orders), List.of(invoices));
    }

    @Test
    void whatTheTargetAlreadyHoldsIsLeftAloneAndASoftDeleteStillToDoIsDone() {
        StoredVersion live = version("a", 1, 1, "A1", false);
        StoredVersion deleted = version("a", 2, 2, "A2", true);

        CopyPlan plan = CopyPlan.between(contents(live, deleted), contents(live, version("a", 2, 2, "A2", false)), Map.of());

        assertThat(plan.imports()).isEmpty();
        assertThat(plan.deletes()).containsExactly(deleted);
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void conflictsAreFoundBeforeAnythingIsWritten() {
        CopyPlan plan = CopyPlan.between(
                contents(version("a", 1, 1, "A", false), version("b", 1, 2, "B", false), version("c", 1, 3, "C", false),
                        version("d", 1, 4, "D", false, new RegistryClient.Reference("x.proto", "x", 1)),
                        new StoredVersion("e", 1, 5, null, "AVRO", "{}", List.of(), null, null, null, false)),
                contents(version("a", 1, 9, "A", false), version("b", 1, 2, "B", true)),
                Map.of("3", new CopyPlan.SchemaAtId("PROTOBUF", "another", List.of())));

        assertThat(plan.conflicts()).containsExactly(
                "a version 1 is id 1 in the source but id 9 in the target",
                "b version 1 is soft-deleted in the target but not in the source",
                "id 3 of c version 1 is taken in the target by another schema",
                "e version 1 is of type AVRO; protovet's registry keeps PROTOBUF schemas only (--subject-prefix "
                        + "chooses the subjects to copy)",
                "d version 1 references x version 1, which is neither copied (see --subject-prefix) nor in the target");
    }

    @Test
    void idsAreNumberedPerContext() {
        StoredVersion inContext = version(":.team-a:orders", 1, 3, "T", false);

        CopyPlan plan = CopyPlan.between(contents(inContext), EMPTY,
                Map.of("3", new CopyPlan.SchemaAtId("PROTOBUF", "another", List.of())));

        assertThat(inContext.idKey()).isEqualTo(":.team-a:3");
        assertThat(plan.conflicts()).isEmpty();
        assertThat(plan.imports()).containsExactly(inContext);
    }

    private static StoredVersion version(String subject, int version, int id, String schema, boolean deleted,
                                         RegistryClient.Reference... references) {
        return new StoredVersion(subject, version, id, null, "PROTOBUF", schema, List.of(references), null, null,
                1_700_000_000_000L, deleted);
    }

    private static RegistryContents contents(StoredVersion... versions) {
        return new RegistryContents(List.of(versions), Map.of(), Map.of(), List.of());
    }
}
