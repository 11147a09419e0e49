package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A time span measuring how long something went on (工作三年, 24小时值守, 两天罢工) is named by the activity and a word of
 * duration (工作时长, 值守时长, 罢工时长), as a duration is named elsewhere (无霜期, 建设工期, 出舱活动历时); the activity alone
 * names the deed, not how long it took. A span closed by 来 or 间 (履职七年来, 担任全国人大代表的12年间) is the time of what
 * it frames (履职时间), the 来 or 间 left on the label no part of it.
 */
final class Durations {
    private static final String LENGTH = "时长";
    private static final String PERIOD = "时间";
    /** Words that already say the amount is a duration, a streak, or a term (历时, 连续, 任期, 历史, 之久). */
    private static final Pattern NAMES_DURATION = Pattern.compile("时|期|连续|年限|天数|历史|之久|寿命|年龄|车程|航程");
    /** Labels opening with these compare (比之前, 较去年提前), count per period (每周) or frame another fact (来新高). */
    private static final String NOT_AN_ACTIVITY = "比较每来间内后前里";
    /** After the span: 来 and 间 close it as a frame (七年来, 12年间) and may be left on the label; 内里前后 date another fact. */
    private static final String FRAME_LEFT_ON = "来间";
    private static final String FRAME_DATING = "内里前后";
    /** A change follows a span that frames it (总产量十年增长1.3倍). */
    private static final Pattern CHANGE_AFTER = Pattern.compile("^(?:[增降减涨跌翻]|提高|提升|下滑|回落)");
    /** 为期40天的春运: the span is already named as a term; the event after it is the label. */
    private static final String TERM = "为期";
    /** 用 before a span, maybe with 了 and a word saying how short (用了, 用短短, 计划用): time spent on a deed. */
    private static final Pattern SPENDING = Pattern.compile("(?<![费信作应适通采使享])用了?(?:短短|仅仅|仅|不到|近|约)?$");
    /** 时间 after the span, maybe a comma before the deed (三年多的时间，研制出…). */
    private static final Pattern SPENT_TIME = Pattern.compile("的?时间[，,]?");
    private static final String TIME_SPENT = "用时";
    /** A result brought about opening what follows 时间 (使城镇化率达到70%, 让近1亿人脱贫): no deed the time was spent on. */
    private static final Pattern RESULT_OPENING = Pattern.compile("[使让令]");
    /**
     * The spending words alone before the span: it opens its clause (用短短8年时间). 再 or 又 before them (再用3个月时间) is
     * time spent after the deed before, not on it.
     */
    private static final Pattern SPENDING_OPENS = Pattern.compile("(?:仅|只)?" + SPENDING.pattern());
    /**
     * Nouns of an undertaking ending the object of the clause before a result (脱贫攻坚战, 旧城改造工程): only an undertaking
     * is what time is spent on; a leadership, an effort or a thing brought in (坚强领导下, 不懈努力, 生产线) is not.
     */
    private static final Pattern UNDERTAKING = Pattern.compile("(?:工程|(?<!挑)战|行动|改造|建设|项目|计划|攻坚|整治|改革)$");
    /** A note in brackets (新品种（系）): no part of the deed. */
    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");
    /** A deed this long is cut to its verb and the head of its object. */
    private static final int MAX_DEED = 8;
    /** A verb of two characters, with its complement (研制出, 培育). */
    private static final Pattern DEED_VERB = Pattern.compile("\\p{IsHan}{2}[出成了]?");
    /** The head of an object: what follows its last 的, list mark, 和 or 等. */
    private static final Pattern OBJECT_HEAD = Pattern.compile("[的、和等]([^的、和等]+)$");
    /** 来 or 以来 closing a span, then 首次: the first time in that span (38年来首次喷发). */
    private static final Pattern FIRST_SINCE = Pattern.compile("(?:以来|来)，?(?:首次|第一次|首度)");
    /** The time since a deed was last done (距上次喷发时间). */
    private static final String SINCE_LAST = "距上次";
    /** 时隔 before a span: the time since a deed was last done, before it is done again. */
    private static final String GAP = "时隔";
    /** 一 and a measure word before the object of the deed (收获一枚银牌): an article, no part of what was done. */
    private static final Pattern ARTICLE = Pattern.compile("(?<=\\p{IsHan})一[枚个块项座场次位名]");
    /** Adverbs saying a deed is done again (再次, 再度, 重新): part of the deed after 时隔, though 再 ends a predicate elsewhere. */
    private static final Pattern AGAIN = Pattern.compile("再次|再度|再一次|又一次|重新|再|又");
    /**
     * A passive verb written right before a span (被困超过150个小时, 他被困已超过150小时): the state the span measures, however
     * long the words around it run (救援队救出被困…幸存者).
     */
    private static final Pattern PASSIVE_STATE = Pattern.compile("(被\\p{IsHan}{1,2}?)(?:已经|已)?$");
    /** A passive verb is looked for this far before the span: 被, the verb, 已经. */
    private static final int MAX_PASSIVE = 5;
    /** An event's kind is a word of two characters at least (罢工, 专项行动). */
    private static final int MIN_EVENT = 2;
    /** A quoted name of an event, with its quotes, is this long at most (“百日攻坚”); a longer one is a title. */
    private static final int MAX_EVENT_NAME = 10;
    /**
     * Verbs by which someone imposes a term on an event (宣布进入为期60天的紧急状态) or sets one going for others
     * (部署开展为期2个月的专项行动): the one who does is not what lasts.
     */
    private static final Pattern IMPOSING = Pattern.compile("宣布|决定|批准|部署|开展");

    /** 经过 or 历经 before a span (历经五年多建设, 经过4个多小时的紧张救援): the span is the time the deed after it took. */
    private static final Pattern PASSING = Pattern.compile("(?:经过|历经)了?$");

    /** A deed of a few characters closing the clause after the span (历经五年多建设，). */
    private static final Pattern DEED_ENDING_CLAUSE = Pattern.compile("(\\p{IsHan}{2," + MAX_DEED + "})(?:[，,。；;]|$)");

    /** Words after 经过/历经 and a span that say it was hard or long, no deed (经过两年的努力, 历经十年的风雨). */
    private static final Set<String> FIGURATIVE_DEEDS = Set.of("时间", "努力", "风雨", "奋斗", "历程", "岁月", "洗礼", "磨砺",
        "沧桑", "时光", "发展", "积累");
    /** Words of speaking or forecasting (他表示，将持续…; 预计持续3天): the one who speaks does not last. */
    private static final Pattern SPEAKING = Pattern.compile(Reporters.SPEAKING_VERBS);

    /** 持续 right before a span (持续近7个月的冲突, 采冰工作启动，将持续一个半月左右): the span is how long a thing lasts. */
    private static final Pattern LASTING = Pattern.compile("持续了?$");
    private static final String LASTING_TIME = "持续时间";

    /**
     * 内 or 之内 closing a span (未来1-2年内陆续投产运营, 3天之内便能加工成…, 将在3个月内公布…): the window a deed is done
     * within. 以内 is left out: it bounds an amount (三年以内的小额信贷). Opening what follows 时间 spent, they make it no deed
     * but a deadline (3年时间内付清).
     */
    private static final Pattern WITHIN = Pattern.compile("之?内");
    /** Words of obligation before a window (须, 必须, 应当): it is a deadline or a validity, no time taken. */
    private static final Pattern OBLIGED = Pattern.compile("须|需|应当|应在|务必|不得");
    /** A deed denied after the window (3年内未发生安全事故): nothing done in it. */
    private static final Pattern NEGATED = Pattern.compile("(?:[便就均都]?)(?:未|不|没|无)");
    private static final String BOUND_WITHIN = "以内";
    /** Adverbs opening the deed after a window (便能, 陆续): how it is done, no part of what. */
    private static final Pattern DEED_ADVERBS = Pattern.compile("^(?:陆续|相继|逐步|全部|均|都|便|就|即|将|可|能|会|才|要)+");
    /** A window framing a change or a market move (近一个月内涨幅翻倍): no deed done within it. */
    private static final Pattern MOVE_OPENING = Pattern.compile("^(?:[涨跌升降增减翻]|上涨|下跌|上升|下降)");

    /** Longer labels took in more than the activity (建议每个家庭储备基本生活物资): they are kept. */
    private static final int MAX_ACTIVITY = 4;

    private Durations() {
    }

    static String named(QuantityScope scope, String label) {
        if (!QuantityScope.TIME_SPAN_UNITS.contains(scope.quantity.unit())) {
            return label;
        }
        boolean plain = scope.quantity.change() == null;
        // what the span frames, first match wins: a first time since, time spent on a deed, a gap before a deed done
        // again, a passive state, a term imposed
        Optional<String> framed = Stream.<Supplier<String>>of(
                () -> plain ? firstSince(scope) : "",
                () -> plain ? timeSpentOn(scope) : "",
                () -> doneAgain(scope, label),
                () -> plain ? passiveState(scope) : "",
                () -> plain ? deedPassedThrough(scope) : "",
                () -> plain ? lasting(scope) : "",
                () -> plain ? doneWithin(scope) : "",
                () -> termedEvent(scope))
            .map(Supplier::get).filter(named -> !named.isEmpty()).findFirst();
        if (framed.isPresent()) {
            return framed.get();
        }
        if (label.isEmpty() || !plain
                || NAMES_DURATION.matcher(label).find() || NOT_AN_ACTIVITY.indexOf(label.charAt(0)) >= 0
                || scope.text.startsWith(TERM, scope.chainStart - TERM.length())) {
            return label;
        }
        int end = scope.quantity.end();
        String after = scope.text.substring(end, Math.min(scope.text.length(), end + 2));
        if (CHANGE_AFTER.matcher(after).find()) {
            return label;
        }
        char next = after.isEmpty() ? ' ' : after.charAt(0);
        if (FRAME_LEFT_ON.indexOf(next) >= 0 && label.length() > 1 && label.charAt(label.length() - 1) == next) {
            return label.substring(0, label.length() - 1) + PERIOD;
        }
        if (FRAME_DATING.indexOf(next) >= 0 || FRAME_LEFT_ON.indexOf(next) >= 0 || label.length() > MAX_ACTIVITY) {
            return label;
        }
        return label + LENGTH;
    }

    /**
     * The gap before a deed done again (中国队时隔16年再次收获一枚银牌, 蔡旭哲时隔两年再度漫步太空): what was done again names
     * the gap (中国队再次收获银牌时隔), the doer alone (中国队时隔) does not; "" when it already holds more
     * than the doer and 时隔 or no deed follows.
     */
    private static String doneAgain(QuantityScope scope, String label) {
        int gapAt = scope.chainStart - GAP.length();
        if (!label.endsWith(GAP) || gapAt < scope.clause.start() || !scope.text.startsWith(GAP, gapAt)) {
            return "";
        }
        String right = scope.right(true);
        Matcher again = AGAIN.matcher(right);
        String adverb = again.lookingAt() ? again.group() : "";
        String deed = adverb + ARTICLE.matcher(Phrases.after(right.substring(adverb.length()), true)).replaceAll("");
        return deed.length() - adverb.length() < 2 ? "" : label.substring(0, label.length() - GAP.length()) + deed + GAP;
    }

    /**
     * A deed done for the first time in a span (活火山38年来首次喷发, 这是30年来首次增设): the span is the time since the deed
     * was last done (距上次喷发时间); "" when the span frames no first time.
     */
    private static String firstSince(QuantityScope scope) {
        String rest = scope.restOfClause();
        Matcher m = FIRST_SINCE.matcher(rest);
        if (!m.lookingAt()) {
            return "";
        }
        String deed = Phrases.after(rest.substring(m.end()), true);
        return deed.length() < 2 ? "" : SINCE_LAST + deed + PERIOD;
    }

    /**
     * Time spent on a deed (团队用了三年多的时间，研制出全新的…设备; 计划用3年左右时间，培育…新品种): the deed after 时间, in
     * its clause or the next, names what took it (研制出…用时); "" when the span is no time spent or no deed follows.
     */
    private static String timeSpentOn(QuantityScope scope) {
        if (!SPENDING.matcher(scope.text).region(scope.clause.start(), scope.chainStart).find()) {
            return "";
        }
        Matcher time = SPENT_TIME.matcher(scope.text.substring(scope.quantity.end(), scope.sentence.end()));
        if (!time.lookingAt()) {
            return "";
        }
        int from = scope.quantity.end() + time.end();
        int to = scope.quantitiesIn(from, scope.sentence.end()).stream().mapToInt(Quantity::start).findFirst()
                .orElse(scope.sentence.end());
        if (RESULT_OPENING.matcher(scope.text).region(from, to).lookingAt()) {
            return resultOfDeedBefore(scope);
        }
        String deed = BRACKETED.matcher(Phrases.after(scope.text.substring(from, to), true)).replaceAll("");
        // 3年时间内付清 frames a deadline: no deed spent on
        return deed.length() < 2 || WITHIN.matcher(deed).lookingAt() ? "" : shortDeed(deed) + TIME_SPENT;
    }

    /**
     * Time spent bringing about a result, the span opening its clause after a deed (实施了…力度最大的脱贫攻坚战，用短短8年时间，
     * 让近1亿人脱贫): the time was spent on what the clause before did, named by the head of its object (脱贫攻坚战用时);
     * "" when the span does not open its clause, or the clause before holds an amount or names no undertaking.
     */
    private static String resultOfDeedBefore(QuantityScope scope) {
        if (!SPENDING_OPENS.matcher(scope.text.substring(scope.clause.start(), scope.chainStart)).matches()) {
            return "";
        }
        Matcher head = OBJECT_HEAD.matcher(scope.previousClauseTopic());
        String object = head.find() ? head.group(1) : "";
        return object.length() < 2 || object.length() > MAX_DEED || !Phrases.isChinese(object)
            || !UNDERTAKING.matcher(object).find() ? "" : object + TIME_SPENT;
    }

    /**
     * A deed with a long object (研制出全新的氨燃料发动机、供气管路和储存罐等成体系的多种设备): its verb and the head of the
     * object, after the last description or list item (研制出多种设备); a short deed as it is.
     */
    private static String shortDeed(String deed) {
        Matcher verb = DEED_VERB.matcher(deed);
        if (deed.length() <= MAX_DEED || !verb.lookingAt()) {
            return deed;
        }
        Matcher last = OBJECT_HEAD.matcher(deed);
        String head = last.find() ? last.group(1) : "";
        return head.length() < 2 ? deed : verb.group() + head;
    }

    /**
     * The deed a span was passed through (历经五年多建设，长征国家文化公园…; 经过8年攻坚拔寨): the noun of the deed right after
     * the span, maybe after 的, names what took that long (建设时间); the verb of passing (历经时长) does not. "" when the span
     * follows no 经过 or 历经, or no deed follows it.
     */
    private static String deedPassedThrough(QuantityScope scope) {
        if (!PASSING.matcher(scope.text).region(scope.clause.start(), scope.chainStart).find()) {
            return "";
        }
        String right = Phrases.afterModifier(scope.right(false));
        // a deed ending its clause is taken whole (建设: a verb of purpose elsewhere, which the phrase reader drops)
        Matcher whole = DEED_ENDING_CLAUSE.matcher(right);
        String deed = whole.lookingAt() ? whole.group(1) : Phrases.after(right, true);
        return deed.length() < 2 || !Phrases.isChinese(deed) || FIGURATIVE_DEEDS.contains(deed) ? ""
            : shortDeed(deed) + PERIOD;
    }

    /**
     * How long a thing lasts (持续近7个月的冲突 → 冲突持续时间; 卸货作业计划持续两周 → 卸货作业计划持续时间; 采冰工作启动，将持续一个半月
     * → 采冰工作启动持续时间): the thing is the noun after 的, else the words before 持续 in the clause, else the clause before
     * when this one opens with 持续; "" when the span follows no 持续 or nothing names the thing.
     */
    private static String lasting(QuantityScope scope) {
        Matcher m = LASTING.matcher(scope.text).region(scope.clause.start(), scope.chainStart);
        if (!m.find()) {
            return "";
        }
        String right = scope.right(false);
        if (right.startsWith(Phrases.MODIFIER)) {
            return lastingTime(Phrases.after(Phrases.afterModifier(right), false));
        }
        String before = scope.text.substring(scope.clause.start(), m.start());
        if (SPEAKING.matcher(before).find()) {
            return ""; // 预计持续3天: the forecast's thing is named elsewhere
        }
        String thing = StrayMarks.tidy(Affixes.strip(before));
        if (thing.isEmpty()) {
            String previous = scope.previousClauseTopic();
            thing = SPEAKING.matcher(previous).find() ? "" : StrayMarks.tidy(Affixes.strip(previous));
        }
        return lastingTime(thing);
    }

    private static String lastingTime(String thing) {
        return thing.length() < 2 || !Phrases.isChinese(thing) ? "" : thing + LASTING_TIME;
    }

    /**
     * A deed done within a span (计划未来1-2年内陆续投产运营, 3天之内便能加工成各类美食): the deed after 内 names the time it
     * takes (投产运营时间); "" when the span closes with no 内, or frames another amount's fact (5个小时内发生至少11起枪击事件,
     * 近一个月内涨超163%) or the next clause (两个月内，…), is a deadline or a validity (须在3年内付清) or is denied (3年内未发生),
     * or no deed follows.
     */
    private static String doneWithin(QuantityScope scope) {
        String written = scope.quantity.text();
        int from = scope.quantity.end();
        if (written.endsWith(BOUND_WITHIN)) {
            return "";
        }
        if (!WITHIN.matcher(written).find()) {
            Matcher closer = WITHIN.matcher(scope.text).region(from, Math.min(scope.text.length(), from + 2));
            if (!closer.lookingAt()) {
                return "";
            }
            from = closer.end();
        }
        if (from >= scope.clause.end() || !scope.quantitiesIn(from, scope.clause.end()).isEmpty()) {
            return "";
        }
        String before = scope.text.substring(scope.clause.start(), scope.chainStart);
        String rest = scope.text.substring(from, scope.clause.end());
        if (OBLIGED.matcher(before).find() || NEGATED.matcher(rest).lookingAt()) {
            return ""; // a deadline (须在3年内付清), a validity (须持48小时内…证明) or what did not happen (3年内未发生)
        }
        String deed = Phrases.after(DEED_ADVERBS.matcher(rest).replaceFirst(""), true);
        if (deed.length() < 2 || !Phrases.isChinese(deed) || MOVE_OPENING.matcher(deed).lookingAt()
                || deed.startsWith(Phrases.MODIFIER) || Affixes.isChangeVerb(deed)) {
            return "";
        }
        return shortDeed(deed) + PERIOD;
    }

    /** The time of the passive state written right before a time span (被困时间), without its 已; "" when there is none. */
    private static String passiveState(QuantityScope scope) {
        int from = Math.max(scope.clause.start(), scope.chainStart - MAX_PASSIVE);
        Matcher m = PASSIVE_STATE.matcher(scope.text.substring(from, scope.chainStart));
        if (!m.find()) {
            return "";
        }
        return m.group(1) + PERIOD;
    }

    /**
     * The event a term is imposed on (政府宣布多个地区进入为期60天的紧急状态 → 紧急状态): the noun after 为期…的 is what
     * lasts, the words before 为期 say who imposed it; "" when no one imposes the term (为期三天的换俘行动
     * 完成 names the event already; in 管理人员开始为期8天的罢工 the ones before 为期 are the event's own doers) or no noun
     * follows.
     */
    private static String termedEvent(QuantityScope scope) {
        int termAt = scope.chainStart - TERM.length();
        if (termAt <= scope.clause.start() || !scope.text.startsWith(TERM, termAt)
                || !IMPOSING.matcher(scope.text).region(scope.clause.start(), termAt).find()) {
            return "";
        }
        String right = scope.right(false);
        if (!right.startsWith(Phrases.MODIFIER)) {
            return "";
        }
        String event = Phrases.after(Phrases.afterModifier(right), false);
        int nameEnd = !event.isEmpty() && event.charAt(0) == Phrases.OPEN_QUOTE ? event.indexOf(Phrases.CLOSE_QUOTE) + 1 : 0;
        // a long quoted title (“清朗·2025年暑期…整治”专项行动) says which event, its kind after the title what lasts; a
        // short quoted name (“百日攻坚”行动) is how the event is called
        boolean title = nameEnd > MAX_EVENT_NAME;
        event = title && event.length() - nameEnd >= MIN_EVENT ? event.substring(nameEnd) : event;
        return event.length() < MIN_EVENT ? "" : event;
    }
}
