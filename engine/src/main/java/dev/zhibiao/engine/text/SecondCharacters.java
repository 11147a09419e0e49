package dev.zhibiao.engine.text;

/**
 * A {@link LeadingScan.PositionTest} for patterns whose matches begin with a word: for each leading character, the
 * characters that can follow it there (今 → 年 for 今年). A position whose next character is none of them is skipped; a
 * leading character not listed is always tried.
 */
public final class SecondCharacters implements LeadingScan.PositionTest {
    private final String firsts;
    private final String[] seconds;

    /** @param entries each a leading character followed by the characters that may come second after it ("今年") */
    public SecondCharacters(String... entries) {
        StringBuilder leading = new StringBuilder();
        seconds = new String[entries.length];
        for (int i = 0; i < entries.length; i++) {
            leading.append(entries[i].charAt(0));
            seconds[i] = entries[i].substring(1);
        }
        firsts = leading.toString();
    }

    @Override
    public boolean mayMatchAt(CharSequence text, int at) {
        int entry = firsts.indexOf(text.charAt(at));
        if (entry < 0) {
            return true;
        }
        return at + 1 < text.length() && seconds[entry].indexOf(text.charAt(at + 1)) >= 0;
    }
}
