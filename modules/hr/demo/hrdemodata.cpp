#include "hrdemodata.h"
#include <hr/hrtr.h>

#include "demopdf.h"
#include <hr/domain/weeklypattern.h>

#include <core/demo/democontext.h>
#include <core/demo/demofiles.h>
#include <core/demo/demonames.h>
#include <core/demo/demopersonas.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Civitas::Hr {

namespace {

struct Framework
{
    const char *name;
    QList<const char *> grades; // lowest first
};

// Job frameworks (cadres d'emplois) by sector and category.
Framework frameworkFor(const QString &sector, QChar category)
{
    static const QHash<QString, Framework> table = {
        {QStringLiteral("administrative/C"),
         {"Adjoints administratifs territoriaux",
          {"Adjoint administratif",
           "Adjoint administratif principal de 2e classe",
           "Adjoint administratif principal de 1re classe"}}},
        {QStringLiteral("administrative/B"),
         {"Rédacteurs territoriaux",
          {"Rédacteur", "Rédacteur principal de 2e classe", "Rédacteur principal de 1re classe"}}},
        {QStringLiteral("administrative/A"),
         {"Attachés territoriaux", {"Attaché", "Attaché principal", "Attaché hors classe"}}},
        {QStringLiteral("technical/C"),
         {"Adjoints techniques territoriaux",
          {"Adjoint technique",
           "Adjoint technique principal de 2e classe",
           "Adjoint technique principal de 1re classe"}}},
        {QStringLiteral("technical/B"),
         {"Techniciens territoriaux",
          {"Technicien",
           "Technicien principal de 2e classe",
           "Technicien principal de 1re classe"}}},
        {QStringLiteral("technical/A"),
         {"Ingénieurs territoriaux",
          {"Ingénieur", "Ingénieur principal", "Ingénieur hors classe"}}},
        {QStringLiteral("cultural/C"),
         {"Adjoints territoriaux du patrimoine",
          {"Adjoint du patrimoine",
           "Adjoint du patrimoine principal de 2e classe",
           "Adjoint du patrimoine principal de 1re classe"}}},
        {QStringLiteral("cultural/B"),
         {"Assistants territoriaux de conservation du patrimoine et des bibliothèques",
          {"Assistant de conservation",
           "Assistant de conservation principal de 2e classe",
           "Assistant de conservation principal de 1re classe"}}},
        {QStringLiteral("cultural/A"),
         {"Bibliothécaires territoriaux", {"Bibliothécaire", "Bibliothécaire principal"}}},
        {QStringLiteral("sports/C"),
         {"Opérateurs territoriaux des activités physiques et sportives",
          {"Opérateur des APS", "Opérateur qualifié des APS", "Opérateur principal des APS"}}},
        {QStringLiteral("sports/B"),
         {"Éducateurs territoriaux des activités physiques et sportives",
          {"Éducateur des APS",
           "Éducateur des APS principal de 2e classe",
           "Éducateur des APS principal de 1re classe"}}},
        {QStringLiteral("sports/A"),
         {"Conseillers territoriaux des activités physiques et sportives",
          {"Conseiller des APS", "Conseiller principal des APS"}}},
        {QStringLiteral("social/C"),
         {"Agents territoriaux spécialisés des écoles maternelles",
          {"ATSEM principal de 2e classe", "ATSEM principal de 1re classe"}}},
        {QStringLiteral("social/B"),
         {"Assistants territoriaux socio-éducatifs",
          {"Assistant socio-éducatif", "Assistant socio-éducatif de classe exceptionnelle"}}},
        {QStringLiteral("social/A"),
         {"Éducateurs territoriaux de jeunes enfants",
          {"Éducateur de jeunes enfants", "Éducateur de jeunes enfants de classe exceptionnelle"}}},
        {QStringLiteral("medico_social/C"),
         {"Auxiliaires de puériculture territoriaux",
          {"Auxiliaire de puériculture de classe normale",
           "Auxiliaire de puériculture de classe supérieure"}}},
        {QStringLiteral("medico_social/B"),
         {"Techniciens paramédicaux territoriaux",
          {"Technicien paramédical de classe normale",
           "Technicien paramédical de classe supérieure"}}},
        {QStringLiteral("medico_social/A"),
         {"Puéricultrices territoriales", {"Puéricultrice", "Puéricultrice hors classe"}}},
        {QStringLiteral("animation/C"),
         {"Adjoints territoriaux d'animation",
          {"Adjoint d'animation",
           "Adjoint d'animation principal de 2e classe",
           "Adjoint d'animation principal de 1re classe"}}},
        {QStringLiteral("animation/B"),
         {"Animateurs territoriaux",
          {"Animateur", "Animateur principal de 2e classe", "Animateur principal de 1re classe"}}},
        {QStringLiteral("municipal_police/C"),
         {"Agents de police municipale", {"Gardien-brigadier", "Brigadier-chef principal"}}},
        {QStringLiteral("municipal_police/B"),
         {"Chefs de service de police municipale",
          {"Chef de service de police municipale",
           "Chef de service de police municipale principal de 2e classe",
           "Chef de service de police municipale principal de 1re classe"}}},
        {QStringLiteral("municipal_police/A"),
         {"Directeurs de police municipale",
          {"Directeur de police municipale", "Directeur principal de police municipale"}}},
    };
    const QString key = sector + QLatin1Char('/') + category;
    if (table.contains(key))
        return table.value(key);
    return table.value(QStringLiteral("administrative/") + category);
}

struct UnitProfile
{
    QString sector; // main sector of the unit's staff
    QString postC, postB, postA;
};

UnitProfile profileFor(const QString &unitCode)
{
    static const QHash<QString, UnitProfile> table = {
        {QStringLiteral("DEDU-ECO"),
         {QStringLiteral("social"),
          QStringLiteral("ATSEM"),
          QStringLiteral("Coordinatrice ATSEM"),
          QStringLiteral("Responsable des écoles")}},
        {QStringLiteral("DEDU-RES"),
         {QStringLiteral("technical"),
          QStringLiteral("Agent de restauration"),
          QStringLiteral("Responsable de cuisine centrale"),
          QStringLiteral("Responsable de la restauration")}},
        {QStringLiteral("DEDU-PERI"),
         {QStringLiteral("animation"),
          QStringLiteral("Animateur périscolaire"),
          QStringLiteral("Directeur d'accueil de loisirs"),
          QStringLiteral("Responsable du périscolaire")}},
        {QStringLiteral("DSOL-PE"),
         {QStringLiteral("medico_social"),
          QStringLiteral("Auxiliaire de puériculture"),
          QStringLiteral("Éducatrice de jeunes enfants"),
          QStringLiteral("Directrice de crèche")}},
        {QStringLiteral("DSOL-SEN"),
         {QStringLiteral("social"),
          QStringLiteral("Aide à domicile"),
          QStringLiteral("Conseillère en économie sociale et familiale"),
          QStringLiteral("Responsable seniors")}},
        {QStringLiteral("DVA-SPO"),
         {QStringLiteral("sports"),
          QStringLiteral("Gardien d'équipement sportif"),
          QStringLiteral("Éducateur sportif"),
          QStringLiteral("Responsable des sports")}},
        {QStringLiteral("DVA-CUL"),
         {QStringLiteral("cultural"),
          QStringLiteral("Agent de médiathèque"),
          QStringLiteral("Assistant de conservation"),
          QStringLiteral("Directeur de la médiathèque")}},
        {QStringLiteral("DST-BAT"),
         {QStringLiteral("technical"),
          QStringLiteral("Agent de maintenance des bâtiments"),
          QStringLiteral("Technicien bâtiment"),
          QStringLiteral("Ingénieur bâtiment")}},
        {QStringLiteral("DST-VOI"),
         {QStringLiteral("technical"),
          QStringLiteral("Agent de propreté urbaine"),
          QStringLiteral("Technicien voirie"),
          QStringLiteral("Ingénieur voirie")}},
        {QStringLiteral("DST-EV"),
         {QStringLiteral("technical"),
          QStringLiteral("Jardinier"),
          QStringLiteral("Technicien espaces verts"),
          QStringLiteral("Responsable des espaces verts")}},
        {QStringLiteral("DST-LOG"),
         {QStringLiteral("technical"),
          QStringLiteral("Mécanicien"),
          QStringLiteral("Responsable du garage"),
          QStringLiteral("Responsable logistique")}},
        {QStringLiteral("DSI-INF"),
         {QStringLiteral("technical"),
          QStringLiteral("Technicien support"),
          QStringLiteral("Administrateur systèmes et réseaux"),
          QStringLiteral("Architecte informatique")}},
        {QStringLiteral("DSI-APP"),
         {QStringLiteral("technical"),
          QStringLiteral("Technicien applications"),
          QStringLiteral("Chef de projet applicatif"),
          QStringLiteral("Responsable des applications")}},
        {QStringLiteral("DSI-NE"),
         {QStringLiteral("technical"),
          QStringLiteral("Technicien numérique éducatif"),
          QStringLiteral("Chargé du numérique éducatif"),
          QStringLiteral("Responsable du numérique éducatif")}},
        {QStringLiteral("DTP-PM"),
         {QStringLiteral("municipal_police"),
          QStringLiteral("Policier municipal"),
          QStringLiteral("Chef de service de police municipale"),
          QStringLiteral("Directeur de la police municipale")}},
    };
    if (table.contains(unitCode))
        return table.value(unitCode);
    return {QStringLiteral("administrative"),
            QStringLiteral("Assistant administratif"),
            QStringLiteral("Gestionnaire"),
            QStringLiteral("Chargé de mission")};
}

struct Birthplace
{
    const char *commune;
    const char *department; // two characters, "2A"/"2B" for Corsica, "99" abroad
    const char *code;       // INSEE commune code within the département, or country code
    const char *nationality;
};

const Birthplace birthplaces[] = {
    {"Lyon", "69", "123", "Française"},
    {"Lyon", "69", "123", "Française"},
    {"Bron", "69", "029", "Française"},
    {"Villeurbanne", "69", "266", "Française"},
    {"Vénissieux", "69", "259", "Française"},
    {"Saint-Priest", "69", "290", "Française"},
    {"Grenoble", "38", "185", "Française"},
    {"Saint-Étienne", "42", "218", "Française"},
    {"Marseille", "13", "055", "Française"},
    {"Paris", "75", "056", "Française"},
    {"Clermont-Ferrand", "63", "113", "Française"},
    {"Bourg-en-Bresse", "01", "053", "Française"},
    {"Ajaccio", "2A", "004", "Française"},
    {"Bastia", "2B", "033", "Française"},
    {"Lille", "59", "350", "Française"},
    {"Dijon", "21", "231", "Française"},
    {"Casablanca (Maroc)", "99", "350", "Française"},
    {"Alger (Algérie)", "99", "352", "Française"},
    {"Porto (Portugal)", "99", "139", "Portugaise"},
    {"Tunis (Tunisie)", "99", "351", "Française"},
};

const char *const streets[] = {"avenue Franklin-Roosevelt",
                               "rue de la Pagère",
                               "boulevard Pinel",
                               "avenue Camille-Rousset",
                               "rue Guillaume-Peysson",
                               "rue Marcel-Bramet",
                               "avenue Pierre-Brossolette",
                               "rue Paul-Pioline",
                               "rue Jean-Jaurès",
                               "chemin des Essarts",
                               "rue du Général-André",
                               "avenue de la République"};

struct Town
{
    const char *postcode;
    const char *city;
};
const Town towns[] = {{"69500", "Bron"},
                      {"69500", "Bron"},
                      {"69500", "Bron"},
                      {"69008", "Lyon"},
                      {"69003", "Lyon"},
                      {"69200", "Vénissieux"},
                      {"69100", "Villeurbanne"},
                      {"69800", "Saint-Priest"},
                      {"69680", "Chassieu"}};

QString nirFor(QChar sex, QDate birth, const Birthplace &place, int order)
{
    const QString department = QString::fromUtf8(place.department);
    QString body = QStringLiteral("%1%2%3%4%5%6")
                       .arg(sex == QLatin1Char('F') ? 2 : 1)
                       .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                       .arg(birth.month(), 2, 10, QLatin1Char('0'))
                       .arg(department, QString::fromUtf8(place.code))
                       .arg(order, 3, 10, QLatin1Char('0'));
    QString numeric = body;
    if (department == QLatin1String("2A"))
        numeric.replace(5, 2, QStringLiteral("19"));
    else if (department == QLatin1String("2B"))
        numeric.replace(5, 2, QStringLiteral("18"));
    const qint64 key = 97 - numeric.toLongLong() % 97;
    return body + QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0'));
}

// Increased index (indice majoré) of a grade's echelon: close to the real grids' ranges.
int increasedIndexFor(QChar category, int gradeRank, int echelon)
{
    const int base = category == QLatin1Char('A') ? 440 : category == QLatin1Char('B') ? 390 : 366;
    const int step = category == QLatin1Char('A') ? 24 : category == QLatin1Char('B') ? 14 : 6;
    return base + gradeRank * (category == QLatin1Char('C') ? 25 : 45) + (echelon - 1) * step;
}

int grossIndexFor(int increasedIndex)
{
    return increasedIndex + (increasedIndex - 360) * 6 / 10;
}

QVariant iso(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

bool HrDemoData::generate(DemoContext &demo, QString *errorMessage)
{
    QSqlDatabase db = demo.database().connection();
    QRandomGenerator random(demo.seed() ^ 0x4852u);
    const QString who = QStringLiteral("demo");
    const QDate today = QDate::currentDate();
    const bool manyAgents = demo.agentCount() > 5000;

    struct Account
    {
        QString agentId, displayName, login, unitId, unitCode, headOfUnit, headOfParent;
        bool isHead;
    };
    QList<Account> accounts;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT u.agent_id, u.display_name, u.login, u.org_unit_id, o.code, "
                "o.head_agent_id, "
                "p.head_agent_id, EXISTS (SELECT 1 FROM role_memberships r WHERE r.user_id = u.id "
                "AND r.role = 'department_head' AND r.deleted = 0) FROM user_accounts u "
                "JOIN org_units o ON o.id = u.org_unit_id LEFT JOIN org_units p ON p.id = "
                "o.parent_id "
                "WHERE u.agent_id IS NOT NULL ORDER BY u.rowid"))) {
            *errorMessage = q.lastError().text();
            return false;
        }
        while (q.next()) {
            accounts.append({q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             q.value(3).toString(),
                             q.value(4).toString(),
                             q.value(5).toString(),
                             q.value(6).toString(),
                             q.value(7).toBool()});
        }
    }
    QHash<QString, QString> personaRole;
    for (const DemoPersona &p : DemoPersona::all())
        personaRole.insert(p.login, p.role);

    Sql::Statement agent(db,
                         QStringLiteral("INSERT INTO agents (id, registration_number, birth_name, "
                                        "usage_name, first_names, org_unit_id, "
                                        "post_title, line_manager_id, entry_date, departure_date, "
                                        "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    Sql::Statement details(
        db,
        QStringLiteral("INSERT INTO agent_details (id, sex, birth_date, birth_place, nationality, "
                       "nir, address, postcode, "
                       "city, phone, email, status, contract_basis, contract_start, contract_end, "
                       "departure_reason, "
                       "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    Sql::Statement career(
        db,
        QStringLiteral(
            "INSERT INTO career_steps (id, agent_id, effective_date, category, sector, "
            "job_framework, grade, "
            "echelon, gross_index, increased_index, reason, decision_reference, updated_by) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    Sql::Statement position(db,
                            QStringLiteral("INSERT INTO statutory_positions (id, agent_id, "
                                           "position, start_date, end_date, decision_reference, "
                                           "decision_date, updated_by) VALUES (?,?,?,?,?,?,?,?)"));
    Sql::Statement working(
        db,
        QStringLiteral("INSERT INTO working_times (id, agent_id, effective_date, kind, "
                       "part_time_rate, thirty_fifths, "
                       "weekly_minutes, weekly_pattern, updated_by) VALUES (?,?,?,?,?,?,?,?,?)"));
    Sql::Statement document(db,
                            QStringLiteral("INSERT INTO agent_documents (id, agent_id, "
                                           "sequence_number, category, title, document_date, "
                                           "file_name, mime_type, byte_size, content_sha256, "
                                           "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    // The pieces' bytes go to the file store, made on this desk: `civitas-admin load` takes
    // them to a server with the rows.
    DemoFiles files(db);

    int decisionNumber = 0;
    auto decision = [&](QDate date) {
        return QStringLiteral("ARR-%1-%2")
            .arg(date.year())
            .arg(++decisionNumber % 10000, 4, 10, QLatin1Char('0'));
    };
    auto randomDate = [&](QDate from, QDate to) {
        const qint64 span = qMax<qint64>(1, from.daysTo(to));
        return from.addDays(qint64(random.bounded(quint32(span))));
    };

    int registration = 100;
    int done = 0;
    for (const Account &account : std::as_const(accounts)) {
        const QString id = account.agentId;
        const QString persona = personaRole.value(account.login);
        // Names: the core's demo account says "First Surname".
        const int space = account.displayName.indexOf(QLatin1Char(' '));
        const QString firstName = account.displayName.left(space);
        const QString surname = account.displayName.mid(space + 1);
        QChar sex = DemoNames::sexOfFirstName(firstName);
        if (sex.isNull())
            sex = random.bounded(100) < 61 ? QLatin1Char('F') : QLatin1Char('M');

        // Category: heads are mostly A; the staff about 75 % C, 15 % B, 10 % A.
        QChar category;
        const int draw = int(random.bounded(100));
        if (persona == QLatin1String("department_head") || (account.isHead && draw < 80))
            category = QLatin1Char('A');
        else if (persona == QLatin1String("hr") || persona == QLatin1String("associations")
                 || persona == QLatin1String("assemblies"))
            category = QLatin1Char('B');
        else if (persona == QLatin1String("agent"))
            category = QLatin1Char('C');
        else if (account.isHead)
            category = QLatin1Char('B');
        else
            category = draw < 76   ? QLatin1Char('C')
                       : draw < 91 ? QLatin1Char('B')
                                   : QLatin1Char('A');

        const UnitProfile profile = profileFor(account.unitCode);
        QString sector = profile.sector;
        // Every service has some administrative staff; animation has no category A.
        if (sector != QLatin1String("administrative") && random.bounded(100) < 12)
            sector = QStringLiteral("administrative");
        if (sector == QLatin1String("animation") && category == QLatin1Char('A'))
            sector = QStringLiteral("administrative");
        if (sector == QLatin1String("social") && category == QLatin1Char('C')
            && account.unitCode != QLatin1String("DEDU-ECO"))
            sector = QStringLiteral("administrative");
        const Framework framework = frameworkFor(sector, category);

        // Dates: entry between 1990 and two months ago; born 20 to 40 years before.
        const QDate entry = persona.isEmpty() ? randomDate(QDate(1990, 1, 1), today.addMonths(-2))
                                              : randomDate(QDate(2004, 1, 1), QDate(2016, 12, 31));
        const QDate entryDay(entry.year(), entry.month(), 1);
        const QDate birth = randomDate(entryDay.addYears(-42), entryDay.addYears(-20));
        const Birthplace &place = birthplaces[random.bounded(quint32(std::size(birthplaces)))];
        const Town &town = towns[random.bounded(quint32(std::size(towns)))];

        // Status: about 18 % contract agents; those who came in the last year are trainees.
        QString status = QStringLiteral("tenured");
        if (persona.isEmpty() && random.bounded(100) < 18)
            status = QStringLiteral("contract");
        else if (entryDay > today.addYears(-1))
            status = QStringLiteral("trainee");
        QString contractBasis;
        QDate contractStart, contractEnd;
        QDate entryDate = entryDay;
        if (status == QLatin1String("contract")) {
            // A contract is recent: most are renewed yearly.
            entryDate = randomDate(today.addYears(-6), today.addMonths(-1));
            entryDate = QDate(entryDate.year(), entryDate.month(), 1);
            static const char *const bases[] = {"L332-8 2° (besoins du service)",
                                                "L332-14 (vacance temporaire d'emploi)",
                                                "L332-13 (remplacement d'un agent)",
                                                "L332-23 1° (accroissement temporaire d'activité)"};
            contractBasis = QString::fromUtf8(bases[random.bounded(quint32(std::size(bases)))]);
            contractStart = QDate(today.year() - int(random.bounded(2)), entryDate.month(), 1);
            if (contractStart < entryDate)
                contractStart = entryDate;
            contractEnd = contractStart.addYears(1).addDays(-1);
            if (contractEnd < today)
                contractEnd = contractEnd.addYears(1);
        }

        // A few agents have left: their file stays.
        QDate departure;
        QString departureReason;
        if (persona.isEmpty() && !account.isHead && random.bounded(100) < 4) {
            departure
                = randomDate(qMax(entryDate.addMonths(6), today.addYears(-3)), today.addDays(-1));
            departureReason = status == QLatin1String("contract")
                                  ? QStringLiteral("end_of_contract")
                              : birth.addYears(60) < departure ? QStringLiteral("retirement")
                                                               : QStringLiteral("resignation");
        }

        const QString post = account.isHead                 ? QStringLiteral("Chef de service")
                             : category == QLatin1Char('A') ? profile.postA
                             : category == QLatin1Char('B') ? profile.postB
                                                            : profile.postC;
        QString manager = account.headOfUnit == id ? account.headOfParent : account.headOfUnit;
        const QString registrationNumber
            = QStringLiteral("%1").arg(++registration, 6, 10, QLatin1Char('0'));
        // About one woman in three uses her spouse's name.
        QString birthName = surname;
        QString usageName;
        if (sex == QLatin1Char('F') && persona.isEmpty() && random.bounded(100) < 30) {
            usageName = surname;
            birthName = DemoNames::person(random).surname;
        }
        const QString phone = QStringLiteral("06 %1 %2 %3 %4")
                                  .arg(random.bounded(100), 2, 10, QLatin1Char('0'))
                                  .arg(random.bounded(100), 2, 10, QLatin1Char('0'))
                                  .arg(random.bounded(100), 2, 10, QLatin1Char('0'))
                                  .arg(random.bounded(100), 2, 10, QLatin1Char('0'));
        if (!agent.exec({id,
                         registrationNumber,
                         birthName.toUpper(),
                         Sql::notNull(usageName.toUpper()),
                         firstName,
                         account.unitId,
                         post,
                         manager.isEmpty() ? QVariant() : QVariant(manager),
                         iso(entryDate),
                         iso(departure),
                         who},
                        errorMessage)
            || !details.exec(
                {id,
                 QString(sex),
                 iso(birth),
                 QString::fromUtf8(place.commune),
                 QString::fromUtf8(place.nationality),
                 nirFor(sex, birth, place, int(random.bounded(1, 999))),
                 QStringLiteral("%1 %2")
                     .arg(random.bounded(1, 120))
                     .arg(QString::fromUtf8(streets[random.bounded(quint32(std::size(streets)))])),
                 QString::fromUtf8(town.postcode),
                 QString::fromUtf8(town.city),
                 phone,
                 Sql::notNull({}),
                 status,
                 Sql::notNull(contractBasis),
                 iso(contractStart),
                 iso(contractEnd),
                 departureReason.isEmpty() ? QVariant() : QVariant(departureReason),
                 who},
                errorMessage))
            return false;

        // Career: recruited at echelon 1 of the first grade (or a higher one for later entrants
        // of category A), then an echelon every two to three years, a grade after ten.
        const QDate careerEnd = departure.isValid() ? departure : today;
        int gradeRank = 0;
        int echelon = 1;
        QDate stepDate = entryDate;
        QString reason = QStringLiteral("recruitment");
        int steps = 0;
        while (stepDate <= careerEnd && steps < 12) {
            const int im = increasedIndexFor(category, gradeRank, echelon);
            if (!career.exec({DemoContext::uuid(random),
                              id,
                              iso(stepDate),
                              QString(category),
                              sector,
                              QString::fromUtf8(framework.name),
                              QString::fromUtf8(framework.grades.at(gradeRank)),
                              echelon,
                              grossIndexFor(im),
                              im,
                              reason,
                              decision(stepDate),
                              who},
                             errorMessage))
                return false;
            ++steps;
            if (reason == QLatin1String("recruitment") && status == QLatin1String("tenured")) {
                stepDate = stepDate.addYears(1);
                reason = QStringLiteral("tenure");
                continue;
            }
            stepDate = stepDate.addMonths(24 + int(random.bounded(13)));
            if (echelon >= 6 && gradeRank + 1 < framework.grades.size()
                && random.bounded(100) < 45) {
                ++gradeRank;
                echelon = qMax(1, echelon - 3);
                reason = QStringLiteral("grade_advancement");
            } else {
                echelon = qMin(echelon + 1, 11);
                reason = QStringLiteral("echelon_advancement");
            }
        }
        // A few agents have an advancement that takes effect next month.
        if (!departure.isValid() && random.bounded(100) < 3) {
            const QDate next(today.addMonths(1).year(), today.addMonths(1).month(), 1);
            const int im = increasedIndexFor(category, gradeRank, echelon);
            if (!career.exec({DemoContext::uuid(random),
                              id,
                              iso(next),
                              QString(category),
                              sector,
                              QString::fromUtf8(framework.name),
                              QString::fromUtf8(framework.grades.at(gradeRank)),
                              echelon,
                              grossIndexFor(im),
                              im,
                              QStringLiteral("echelon_advancement"),
                              decision(next),
                              who},
                             errorMessage))
                return false;
        }

        // Statutory positions, for civil servants only: active since entry; a few on leave of
        // absence, parental leave or secondment now.
        if (status != QLatin1String("contract")) {
            const int p = int(random.bounded(100));
            QDate activeEnd;
            QString later;
            if (persona.isEmpty() && !departure.isValid() && entryDate < today.addYears(-3)
                && p < 6) {
                later = p < 3   ? QStringLiteral("leave_of_absence")
                        : p < 5 ? QStringLiteral("parental_leave")
                                : QStringLiteral("secondment");
                activeEnd = randomDate(today.addYears(-2), today.addMonths(-1));
            }
            const QDate activeUntil = activeEnd.isValid() ? activeEnd : departure;
            if (!position.exec({DemoContext::uuid(random),
                                id,
                                QStringLiteral("active"),
                                iso(entryDate),
                                iso(activeUntil),
                                decision(entryDate),
                                iso(entryDate.addDays(-20)),
                                who},
                               errorMessage))
                return false;
            if (!later.isEmpty()) {
                const QDate start = activeEnd.addDays(1);
                if (!position.exec({DemoContext::uuid(random),
                                    id,
                                    later,
                                    iso(start),
                                    iso(later == QLatin1String("parental_leave")
                                            ? start.addMonths(6 + int(random.bounded(12)))
                                            : start.addYears(1 + int(random.bounded(3)))),
                                    decision(start),
                                    iso(start.addDays(-30)),
                                    who},
                                   errorMessage))
                    return false;
            }
        }

        // Working time: full time 37 h 30 on five days for most; part time (often 80 % on four
        // days, Wednesday off), non-full-time posts in the schools and the canteens.
        const QString fullPattern = WeeklyPattern::fiveDays().code();
        if (!working.exec({DemoContext::uuid(random),
                           id,
                           iso(entryDate),
                           QStringLiteral("full_time"),
                           QVariant(),
                           QVariant(),
                           37 * 60 + 30,
                           fullPattern,
                           who},
                          errorMessage))
            return false;
        const int w = int(random.bounded(100));
        const bool school = account.unitCode.startsWith(QLatin1String("DEDU"));
        struct Change
        {
            const char *kind;
            int rate;
            int fifths;
            int minutes;
            const char *pattern;
        };
        Change change{nullptr, 0, 0, 0, nullptr};
        if (persona == QLatin1String("agent") || (persona.isEmpty() && w < 9))
            change = {"part_time", 80, 0, 30 * 60, "11110011110000"}; // four days, Wednesday off
        else if (persona.isEmpty() && w < 12)
            change
                = {"part_time", 90, 0, 33 * 60 + 45, "11111011110000"}; // Wednesday afternoon off
        else if (persona.isEmpty() && w < 14)
            change = {
                "part_time", 50, 0, 18 * 60 + 45, "11111000000000"}; // Monday to Wednesday morning
        else if (persona.isEmpty() && school && w < 40)
            change
                = {"non_full_time", 0, 28, 28 * 60, "11110011110000"}; // school week of four days
        if (change.kind) {
            const QDate from
                = qMax(entryDate.addYears(1), randomDate(today.addYears(-6), today.addMonths(-1)));
            if (from < careerEnd
                && !working.exec({DemoContext::uuid(random),
                                  id,
                                  iso(QDate(from.year(), from.month(), 1)),
                                  QString::fromUtf8(change.kind),
                                  change.rate ? QVariant(change.rate) : QVariant(),
                                  change.fifths ? QVariant(change.fifths) : QVariant(),
                                  change.minutes,
                                  QString::fromUtf8(change.pattern),
                                  who},
                                 errorMessage))
                return false;
        }

        // Pieces of the file: small generated PDFs.
        const QString name = (usageName.isEmpty() ? birthName : usageName).toUpper()
                             + QLatin1Char(' ') + firstName;
        struct Piece
        {
            const char *category;
            QString title;
            QDate date;
        };
        QList<Piece> pieces = {
            {"career_decisions", QStringLiteral("Arrêté de recrutement"), entryDate.addDays(-20)}};
        if (!manyAgents) {
            pieces.prepend(
                {"identity", QStringLiteral("Carte nationale d'identité"), entryDate.addDays(-30)});
            pieces.append({"diplomas", QStringLiteral("Diplôme"), entryDate.addYears(-2)});
            if (entryDate.year() < today.year() - 1)
                pieces.append({"evaluations",
                               QStringLiteral("Compte rendu d'entretien professionnel %1")
                                   .arg(today.year() - 1),
                               QDate(today.year() - 1, 11, 15)});
        }
        int number = 0;
        for (const Piece &piece : pieces) {
            const QByteArray pdf = DemoPdf::make(
                {piece.title,
                 QStringLiteral("Agent : %1 (matricule %2)").arg(name, registrationNumber),
                 QStringLiteral("Date : %1").arg(piece.date.toString(QStringLiteral("dd/MM/yyyy"))),
                 QStringLiteral("Pièce générée pour la ville de démonstration.")});
            const QString sha256 = files.add(pdf, QStringLiteral("application/pdf"), errorMessage);
            if (sha256.isEmpty())
                return false;
            if (!document.exec({DemoContext::uuid(random),
                                id,
                                ++number,
                                QString::fromUtf8(piece.category),
                                piece.title,
                                iso(piece.date),
                                QStringLiteral("piece-%1.pdf").arg(number),
                                QStringLiteral("application/pdf"),
                                pdf.size(),
                                sha256,
                                who},
                               errorMessage))
                return false;
        }
        if (++done % 5000 == 0)
            demo.progress(Tr::tr("Agent files: %1").arg(done));
    }
    return true;
}

} // namespace Civitas::Hr
