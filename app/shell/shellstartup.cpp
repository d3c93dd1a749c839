#include "shellstartup.h"
#include "shelltr.h"

#include "serverlogin.h"
#include "serverprofile.h"
#include "serversetupdialog.h"

#include <core/access/offlinepassword.h>
#include <core/access/roles.h>
#include <core/corelogging.h>
#include <core/demo/demopersonas.h>
#include <core/storage/accountstore.h>
#include <core/storage/database.h>
#include <core/sync/syncengine.h>
#include <core/workspace.h>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>

#include <climits>

namespace Civitas {

bool ShellStartup::parse(const QStringList &arguments, ShellOptions *options, QString *errorMessage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ShellTr::tr("Civitas, the back office of the town hall."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                ShellTr::tr("Open the local database file PATH."),
                                QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  ShellTr::tr("Open a fresh demo town, with a persona switcher."));
    const QCommandLineOption agents(
        QStringLiteral("agents"),
        ShellTr::tr("Number of agents of the demo town (900 by default)."),
        QStringLiteral("N"),
        QStringLiteral("900"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  ShellTr::tr("Interface language: fr or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption user(
        QStringLiteral("user"), ShellTr::tr("Log in as LOGIN."), QStringLiteral("LOGIN"));
    parser.addOptions({db, demo, agents, lang, user});
    parser.process(arguments); // --help and --version print and exit here
    options->databasePath = parser.value(db);
    options->demo = parser.isSet(demo);
    options->language = parser.value(lang);
    options->user = parser.value(user);
    bool ok = false;
    options->demoAgents = parser.value(agents).toInt(&ok);
    if (!ok || options->demoAgents < 10) {
        *errorMessage = ShellTr::tr("--agents must be a whole number of at least 10.");
        return false;
    }
    if (!options->language.isEmpty() && options->language != QLatin1String("fr")
        && options->language != QLatin1String("en")) {
        *errorMessage = ShellTr::tr("--lang must be fr or en.");
        return false;
    }
    if (options->demo && !options->databasePath.isEmpty()) {
        *errorMessage = ShellTr::tr("--demo and --db cannot be used together.");
        return false;
    }
    return true;
}

QString ShellStartup::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/civitas.sqlite");
}

QString ShellStartup::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/civitas-demo.sqlite");
}

static QString systemUser()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    return login.isEmpty() ? QStringLiteral("local") : login;
}

bool ShellStartup::waitForFirstSync(Workspace &workspace, SyncEngine *engine, QString *errorMessage)
{
    QProgressDialog progress(
        ShellTr::tr("Receiving your data from the town's server…"), ShellTr::tr("Cancel"), 0, 0);
    progress.setWindowTitle(ShellTr::tr("First synchronisation"));
    progress.setMinimumDuration(300);
    QEventLoop loop;
    bool done = false;
    QObject::connect(
        engine, &SyncEngine::firstSyncProgress, &progress, [&](qint64 received, qint64 total) {
            progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
            progress.setValue(int(qMin<qint64>(received, INT_MAX)));
            progress.setLabelText(
                ShellTr::tr("Receiving your data from the town's server: %1 of %2 records.")
                    .arg(QLocale().toString(received), QLocale().toString(total)));
        });
    QObject::connect(engine, &SyncEngine::synced, &loop, [&](const SyncReport &report) {
        done = report.error.isEmpty();
        if (!done)
            *errorMessage = report.error;
        loop.quit();
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        engine->cancelFirstSync();
        *errorMessage
            = ShellTr::tr("The first synchronisation was cancelled; it will go on from where it "
                          "stopped at the next start.");
        loop.quit();
    });
    QObject::connect(
        engine,
        &SyncEngine::stateChanged,
        &loop,
        [&](SyncEngine::State state, const QString &detail) {
            if (state != SyncEngine::State::Offline)
                return;
            const Result<bool> known
                = AccountStore(workspace.database()).exists(workspace.database().currentUser());
            if (!known.ok()) {
                *errorMessage = known.error();
                loop.quit();
            } else if (!known.value()) {
                *errorMessage
                    = ShellTr::tr("The town's server cannot be reached, and this computer has no "
                                  "copy of your data yet: %1")
                          .arg(detail);
                loop.quit();
            }
        });
    loop.exec();
    return done;
}

ShellStartup::ServerOutcome
ShellStartup::openServerProfile(Workspace &workspace, QString *errorMessage, SyncEngine **engine)
{
    while (true) {
        ServerProfile profile = ServerProfile::load();
        if (profile.mode == ServerProfile::Mode::Unset) {
            // First start: local use on this computer only, or the town's server.
            ServerSetupDialog setup;
            setup.setServerConnection(profile.connection);
            if (setup.exec() != QDialog::Accepted) {
                return ServerOutcome::Cancelled;
            }
            profile.mode
                = setup.isLocalOnly() ? ServerProfile::Mode::Local : ServerProfile::Mode::Server;
            profile.connection = setup.serverConnection();
            profile.save();
        }
        if (profile.mode == ServerProfile::Mode::Local)
            return ServerOutcome::LocalOnly;
        QString password;
        const ServerLogin::Outcome outcome = ServerLogin::run(profile, &password);
        if (outcome == ServerLogin::Outcome::Forgotten)
            continue;
        if (outcome == ServerLogin::Outcome::Cancelled)
            return ServerOutcome::Cancelled;
        const QString login = profile.connection.user;
        if (!workspace.openDatabase(profile.databasePath(login), errorMessage))
            return ServerOutcome::Failed;
        workspace.database().setCurrentUser(login);
        // The server has just accepted this password: from now on it opens this copy offline.
        if (outcome == ServerLogin::Outcome::Online) {
            const Result<> kept = OfflinePassword::remember(workspace.database(), login, password);
            if (!kept.ok())
                qCWarning(lcAccess) << kept.error();
        }
        auto *sync = new SyncEngine(workspace.database(), profile.connection, password, &workspace);
        workspace.files().setServer(profile.connection, password);
        sync->start();
        const Result<bool> known = AccountStore(workspace.database()).exists(login);
        if (!known.ok())
            *errorMessage = known.error();
        if (!known.ok() || (!known.value() && !waitForFirstSync(workspace, sync, errorMessage))
            || !workspace.session().logIn(workspace.database(), login, errorMessage)) {
            delete sync;
            return ServerOutcome::Failed;
        }
        *engine = sync;
        return ServerOutcome::Opened;
    }
}

bool ShellStartup::open(Workspace &workspace,
                        const ShellOptions &options,
                        QString *errorMessage,
                        SyncEngine **engine)
{
    workspace.loadModules();
    if (!options.demo && options.databasePath.isEmpty() && engine) {
        errorMessage->clear();
        switch (openServerProfile(workspace, errorMessage, engine)) {
        case ServerOutcome::Opened:
            return true;
        case ServerOutcome::Failed:
            return false;
        case ServerOutcome::Cancelled:
            errorMessage->clear();
            return false;
        case ServerOutcome::LocalOnly:
            break; // the profile's own local file, below
        }
    }
    if (options.demo) {
        const QString path = demoDatabasePath();
        if (!workspace.createDemoDatabase(path, options.demoAgents, 1, {}, errorMessage))
            return false;
        // The HR persona sees the most of a fresh demo; the switcher offers the others.
        QString login = options.user;
        if (login.isEmpty()) {
            for (const DemoPersona &persona : DemoPersona::all()) {
                if (persona.role == Roles::Hr)
                    login = persona.login;
            }
        }
        return workspace.session().logIn(workspace.database(), login, errorMessage);
    }
    const QString path
        = options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
    if (!workspace.openDatabase(path, errorMessage))
        return false;
    const QString login = options.user.isEmpty() ? systemUser() : options.user;
    AccountStore accounts(workspace.database());
    const Result<bool> noAccount = accounts.isEmpty();
    if (!noAccount.ok()) {
        *errorMessage = noAccount.error();
        return false;
    }
    if (noAccount.value()) {
        const Result<> created = accounts.createOwner(login);
        if (!created.ok()) {
            *errorMessage = created.error();
            return false;
        }
    }
    return workspace.session().logIn(workspace.database(), login, errorMessage);
}

} // namespace Civitas
