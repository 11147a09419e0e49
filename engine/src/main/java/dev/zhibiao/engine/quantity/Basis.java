package dev.zhibiao.engine.quantity;

/** What a change is measured against: 同比 → YEAR_ON_YEAR, 环比 → PERIOD_ON_PERIOD. */
public enum Basis {
    YEAR_ON_YEAR, PERIOD_ON_PERIOD
}
