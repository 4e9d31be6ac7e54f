package io.customerlens.crash;

import io.customerlens.domain.StorePassword;
import io.customerlens.store.StoreEncryption;

import java.nio.file.Path;

/** Changes a store's password in a JVM of its own, so a test can kill it half way: folder, current, next. */
public final class PasswordChangeChild {

    private PasswordChangeChild() {
    }

    public static void main(String[] args) {
        System.out.println("started");
        StoreEncryption.change(Path.of(args[0]), StorePassword.of(args[1]), StorePassword.of(args[2]));
        System.out.println("changed");
    }
}
