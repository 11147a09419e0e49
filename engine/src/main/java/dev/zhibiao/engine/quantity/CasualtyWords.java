package dev.zhibiao.engine.quantity;

/** Words saying what befell people: died, hurt, missing, arrested, rescued (死亡, 受伤, 失踪, 被捕, 获救). */
public final class CasualtyWords {
    /** The words as a regular-expression alternation, longest first where one begins another (被逮捕 before 被捕). */
    public static final String ALTERNATION = "死亡|受伤|遇难|失踪|伤亡|丧生|身亡|遇害|重伤|轻伤|获救|被逮捕|被捕";

    private CasualtyWords() {
    }
}
