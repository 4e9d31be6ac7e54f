package io.customerlens.cli;

import io.customerlens.domain.StorePassword;
import io.customerlens.domain.UnfinishedImport;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.domain.ServerLogin;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Opens stores like the wrapped opener and says on stderr when opening took back an import a killed process
 * left unfinished, so whoever ran it knows the store is as before that import and the file must go in again.
 */
final class UnfinishedImportNotice implements StoreSessions {


    private final StoreSessions stores;
    private final MessageBundle messages;
    private final PrintWriter err;

    UnfinishedImportNotice(StoreSessions stores, MessageBundle messages, PrintWriter err) {
        this.stores = stores;
        this.messages = messages;
        this.err = err;
    }

    @Override
    public StoreSession open(Path dataFolder, StorePassword password) {
        return noticed(stores.open(dataFolder, password));
    }

    @Override
    public StoreSession openServer(ServerLogin login) {
        return noticed(stores.openServer(login));
    }

    private StoreSession noticed(StoreSession session) {
        for (UnfinishedImport removed : session.importService().unfinishedImportsRemoved()) {
            err.println(messages.format("cli.store.unfinishedImportRemoved", removed.fileName(),
                    messages.moment(removed.startedAt()), removed.linesRemoved()));
        }
        return session;
    }
}
