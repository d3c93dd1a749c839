#include "townidentity.h"

#include "database.h"
#include "sql.h"
#include "townsettings.h"

#include <core/coretr.h>
#include <core/french/validators.h>

namespace Civitas {

namespace {

// An optional code: right when empty, the validator's reason otherwise.
void checkCode(QList<TownIdentity::Problem> &problems,
               const QString &key,
               const QString &value,
               ValidationResult (*validator)(const QString &))
{
    if (value.trimmed().isEmpty())
        return;
    const ValidationResult result = validator(value);
    if (!result.isValid())
        problems.append({key, result.message});
}

} // namespace

TownIdentity TownIdentity::load(Database &database)
{
    const TownSettings settings(database);
    TownIdentity identity;
    identity.name = settings.value(NameKey);
    identity.inseeCode = settings.value(InseeCodeKey);
    identity.siret = settings.value(SiretKey);
    identity.address = settings.value(AddressKey);
    identity.postcode = settings.value(PostcodeKey);
    identity.city = settings.value(CityKey);
    return identity;
}

QList<TownIdentity::Problem> TownIdentity::check() const
{
    QList<Problem> problems;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        problems.append(
            {NameKey, Tr::tr("The town's name is required: every paper is headed with it.")});
    else if (trimmedName.size() > NameLimit)
        problems.append(
            {NameKey, Tr::tr("The town's name holds at most %1 characters.").arg(NameLimit)});
    checkCode(problems, InseeCodeKey, inseeCode, &Validators::inseeCode);
    checkCode(problems, SiretKey, siret, &Validators::siret);
    if (address.trimmed().size() > AddressLimit)
        problems.append(
            {AddressKey, Tr::tr("The address holds at most %1 characters.").arg(AddressLimit)});
    checkCode(problems, PostcodeKey, postcode, &Validators::postcode);
    if (city.trimmed().size() > NameLimit)
        problems.append({CityKey, Tr::tr("The city holds at most %1 characters.").arg(NameLimit)});
    return problems;
}

TownIdentity TownIdentity::normalized() const
{
    TownIdentity n;
    n.name = name.trimmed();
    n.inseeCode = Validators::normalizedInseeCode(inseeCode);
    n.siret = Validators::compacted(siret);
    n.address = address.trimmed();
    n.postcode = Validators::compacted(postcode);
    n.city = city.trimmed();
    return n;
}

Result<void> TownIdentity::save(Database &database) const
{
    if (const QList<Problem> problems = check(); !problems.isEmpty())
        return Result<void>::failure(problems.constFirst().message);
    const TownIdentity n = normalized();
    const TownIdentity stored = load(database);
    TownSettings settings(database);
    // Only what changed: each write is a change pushed to the server.
    const std::pair<const QString &, QString TownIdentity::*> fields[] = {
        {NameKey, &TownIdentity::name},
        {InseeCodeKey, &TownIdentity::inseeCode},
        {SiretKey, &TownIdentity::siret},
        {AddressKey, &TownIdentity::address},
        {PostcodeKey, &TownIdentity::postcode},
        {CityKey, &TownIdentity::city},
    };
    // All or nothing: a paper never prints half an old identity. A savepoint, as the demo
    // writes the identity inside its own transaction; outside one, its first statement writes,
    // so the write lock is waited for as with Sql::beginWrite.
    const QSqlDatabase db = database.connection();
    Sql::Statement savepoint(db, QStringLiteral("SAVEPOINT town_identity"));
    if (!savepoint.exec({}))
        return savepoint.result();
    for (const auto &[key, field] : fields) {
        if (n.*field == stored.*field)
            continue;
        if (const Result<void> written = settings.setValue(key, n.*field); !written) {
            Sql::Statement(db, QStringLiteral("ROLLBACK TO town_identity")).exec({});
            Sql::Statement(db, QStringLiteral("RELEASE town_identity")).exec({});
            return written;
        }
    }
    Sql::Statement release(db, QStringLiteral("RELEASE town_identity"));
    if (!release.exec({}))
        return release.result();
    return success();
}

QString TownIdentity::postalAddress() const
{
    QStringList lines;
    if (!address.trimmed().isEmpty())
        lines << address.trimmed();
    const QString town = (postcode.trimmed() + QLatin1Char(' ') + city.trimmed()).trimmed();
    if (!town.isEmpty())
        lines << town;
    return lines.join(QLatin1Char('\n'));
}

} // namespace Civitas
