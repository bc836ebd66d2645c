package dev.protovet.engine.fix;

/** One line to insert into a message, enum or oneof: its text and how many levels deeper than the members it goes. */
record StatementLine(int depth, String text) {

    static StatementLine member(String text) {
        return new StatementLine(0, text);
    }
}
