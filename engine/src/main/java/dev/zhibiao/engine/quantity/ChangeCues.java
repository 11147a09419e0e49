package dev.zhibiao.engine.quantity;

import java.util.HashMap;
import java.util.Map;

/** Finds the change verb (增长, 下降 …) and its basis (同比, 环比) stated before an amount in the same clause. */
final class ChangeCues {
    private static final WordTable<Change> VERBS = new WordTable<>(verbs());
    /** Words that may stand between the verb and the amount: 增长了20%, 下降达5%, 分别增长. */
    private static final WordTable<Boolean> GAP = new WordTable<>(WordTable.all("了 达 达到 分别 约 为 幅度为 幅度达", true));
    /** "As high as" / "as long as" state a level, not a change: 高达5000万元. */
    private static final WordTable<Boolean> LEVEL = new WordTable<>(WordTable.all("高达 多达 长达 身高 海拔 最高 最低 升至 降至 增至 减至", true));
    private static final int BASIS_WINDOW = 16;

    private ChangeCues() {
    }

    private static Map<String, Change> verbs() {
        Map<String, Change> m = new HashMap<>();
        m.putAll(WordTable.all("增长 增加 提高 上涨 上升 增 涨 提升 扩大 加快 高出 多出 回升 攀升 新增 增收 增产 走高 反弹 拉升 "
            + "大涨 上扬 升 高 增幅 涨幅 增速 翻了 净增 猛增 激增 跃升 飙升 抬升 上调 提速", Change.INCREASE));
        m.putAll(WordTable.all("下降 减少 回落 降低 下跌 跌 降 减 收窄 缩小 放缓 低 下滑 减收 减产 缩减 萎缩 回调 跌幅 降幅 "
            + "大跌 暴跌 下调 走低 缩水 回撤 减速 失守 跌去 蒸发", Change.DECREASE));
        return m;
    }

    /** The change stated right before {@code end} (the start of the amount with its qualifier), or null. */
    static Found find(CharSequence t, int end, int clauseStart) {
        if (LEVEL.endingAt(t, end, clauseStart) != null) {
            return null;
        }
        int verbEnd = end;
        String gap = GAP.endingAt(t, verbEnd, clauseStart);
        if (gap != null && !(gap.equals("为") && VERBS.endingAt(t, verbEnd - 1, clauseStart) == null)) {
            verbEnd -= gap.length();
        }
        String verb = VERBS.endingAt(t, verbEnd, clauseStart);
        if (verb == null) {
            return null;
        }
        int verbStart = verbEnd - verb.length();
        Basis basis = null;
        for (int k = verbStart - 2; k >= Math.max(clauseStart, verbStart - BASIS_WINDOW); k--) {
            if (NumeralScanner.regionMatches(t, k, "同比")) {
                basis = Basis.YEAR_ON_YEAR;
                break;
            }
            if (NumeralScanner.regionMatches(t, k, "环比")) {
                basis = Basis.PERIOD_ON_PERIOD;
                break;
            }
        }
        return new Found(VERBS.value(verb), basis);
    }

    /** A stated change and its basis (null when not stated). */
    record Found(Change change, Basis basis) {
    }
}
