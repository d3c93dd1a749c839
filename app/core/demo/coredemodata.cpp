#include "coredemodata.h"
#include <core/coretr.h>

#include "democontext.h"
#include "demofiles.h"
#include "demonames.h"
#include "demopersonas.h"
#include <core/access/roles.h>
#include <core/files/filetype.h>
#include <core/files/townlogo.h>
#include <core/storage/database.h>
#include <core/storage/sql.h>
#include <core/storage/townidentity.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace Civitas {

namespace {

struct UnitSpec
{
    const char *code;
    const char *parentCode; // nullptr for a direction
    const char *name;
    int weight; // share of the staff, in arbitrary units
};

// The organisation chart of a French town of about 40,000 inhabitants.
const UnitSpec units[] = {
    {"DGS", nullptr, "Direction générale des services", 0},
    {"DGS-SG", "DGS", "Secrétariat général", 8},
    {"DGS-ASS", "DGS", "Assemblées et affaires juridiques", 5},
    {"DGS-COM", "DGS", "Communication", 7},
    {"DGS-CP", "DGS", "Commande publique", 5},
    {"DRH", nullptr, "Direction des ressources humaines", 0},
    {"DRH-CP", "DRH", "Carrières et paie", 9},
    {"DRH-FC", "DRH", "Formation et compétences", 4},
    {"DRH-SP", "DRH", "Santé et prévention", 3},
    {"DF", nullptr, "Direction des finances", 0},
    {"DF-BC", "DF", "Budget et comptabilité", 9},
    {"DF-CG", "DF", "Contrôle de gestion", 3},
    {"DSI", nullptr, "Direction des systèmes d'information", 0},
    {"DSI-INF", "DSI", "Infrastructures et réseaux", 5},
    {"DSI-APP", "DSI", "Applications métier", 5},
    {"DSI-NE", "DSI", "Numérique éducatif", 4},
    {"DPOP", nullptr, "Direction de la population", 0},
    {"DPOP-EC", "DPOP", "État civil et élections", 12},
    {"DPOP-ACC", "DPOP", "Accueil et formalités", 10},
    {"DEDU", nullptr, "Direction de l'éducation", 0},
    {"DEDU-ECO", "DEDU", "Écoles et ATSEM", 70},
    {"DEDU-RES", "DEDU", "Restauration scolaire", 55},
    {"DEDU-PERI", "DEDU", "Périscolaire et loisirs", 60},
    {"DSOL", nullptr, "Direction des solidarités", 0},
    {"DSOL-PE", "DSOL", "Petite enfance", 75},
    {"DSOL-SEN", "DSOL", "Seniors et autonomie", 25},
    {"DVA", nullptr, "Direction de la vie associative, sportive et culturelle", 0},
    {"DVA-ASSO", "DVA", "Vie associative", 6},
    {"DVA-SPO", "DVA", "Sports et équipements sportifs", 35},
    {"DVA-CUL", "DVA", "Culture et médiathèque", 30},
    {"DST", nullptr, "Direction des services techniques", 0},
    {"DST-BAT", "DST", "Bâtiments", 45},
    {"DST-VOI", "DST", "Voirie et propreté urbaine", 60},
    {"DST-EV", "DST", "Espaces verts", 45},
    {"DST-LOG", "DST", "Garage et logistique", 20},
    {"DTP", nullptr, "Direction de la tranquillité publique", 0},
    {"DTP-PM", "DTP", "Police municipale", 35},
};

// The demo town's logo: a blue shield with a gold chevron and three stars, drawn here (shapes
// only: the generator also runs without a GUI application, where fonts are not available).
QByteArray demoLogoPng()
{
    QImage image(240, 280, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shield;
    shield.moveTo(20, 20);
    shield.lineTo(220, 20);
    shield.lineTo(220, 150);
    shield.quadTo(220, 240, 120, 270);
    shield.quadTo(20, 240, 20, 150);
    shield.closeSubpath();
    painter.fillPath(shield, QColor(0x1f, 0x4e, 0x8c));
    painter.setPen(QPen(QColor(0xd4, 0xa0, 0x17), 8));
    painter.drawPath(shield);
    QPainterPath chevron;
    chevron.moveTo(30, 190);
    chevron.lineTo(120, 100);
    chevron.lineTo(210, 190);
    chevron.lineTo(210, 150);
    chevron.lineTo(120, 60);
    chevron.lineTo(30, 150);
    chevron.closeSubpath();
    painter.fillPath(chevron, QColor(0xd4, 0xa0, 0x17));
    const auto star = [&painter](QPointF centre, qreal radius) {
        QPainterPath path;
        for (int i = 0; i < 10; ++i) {
            const qreal r = i % 2 == 0 ? radius : radius * 0.45;
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            const QPointF p(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
            i == 0 ? path.moveTo(p) : path.lineTo(p);
        }
        path.closeSubpath();
        painter.fillPath(path, Qt::white);
    };
    star({70, 55}, 18);
    star({170, 55}, 18);
    star({120, 215}, 22);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

bool CoreDemoData::generate(DemoContext &demo, QString *errorMessage)
{
    QSqlDatabase db = demo.database().connection();
    QRandomGenerator random(demo.seed() ^ 0xC0DEu);
    const QString who = QStringLiteral("demo");

    // The demo's town hall: Bron's INSEE code and SIREN, an establishment number of the demo.
    TownIdentity identity;
    identity.name = QStringLiteral("Ville de Bron");
    identity.inseeCode = QStringLiteral("69029");
    identity.siret = QStringLiteral("21690029000018");
    identity.address = QStringLiteral("Place de Weingarten");
    identity.postcode = QStringLiteral("69500");
    identity.city = QStringLiteral("Bron");
    if (const Result<void> saved = identity.save(demo.database()); !saved)
        qWarning("The demo town's identity was not saved: %s", qPrintable(saved.error()));
    DemoFiles files(db);
    const QByteArray logoPng = demoLogoPng();
    const QString logo = files.add(logoPng, FileType::Png, errorMessage);
    if (logo.isEmpty())
        return false;
    Sql::Statement logoRow(db,
                           QStringLiteral("INSERT INTO town_files (id, content_sha256, byte_size, "
                                          "mime_type, file_name, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!logoRow.exec({TownLogo::Id,
                       logo,
                       logoPng.size(),
                       FileType::Png,
                       QStringLiteral("blason-bron.png"),
                       who},
                      errorMessage))
        return false;

    demo.progress(Tr::tr("Organisation chart"));
    Sql::Statement unit(
        db,
        QStringLiteral("INSERT INTO org_units (id, parent_id, kind, code, name, "
                       "minimum_staffing, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QHash<QString, QString> unitId;
    QList<QPair<QString, int>> services; // code, weight
    int totalWeight = 0;
    for (const UnitSpec &spec : units) {
        const QString code = QString::fromUtf8(spec.code);
        const QString id = DemoContext::uuid(random);
        unitId.insert(code, id);
        const bool direction = spec.parentCode == nullptr;
        if (!unit.exec({id,
                        direction ? QVariant() : unitId.value(QString::fromUtf8(spec.parentCode)),
                        direction ? QStringLiteral("direction") : QStringLiteral("service"),
                        code,
                        QString::fromUtf8(spec.name),
                        direction ? 0 : qMax(1, spec.weight / 8),
                        who},
                       errorMessage))
            return false;
        if (!direction) {
            services.append({code, spec.weight});
            totalWeight += spec.weight;
        }
    }

    demo.progress(Tr::tr("User accounts"));
    Sql::Statement account(db,
                           QStringLiteral("INSERT INTO user_accounts (id, login, display_name, "
                                          "email, agent_id, org_unit_id, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Sql::Statement membership(
        db,
        QStringLiteral(
            "INSERT INTO role_memberships (id, user_id, role, updated_by) VALUES (?, ?, ?, ?)"));
    QSet<QString> logins;
    QHash<QString, QString> firstAgentOfUnit; // unit code -> agent id, for the heads
    auto addAccount = [&](const QString &login,
                          const QString &displayName,
                          const QString &unitCode,
                          const QStringList &roles) -> QString {
        const QString userId = DemoContext::uuid(random);
        const QString agentId = DemoContext::uuid(random);
        logins.insert(login);
        if (!account.exec({userId,
                           login,
                           displayName,
                           login + QStringLiteral("@ville-bron.fr"),
                           agentId,
                           unitId.value(unitCode),
                           who},
                          errorMessage))
            return {};
        for (const QString &role : roles) {
            if (!membership.exec({DemoContext::uuid(random), userId, role, who}, errorMessage))
                return {};
        }
        return agentId;
    };

    const QList<DemoPersona> personas = DemoPersona::all();
    QHash<QString, QString> personaAgent;
    for (const DemoPersona &p : personas) {
        QStringList roles = {Roles::Agent};
        if (p.role != Roles::Agent)
            roles << p.role;
        const QString agentId = addAccount(p.login, p.displayName(), p.unitCode, roles);
        if (agentId.isEmpty())
            return false;
        personaAgent.insert(p.role, agentId);
    }

    // The persona head runs green spaces; every other service is run by its first agent.
    firstAgentOfUnit.insert(QStringLiteral("DST-EV"), personaAgent.value(Roles::DepartmentHead));
    const int others = qMax(0, demo.agentCount() - int(personas.size()));
    for (int i = 0; i < others; ++i) {
        // Spread the staff over the services by weight.
        int draw = int(random.bounded(quint32(totalWeight)));
        QString unitCode = services.constLast().first;
        for (const auto &service : std::as_const(services)) {
            if (draw < service.second) {
                unitCode = service.first;
                break;
            }
            draw -= service.second;
        }
        const DemoNames::Person person = DemoNames::person(random);
        QString login = DemoNames::loginFor(person.firstName, person.surname);
        for (int n = 2; logins.contains(login); ++n)
            login = DemoNames::loginFor(person.firstName, person.surname) + QString::number(n);
        const bool head = !firstAgentOfUnit.contains(unitCode);
        QStringList roles = {Roles::Agent};
        if (head)
            roles << Roles::DepartmentHead;
        const QString agentId = addAccount(
            login, person.firstName + QLatin1Char(' ') + person.surname, unitCode, roles);
        if (agentId.isEmpty())
            return false;
        if (head)
            firstAgentOfUnit.insert(unitCode, agentId);
        if (i % 5000 == 4999)
            demo.progress(Tr::tr("User accounts: %1").arg(i + 1));
    }

    // A direction is run by the head of its first service.
    QSqlQuery setHead(db);
    setHead.prepare(QStringLiteral("UPDATE org_units SET head_agent_id = ? WHERE code = ?"));
    for (const UnitSpec &spec : units) {
        const QString code = QString::fromUtf8(spec.code);
        QString head = firstAgentOfUnit.value(code);
        if (spec.parentCode == nullptr) {
            for (const UnitSpec &child : units) {
                if (child.parentCode && QString::fromUtf8(child.parentCode) == code
                    && firstAgentOfUnit.contains(QString::fromUtf8(child.code))) {
                    head = firstAgentOfUnit.value(QString::fromUtf8(child.code));
                    break;
                }
            }
        }
        if (head.isEmpty())
            continue;
        setHead.addBindValue(head);
        setHead.addBindValue(code);
        if (!setHead.exec()) {
            *errorMessage = setHead.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace Civitas
