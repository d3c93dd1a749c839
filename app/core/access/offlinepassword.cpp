#include "offlinepassword.h"

#include <core/storage/database.h>
#include <core/storage/localsettings.h>
#include <core/storage/sql.h>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QUuid>

namespace Civitas {

namespace {

const QLatin1String Scheme("pbkdf2-sha256");
constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, HashBytes);
}

// Every byte compared whatever the first difference: the time taken says nothing of where.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QString OfflinePassword::makeVerifier(const QString &password, int iterations)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return QStringLiteral("%1$%2$%3$%4")
        .arg(Scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool OfflinePassword::matches(const QString &verifier, const QString &password)
{
    const QStringList parts = verifier.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    // A file edited to ask for one iteration would make guessing cheap: not a verifier.
    if (!ok || iterations < 100000 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.size() < SaltBytes || expected.size() != HashBytes)
        return false;
    return equalInConstantTime(derive(password, salt, iterations), expected);
}

QString OfflinePassword::settingKey(const QString &login)
{
    return QStringLiteral("offline/passwordVerifier/") + login;
}

Result<>
OfflinePassword::remember(Database &database, const QString &login, const QString &password)
{
    if (!LocalSettings(database).setValue(settingKey(login), makeVerifier(password)))
        return Result<>::failure(QStringLiteral("cannot keep the offline password verifier"));
    return success();
}

Result<OfflinePassword::Check>
OfflinePassword::check(const QString &databasePath, const QString &login, const QString &password)
{
    if (!QFileInfo(databasePath).isFile())
        return Check::NoVerifier;
    const QString name = QStringLiteral("civitas-offline-") + QUuid::createUuid().toString();
    Result<Check> result = Check::NoVerifier;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Result<Check>::failure(db.lastError().text());
        } else {
            Sql::Statement q(db, QStringLiteral("SELECT value FROM local_settings WHERE key = ?"));
            if (q.first({settingKey(login)}))
                result = matches(q.text(0), password) ? Check::Granted : Check::WrongPassword;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Civitas
