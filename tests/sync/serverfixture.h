#pragma once

// A fresh central database on the test cluster for one test case, provisioned with the
// core's and the modules' schema, with logins made the way civitas-admin makes them; and local
// clients.

#include <core/extension/modulemanager.h>
#include <core/storage/database.h>
#include <core/storage/migration.h>
#include <core/sync/centralschema.h>
#include <core/sync/serverconnection.h>
#include <core/sync/synchroniser.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The module plugins of CIVITAS_MODULE_PATH (ctest sets it to the build's modules folder),
// loaded once per process and never unloaded: their resources hold their migrations.
inline Civitas::ModuleManager &testModules()
{
    static Civitas::ModuleManager *modules = [] {
        auto *manager = new Civitas::ModuleManager;
        manager->load();
        return manager;
    }();
    return *modules;
}

// The core's migrations, then every module's: the server and the desks have the whole schema,
// as `civitas-admin provision` and the application make it. `side`: "central" or "migrations".
inline QList<Civitas::Migration> migrationsIn(const QString &side)
{
    QString error;
    const QList<Civitas::Migration> all = side == QLatin1String("central")
                                              ? testModules().centralMigrations(&error)
                                              : testModules().migrations(&error);
    if (!error.isEmpty())
        qWarning() << error;
    return all;
}

class ServerFixture
{
public:
    ServerFixture()
    {
        m_name = QStringLiteral("civitas_t_%1")
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }
    ~ServerFixture() { drop(); }

    static bool available() { return qEnvironmentVariableIsSet("PGHOST"); }

    bool create() { return createWith(migrationsIn(QStringLiteral("central"))); }

    // A database provisioned with `migrations` only (an older server), for migration tests.
    bool createWith(const QList<Civitas::Migration> &migrations)
    {
        {
            QSqlDatabase root = connect(QStringLiteral("postgres"),
                                        adminUser(),
                                        adminPassword(),
                                        QStringLiteral("fixture-root"));
            QSqlQuery q(root);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
                qWarning() << q.lastError().text();
                return false;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture-root"));
        m_admin = connect(
            m_name, adminUser(), adminPassword(), QStringLiteral("fixture-admin-") + m_name);
        return migrateTo(migrations);
    }

    // Applies what `migrations` hold that the database has not applied yet.
    bool migrateTo(const QList<Civitas::Migration> &migrations)
    {
        QString error;
        Civitas::CentralSchema schema(m_admin);
        if (!schema.provision(migrations, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    void drop()
    {
        if (!m_admin.isValid())
            return;
        const QString adminName = m_admin.connectionName();
        m_admin.close();
        m_admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(adminName);
        for (const QString &name : std::as_const(m_connections)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        {
            QSqlDatabase root = connect(QStringLiteral("postgres"),
                                        adminUser(),
                                        adminPassword(),
                                        QStringLiteral("fixture-root"));
            QSqlQuery(root).exec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture-root"));
    }

    QString name() const { return m_name; }
    QSqlDatabase admin() const { return m_admin; }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_admin);
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_admin);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    // As `civitas-admin user add`: the login, its account and its role memberships.
    bool addUser(const QString &login,
                 const QStringList &roles,
                 const QString &unitCode,
                 const QString &agentId)
    {
        QSqlQuery q(m_admin);
        q.prepare(QStringLiteral("SELECT civitas.create_login(?, ?, string_to_array(?, ','))"));
        q.addBindValue(login);
        q.addBindValue(password(login));
        q.addBindValue(roles.join(QLatin1Char(',')));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.prepare(QStringLiteral(
            "INSERT INTO civitas.user_accounts (id, login, display_name, agent_id, org_unit_id) "
            "VALUES (?, ?, ?, ?, (SELECT id FROM civitas.org_units WHERE code = ?))"));
        q.addBindValue(userId);
        q.addBindValue(login);
        q.addBindValue(login);
        q.addBindValue(agentId);
        q.addBindValue(unitCode);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        for (const QString &role : QStringList{QStringLiteral("agent")} + roles) {
            q.prepare(QStringLiteral(
                "INSERT INTO civitas.role_memberships (id, user_id, role) VALUES (?, ?, ?)"));
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.addBindValue(userId);
            q.addBindValue(role);
            if (!q.exec()) {
                qWarning() << q.lastError().text();
                return false;
            }
        }
        return true;
    }

    // Puts `bytes` in the file store (core 0010) as if each of `holders` had uploaded them, as
    // the owner may; returns their hash, for rows that refer to the file.
    QString storeFile(const QByteArray &bytes, const QStringList &holders = {})
    {
        QSqlQuery q(m_admin);
        q.prepare(QStringLiteral(
            "WITH f AS (INSERT INTO civitas.stored_files (sha256, byte_size, mime_type) "
            "VALUES (encode(sha256(?::bytea), 'hex'), length(?::bytea), "
            "civitas.file_type_of(?::bytea)) "
            "ON CONFLICT (sha256) DO UPDATE SET byte_size = EXCLUDED.byte_size RETURNING sha256) "
            "SELECT sha256 FROM f"));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(bytes);
        if (!q.exec() || !q.next()) {
            qWarning() << "storing a file:" << q.lastError().text();
            return {};
        }
        const QString sha256 = q.value(0).toString();
        q.prepare(QStringLiteral(
            "INSERT INTO civitas.file_chunks (sha256, chunk_index, data) SELECT ?::text, i, "
            "substring(?::bytea FROM i * 1048576 + 1 FOR 1048576) FROM generate_series(0, "
            "(length(?::bytea) - 1) / 1048576) i ON CONFLICT DO NOTHING"));
        q.addBindValue(sha256);
        q.addBindValue(bytes);
        q.addBindValue(bytes);
        if (!q.exec())
            qWarning() << "storing a file's chunks:" << q.lastError().text();
        for (const QString &login : holders) {
            q.prepare(QStringLiteral("INSERT INTO civitas.file_holders (sha256, login) "
                                     "VALUES (?, ?) ON CONFLICT DO NOTHING"));
            q.addBindValue(sha256);
            q.addBindValue(login);
            if (!q.exec())
                qWarning() << "holding a file:" << q.lastError().text();
        }
        return sha256;
    }

    static QString password(const QString &login) { return login + QStringLiteral("-secret-1"); }

    QSqlDatabase connectAs(const QString &login, const QString &connectionName)
    {
        m_connections << connectionName;
        return connect(m_name, login, password(login), connectionName);
    }

    Civitas::ServerConnection connection(const QString &login) const
    {
        Civitas::ServerConnection c = Civitas::ServerConnection::fromEnvironment();
        c.database = m_name;
        c.user = login;
        return c;
    }

    static QString adminUser() { return qEnvironmentVariable("PGUSER"); }
    static QString adminPassword() { return qEnvironmentVariable("PGPASSWORD"); }

private:
    QSqlDatabase connect(const QString &database,
                         const QString &user,
                         const QString &password,
                         const QString &name) const
    {
        Civitas::ServerConnection c = Civitas::ServerConnection::fromEnvironment();
        c.database = database;
        c.user = user;
        QSqlDatabase db = c.makeConnection(name, password);
        db.open();
        return db;
    }

    QString m_name;
    QSqlDatabase m_admin;
    QStringList m_connections;
};

// One desk: a local file of its own, and a connection to the server as its user.
class Client
{
public:
    Client(ServerFixture &server, const QString &login)
        : m_login(login)
    {
        QString error;
        if (!m_db.open(m_dir.filePath(QStringLiteral("client.sqlite")), &error)
            || !m_db.migrate(migrationsIn(QStringLiteral("migrations")), &error))
            qWarning() << error;
        m_db.setCurrentUser(login);
        m_connectionName
            = QStringLiteral("client-%1-%2").arg(login, QUuid::createUuid().toString());
        m_server = server.connectAs(login, m_connectionName);
    }

    Civitas::Database &db() { return m_db; }
    QSqlDatabase server() const { return m_server; }
    QString path() const { return m_db.path(); }

    bool sync(Civitas::SyncReport *report = nullptr)
    {
        Civitas::SyncReport local;
        Civitas::Synchroniser s(m_db, m_server);
        const bool ok = s.sync(report ? report : &local);
        if (!ok)
            qWarning() << "sync failed:" << (report ? report : &local)->error;
        return ok;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_login;
    QTemporaryDir m_dir;
    Civitas::Database m_db;
    QString m_connectionName;
    QSqlDatabase m_server;
};

#ifdef CIVITAS_ADMIN
// The real `civitas-admin sync` of the desk file at `path`, as `login`, in English: its output
// ("refused 2"...). How a tampered desk file reaches the server in the attack tests.
inline QString adminSync(const ServerFixture &server, const QString &login, const QString &path)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), server.name());
    env.insert(QStringLiteral("PGUSER"), login);
    env.insert(QStringLiteral("PGPASSWORD"), ServerFixture::password(login));
    env.insert(QStringLiteral("CIVITAS_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CIVITAS_ADMIN),
                  {QStringLiteral("sync"), QStringLiteral("--db"), path});
    if (!process.waitForFinished(120000))
        return QStringLiteral("(civitas-admin sync did not finish)");
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}
#endif
