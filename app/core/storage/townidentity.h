#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QList>
#include <QString>

namespace Civitas {

class Database;

// The town as its official papers name it: its name, INSEE code, SIRET and postal address.
// Town settings (town_settings, keys under town/), so every desk prints the same; on a server
// only an administrator writes them, and the server checks each value as check() does
// (central core 0014), so a tampered desk cannot print a false SIRET on everybody's papers.
struct CIVITAS_CORE_EXPORT TownIdentity
{
    QString name;      // "Ville de Bron": the heading of every paper
    QString inseeCode; // the commune's code officiel géographique, "69029"
    QString siret;     // the town hall's establishment, 14 digits
    QString address;   // street lines, without the postcode and city
    QString postcode;
    QString city;

    static inline const QString NameKey = QStringLiteral("town/name");
    static inline const QString InseeCodeKey = QStringLiteral("town/inseeCode");
    static inline const QString SiretKey = QStringLiteral("town/siret");
    static inline const QString AddressKey = QStringLiteral("town/address");
    static inline const QString PostcodeKey = QStringLiteral("town/postcode");
    static inline const QString CityKey = QStringLiteral("town/city");
    // The longest name and address the server takes.
    static constexpr int NameLimit = 200;
    static constexpr int AddressLimit = 500;

    static TownIdentity load(Database &database);

    // What is wrong with a field, by its key; empty when the identity may be saved. The name is
    // required; the other fields may stay empty (unknown yet) but must be right when given.
    struct Problem
    {
        QString key;
        QString message;
    };
    QList<Problem> check() const;
    // The form stored: no spaces in the codes, "2A" in capitals, trimmed text.
    TownIdentity normalized() const;
    // Writes the fields that changed, normalised; refuses (writing nothing) when check() finds
    // a problem.
    Result<void> save(Database &database) const;

    // The address lines, then "69500 Bron": as a letter's heading prints it, empty parts left
    // out.
    QString postalAddress() const;

    friend bool operator==(const TownIdentity &, const TownIdentity &) = default;
};

} // namespace Civitas
