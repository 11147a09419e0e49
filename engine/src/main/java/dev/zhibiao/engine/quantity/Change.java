package dev.zhibiao.engine.quantity;

/** Direction of a stated change (增长 → INCREASE, 下降/减少 → DECREASE). */
public enum Change {
    INCREASE, DECREASE
}
