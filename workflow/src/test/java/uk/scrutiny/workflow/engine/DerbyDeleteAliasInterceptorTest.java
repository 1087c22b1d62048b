package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SQL rewrite on its own; {@link DerbyEngineTest} runs Flowable's real statements through it. */
class DerbyDeleteAliasInterceptorTest {

    @Test
    void turnsTheMultiTableDeleteFormIntoTheStandardOne() {
        String flowable = "\n    delete  LINK  from ACT_HI_IDENTITYLINK LINK where LINK.PROC_INST_ID_ is not null and\n"
                + "      NOT EXISTS (select PROCINST.ID_ from ACT_HI_PROCINST PROCINST where LINK.PROC_INST_ID_ = PROCINST.ID_)";

        assertThat(DerbyDeleteAliasInterceptor.rewrite(flowable)).isEqualTo(
                "delete from ACT_HI_IDENTITYLINK LINK where LINK.PROC_INST_ID_ is not null and\n"
                + "      NOT EXISTS (select PROCINST.ID_ from ACT_HI_PROCINST PROCINST where LINK.PROC_INST_ID_ = PROCINST.ID_)");
    }

    @Test
    void leavesEveryOtherStatementAlone() {
        assertThat(DerbyDeleteAliasInterceptor.rewrite("delete from ACT_RU_TASK where ID_ = ?")).isNull();
        assertThat(DerbyDeleteAliasInterceptor.rewrite("delete from ACT_GE_BYTEARRAY BYTES_ where BYTES_.ID_ = ?")).isNull();
        assertThat(DerbyDeleteAliasInterceptor.rewrite("select * from ACT_RU_TASK")).isNull();
        // An alias that does not match the table's correlation name is not the pattern Flowable emits.
        assertThat(DerbyDeleteAliasInterceptor.rewrite("delete A from ACT_RU_TASK B where B.ID_ = ?")).isNull();
    }
}
