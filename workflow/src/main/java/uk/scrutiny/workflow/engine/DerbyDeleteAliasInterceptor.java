package uk.scrutiny.workflow.engine;

import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;

/**
 * Rewrites {@code delete ALIAS from TABLE ALIAS ...} into {@code delete from TABLE ALIAS ...}
 * just before MyBatis prepares the statement.
 *
 * <p>Flowable's bulk history deletes (history cleaning, deleting the data of removed historic
 * instances) emit the MySQL/H2 multi-table form for every database except the few it names, and
 * Derby only understands the standard form, which it does accept with a correlation name. The
 * mappings cannot be changed from outside, so the SQL is corrected on its way to the driver;
 * statements of any other shape pass untouched.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
public class DerbyDeleteAliasInterceptor implements Interceptor {

    private static final Pattern DELETE_ALIAS_FROM = Pattern.compile(
            "^\\s*delete\\s+(\\w+)\\s+from\\s+(\\S+)\\s+\\1\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        StatementHandler handler = (StatementHandler) invocation.getTarget();
        BoundSql boundSql = handler.getBoundSql();
        String rewritten = rewrite(boundSql.getSql());
        if (rewritten != null) {
            // BoundSql has no setter; MyBatis' own reflection is the sanctioned way plugins change it.
            MetaObject meta = SystemMetaObject.forObject(boundSql);
            meta.setValue("sql", rewritten);
        }
        return invocation.proceed();
    }

    /** The Derby form of {@code sql}, or {@code null} when it needs no change. */
    static String rewrite(String sql) {
        Matcher matcher = DELETE_ALIAS_FROM.matcher(sql);
        if (!matcher.find()) {
            return null;
        }
        return "delete from " + matcher.group(2) + " " + matcher.group(1) + sql.substring(matcher.end());
    }
}
