#include "demonames.h"

#include <QStringList>

namespace Civitas {

static const char *const womenFirstNames[]
    = {"Marie",   "Nathalie",  "Isabelle", "Sylvie",    "Catherine", "Sandrine", "Christine",
       "Valérie", "Véronique", "Céline",   "Stéphanie", "Sophie",    "Aurélie",  "Émilie",
       "Julie",   "Camille",   "Laura",    "Léa",       "Manon",     "Chloé",    "Sarah",
       "Inès",    "Nadia",     "Fatima",   "Karima",    "Claire",    "Hélène",   "Anne",
       "Agnès",   "Laurence",  "Corinne",  "Patricia",  "Martine",   "Brigitte", "Audrey",
       "Élodie",  "Mélanie",   "Virginie", "Amandine",  "Pauline",   "Lucie",    "Océane",
       "Yasmine", "Samia",     "Aïcha",    "Josiane",   "Françoise", "Monique",  "Delphine",
       "Gaëlle"};
static const char *const menFirstNames[] = {
    "Jean",     "Pierre",  "Michel",   "Philippe", "Alain",   "Patrick", "Nicolas",   "Christophe",
    "Stéphane", "Laurent", "Frédéric", "David",    "Éric",    "Olivier", "Sébastien", "Julien",
    "Thomas",   "Antoine", "Maxime",   "Kévin",    "Mehdi",   "Karim",   "Rachid",    "Mohamed",
    "Yannick",  "Franck",  "Thierry",  "Pascal",   "Didier",  "Bruno",   "Gilles",    "Hervé",
    "Jérôme",   "Fabrice", "Cédric",   "Mathieu",  "Romain",  "Hugo",    "Lucas",     "Théo",
    "Bastien",  "Florian", "Jérémy",   "Loïc",     "Grégory", "Yacine",  "Samir",     "Benoît",
    "François", "Gaël"};
static const char *const surnames[]
    = {"Martin",      "Bernard",  "Thomas",   "Petit",    "Robert",   "Richard",   "Durand",
       "Dubois",      "Moreau",   "Laurent",  "Simon",    "Michel",   "Lefèvre",   "Leroy",
       "Roux",        "David",    "Bertrand", "Morel",    "Fournier", "Girard",    "Bonnet",
       "Dupont",      "Lambert",  "Fontaine", "Rousseau", "Vincent",  "Muller",    "Lefebvre",
       "Faure",       "André",    "Mercier",  "Blanc",    "Guérin",   "Boyer",     "Garnier",
       "Chevalier",   "François", "Legrand",  "Gauthier", "Garcia",   "Perrin",    "Robin",
       "Clément",     "Morin",    "Nicolas",  "Henry",    "Roussel",  "Mathieu",   "Gautier",
       "Masson",      "Marchand", "Duval",    "Denis",    "Dumont",   "Marie",     "Lemaire",
       "Noël",        "Meyer",    "Dufour",   "Meunier",  "Brun",     "Blanchard", "Giraud",
       "Joly",        "Rivière",  "Lucas",    "Brunet",   "Gaillard", "Barbier",   "Arnaud",
       "Martinez",    "Gérard",   "Roche",    "Renard",   "Schmitt",  "Roy",       "Leroux",
       "Colin",       "Vidal",    "Caron",    "Picard",   "Roger",    "Fabre",     "Aubert",
       "Lemoine",     "Renaud",   "Dumas",    "Lacroix",  "Olivier",  "Philippe",  "Bourgeois",
       "Pierre",      "Benoît",   "Rey",      "Leclerc",  "Payet",    "Rolland",   "Leclercq",
       "Guillaume",   "Lecomte",  "Benali",   "Haddad",   "Nguyen",   "Da Silva",  "Ferreira",
       "Lopez",       "Sanchez",  "Bouvier",  "Chauvin",  "Perret",   "Vasseur",   "Pelletier",
       "Charpentier", "Poulain",  "Ménard",   "Besson",   "Collet",   "Carré",     "Jacquet"};

template<typename T, size_t N>
static QString pick(const T (&list)[N], QRandomGenerator &random)
{
    return QString::fromUtf8(list[random.bounded(quint32(N))]);
}

DemoNames::Person DemoNames::person(QRandomGenerator &random)
{
    // A town's staff is mostly women (about 61 % in the territorial civil service).
    const bool woman = random.bounded(100) < 61;
    return {woman ? pick(womenFirstNames, random) : pick(menFirstNames, random),
            pick(surnames, random),
            woman ? QLatin1Char('F') : QLatin1Char('M')};
}

QChar DemoNames::sexOfFirstName(const QString &firstName)
{
    for (const char *name : womenFirstNames) {
        if (firstName == QString::fromUtf8(name))
            return QLatin1Char('F');
    }
    for (const char *name : menFirstNames) {
        if (firstName == QString::fromUtf8(name))
            return QLatin1Char('M');
    }
    return {};
}

QString DemoNames::loginFor(const QString &firstName, const QString &surname)
{
    auto ascii = [](const QString &text) {
        QString out;
        for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
            if (c.isLetter() && c.unicode() < 128)
                out += c.toLower();
        }
        return out;
    };
    return ascii(firstName).left(1) + ascii(surname);
}

} // namespace Civitas
