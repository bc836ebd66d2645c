package dev.protovet.registry.schema;

import java.util.ArrayList;
import java.util.List;

/** Splits {@code .proto} text into tokens, skipping whitespace and comments, counting columns the way protoc does. */
final class ProtoTokenizer {
    private static final int TAB_WIDTH = 8;

    private final String text;
    private int index;
    private int line;
    private int column;

    private ProtoTokenizer(String text) {
        this.text = text;
    }

    /** Every token of {@code text}, ending with one {@link ProtoToken.Kind#END} token. */
    static List<ProtoToken> tokenize(String text) {
        return new ProtoTokenizer(text).all();
    }

    private List<ProtoToken> all() {
        List<ProtoToken> tokens = new ArrayList<>();
        while (true) {
            skipBlanksAndComments();
            if (index >= text.length()) {
                tokens.add(new ProtoToken(ProtoToken.Kind.END, "", line, column, column, index));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private ProtoToken next() {
        int startIndex = index;
        int startLine = line;
        int startColumn = column;
        char c = text.charAt(index);
        ProtoToken.Kind kind;
        if (isLetter(c)) {
            while (index < text.length() && isWordChar(text.charAt(index))) {
                advance();
            }
            kind = ProtoToken.Kind.IDENTIFIER;
        } else if (isDigit(c) || (c == '.' && index + 1 < text.length() && isDigit(text.charAt(index + 1)))) {
            advance();
            while (index < text.length() && (isWordChar(text.charAt(index)) || text.charAt(index) == '.'
                    || isExponentSign())) {
                advance();
            }
            kind = ProtoToken.Kind.NUMBER;
        } else if (c == '"' || c == '\'') {
            advance();
            while (index < text.length() && text.charAt(index) != c && text.charAt(index) != '\n') {
                if (text.charAt(index) == '\\' && index + 1 < text.length()) {
                    advance();
                }
                advance();
            }
            if (index < text.length() && text.charAt(index) == c) {
                advance();
            }
            kind = ProtoToken.Kind.STRING;
        } else {
            advance();
            kind = ProtoToken.Kind.SYMBOL;
        }
        return new ProtoToken(kind, text.substring(startIndex, index), startLine, startColumn,
                line == startLine ? column : startColumn + 1, startIndex);
    }

    private boolean isExponentSign() {
        char c = text.charAt(index);
        if (c != '+' && c != '-') {
            return false;
        }
        char previous = text.charAt(index - 1);
        boolean hex = index >= 2 && (text.charAt(index - 2) == 'x' || text.charAt(index - 2) == 'X');
        return (previous == 'e' || previous == 'E') && !hex;
    }

    /** protoc's letters are ASCII: any other character is a symbol of its own, which no rule accepts as a name. */
    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c);
    }

    private void skipBlanksAndComments() {
        while (index < text.length()) {
            char c = text.charAt(index);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (text.startsWith("//", index)) {
                while (index < text.length() && text.charAt(index) != '\n') {
                    advance();
                }
            } else if (text.startsWith("/*", index)) {
                advance();
                advance();
                while (index < text.length() && !text.startsWith("*/", index)) {
                    advance();
                }
                if (index < text.length()) {
                    advance();
                    advance();
                }
            } else {
                return;
            }
        }
    }

    private void advance() {
        char c = text.charAt(index);
        if (c == '\n') {
            line++;
            column = 0;
        } else if (c == '\t') {
            column += TAB_WIDTH - column % TAB_WIDTH;
        } else if (Character.isSurrogate(c)) {
            column += 2; // a surrogate pair is four UTF-8 bytes
        } else {
            column += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        index++;
    }
}
