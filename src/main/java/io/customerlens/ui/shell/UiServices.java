package io.customerlens.ui.shell;

import io.customerlens.domain.SignedIn;
import io.customerlens.service.CustomerService;
import io.customerlens.settings.AskAtStart;
import io.customerlens.settings.PasswordKeyring;
import io.customerlens.service.ImportService;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.service.card.CustomerCardService;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.products.ProductService;
import io.customerlens.ui.home.DemoWorkbookWriter;
import io.customerlens.ui.password.StoreProtection;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user interface needs from the rest of the application, handed in by the app (or a test)
 * through the constructor. {@code dataFolder} is the folder in use; demo files are written below it.
 * {@code readOnly}: the services read a copy of a store another window has open, and refuse every write
 * (docs/decisions/0009). {@code logFile} holds the details of unexpected failures. {@code keyring} keeps a team
 * server's password; {@code signedIn} is who is signed in to a team store, empty for a data folder (0020).
 */
public record UiServices(ImportService importService, CustomerService customerService, LapseService lapseService,
                         SegmentService segmentService, ProductService productService,
                         FollowUpService followUpService, CustomerCardService customerCardService,
                         DemoWorkbookWriter demoWorkbookWriter, Path dataFolder, boolean readOnly,
                         Optional<Path> logFile, StoreProtection protection, PasswordKeyring keyring,
                         Optional<SignedIn> signedIn) {

    /** A data folder: nobody signs in, no keyring is asked. */
    public UiServices(ImportService importService, CustomerService customerService, LapseService lapseService,
                      SegmentService segmentService, ProductService productService,
                      FollowUpService followUpService, CustomerCardService customerCardService,
                      DemoWorkbookWriter demoWorkbookWriter, Path dataFolder, boolean readOnly,
                      Optional<Path> logFile, StoreProtection protection) {
        this(importService, customerService, lapseService, segmentService, productService, followUpService,
                customerCardService, demoWorkbookWriter, dataFolder, readOnly, logFile, protection, new AskAtStart(),
                Optional.empty());
    }

    /** No password can be set from this window ({@code protection}: docs/decisions/0015). */
    public UiServices(ImportService importService, CustomerService customerService, LapseService lapseService,
                      SegmentService segmentService, ProductService productService,
                      FollowUpService followUpService, CustomerCardService customerCardService,
                      DemoWorkbookWriter demoWorkbookWriter, Path dataFolder, boolean readOnly,
                      Optional<Path> logFile) {
        this(importService, customerService, lapseService, segmentService, productService, followUpService,
                customerCardService, demoWorkbookWriter, dataFolder, readOnly, logFile, StoreProtection.UNAVAILABLE);
    }

    /** A writable store, no log file. */
    public UiServices(ImportService importService, CustomerService customerService, LapseService lapseService,
                      SegmentService segmentService, ProductService productService,
                      FollowUpService followUpService, CustomerCardService customerCardService,
                      DemoWorkbookWriter demoWorkbookWriter, Path dataFolder) {
        this(importService, customerService, lapseService, segmentService, productService, followUpService,
                customerCardService, demoWorkbookWriter, dataFolder, false, Optional.empty());
    }
}
