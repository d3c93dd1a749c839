#include "testmodulebase.h"

#include <core/access/roles.h>
#include <core/demo/democontext.h>
#include <core/extension/modulecontext.h>
#include <core/extension/searchprovider.h>
#include <core/extension/settingspage.h>
#include <core/storage/database.h>

#include <QCheckBox>
#include <QLabel>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>
#include <QVBoxLayout>

namespace {

// Searches the alpha_notes table the alpha module's migration creates.
class NoteSearchProvider : public Civitas::SearchProvider
{
public:
    explicit NoteSearchProvider(Civitas::ModuleContext *context)
        : m_context(context)
    {}
    QString category() const override { return QStringLiteral("Notes"); }
    QList<Civitas::SearchResult> search(const QString &text, int limit) const override
    {
        QList<Civitas::SearchResult> results;
        QSqlQuery q(m_context->database().connection());
        q.prepare(QStringLiteral("SELECT id, title FROM alpha_notes WHERE deleted = 0 AND "
                                 "title LIKE ? ORDER BY title LIMIT ?"));
        q.addBindValue(QLatin1Char('%') + text + QLatin1Char('%'));
        q.addBindValue(limit);
        q.exec();
        while (q.next())
            results.append({q.value(1).toString(),
                            QStringLiteral("alpha"),
                            category(),
                            QStringLiteral("alpha.notes"),
                            q.value(0).toString()});
        return results;
    }

private:
    Civitas::ModuleContext *m_context;
};

class NotesPage : public QLabel, public Civitas::RecordView
{
public:
    explicit NotesPage(QWidget *parent)
        : QLabel(QStringLiteral("Alpha notes page"), parent)
    {
        setObjectName(QStringLiteral("alphaNotesPage"));
    }
    void showRecord(const QString &recordId) override
    {
        setText(QStringLiteral("note ") + recordId);
    }
};

class AlphaSettings : public Civitas::SettingsPage
{
public:
    explicit AlphaSettings(QWidget *parent)
        : Civitas::SettingsPage(parent)
    {
        auto *layout = new QVBoxLayout(this);
        m_box = new QCheckBox(QStringLiteral("Alpha option"), this);
        m_box->setObjectName(QStringLiteral("alphaOption"));
        layout->addWidget(m_box);
        layout->addStretch();
    }
    void apply() override { qputenv("CIVITAS_TEST_ALPHA_OPTION", m_box->isChecked() ? "1" : "0"); }

private:
    QCheckBox *m_box;
};

} // namespace

TestModuleBase::TestModuleBase(const QString &id)
    : m_id(id)
{}

TestModuleBase::~TestModuleBase()
{
    qDeleteAll(m_searchProviders);
}

bool TestModuleBase::initialise(Civitas::ModuleContext &context, QString *errorMessage)
{
    if (m_id == QLatin1String("failinit")) {
        *errorMessage = QStringLiteral("the test module refuses to start");
        return false;
    }
    m_context = &context;
    qDeleteAll(m_searchProviders);
    m_searchProviders.clear();
    if (m_id == QLatin1String("alpha"))
        m_searchProviders.append(new NoteSearchProvider(m_context));
    return true;
}

void TestModuleBase::aboutToShutDown()
{
    qDeleteAll(m_searchProviders);
    m_searchProviders.clear();
    m_context = nullptr;
}

QList<Civitas::PageContribution> TestModuleBase::pages() const
{
    if (m_id == QLatin1String("alpha")) {
        return {{QStringLiteral("alpha.notes"),
                 QStringLiteral("Notes"),
                 QStringLiteral("Alpha"),
                 QIcon(),
                 {},
                 10,
                 [](QWidget *parent) {
                     return new NotesPage(parent);
                 }}};
    }
    if (m_id == QLatin1String("beta")) {
        return {{QStringLiteral("beta.hr"),
                 QStringLiteral("HR only"),
                 QStringLiteral("Beta"),
                 QIcon(),
                 {Civitas::Roles::Hr},
                 10,
                 [](QWidget *parent) {
                     auto *label = new QLabel(QStringLiteral("Beta HR page"), parent);
                     label->setObjectName(QStringLiteral("betaHrPage"));
                     return label;
                 }}};
    }
    return {};
}

QList<Civitas::SearchProvider *> TestModuleBase::searchProviders() const
{
    return m_searchProviders;
}

QList<Civitas::SettingsPageContribution> TestModuleBase::settingsPages() const
{
    if (m_id != QLatin1String("alpha"))
        return {};
    return {{QStringLiteral("alpha.settings"), QStringLiteral("Alpha"), {}, [](QWidget *parent) {
                 return new AlphaSettings(parent);
             }}};
}

QList<Civitas::DashboardCounter> TestModuleBase::dashboardCounters() const
{
    if (m_id != QLatin1String("alpha"))
        return {};
    Civitas::ModuleContext *context = m_context;
    return {{QStringLiteral("alpha.notes"),
             QStringLiteral("Alpha notes"),
             QStringLiteral("alpha.notes"),
             {},
             [context](const Civitas::Session &) {
                 QSqlQuery q(context->database().connection());
                 q.exec(QStringLiteral("SELECT count(*) FROM alpha_notes WHERE deleted = 0"));
                 return q.next() ? q.value(0).toInt() : 0;
             }}};
}

QList<Civitas::ActionContribution> TestModuleBase::actions() const
{
    if (m_id != QLatin1String("alpha"))
        return {};
    return {{QStringLiteral("alpha.hello"),
             QStringLiteral("Alpha hello"),
             QStringLiteral("tools"),
             QKeySequence(),
             {},
             [](QWidget *) {
                 qputenv("CIVITAS_TEST_ALPHA_ACTION", "1");
             }}};
}

QList<Civitas::CliCommand> TestModuleBase::cliCommands() const
{
    if (m_id != QLatin1String("alpha"))
        return {};
    return {{QStringLiteral("alpha-count"),
             QStringLiteral("alpha-count --db PATH"),
             QStringLiteral("Counts the alpha notes."),
             [](const QStringList &, Civitas::CliContext &cli) {
                 if (!cli.database) {
                     cli.err << "alpha-count needs --db PATH\n";
                     return 2;
                 }
                 QSqlQuery q(cli.database->connection());
                 q.exec(QStringLiteral("SELECT count(*) FROM alpha_notes"));
                 cli.out << "alpha notes: " << (q.next() ? q.value(0).toInt() : -1) << "\n";
                 return 0;
             }}};
}

bool TestModuleBase::generateDemoData(Civitas::DemoContext &demo, QString *errorMessage)
{
    if (m_id != QLatin1String("alpha"))
        return true;
    QSqlQuery q(demo.database().connection());
    q.prepare(QStringLiteral("INSERT INTO alpha_notes (id, title) VALUES (?, ?)"));
    for (int i = 0; i < 3; ++i) {
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(QStringLiteral("Demo note %1").arg(i + 1));
        if (!q.exec()) {
            *errorMessage = QStringLiteral("cannot insert alpha notes");
            return false;
        }
    }
    return true;
}

QString TestModuleBase::migrationsPath() const
{
    return m_id == QLatin1String("alpha") ? QStringLiteral(":/civitas/migrations/alpha")
                                          : QString();
}
