package io.customerlens.cli;

import io.customerlens.analysis.followups.GenerationOptions;
import io.customerlens.analysis.followups.GenerationPlan;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.GenerationPreview;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.settings.AnalysisSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code customerlens tasks generate [--db DIR] [--capacity N] [--dry-run]}: plans follow-up tasks from the
 * current analysis and prints them as a table; without --dry-run it also stores them.
 */
@Command(name = "generate", sortOptions = false, usageHelpAutoWidth = true)
final class TasksGenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DataFolderOption dataFolder;

    @Option(names = "--capacity", paramLabel = "N", descriptionKey = "capacity")
    int capacity = GenerationOptions.DEFAULT_CAPACITY;

    @Option(names = "--dry-run", descriptionKey = "dryRun")
    boolean dryRun;

    private final CommandEnvironment environment;

    TasksGenerateCommand(CommandEnvironment environment) {
        this.environment = environment;
        this.capacity = environment.analysis().get().taskCapacity();
    }

    @Override
    public Integer call() {
        MessageBundle messages = environment.messages();
        OptionChecks.requirePositive(spec, messages, "--capacity", capacity);
        AnalysisSettings settings = environment.analysis().get();
        GenerationOptions options = new GenerationOptions(capacity, settings.taskHorizonDays(), settings.lapseWindow(),
                GenerationOptions.DEFAULT_MAX_IDLE_MONTHS, GenerationOptions.DEFAULT_SECOND_ORDER_DAYS,
                GenerationOptions.DEFAULT_KEY_ACCOUNT_REVIEW_DAYS, GenerationOptions.defaults().channel(),
                GenerationOptions.defaults().workingDays());
        SegmentOptions segments = new SegmentOptions(settings.rfm(), settings.tiers(), settings.weights(),
                settings.cutoffs(), settings.lapseWindow(), SegmentOptions.DEFAULT_NEW_MONTHS);
        Path folder = dataFolder.resolve(environment);
        GenerationPreview preview;
        int created = 0;
        try (StoreSession store = environment.stores().open(folder, dataFolder.password())) {
            FollowUpService followUps = store.followUpService();
            preview = followUps.preview(options, segments, settings.asOf());
            if (!dryRun) {
                List<FollowUpTask> tasks = followUps.create(preview.plan());
                created = tasks.size();
            }
        }
        GenerationPlan plan = preview.plan();
        new TaskTable(messages).print(environment.out(), preview);
        String summary = dryRun ? "cli.tasks.generate.wouldCreate" : "cli.tasks.generate.created";
        environment.out().println(messages.format(summary, dryRun ? plan.tasks().size() : created, plan.alreadyOpen(),
                plan.leftForLater(), plan.asOf() == null ? "-" : plan.asOf().toString()));
        return ExitCodes.OK;
    }
}
