package dev.zhibiao.e2e;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.zhibiao.e2e.HostileCase.deadLetter;
import static dev.zhibiao.e2e.HostileCase.rejected;
import static dev.zhibiao.e2e.HostileCase.stored;

/** The hostile inputs of the fault and abuse tests: each must get a clear 4xx, a dead letter with a reason, or be stored harmlessly. */
final class HostileCorpus {
    private static final String HEAD = "---\ntitle: \"恶意输入\"\ndate: 2024-01-01 08:00:00 +0800\n---\n";

    private HostileCorpus() {
    }

    static List<HostileCase> cases() {
        List<HostileCase> cases = new ArrayList<>();
        // refused at the door
        cases.add(rejected("empty body", new byte[0], 400));
        cases.add(rejected("GBK bytes", (HEAD + "<p>共有194名队员。</p>").getBytes(Charset.forName("GBK")), 415));
        cases.add(rejected("binary data", randomBytes(4096), 415));
        cases.add(rejected("UTF-16 with BOM", (HEAD + "<p>共有3个村。</p>").getBytes(StandardCharsets.UTF_16), 415));
        cases.add(rejected("20 MB post", (HEAD + "<p>" + "共有3个村。".repeat(20 * 1024 * 1024 / 18) + "</p>")
                .getBytes(StandardCharsets.UTF_8), 413));
        cases.add(rejected("lone surrogate bytes", concat(HEAD.getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}), 415));
        // not posts: dead-lettered with the reason
        cases.add(deadLetter("no front matter", "<p>只有正文，共有194名。</p>", "front matter"));
        cases.add(deadLetter("front matter not closed", "---\ntitle: a\n<p>共有3个村。</p>", "not closed"));
        cases.add(deadLetter("unterminated YAML string", "---\ntitle: \"a\ndate: 2024\n---\n<p>共有3个村。</p>", "YAML"));
        cases.add(deadLetter("YAML list instead of fields", "---\n- a\n- b\n---\n<p>共有3个村。</p>", "mapping"));
        cases.add(deadLetter("YAML alias bomb", aliasBomb(), "YAML"));
        cases.add(deadLetter("YAML duplicate keys", "---\ntitle: a\ntitle: b\n---\n<p>共有3个村。</p>", "YAML"));
        cases.add(deadLetter("YAML object construction tag",
                "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n---\n<p>共有3个村。</p>",
                "YAML"));
        cases.add(deadLetter("YAML nested 100 deep", "---\ntitle: " + "[".repeat(100) + "]".repeat(100) + "\n---\n<p>共有3个村。</p>", "YAML"));
        cases.add(deadLetter("YAML tab indentation", "---\ntitle: a\n\tdate: b\n---\n<p>共有3个村。</p>", "YAML"));
        cases.add(deadLetter("front matter over 64 KB", "---\ntitle: \"" + "长".repeat(70_000) + "\"\n---\n<p>共有3个村。</p>", "larger"));
        cases.add(deadLetter("NUL inside YAML", "---\ntitle: \"a\u0000b\"\n---\n<p>共有3个村。</p>", "YAML"));
        cases.add(deadLetter("empty body", HEAD, "no body"));
        cases.add(deadLetter("whitespace body", HEAD + "\n\n   \n\u3000\n", "no body"));
        cases.add(deadLetter("only scripts", HEAD + "<script>var n = 1000000;</script>", "no body"));
        cases.add(deadLetter("only comments and images", HEAD + "<!-- 共有3个村 --><img src=x alt=\"5个\">", "no body"));
        cases.add(deadLetter("100,000 numbers", HEAD + "<p>" + "增加1个，".repeat(100_000) + "</p>", "amounts"));
        // odd but legitimate: stored without harm
        cases.add(stored("script in title and body", "---\ntitle: \"<script>alert(1)</script>标题\"\n---\n"
                + "<p>共有<script>alert(2)</script>3个村。</p>", "共有3个村"));
        cases.add(stored("event handler attributes", HEAD + "<p onclick=\"alert(1)\" onmouseover='x()'>共有4个村。</p>", "共有4个村"));
        cases.add(stored("javascript URL", HEAD + "<p><a href=\"javascript:alert(1)\">共有5个村</a>。</p>", "共有5个村"));
        cases.add(stored("missing title", "---\ndate: 2024-01-01\n---\n<p>共有6个村。</p>", "共有6个村"));
        cases.add(stored("invalid date", "---\ntitle: t\ndate: yesterday\n---\n<p>共有7个村。</p>", "共有7个村"));
        cases.add(stored("date as a list", "---\ntitle: t\ndate: [1, 2]\n---\n<p>共有8个村。</p>", "共有8个村"));
        cases.add(stored("title 10,000 characters", "---\ntitle: \"" + "标".repeat(10_000) + "\"\n---\n<p>共有9个村。</p>", "共有9个村"));
        cases.add(stored("SQL in categories", "---\ntitle: t\ncategories: \"'; DROP TABLE post; --\"\n---\n<p>共有10个村。</p>", "共有10个村"));
        cases.add(stored("deeply nested HTML", HEAD + "<div>".repeat(5000) + "共有11个村。" + "</div>".repeat(5000), "共有11个村"));
        cases.add(stored("unclosed tags", HEAD + "<p><b><i><table><tr><td>共有12个村。", "共有12个村"));
        cases.add(stored("number of 400 digits", HEAD + "<p>总额1" + "0".repeat(400) + "元。共有13个村。</p>", "共有13个村"));
        cases.add(stored("tiny exponent", HEAD + "<p>误差1e-400米。共有14个村。</p>", "共有14个村"));
        cases.add(stored("absurd Chinese numeral", HEAD + "<p>资金九九九九九九九九九九亿亿元。共有15个村。</p>", "共有15个村"));
        cases.add(stored("mixed scripts and emoji", HEAD + "<p>Москва 🚀 مرحبا 共有16个村，增长5%。</p>", "共有16个村"));
        cases.add(stored("zero-width characters", HEAD + "<p>共有1\u200B7个\u200D村。</p>", "共有17个村"));
        cases.add(stored("bidi overrides", HEAD + "<p>\u202E共有18个村\u202C。</p>", "共有18个村"));
        cases.add(stored("NUL and controls in body", HEAD + "<p>共有\u000019个\u0007村。</p>", "共有19个村"));
        cases.add(stored("CRLF line endings", HEAD.replace("\n", "\r\n") + "<p>共有20个村。</p>\r\n", "共有20个村"));
        cases.add(stored("byte-order mark", "\uFEFF" + HEAD + "<p>共有21个村。</p>", "共有21个村"));
        cases.add(stored("one line of 300,000 characters", HEAD + "<p>" + "乡村振兴".repeat(75_000) + "共有22个村。</p>", "共有22个村"));
        cases.add(stored("50,000 paragraphs", HEAD + "<p>段落</p>".repeat(50_000) + "<p>共有23个村。</p>", "共有23个村"));
        cases.add(stored("style and noscript with numbers", HEAD + "<style>p{width:100px}</style><noscript>999个</noscript><p>共有24个村。</p>", "共有24个村"));
        cases.add(stored("HTML entities", HEAD + "<p>共有&#50;&#53;个村&lt;b&gt;。</p>", "共有25个村"));
        return cases;
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.append("title: bomb\n---\n<p>共有3个村。</p>\n").toString();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
