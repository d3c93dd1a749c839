#pragma once

// Names as a French town's files hold them (accents, capitals, ligatures, particles), and the
// order a French reader expects of them. Ids are given so that neither the order of the ids nor
// a byte or NOCASE order of the names is the French one; names read alike (the three Ménard,
// the two Dupont Émile) follow their ids.

#include <QList>
#include <QString>
#include <QStringList>

struct FrenchName
{
    QString id;
    QString birthName;
    QString firstNames;
};

inline QList<FrenchName> frenchNames()
{
    return {
        {QStringLiteral("fr-m3"), QStringLiteral("Ménard"), QStringLiteral("Jean")},
        {QStringLiteral("fr-h"), QStringLiteral("Zola"), QStringLiteral("Émile")},
        {QStringLiteral("fr-k"), QStringLiteral("Æbischer"), QStringLiteral("Paul")},
        {QStringLiteral("fr-e"), QStringLiteral("Moreau"), QStringLiteral("Marie")},
        {QStringLiteral("fr-m1"), QStringLiteral("MENARD"), QStringLiteral("Jean")},
        {QStringLiteral("fr-c"), QStringLiteral("de Gaulle"), QStringLiteral("Anne")},
        {QStringLiteral("fr-f"), QStringLiteral("Œuvrard"), QStringLiteral("Louis")},
        {QStringLiteral("fr-n"), QStringLiteral("Dupont"), QStringLiteral("Émile")},
        {QStringLiteral("fr-l"), QStringLiteral("Le Goff"), QStringLiteral("Yann")},
        {QStringLiteral("fr-a"), QStringLiteral("Dupont"), QStringLiteral("Eric")},
        {QStringLiteral("fr-m2"), QStringLiteral("menard"), QStringLiteral("Jean")},
        {QStringLiteral("fr-g"), QStringLiteral("Oeuvray"), QStringLiteral("Léa")},
        {QStringLiteral("fr-d"), QStringLiteral("Lefèvre"), QStringLiteral("Luc")},
        {QStringLiteral("fr-b"), QStringLiteral("Dupont"), QStringLiteral("Emile")},
    };
}

// The ids in the French order of "name first names", ascending. ("Le Goff" before "Lefèvre": a
// space comes before a letter; "de Gaulle" under D; Æ as AE, Œ as OE.)
inline QStringList frenchOrderIds()
{
    return {QStringLiteral("fr-k"),  // Æbischer Paul
            QStringLiteral("fr-c"),  // de Gaulle Anne
            QStringLiteral("fr-b"),  // Dupont Emile
            QStringLiteral("fr-n"),  // Dupont Émile
            QStringLiteral("fr-a"),  // Dupont Eric
            QStringLiteral("fr-l"),  // Le Goff Yann
            QStringLiteral("fr-d"),  // Lefèvre Luc
            QStringLiteral("fr-m1"), // MENARD Jean
            QStringLiteral("fr-m2"), // menard Jean
            QStringLiteral("fr-m3"), // Ménard Jean
            QStringLiteral("fr-e"),  // Moreau Marie
            QStringLiteral("fr-f"),  // Œuvrard Louis
            QStringLiteral("fr-g"),  // Oeuvray Léa
            QStringLiteral("fr-h")}; // Zola Émile
}
