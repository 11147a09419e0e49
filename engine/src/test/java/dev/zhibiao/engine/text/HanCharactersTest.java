package dev.zhibiao.engine.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HanCharactersTest {

    @Test
    void agreesWithTheJdkOnEveryCharacterAndBeyond() {
        for (int c = 0; c <= 0x2FFFF; c++) {
            assertEquals(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN, HanCharacters.isHan(c),
                    Integer.toHexString(c));
        }
    }
}
