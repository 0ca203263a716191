package uk.practicecheck.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;

/**
 * Replaces child identifiers with stable keyed pseudonyms: {@code P-} and the first 12 hex digits
 * of the HMAC-SHA256 of the value. The same key gives the same pseudonym, run after run; without
 * the key a pseudonym cannot be traced back.
 *
 * <p>Replaced: the case id and the child's name (also wherever a finding's words repeat them),
 * and input file names (case files are often named after the case, as {@code F-…}). Rejection
 * reasons have anything quoted blanked, since a parser quotes the input it stumbled on, and the
 * child an Annex A workbook's rejection starts by naming ({@code child AA00017: ...}) pseudonymised.
 */
public final class Pseudonymiser {
    private static final String ALGORITHM = "HmacSHA256";
    /** How a child read from an Annex A workbook is named at the start of its rejection. */
    private static final Pattern NAMED_CHILD = Pattern.compile("^child (.+?): ");
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public Pseudonymiser(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("the pseudonym key is empty");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** {@code P-} and 12 hex digits; null and blank values stay as they are. */
    public String pseudonym(String value) {
        return hashed("P-", value);
    }

    /** An input file's name as every report shows it: {@code F-} and 12 hex digits; standard input stays "-". */
    public String fileName(String name) {
        return "-".equals(name) ? name : hashed("F-", name);
    }

    CaseResult apply(CaseResult c) {
        String caseId = pseudonym(c.caseId());
        String name = pseudonym(c.childName());
        List<RuleResult> rules = c.rules().stream().map(r -> new RuleResult(r.rule(), r.outcome(),
                r.findings().stream().map(f -> scrub(f, c, caseId, name)).toList())).toList();
        List<String> warnings = c.warnings().stream().map(w -> replace(w, c, caseId, name)).toList();
        return new CaseResult(apply(c.source()), caseId, name, c.team(), c.worker(), warnings, rules);
    }

    Rejection apply(Rejection r) {
        String reason = r.reason();
        if (reason != null) {
            Matcher child = NAMED_CHILD.matcher(reason);
            if (child.find()) {
                reason = "child " + pseudonym(child.group(1)) + ": " + reason.substring(child.end());
            }
            reason = reason.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        }
        return new Rejection(apply(r.source()), r.field(), reason);
    }

    private RecordSource apply(RecordSource source) {
        return new RecordSource(fileName(source.file()), source.record());
    }

    private static Finding scrub(Finding f, CaseResult c, String caseId, String name) {
        return new Finding(replace(f.subject(), c, caseId, name), f.outcome(), replace(f.message(), c, caseId, name),
                f.dueDate(), f.due(), f.dueBasis(), f.doneDate(), f.done(), f.daysOverdue(), f.requirements());
    }

    private static String replace(String text, CaseResult c, String caseId, String name) {
        if (text == null) {
            return null;
        }
        String out = StringUtils.isBlank(c.caseId()) ? text : text.replace(c.caseId(), caseId);
        return StringUtils.isBlank(c.childName()) ? out : out.replace(c.childName(), name);
    }

    private String hashed(String prefix, String value) {
        if (StringUtils.isBlank(value)) {
            return value;
        }
        byte[] digest = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
        return prefix + HexFormat.of().formatHex(digest, 0, 6);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
