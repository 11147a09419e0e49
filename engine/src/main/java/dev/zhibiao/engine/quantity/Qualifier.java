package dev.zhibiao.engine.quantity;

/** How the stated number relates to the true amount (余 → MORE_THAN, 以上 → AT_LEAST, 约 → APPROX …). */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, RANGE
}
