package io.customerlens.cli;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.ManualTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code customerlens tasks add --customer KEY --due YYYY-MM-DD [--reason TEXT] [--reschedule]}: a follow-up task
 * made by hand (a phone call, normal priority, the reason as its notes). One open task per customer: where the
 * customer has one, nothing is added (exit code 1) unless --reschedule moves that one to the day instead.
 */
@Command(name = "add", sortOptions = false, usageHelpAutoWidth = true)
final class TasksAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DataFolderOption dataFolder;

    @Option(names = "--customer", paramLabel = "KEY", required = true, descriptionKey = "customer")
    String customerKey;

    @Option(names = "--due", paramLabel = "YYYY-MM-DD", required = true, descriptionKey = "due")
    LocalDate due;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "reason")
    String reason;

    @Option(names = "--reschedule", descriptionKey = "reschedule")
    boolean reschedule;

    private final CommandEnvironment environment;

    TasksAddCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        MessageBundle messages = environment.messages();
        try (StoreSession store = dataFolder.open(environment)) {
            FollowUpService followUps = store.followUpService();
            if (!followUps.knowsCustomer(customerKey)) {
                throw new ParameterException(spec.commandLine(),
                        messages.format("cli.report.unknownCustomer", customerKey));
            }
            List<FollowUpTask> pending = followUps.pendingFor(customerKey);
            if (!pending.isEmpty()) {
                FollowUpTask open = pending.getFirst();
                if (!reschedule) {
                    environment.err().println(messages.format("cli.tasks.add.alreadyOpen", customerKey,
                            Long.toString(open.id()), open.effectiveDue().toString(), due.toString()));
                    return ExitCodes.FAILED;
                }
                followUps.reschedule(List.of(open.id()), due);
                environment.out().println(messages.format("cli.tasks.add.rescheduled", Long.toString(open.id()),
                        customerKey, due.toString()));
                return ExitCodes.OK;
            }
            String notes = reason == null || reason.isBlank() ? null : reason.strip();
            FollowUpTask task = followUps.createManual(new ManualTask(customerKey, FollowUpChannel.PHONE, due,
                    FollowUpTask.NORMAL, notes));
            environment.out().println(messages.format("cli.tasks.add.added", Long.toString(task.id()), customerKey,
                    due.toString()));
        }
        return ExitCodes.OK;
    }
}
