/**
 * The workflow engine proved inside the real server: Arquillian test archives that carry the application's own
 * libraries (taken from the built EAR), start their own {@code WorkflowEngine} on the server's {@code jdbc/scrutiny}
 * data source and show that domain rows and process state commit or roll back together, that paged queries work on
 * Derby, that timers and jobs run on container-managed threads, and that a restart keeps everything.
 *
 * <p>Two engines share the test server's database: the application's and the test archive's. Only the test
 * archive's runs jobs (see {@link uk.scrutiny.it.workflow.WorkflowArchives}), because only it has the beans the
 * test processes name.
 */
package uk.scrutiny.it.workflow;
