package dev.protovet.engine.rules;

import java.util.List;

/**
 * The categories of one rule under each config version, written as a line of a rule table: {@code v2(CSR, FILE)}.
 * Under v1 a rule has its v2 categories without CSR, which buf added in v2; a rule new in v2 is
 * {@code v2Only(...)}; v1beta1 has v1's categories unless {@code .v1beta1(...)} says otherwise. A rule with no
 * category under v1 or v1beta1 does not exist there; every rule exists under v2.
 */
public record Membership(List<Category> inV2, List<Category> inV1, List<Category> inV1beta1) {

    public Membership {
        inV2 = List.copyOf(inV2);
        inV1 = List.copyOf(inV1);
        inV1beta1 = List.copyOf(inV1beta1);
    }

    /** A rule of every config version; its categories under v2, in the order {@code protovet rules} shows them. */
    public static Membership v2(Category... categories) {
        List<Category> v1 = List.of(categories).stream().filter(c -> c != Category.CSR).toList();
        return new Membership(List.of(categories), v1, v1);
    }

    /** A rule that v1 and v1beta1 do not have. */
    public static Membership v2Only(Category... categories) {
        return new Membership(List.of(categories), List.of(), List.of());
    }

    /** The same rule with other categories under v1beta1 (none: v1beta1 does not have it). */
    public Membership v1beta1(Category... categories) {
        return new Membership(inV2, inV1, List.of(categories));
    }

    public List<Category> in(ConfigVersion version) {
        return switch (version) {
            case V2 -> inV2;
            case V1 -> inV1;
            case V1BETA1 -> inV1beta1;
        };
    }
}
