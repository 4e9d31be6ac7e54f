package io.customerlens.app;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.service.CustomerService;
import io.customerlens.service.ExportService;
import io.customerlens.service.ImportService;
import io.customerlens.service.card.CustomerCardService;
import io.customerlens.service.contacts.ContactService;
import io.customerlens.service.card.PrintedLists;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.products.ProductService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.service.sync.SyncService;
import io.customerlens.service.team.TeamService;
import io.customerlens.domain.StorePassword;
import io.customerlens.store.Database;
import io.customerlens.domain.ServerLogin;
import io.customerlens.domain.SignedIn;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The one place where the application's objects are built and wired, over one data folder. */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final AnalysisSnapshots snapshots;
    private final ImportService importService;
    private final CustomerService customerService;
    private final LapseService lapseService;
    private final SegmentService segmentService;
    private final ExportService exportService;
    private final CustomerCardService customerCardService;
    private final PrintedLists printedLists;
    private final ProductService productService;
    private final FollowUpService followUpService;
    private final TeamService teamService;
    private final SyncService syncService;
    /** The server and database of a team store ({@link ServerLogin#place()}); empty for a data folder. */
    private final Optional<String> serverPlace;

    /**
     * Opens (and migrates) the store in {@code dataFolder}, creating the folder readable by the user only when it
     * is new ({@link PrivateFolder}); close the context to close the store.
     */
    public AppContext(Path dataFolder) {
        this(dataFolder, StorePassword.NONE);
    }

    /**
     * Opens the store in {@code dataFolder} as {@link #AppContext(Path)}; an encrypted store with {@code password}
     * (docs/decisions/0015).
     *
     * @throws io.customerlens.store.StorePasswordException when the store is encrypted and the password is missing
     *                                                      or wrong
     */
    public AppContext(Path dataFolder, StorePassword password) {
        this(openPrivate(dataFolder, password), Optional.empty());
    }

    private AppContext(Database database, Optional<String> serverPlace) {
        this.database = database;
        this.serverPlace = serverPlace;
        SourceOpener opener = new SourceOpener();
        // "Today" for the future-date check is the user's calendar day, so the default time zone.
        this.importService = new ImportService(database, new FileInspector(opener),
                new SpreadsheetImporter(opener, Clock.systemDefaultZone()), Clock.systemUTC());
        // One snapshot of the store for every service: each page, card and command reads its figures from it.
        this.snapshots = new AnalysisSnapshots(database);
        this.segmentService = new SegmentService(snapshots);
        this.lapseService = new LapseService(snapshots, RankingSelector.DEFAULT);
        this.customerService = new CustomerService(snapshots, new CustomerAnalysis(), segmentService, lapseService);
        this.productService = new ProductService(snapshots);
        // The salesperson's own calendar decides what is due today, so the default time zone.
        this.followUpService = new FollowUpService(database, snapshots, lapseService, segmentService,
                Clock.systemDefaultZone());
        // Contacts edited on the card carry the time of the edit; no figure depends on it.
        ContactService contactService = new ContactService(database, Clock.systemUTC());
        this.exportService = new ExportService(snapshots, customerService, lapseService, segmentService,
                productService, followUpService, contactService);
        this.customerCardService = new CustomerCardService(snapshots, lapseService, segmentService,
                followUpService::historyOf, contactService);
        this.printedLists = new PrintedLists(lapseService, segmentService, followUpService, contactService);
        this.teamService = new TeamService(database);
        this.syncService = new SyncService(database);
    }

    /**
     * Over a copy of the store in {@code dataFolder}, taken now and read-only, while another process has the store
     * open (docs/decisions/0009): every service reads it, every write is refused.
     */
    public static AppContext readOnlyCopy(Path dataFolder, StorePassword password) {
        return new AppContext(Database.openReadOnlyCopy(dataFolder, password), Optional.empty());
    }

    /** Over the team store on a PostgreSQL server (docs/decisions/0016). */
    public static AppContext onServer(ServerLogin login) {
        return new AppContext(Database.openServer(login), Optional.of(login.place()));
    }

    private static Database openPrivate(Path dataFolder, StorePassword password) {
        PrivateFolder folder = PrivateFolder.prepare(dataFolder);
        Database database = Database.open(dataFolder, password);
        try {
            folder.closeOffFiles();
        } catch (UncheckedIOException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Whether the store file is encrypted with a password. */
    public boolean isEncrypted() {
        return database.isEncrypted();
    }

    /** Who is signed in, on a team store; empty for a data folder (docs/decisions/0016). */
    public Optional<SignedIn> signedIn() {
        return serverPlace.flatMap(teamService::signedIn);
    }

    /** Whether this is a read-only copy of a store another process has open. */
    public boolean isReadOnly() {
        return database.isReadOnly();
    }

    /** The shared snapshot of the store (the benchmark times its build). */
    public AnalysisSnapshots snapshots() {
        return snapshots;
    }

    public ImportService importService() {
        return importService;
    }

    public CustomerService customerService() {
        return customerService;
    }

    public LapseService lapseService() {
        return lapseService;
    }

    public FollowUpService followUpService() {
        return followUpService;
    }

    public ExportService exportService() {
        return exportService;
    }

    public SegmentService segmentService() {
        return segmentService;
    }

    public CustomerCardService customerCardService() {
        return customerCardService;
    }

    public TeamService teamService() {
        return teamService;
    }

    public SyncService syncService() {
        return syncService;
    }

    public PrintedLists printedLists() {
        return printedLists;
    }

    public ProductService productService() {
        return productService;
    }

    @Override
    public void close() {
        database.close();
    }
}
