package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A work named by its title in the sentence's first clause (《欢迎来龙餐馆》上映不到三天，票房已超4亿元; 制定发布了三批《鼓励
 * 仿制药品目录》，共89个品种) is the topic of the clauses after it: a bare noun there (票房, 品种) is the work's, and names
 * nothing apart from it, so the title goes before it (《欢迎来龙餐馆》票房). The first clause must state a fact of the work
 * itself, an amount outside the title (上映不到三天, 三批): a title that is only cited (《规划》提出，全省新建学校120所) is a
 * source, no topic.
 */
final class TitledTopics {
    /** A title opening its clause (the work is the subject) or closing it (the work just named, described next). */
    private static final Pattern OPENING_TITLE = Pattern.compile("\\s*(《[^《》]{1,20}》)");
    private static final Pattern CLOSING_TITLE = Pattern.compile("(《[^《》]{1,20}》)[，,：:]?\\s*$");
    /** A clause opening with its own scope (全市消费增长8%, 各地, 该市): its nouns are the scope's, not the work's. */
    private static final Pattern SCOPE_OPENING = Pattern.compile("\\s*[全各该本我]");
    /** A bare noun of the work: a word of two characters; a longer label already names its thing. */
    private static final int MAX_BARE = 2;

    private TitledTopics() {
    }

    static String named(QuantityScope scope, String label) {
        if (label.isEmpty() || label.length() > MAX_BARE || !Phrases.isChinese(label)) {
            return label;
        }
        List<Span> clauses = scope.sentenceClauses();
        if (clauses.size() < 2 || clauses.get(0).end() > scope.clause.start()) {
            return label; // the amount is in the first clause, with the title: it is no topic of it
        }
        // a clause up to the amount's naming its own scope (全市消费增长8%，投资增长5%) opens a topic of its own
        boolean ownScope = clauses.stream().skip(1).filter(c -> c.start() <= scope.clause.start())
            .anyMatch(c -> SCOPE_OPENING.matcher(scope.text).region(c.start(), c.end()).lookingAt());
        if (ownScope) {
            return label;
        }
        Span first = clauses.get(0);
        Matcher title = OPENING_TITLE.matcher(scope.text).region(first.start(), first.end());
        if (!title.lookingAt()) {
            title = CLOSING_TITLE.matcher(scope.text).region(first.start(), first.end());
            if (!title.find()) {
                return label;
            }
        }
        int titleStart = title.start(1);
        int titleEnd = title.end(1);
        // a clause stating no fact of the work outside its title (《规划》提出，…) only cites it as a source
        boolean statesFact = scope.quantitiesIn(first.start(), first.end()).stream()
            .anyMatch(q -> q.end() <= titleStart || q.start() >= titleEnd);
        return statesFact ? title.group(1) + label : label;
    }
}
