package dev.zhibiao.engine.text;

/**
 * The characters every match of a pattern begins with when it is tried at the start of a text ({@code lookingAt}): a
 * phrase opening with none of them needs no matcher. The list must hold the first character of each of the pattern's
 * alternatives (a pattern that can match empty needs no list); trying the pattern on each character alone, where it
 * neither matches nor reads past that character ({@link java.util.regex.Matcher#hitEnd()}), finds the same list.
 */
public final class FirstCharacters {
    private final String characters;

    public FirstCharacters(String characters) {
        this.characters = characters;
    }

    /** Whether a match may begin the text: false when {@code lookingAt} from its start certainly fails. */
    public boolean mayBegin(CharSequence text) {
        return mayBeginAt(text, 0);
    }

    /** Whether a match may begin at the offset: false when {@code lookingAt} from there certainly fails. */
    public boolean mayBeginAt(CharSequence text, int at) {
        return at >= text.length() || characters.indexOf(text.charAt(at)) >= 0;
    }
}
