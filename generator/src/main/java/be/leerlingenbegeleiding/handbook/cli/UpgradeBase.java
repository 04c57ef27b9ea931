package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.author.Upgrade;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.author.UpgradePage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** What upgrade-report and upgrade share: the school, the new version, and the report. */
abstract class UpgradeBase implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    UpgradeTarget target;

    @Override
    public Integer call() throws IOException {
        Path to = target.folder();
        Main.requireFolder(target.school);
        if (!Load.isHandbook(target.school) || Upgrade.currentTemplate(target.school) == null) {
            throw new UserError(Msg.of("cli.upgrade.noTemplate", target.school));
        }
        if (!Load.isHandbook(to)) throw new UserError(Msg.of("cli.init.noTemplate", to));
        // A report on a broken template would call its unreadable parts "removed".
        int code = main.check(to);
        if (code != ExitCode.OK) return code;
        Upgrade.Report report = Upgrade.report(target.school, to);
        main.out.print(UpgradePage.text(report));
        return then(report);
    }

    /** What the command does after printing the report; its exit code. */
    abstract int then(Upgrade.Report report) throws IOException;
}
