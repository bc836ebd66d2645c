package dev.protovet.engine.rules;

/** A breaking rule. Each rule implements exactly one of the typed pair interfaces in this package. */
public interface Rule {
}
