package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.pair.FilePair;
import dev.protovet.engine.rules.FilePairRule;
import dev.protovet.engine.rules.Findings;

/** FILE_SAME_SYNTAX: a file may not switch between proto2, proto3 and editions. */
public final class FileSameSyntax implements FilePairRule {
    private static final int SYNTAX = 12;
    private static final int EDITION = 14;

    @Override
    public void check(FilePair pair, Findings out) {
        FileSameValue.check(pair.previous().syntax().toString(), pair.current().syntax().toString(),
                declaration(pair.current()), declaration(pair.previous()), "syntax", out);
    }

    /** The {@code syntax} statement, or the {@code edition} statement where protoc records that instead. */
    private static Source declaration(ProtoFile file) {
        return file.source().child(SYNTAX).orElse(file.source().child(EDITION));
    }
}
