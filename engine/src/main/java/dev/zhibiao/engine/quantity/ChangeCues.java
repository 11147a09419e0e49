package dev.zhibiao.engine.quantity;

import java.util.HashMap;
import java.util.Map;

/** Finds the change verb (增长, 下降 …) and its basis (同比, 环比) stated before an amount in the same clause. */
final class ChangeCues {
    private static final WordTable<Change> VERBS = new WordTable<>(verbs());
    /** Words that may stand between the verb and the amount: 增长了20%, 下降达5%, 增长幅度为, 增长率达到了. */
    private static final WordTable<Boolean> GAP = new WordTable<>(WordTable.all("了 达 达到 分别 约 为 幅度 率 速度 均 都 已", true));
    private static final int MAX_GAPS = 3;
    /** "As high as" / "as long as" state a level, not a change: 高达5000万元. */
    private static final WordTable<Boolean> LEVEL = new WordTable<>(WordTable.all("高达 多达 长达 身高 海拔 最高 最低 升至 降至 增至 减至", true));
    /** What a change is measured against: the same period a year before, or the period just before. */
    private static final WordTable<Basis> BASES = new WordTable<>(bases());
    private static final int BASIS_WINDOW = 16;

    private ChangeCues() {
    }

    private static Map<String, Change> verbs() {
        Map<String, Change> m = new HashMap<>();
        m.putAll(WordTable.all("增长 增加 提高 上涨 上升 增 涨 提升 扩大 加快 高出 多出 回升 攀升 新增 增收 增产 走高 反弹 拉升 "
            + "大涨 上扬 升 高 增幅 涨幅 增速 翻了 净增 猛增 激增 跃升 飙升 抬升 上调 提速 加息 升值 涨价", Change.INCREASE));
        m.putAll(WordTable.all("下降 减少 回落 降低 下跌 跌 降 减 收窄 缩小 放缓 低 下滑 减收 减产 缩减 萎缩 回调 跌幅 降幅 "
            + "大跌 暴跌 下调 走低 缩水 回撤 减速 失守 跌去 蒸发 降息 贬值 降价 缩短 压缩 压减 削减 精简", Change.DECREASE));
        return m;
    }

    private static Map<String, Basis> bases() {
        Map<String, Basis> m = new HashMap<>();
        m.putAll(WordTable.all("同比 比上年 较上年 比去年 较去年 比上一年 较上一年 与上年相比 与去年相比 和上年相比 和去年相比 同上年相比",
            Basis.YEAR_ON_YEAR));
        m.putAll(WordTable.all("环比 比上月 较上月 比上个月 较上个月 与上月相比 比上季度 较上季度 比上周 较上周 较前一交易日 较上一交易日 较前一日",
            Basis.PERIOD_ON_PERIOD));
        return m;
    }

    /** The change stated before {@code end} (the start of the amount with its qualifier), or null. */
    static Found find(CharSequence t, int end, int clauseStart) {
        int verbEnd = end;
        String verb = null;
        for (int gaps = 0; gaps <= MAX_GAPS && verb == null; gaps++) {
            if (LEVEL.endingAt(t, verbEnd, clauseStart) != null) {
                return null;
            }
            verb = VERBS.endingAt(t, verbEnd, clauseStart);
            String gap = verb == null ? GAP.endingAt(t, verbEnd, clauseStart) : null;
            if (verb == null && gap == null) {
                return null;
            }
            verbEnd -= verb == null ? gap.length() : 0;
        }
        if (verb == null) {
            return null;
        }
        int verbStart = verbEnd - verb.length();
        Basis basis = null;
        for (int k = verbStart - 2; k >= Math.max(clauseStart, verbStart - BASIS_WINDOW) && basis == null; k--) {
            String word = BASES.startingAt(t, k);
            if (word != null && k + word.length() <= verbStart) {
                basis = BASES.value(word);
            }
        }
        return new Found(VERBS.value(verb), basis);
    }

    /** A stated change and its basis (null when not stated). */
    record Found(Change change, Basis basis) {
    }
}
