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

    bool create()
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
        QString error;
        Civitas::CentralSchema schema(m_admin);
        if (!schema.provision(migrationsIn(QStringLiteral("central")), &error)) {
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
