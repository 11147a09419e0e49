package dev.zhibiao.engine.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose age an amount in 岁 is: the person a clause opens with (嫌疑人是一名25岁的男子 → 嫌疑人) or the one named after
 * the age (一名5岁左右的儿童 → 儿童), not the kind of person the age describes.
 */
final class AgedPersons {
    /**
     * A clause opening with the person it then says is one of a kind of a given age (嫌疑人是一名25岁的男子, 枪手是一名69岁
     * 男子): the age is the subject's, named by the subject (嫌疑人年龄), not by the kind after the age; not a pointing or
     * partitive subject (这名司机, 其中一人, 第一名).
     */
    private static final Pattern AGED_SUBJECT =
        Pattern.compile("^\\s*(?!其中|第|这|那|该|本|此)(\\p{IsHan}{2,5}?)(?<!一人)(?:是|为)一[名位个]$");
    /**
     * A person named by a title or as an old person (患者陈先生, 张女士, 老人): it ends the person, the words
     * after it are what the person did or is like (经过半个月的治疗, 身体硬朗), never part of who it is.
     */
    private static final Pattern THROUGH_PERSON_TITLE = Pattern.compile(
        "^\\p{IsHan}*?(?:先生|女士|小姐|老人|老汉|大爷|大妈|阿姨|奶奶|爷爷|师傅)(?=\\p{IsHan})"
        // a title opening another noun is no title (女士兵, 小姐妹, 老人院, 老人护理员, 师傅级技工, 大爷爷)
        + "(?![兵官妹弟院护员级协爷妈])");
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private AgedPersons() {
    }

    /** The person an age is of, as named in the text; "" when it names none. */
    static String whose(QuantityScope scope) {
        Matcher aged = AGED_SUBJECT.matcher(scope.left());
        if (aged.find()) {
            return aged.group(1);
        }
        // an age before 的 is the age of the person named after it (一名5岁左右的儿童 → 儿童年龄, also in a range:
        // 从3岁的幼儿到80岁的老人); an age a rule changes from (参赛年龄由18至25周岁调整为…) is followed by the
        // change's verb, no person
        String person = throughPersonTitle(beforeTime(scope.nounAfter()));
        return !person.isEmpty() && (scope.right(false).startsWith(MODIFIER_END)
                || !FromToChanges.fromTo(scope.left(), scope.right(false))) ? person : "";
    }

    /** The words before the first digit: a date after the person opens what they did (60岁的粟斌2023年当选…). */
    private static String beforeTime(String noun) {
        for (int i = 0; i < noun.length(); i++) {
            if (Character.isDigit(noun.charAt(i))) {
                return noun.substring(0, i);
            }
        }
        return noun;
    }

    /** The person a noun after an age names, through the title ending the name (患者陈先生经过 → 患者陈先生). */
    private static String throughPersonTitle(String noun) {
        Matcher titled = THROUGH_PERSON_TITLE.matcher(noun);
        return titled.lookingAt() ? titled.group() : noun;
    }
}
