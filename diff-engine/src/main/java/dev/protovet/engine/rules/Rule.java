package dev.protovet.engine.rules;

/**
 * A breaking rule. Each rule implements exactly one of the kinds this interface permits, and the kind decides which
 * pairs the rule sees; the compiler checks that every kind says so.
 */
public sealed interface Rule permits FilePairRule, MessagePairRule, FieldPairRule, EnumPairRule, EnumValuePairRule,
        ServicePairRule, MethodPairRule, ImageRule, DifferenceRule {

    /** Checks every pair (or Confluent difference) of this rule's kind. */
    void checkAll(RuleInput input, Findings out);
}
