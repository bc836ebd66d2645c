package dev.protovet.engine.rules;

import dev.protovet.engine.pair.Pairing;

/**
 * A breaking rule. Each rule implements exactly one of the kinds this interface permits, and the kind decides which
 * pairs the rule sees; the compiler checks that every kind says so.
 */
public sealed interface Rule permits FilePairRule, MessagePairRule, FieldPairRule, EnumPairRule, EnumValuePairRule,
        ServicePairRule, MethodPairRule, ImageRule {

    /** Checks every pair of this rule's kind that the pairing holds. */
    void checkAll(Pairing pairing, Findings out);
}
